// Generic, seeded, shrinkable mutation of JSON-like requests: nasty values,
// and "put this value at the n-th path of the object" (or delete it there).
import fc from 'fast-check';
import { MARKER, MARKER_TAG } from './checks';

/** Seeds: fixed so CI is reproducible; FUZZ_SEED explores others (fast-check prints the seed of a failure). */
export const seedFor = (offset: number): number => {
  const env = Number(process.env.FUZZ_SEED);
  return (Number.isFinite(env) ? env : 20261128) + offset;
};
/** FUZZ_SCALE=10 runs ten times as many cases (for a longer local hunt). */
export const runs = (n: number): number => Math.max(1, Math.round(n * (Number(process.env.FUZZ_SCALE) || 1)));

/** A value one time in `oneIn`, else null (fc.option's freq is the other way round: null one time in freq). */
export const rarely = <T>(arb: fc.Arbitrary<T>, oneIn: number): fc.Arbitrary<T | null> =>
  fc.oneof({ weight: oneIn - 1, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: arb });

/** Strings a user (or an attacker) could get into a slot, a parameter or an id. */
export const nastyString: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(
    MARKER_TAG,
    `${MARKER_TAG}3`,
    `</speak><audio src="https://x/${MARKER}.mp3"/><speak>`,
    `<speak>${MARKER}</speak>`,
    `"${MARKER}' & <b>`,
    `&${MARKER};`,
    `&amp;${MARKER}`,
    `${MARKER}]]><!--`,
    `<break time="99s"/>${MARKER}`,
    `\${${MARKER}}`,
    '',
    ' ',
    '3.5',
    '-1',
    '11',
    '1e308',
    '-1e308',
    'NaN',
    'Infinity',
    '0x5',
    '٣',
    'three',
    '7.0',
    '   4   ',
    '\u0000',
    '\uD800',
    '\u202E' + MARKER,
    '😀' + MARKER,
    'null',
    'undefined',
    '__proto__',
    'constructor',
    'toString',
  ) },
  { weight: 2, arbitrary: fc.string({ maxLength: 20 }).map((s) => s + MARKER_TAG) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 20 }).map((s) => `${MARKER}${s}`) },
  // Huge: Alexa caps slot values, but a webhook body can carry anything.
  { weight: 1, arbitrary: fc.nat({ max: 100_000 }).map((n) => `${MARKER_TAG}${'x'.repeat(n)}`) },
);

/** Any value in the wrong place: wrong types, out of range numbers, nasty strings. */
export const nastyValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: nastyString },
  {
    weight: 3,
    arbitrary: fc.constantFrom<unknown>(null, true, false, 0, -1, 11, 3.5, 1e308, -1e308, NaN, Infinity, -0, Number.MAX_SAFE_INTEGER + 2, [], {}, [MARKER_TAG], { [MARKER]: MARKER_TAG }),
  },
  { weight: 1, arbitrary: fc.integer() },
  { weight: 1, arbitrary: fc.double() },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }) },
);

export type Path = (string | number)[];

/** Every path in a JSON-like value, parents before children, in a stable order. */
export function pathsOf(value: unknown, prefix: Path = [], out: Path[] = []): Path[] {
  if (prefix.length > 0) out.push(prefix);
  if (Array.isArray(value)) value.forEach((v, i) => pathsOf(v, [...prefix, i], out));
  else if (value !== null && typeof value === 'object') for (const k of Object.keys(value)) pathsOf((value as Record<string, unknown>)[k], [...prefix, k], out);
  return out;
}

export type Mutation =
  | { kind: 'set'; at: number; value: unknown }
  | { kind: 'delete'; at: number }
  /** Adds a key next to an existing one (unknown fields must be ignored). */
  | { kind: 'add'; at: number; key: string; value: unknown };

export const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ kind: fc.constant('set' as const), at: fc.nat(), value: nastyValue }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('add' as const), at: fc.nat(), key: fc.oneof(fc.constantFrom('__proto__', 'constructor', 'result', 'lifespan', MARKER), fc.string({ maxLength: 8 })), value: nastyValue }) },
);

/** Applies mutations to a deep copy; `at` picks a path modulo the number of paths (optionally limited to a subtree). */
export function mutate<T>(value: T, mutations: readonly Mutation[], filter: (path: Path) => boolean = () => true): T {
  let out = structuredClone(value) as unknown;
  for (const m of mutations) {
    const paths = pathsOf(out).filter(filter);
    if (paths.length === 0) break;
    const path = paths[m.at % paths.length]!;
    out = applyAt(out, path, m);
  }
  return out as T;
}

function applyAt(root: unknown, path: Path, m: Mutation): unknown {
  const parentPath = path.slice(0, -1);
  const key = path[path.length - 1]!;
  const parent = parentPath.reduce<any>((node, k) => node?.[k], root);
  if (parent === null || typeof parent !== 'object') return root;
  // Values are copied: constants like {} are shared by every run and must not collect mutations.
  if (m.kind === 'set') parent[key] = structuredClone(m.value);
  else if (m.kind === 'delete') {
    if (Array.isArray(parent)) parent.splice(Number(key), 1);
    else delete parent[key];
  } else if (!Array.isArray(parent)) {
    // defineProperty, so "__proto__" becomes an own key like JSON.parse makes it.
    Object.defineProperty(parent, m.key, { value: structuredClone(m.value), enumerable: true, writable: true, configurable: true });
  }
  return root;
}
