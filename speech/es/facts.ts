// The Spanish markets and what differs between them. The emergency number
// above all: 112 in Spain, 911 in Mexico and the US. Then the place to go
// (Spain and Mexico say "urgencias"; US Spanish speakers say "la sala de
// emergencias"), the family doctor (médico de cabecera in Spain, médico
// familiar in Mexico, "tu médico" in the US), and two words the templates
// need that LocaleFacts has no field for: the physio (US Spanish says
// "terapeuta físico", the word US clinics and insurers use in Spanish; Spain
// and Mexico say "fisioterapeuta") and the car ("coche" in Spain, "carro" in
// Mexico and the US). Those two ride along as extra fields; the cues read them
// with a neutral fallback, so plain LocaleFacts work too.
import type { LocaleFacts, MarketFacts } from '../types';

export type SpanishLocale = 'es-ES' | 'es-MX' | 'es-US';

/** Words only Spanish needs; optional so any LocaleFacts can be passed to the cues. */
export interface SpanishExtras {
  /** The physiotherapist, without article (masculine generic: "un fisioterapeuta"). */
  physio?: string;
  /** The car, without article ("la puerta del coche"). */
  car?: string;
}

export const SPANISH_FACTS: Record<SpanishLocale, MarketFacts & SpanishExtras> = {
  'es-ES': {
    emergencyNumber: '112',
    emergencyPlace: 'urgencias del hospital más cercano',
    wallDistance: 'quince centímetros',
    doctor: 'médico de cabecera',
    behind: 'el trasero',
    physio: 'fisioterapeuta',
    car: 'coche',
  },
  'es-MX': {
    emergencyNumber: '911',
    emergencyPlace: 'urgencias del hospital más cercano',
    wallDistance: 'quince centímetros',
    doctor: 'médico familiar',
    behind: 'las pompas',
    physio: 'fisioterapeuta',
    car: 'carro',
  },
  'es-US': {
    emergencyNumber: '911',
    emergencyPlace: 'la sala de emergencias más cercana',
    wallDistance: 'quince centímetros',
    doctor: 'médico',
    behind: 'el trasero',
    physio: 'terapeuta físico',
    car: 'carro',
  },
};

/** Any other Spanish (es-AR, es-CO, bare es...): no country, so no number is guessed. */
export const OTHER_SPANISH: LocaleFacts & SpanishExtras = {
  emergencyNumber: null,
  emergencyPlace: 'urgencias del hospital más cercano',
  wallDistance: 'quince centímetros',
  doctor: 'médico',
  behind: 'el trasero',
  physio: 'fisioterapeuta',
  car: 'coche',
};

/** The extras of any facts, with the neutral words where a caller passed plain LocaleFacts. */
export function spanishExtras(facts: LocaleFacts): Required<SpanishExtras> {
  const extras = facts as LocaleFacts & SpanishExtras;
  return { physio: extras.physio ?? 'fisioterapeuta', car: extras.car ?? 'coche' };
}
