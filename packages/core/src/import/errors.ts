/**
 * The importer's typed error. Importing never throws: every failure comes back as an
 * `ImportError` value with a `code` a program can test and a one-line `message` for people.
 */
import { coreMessage, renderMessage, type CoreMessage, type MessageCode, type MessageParam } from '../errors/catalogue';

export type ImportErrorCode =
  /** More than `MAX_IMPORT_BYTES` of text. */
  | 'too-large'
  /** Not parseable as JSON or YAML. */
  | 'malformed'
  /** YAML aliases that would expand past the node budget ("billion laughs"). */
  | 'alias-bomb'
  /** `__proto__`, `constructor` or `prototype` keys, or nesting deeper than `MAX_DEPTH`. */
  | 'unsafe'
  /** Parsed, but neither a CloudFormation template nor a Stackcanvas design. */
  | 'not-a-template'
  /** A template whose Resources section is not usable (missing, empty, wrong types). */
  | 'invalid-template'
  /** A `*.stackcanvas.json` design that `parseDesign` refuses. */
  | 'invalid-design';

export interface ImportError {
  readonly code: ImportErrorCode;
  /** One line in English: what was received and what to do. */
  readonly message: string;
  /** The catalogue entry (`errors/catalogue.ts`): its stable code, parameters, English and Korean text. */
  readonly detail: CoreMessage;
  /** JSON path of the problem when there is one, e.g. `$.Resources.Table.Type`. */
  readonly path?: string;
}

export type ImportResult<T> =
  { readonly ok: true; readonly value: T; readonly warnings: readonly string[] } | { readonly ok: false; readonly error: ImportError };

/**
 * A refusal: the kind of problem (`code`), and the catalogue entry saying exactly what (stable
 * code, parameters, English and Korean text); `message` is its English line.
 */
export function importError(
  code: ImportErrorCode,
  entry: MessageCode,
  params: Readonly<Record<string, MessageParam>> = {},
  path?: string,
): { ok: false; error: ImportError } {
  const detail = coreMessage(entry, params);
  return { ok: false, error: { code, message: renderMessage(detail, 'en'), detail, ...(path !== undefined ? { path } : {}) } };
}
