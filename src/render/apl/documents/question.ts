// Welcome and every yes/no or choice question (triage, below the knee, the
// pain pattern, consent, confirmations): the question in large type, its answers as buttons.
import { buttonRow, COLORS, page, size, text, title } from '../parts';
import { documentOf } from './base';

export const questionDocument = documentOf('Hip Coach: a question with its answers as buttons', [
  page([
    title(),
    text('${screen.detail}', { color: COLORS.soft, fontSize: size(16, 24), paddingTop: '8dp', maxLines: '${layout.compact ? 2 : 4}', display: "${screen.detail == '' ? 'none' : 'normal'}" }),
    text('${screen.headline}', { fontSize: size(26, 44), fontWeight: '700', paddingTop: '16dp', maxLines: '${layout.compact ? 5 : 6}' }),
    buttonRow(),
  ]),
]);
