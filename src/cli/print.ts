// How assistant turns look in a terminal: plain text, pauses as "[pause 3s]";
// with --realtime the pauses are really waited out.
import { setTimeout as sleep } from 'node:timers/promises';
import { ssmlToText } from '../render/ssml';

export async function printTurn(ssml: string, options: { prefix: string; realtime: boolean; write: (s: string) => void }): Promise<void> {
  const text = ssmlToText(ssml, 'show');
  if (!options.realtime) {
    options.write(`${options.prefix}${text}\n`);
    return;
  }
  // Speak the text piece by piece, waiting out each pause.
  options.write(options.prefix);
  for (const piece of text.split(/(\[pause \d+(?:\.\d+)?s\])/)) {
    const pause = /^\[pause (\d+(?:\.\d+)?)s\]$/.exec(piece);
    if (pause) await sleep(Number(pause[1]) * 1000);
    else options.write(piece);
  }
  options.write('\n');
}
