// The expected readings every evaluation set annotates with, in one place.
import type { Expected } from './types';

/** Commands an utterance can mean (the events that carry no value). */
export type Command = Exclude<Extract<Expected, { event: string }>['event'], 'yes' | 'no' | 'notSure' | 'number' | 'age' | 'pattern' | 'length'>;

export const RED: Expected = { safety: 'redFlag' };
export const URGENT: Expected = { safety: 'urgent' };
export const LASTING: Expected = { safety: 'lasting' };
export const HARMLESS: Expected = { safety: 'harmless' };
export const HURTS: Expected = { safety: 'hurts' };
export const STOP: Expected = { safety: 'stopSymptom' };
export const YES: Expected = { event: 'yes' };
export const NO: Expected = { event: 'no' };
export const NOT_SURE: Expected = { event: 'notSure' };
export const num = (value: number): Expected => ({ event: 'number', value });
export const age = (value: number): Expected => ({ event: 'age', value });
export const pattern = (value: Extract<Expected, { event: 'pattern' }>['value']): Expected => ({ event: 'pattern', value });
export const cmd = (event: Command): Expected => ({ event });
