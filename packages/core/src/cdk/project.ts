/**
 * A whole CDK app in the layout of `cdk init app --language typescript`, as text files:
 * package.json, cdk.json, tsconfig.json, bin/<name>.ts, lib/<name>-stack.ts, lib/environments.ts,
 * test/<name>.test.ts, README.md, .gitignore. aws-cdk-lib is never needed to produce it.
 */
import { zipSync, strToU8 } from 'fflate';
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
  const appPath = `lib/${kebab}-app.ts`;
  const files: Record<string, string> = {
    '.gitignore': ['*.js', '!jest.config.js', '*.d.ts', 'node_modules', '', '# CDK asset staging directory', '.cdk.staging', 'cdk.out', ''].join('\n'),
    'README.md': readme(names, generated.primaryResources, generated.usEast1),
    [`bin/${kebab}.ts`]: binFile(names),
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
    [appPath]: appFile(design, names, generated.usEast1),
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
    [`test/${kebab}.test.ts`]: testFile(names, generated.primaryResources, generated.usEast1),
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

function binFile({ kebab }: CdkProjectNames): string {
  return [
    `#!/usr/bin/env node`,
    `// Generated by Stackcanvas. The CDK app: the stacks of one stage per run, sized for that stage.`,
    `import * as cdk from 'aws-cdk-lib';`,
    `import { createStacks } from '../lib/${kebab}-app';`,
    `import { isStage } from '../lib/environments';`,
    '',
    `const app = new cdk.App();`,
    '',
    `// \`npx cdk deploy --all\` deploys dev; \`-c stage=stage\` or \`-c stage=prod\` the sizes of the design.`,
    `const stage: unknown = app.node.tryGetContext('stage') ?? 'dev';`,
    `if (!isStage(stage)) {`,
    `  throw new Error(\`Unknown stage \${JSON.stringify(stage)}: use -c stage=dev, -c stage=stage or -c stage=prod.\`);`,
    `}`,
    '',
    `createStacks(app, stage);`,
    '',
  ].join('\n');
}

function appFile(design: Design, { kebab, pascal, stackClass }: CdkProjectNames, usEast1: boolean): string {
  const description = tsString(wellFormed(`Stackcanvas design: ${design.name}`).slice(0, 1000));
  const head = [
    `// Generated by Stackcanvas. The stacks of one stage (used by bin/${kebab}.ts and the tests).`,
    `import * as cdk from 'aws-cdk-lib';`,
    `import { SIZING, type Stage } from './environments';`,
    `import { ${stackClass} } from './${kebab}-stack';`,
    '',
  ];
  if (!usEast1) {
    return [
      ...head,
      `export interface Stacks {`,
      `  readonly main: ${stackClass};`,
      `}`,
      '',
      `/** The stack of the design, named \`${pascal}-<stage>\`. */`,
      `export function createStacks(app: cdk.App, stage: Stage): Stacks {`,
      `  const main = new ${stackClass}(app, \`${pascal}-\${stage}\`, {`,
      `    stage,`,
      `    sizing: SIZING[stage],`,
      `    description: ${description},`,
      `    // Environment-agnostic: deploys to the account and Region of your AWS credentials.`,
      `  });`,
      `  return { main };`,
      `}`,
      '',
    ].join('\n');
  }
  return [
    ...head,
    `export interface Stacks {`,
    `  readonly main: ${stackClass};`,
    `  /** What AWS creates only in us-east-1 (a web ACL for CloudFront). */`,
    `  readonly usEast1: cdk.Stack;`,
    `}`,
    '',
    `/**`,
    ` * The stack of the design (\`${pascal}-<stage>\`, in the Region of your credentials) and its us-east-1`,
    ` * companion (\`${pascal}-<stage>-us-east-1\`), which holds what AWS creates only there. The main stack`,
    ` * refers to it across Regions (crossRegionReferences), so both need a Region at synth time:`,
    ` * the CDK CLI takes it from your profile or AWS_REGION (CDK_DEFAULT_REGION).`,
    ` */`,
    `export function createStacks(app: cdk.App, stage: Stage): Stacks {`,
    `  const region = process.env['CDK_DEFAULT_REGION'];`,
    `  if (!region) {`,
    `    throw new Error('No default Region: set AWS_REGION (or a Region in your AWS profile); the main stack is deployed there and its us-east-1 stack in us-east-1.');`,
    `  }`,
    `  const account = process.env['CDK_DEFAULT_ACCOUNT'] || undefined;`,
    `  const usEast1 = new cdk.Stack(app, \`${pascal}-\${stage}-us-east-1\`, {`,
    `    env: { account, region: 'us-east-1' },`,
    `    crossRegionReferences: true,`,
    `    description: ${tsString(wellFormed(`Stackcanvas design: ${design.name} (resources that exist only in us-east-1)`).slice(0, 1000))},`,
    `  });`,
    `  cdk.Tags.of(usEast1).add('stage', stage);`,
    `  const main = new ${stackClass}(app, \`${pascal}-\${stage}\`, {`,
    `    stage,`,
    `    sizing: SIZING[stage],`,
    `    usEast1,`,
    `    env: { account, region },`,
    `    crossRegionReferences: true,`,
    `    description: ${description},`,
    `  });`,
    `  return { main, usEast1 };`,
    `}`,
    '',
  ].join('\n');
}

function importLine(names: string, module: string): string {
  return `import ${names} from '${module}';`;
}

function testFile({ kebab }: CdkProjectNames, primary: Readonly<Record<string, number>>, usEast1: boolean): string {
  return [
    `// Generated by Stackcanvas. Run with \`npm test\` (node:test through tsx).`,
    // Written through importLine: the core's boundary test reads `from '…'` in its sources.
    importLine('assert', 'node:assert/strict'),
    importLine('{ existsSync, mkdirSync, readFileSync, writeFileSync }', 'node:fs'),
    importLine('{ join }', 'node:path'),
    importLine('{ test }', 'node:test'),
    `import * as cdk from 'aws-cdk-lib';`,
    `import { Template } from 'aws-cdk-lib/assertions';`,
    `import { createStacks } from '../lib/${kebab}-app';`,
    `import { STAGES, type Stage } from '../lib/environments';`,
    '',
    `/** The feature flags of cdk.json, as \`cdk synth\` would pass them. */`,
    `const context = JSON.parse(readFileSync(join(__dirname, '..', 'cdk.json'), 'utf8')).context;`,
    ...(usEast1
      ? [
          `// The main stack refers to its us-east-1 stack across Regions: give it a Region to synthesize in.`,
          `process.env['CDK_DEFAULT_REGION'] ??= 'ap-northeast-2';`,
        ]
      : []),
    '',
    `/** The templates of a stage: every stack the app creates. */`,
    `function synth(stage: Stage): Template[] {`,
    `  const app = new cdk.App({ context });`,
    `  return Object.values(createStacks(app, stage)).map((stack) => Template.fromStack(stack));`,
    `}`,
    '',
    `/** The primary resources of the design this app was generated from. */`,
    `const PRIMARY: Record<string, number> = ${JSON.stringify(primary, null, 2).replace(/"/g, "'")};`,
    '',
    `function count(templates: Template[], type: string): number {`,
    `  return templates.reduce((n, t) => n + Object.keys(t.findResources(type)).length, 0);`,
    `}`,
    '',
    `for (const stage of STAGES) {`,
    `  test(\`the \${stage} stacks hold the resources of the design\`, () => {`,
    `    const templates = synth(stage);`,
    `    for (const [type, n] of Object.entries(PRIMARY)) assert.equal(count(templates, type), n, type);`,
    `    // Launch templates, never the deprecated launch configurations.`,
    `    assert.equal(count(templates, 'AWS::AutoScaling::LaunchConfiguration'), 0);`,
    `  });`,
    `}`,
    '',
    `test('the prod templates match their snapshot (UPDATE_SNAPSHOTS=1 to accept a change)', () => {`,
    `  const actual = synth('prod').map((t) => t.toJSON());`,
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

function readme({ kebab, pascal }: CdkProjectNames, primary: Readonly<Record<string, number>>, usEast1: boolean): string {
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
    usEast1
      ? 'npx cdk bootstrap aws://ACCOUNT/REGION aws://ACCOUNT/us-east-1   # once per account, in your Region and in us-east-1'
      : 'npx cdk bootstrap            # once per account and Region',
    'npx cdk synth                # the CloudFormation templates, in cdk.out/',
    'npx cdk diff --all           # what a deployment would change',
    'npx cdk deploy --all         # stage dev (the default): one instance, no replicas, one NAT gateway',
    'npx cdk deploy --all -c stage=prod   # the sizes of the design (or -c stage=stage)',
    'npx cdk destroy --all        # remove the stacks (buckets, tables and database snapshots are retained)',
    '```',
    `Stacks are named \`${pascal}-<stage>\`, so dev, stage and prod can live side by side in one account.`,
    ...(usEast1
      ? [
          '',
          `**Two stacks, any Region.** A web ACL for CloudFront can only be created in us-east-1, so it lives in`,
          `\`${pascal}-<stage>-us-east-1\`; the main stack, in the Region of your credentials (e.g.`,
          '`AWS_REGION=ap-northeast-2`), refers to it across Regions (`crossRegionReferences`: CDK writes the',
          'value to SSM Parameter Store in us-east-1 and reads it back from the main stack). `cdk deploy --all`',
          'deploys the us-east-1 stack first.',
        ]
      : []),
    '',
    '## Test',
    '```sh',
    'npm test          # synthesizes every stage; checks resources and a snapshot of prod',
    'npm run typecheck',
    '```',
    '',
    '## Security checks',
    'The app is written to pass the AwsSolutions pack of cdk-nag with every finding fixed or acknowledged',
    "(each acknowledgement names its reason, in the code and in the resource's `Metadata.cdk_nag`). To run it:",
    `\`npm install cdk-nag\` and, in \`bin/${kebab}.ts\`, \`Validations.of(app).addPlugins(new AwsSolutionsChecks(app))\``,
    '(imports from `aws-cdk-lib` and `cdk-nag`); `npx cdk synth` then reports in `cdk.out/validation-report.json`.',
    '',
    '## What it creates',
    '| resource type | count |',
    '|---|---|',
    ...rows,
    '',
    'Security: every security group opens only the ports of the connections drawn in the design',
    '(CloudFront → load balancer through its origin-facing prefix list and a secret origin header, load',
    'balancer → instances, instances → caches and databases); IAM statements name only the resources',
    'the edges reach; data is encrypted at rest and in transit where the service allows it; database',
    'and cache credentials are generated in Secrets Manager; access logs go to one log bucket.',
    '',
  ].join('\n');
}
