// One normal form for what the user types and for the model's samples, so the
// two meet: lowercase words, contractions spelled out ("i'm" and "im" both
// "i am"), number words as digits ("twenty one" -> "21"), and, in user text,
// the fillers of speech dropped ("um", "okay so", "to be honest").
import { normalize } from '../normalize';
import { NUMBER_SOURCE, parseNumber } from '../numbers';
import type { Language } from '../../../speech/types';

const CONTRACTIONS: Record<string, string> = {
  im: 'i am', ive: 'i have', youre: 'you are', theyre: 'they are',
  its: 'it is', thats: 'that is', theres: 'there is', whats: 'what is', hows: 'how is', lets: 'let us', heres: 'here is',
  cant: 'can not', cannot: 'can not', dont: 'do not', doesnt: 'does not', didnt: 'did not', isnt: 'is not', arent: 'are not',
  wont: 'will not', wouldnt: 'would not', couldnt: 'could not', shouldnt: 'should not', havent: 'have not', hasnt: 'has not',
  hadnt: 'had not', wasnt: 'was not', werent: 'were not', aint: 'is not', gonna: 'going to', wanna: 'want to', gotta: 'got to',
  yeah: 'yeah', ya: 'yeah', yea: 'yeah', ok: 'okay', okey: 'okay', alright: 'all right',
};
// Not "ill", "were", "id": without their apostrophe they are words of their own.

/** Spoken fillers, dropped wherever they stand (whole words only). */
const FILLERS = [
  'um', 'umm', 'uh', 'uhh', 'uhm', 'er', 'erm', 'hmm', 'hm', 'mm', 'mmm', 'ah', 'ahh', 'to be honest', 'to be fair', 'honestly',
  'you know', 'i mean', 'basically', 'like i said', 'if i am honest', 'let me think', 'let me see', 'i suppose so',
  'to be truthful', 'in all honesty', 'sort of like', 'kind of like',
];
/** Openers dropped only at the start ("okay so next", "well i fell"). */
const OPENERS = [
  'okay so', 'so', 'well', 'right', 'right so', 'oh', 'hey', 'hi', 'actually', 'anyway', 'okay well', 'and', 'but', 'coach', 'alexa',
  // "Okay" and "all right" alone are a yes; before other words they only start the sentence.
  'okay', 'all right', 'yeah so', 'then', 'now', 'hmm', 'oh well', 'ah okay', 'okay then', 'okay um',
];
/** Closers dropped only at the end ("next thanks"). */
const CLOSERS = [
  'thanks', 'thank you', 'cheers', 'i think', 'i guess', 'at the moment', 'at the minute', 'for now', 'i reckon', 'then', 'please',
  'now', 'mate', 'for me', 'i would say', 'if you can', 'if that is okay', 'thanks coach', 'really', 'to be honest', 'honestly',
];

const words = (phrases: readonly string[]) => [...phrases].sort((a, b) => b.length - a.length);
const FILLER_RE = new RegExp(`\\b(?:${words(FILLERS).join('|')})\\b`, 'g');
const OPENER_RE = new RegExp(`^(?:(?:${words(OPENERS).join('|')}) )+(?=\\S)`);
const CLOSER_RE = new RegExp(`(?<=\\S)(?: (?:${words(CLOSERS).join('|')}))$`);
const NUMBER_RE = new RegExp(`\\b${NUMBER_SOURCE}\\b`, 'g');

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/**
 * Number words of the other languages, 0 to 20 (the pain scale and a few more), as digits.
 * Articles that are also "one" (ein, une, un, una) stay words: they start most phrases.
 */
const NUMBER_WORDS: Readonly<Record<Exclude<Language, 'en'>, readonly string[]>> = {
  de: ['null', 'eins', 'zwei', 'drei', 'vier', 'fünf', 'sechs', 'sieben', 'acht', 'neun', 'zehn', 'elf', 'zwölf', 'dreizehn', 'vierzehn', 'fünfzehn', 'sechzehn', 'siebzehn', 'achtzehn', 'neunzehn', 'zwanzig'],
  es: ['cero', 'uno', 'dos', 'tres', 'cuatro', 'cinco', 'seis', 'siete', 'ocho', 'nueve', 'diez', 'once', 'doce', 'trece', 'catorce', 'quince', 'dieciséis', 'diecisiete', 'dieciocho', 'diecinueve', 'veinte'],
  fr: ['zéro', '', 'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf', 'dix', 'onze', 'douze', 'treize', 'quatorze', 'quinze', 'seize', 'dix sept', 'dix huit', 'dix neuf', 'vingt'],
};
const numberWordRes = new Map<Language, RegExp>();
function numberWordsToDigits(text: string, language: Exclude<Language, 'en'>): string {
  let re = numberWordRes.get(language);
  const words = NUMBER_WORDS[language];
  if (!re) {
    const alternatives = words.filter(Boolean).sort((a, b) => b.length - a.length).join('|');
    numberWordRes.set(language, (re = new RegExp(`(?<![\\p{L}])(?:${alternatives})(?![\\p{L}])`, 'gu')));
  }
  return text.replace(re, (m) => String(words.indexOf(m)));
}

/** Contractions spelled out and number words as digits: applied to samples and user text alike. */
export function canonical(text: string, language: Language = 'en'): string {
  if (language !== 'en') return squash(numberWordsToDigits(normalize(text.replace(/-/g, ' ')), language));
  const spelled = normalize(text.replace(/-/g, ' '))
    .split(' ')
    .map((w) => (Object.hasOwn(CONTRACTIONS, w) ? CONTRACTIONS[w]! : w))
    .join(' ');
  // "Out of ten" is the scale, not a second number.
  return squash(spelled.replace(NUMBER_RE, (m) => String(parseNumber(m) ?? m)).replace(/\bout of 10\b/g, 'out of ten'));
}

/** User text in canonical form without its fillers. A line of only fillers stays as it was. */
export function cleanUserText(text: string, language: Language = 'en'): string {
  // The fillers below are English; other languages keep their words (their models carry their own fillers).
  if (language !== 'en') return canonical(text, language);
  const base = canonical(text);
  let s = squash(base.replace(FILLER_RE, ' '));
  for (let i = 0; i < 3; i++) s = squash(s.replace(OPENER_RE, '').replace(CLOSER_RE, ''));
  return s || base;
}
