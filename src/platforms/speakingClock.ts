// A clock for conversation drivers that don't really wait (the terminal, tests):
// it moves on by the time each response takes to say, plus a moment to answer,
// as if every response was heard to the end. The engine places interruptions by
// time, so a driver whose clock stood still would look like it interrupts every set.
import { speechSeconds } from '../render/estimate';

/** Time a listener takes to answer after a response ends. */
const ANSWER_MS = 2000;

export interface SpeakingClock {
  now(): Date;
  /** A response was heard to its end. */
  heard(ssml: string): void;
  /** Some time passes. */
  wait(ms: number): void;
  /** The next request comes this long into the last response, as if the user spoke over it. */
  interrupt(msIntoLast: number): void;
}

export function speakingClock(start: Date | (() => Date) = () => new Date()): SpeakingClock {
  const base = typeof start === 'function' ? start : () => start;
  let offset = 0;
  let lastStart = 0;
  return {
    now: () => new Date(base().getTime() + offset),
    heard(ssml) {
      lastStart = offset;
      offset += Math.round(speechSeconds(ssml) * 1000) + ANSWER_MS;
    },
    wait(ms) {
      offset += ms;
    },
    interrupt(msIntoLast) {
      offset = lastStart + msIntoLast;
    },
  };
}
