// Outcomes that stop the session. The emergency screen shows the locale's
// number huge on red, with only "End" to tap; the doctor-today, high-pain and
// see-a-physio screens are plain and calm.
import { buttonRow, COLORS, page, size, text } from '../parts';
import { documentOf } from './base';

const background = `\${screen.tone == 'emergency' ? '${COLORS.alarm}' : '${COLORS.page}'}`;

export const outcomeDocument = documentOf('Hip Coach: an outcome of the safety check', [
  page(
    [
      text('${screen.detail}', { fontSize: size(24, 36), display: "${screen.bigNumber == '' ? 'none' : 'normal'}" }),
      text('${screen.bigNumber}', { fontSize: '${layout.compact ? 30 : 28}vh', fontWeight: '900', display: "${screen.bigNumber == '' ? 'none' : 'normal'}" }),
      text('${screen.headline}', {
        fontSize: "${screen.bigNumber == '' ? (layout.compact ? 22 : 32) : (layout.compact ? 16 : 24)}dp",
        maxLines: '${layout.compact ? 6 : 8}',
        paddingTop: '12dp',
      }),
      buttonRow(),
    ],
    background,
  ),
]);
