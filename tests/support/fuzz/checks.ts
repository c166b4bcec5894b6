// What every response must look like, as lists of problems (empty = valid), so
// a failing fuzz case reports everything wrong with it at once.
import { XMLValidator } from 'fast-xml-parser';

/** Injected into every user-controlled string; it must never come back in speech or text. */
export const MARKER = 'zzmarker';
export const MARKER_TAG = `<${MARKER}>`;

/** Alexa's limit on outputSpeech, and the longest break it allows. */
export const MAX_SPEECH_CHARS = 8000;
export const MAX_BREAK_SECONDS = 10;

/** Tags our speech may use (Alexa and Google both support these). */
const ALLOWED_TAGS = new Set(['speak', 'break', 'say-as', 'p', 's', 'emphasis', 'prosody', 'sub']);

/** Words that only reach speech through a rendering or error-handling bug. */
const LEAKS: [RegExp, string][] = [
  [/undefined/, 'undefined'],
  [/\bNaN\b/, 'NaN'],
  [/\bnull\b/, 'null'],
  [/\bInfinity\b/, 'Infinity'],
  [/\[object \w+\]/, '[object ...]'],
  [/\bat \S.*\.(ts|js|mjs|cjs):\d/, 'stack trace'],
  [/\.(ts|js|mjs|cjs):\d+:\d+/, 'file:line:col'],
  [/\b(TypeError|ReferenceError|SyntaxError|RangeError|AskSdk)\b/, 'error name'],
];

export function textProblems(text: unknown, where: string): string[] {
  if (typeof text !== 'string') return [`${where}: not a string (${typeof text})`];
  const out: string[] = [];
  for (const [re, name] of LEAKS) if (re.test(text)) out.push(`${where}: contains ${name}: ${excerpt(text, re)}`);
  if (text.toLowerCase().includes(MARKER)) out.push(`${where}: echoes user input (${MARKER}): ${excerpt(text, new RegExp(MARKER, 'i'))}`);
  return out;
}

/** Well-formed, one <speak> root, known tags only, breaks of at most 10 s, and nothing leaked. */
export function ssmlProblems(ssml: unknown, where: string, options: { maxChars?: number } = {}): string[] {
  if (typeof ssml !== 'string') return [`${where}: SSML is not a string (${typeof ssml})`];
  const out: string[] = [];
  const max = options.maxChars ?? MAX_SPEECH_CHARS;
  if (ssml.length > max) out.push(`${where}: ${ssml.length} characters (max ${max})`);
  if (!ssml.startsWith('<speak>') || !ssml.endsWith('</speak>')) out.push(`${where}: not wrapped in <speak>: ${ssml.slice(0, 60)}`);
  const valid = XMLValidator.validate(ssml);
  if (valid !== true) out.push(`${where}: not well-formed XML: ${valid.err.msg} (col ${valid.err.col}) in ${excerptAt(ssml, valid.err.col)}`);
  // One root: XMLValidator alone accepts "<speak></speak><audio/>".
  let depth = 0;
  const tags = [...ssml.matchAll(/<(\/?)([A-Za-z][\w:.-]*)([^>]*?)(\/?)>/g)];
  tags.forEach((m, i) => {
    const [, closing, name, attrs, selfClosing] = m;
    if (!ALLOWED_TAGS.has(name!)) out.push(`${where}: unexpected tag <${name}>`);
    if (i > 0 && depth === 0) out.push(`${where}: content after the <speak> root: <${closing}${name}>`);
    if (name === 'break') {
      const time = /\btime="([^"]*)"/.exec(attrs!)?.[1];
      const seconds = time === undefined ? NaN : /^\d+(\.\d+)?s$/.test(time) ? Number(time.slice(0, -1)) : /^\d+ms$/.test(time) ? Number(time.slice(0, -2)) / 1000 : NaN;
      if (!(seconds >= 0 && seconds <= MAX_BREAK_SECONDS)) out.push(`${where}: break ${time ?? '(no time)'} is not 0 to ${MAX_BREAK_SECONDS} s`);
    }
    if (selfClosing) return;
    depth += closing ? -1 : 1;
  });
  if (depth !== 0) out.push(`${where}: unbalanced tags`);
  const text = ssml.replace(/<[^>]*>/g, ' ');
  out.push(...textProblems(text, `${where} (text)`));
  return out;
}

const excerpt = (text: string, re: RegExp) => {
  const at = text.search(re);
  return JSON.stringify(text.slice(Math.max(0, at - 40), at + 60));
};
const excerptAt = (text: string, col: number) => JSON.stringify(text.slice(Math.max(0, col - 40), col + 40));

const isObject = (v: unknown): v is Record<string, any> => typeof v === 'object' && v !== null && !Array.isArray(v);

export type AlexaExpectation = {
  /** The request type the skill was sent (after mutation), or undefined when it was not a string. */
  requestType: unknown;
};

/** A ResponseEnvelope Alexa accepts. */
export function alexaProblems(envelope: unknown, expectation: AlexaExpectation): string[] {
  if (!isObject(envelope)) return ['envelope is not an object'];
  const out: string[] = [];
  if (envelope.version !== '1.0') out.push(`version is ${JSON.stringify(envelope.version)}`);
  const response = envelope.response;
  if (!isObject(response)) return [...out, 'response is not an object'];
  if (JSON.stringify(response).length > 24 * 1024) out.push('response is over 24 KB');
  const speech = response.outputSpeech;
  const repromptSpeech = isObject(response.reprompt) ? response.reprompt.outputSpeech : undefined;
  for (const [name, s] of [['outputSpeech', speech], ['reprompt', repromptSpeech]] as const) {
    if (s === undefined) continue;
    if (!isObject(s) || s.type !== 'SSML') out.push(`${name} is not SSML: ${JSON.stringify(s).slice(0, 80)}`);
    else out.push(...ssmlProblems(s.ssml, name));
  }
  if (isObject(response.card)) {
    for (const k of ['title', 'content', 'text']) if (response.card[k] !== undefined) out.push(...textProblems(response.card[k], `card.${k}`));
  }
  if (expectation.requestType === 'SessionEndedRequest') {
    if (speech !== undefined || response.reprompt !== undefined) out.push('a SessionEndedRequest got speech');
  }
  // A response that keeps the session open says something and has something to repeat.
  if (speech !== undefined && response.shouldEndSession !== true) {
    if (repromptSpeech === undefined) out.push('an open session has no reprompt');
    if (isObject(speech) && typeof speech.ssml === 'string' && speech.ssml.replace(/<[^>]*>/g, '').trim() === '') out.push('an open session says nothing');
  }
  if (speech !== undefined && response.shouldEndSession === true && response.reprompt !== undefined) out.push('an ending response has a reprompt');
  return out;
}

export interface HttpLike {
  statusCode?: number;
  body?: string;
  headers?: Record<string, unknown>;
}

/** A 200 with a WebhookResponse Dialogflow and the Assistant accept, or a 4xx with a JSON error. */
export function googleProblems(result: HttpLike, options: { mustAnswer: boolean }): string[] {
  const status = result.statusCode ?? 200;
  let body: any;
  try {
    body = JSON.parse(String(result.body));
  } catch {
    return [`status ${status} with a body that is not JSON: ${String(result.body).slice(0, 80)}`];
  }
  if (status >= 400 && status < 500) {
    if (options.mustAnswer) return [`a valid request got ${status}: ${JSON.stringify(body).slice(0, 120)}`];
    if (!isObject(body) || typeof body.error !== 'string') return [`${status} without {error}: ${JSON.stringify(body).slice(0, 80)}`];
    return textProblems(body.error, 'error');
  }
  if (status !== 200) return [`status ${status}: ${JSON.stringify(body).slice(0, 120)}`];
  return webhookResponseProblems(body);
}

export function webhookResponseProblems(body: unknown): string[] {
  if (!isObject(body)) return ['WebhookResponse is not an object'];
  const out: string[] = [];
  out.push(...textProblems(body.fulfillmentText, 'fulfillmentText'));
  const messages = body.fulfillmentMessages;
  if (!Array.isArray(messages)) out.push('fulfillmentMessages is not an array');
  else for (const m of messages) for (const t of m?.text?.text ?? []) out.push(...textProblems(t, 'fulfillmentMessages'));
  const google = isObject(body.payload) ? body.payload.google : undefined;
  if (!isObject(google)) return [...out, 'no payload.google'];
  if (typeof google.expectUserResponse !== 'boolean') out.push('expectUserResponse is not a boolean');
  const items = isObject(google.richResponse) ? google.richResponse.items : undefined;
  if (!Array.isArray(items) || items.length === 0) return [...out, 'no richResponse.items'];
  const simple = items.map((i: any) => i?.simpleResponse).filter(Boolean);
  if (simple.length === 0) out.push('no simpleResponse');
  if (!items[0]?.simpleResponse) out.push('the first rich response item is not a simpleResponse');
  for (const s of simple) {
    out.push(...ssmlProblems(s.textToSpeech, 'textToSpeech'));
    if (s.displayText !== undefined) {
      out.push(...textProblems(s.displayText, 'displayText'));
      if (typeof s.displayText === 'string' && s.displayText.length > 640) out.push(`displayText is ${s.displayText.length} characters (max 640)`);
    }
  }
  for (const p of google.noInputPrompts ?? []) out.push(...ssmlProblems(p?.textToSpeech ?? p?.ssml, 'noInputPrompts'));
  if (google.expectUserResponse === true) {
    const first = simple[0]?.textToSpeech;
    if (typeof first === 'string' && first.replace(/<[^>]*>/g, '').trim() === '') out.push('an open conversation says nothing');
    if (!Array.isArray(google.noInputPrompts) || google.noInputPrompts.length === 0) out.push('an open conversation has no reprompt (noInputPrompts)');
  }
  if (typeof body.fulfillmentText === 'string' && typeof simple[0]?.textToSpeech === 'string' && body.fulfillmentText.trim() === '' && google.expectUserResponse) {
    out.push('fulfillmentText is empty');
  }
  return out;
}
