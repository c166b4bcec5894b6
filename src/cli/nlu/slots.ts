// Slot values in canonical text, found the way Alexa fills slots: custom
// values by their exact words (longest first, never fuzzy: a near miss of a
// body word must not become one), numbers as digits. The text is returned
// "delexicalised", each value replaced by its type's placeholder, which is what
// the classifier is trained on ("it is about 4" -> "it is about xnumber").
import { SLOT_TYPES, type SlotTypeName } from '../../../intents/model';
import { canonical } from './text';

export interface FoundValue {
  type: SlotTypeName;
  /** The words as heard (canonical form). */
  text: string;
  /** The value id for custom types; the number for AMAZON.NUMBER. */
  id: string;
}

/** Placeholder words: plain tokens the classifier treats like any word. */
export const PLACEHOLDER: Record<SlotTypeName, string> = {
  'AMAZON.NUMBER': 'xnumber',
  'AMAZON.SearchQuery': 'xstatement',
  PainPatternType: 'xpattern',
  BodyAreaType: 'xarea',
  SensationType: 'xsensation',
  RoutineLengthType: 'xlength',
};

interface Phrase {
  type: SlotTypeName;
  id: string;
  words: string;
}

const PHRASES: Phrase[] = SLOT_TYPES.flatMap((t) =>
  t.values.flatMap((v) => [v.value, ...v.synonyms].map((s) => ({ type: t.name, id: v.id, words: canonical(s) }))),
).sort((a, b) => b.words.split(' ').length - a.words.split(' ').length || b.words.length - a.words.length);

/** Which slot types to look for (an intent's own, or all). */
export function findValues(text: string, types: readonly SlotTypeName[] = Object.keys(PLACEHOLDER) as SlotTypeName[]) {
  const tokens = text.split(' ').filter(Boolean);
  const found: (FoundValue & { at: number })[] = [];
  const taken = new Array<boolean>(tokens.length).fill(false);
  const wanted = PHRASES.filter((p) => types.includes(p.type));
  // Longest phrases claim their words first ("after sitting all day" before "sitting").
  for (const p of wanted) {
    const pw = p.words.split(' ');
    for (let i = 0; i + pw.length <= tokens.length; i++) {
      if (taken.slice(i, i + pw.length).some(Boolean)) continue;
      if (pw.every((w, k) => tokens[i + k] === w)) {
        found.push({ type: p.type, text: p.words, id: p.id, at: i });
        for (let k = 0; k < pw.length; k++) taken[i + k] = true;
      }
    }
  }
  if (types.includes('AMAZON.NUMBER')) {
    tokens.forEach((t, i) => {
      if (!taken[i] && /^\d+$/.test(t)) {
        found.push({ type: 'AMAZON.NUMBER', text: t, id: t, at: i });
        taken[i] = true;
      }
    });
  }
  found.sort((a, b) => a.at - b.at);
  // Rebuild the text with one placeholder per value.
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const value = found.find((f) => f.at === i);
    if (value) {
      out.push(PLACEHOLDER[value.type]);
      i += value.text.split(' ').length - 1;
    } else {
      out.push(tokens[i]!);
    }
  }
  return { values: found.map(({ at: _at, ...v }) => v), delexicalised: out.join(' ') };
}
