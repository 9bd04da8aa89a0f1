/**
 * The change-set and traffic slices over a real store: baselines are design edits (saved, one undo
 * step each), a deployed template is read with core's safe loader and a bad file changes nothing,
 * a slider drag is one undo step, the diff is not re-run for edits the template does not see.
 * Expected numbers are docs/traffic-model.md's worked example for the reference architecture.
 */
import { parseDesign, REFERENCE_DESIGN, serializeDesign, updateNodeProps, type Design } from '@stackcanvas/core';
import { toCfnYaml } from '@stackcanvas/core/cfn';
import { describe, expect, it } from 'vitest';
import { renderText } from '../../i18n/index';
import { changeStateOf } from '../../panels/useChangeSet';
import { createAppStore, type AppStore } from '../createAppStore';
import { memoryStorage } from '../storage';
import { manualClock } from '../testing';

function setup(design: Design = REFERENCE_DESIGN) {
  const clock = manualClock(Date.UTC(2026, 11, 1, 9, 30));
  const store = createAppStore({ storage: memoryStorage(), now: clock.now, timers: clock.timers, locale: 'en' });
  store.setState({ design });
  return { store, clock, s: () => store.getState() };
}

const errors = (store: AppStore) =>
  store
    .getState()
    .messages.filter((m) => m.kind === 'error')
    .map((m) => renderText(m.text, 'en'));
const file = (name: string, text: string) => new File([text], name, { type: 'text/plain' });
const node = (d: Design, id: string) => d.nodes.find((n) => n.id === id)!;

describe('baselines', () => {
  it('mark as deployed stores the export for the environment, as one undo step; the change set is then empty', async () => {
    const { store, s } = setup();
    const changeset = await s().loadChangeset();
    expect(s().markDeployed()).toBe(true);
    const b = s().design.baselines?.dev;
    expect(b?.source).toBe('marked');
    expect(b?.at).toBe('2026-12-01T09:30:00.000Z');
    expect(Object.keys(b!.template['Resources'] as object)).toContain('CatalogTable');
    const ready = changeStateOf(store, s().design, s().changeEnv, changeset);
    expect(ready.status === 'ready' && ready.view.rows.length).toBe(0);

    s().updateNodeProps('table', { partitionKey: 'sku' });
    const changed = changeStateOf(store, s().design, s().changeEnv, changeset);
    expect(changed.status).toBe('ready');
    if (changed.status !== 'ready') return;
    expect(changed.view.nodes.get('table')).toBe('replaced');

    s().undo();
    const back = changeStateOf(store, s().design, s().changeEnv, changeset);
    expect(back.status === 'ready' && back.view.rows.length).toBe(0);
    s().undo();
    expect(s().design.baselines).toBeUndefined();
  });

  it('a loaded YAML template (short-form tags) becomes the baseline; its differences show', async () => {
    const { store, s } = setup();
    const deployed = updateNodeProps(REFERENCE_DESIGN, 'web', { maxSize: 9 });
    expect(await s().loadBaseline(file('stack.yaml', toCfnYaml(deployed)))).toBe(true);
    expect(errors(store)).toEqual([]);
    expect(s().design.baselines?.dev?.source).toBe('loaded');
    // The tags were read as CloudFormation reads them: long form.
    expect(JSON.stringify(s().design.baselines?.dev?.template)).toContain('"Ref":"EnvironmentName"');
    const state = changeStateOf(store, s().design, null, s().changesetModule);
    expect(state.status).toBe('ready');
    if (state.status !== 'ready') return;
    expect(state.view.nodes.get('web')).toBe('modified');
    expect(state.view.rows.every((r) => r.change.replacement !== 'True')).toBe(true);
  });

  it('a malformed or unusable file is refused with a message and changes nothing', async () => {
    const { store, s } = setup();
    await s().loadCfn(); // the exporter is loaded on demand (the Change set tab loads it)
    s().markDeployed();
    const before = s().design;
    const steps = store.temporal.getState().pastStates.length;
    const bad = [
      file('broken.yaml', 'Resources:\n  Table: [unclosed\n'),
      file('broken.json', '{"Resources": {'),
      file('empty.yaml', ''),
      file('notes.json', '{"hello": "world"}'),
      file('typeless.yaml', 'Resources:\n  Table:\n    Properties: {}\n'),
      file('design.json', JSON.stringify({ format: 'stackcanvas.design', version: 2, nodes: [] })),
      file(
        'bomb.yaml',
        `a: &a ["x","x","x","x","x","x","x","x","x","x"]\n${Array.from(
          { length: 8 },
          (_, i) =>
            `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(10)
              .fill(`*${String.fromCharCode(97 + i)}`)
              .join(',')}]`,
        ).join('\n')}\nResources: {}\n`,
      ),
    ];
    const said: string[] = [];
    for (const f of bad) {
      expect(await s().loadBaseline(f), f.name).toBe(false);
      expect(s().design, f.name).toBe(before);
      // The newest message (at most five are kept on screen).
      said.push(errors(store).at(-1)!);
    }
    expect(store.temporal.getState().pastStates).toHaveLength(steps);
    expect(new Set(said).size).toBe(bad.length);
    expect(said[0]).toMatch(/^broken\.yaml was not loaded as the deployed template \(the YAML\/JSON is malformed\): malformed YAML/);
    expect(said[3]).toContain('no Resources section');
    expect(said[4]).toContain('Resources.Table.Type');
    expect(said[5]).toContain('design file');
    expect(said[6]).toContain('billion laughs');
    expect(said.every((m) => m.endsWith('Nothing changed.'))).toBe(true);
  });

  it('forget removes the baseline of the active environment only', async () => {
    const { s } = setup();
    await s().loadCfn();
    s().setChangeEnv('prod');
    s().markDeployed();
    s().setChangeEnv('dev');
    s().markDeployed();
    s().forgetBaseline();
    expect(Object.keys(s().design.baselines ?? {})).toEqual(['prod']);
  });

  it('moving nodes and editing traffic assumptions never re-run the diff', async () => {
    const { store, s } = setup();
    const changeset = await s().loadChangeset();
    s().markDeployed();
    s().updateNodeProps('table', { partitionKey: 'sku' });
    const state = () => changeStateOf(store, s().design, null, changeset);
    state();
    const runs = s().diffFor.runs();
    s().moveNodes(new Map([['web', { x: 900, y: 300 }]]));
    state();
    s().setTrafficProp({ node: 'querycache' }, 'hitRatio', 50);
    state();
    expect(s().diffFor.runs()).toBe(runs);
    s().updateNodeProps('web', { maxSize: 9 });
    state();
    expect(s().diffFor.runs()).toBe(runs + 1);
  });
});

describe('traffic', () => {
  const rps = (store: AppStore, id: string) => store.getState().trafficFor(store.getState().design, store.getState().entryRps).nodes.get(id)!.rps;

  it('the reference architecture at 50,000 requests/s, then the what-ifs of docs/traffic-model.md', () => {
    const { store, s } = setup();
    expect(s().entryRps).toBe(50_000);
    // 50,000 × 20 % to the ALB behavior × (1 − 30 %) = 7,000.
    expect(rps(store, 'alb')).toBeCloseTo(7_000);
    // 7,000 queries: 6,300 reads × (1 − 90 %) + 700 writes = 1,330.
    expect(rps(store, 'db')).toBeCloseTo(1_330);
    s().setTrafficProp({ edge: 'cdn-alb' }, 'hitRatio', 0);
    // 50,000 × 20 % = 10,000; database 9,000 × 10 % + 1,000 = 1,900.
    expect(rps(store, 'alb')).toBeCloseTo(10_000);
    expect(rps(store, 'db')).toBeCloseTo(1_900);
    s().setEntryRps(100_000);
    expect(rps(store, 'alb')).toBeCloseTo(20_000);
    s().setEntryRps(-1);
    s().setEntryRps(Number.NaN);
    expect(s().entryRps).toBe(100_000);
  });

  it('a slider drag is one undo step; two drags are two', () => {
    const { store, s } = setup();
    const hit = () => node(s().design, 'querycache').props['hitRatio'];
    const g1 = s().beginTrafficGesture();
    for (const v of [85, 80, 70, 60, 50]) s().setTrafficProp({ node: 'querycache' }, 'hitRatio', v, g1);
    const g2 = s().beginTrafficGesture();
    for (const v of [55, 65, 75]) s().setTrafficProp({ node: 'querycache' }, 'hitRatio', v, g2);
    expect(hit()).toBe(75);
    expect(store.temporal.getState().pastStates).toHaveLength(2);
    s().undo();
    expect(hit()).toBe(50);
    s().undo();
    expect(hit()).toBeUndefined();
    expect(node(s().design, 'querycache').props).toEqual(node(REFERENCE_DESIGN, 'querycache').props);
  });

  it('the assumptions are design props: saved in the design file and read back', () => {
    const { s } = setup();
    s().setTrafficProp({ edge: 'cdn-alb' }, 'hitRatio', 12);
    s().setTrafficProp({ node: 'dax' }, 'hitRatio', 97);
    const back = parseDesign(serializeDesign(s().design));
    expect(back.ok).toBe(true);
    if (!back.ok) return;
    expect(back.design.edges.find((e) => e.id === 'cdn-alb')!.props['hitRatio']).toBe(12);
    expect(node(back.design, 'dax').props['hitRatio']).toBe(97);
  });

  it('the result is computed once per design and rate', () => {
    const { s } = setup();
    const a = s().trafficFor(s().design, 50_000);
    expect(s().trafficFor(s().design, 50_000)).toBe(a);
    expect(s().trafficFor(s().design, 60_000)).not.toBe(a);
  });
});
