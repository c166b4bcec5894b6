// Six-word runs ("shingles") of a text, normalized, and their short hashes.
// The repo keeps only the hashes of the source article's runs, never its text.
import { createHash } from 'node:crypto';

export const RUN = 6;

/** Lowercase, straight quotes, no markup or punctuation, single spaces. */
export function normalize(text: string): string {
  return text
    .replace(/<[^>]*>/g, ' ')
    .toLowerCase()
    .replace(/[\u2018\u2019\u201A\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033]/g, '"')
    .replace(/'/g, '')
    .replace(/[^a-z0-9\s]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export function runs(text: string, n = RUN): string[] {
  const words = normalize(text).split(' ').filter(Boolean);
  const out: string[] = [];
  for (let i = 0; i + n <= words.length; i++) out.push(words.slice(i, i + n).join(' '));
  return out;
}

export const hashRun = (run: string): string => createHash('sha256').update(run).digest('hex').slice(0, 16);

export const ARTICLE_FINGERPRINT = 'tests/fixtures/article-runs.json';
