// Small per-locale additions on top of the shared English samples: local words
// for the body ("butt", "bum"), and phrasings common in one locale.
import type { Locale } from '../speech/types';

export type LocaleExtras = Partial<Record<string, readonly string[]>>;

/** English markets only: other languages have their own words (intents/lang/). */
export const LOCALE_EXTRAS: Partial<Record<Locale, LocaleExtras>> = {
  'en-US': {
    RedFlagIntent: ["i can't feel my butt", 'my butt is numb', 'my butt is tingling'],
  },
  'en-GB': {
    RedFlagIntent: ["i can't feel my bum", 'my bum is numb', 'my bum is tingling', "i can't wee"],
    UrgentFlagIntent: ["i've got a temperature", 'i feel poorly'],
    'AMAZON.PauseIntent': ['hang about'],
    'AMAZON.StartOverIntent': ['restart the programme'],
  },
  'en-CA': {
    RedFlagIntent: ["i can't feel my bum", 'my bum is numb', 'my bum is tingling'],
  },
  'en-AU': {
    RedFlagIntent: ["i can't feel my bum", 'my bum is numb', 'my bum is tingling', "i can't wee"],
    UrgentFlagIntent: ["i've got a temperature", 'i feel crook'],
    // "yeah nah" means no and "nah yeah" means yes.
    'AMAZON.NoIntent': ['yeah nah'],
    'AMAZON.YesIntent': ['nah yeah'],
  },
  'en-IN': {
    NotSureIntent: ['i am not sure'],
    RedFlagIntent: ['i am having chest pain', 'i am not able to walk'],
    UrgentFlagIntent: ['i am having fever', 'i have fever'],
    'AMAZON.RepeatIntent': ['kindly repeat', 'please repeat'],
    'AMAZON.PauseIntent': ['one minute'],
    ProgressIntent: ['what is my progress'],
  },
};
