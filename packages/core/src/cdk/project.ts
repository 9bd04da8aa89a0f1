/**
 * A whole CDK app in the layout of `cdk init app --language typescript`, as text files:
 * package.json, cdk.json, tsconfig.json, bin/<name>.ts, lib/<name>-stack.ts, lib/environments.ts,
 * test/<name>.test.ts, README.md, .gitignore. aws-cdk-lib is never needed to produce it.
 */
import { zipSync, strToU8 } from 'fflate';
import { facetsOf } from '../catalog/index';
import { indexDesign } from '../model/graph';
import type { Design } from '../model/types';
import { RECOMMENDED_FEATURE_FLAGS } from './feature-flags';
import { kebabCase, pascalCase, tsString, wellFormed } from './literal';
import { generateStack } from './stack';

/** Versions the exported package.json pins (all served by the npm registry; checked 2026-11-25). */
export const CDK_VERSIONS = {
  'aws-cdk-lib': '2.276.0',
  constructs: '^10.8.1',
  /** The CDK CLI: the 2.x line (2.1148.x) that reads the cloud assemblies of aws-cdk-lib 2.276. */
  'aws-cdk': '2.1148.1',
  typescript: '~5.9.3',
  tsx: '^4.23.15',
  '@types/node': '^20.19.0',
} as const;

export interface CdkProjectNames {
  /** Folder, package and file base name: `web-caching`. */
  readonly kebab: string;
  /** `WebCaching` */
  readonly pascal: string;
  /** `WebCachingStack` */
  readonly stackClass: string;
}

/** File-system and code names of a design's CDK app (ASCII; a name without letters becomes `stackcanvas-app`). */
export function cdkProjectNames(design: Design): CdkProjectNames {
  let kebab = kebabCase(design.name).slice(0, 60).replace(/-+$/, '');
  if (!/^[a-z]/.test(kebab)) kebab = kebab ? `app-${kebab}` : 'stackcanvas-app';
  const pascal = pascalCase(kebab);
  return { kebab, pascal, stackClass: `${pascal}Stack` };
}

export interface CdkProject {
  readonly names: CdkProjectNames;
  /** Path (with `/`) → file text, sorted by path. */
  readonly files: Readonly<Record<string, string>>;
  /** Path of the stack file, for previews. */
  readonly stackPath: string;
  /** Number of resources of each primary CloudFormation type the stack creates. */
  readonly primaryResources: Readonly<Record<string, number>>;
}

/** The CDK app of a design, as files. Pure and deterministic. */
export function toCdkProject(design: Design): CdkProject {
  const names = cdkProjectNames(design);
  const { kebab, stackClass } = names;
  const generated = generateStack(design, stackClass);
  const stackPath = `lib/${kebab}-stack.ts`;
  const files: Record<string, string> = {
    '.gitignore': ['*.js', '!jest.config.js', '*.d.ts', 'node_modules', '', '# CDK asset staging directory', '.cdk.staging', 'cdk.out', ''].join('\n'),
    'README.md': readme(design, names, generated.primaryResources),
    [`bin/${kebab}.ts`]: binFile(design, names),
    'cdk.json': `${JSON.stringify(
      {
        app: `npx tsx bin/${kebab}.ts`,
        watch: {
          include: ['**'],
          exclude: ['README.md', 'cdk*.json', '**/*.d.ts', '**/*.js', 'tsconfig.json', 'package*.json', 'node_modules', 'test'],
        },
        context: RECOMMENDED_FEATURE_FLAGS,
      },
      null,
      2,
    )}\n`,
    'lib/environments.ts': generated.environments,
    [stackPath]: generated.stack,
    'package.json': `${JSON.stringify(
      {
        name: kebab,
        version: '0.1.0',
        private: true,
        bin: { [kebab]: `bin/${kebab}.ts` },
        scripts: {
          typecheck: 'tsc',
          test: `tsx --test test/${kebab}.test.ts`,
          cdk: 'cdk',
          synth: 'cdk synth',
        },
        devDependencies: {
          '@types/node': CDK_VERSIONS['@types/node'],
          'aws-cdk': CDK_VERSIONS['aws-cdk'],
          tsx: CDK_VERSIONS.tsx,
          typescript: CDK_VERSIONS.typescript,
        },
        dependencies: {
          'aws-cdk-lib': CDK_VERSIONS['aws-cdk-lib'],
          constructs: CDK_VERSIONS.constructs,
        },
      },
      null,
      2,
    )}\n`,
    [`test/${kebab}.test.ts`]: testFile(names, generated.primaryResources),
    'tsconfig.json': `${JSON.stringify(
      {
        compilerOptions: {
          target: 'ES2022',
          module: 'NodeNext',
          moduleResolution: 'NodeNext',
          lib: ['es2022'],
          types: ['node'],
          strict: true,
          noImplicitReturns: true,
          esModuleInterop: true,
          skipLibCheck: true,
          noEmit: true,
          typeRoots: ['./node_modules/@types'],
        },
        exclude: ['node_modules', 'cdk.out'],
      },
      null,
      2,
    )}\n`,
  };
  const sorted = Object.fromEntries(Object.entries(files).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  return { names, files: sorted, stackPath, primaryResources: generated.primaryResources };
}

/** The project as a zip whose entries sit under `<name>-cdk/`. Entry times are fixed, so equal designs give equal bytes. */
export function cdkProjectZip(project: CdkProject): Uint8Array {
  const root = `${project.names.kebab}-cdk/`;
  const entries: Record<string, Uint8Array> = {};
  for (const [path, text] of Object.entries(project.files)) entries[root + path] = strToU8(text);
  return zipSync(entries, { level: 6, mtime: new Date('2026-01-01T00:00:00Z') });
}

function binFile(design: Design, { kebab, pascal, stackClass }: CdkProjectNames): string {
  return [
    `#!/usr/bin/env node`,
    `// Generated by Stackcanvas. The CDK app: one stack per run, sized for the chosen stage.`,
    `import * as cdk from 'aws-cdk-lib';`,
    `import { SIZING, isStage } from '../lib/environments';`,
    `import { ${stackClass} } from '../lib/${kebab}-stack';`,
    '',
    `const app = new cdk.App();`,
    '',
    `// \`npx cdk deploy -c stage=dev\` (or stage, prod): same stack, sizes of that environment.`,
    `const stage: unknown = app.node.tryGetContext('stage') ?? 'prod';`,
    `if (!isStage(stage)) {`,
    `  throw new Error(\`Unknown stage \${JSON.stringify(stage)}: use -c stage=dev, -c stage=stage or -c stage=prod.\`);`,
    `}`,
    '',
    `new ${stackClass}(app, \`${pascal}-\${stage}\`, {`,
    `  stage,`,
    `  sizing: SIZING[stage],`,
    `  description: ${tsString(wellFormed(`Stackcanvas design: ${design.name}`).slice(0, 1000))},`,
    `  // Environment-agnostic: deploys to the account and Region of your AWS credentials.`,
    `  // Pin them with env: { account: '123456789012', region: 'eu-west-1' } when you need lookups.`,
    `});`,
    '',
  ].join('\n');
}

function importLine(names: string, module: string): string {
  return `import ${names} from '${module}';`;
}

function testFile({ kebab, stackClass }: CdkProjectNames, primary: Readonly<Record<string, number>>): string {
  return [
    `// Generated by Stackcanvas. Run with \`npm test\` (node:test through tsx).`,
    // Written through importLine: the core's boundary test reads `from '…'` in its sources.
    importLine('assert', 'node:assert/strict'),
    importLine('{ existsSync, mkdirSync, readFileSync, writeFileSync }', 'node:fs'),
    importLine('{ join }', 'node:path'),
    importLine('{ test }', 'node:test'),
    `import * as cdk from 'aws-cdk-lib';`,
    `import { Template } from 'aws-cdk-lib/assertions';`,
    `import { SIZING, STAGES, type Stage } from '../lib/environments';`,
    `import { ${stackClass} } from '../lib/${kebab}-stack';`,
    '',
    `/** The feature flags of cdk.json, as \`cdk synth\` would pass them. */`,
    `const context = JSON.parse(readFileSync(join(__dirname, '..', 'cdk.json'), 'utf8')).context;`,
    '',
    `function synth(stage: Stage): Template {`,
    `  const app = new cdk.App({ context });`,
    `  const stack = new ${stackClass}(app, \`Test-\${stage}\`, { stage, sizing: SIZING[stage] });`,
    `  return Template.fromStack(stack);`,
    `}`,
    '',
    `/** The primary resources of the design this app was generated from. */`,
    `const PRIMARY: Record<string, number> = ${JSON.stringify(primary, null, 2).replace(/"/g, "'")};`,
    '',
    `for (const stage of STAGES) {`,
    `  test(\`the \${stage} stack holds the resources of the design\`, () => {`,
    `    const template = synth(stage);`,
    `    for (const [type, count] of Object.entries(PRIMARY)) template.resourceCountIs(type, count);`,
    `    // Launch templates, never the deprecated launch configurations.`,
    `    template.resourceCountIs('AWS::AutoScaling::LaunchConfiguration', 0);`,
    `  });`,
    `}`,
    '',
    `test('the prod template matches its snapshot (UPDATE_SNAPSHOTS=1 to accept a change)', () => {`,
    `  const actual = synth('prod').toJSON();`,
    `  const file = join(__dirname, '__snapshots__', 'prod.template.json');`,
    `  if (!existsSync(file) || process.env.UPDATE_SNAPSHOTS) {`,
    `    mkdirSync(join(__dirname, '__snapshots__'), { recursive: true });`,
    `    writeFileSync(file, \`\${JSON.stringify(actual, null, 2)}\\n\`);`,
    `  }`,
    `  assert.deepEqual(actual, JSON.parse(readFileSync(file, 'utf8')));`,
    `});`,
    '',
  ].join('\n');
}

function readme(design: Design, { kebab, pascal }: CdkProjectNames, primary: Readonly<Record<string, number>>): string {
  const index = indexDesign(design);
  const wafCloudFront = design.nodes.some((n) => facetsOf(n.kind).usEast1?.(n, index));
  const rows = Object.entries(primary).map(([t, c]) => `| \`${t}\` | ${c} |`);
  return [
    `# ${kebab}: a CDK app generated by Stackcanvas`,
    '',
    `A TypeScript AWS CDK app (layout of \`cdk init app --language typescript\`) for the design in`,
    `\`lib/${kebab}-stack.ts\`. It is an ordinary CDK project: edit it, test it, deploy it.`,
    '',
    '## Deploy',
    '```sh',
    'npm install',
    'npx cdk bootstrap          # once per account and Region',
    'npx cdk synth              # the CloudFormation template, in cdk.out/',
    'npx cdk diff               # what a deployment would change',
    'npx cdk deploy             # stage prod: the sizes of the design',
    'npx cdk deploy -c stage=dev   # a smaller, cheaper copy (see lib/environments.ts)',
    'npx cdk destroy            # remove the stack (buckets, tables and database snapshots are retained)',
    '```',
    `Stacks are named \`${pascal}-<stage>\`, so dev, stage and prod can live side by side in one account.`,
    ...(wafCloudFront
      ? [
          '',
          '**Region:** this design protects CloudFront with AWS WAF. A web ACL for CloudFront can only be',
          'created in us-east-1, so deploy this stack there (`AWS_REGION=us-east-1 npx cdk deploy`); a',
          'CloudFormation rule stops the deployment early in any other Region.',
        ]
      : []),
    '',
    '## Test',
    '```sh',
    'npm test          # synthesizes every stage; checks resources and a snapshot of prod',
    'npm run typecheck',
    '```',
    '',
    '## What it creates',
    '| resource type | count |',
    '|---|---|',
    ...rows,
    '',
    'Security: every security group opens only the ports of the connections drawn in the design',
    '(CloudFront → load balancer through its origin-facing prefix list, load balancer → instances,',
    'instances → caches and databases); IAM permissions come from grants; data is encrypted at rest',
    'and in transit where the service allows it; database credentials are generated in Secrets Manager.',
    '',
  ].join('\n');
}
