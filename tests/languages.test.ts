// Every locale on both platforms: the triage outcomes, a red flag mid-routine in
// the locale's own everyday words, navigation and a whole session, through the
// real Alexa handler and the real Dialogflow webhook. The conversation is the
// same in every language (the same intents and events); what differs is the
// words, the emergency number, and the safety lexicon that reads free words.
import { describe, expect, it } from 'vitest';
import { LOCALE_FACTS } from '../speech/locales';
import { LOCALES, type Locale } from '../speech/types';
import { alexaHarness } from './support/alexa';
import { googleHarness } from './support/google';

const NO_TO_TRIAGE = Array<string>(13).fill('no');

/** A red flag in everyday words, as people in each language say it. */
const RED_FLAG_WORDS: Record<string, string> = {
  en: "i've got numbness down there",
  de: 'ich bin untenrum ganz taub',
  es: 'tengo hormigueo en la entrepierna',
  fr: "j'ai plus de sensation entre les jambes",
};
const lang = (locale: Locale) => locale.slice(0, 2);

/** How the emergency number appears in the SSML: digits, or (France) said as numbers with 112 beside it. */
function numberIn(locale: Locale, ssml: string): boolean {
  const { emergencyNumber, alsoEmergencyNumber } = LOCALE_FACTS[locale];
  return ssml.includes(`>${emergencyNumber}</say-as>`) && (!alsoEmergencyNumber || ssml.includes(`>${alsoEmergencyNumber}</say-as>`));
}

describe.each(LOCALES)('%s', (locale) => {
  const both = () => [alexaHarness({ locale }), googleHarness({ languageCode: locale })] as const;

  it('a yes to the first red-flag question gives the locale\'s emergency number and ends, on both platforms', async () => {
    for (const t of both()) {
      await t.user('launch');
      await t.user('yes');
      await t.user('yes');
      expect(t.last.ended).toBe(true);
      expect(numberIn(locale, t.last.ssml), t.last.ssml).toBe(true);
    }
  });

  it('an urgent sign ends with same-day advice, without an exercise', async () => {
    for (const t of both()) {
      for (const line of ['launch', 'yes', 'no', 'no', 'no', 'no', 'yes']) await t.user(line);
      expect(t.last.ended).toBe(true);
    }
  });

  it('a red flag in the locale\'s everyday words mid-routine stops it with the number', async () => {
    for (const t of both()) {
      for (const line of ['launch', 'yes', ...NO_TO_TRIAGE, 'pain 3', 'no', 'pattern varies', 'next']) await t.user(line);
      expect(t.last.ended).toBe(false);
      await t.user(`says: ${RED_FLAG_WORDS[lang(locale)]!}`);
      expect(t.last.ended, t.last.ssml).toBe(true);
      expect(numberIn(locale, t.last.ssml), t.last.ssml).toBe(true);
    }
  });

  it('a whole session, with navigation, in the locale\'s language, the same on both platforms', async () => {
    const [alexa, google] = both();
    const lines = ['launch', 'yes', ...NO_TO_TRIAGE, 'pain 3', 'no', 'pattern sitting', 'how do I do this', 'next', 'pause', 'resume', 'repeat', 'back', 'skip', 'next', 'next', 'next', 'next', 'next', 'pain 2'];
    for (const line of lines) {
      const a = await alexa.user(line);
      const g = await google.user(line);
      expect(g, `${locale} after "${line}"`).toBe(a);
      if (alexa.last.ended) break;
    }
    expect(alexa.last.ended).toBe(true);
    // Spoken in the locale's language: no English scaffolding left (the English locales aside).
    if (lang(locale) !== 'en') expect(alexa.last.ssml).not.toMatch(/\b(Before you go|Great work|See you next time|Say next)\b/);
  });
});
