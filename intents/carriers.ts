// Statement intents whose carrier words the adapters put back in front of the
// heard text. Alexa sends an AMAZON.SearchQuery slot without its carrier
// phrase, and a search query cannot stand alone in a sample, so the first word
// of what people say is lost unless an intent of its own says which it was.
// Each intent here names one carrier; src/platforms/intentEvents.ts puts its
// prefix back ("numb" + "between my legs", "why" + "are we doing this one",
// "no" + "it stays in my back"), and the engine reads the whole sentence.
// Words that change nothing the engine reads ("um", "okay", "the", "when")
// stay carriers of the plain StatementIntent (custom.ts), which drops them.
// Alexa and its simulator prefer the longest literal match, so a command's own
// sample ("how do i do this") still wins over "how {statement}"; and where a
// carrier does win, the engine reads the same command from the words.

export interface PrefixedStatement {
  readonly name: string;
  /** The words put back in front of the heard text. */
  readonly prefix: string;
  readonly samples: readonly string[];
}

/** Answers, doubts and negations: the carrier is the answer, or turns the words around. */
const ANSWER_CARRIERS: readonly PrefixedStatement[] = [
  {
    name: 'YesStatementIntent',
    // The comma ends the answer: "yes, i wet myself" is an answer and a statement.
    prefix: 'yes,',
    samples: [
      'yes {statement}', 'yeah {statement}', 'yep {statement}', 'yup {statement}', 'yes and {statement}', 'yeah and {statement}',
      'sure {statement}', 'of course {statement}', 'definitely {statement}', 'absolutely {statement}', 'yes yes {statement}',
      'yeah yeah {statement}', 'correct {statement}', 'uh huh {statement}', 'afraid so {statement}', "i'm afraid so {statement}",
      'unfortunately yes {statement}',
    ],
  },
  {
    name: 'NoStatementIntent',
    // No comma: "no control of my bladder" is a sign; "no, it stays in my back" still reads as an answer.
    prefix: 'no',
    samples: [
      'no {statement}', 'nope {statement}', 'nah {statement}', 'no no {statement}', 'no and {statement}', 'no but {statement}',
      'nah but {statement}', 'definitely not {statement}', 'absolutely not {statement}', 'no never {statement}', 'nope not {statement}',
      'nothing {statement}', 'no thankfully {statement}', 'nope nothing {statement}', 'no nothing {statement}', 'no none {statement}',
      'none {statement}', 'neither {statement}',
    ],
  },
  {
    // A negated clause ("i'm not feeling unwell", "i haven't been able to pee"): "no, not" in front keeps
    // the answer, and the negation as the words had it ("not been able to pee" is a sign, not its absence).
    name: 'NotStatementIntent',
    prefix: 'no, not',
    samples: [
      'not {statement}', 'never {statement}', 'not really {statement}', 'no not {statement}', "i haven't {statement}", "i don't {statement}",
      "i've never {statement}", 'i have never {statement}', 'i never {statement}', "it doesn't {statement}", "it's not {statement}",
      "i didn't {statement}", "i'm not {statement}", 'i am not {statement}', 'i do not {statement}',
      'i have not {statement}', "i don't think {statement}", "i haven't had {statement}", "i've not {statement}", "it isn't {statement}",
      "haven't {statement}", "don't {statement}", "didn't {statement}", "doesn't {statement}", "isn't {statement}", "wasn't {statement}",
    ],
  },
  {
    // "There's no feeling in my crotch" is numbness, "there's no pain" an all-clear: the words after "no" decide.
    name: 'NoneStatementIntent',
    prefix: 'no, there is no',
    samples: [
      "there's no {statement}", 'there is no {statement}', "there isn't any {statement}", "there's not any {statement}", 'there are no {statement}',
      'no sign of {statement}', 'there was no {statement}', "there wasn't any {statement}", 'i have no {statement}', "i've got no {statement}",
      "i've no {statement}", 'i had no {statement}', "i've had no {statement}", 'absolutely no {statement}', 'definitely no {statement}',
    ],
  },
  {
    name: 'NotSureStatementIntent',
    prefix: "i'm not sure",
    samples: [
      "i'm not sure {statement}", 'not sure {statement}', "i don't know {statement}", "i'm not really sure {statement}",
      "i'm honestly not sure {statement}", 'i really am not sure {statement}', 'no idea {statement}', "i'm unsure {statement}",
      "i can't remember {statement}", 'hard to say {statement}', 'i have no clue {statement}', 'not really sure {statement}',
      "i'm not certain {statement}", 'i am not sure {statement}', 'perhaps {statement}', 'possibly {statement}', 'maybe {statement}',
    ],
  },
  {
    name: 'CantStatementIntent',
    prefix: "i can't",
    samples: [
      "i can't {statement}", 'i cannot {statement}', "i couldn't {statement}", "i can't really {statement}", "i still can't {statement}",
      "i just can't {statement}", "now i can't {statement}", "i can't seem to {statement}", "i'm unable to {statement}",
      'i am unable to {statement}', "i'm not able to {statement}", 'i am not able to {statement}', "i can't even {statement}",
      "i can't quite {statement}", "suddenly i can't {statement}", "can't {statement}", 'cannot {statement}', "couldn't {statement}",
    ],
  },
];

/**
 * Opening words that carry the meaning, each its own intent: questions ("why",
 * "how"), commands ("give me a sec", "say again"), when the pain comes
 * ("sitting at my desk"), signs ("numb between the legs", "walking has become
 * hard") and pain scores ("six out of ten maybe").
 */
export const OPENERS: readonly string[] = [
  // Who and when: the first word of most statements ("my phone fell", "my mum had cancer", "i feel really ill").
  'i', "i'm", "i've", "i'd", 'my', 'me', 'it', "it's", "there's", 'there', "that's", 'someone', 'somebody', 'something',
  'since', 'yesterday', 'last', 'earlier', 'recently', 'lately', 'sometimes', 'also',
  // Questions.
  'how', "how's", 'why', 'what', "what's", 'where', 'which', 'is', 'does', 'do', 'am', 'are', 'should',
  // Commands.
  'say', 'give', 'hold', 'hang', 'wait', 'one', 'start', 'stop', 'end', 'back', 'go', 'carry', 'keep', "let's", 'delete', 'erase',
  'forget', 'wipe', 'remove', 'clear', 'tell', 'remind', 'show', 'explain', 'walk', 'talk', 'skip', 'repeat', 'pause', 'next', 'done',
  'finished', 'ready', 'sounds', 'pardon', 'once', 'resume', 'continue', 'move', 'restart', 'help', 'enough', 'call', 'finish',
  'leave', 'take',
  // When the pain comes.
  'sitting', 'driving', 'bending', 'lifting', 'picking', 'carrying', 'mornings', 'morning', 'first', 'waking', 'getting', 'running',
  'working', 'stress', 'all', 'whenever', 'any', 'depends', 'random', 'gardening', 'down',
  // Signs.
  'numb', 'numbness', 'pins', 'tingling', 'walking', 'standing', 'leaking', 'weak', 'chest', 'both', 'pain', 'sharp', 'shooting',
  'lost', 'losing', 'trouble', 'suddenly', 'breathing', 'feeling',
  // Pain scores.
  'zero', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten',
];

/**
 * Words in front that change nothing the engine reads: fillers, articles,
 * hedges, time words, politeness ("okay then next", "the quick one", "when i
 * lift heavy things", "can we go back"). Carriers of the plain StatementIntent,
 * which drops them. Other intents still get fillers in front of samples that
 * start with these words ("um a five" stays a pain level).
 */
export const NEUTRAL_CARRIERS: readonly string[] = [
  'okay', 'ok', 'alright', 'um', 'umm', 'uh', 'er', 'erm', 'hmm', 'oh', 'ooh', 'ah', 'argh', 'well', 'so', 'right', 'honestly',
  'actually', 'basically', 'like', 'a', 'an', 'the', 'this', 'that', 'these', 'those', 'when', 'after', 'before', 'during',
  'while', 'in', 'on', 'at', 'about', 'around', 'roughly', 'probably', 'mostly', 'mainly', 'usually', 'normally', 'generally',
  'typically', 'often', 'always', 'every', 'especially', 'solid', 'pretty', 'better', 'worse', 'still', 'only', 'just', 'can',
  'could', 'would', 'will', "i'll", 'please', 'kindly', 'sorry', 'you', 'need', 'today', 'now', 'yeah so', 'putting',
  'wearing', 'doing', 'went', 'gone', 'been', 'having', 'think', 'ugh', 'everything', 'anything', 'totally', 'completely',
  'kind of', 'sort of', 'quite', 'very', 'real', 'proper', 'bit', 'kinda',
];

/** "what's" -> "WhatsStatementIntent", "let's" -> "LetsStatementIntent". */
const intentName = (word: string): string =>
  `${word.replace(/[^a-z]/g, '').replace(/^./, (c) => c.toUpperCase())}StatementIntent`;

export const OPENER_STATEMENTS: readonly PrefixedStatement[] = OPENERS.map((word) => ({
  name: intentName(word),
  prefix: word,
  samples: [`${word} {statement}`],
}));

export const PREFIXED_STATEMENTS: readonly PrefixedStatement[] = [...ANSWER_CARRIERS, ...OPENER_STATEMENTS];

/** Intent name -> the words put back in front of what was heard. */
export const STATEMENT_PREFIXES: Readonly<Record<string, string>> = Object.fromEntries(PREFIXED_STATEMENTS.map((s) => [s.name, s.prefix]));
