// One normal form for user text and samples: lowercase words separated by single
// spaces. Apostrophes are dropped so "I'm" and "Im" meet.
export function normalize(text: string): string {
  return text
    .toLowerCase()
    .replace(/['’‘`]/g, '')
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
