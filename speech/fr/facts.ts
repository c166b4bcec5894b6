// What differs between the French-speaking markets we serve: France (fr-FR)
// and Quebec (fr-CA). Above all the emergency number: in France the medical
// emergency line is the 15 (SAMU), and the 112 works everywhere in Europe, so
// we say both; in Quebec it is the 911.
//
// Words are stored the way the templates say them:
// - emergencyPlace comes after "allez" (go), with its preposition, because
//   French contracts it with the article: "aux urgences" (France), "à l’urgence"
//   (Quebec says l’urgence, singular, for the hospital's emergency department);
// - doctor comes after "votre": "votre médecin traitant" (France's declared
//   family doctor), "votre médecin de famille" (Quebec);
// - therapist is not a LocaleFacts field (yet): France says kinésithérapeute
//   (kiné), Quebec says physiothérapeute, and in Quebec a kinésithérapeute is a
//   different, massage-based trade, so one word cannot serve both. The
//   templates read it from here (see therapistOf) and fall back to the
//   France word;
// - sameDay (not a LocaleFacts field either) follows "contactez votre médecin
//   ou": who else sees a person the same day. Many people in Quebec have no
//   family doctor and go to a walk-in clinic ("une clinique sans rendez-vous").
import type { LocaleFacts, MarketFacts } from '../types';

export type FrenchLocale = 'fr-FR' | 'fr-CA';

/** LocaleFacts plus the word for the physiotherapist, which French needs per country. */
export type FrenchFacts = LocaleFacts & { therapist: string; sameDay: string };

export const FRENCH_FACTS: Record<FrenchLocale, MarketFacts & { therapist: string; sameDay: string }> = {
  'fr-FR': {
    emergencyNumber: '15',
    alsoEmergencyNumber: '112',
    emergencyPlace: 'aux urgences les plus proches',
    wallDistance: 'quinze centimètres',
    doctor: 'médecin traitant',
    behind: 'fesses',
    therapist: 'kinésithérapeute',
    sameDay: 'un autre médecin qui peut vous voir aujourd’hui',
  },
  'fr-CA': {
    emergencyNumber: '911',
    emergencyPlace: 'à l’urgence la plus proche',
    wallDistance: 'quinze centimètres',
    doctor: 'médecin de famille',
    behind: 'fesses',
    therapist: 'physiothérapeute',
    sameDay: 'une clinique sans rendez-vous',
  },
};

/** Any other French (Belgium, Switzerland, Africa, or unknown): no country, so no number is guessed. */
export const OTHER_FRENCH: LocaleFacts & { therapist: string; sameDay: string } = {
  emergencyNumber: null,
  emergencyPlace: 'aux urgences les plus proches',
  wallDistance: 'quinze centimètres',
  doctor: 'médecin',
  behind: 'fesses',
  // Belgium and most French-speaking countries say kinésithérapeute; Switzerland says physiothérapeute.
  therapist: 'kinésithérapeute',
  sameDay: 'un autre médecin qui peut vous voir aujourd’hui',
};

/** The physiotherapist's title for these facts ("kinésithérapeute" where the facts do not say). */
export const therapistOf = (facts: LocaleFacts): string =>
  'therapist' in facts && typeof facts.therapist === 'string' ? facts.therapist : 'kinésithérapeute';

/** Who else sees a person the same day, after "votre médecin ou" (a doctor available today where the facts do not say). */
export const sameDayOf = (facts: LocaleFacts): string =>
  'sameDay' in facts && typeof facts.sameDay === 'string' ? facts.sameDay : 'un autre médecin qui peut vous voir aujourd’hui';
