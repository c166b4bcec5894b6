// A transcript harness for the Dialogflow webhook: full WebhookRequest bodies
// through the Lambda handler, contexts carried between turns.
import { createGoogleConversation, type GoogleTurn } from '../../src/platforms/google/conversation';
import { createGoogleLambda } from '../../src/platforms/google/lambda';
import { memoryLogger } from '../../src/platforms/logger';
import { createMemoryStore } from '../../src/store/memory';
import type { ProgressStore } from '../../src/store/types';
import { NOW } from './alexa';
import { dialogflowOf } from './scenarios';
import { speakingClock } from '../../src/platforms/speakingClock';

export const WEBHOOK_SECRET = 'test-secret-0123456789';

export function googleHarness(options: { languageCode?: string; store?: ProgressStore | null; painHistoryAllowed?: boolean; now?: Date } = {}) {
  const logger = memoryLogger();
  const store = options.store === undefined ? createMemoryStore() : options.store;
  const speaking = speakingClock(options.now ?? NOW);
  const handler = createGoogleLambda({
    store,
    clock: speaking.now,
    random: () => 0,
    painHistoryAllowed: options.painHistoryAllowed ?? false,
    logger,
  }, { secret: WEBHOOK_SECRET });
  const conversation = createGoogleConversation(handler, { languageCode: options.languageCode ?? 'en-US', headers: { 'x-webhook-secret': WEBHOOK_SECRET } });
  let last: GoogleTurn | null = null;
  return {
    handler,
    logger,
    conversation,
    store,
    clock: speaking,
    async user(line: string | { intent: string; parameters?: Record<string, unknown>; queryText?: string }): Promise<string> {
      last = await conversation.send(typeof line === 'string' ? dialogflowOf(line) : line);
      speaking.heard(last.ssml);
      return last.text;
    },
    get last(): GoogleTurn {
      if (!last) throw new Error('nothing said yet');
      return last;
    },
  };
}
