/**
 * Template properties → node props, one reader per kind. Only literal values are read; a value
 * given by a CloudFormation function (`!Ref`, `!If`, …) or outside the catalog's limits keeps the
 * prop's default and adds a warning, so the imported design is always valid.
 */
import { catalog, type Kind, type PropSpec } from '../catalog/index';

import { isRecord, type Raw } from './values';

export * from './values';

/** A value that is not a plain scalar is (or contains) a CloudFormation function. */
function describe(value: unknown): string {
  if (isRecord(value)) {
    const [key] = Object.keys(value);
    return key ? `a CloudFormation function (${key.replace(/^Fn::/, '')})` : 'an empty object';
  }
  return JSON.stringify(value);
}

/** Whether `value` fits `spec` exactly as the design schema wants it. */
export function fits(spec: PropSpec, value: unknown): boolean {
  switch (spec.type) {
    case 'boolean':
      return typeof value === 'boolean';
    case 'integer':
      return typeof value === 'number' && Number.isInteger(value) && value >= spec.min && value <= spec.max;
    case 'enum':
      return typeof value === 'string' && spec.options.some((o) => o.value === value);
    case 'string':
      return typeof value === 'string' && value.length <= spec.maxLength && (!spec.pattern || new RegExp(spec.pattern).test(value));
    case 'json':
      return true;
  }
}

/** Collects props for one node; values that do not fit become warnings. */
export class PropReader {
  readonly props: Raw = {};
  /** The template value each prop was read from (an expression such as `{ Ref: P }` for a parameter). */
  readonly originals: Raw = {};
  constructor(
    private readonly kind: Kind,
    private readonly logicalId: string,
    private readonly warnings: string[],
  ) {}

  /** Sets `key` from `value` (already converted); `source` names the template property for messages. */
  set(key: string, value: unknown, source: string, original: unknown = value): void {
    const spec = catalog[this.kind].props[key];
    if (original !== undefined) this.originals[key] = original;
    if (!spec || value === undefined) {
      if (original !== undefined && spec) {
        this.warnings.push(`${this.logicalId}.${source} is ${describe(original)}; the default ${JSON.stringify(spec.default)} is used`);
      }
      return;
    }
    if (fits(spec, value)) this.props[key] = value;
    else if (isRecord(original))
      this.warnings.push(`${this.logicalId}.${source} is ${describe(original)}; the default ${JSON.stringify(spec.default)} is used`);
    else
      this.warnings.push(
        `${this.logicalId}.${source} is ${describe(original)}, outside what Stackcanvas models; the default ${JSON.stringify(spec.default)} is used`,
      );
  }
}
