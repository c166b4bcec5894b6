// What differs between the English-speaking markets: the emergency number
// above all (911 US/CA, 999 GB, 000 AU, 112 IN), the place to go, the word
// for the family doctor, the wall distance's unit.
import type { LocaleFacts, MarketFacts, MARKETS } from '../types';

export const ENGLISH_FACTS: Record<(typeof MARKETS)['en'][number], MarketFacts> = {
  'en-US': {
    emergencyNumber: '911',
    emergencyPlace: 'the nearest emergency room',
    wallDistance: 'six inches',
    doctor: 'doctor',
    behind: 'butt',
  },
  'en-CA': {
    emergencyNumber: '911',
    emergencyPlace: 'the nearest emergency department',
    wallDistance: 'fifteen centimetres',
    doctor: 'doctor',
    behind: 'bum',
  },
  'en-GB': {
    emergencyNumber: '999',
    emergencyPlace: 'A and E',
    wallDistance: 'fifteen centimetres',
    doctor: 'GP',
    behind: 'bum',
  },
  'en-AU': {
    emergencyNumber: '000',
    emergencyPlace: 'the nearest hospital emergency department',
    wallDistance: 'fifteen centimetres',
    doctor: 'GP',
    behind: 'bum',
  },
  'en-IN': {
    emergencyNumber: '112',
    emergencyPlace: 'the nearest hospital emergency department',
    wallDistance: 'fifteen centimetres',
    doctor: 'doctor',
    behind: 'bottom',
  },
};

/** Any other English locale: no country, so no number is guessed. */
export const OTHER_ENGLISH: LocaleFacts = {
  emergencyNumber: null,
  emergencyPlace: 'the nearest emergency department',
  wallDistance: 'fifteen centimetres',
  doctor: 'doctor',
  behind: 'bottom',
};

