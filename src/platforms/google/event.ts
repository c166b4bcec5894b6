import type { TextLanguage } from '../../flow/events';
// A Dialogflow intent, its parameters and the words heard (queryText) to an
// engine event. Nothing else. Words nothing matched (the fallback), words of a
// parameter that did not resolve, and words in which the engine's safety
// classifier reads a sign (whatever intent matched) go to the engine as text;
// they are never logged.
import { isPainPattern } from '../../flow/content/patterns';
import {
  AGE_INTENT, AGE_OVER_INTENT, AGE_UNDER_INTENT, ANSWER_INTENT, boundedAge, COMMAND_INTENT, LENGTH_INTENT, NO_PAIN_INTENT, PAIN_LEVEL_INTENT, PAIN_PATTERN_INTENT, RED_FLAG_INTENT,
  STATEMENT_INTENT, STATEMENT_PREFIXES, heardAsStatement, heardText, painLevelOf, parseNumberSlot, simpleEventOf, slotEventOf, symptomText,
} from '../intentEvents';
import type { PlatformEvent } from '../turn';

export const WELCOME_INTENT = 'WelcomeIntent';
const FALLBACK_NAMES = ['FallbackIntent', 'Default Fallback Intent', STATEMENT_INTENT, ...Object.keys(STATEMENT_PREFIXES)];

/** Dialogflow sends an unfilled parameter as '' and a list entity as an array: the first value counts. */
const paramOf = (value: unknown): unknown => (Array.isArray(value) ? value[0] : value);
const filled = (value: unknown) => value !== undefined && value !== null && value !== '';

export function eventOfIntent(intent: unknown, parameters: unknown, queryText?: unknown, language: TextLanguage = 'en'): PlatformEvent {
  const name = typeof intent === 'string' ? intent : '';
  const params = (parameters && typeof parameters === 'object' ? parameters : {}) as Record<string, unknown>;
  const p = (key: string) => (Object.hasOwn(params, key) ? paramOf(params[key]) : undefined);
  const text = heardText(queryText);
  if (name === WELCOME_INTENT || name === 'Default Welcome Intent') return { type: 'launch' };
  if (FALLBACK_NAMES.includes(name)) return text ? { type: 'statement', text } : { type: 'fallback' };
  // queryText comes with every request: a red flag Dialogflow matched to another intent is still heard.
  if (text && heardAsStatement(name, text, language)) return { type: 'statement', text };
  switch (name) {
    case PAIN_LEVEL_INTENT: {
      const value = painLevelOf(p('level'), p('upper'));
      return value === null && text ? { type: 'number', value, text } : { type: 'number', value };
    }
    case NO_PAIN_INTENT:
      return { type: 'number', value: 0 };
    case AGE_INTENT:
      return { type: 'age', value: parseNumberSlot(p('age')) };
    case AGE_OVER_INTENT:
    case AGE_UNDER_INTENT:
      return { type: 'age', value: boundedAge(name, parseNumberSlot(p('age'))) };
    case PAIN_PATTERN_INTENT: {
      const pattern = p('pattern');
      if (isPainPattern(pattern)) return { type: 'pattern', pattern };
      return text ? { type: 'pattern', pattern: null, text } : { type: 'pattern', pattern: null };
    }
    case LENGTH_INTENT: {
      const length = p('length');
      if (length === 'quick' || length === 'full') return { type: 'length', length };
      return text ? { type: 'statement', text } : { type: 'fallback' };
    }
    case ANSWER_INTENT:
    case COMMAND_INTENT: {
      const event = slotEventOf(name, p(name === ANSWER_INTENT ? 'answer' : 'command'));
      if (event) return { type: event };
      return text ? { type: 'statement', text } : { type: 'fallback' };
    }
    case RED_FLAG_INTENT: {
      // Area or sensation heard: the user's own words go to the classifier (more precise than the slots).
      const area = p('area');
      const sensation = p('sensation');
      if (!filled(area) && !filled(sensation)) return { type: 'redFlag' };
      const words = text ?? symptomText(heardText(area), heardText(sensation));
      return words ? { type: 'statement', text: words } : { type: 'redFlag' };
    }
    default:
      return { type: simpleEventOf(name) };
  }
}
