// What differs for German speakers: Germany (de-DE) is the market; any other
// German-speaking region (Austria, Switzerland, elsewhere) names no number,
// so the speech says "die örtliche Notrufnummer" instead of guessing one.
// 112 is Germany's emergency number for ambulance and fire (the Notruf); the
// place is the hospital's Notaufnahme. The family doctor is said as the
// practice ("deine Hausarztpraxis"): neutral, and what people actually call.
import type { LocaleFacts, MarketFacts } from '../types';

export const GERMAN_FACTS: Record<'de-DE', MarketFacts> = {
  'de-DE': {
    emergencyNumber: '112',
    emergencyPlace: 'die nächste Notaufnahme',
    wallDistance: 'fünfzehn Zentimeter',
    doctor: 'Hausarztpraxis',
    behind: 'Po',
  },
};

/** Any other German-speaking region: no country, so no number is guessed. */
export const OTHER_GERMAN: LocaleFacts = {
  emergencyNumber: null,
  emergencyPlace: 'die nächste Notaufnahme',
  wallDistance: 'fünfzehn Zentimeter',
  doctor: 'Hausarztpraxis',
  behind: 'Po',
};
