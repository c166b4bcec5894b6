// Today's plan before the first exercise: the week, the minutes, and the
// exercises grouped by part of the three-part fix.
import { buttonRow, COLORS, page, size, text, title } from '../parts';
import { documentOf, lines } from './base';

export const previewDocument = documentOf("Hip Coach: today's plan", [
  page([
    title(),
    text('${screen.headline}', { fontSize: size(24, 40), fontWeight: '700', paddingTop: '8dp' }),
    lines({ maxLines: '${layout.compact ? 2 : 3}' }),
    text('${screen.detail}', { color: COLORS.soft, fontSize: size(16, 22), paddingTop: '8dp', maxLines: 2, display: '${layout.compact ? "none" : "normal"}' }),
    buttonRow(),
  ]),
]);
