// The pain check-in: the question and a 0 to 10 touch scale.
import { COLORS, page, size, text, title } from '../parts';
import { documentOf } from './base';

export const painScaleDocument = documentOf('Hip Coach: a pain score from 0 to 10', [
  page([
    title(),
    text('${screen.detail}', { color: COLORS.soft, fontSize: size(16, 22), maxLines: 3, display: "${screen.detail == '' ? 'none' : 'normal'}" }),
    text('${screen.headline}', { fontSize: size(22, 36), fontWeight: '700', paddingTop: '8dp', maxLines: 4 }),
    {
      type: 'Container',
      direction: 'row',
      wrap: 'wrap',
      justifyContent: 'center',
      paddingTop: '16dp',
      data: '${screen.scale}',
      items: [
        {
          type: 'TouchWrapper',
          spacing: '6dp',
          onPress: [{ type: 'SendEvent', arguments: ['number', '${data.value}'] }],
          items: [
            {
              type: 'Frame',
              width: '${layout.compact ? 44 : 64}dp',
              height: '${layout.compact ? 44 : 64}dp',
              borderRadius: '32dp',
              // Green to amber to red along the scale.
              backgroundColor: "${index < 4 ? '#2E6B57' : index < 7 ? '#8A6A1F' : '#7A3B33'}",
              items: [text('${data.label}', { width: '100%', height: '100%', textAlignVertical: 'center', fontSize: size(20, 28), fontWeight: '700' })],
            },
          ],
        },
      ],
    },
    {
      type: 'Container',
      direction: 'row',
      width: '80vw',
      justifyContent: 'spaceBetween',
      paddingTop: '6dp',
      items: [
        text('${screen.scaleEnds.low}', { color: COLORS.soft, fontSize: size(14, 20) }),
        text('${screen.scaleEnds.high}', { color: COLORS.soft, fontSize: size(14, 20) }),
      ],
    },
  ]),
]);
