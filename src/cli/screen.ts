// `npm start -- --screen`: what an Echo Show would show, as a few lines of
// text under the spoken line, read from the response's own APL directive.
import type { ResponseEnvelope } from 'ask-sdk-model';
import type { Screen } from '../render/screens/model';

interface Directive {
  type: string;
  datasources?: { screen?: Screen };
  commands?: { commands?: { type: string; property?: string; value?: unknown; delay?: number }[] }[];
}

/** One line per part of the screen, indented under the coach's words. */
export function screenText(screen: Screen, timed: string | null = null): string {
  const out = [`[${screen.document}] ${screen.title}${screen.tone !== 'calm' ? ` (${screen.tone})` : ''}`];
  if (screen.bigNumber) out.push(`${screen.detail} ${screen.bigNumber}`);
  out.push(screen.headline);
  if (screen.detail && !screen.bigNumber) out.push(screen.detail);
  for (const line of screen.lines) out.push(`• ${line}`);
  if (screen.illustration) out.push(`✎ ${screen.illustration}`);
  const c = screen.counter;
  if (c.set || c.side || c.value) out.push([c.set, c.side, `${c.caption} ${c.value}`.trim()].filter(Boolean).join(' · '));
  if (timed) out.push(timed);
  if (screen.chart) out.push(`${c.caption}: ${screen.chart}`);
  if (screen.scale.length) out.push(`${screen.scaleEnds.low} ${screen.scale.map((s) => `[${s.label}]`).join('')} ${screen.scaleEnds.high}`);
  if (screen.buttons.length) out.push(screen.buttons.map((b) => `[${b.label}]`).join(' '));
  return out.map((l) => `    │ ${l}`).join('\n');
}

/** The counter's timed changes, in symbols (no words of ours in src/): "⏱ 10 × #, 35 s, 20 s → next". */
function timedSummary(directives: Directive[]): string | null {
  const steps = directives.find((d) => d.type === 'Alexa.Presentation.APL.ExecuteCommands')?.commands?.[0]?.commands ?? [];
  if (!steps.length) return null;
  const counts = steps.filter((s) => s.property === 'count' && s.value !== '0').length;
  const countdowns = steps.filter((s) => s.property === 'span').map((s) => `${Math.round(Number(s.value) / 1000)} s`);
  const auto = steps.some((s) => s.type === 'SendEvent');
  return `⏱ ${[...(counts ? [`${counts} × #`] : []), ...countdowns].join(', ')}${auto ? ' → next' : ''}`;
}

/** The screen of an Alexa response, or null when it carries none. */
export function screenOfResponse(envelope: ResponseEnvelope): string | null {
  const directives = (envelope.response.directives ?? []) as Directive[];
  const screen = directives.find((d) => d.type === 'Alexa.Presentation.APL.RenderDocument')?.datasources?.screen;
  return screen ? screenText(screen, timedSummary(directives)) : null;
}
