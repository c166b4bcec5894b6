// The end of a session: the goodbye, nothing to tap.
import { page, size, text, title } from '../parts';
import { documentOf } from './base';

export const goodbyeDocument = documentOf('Hip Coach: goodbye', [
  page([title(), text('${screen.headline}', { fontSize: size(24, 40), paddingTop: '12dp', maxLines: 6 })]),
]);
