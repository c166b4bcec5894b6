// Writes tests/fixtures/article-runs.json: hashes of every six-word run of the
// source article (../shared/content/seed-article.txt), so the "no copied
// wording" test runs anywhere without the article's text in this repo.
// Run it again only if the article changes: `npx tsx scripts/article-fingerprint.ts`.
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ARTICLE_FINGERPRINT, hashRun, runs } from '../tests/support/shingles';

const root = resolve(__dirname, '..');
const article = readFileSync(resolve(root, '../shared/content/seed-article.txt'), 'utf8');
const hashes = [...new Set(runs(article).map(hashRun))].sort();
writeFileSync(resolve(root, ARTICLE_FINGERPRINT), `${JSON.stringify({ run: 6, hashes }, null, 0)}\n`);
console.log(`${hashes.length} run hashes written to ${ARTICLE_FINGERPRINT}`);
