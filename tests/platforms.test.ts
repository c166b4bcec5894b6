// One scenario table, both platforms: the same lines must give the same cue
// sequence and the same words on Alexa and on Dialogflow.
import { describe, expect, it } from 'vitest';
import { alexaHarness } from './support/alexa';
import { googleHarness } from './support/google';
import { SCENARIOS } from './support/scenarios';

const cueLog = (lines: { event: string; data: Record<string, unknown> }[]) => lines.filter((l) => l.event === 'turn').map((l) => l.data.cues);

describe('the same conversation on Alexa and on Google', () => {
  for (const scenario of SCENARIOS) {
    it(scenario.name, async () => {
      const alexa = alexaHarness({ locale: scenario.locale ?? 'en-US' });
      const google = googleHarness({ languageCode: scenario.locale ?? 'en-US' });
      for (const line of scenario.lines) {
        const a = await alexa.user(line);
        const g = await google.user(line);
        expect(g, `after "${line}"`).toBe(a);
        expect(google.last.ended, `ended after "${line}"`).toBe(alexa.last.ended);
        if (alexa.last.ended) break;
      }
      expect(alexa.last.ended).toBe(scenario.last.ended);
      expect(await Promise.resolve(google.last.text)).toMatch(scenario.last.says);
      const alexaCues = cueLog(alexa.logger.lines);
      expect(alexaCues.length).toBeGreaterThan(1);
      expect(cueLog(google.logger.lines)).toEqual(alexaCues);
    });
  }
});
