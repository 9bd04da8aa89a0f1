/**
 * Everything we write reads back (issue 17), over generated designs: 1–8 components of every
 * kind of the catalog registry (generic resources too, of the types the kinds model), every prop
 * of each kind and connection read from its spec, labels in Korean, Arabic, emoji and Latin
 * (`designs.ts`). For each design (`readback.ts`): `validate` passes ⇔ the export succeeds; when
 * it does, export → import → export gives the same bytes (JSON for every design, YAML for one in
 * ten: the importer's YAML loader is the slow part) and the import passes `validate`; its share
 * link opens to the same design.
 *
 * Seeded and time-bounded: it runs until 10,000 designs have been checked and fails when fewer
 * ran within the time cap. A failure prints the seed and the shrunk (minimal) design.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import '../../src/import/index';
import { parsed, rawDesignArb } from './designs';
import { readbackProblems } from './readback';

const RUNS = 10_000;
const SEED = Number(process.env['READBACK_SEED'] ?? 20261202);
const TIME_CAP_MS = 240_000;
/** The YAML round trip runs on one design in this many (the importer's YAML loader, a document model, takes ~15 ms a template). */
const YAML_ONE_IN = 10;

describe('read back everything we write', () => {
  it(`${RUNS} generated designs: validate agrees with export, export(import(export(d))) = export(d), links open`, () => {
    let ran = 0;
    let exported = 0;
    let yaml = 0;
    const started = performance.now();
    const result = fc.check(
      fc.property(rawDesignArb, fc.nat({ max: YAML_ONE_IN - 1 }), (raw, pick) => {
        ran++;
        const design = parsed(raw);
        if (!design) throw new Error('the generator made a design the document parser refuses');
        const formats = pick === 0 ? (['json', 'yaml'] as const) : (['json'] as const);
        const { exported: ok, problems } = readbackProblems(design, formats);
        if (ok) {
          exported++;
          if (pick === 0) yaml++;
        }
        if (problems.length) throw new Error(problems.map((p) => `${p.class}: ${p.detail}`).join('\n'));
      }),
      { numRuns: RUNS, seed: SEED, interruptAfterTimeLimit: TIME_CAP_MS, markInterruptAsFailure: true },
    );
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(`read-back property: ${ran} designs in ${seconds} s (seed ${SEED}); ${exported} exported, ${yaml} of them also through YAML`);
    if (result.failed) {
      const design = result.counterexample ? JSON.stringify(result.counterexample[0]) : '(interrupted: no counterexample)';
      throw new Error(
        `read-back failed (seed ${result.seed}, path ${result.counterexamplePath ?? '-'}, after ${result.numRuns} designs)\n${String(result.errorInstance ?? 'time cap reached')}\nminimal design: ${design}`,
      );
    }
    expect(result.numRuns).toBeGreaterThanOrEqual(RUNS);
    // Most designs are valid ones (the generator completes them), so the round trips really run.
    expect(exported).toBeGreaterThan(RUNS * 0.6);
  }, 300_000);
});
