/**
 * The least a value must be for `diffTemplates` to mean anything: a mapping with a Resources
 * mapping whose entries are resources with a string Type (or `Fn::ForEach::` entries).
 */
import { isRecord } from './values';

/** A one-line problem with `value` as a template, or undefined when it is usable. */
export function checkTemplate(value: unknown): string | undefined {
  if (!isRecord(value)) return 'expected a CloudFormation template (a mapping with Resources)';
  const resources = value['Resources'];
  if (resources === undefined) return 'this is not a CloudFormation template: it has no Resources section';
  if (!isRecord(resources)) return 'Resources must be a mapping of logical ids to resources';
  for (const [id, resource] of Object.entries(resources)) {
    if (id.startsWith('Fn::ForEach::')) continue;
    if (!isRecord(resource)) return `Resources.${id} must be a mapping with a Type`;
    if (typeof resource['Type'] !== 'string' || !resource['Type']) return `Resources.${id}.Type must be a resource type such as AWS::S3::Bucket`;
  }
  return undefined;
}
