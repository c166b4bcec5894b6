// SSML helpers: escaping (the one place it happens) and turning SSML back
// into plain text for displays, logs and the terminal.

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

export const escapeSsml = (text: string): string => text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

const UNESCAPES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&apos;': "'" };

/** Plain text of an SSML string. Pauses become "[pause 3s]" when shown, or vanish. */
export function ssmlToText(ssml: string, pauses: 'show' | 'drop' = 'drop'): string {
  return ssml
    .replace(/<break time="(\d+(?:\.\d+)?)s"\s*\/>/g, (_, s: string) => (pauses === 'show' ? ` [pause ${s}s] ` : ' '))
    .replace(/<[^>]+>/g, '')
    .replace(/&(amp|lt|gt|quot|apos);/g, (e) => UNESCAPES[e]!)
    .replace(/\s+/g, ' ')
    .replace(/\s+([.,?!])/g, '$1')
    .trim();
}

/** Total seconds of breaks in an SSML string (for budgets and tests). */
export const breakSeconds = (ssml: string): number[] =>
  [...ssml.matchAll(/<break time="(\d+(?:\.\d+)?)s"\s*\/>/g)].map((m) => Number(m[1]));
