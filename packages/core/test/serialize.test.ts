/**
 * A design file keeps everything the document holds: saving (the app's autosave, "export design")
 * and opening again gives the same design, version 2 fields included (imported resources, what
 * nodes and edges took from the template, deployed baselines).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDesign, REFERENCE_DESIGN, serializeDesign, setBaseline } from '../src/index';
import { toCloudFormation } from '../src/cfn/index';
import { importTemplate } from '../src/import/index';

const fixtures = join(import.meta.dirname, '../../../../shared/fixtures/aws-samples');

function roundTrip(text: string) {
  const r = parseDesign(text);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.design;
}

describe('serializeDesign', () => {
  it('keeps deployed baselines', () => {
    const template = JSON.parse(JSON.stringify(toCloudFormation(REFERENCE_DESIGN))) as Record<string, unknown>;
    const design = setBaseline(REFERENCE_DESIGN, 'prod', template, '2026-12-01T09:30:00.000Z', 'marked');
    const back = roundTrip(serializeDesign(design));
    expect(back.baselines).toEqual(design.baselines);
    expect(back).toEqual(design);
  });

  it('keeps what an imported template gave the design (held resources, imported nodes and connections)', () => {
    const r = importTemplate(readFileSync(join(fixtures, 'ElastiCache_Elasticache-snapshot.yaml'), 'utf8'));
    if (!r.ok) throw new Error(r.error.message);
    const design = r.design;
    expect(design.resources && Object.keys(design.resources).length).toBeGreaterThan(0);
    expect(design.nodes.some((n) => n.imported)).toBe(true);
    expect(roundTrip(serializeDesign(design))).toEqual(design);
  });
});
