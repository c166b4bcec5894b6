// skill-package/skill.json: the Alexa skill manifest (ASK CLI layout).
import { LOCALE_FACTS } from '../../speech/locales';
import type { Locale } from '../../speech/types';
import { MODEL_LOCALES } from '../../intents/model';
import { wordsFor } from '../../intents/languages';

export const ENDPOINT_ARN = 'arn:aws:lambda:us-east-1:000000000000:function:hip-coach-prod-alexa';
const SITE = 'https://hipcoach.example';

/**
 * From a round Echo Spot to a 15" hub, landscape and portrait (dp ranges of
 * Alexa's viewport profiles: hubRound, hubLandscapeSmall to XLarge, hubPortraitMedium, TV).
 */
const SUPPORTED_VIEWPORTS = [
  { mode: 'HUB', shape: 'ROUND', minWidth: 100, maxWidth: 599, minHeight: 100, maxHeight: 599 },
  { mode: 'HUB', shape: 'RECTANGLE', minWidth: 960, maxWidth: 1279, minHeight: 100, maxHeight: 599 },
  { mode: 'HUB', shape: 'RECTANGLE', minWidth: 960, maxWidth: 1279, minHeight: 600, maxHeight: 959 },
  { mode: 'HUB', shape: 'RECTANGLE', minWidth: 1280, maxWidth: 1920, minHeight: 600, maxHeight: 1279 },
  { mode: 'HUB', shape: 'RECTANGLE', minWidth: 1920, maxWidth: 2560, minHeight: 1080, maxHeight: 1920 },
  { mode: 'HUB', shape: 'RECTANGLE', minWidth: 600, maxWidth: 959, minHeight: 960, maxHeight: 1279 },
  { mode: 'TV', shape: 'RECTANGLE', minWidth: 960, maxWidth: 960, minHeight: 540, maxHeight: 540 },
];

const therapist = (locale: Locale) => (locale === 'en-US' ? 'physical therapist' : 'physiotherapist');

// Health skills must say plainly what they are not, and where to go in an emergency.
function description(locale: Locale): string {
  const { doctor, emergencyNumber } = LOCALE_FACTS[locale];
  const about = [
    'Hip Coach is a hands-free voice coach for people with recurring low back pain. It checks in on how your back',
    'feels today, then talks you through a short routine of hip mobility, glute activation and hip hinge practice,',
    'one step at a time, and keeps track of your weekly progress.',
  ];
  const disclaimer = [
    'Hip Coach gives general exercise guidance for recurring low back pain. It is not medical advice, it does not',
    `diagnose any condition, and it does not replace a ${doctor} or ${therapist(locale)}. Stop any exercise that`,
    'causes sharp or worsening pain. If you notice numbness in your groin or bottom, new trouble controlling your',
    'bladder or bowels, weakness in both legs, or chest pain, stop and get urgent medical help. In an emergency,',
    `call your local emergency number (${emergencyNumber}).`,
  ];
  return `${about.join(' ')}\n\n${disclaimer.join(' ')}`;
}

/** The store listing in a locale's language: its own words where it has them (intents/lang/). */
function listingOf(locale: Locale) {
  const words = wordsFor(locale);
  if (!words) return englishListing(locale);
  const { doctor, emergencyNumber, alsoEmergencyNumber } = LOCALE_FACTS[locale];
  // France has two numbers (15 for medical emergencies, or 112): the listing names both.
  const number = alsoEmergencyNumber ? `${emergencyNumber} / ${alsoEmergencyNumber}` : emergencyNumber;
  const { name, summary, description, examplePhrases, keywords } = words.skill;
  // Alexa's listing wants each phrase as "Alexa, <what the user says>".
  const phrases = examplePhrases.map((p) => p.replace(/^alexa,?\s*/i, 'Alexa, '));
  return { name, summary, description: description({ emergencyNumber: number, doctor }), examplePhrases: phrases, keywords: [...keywords] };
}

const englishListing = (locale: Locale) => ({
  name: 'Hip Coach',
  summary: 'Hands-free exercise coaching for recurring low back pain: hip mobility, glute activation and hip hinge practice.',
  description: description(locale),
  // Each phrase after the invocation must be a sample utterance of the model.
  examplePhrases: ['Alexa, open hip coach', 'Alexa, ask hip coach how am I doing', 'Alexa, ask hip coach what week am I on'],
  keywords: ['back pain', 'low back pain', 'lower back', 'hip mobility', 'glutes', 'stretching', 'exercise', 'mobility', 'workout', 'coach'],
});

const perLocale = <T>(make: (locale: Locale) => T) => Object.fromEntries(MODEL_LOCALES.map((l) => [l, make(l)]));

export function skillManifest() {
  return {
    manifest: {
      manifestVersion: '1.0',
      publishingInformation: {
        locales: perLocale(listingOf),
        isAvailableWorldwide: false,
        distributionCountries: ['US', 'GB', 'CA', 'AU', 'IN', 'ES', 'MX', 'DE', 'FR'],
        category: 'HEALTH_AND_FITNESS',
        testingInstructions:
          'No account linking. Say "Alexa, open hip coach" and answer the check-in questions. Saying "I have chest pain" at any point triggers the safety response.',
      },
      privacyAndCompliance: {
        allowsPurchases: false,
        usesPersonalInfo: false,
        isChildDirected: false,
        isExportCompliant: true,
        containsAds: false,
        locales: perLocale(() => ({ privacyPolicyUrl: `${SITE}/privacy`, termsOfUseUrl: `${SITE}/terms` })),
      },
      // Screens (Echo Show, Spot, Hub): the adapter sends APL only to devices that say they support it.
      apis: { custom: { endpoint: { uri: ENDPOINT_ARN }, interfaces: [{ type: 'ALEXA_PRESENTATION_APL', supportedViewports: SUPPORTED_VIEWPORTS }] } },
      // SKILL_DISABLED lets the backend delete a user's data when they disable the skill.
      events: { endpoint: { uri: ENDPOINT_ARN }, subscriptions: [{ eventName: 'SKILL_DISABLED' }] },
      permissions: [],
    },
  };
}
