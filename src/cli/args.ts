// Command-line options of `npm start`.
import { parseArgs } from 'node:util';

export interface CliOptions {
  platform: 'alexa' | 'google';
  locale: string;
  realtime: boolean;
  save: boolean;
  dataFile: string;
  /** Print what an Echo Show would show under each spoken line. */
  screen: boolean;
}

export function parseCliArgs(argv: string[]): CliOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      platform: { type: 'string', default: 'alexa' },
      locale: { type: 'string', default: 'en-US' },
      realtime: { type: 'boolean', default: false },
      'no-save': { type: 'boolean', default: false },
      data: { type: 'string', default: '.data/progress.json' },
      screen: { type: 'boolean', default: false },
    },
    strict: true,
  });
  const platform = values.platform === 'google' ? 'google' : 'alexa';
  return { platform, locale: values.locale!, realtime: values.realtime!, save: !values['no-save'], dataFile: values.data!, screen: values.screen! };
}
