// Conversations written once and played on both platforms. Each line is the
// shorthand of tests/support/alexa.ts ("yes", "pain 3", "pattern sitting").
export interface Scenario {
  name: string;
  locale?: string;
  lines: string[];
  /** What the last assistant turn says, and whether it ends the session. */
  last: { says: RegExp; ended: boolean };
}

const NO_TO_TRIAGE = Array<string>(13).fill('no');
const nexts = (n: number) => Array<string>(n).fill('next');

export const SCENARIOS: Scenario[] = [
  { name: 'emergency at the first red-flag question', lines: ['launch', 'yes', 'yes'], last: { says: /Call 911 now/, ended: true } },
  { name: 'emergency in en-GB names 999', locale: 'en-GB', lines: ['launch', 'yes', 'no', 'not sure'], last: { says: /Call 999 now, or go to A and E/, ended: true } },
  { name: 'urgent', lines: ['launch', 'yes', 'no', 'no', 'no', 'no', 'yes'], last: { says: /speak to a doctor today/, ended: true } },
  { name: 'high pain', lines: ['launch', 'yes', ...NO_TO_TRIAGE, 'pain 8'], last: { says: /no exercises today/, ended: true } },
  { name: 'see a physio, then the full program at the dose pain allows', lines: ['launch', 'yes', ...Array<string>(10).fill('no'), 'yes', 'no', 'pain 2', 'no', 'pattern morning', 'next'], last: { says: /Nice work|Well done|are done/, ended: false } },
  { name: 'a cleared history item goes on to the routine', lines: ['launch', 'yes', ...Array<string>(8).fill('no'), 'yes', 'yes', 'no', 'no', 'no', 'no', 'pain 2', 'no', 'pattern varies'], last: { says: /follow your doctor's advice|physiotherapist|Say next|say next/i, ended: false } },
  { name: 'it hurts mid-routine, and it is sharp', lines: ['launch', 'yes', ...NO_TO_TRIAGE, 'pain 3', 'no', 'pattern sitting', 'next', 'it hurts', 'yes', 'pain 3'], last: { says: /You're at 3/, ended: true } },
  {
    name: 'clear, with every navigation command',
    lines: ['launch', 'yes', ...NO_TO_TRIAGE, 'pain 3', 'no', 'pattern sitting', 'next', 'repeat', 'back', 'pause', 'resume', 'how do I do this', 'why does this help', 'help', 'skip', 'it hurts', 'no', 'skip', 'start over', 'no', 'next', 'red flag'],
    last: { says: /Call 911 now/, ended: true },
  },
  { name: 'clear, the whole routine', lines: ['launch', 'yes', ...NO_TO_TRIAGE, 'pain 3', 'no', 'pattern varies', ...nexts(5), 'pain 2'], last: { says: /You started at 3 and you're at 2 now/, ended: true } },
  { name: 'a lasting history item not cleared by a doctor is urgent', lines: ['launch', 'yes', ...Array<string>(8).fill('no'), 'yes', 'no'], last: { says: /speak to a doctor today/, ended: true } },
  { name: 'a one-leg nerve sign: the leg wording of the stop rule', lines: ['launch', 'yes', ...Array<string>(12).fill('no'), 'yes', 'pain 3', 'pattern varies'], last: { says: /your leg symptoms spread further or get worse/, ended: false } },
  { name: 'it hurts, not sharp, skip the exercise', lines: ['launch', 'yes', ...NO_TO_TRIAGE, 'pain 3', 'no', 'pattern varies', 'next', 'it hurts', 'no', 'skip'], last: { says: /Okay, skipping|leave the|skipping that one/, ended: false } },
  { name: 'a quick one at the preview', lines: ['launch', 'yes', ...NO_TO_TRIAGE, 'pain 3', 'no', 'pattern varies', 'length quick'], last: { says: /quick session for week 1: 3 exercises/, ended: false } },
  { name: 'a red flag in everyday words mid-routine', lines: ['launch', 'yes', ...NO_TO_TRIAGE, 'pain 3', 'no', 'pattern varies', 'next', "says: I've got numbness down there"], last: { says: /Call 911 now/, ended: true } },
  { name: 'a look-alike mid-routine raises no alarm', lines: ['launch', 'yes', ...NO_TO_TRIAGE, 'pain 3', 'no', 'pattern varies', 'next', 'says: my glutes are burning'], last: { says: /say it hurts|Say next|in position|Ready\?|set\./i, ended: false } },
  { name: 'an ambiguous statement gets one confirming question, and an unclear answer counts as yes', lines: ['launch', 'yes', ...NO_TO_TRIAGE, 'pain 3', 'no', 'pattern varies', 'next', 'says: my leg is numb', 'gibberish'], last: { says: /Call 911 now/, ended: true } },
  { name: '"nothing like that" at a red-flag question is a clear no', lines: ['launch', 'yes', 'says: nothing like that'], last: { says: /trouble passing urine/, ended: false } },
  { name: 'bad input', lines: ['launch', 'gibberish', 'gibberish', 'yes', ...NO_TO_TRIAGE, 'pain 11', 'pain ?', 'pain 1', 'gibberish', 'no', 'pattern nonsense', 'stop'], last: { says: /goodbye for now/, ended: true } },
];

/** A shorthand line as a Dialogflow intent and parameters. */
export function dialogflowOf(line: string): { intent: string; parameters?: Record<string, unknown>; queryText?: string } {
  if (line === 'launch') return { intent: 'WelcomeIntent' };
  // Free words reach the webhook as the fallback's queryText.
  const words = /^says: (.+)$/.exec(line);
  if (words) return { intent: 'FallbackIntent', queryText: words[1]! };
  const length = /^length (quick|full)$/.exec(line);
  if (length) return { intent: 'LengthIntent', parameters: { length: length[1] } };
  const pain = /^pain (.+)$/.exec(line);
  if (pain) return { intent: 'PainLevelIntent', parameters: { level: Number.isFinite(Number(pain[1])) ? Number(pain[1]) : '' } };
  const pattern = /^pattern (\w+)$/.exec(line);
  if (pattern) return { intent: 'PainPatternIntent', parameters: { pattern: ['sitting', 'bending', 'morning', 'workout', 'stress', 'varies'].includes(pattern[1]!) ? pattern[1] : '' } };
  const names: Record<string, string> = {
    yes: 'YesIntent', no: 'NoIntent', 'not sure': 'NotSureIntent', next: 'NextIntent', back: 'PreviousIntent', repeat: 'RepeatIntent',
    pause: 'PauseIntent', resume: 'ResumeIntent', skip: 'SkipIntent', 'start over': 'StartOverIntent', help: 'HelpIntent',
    'how do I do this': 'HowToIntent', 'why does this help': 'WhyIntent', 'it hurts': 'HurtsIntent', 'red flag': 'RedFlagIntent',
    'how am I doing': 'ProgressIntent', 'delete my data': 'DeleteDataIntent', stop: 'StopIntent', cancel: 'CancelIntent', gibberish: 'FallbackIntent',
  };
  return { intent: names[line] ?? 'FallbackIntent' };
}
