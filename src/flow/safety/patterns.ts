// The lexicon's word patterns, compiled once and matched against words.
// Overlaps are settled by length: the longest span wins ("fell asleep" over
// "fell", "can not feel the stretch" over "can not feel"), so harmless idioms
// and built-in negations ("can not walk") are whole spans of their own. Every
// concept whose pattern matches the winning span exactly is kept on it.
import type { Pattern } from '../content/safety/types';

interface Slot {
  /** null: any one word. */
  readonly words: ReadonlySet<string> | null;
  readonly optional: boolean;
}

interface Compiled<L> {
  readonly label: L;
  readonly slots: readonly Slot[];
}

export interface Span<L> {
  readonly start: number;
  /** Exclusive. */
  readonly end: number;
  readonly labels: ReadonlySet<L>;
}

export interface Matcher<L> {
  /** Every span that matches at `start`, as end positions per label. */
  readonly byFirstWord: ReadonlyMap<string, readonly Compiled<L>[]>;
  readonly anyFirstWord: readonly Compiled<L>[];
}

/**
 * A top-level group of one-word alternatives ("(does|is|will)") is the same as a slot
 * ("does|is|will"): written as one, it is not multiplied into a pattern per word. Groups
 * inside groups stay groups (their "|" would be read as the outer group's).
 */
function groupsAsSlots(pattern: Pattern): Pattern {
  let depth = 0;
  return pattern
    .trim()
    .split(/\s+/)
    .map((word) => {
      const atTop = depth === 0;
      depth += (word.match(/\(/g)?.length ?? 0) - (word.match(/\)/g)?.length ?? 0);
      return atTop && depth === 0 ? word.replace(/^\(([^()\s|]+(?:\|[^()\s|]+)+)\)(\??)$/, '$1$2') : word;
    })
    .join(' ');
}

/** "(it in|my wee)" groups hold alternatives of several words: expand them into plain patterns. */
export function expandGroups(pattern: Pattern): string[] {
  return expandMultiWordGroups(groupsAsSlots(pattern));
}

function expandMultiWordGroups(pattern: Pattern): string[] {
  const group = /\(([^()]*)\)/.exec(pattern);
  if (!group) return [pattern];
  const before = pattern.slice(0, group.index);
  const after = pattern.slice(group.index + group[0].length);
  return group[1]!.split('|').flatMap((option) => expandMultiWordGroups(`${before}${option}${after}`));
}

function compile<L>(label: L, pattern: Pattern): Compiled<L> {
  const slots = pattern
    .trim()
    .split(/\s+/)
    .map((raw): Slot => {
      const optional = raw.endsWith('?');
      const body = optional ? raw.slice(0, -1) : raw;
      return { words: body === '_' ? null : new Set(body.split('|')), optional };
    });
  return { label, slots };
}

export function buildMatcher<L>(groups: Iterable<readonly [L, readonly Pattern[]]>): Matcher<L> {
  const byFirstWord = new Map<string, Compiled<L>[]>();
  const anyFirstWord: Compiled<L>[] = [];
  for (const [label, patterns] of groups) {
    for (const pattern of patterns.flatMap(expandGroups)) {
      const compiled = compile(label, pattern);
      const first = new Set<string>();
      let wild = false;
      for (const slot of compiled.slots) {
        if (slot.words === null) wild = true;
        else for (const word of slot.words) first.add(word);
        if (!slot.optional) break;
      }
      if (wild) anyFirstWord.push(compiled);
      else
        for (const word of first) {
          const list = byFirstWord.get(word);
          if (list) list.push(compiled);
          else byFirstWord.set(word, [compiled]);
        }
    }
  }
  return { byFirstWord, anyFirstWord };
}

/** End positions (exclusive) where the slots match words from `at`. */
function ends(slots: readonly Slot[], words: readonly string[], at: number, slot = 0, out: number[] = []): number[] {
  if (slot === slots.length) {
    if (at > 0) out.push(at);
    return out;
  }
  const current = slots[slot]!;
  if (current.optional) ends(slots, words, at, slot + 1, out);
  const word = words[at];
  if (word !== undefined && (current.words === null || current.words.has(word))) ends(slots, words, at + 1, slot + 1, out);
  return out;
}

/** Every (start, end) -> labels that match, before overlaps are settled. */
export function allMatches<L>(matcher: Matcher<L>, words: readonly string[]): Map<string, { start: number; end: number; labels: Set<L> }> {
  const found = new Map<string, { start: number; end: number; labels: Set<L> }>();
  for (let start = 0; start < words.length; start++) {
    const candidates = [...(matcher.byFirstWord.get(words[start]!) ?? []), ...matcher.anyFirstWord];
    for (const compiled of candidates) {
      for (const end of ends(compiled.slots, words, start)) {
        if (end <= start) continue;
        const key = `${start}:${end}`;
        const entry = found.get(key);
        if (entry) entry.labels.add(compiled.label);
        else found.set(key, { start, end, labels: new Set([compiled.label]) });
      }
    }
  }
  return found;
}

/** The non-overlapping spans: longest first, then leftmost. Sorted by position. */
export function findSpans<L>(matcher: Matcher<L>, words: readonly string[]): Span<L>[] {
  const candidates = [...allMatches(matcher, words).values()].sort(
    (a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start,
  );
  const taken = new Array<boolean>(words.length).fill(false);
  const chosen: Span<L>[] = [];
  for (const candidate of candidates) {
    let free = true;
    for (let i = candidate.start; i < candidate.end; i++) if (taken[i]) free = false;
    if (!free) continue;
    for (let i = candidate.start; i < candidate.end; i++) taken[i] = true;
    chosen.push(candidate);
  }
  return chosen.sort((a, b) => a.start - b.start);
}
