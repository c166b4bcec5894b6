// JSON values <-> DynamoDB's wire format (AttributeValue), for the one kind of
// item this store writes: a JSON document. Writing takes JSON only; reading
// takes anything DynamoDB can hold, because a stored item may be corrupt or
// written by someone else: what is not JSON comes back as a value that
// parseProgress() rejects (a Set, bytes, an exact big number), never a throw.

export type AttributeValue =
  | { S: string }
  | { N: string }
  | { BOOL: boolean }
  | { NULL: true }
  | { M: Record<string, AttributeValue> }
  | { L: AttributeValue[] }
  | { SS: string[] }
  | { NS: string[] }
  | { B: string }
  | { BS: string[] };

export type Item = Record<string, AttributeValue>;

/**
 * A stored number JavaScript cannot hold exactly (more than 15 or so digits).
 * Kept as DynamoDB's decimal string: corrupt to parseProgress, yet comparable
 * in a condition (a record must be replaceable only while it is still the one seen).
 */
export class ExactNumber {
  constructor(readonly value: string) {}
}

/** A JSON value as an AttributeValue. Like JSON.stringify: undefined object fields are left out, undefined in a list is null. */
export function toAttribute(value: unknown): AttributeValue {
  if (value === null || value === undefined) return { NULL: true };
  switch (typeof value) {
    case 'string':
      return { S: value };
    case 'boolean':
      return { BOOL: value };
    case 'number':
      if (!Number.isFinite(value)) throw new TypeError(`cannot store the number ${value}`);
      return { N: String(value) };
    case 'object':
      if (value instanceof ExactNumber) return { N: value.value };
      if (Array.isArray(value)) return { L: value.map(toAttribute) };
      return { M: toItem(value as Record<string, unknown>) };
    default:
      throw new TypeError(`cannot store a ${typeof value}`);
  }
}

export function toItem(record: Record<string, unknown>): Item {
  const item: Item = {};
  for (const [key, value] of Object.entries(record)) if (value !== undefined) item[key] = toAttribute(value);
  return item;
}

const numberOf = (n: string): number | ExactNumber => (String(Number(n)) === n ? Number(n) : new ExactNumber(n));

export function fromAttribute(attr: AttributeValue): unknown {
  if ('S' in attr) return attr.S;
  if ('N' in attr) return numberOf(attr.N);
  if ('BOOL' in attr) return attr.BOOL;
  if ('NULL' in attr) return null;
  if ('M' in attr) return fromItem(attr.M);
  if ('L' in attr) return attr.L.map(fromAttribute);
  if ('SS' in attr) return new Set(attr.SS);
  if ('NS' in attr) return new Set(attr.NS.map(numberOf));
  if ('B' in attr) return Buffer.from(attr.B, 'base64');
  if ('BS' in attr) return new Set(attr.BS.map((b) => Buffer.from(b, 'base64')));
  return undefined; // a type newer than this code: reads as absent
}

export function fromItem(item: Item): Record<string, unknown> {
  // A Map-like plain object without a prototype: a key like "__proto__" stays an ordinary field.
  const record: Record<string, unknown> = Object.create(null);
  for (const [key, attr] of Object.entries(item)) record[key] = fromAttribute(attr);
  return record;
}
