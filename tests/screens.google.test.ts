// The same screens on Dialogflow: a BasicCard and chips in the Assistant
// payload, a card and quick replies for other integrations, and the text
// unchanged for integrations that show only text.
import { describe, expect, it } from 'vitest';
import { googleHarness } from './support/google';
import { SCENARIOS } from './support/scenarios';

describe('Dialogflow rich responses', () => {
  it('a triage question: Yes, No and Not sure as chips and quick replies, next to the text', async () => {
    const g = googleHarness();
    await g.user('launch');
    await g.user('yes');
    const { response } = g.last;
    const items = response.payload.google.richResponse.items;
    expect(items[0].simpleResponse).toBeDefined();
    expect(response.fulfillmentText.endsWith(items[1].basicCard.formattedText)).toBe(true); // the question, in large type
    expect(response.payload.google.richResponse.suggestions).toEqual([{ title: 'Yes' }, { title: 'No' }, { title: 'Not sure' }]);
    expect(response.fulfillmentMessages[0]).toEqual({ text: { text: [response.fulfillmentText] } });
    expect(response.fulfillmentMessages[1].card.title).toBe('Hip Coach');
    expect(response.fulfillmentMessages[2]).toEqual({ quickReplies: { title: 'Hip Coach', quickReplies: ['Yes', 'No', 'Not sure'] } });
  });

  it('a set in progress offers Pause, It hurts and End; the emergency card shows the number and no chips', async () => {
    const g = googleHarness();
    for (const line of ['launch', 'yes', ...Array<string>(13).fill('no'), 'pain 3', 'no', 'pattern varies', 'next']) await g.user(line);
    expect(g.last.response.fulfillmentMessages.at(-1).quickReplies.quickReplies).toEqual(['Pause', 'It hurts', 'End']);
    const e = googleHarness({ languageCode: 'en-GB' });
    for (const line of ['launch', 'yes', 'yes']) await e.user(line);
    const google = e.last.response.payload.google;
    expect(google.expectUserResponse).toBe(false);
    expect(google.richResponse.items[1].basicCard.formattedText).toMatch(/^\*\*999\*\*/);
    expect(google.richResponse.suggestions).toBeUndefined();
    expect(e.last.response.fulfillmentMessages.some((m: any) => m.quickReplies)).toBe(false);
  });

  it('text-only integrations lose nothing: the text and speech are what they were, in every scenario', async () => {
    for (const scenario of SCENARIOS) {
      const g = googleHarness({ languageCode: scenario.locale ?? 'en-US' });
      for (const line of scenario.lines) {
        await g.user(line);
        const { response } = g.last;
        const simple = response.payload.google.richResponse.items[0].simpleResponse;
        expect(response.fulfillmentMessages[0], line).toEqual({ text: { text: [response.fulfillmentText] } });
        expect(response.fulfillmentText.length, line).toBeGreaterThan(0);
        expect(simple.textToSpeech, line).toMatch(/^<speak>/);
        for (const m of response.fulfillmentMessages.slice(1)) expect(Object.keys(m), line).toEqual([expect.stringMatching(/^(card|quickReplies)$/)]);
      }
    }
  });

  it('an Assistant surface without a screen gets no card', async () => {
    const g = googleHarness();
    const body = (surface: object) => ({
      responseId: 'r1',
      session: 'projects/hip-coach-local/agent/sessions/s1',
      queryResult: { queryText: 'open', parameters: {}, intent: { displayName: 'WelcomeIntent' }, languageCode: 'en-US', outputContexts: [] },
      originalDetectIntentRequest: { source: 'google', version: '2', payload: { user: { locale: 'en-US' }, conversation: { type: 'NEW' }, surface } },
    });
    const speaker = JSON.parse((await g.conversation.sendRaw(JSON.stringify(body({ capabilities: [{ name: 'actions.capability.AUDIO_OUTPUT' }] })), { 'x-webhook-secret': 'test-secret-0123456789' })).body as string);
    expect(speaker.payload.google.richResponse.items).toHaveLength(1);
    expect(speaker.fulfillmentMessages).toHaveLength(1);
    const phone = JSON.parse((await g.conversation.sendRaw(JSON.stringify(body({ capabilities: [{ name: 'actions.capability.AUDIO_OUTPUT' }, { name: 'actions.capability.SCREEN_OUTPUT' }] })), { 'x-webhook-secret': 'test-secret-0123456789' })).body as string);
    expect(phone.payload.google.richResponse.items[1].basicCard).toBeDefined();
  });
});
