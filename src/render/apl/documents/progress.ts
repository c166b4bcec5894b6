// "How am I doing?": week N of 6, sessions this week, the streak, and the
// pain trend as a line chart when pain history is stored.
import { buttonRow, COLORS, page, size, text, title } from '../parts';
import { documentOf, lines } from './base';

export const progressDocument = documentOf(
  'Hip Coach: progress through the six weeks',
  [
    page([
      title(),
      text('${screen.headline}', { fontSize: size(28, 48), fontWeight: '700' }),
      lines(),
      text('${screen.counter.caption}', { color: COLORS.soft, fontSize: size(14, 20), paddingTop: '8dp', display: "${screen.chart == '' ? 'none' : 'normal'}" }),
      {
        type: 'VectorGraphic',
        source: 'trend',
        path: '${screen.chart}',
        width: '${layout.compact ? 60 : 50}vw',
        height: '${layout.compact ? 24 : 20}vw',
        scale: 'fill',
        display: "${screen.chart == '' ? 'none' : 'normal'}",
      },
      buttonRow(),
    ]),
  ],
  {
    trend: {
      type: 'AVG',
      version: '1.2',
      width: 100,
      height: 40,
      parameters: ['path'],
      items: [
        { type: 'path', pathData: 'M0,40 L100,40', stroke: COLORS.soft, strokeWidth: 0.5, fill: 'none' },
        { type: 'path', pathData: '${path}', stroke: COLORS.accent, strokeWidth: 2, fill: 'none', strokeLineJoin: 'round' },
      ],
    },
  },
);
