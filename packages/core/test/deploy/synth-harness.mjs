/**
 * Synthesizes CDK apps and CloudFormation templates with cdk-nag's AwsSolutions pack, in one Node
 * process (aws-cdk-lib loads once). Run by `deploy.test.ts` through tsx:
 *   tsx synth-harness.mjs JOBS.json RESULTS.json
 * A job is `{ id, kind: 'cfn', templates: [file…], outdir }` (each template checked through
 * `CfnInclude`, its `Metadata.cdk_nag.rules_to_suppress` turned into acknowledgements, as cdk-nag 2
 * read them) or `{ id, kind: 'cdk', dir, kebab, stage, outdir }` (the exported app's
 * `lib/<kebab>-app.ts`, with the context of its cdk.json). Plain JavaScript: the test tree is
 * type-checked by `tsc -b`, and aws-cdk-lib's declarations would cost every engineer's type check.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as cdk from 'aws-cdk-lib';
import { CfnInclude } from 'aws-cdk-lib/cloudformation-include';
import { AwsSolutionsChecks } from 'cdk-nag';

const [jobsFile, resultsFile] = process.argv.slice(2);
const jobs = JSON.parse(readFileSync(jobsFile, 'utf8'));
const results = [];

/** The findings of a synthesized app: cdk-nag's violations from `validation-report.json`. */
function findings(outdir) {
  let report;
  try {
    report = JSON.parse(readFileSync(join(outdir, 'validation-report.json'), 'utf8'));
  } catch {
    return [];
  }
  const out = [];
  for (const plugin of report.pluginReports ?? []) {
    for (const v of plugin.violations ?? []) {
      out.push({
        rule: v.ruleName,
        severity: v.severity,
        description: v.description,
        resources: (v.violatingConstructs ?? v.violatingResources ?? []).map((c) => c.constructPath ?? c.resourceLogicalId ?? String(c)),
      });
    }
  }
  return out;
}

function synth(app) {
  try {
    app.synth();
    return undefined;
  } catch (e) {
    // cdk-nag findings make synth throw after the report is written; anything else is a real failure.
    const message = String(e?.message ?? e);
    return /validation/i.test(message) ? undefined : message;
  }
}

for (const job of jobs) {
  const started = Date.now();
  try {
    if (job.kind === 'cfn') {
      const app = new cdk.App({ outdir: job.outdir });
      cdk.Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
      job.templates.forEach((file, i) => {
        const stack = new cdk.Stack(app, `T${i}`, { synthesizer: new cdk.LegacyStackSynthesizer() });
        const include = new CfnInclude(stack, 'Template', { templateFile: file });
        const template = JSON.parse(readFileSync(file, 'utf8'));
        for (const [id, r] of Object.entries(template.Resources ?? {})) {
          const rules = r?.Metadata?.cdk_nag?.rules_to_suppress;
          if (Array.isArray(rules) && rules.length)
            cdk.Validations.of(include.getResource(id)).acknowledge(...rules.map(({ id: rule, reason }) => ({ id: rule, reason })));
        }
      });
      const error = synth(app);
      results.push({ id: job.id, error, findings: findings(job.outdir), ms: Date.now() - started });
    } else {
      const context = JSON.parse(readFileSync(join(job.dir, 'cdk.json'), 'utf8')).context;
      const app = new cdk.App({ outdir: job.outdir, context: { ...context, stage: job.stage }, analyticsReporting: false });
      cdk.Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
      const { createStacks } = await import(pathToFileURL(join(job.dir, 'lib', `${job.kebab}-app.ts`)).href);
      const stacks = createStacks(app, job.stage);
      const error = synth(app);
      const templates = {};
      for (const [role, stack] of Object.entries(stacks)) templates[role] = join(job.outdir, `${stack.artifactId}.template.json`);
      const present = new Set(readdirSync(job.outdir).map((f) => basename(f)));
      for (const [role, file] of Object.entries(templates)) if (!present.has(basename(file))) delete templates[role];
      results.push({ id: job.id, error, findings: findings(job.outdir), templates, ms: Date.now() - started });
    }
  } catch (e) {
    results.push({ id: job.id, error: String(e?.stack ?? e), findings: [], ms: Date.now() - started });
  }
}
writeFileSync(resultsFile, JSON.stringify(results, null, 1));
