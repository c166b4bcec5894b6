// English words for the values a prompt asks for, read from free words the
// platform could not match to a value intent ("I guess a two really", "it kind
// of varies"): number words, and the cue words of each pain pattern.
import type { PainPattern } from './patterns';

export const UNIT_WORDS = [
  'zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
  'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen',
] as const;
export const TENS_WORDS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'] as const;

/** "One" that is not a number: "this one", "one second", "one more time". */
export const PRONOUN_ONE = /\b(?:this|that|the|next|last|previous|which|another|each|every|other|no) one\b|\bone (?:more|sec|second|minute|moment|of|time|thing|bit|day|leg|side)\b/;

/** A pain score of 0 said without a number: "no pain at the moment", "nothing really", "it doesn't hurt". */
export const NO_PAIN = /^(?:(?:it's|it is|its|there's|there is) )?(?:none|nothing|zero|nil|nada)(?: (?:at all|really|right now|now|today|whatsoever|at the moment|i think|i guess))*$|\bno pain\b|\bpain ?free\b|\bnot (?:hurting|sore|painful|in (?:any )?pain)\b|\bdoes ?n[o']?t hurt\b|\bdoes not hurt\b/;

/** An age said as a bound: younger than, or not yet ("under 16", "I'll be 16 soon"); older than ("over 16"). */
export const AGE_UNDER = /\b(?:under|younger than|less than|below|not (?:quite |yet )?(?:\w+ )?yet|almost|nearly|i'll be|i will be|turn(?:ing)? \w+ next)\b/;
export const AGE_OVER = /\b(?:over|older than|more than|above|past)\b/;

/** Word stems that say when the pain shows up, first match wins in this order (stress and varies before the activities). */
export const PATTERN_CUES: readonly [PainPattern, RegExp][] = [
  ['varies', /\b(?:var(?:y|ies|ied)|depends?|depending|random(?:ly)?|no (?:real |particular )?pattern|comes and goes|all the time|all of (?:them|those|it)|any ?time|whenever it|different times|a mix|all over the place|a bit of everything|everything really|pin it down|unpredictable|no idea when)\b/],
  ['stress', /\b(?:stress(?:ed|ful)?|anxious|anxiety|tense|worr(?:y|ied|ying)|pressure|busy|deadlines?|hectic|overwhelmed|crazy|manic|frantic|work gets)\b/],
  ['morning', /\b(?:mornings?|wake|waking|woke|get(?:ting)? up|get(?:ting)? out of bed|first thing|after (?:a night|sleep)|sleep(?:ing)?|in bed)\b/],
  ['workout', /\b(?:gym|work(?:ing)? ?out|workouts?|exercis(?:e|es|ing)|training|train|run(?:s|ning)?|jog(?:ging)?|sports?|football|tennis|golf|squats?|squatting|deadlifts?|weights|yoga|cycling|swim(?:ming)?|hiking|crossfit|leg day|match|spin(?:ning)?|pilates|hiit|boxing|climbing|classes|bootcamp)\b/],
  ['bending', /\b(?:bend(?:s|ing)?|bent|lift(?:s|ing)?|pick(?:ing)? (?:\w+ )?up|carry(?:ing)?|laundry|gardening|weeding|hoover(?:ing)?|vacuum(?:ing)?|housework|shoe ?laces|shoes|socks|reach(?:ing)? down|lean(?:ing)? forward|dishwasher|groceries|shopping bags)\b/],
  ['sitting', /\b(?:sit(?:s|ting)?|sat|seated|desk|chair|driv(?:e|es|ing)|drove|car|commut(?:e|ing)|flights?|flying|sofa|couch|computer|office|meetings?|tv|telly)\b/],
];
