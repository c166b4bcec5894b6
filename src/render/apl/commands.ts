// The set document's counter, driven from the narration's timeline: each mark
// becomes SetValue commands on the document's bound variables, delayed to the
// mark's offset in the speech. Countdowns set a deadline on the device's own
// clock (elapsedTime), so a 60 s hold costs two commands, not sixty.
import type { SpeechLocale } from '../../../speech';
import { labelsFor, type Mark, type ScreenInput } from '../screens/model';
import type { Command, Json } from './types';

/** The set document's component whose bound variables the commands set. */
export const SET_ROOT_ID = 'setRoot';

/** The argument an automatic "next" carries, so a stale one is dropped silently. */
export const AUTO_ARGUMENT = 'auto';

const set = (property: string, value: Json): Command => ({ type: 'SetValue', componentId: SET_ROOT_ID, property, value });

function commandsOfMark(mark: Mark, locale: SpeechLocale): Command[] {
  const l = labelsFor(locale);
  switch (mark.kind) {
    case 'set':
      return [set('setLabel', l.setOf(mark.set, mark.sets))];
    case 'side':
      return [set('side', l.sides[mark.side])];
    case 'rep':
      return [set('caption', l.reps), set('count', `${mark.n}/${mark.total}`)];
    case 'countdown':
      return [
        set('caption', mark.what === 'hold' ? l.hold : l.rest),
        set('span', mark.durationMs),
        set('until', `\${elapsedTime + ${mark.durationMs}}`),
      ];
    case 'stopCountdown':
      return [set('until', 0), set('count', '0')];
  }
}

/** The command sequence for a set screen, or [] for any other screen or an uncounted turn. */
export function setCommands(input: ScreenInput, locale: SpeechLocale): Command[] {
  if (input.kind !== 'set' || input.marks.length === 0) return [];
  const out: Command[] = [];
  let at = 0;
  const marks = [...input.marks].sort((a, b) => a.atMs - b.atMs);
  for (const mark of marks) {
    const [first, ...rest] = commandsOfMark(mark, locale);
    if (!first) continue;
    const delay = Math.max(0, Math.round(mark.atMs - at));
    out.push(delay > 0 ? { ...first, delay } : first, ...rest);
    at = Math.max(at, mark.atMs);
  }
  // Between sets of one exercise, the end of the rest (the end of the speech) may run on.
  if (input.autoNext) out.push({ type: 'SendEvent', arguments: ['next', '', AUTO_ARGUMENT], delay: Math.max(0, Math.round(input.totalMs - at)) });
  return [{ type: 'Sequential', commands: out as Json }];
}
