// The terminal conversation loop, the same for every platform: read a line,
// send it, print the assistant's turn, stop when the skill ends the session.
import { createInterface } from 'node:readline';
import { printTurn } from './print';

export interface ChatTurn {
  ssml: string;
  ended: boolean;
  /** With --screen: the text rendering of the turn's screen. */
  screen?: string | null;
}

export interface ChatClient {
  launch(): Promise<ChatTurn>;
  say(line: string): Promise<ChatTurn>;
  /** The user left without the skill ending the session (end of input, Ctrl-D). */
  hangUp(): Promise<void>;
}

const LAUNCH_PHRASE = /^(alexa,? )?(open|start|launch|talk to|ask|hey) hip ?coach\.?$/i;

export async function chat(client: ChatClient, options: { realtime: boolean; interactive: boolean; heard?: (ssml: string) => void }): Promise<void> {
  const write = (s: string) => process.stdout.write(s);
  const prefix = options.interactive ? 'Coach: ' : 'A: ';
  // In a terminal, readline echoes what is typed and shows the prompt; piped, it only reads lines.
  const lines = options.interactive
    ? createInterface({ input: process.stdin, output: process.stdout, terminal: true, prompt: 'You: ' })
    : createInterface({ input: process.stdin, terminal: false });
  let started = false;
  let ended = false;
  if (options.interactive) {
    write('Hip Coach in your terminal. Press Enter (or type "open hip coach") to start; Ctrl-D to quit.\n');
    lines.prompt();
  }
  for await (const raw of lines) {
    const line = raw.trim();
    const turn = !started && (line === '' || LAUNCH_PHRASE.test(line)) ? await client.launch() : await client.say(line);
    started = true;
    await printTurn(turn.ssml, { prefix, realtime: options.realtime, write });
    options.heard?.(turn.ssml);
    if (turn.screen) write(`${turn.screen}\n`);
    if (turn.ended) {
      ended = true;
      break;
    }
    if (options.interactive) lines.prompt();
  }
  lines.close();
  if (started && !ended) await client.hangUp();
}
