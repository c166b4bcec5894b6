// Values said in free words answer the question on the table (src/flow/values.ts).
import { describe, expect, it } from 'vitest';
import { understand } from '../src/flow/understand';

describe('free words answer the value a prompt asks for', () => {
  it('reads a pain score, the higher end of a range, and not "this one"', () => {
    expect(understand({ type: 'statement', text: 'guess a two really' }, 'painNow')).toEqual({ event: 'number', value: 2 });
    expect(understand({ type: 'statement', text: 'somewhere like four or five' }, 'painAfter')).toEqual({ event: 'number', value: 5 });
    expect(understand({ type: 'statement', text: 'six out of ten' }, 'painNow')).toEqual({ event: 'number', value: 6 });
    expect(understand({ type: 'statement', text: 'this one is fine' }, 'painNow')).toBeNull();
  });
  it('reads an age and a pain pattern', () => {
    expect(understand({ type: 'statement', text: 'thirty two' }, 'age')).toEqual({ event: 'age', value: 32 });
    expect(understand({ type: 'statement', text: 'when i lift heavy boxes' }, 'pattern')).toEqual({ event: 'pattern', value: 'bending' });
  });
  it('lets a red flag outrank the value', () => {
    expect(understand({ type: 'statement', text: 'a two but my crotch has gone numb' }, 'painNow')).toEqual({ safety: 'redFlag' });
  });
  it('leaves other languages to their intents', () => {
    expect(understand({ type: 'statement', text: 'two', language: 'de' }, 'painNow')).toBeNull();
  });
});
