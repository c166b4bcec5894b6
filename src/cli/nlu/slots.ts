// Slot values in canonical text, found the way Alexa fills slots: custom
// values by their exact words (longest first, never fuzzy: a near miss of a
// body word must not become one), numbers as digits. The text is returned
// "delexicalised", each value replaced by its type's placeholder, which is what
// the classifier is trained on ("it is about 4" -> "it is about xnumber").
import { slotTypesFor, type SlotTypeName } from '../../../intents/model';
import { MARKETS, type Language } from '../../../speech/types';
import { canonical } from './text';

export interface FoundValue {
  type: SlotTypeName;
  /** The words as heard (canonical form). */
  text: string;
  /** The value id for custom types; the number for AMAZON.NUMBER. */
  id: string;
}

/** Placeholder words: plain tokens the classifier treats like any word. */
export const PLACEHOLDER: Partial<Record<SlotTypeName, string>> = {
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

/** Phrases by their first word, each with its rank (longest first), per language: built on first use. */
const byFirstWord = new Map<Language, Map<string, { rank: number; p: Phrase }[]>>();
function phrasesOf(language: Language): Map<string, { rank: number; p: Phrase }[]> {
  const cached = byFirstWord.get(language);
  if (cached) return cached;
  // Fillers, answers and commands are not values to the terminal: it strips fillers and reads whole phrases.
  const phrases: Phrase[] = slotTypesFor(MARKETS[language][0])
    .filter((t) => PLACEHOLDER[t.name])
    .flatMap((t) => t.values.flatMap((v) => [v.value, ...v.synonyms].map((s) => ({ type: t.name, id: v.id, words: canonical(s, language) }))))
    .sort((a, b) => b.words.split(' ').length - a.words.split(' ').length || b.words.length - a.words.length);
  const index = new Map<string, { rank: number; p: Phrase }[]>();
  phrases.forEach((p, rank) => {
    const first = p.words.split(' ')[0]!;
    let list = index.get(first);
    if (!list) index.set(first, (list = []));
    list.push({ rank, p });
  });
  byFirstWord.set(language, index);
  return index;
}

/** Which slot types to look for (an intent's own, or all), in the words of which language. */
export function findValues(text: string, types: readonly SlotTypeName[] = Object.keys(PLACEHOLDER) as SlotTypeName[], language: Language = 'en') {
  const BY_FIRST_WORD = phrasesOf(language);
  const tokens = text.split(' ').filter(Boolean);
  const found: (FoundValue & { at: number })[] = [];
  const taken = new Array<boolean>(tokens.length).fill(false);
  // Longest phrases claim their words first ("after sitting all day" before "sitting"):
  // candidates come from the phrases that start with each word, then go in PHRASES order.
  const candidates: { rank: number; p: Phrase; at: number }[] = [];
  tokens.forEach((token, i) => {
    for (const { rank, p } of BY_FIRST_WORD.get(token) ?? []) {
      if (!types.includes(p.type)) continue;
      const pw = p.words.split(' ');
      if (i + pw.length <= tokens.length && pw.every((w, k) => tokens[i + k] === w)) candidates.push({ rank, p, at: i });
    }
  });
  candidates.sort((a, b) => a.rank - b.rank || a.at - b.at);
  for (const { p, at } of candidates) {
    const n = p.words.split(' ').length;
    if (taken.slice(at, at + n).some(Boolean)) continue;
    found.push({ type: p.type, text: p.words, id: p.id, at });
    for (let k = 0; k < n; k++) taken[at + k] = true;
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
      out.push(PLACEHOLDER[value.type]!);
      i += value.text.split(' ').length - 1;
    } else {
      out.push(tokens[i]!);
    }
  }
  return { values: found.map(({ at: _at, ...v }) => v), delexicalised: out.join(' ') };
}
