// The screen of a turn as Dialogflow rich responses: a BasicCard and
// suggestion chips in the Assistant payload (actions-on-google's own
// classes), and, for every other integration, Dialogflow's generic `card` and
// `quickReplies` messages next to the text. The text message always comes
// first and is unchanged, so text-only integrations lose nothing.
import { BasicCard } from 'actions-on-google/dist/service/actionssdk/conversation/response/card/basic';
import { Suggestions } from 'actions-on-google/dist/service/actionssdk/conversation/response/suggestion';
import type { Screen } from '../../render/screens/model';

/** The Assistant shows at most 8 chips of at most 25 characters. */
const MAX_CHIPS = 8;
const MAX_CHIP_LENGTH = 25;

/** The card's body: the headline, then any short lines (steps, plan, stats). */
function cardText(screen: Screen): string {
  const scale = screen.kind === 'painScale' ? [`0 ${screen.scaleEnds.low} · 10 ${screen.scaleEnds.high}`] : [];
  const big = screen.bigNumber ? [`**${screen.bigNumber}**`] : [];
  return [...big, screen.headline, ...screen.lines.map((l) => `- ${l}`), ...scale].filter(Boolean).join('  \n');
}

export function chipsOf(screen: Screen): string[] {
  return screen.buttons.map((b) => b.label).filter((l) => l.length <= MAX_CHIP_LENGTH).slice(0, MAX_CHIPS);
}

/** The Assistant's rich items for this screen; no chips once the session ends (the Assistant rejects them). */
export function assistantRich(screen: Screen, end: boolean): (BasicCard | Suggestions)[] {
  const card = new BasicCard({ title: screen.title, ...(screen.detail ? { subtitle: screen.detail } : {}), text: cardText(screen) });
  const chips = end ? [] : chipsOf(screen);
  return chips.length ? [card, new Suggestions(chips)] : [card];
}

type JsonObject = Record<string, unknown>;
const isObject = (v: unknown): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Dialogflow's generic card and quick replies, read back from the Assistant payload's card and chips. */
export function genericRichMessages(google: JsonObject): JsonObject[] {
  const rich = isObject(google.richResponse) ? google.richResponse : {};
  const items = Array.isArray(rich.items) ? rich.items.filter(isObject) : [];
  const card = items.map((i) => (isObject(i.basicCard) ? i.basicCard : null)).find(Boolean);
  const chips = (Array.isArray(rich.suggestions) ? rich.suggestions : []).map((s) => (isObject(s) && typeof s.title === 'string' ? s.title : null)).filter((s): s is string => s !== null);
  const out: JsonObject[] = [];
  if (card) {
    const text = typeof card.formattedText === 'string' ? card.formattedText.replace(/\*\*/g, '').replace(/ {2}\n/g, '\n') : '';
    out.push({ card: { title: typeof card.title === 'string' ? card.title : '', subtitle: [typeof card.subtitle === 'string' ? card.subtitle : '', text].filter(Boolean).join('\n') } });
  }
  if (chips.length) out.push({ quickReplies: { title: card && typeof card.title === 'string' ? card.title : '', quickReplies: chips } });
  return out;
}
