/** Reading plain template values (no catalog: kinds' importers use these without an import cycle). */

export type Raw = Record<string, unknown>;

export function isRecord(value: unknown): value is Raw {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

export function rec(value: unknown): Raw {
  return isRecord(value) ? value : {};
}

export function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

/** A number from a literal number or numeric string ("1" in many templates), else undefined. */
export function num(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string' && /^-?\d+(\.\d+)?$/.test(value.trim())) return Number(value);
  return undefined;
}

export function bool(value: unknown): boolean | undefined {
  if (typeof value === 'boolean') return value;
  if (value === 'true' || value === 'false') return value === 'true';
  return undefined;
}

/** The value of a `Key`/`Value` pair in a list (load-balancer and target-group attributes, tags). */
export function keyValue(entries: unknown, key: string): unknown {
  for (const a of list(entries)) if (rec(a)['Key'] === key) return rec(a)['Value'];
  return undefined;
}
