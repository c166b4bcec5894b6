// Alexa requests for fuzzing: real mid-conversation session attributes (from
// scripted conversations through the real skill), valid request specs, and
// mutations of them.
import fc from 'fast-check';
import type { RequestEnvelope } from 'ask-sdk-model';
import { PAIN_PATTERNS } from '../../../src/flow/content/patterns';
import type { Progress } from '../../../src/flow/progress';
import { readState, type SessionState } from '../../../src/flow/state';
import { createAlexaConversation } from '../../../src/platforms/alexa/conversation';
import { alexaEnvelope, type AlexaRequestSpec, type SlotInput } from '../../../src/platforms/alexa/envelope';
import { createAlexaSkill, STATE_KEY } from '../../../src/platforms/alexa/skill';
import { KNOWN_INTENTS } from '../../../src/platforms/intentEvents';
import { memoryLogger } from '../../../src/platforms/logger';
import { createMemoryStore } from '../../../src/store/memory';
import type { ProgressStore } from '../../../src/store/types';
import { LOCALES } from '../../../speech';
import { MARKER, MARKER_TAG } from './checks';
import { progressArb, stateOverridesArb } from './engine';
import { mutate, mutationArb, nastyString, nastyValue, rarely, type Mutation } from './mutate';
import { SCRIPTS, type Line } from './scripts';

export const NOW = new Date('2026-11-28T09:00:00Z');
export const USER_ID = 'amzn1.ask.account.FUZZ';
export const APPLICATION_ID = 'amzn1.ask.skill.00000000-0000-0000-0000-000000000000';

export function fuzzDeps(store: ProgressStore = createMemoryStore()) {
  const logger = memoryLogger();
  return { store, clock: () => NOW, random: () => 0, painHistoryAllowed: true, logger };
}

const BUILT_IN: Record<string, string> = {
  YesIntent: 'AMAZON.YesIntent',
  NoIntent: 'AMAZON.NoIntent',
  NextIntent: 'AMAZON.NextIntent',
  PreviousIntent: 'AMAZON.PreviousIntent',
  RepeatIntent: 'AMAZON.RepeatIntent',
  PauseIntent: 'AMAZON.PauseIntent',
  ResumeIntent: 'AMAZON.ResumeIntent',
  StartOverIntent: 'AMAZON.StartOverIntent',
  HelpIntent: 'AMAZON.HelpIntent',
  StopIntent: 'AMAZON.StopIntent',
  CancelIntent: 'AMAZON.CancelIntent',
  NavigateHomeIntent: 'AMAZON.NavigateHomeIntent',
  FallbackIntent: 'AMAZON.FallbackIntent',
};
const alexaName = (intent: string) => BUILT_IN[intent] ?? intent;

/** A script line as an Alexa request. */
export function specOfLine(line: Line): AlexaRequestSpec {
  switch (line.kind) {
    case 'launch':
      return { type: 'LaunchRequest' };
    case 'pain':
      return { type: 'IntentRequest', intent: 'PainLevelIntent', slots: { level: { value: String(line.value) } } };
    case 'pattern':
      return {
        type: 'IntentRequest',
        intent: 'PainPatternIntent',
        slots: { pattern: { value: line.pattern, resolution: { status: 'ER_SUCCESS_MATCH', id: line.pattern } } },
      };
    case 'intent':
      return { type: 'IntentRequest', intent: alexaName(line.intent) };
  }
}

export interface Snapshot {
  /** Session attributes as the skill returned them (what Alexa sends back next turn). */
  attributes: Record<string, unknown>;
  locale: string;
  phase: string;
}

/** Plays every script through the real skill and keeps the attributes after each turn. */
export async function alexaSnapshots(): Promise<Snapshot[]> {
  const out: Snapshot[] = [];
  for (const script of SCRIPTS) {
    const skill = createAlexaSkill(fuzzDeps());
    const conversation = createAlexaConversation(skill, { locale: script.locale, userId: USER_ID, clock: () => NOW });
    for (const line of script.lines) {
      const turn = await conversation.send(specOfLine(line));
      const attributes = (turn.envelope.sessionAttributes ?? {}) as Record<string, unknown>;
      const phase = readState(attributes[STATE_KEY])?.phase ?? 'none';
      out.push({ attributes: structuredClone(attributes), locale: script.locale, phase });
    }
  }
  return out;
}

/** The n-th snapshot, spread evenly over phases (the scripts spend most turns in triage). */
export function pickSnapshot<S extends { phase: string }>(pool: readonly S[], n: number): S | null {
  if (pool.length === 0) return null;
  const phases = [...new Set(pool.map((s) => s.phase))].sort();
  const phase = phases[n % phases.length]!;
  const group = pool.filter((s) => s.phase === phase);
  return group[Math.floor(n / phases.length) % group.length]!;
}

// ---------- generators ----------

const intentNameArb: fc.Arbitrary<string> = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom(...KNOWN_INTENTS).map(alexaName) },
  { weight: 1, arbitrary: fc.constantFrom(...KNOWN_INTENTS) },
  { weight: 1, arbitrary: fc.constantFrom('AMAZON.ScrollDownIntent', 'AMAZON.ShuffleOffIntent', 'AMAZON.', 'AMAZON.AMAZON.YesIntent', 'yesintent', 'WelcomeIntent') },
  { weight: 1, arbitrary: nastyString },
);

const levelArb: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: 0, max: 10 }).map(String) },
  { weight: 3, arbitrary: fc.constantFrom('-1', '11', '1e308', 'NaN', '3.5', '?', '', '10.0', '007', '-0', 'Infinity', '12345678901234') },
  { weight: 3, arbitrary: nastyString },
);

const slotInput = (value: fc.Arbitrary<string>, ids: fc.Arbitrary<string>): fc.Arbitrary<SlotInput> =>
  fc.record(
    {
      value,
      resolution: fc.oneof(
        fc.record({ status: fc.constant('ER_SUCCESS_MATCH' as const), id: ids }),
        fc.record({ status: fc.constant('ER_SUCCESS_NO_MATCH' as const) }),
      ),
    },
    { requiredKeys: ['value'] },
  );

/** Valid request specs, with slot values anywhere from right to hostile. */
export const specArb: fc.Arbitrary<AlexaRequestSpec> = fc.oneof(
  { weight: 2, arbitrary: fc.constant({ type: 'LaunchRequest' as const }) },
  { weight: 10, arbitrary: intentNameArb.map((intent) => ({ type: 'IntentRequest' as const, intent })) },
  {
    weight: 4,
    arbitrary: fc
      .option(slotInput(levelArb, levelArb), { nil: undefined })
      .map((level): AlexaRequestSpec => ({ type: 'IntentRequest', intent: 'PainLevelIntent', slots: level ? { level } : {} })),
  },
  {
    weight: 4,
    arbitrary: fc
      .option(slotInput(fc.oneof(fc.constantFrom(...PAIN_PATTERNS, 'after sitting'), nastyString), fc.oneof(fc.constantFrom(...PAIN_PATTERNS), nastyString)), {
        nil: undefined,
      })
      .map((pattern): AlexaRequestSpec => ({ type: 'IntentRequest', intent: 'PainPatternIntent', slots: pattern ? { pattern } : {} })),
  },
  {
    weight: 1,
    arbitrary: fc
      .constantFrom('USER_INITIATED', 'EXCEEDED_MAX_REPROMPTS', 'ERROR')
      .map((reason) => ({ type: 'SessionEndedRequest' as const, reason: reason as 'USER_INITIATED' })),
  },
  { weight: 1, arbitrary: fc.constant({ type: 'AlexaSkillEvent.SkillDisabled' as const }) },
);

/** Request types the skill does not handle; they must get an empty, valid response. */
export const OTHER_REQUEST_TYPES = [
  'CanFulfillIntentRequest',
  'Display.ElementSelected',
  'AudioPlayer.PlaybackStarted',
  'System.ExceptionEncountered',
  'Connections.Response',
  'Alexa.Presentation.APL.UserEvent',
  'Messaging.MessageReceived',
  'AlexaSkillEvent.SkillEnabled',
  'AlexaSkillEvent.ProactiveSubscriptionChanged',
  `${MARKER_TAG}Request`,
];

export const localeArb: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...LOCALES) },
  { weight: 2, arbitrary: fc.constantFrom('en-NZ', 'fr-FR', 'de-DE', 'ja-JP', 'en', 'EN_gb', 'en-us', 'xx-YY', '') },
  { weight: 1, arbitrary: nastyString },
);

/** Session attributes that did not come from us. */
export const garbageAttributesArb: fc.Arbitrary<unknown> = fc.oneof(
  nastyValue,
  fc.record({ [STATE_KEY]: nastyValue }),
  fc.record({ [STATE_KEY]: fc.jsonValue({ maxDepth: 3 }) }),
  fc.dictionary(fc.string({ maxLength: 8 }), nastyValue, { maxKeys: 4 }),
  fc.constant({ [STATE_KEY]: { v: 1, phase: 'routine', [MARKER]: MARKER_TAG } }),
);

export interface AlexaCase {
  /** Picks a snapshot (see pickSnapshot), or null for a new session. */
  snapshot: number | null;
  /** Valid values put into the snapshot's state (hipCoach): tampered, still per schema. */
  overrides: Partial<SessionState> | null;
  /** Mutations of the snapshot's state object (hipCoach) only. */
  stateMutations: Mutation[];
  /** Replaces the attributes altogether. */
  garbage: { attributes: unknown } | null;
  spec: AlexaRequestSpec;
  /** A type the skill does not handle, instead of spec's. */
  otherType: string | null;
  locale: string;
  /** Mutations anywhere in the envelope. */
  envelopeMutations: Mutation[];
  /** Progress already stored for the user. */
  stored: Progress | null;
}

export const alexaCaseArb = (options: { stateMutations: number; garbage: boolean; envelopeMutations: number; otherTypes: boolean }) =>
  fc.record({
    snapshot: fc.option(fc.nat(), { nil: null, freq: 8 }),
    overrides: options.stateMutations > 0 ? rarely(stateOverridesArb, 2) : fc.constant(null),
    stateMutations: fc.array(mutationArb, { maxLength: options.stateMutations }),
    garbage: options.garbage ? fc.option(garbageAttributesArb.map((attributes) => ({ attributes })), { nil: null, freq: 2 }) : fc.constant(null),
    spec: specArb,
    otherType: options.otherTypes ? rarely(fc.constantFrom(...OTHER_REQUEST_TYPES), 10) : fc.constant(null),
    locale: localeArb,
    envelopeMutations: fc.array(mutationArb, { maxLength: options.envelopeMutations }),
    stored: fc.option(progressArb, { nil: null, freq: 2 }),
  }) as fc.Arbitrary<AlexaCase>;

/** The envelope of a case, as Alexa would send it (and then damaged as the case says). */
export function envelopeOf(c: AlexaCase, pool: readonly Snapshot[]): RequestEnvelope {
  const snapshot = c.snapshot === null ? null : pickSnapshot(pool, c.snapshot);
  let attributes: unknown = snapshot ? structuredClone(snapshot.attributes) : {};
  const state = (attributes as Record<string, unknown>)[STATE_KEY];
  if (c.overrides && state && typeof state === 'object') attributes = { ...(attributes as object), [STATE_KEY]: { ...state, ...c.overrides } };
  if (snapshot && c.stateMutations.length > 0) attributes = mutate(attributes, c.stateMutations, (p) => p[0] === STATE_KEY && p.length > 1);
  if (c.garbage) attributes = c.garbage.attributes;
  const envelope = alexaEnvelope(c.spec, {
    applicationId: APPLICATION_ID,
    userId: USER_ID,
    sessionId: 'amzn1.echo-api.session.fuzz',
    locale: c.locale,
    isNew: snapshot === null,
    attributes: attributes as Record<string, unknown>,
    timestamp: NOW.toISOString(),
  });
  if (c.otherType) (envelope.request as { type: string }).type = c.otherType;
  return c.envelopeMutations.length ? mutate(envelope, c.envelopeMutations) : envelope;
}

/** A short description of a request, for failure messages. */
export function describeEnvelope(envelope: unknown): string {
  const text =
    typeof envelope === 'string' && envelope.length <= 3000
      ? envelope
      : JSON.stringify(envelope, (_, v) => (typeof v === 'string' && v.length > 200 ? `${v.slice(0, 200)}...(${v.length})` : v));
  return text && text.length > 3000 ? `${text.slice(0, 3000)}...` : String(text);
}

