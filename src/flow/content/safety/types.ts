// The shape of a safety lexicon: words and short patterns, never sentences.
// It is language-neutral: the classifier's rules (src/flow/safety/) only read
// concept ids, so a German, Spanish or French lexicon is another file of this
// type (de.ts, es.ts, fr.ts) with its own words and contractions.
import type { TextLanguage } from '../../events';

/**
 * A pattern is a space-separated list of slots, matched against whole words:
 * - `numb` one word; `numb|numbness|tingling` any of these;
 * - a trailing `?` makes a slot optional: `my|the? leg`;
 * - `_` is any one word;
 * - `(it in|my wee)` alternatives of several words.
 * Patterns are matched after normalisation (lowercase, contractions expanded,
 * so write "can not", never "can't").
 */
export type Pattern = string;

/** What a span of words means. The rules pair and combine these. */
export type Concept =
  // Body areas.
  | 'areaSaddle' // groin, bum, down there, inner thighs: numbness here is an emergency
  | 'areaGlutes' // the muscle the coach trains: "can't feel my glutes" is about the exercise
  | 'areaBack' // lower back, tailbone, hips: numbness here is worth one confirming question
  | 'areaLegOne' // one leg, foot, calf, knee
  | 'areaLegsBoth' // both legs, feet, calves
  | 'areaBoth' // "both", "left and right": turns one leg into both
  | 'areaChest'
  | 'areaOther' // arms, hands, neck, shoulders, core: no red-flag pairing
  // Sensations and states.
  | 'numb' // numb, tingling, pins and needles, gone dead, no feeling
  | 'cantFeel' // "can't feel": numbness when it names an area, else about the exercise
  | 'exerciseFeel' // "working", "firing", "can't feel the stretch": about the exercise, not the body
  | 'asleep' // "gone to sleep", "fell asleep": numbness only when a body area is named
  | 'oddFeeling' // "feels funny", "feels weird", "dead": worth one question
  | 'weak' // weak, no strength, legs won't work
  | 'weakWorse' // giving way, buckling, getting weaker, foot dragging: an emergency with any leg
  | 'walkTrouble' // can't walk, struggling to walk, can't stand up
  | 'fatigue' // tired, heavy, shaky, burning, worn out: effort, not a sign
  | 'chestSensation' // tight, tightness, pressure, heavy, crushing (with the chest)
  | 'breathRed' // can't breathe, struggling to breathe
  | 'breathMaybe' // short of breath, can't catch my breath
  | 'breathHarmless' // out of breath, breathing hard
  | 'heartRed' // heart attack
  // Bladder and bowel.
  | 'bladderRed' // wet myself, can't pee, lost control, an accident
  | 'bladderMaybe' // leaking, on its own
  | 'bladderHarmless' // need a wee, toilet break
  // Falls and accidents.
  | 'fall' // fell, had a fall, car crash, hit by a car
  | 'fallMaybe' // slipped, tripped, nearly fell, banged my back
  | 'idiom' // a harmless phrase with a flag word in it: fell asleep, fell behind, slipped my mind, sick of
  | 'knock' // knocked or banged my back (urgent with osteoporosis or steroids)
  | 'longAgo' // years ago, as a kid: an old fall gets a confirming question
  // Urgent.
  | 'fever' // fever, chills, a temperature
  | 'unwell' // unwell, poorly, crook, not feeling well
  | 'weightLoss'
  | 'weightUnintended' // without trying, for no reason
  | 'weightIntended' // on a diet, trying to, want to
  | 'nightPain' // worse at night, wakes me up
  | 'constant' // constant, never stops
  | 'notEased' // nothing eases it, rest doesn't help
  | 'eased' // eases when I move, settles
  | 'bone' // osteoporosis, brittle bones, steroid tablets
  | 'drugsInjected'
  | 'injectionHarmless' // an injection in my back, insulin
  // Lasting.
  | 'cancer'
  | 'immune'
  | 'otherPerson' // my mum, my friend: their history is not the user's
  // Stop rule and pain.
  | 'sharp' // sharp, stabbing, like a knife
  | 'shooting' // shooting, electric, radiating
  | 'downLeg' // down my leg, below the knee, into my foot (its patterns also name the leg area)
  | 'travel' // goes, runs, shoots, spreads: pain that travels (down a leg: a stop-rule sign)
  | 'hurts' // hurts, pain, sore, ouch, ache
  | 'exerciseContext' // bridges, the stretch, after that, this exercise: effort explains the feeling
  // Grammar.
  | 'negator' // no, not, never, nothing, without
  | 'uncertain' // not sure, don't know if: keeps a flag (unclear counts as yes)
  | 'boundary'; // but, though, just, only: ends a negation's scope

/** Answer words for readAnswer. `terminal` forms ("I do", "I am") count only when nothing follows. */
export interface AnswerLexicon {
  yes: readonly Pattern[];
  no: readonly Pattern[];
  notSure: readonly Pattern[];
  /** "I do", "I have", "it does": an answer only at the end ("I have chest pain" is a statement). */
  yesTerminal: readonly Pattern[];
  noTerminal: readonly Pattern[];
}

export interface SafetyLexicon {
  language: TextLanguage;
  /**
   * Fold accents before matching (Spanish and French: "fièvre" is matched as
   * "fievre", since speech recognisers and typists differ); otherwise letters
   * such as ä, ö, ü and ß are kept (German writes its patterns with them).
   */
  foldAccents?: boolean;
  /** Whole-word rewrites applied before matching: "cant" -> "can not", "im" -> "i am". */
  contractions: Readonly<Record<string, string>>;
  /** Apostrophe endings, applied first: "n't" -> " not", "'ve" -> " have". */
  suffixes: readonly (readonly [string, string])[];
  /** Words that carry no meaning at the edges of an answer: "um", "okay so", "to be honest". */
  fillers: readonly Pattern[];
  /** Words that start a new clause after "and", "or", "so" or a comma: "i", "my", "it". */
  clauseStarters: readonly string[];
  /** Words that join clauses; a clause starter after one begins a new clause. */
  joiners: readonly string[];
  /** Subjects that start a new clause a few words after a negator, where speech has no comma ("i can not get down my legs will not work"). */
  subjects?: readonly string[];
  /** Words that mark a person's own body (for "my foot slipped" versus "the band slipped"). */
  bodyWords: readonly string[];
  /** Determiners before a thing that fell or slipped: "the", "my", "a". */
  determiners: readonly string[];
  /** "No" said as an interjection: before a clause starter it ends a clause instead of negating ("no, my bum is numb"). */
  interjections: readonly string[];
  concepts: Readonly<Record<Concept, readonly Pattern[]>>;
  answers: AnswerLexicon;
}
