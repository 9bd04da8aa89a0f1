/**
 * CloudFormation YAML: the short-form intrinsic function tags (`!Ref`, `!GetAtt`, `!Sub`, …) as
 * real js-yaml custom types, for both dumping and loading. In memory every intrinsic is its long
 * form (`{ "Fn::Sub": … }`, `{ "Ref": … }`), so JSON and YAML are two views of one object.
 * Loading uses js-yaml 4's safe schema plus these tags: no arbitrary JavaScript types.
 */
import yaml from 'js-yaml';

type Kind = 'scalar' | 'sequence' | 'mapping';

/** Short tag → long-form key, and the YAML node kinds the tag may decorate. */
const INTRINSICS: readonly (readonly [tag: string, key: string, kinds: readonly Kind[]])[] = [
  ['Ref', 'Ref', ['scalar']],
  ['GetAtt', 'Fn::GetAtt', ['scalar', 'sequence']],
  ['Sub', 'Fn::Sub', ['scalar', 'sequence']],
  ['Join', 'Fn::Join', ['sequence']],
  ['Select', 'Fn::Select', ['sequence']],
  ['Split', 'Fn::Split', ['sequence']],
  ['GetAZs', 'Fn::GetAZs', ['scalar', 'mapping']],
  ['If', 'Fn::If', ['sequence']],
  ['Equals', 'Fn::Equals', ['sequence']],
  ['Not', 'Fn::Not', ['sequence']],
  ['And', 'Fn::And', ['sequence']],
  ['Or', 'Fn::Or', ['sequence']],
  ['FindInMap', 'Fn::FindInMap', ['sequence']],
  ['Base64', 'Fn::Base64', ['scalar', 'mapping']],
  ['Cidr', 'Fn::Cidr', ['sequence']],
  ['ImportValue', 'Fn::ImportValue', ['scalar', 'mapping']],
  ['Transform', 'Fn::Transform', ['mapping']],
  ['ToJsonString', 'Fn::ToJsonString', ['mapping', 'sequence']],
  ['Length', 'Fn::Length', ['sequence', 'mapping']],
  ['Condition', 'Condition', ['scalar']],
];

/** Long-form keys of the intrinsic functions (for walkers that look for references). */
export const INTRINSIC_KEYS: ReadonlySet<string> = new Set(INTRINSICS.map(([, key]) => key));

function isSingleKey(value: unknown, key: string): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  return keys.length === 1 && keys[0] === key;
}

function isIntrinsic(value: unknown): boolean {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  return keys.length === 1 && INTRINSICS.some(([, key]) => key === keys[0]);
}

function makeTypes(): yaml.Type[] {
  const types: yaml.Type[] = [];
  for (const [tag, key, kinds] of INTRINSICS) {
    kinds.forEach((kind, i) => {
      types.push(
        new yaml.Type(`!${tag}`, {
          kind,
          construct: (data: unknown) => {
            if (tag === 'GetAtt' && typeof data === 'string') {
              const dot = data.indexOf('.');
              return { [key]: dot < 0 ? [data] : [data.slice(0, dot), data.slice(dot + 1)] };
            }
            return { [key]: data ?? '' };
          },
          // Only the first type of a tag dumps; `Condition` is never dumped as a tag because a
          // one-key `{ Condition: … }` mapping is also plain data (a resource attribute).
          ...(i === 0 && tag !== 'Condition'
            ? {
                // A YAML node has one tag: around another intrinsic (`Fn::Base64` of an `Fn::Sub`) the
                // outer function keeps its long form, so the inner one can be short (`Fn::Base64: !Sub |`).
                predicate: (value: unknown) => isSingleKey(value, key) && !isIntrinsic((value as Record<string, unknown>)[key]),
                represent: (value: object) => {
                  const inner = (value as Record<string, unknown>)[key];
                  if (tag === 'GetAtt' && Array.isArray(inner) && inner.length === 2 && inner.every((p) => typeof p === 'string')) {
                    return `${inner[0]}.${inner[1]}`;
                  }
                  return inner as object;
                },
              }
            : {}),
        }),
      );
    });
  }
  return types;
}

/** The js-yaml schema for CloudFormation: YAML 1.2 core types + the intrinsic function tags. */
export const CFN_SCHEMA = yaml.DEFAULT_SCHEMA.extend(makeTypes());

/** Template object → YAML with short-form tags. Deterministic: keys are written in insertion order. */
export function dumpCfnYaml(template: unknown): string {
  return yaml.dump(template, { schema: CFN_SCHEMA, lineWidth: -1, noRefs: true, quotingType: '"', sortKeys: false });
}

/**
 * YAML text (short-form tags allowed) → plain object with long-form intrinsics. Throws js-yaml's
 * `YAMLException` on malformed input; callers turn it into their own typed error and bound the
 * input size and alias expansion themselves.
 */
export function loadCfnYaml(text: string): unknown {
  return yaml.load(text, { schema: CFN_SCHEMA });
}
