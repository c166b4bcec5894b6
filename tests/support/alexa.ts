// A transcript harness for the Alexa skill: each line the user "says" becomes
// a real request envelope through skill.invoke, with the session carried
// between turns and a fresh session for every harness.
import type { ProgressStore } from '../../src/store/types';
import { createAlexaSkill } from '../../src/platforms/alexa/skill';
import { createAlexaConversation, type AlexaTurn } from '../../src/platforms/alexa/conversation';
import type { AlexaRequestSpec, DisplaySpec } from '../../src/platforms/alexa/envelope';
import { memoryLogger } from '../../src/platforms/logger';
import { createMemoryStore } from '../../src/store/memory';
import { ssmlToText } from '../../src/render/ssml';
import { speakingClock } from '../../src/platforms/speakingClock';

export const NOW = new Date('2026-11-28T09:00:00Z');

const SHORTHAND: Record<string, string> = {
  yes: 'AMAZON.YesIntent',
  no: 'AMAZON.NoIntent',
  'not sure': 'NotSureIntent',
  next: 'AMAZON.NextIntent',
  back: 'AMAZON.PreviousIntent',
  repeat: 'AMAZON.RepeatIntent',
  pause: 'AMAZON.PauseIntent',
  resume: 'AMAZON.ResumeIntent',
  skip: 'SkipIntent',
  'start over': 'AMAZON.StartOverIntent',
  help: 'AMAZON.HelpIntent',
  'how do I do this': 'HowToIntent',
  'why does this help': 'WhyIntent',
  'it hurts': 'HurtsIntent',
  'red flag': 'RedFlagIntent',
  'how am I doing': 'ProgressIntent',
  'delete my data': 'DeleteDataIntent',
  stop: 'AMAZON.StopIntent',
  cancel: 'AMAZON.CancelIntent',
  gibberish: 'AMAZON.FallbackIntent',
};

/** "pain 3", "pattern sitting", a shorthand word, or a raw request spec. */
export function specOf(line: string | AlexaRequestSpec): AlexaRequestSpec {
  if (typeof line !== 'string') return line;
  if (line === 'launch') return { type: 'LaunchRequest' };
  const pain = /^pain (.+)$/.exec(line);
  if (pain) return { type: 'IntentRequest', intent: 'PainLevelIntent', slots: { level: { value: pain[1]! } } };
  // "says: I've got numbness down there": free words, as Alexa's statement intent carries them.
  const words = /^says: (.+)$/.exec(line);
  if (words) return { type: 'IntentRequest', intent: 'StatementIntent', slots: { statement: { value: words[1]! } } };
  const length = /^length (quick|full)$/.exec(line);
  if (length) return { type: 'IntentRequest', intent: 'LengthIntent', slots: { length: { value: length[1]!, resolution: { status: 'ER_SUCCESS_MATCH', id: length[1]! } } } };
  const pattern = /^pattern (\w+)$/.exec(line);
  if (pattern) {
    return {
      type: 'IntentRequest',
      intent: 'PainPatternIntent',
      slots: { pattern: { value: pattern[1]!, resolution: { status: 'ER_SUCCESS_MATCH', id: pattern[1]! } } },
    };
  }
  const intent = SHORTHAND[line];
  if (!intent) throw new Error(`no shorthand for "${line}"`);
  return { type: 'IntentRequest', intent };
}

export interface HarnessOptions {
  locale?: string;
  store?: ProgressStore | null;
  painHistoryAllowed?: boolean;
  now?: Date;
  userId?: string;
  storeTimeoutMs?: number;
  storeBudgetMs?: number;
  /** Talk as a screen device (supportedInterfaces with APL and this viewport). */
  display?: DisplaySpec;
}

export function alexaHarness(options: HarnessOptions = {}) {
  const logger = memoryLogger();
  const store = options.store === undefined ? createMemoryStore() : options.store;
  const speaking = speakingClock(options.now ?? NOW);
  const clock = speaking.now;
  const skill = createAlexaSkill({
    store,
    clock,
    random: () => 0,
    painHistoryAllowed: options.painHistoryAllowed ?? false,
    logger,
    ...(options.storeTimeoutMs ? { storeTimeoutMs: options.storeTimeoutMs } : {}),
    ...(options.storeBudgetMs ? { storeBudgetMs: options.storeBudgetMs } : {}),
  });
  const conversation = createAlexaConversation(skill, {
    locale: options.locale ?? 'en-US',
    clock,
    ...(options.userId ? { userId: options.userId } : {}),
    ...(options.display ? { display: options.display } : {}),
  });
  let last: AlexaTurn | null = null;
  return {
    skill,
    store,
    logger,
    conversation,
    /** The clock: each response moves it on by its length; wait() to interrupt the next one partway. */
    clock: speaking,
    /** The user says a line; returns what the assistant said, as plain text. */
    async user(line: string | AlexaRequestSpec): Promise<string> {
      last = await conversation.send(specOf(line));
      speaking.heard(last.ssml);
      return ssmlToText(last.ssml);
    },
    get last(): AlexaTurn {
      if (!last) throw new Error('nothing said yet');
      return last;
    },
    /** Launch, confirm age if asked, and answer every safety question with no. */
    async throughTriage(): Promise<string> {
      let said = await this.user('launch');
      if (/16 or older\?$/.test(said)) said = await this.user('yes');
      while (/\?$/.test(said) && !/0 to 10/.test(said)) said = await this.user('no');
      return said;
    },
    /** A whole session: triage, the routine by "next", the closing check-in, and the consent question if asked. */
    async completeSession(options: { before: number; after: number; pattern?: string; consent?: 'yes' | 'no' }): Promise<string[]> {
      const heard = [await this.throughTriage()];
      heard.push(await this.user(`pain ${options.before}`));
      if (options.before > 0) heard.push(await this.user('no'));
      // The pattern is asked after a full triage only.
      if (/show up\?$/.test(heard.at(-1)!)) heard.push(await this.user(`pattern ${options.pattern ?? 'varies'}`));
      if (/pick up there\?$/.test(heard.at(-1)!)) heard.push(await this.user('no'));
      for (let i = 0; i < 80 && !/how is your back feeling now\?$/.test(heard.at(-1)!); i++) heard.push(await this.user('next'));
      heard.push(await this.user(`pain ${options.after}`));
      if (!this.last.ended) heard.push(await this.user(options.consent ?? 'no'));
      return heard;
    },
  };
}
