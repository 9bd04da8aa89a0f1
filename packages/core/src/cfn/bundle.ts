/**
 * The download of a design with a us-east-1 companion stack: one zip holding both templates and
 * a README with the deploy order (the companion first, in us-east-1; then the main stack, in any
 * Region, with the companion's outputs as its parameters). Entry times are fixed, so equal
 * designs give equal bytes.
 */
import { strToU8, zipSync } from 'fflate';
import type { CfnTemplate } from './context';
import type { CfnStacks } from './stacks';
import { cfnTemplateText } from './template';

/** The companion's outputs that the main stack takes as parameters (same names). */
function passedParameters(main: CfnTemplate, companion: CfnTemplate): string[] {
  const outputs = Object.keys(companion.Outputs ?? {});
  return Object.keys(main.Parameters ?? {})
    .filter((p) => outputs.includes(p))
    .sort();
}

/** The README of the bundle: what each file is and the commands, in order. */
export function stacksReadme(base: string, stacks: CfnStacks, format: 'yaml' | 'json'): string {
  const main = `${base}.template.${format}`;
  const companion = `${base}.template.us-east-1.${format}`;
  const params = stacks.usEast1 ? passedParameters(stacks.main.template, stacks.usEast1.template) : [];
  const stack = base.replace(/[^A-Za-z0-9-]+/g, '-').replace(/^-+|-+$/g, '') || 'stack';
  const lines = [
    `# ${base}: CloudFormation stacks`,
    '',
    `- \`${main}\`: the main stack, deployable in any Region (set \`EnvironmentName\` to dev, stage or prod).`,
    ...(stacks.usEast1
      ? [`- \`${companion}\`: the resources AWS creates only in us-east-1 (a web ACL for CloudFront). Deploy it first, in us-east-1, one per environment.`]
      : []),
    '',
    '## Deploy, in this order (here dev; the main stack in ap-northeast-1)',
    '',
    '```sh',
  ];
  if (stacks.usEast1) {
    lines.push(
      `# 1. The us-east-1 stack.`,
      `aws cloudformation deploy --region us-east-1 --stack-name ${stack}-dev-us-east-1 \\`,
      `  --template-file ${companion} --parameter-overrides EnvironmentName=dev`,
      ...params.map(
        (p) =>
          `${p.toUpperCase()}=$(aws cloudformation describe-stacks --region us-east-1 --stack-name ${stack}-dev-us-east-1 --query "Stacks[0].Outputs[?OutputKey=='${p}'].OutputValue" --output text)`,
      ),
      `# 2. The main stack, with the us-east-1 stack's outputs as parameters.`,
    );
  }
  lines.push(
    `aws cloudformation deploy --region ap-northeast-1 --stack-name ${stack}-dev \\`,
    `  --template-file ${main} --s3-bucket YOUR-DEPLOYMENT-BUCKET --capabilities CAPABILITY_IAM \\`,
    `  --parameter-overrides EnvironmentName=dev${params.map((p) => ` ${p}="$${p.toUpperCase()}"`).join('')}`,
    '```',
    '',
    'Review changes first with `--no-execute-changeset`. Remove the main stack first, then the us-east-1 one',
    '(buckets, tables and database snapshots are retained).',
    '',
  );
  return lines.join('\n');
}

/** Both templates and the README, as a zip (`<base>.templates.zip`). */
export function cfnStacksZip(base: string, stacks: CfnStacks, format: 'yaml' | 'json'): Uint8Array {
  const entries: Record<string, Uint8Array> = {
    [`${base}.template.${format}`]: strToU8(cfnTemplateText(stacks.main.template, format)),
    ...(stacks.usEast1 ? { [`${base}.template.us-east-1.${format}`]: strToU8(cfnTemplateText(stacks.usEast1.template, format)) } : {}),
    'README.md': strToU8(stacksReadme(base, stacks, format)),
  };
  return zipSync(entries, { level: 6, mtime: new Date('2026-01-01T00:00:00Z') });
}
