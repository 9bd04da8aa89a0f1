import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { ALL_KINDS, canConnect, catalog, CATEGORIES, connectionMeaning, definitionOf, explainRefusal, isKind, KINDS, LOCALES } from '../src/index';
import { propHelp } from '../src/catalog/help';

const catalogDir = join(__dirname, '../src/catalog');

describe('component catalog', () => {
  it('registers every kind folder exactly once, and nothing else', () => {
    const folders = readdirSync(catalogDir, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name);
    expect(folders.sort()).toEqual([...ALL_KINDS].sort());
    for (const kind of ALL_KINDS) expect(catalog[kind].kind).toBe(kind);
  });

  it('each folder exports one definition from its index, named as registered, holding every facet', async () => {
    for (const kind of ALL_KINDS) {
      const d = definitionOf(kind);
      expect(d.kind, kind).toBe(kind);
      expect(d.component.kind, kind).toBe(kind);
      // A kind may live in the VPC exactly when it has a network facet (its subnet tier); a
      // 'conditional' kind's facet places some nodes outside (tested in test/network-plan.test.ts).
      expect(d.component.inVpc !== false, kind).toBe(d.network !== undefined);
      const facets = await d.facets();
      expect(typeof facets.cfn.emit, kind).toBe('function');
      expect(typeof facets.cdk.emit, kind).toBe('function');
      if (!d.generic) {
        expect(facets.importer, `${kind} has an importer`).toBeDefined();
        expect(
          Object.values(facets.cfn.resources).some((r) => r.primary),
          `${kind} declares its primary resource type`,
        ).toBe(true);
      }
      expect(existsSync(join(catalogDir, kind, 'index.ts'))).toBe(true);
    }
  });

  it('has the v1 kinds of the contract', () => {
    expect(KINDS).toEqual(expect.arrayContaining(['alb', 'asg', 'cloudfront', 'dax', 'dynamodb', 'elasticache', 'rds', 's3', 'waf']));
  });

  it('does not treat prototype names as kinds', () => {
    expect(isKind('constructor')).toBe(false);
    expect(isKind('__proto__')).toBe(false);
    expect(isKind('toString')).toBe(false);
  });

  it.each(ALL_KINDS)('%s: every text in both languages, valid category, icon file and defaults within limits', (kind) => {
    const spec = catalog[kind];
    for (const locale of LOCALES) {
      expect(spec.name[locale].length).toBeGreaterThan(0);
      expect(spec.description[locale].length).toBeGreaterThan(20);
      expect(spec.connectionHint[locale].length).toBeGreaterThan(0);
    }
    expect(CATEGORIES.map((c) => c.id)).toContain(spec.category);
    expect(spec.docsUrl).toMatch(/^https:\/\/docs\.aws\.amazon\.com\//);
    const iconsRoot = join(dirname(createRequire(join(__dirname, '../../../app/package.json')).resolve('aws-icons/package.json')), 'icons');
    expect(existsSync(join(iconsRoot, `${spec.icon}.svg`))).toBe(true);
    expect(readFileSync(join(iconsRoot, `${spec.icon}.svg`), 'utf8')).toMatch(/^<svg/);
    for (const [name, prop] of Object.entries(spec.props)) {
      for (const locale of LOCALES) {
        expect(prop.label[locale], `${kind}.${name}.label.${locale}`).not.toBe('');
        expect(propHelp(kind, name)?.[locale] ?? '', `${kind}.${name}.help.${locale}`).not.toBe('');
      }
      if (prop.type === 'integer') {
        expect(prop.default).toBeGreaterThanOrEqual(prop.min);
        expect(prop.default).toBeLessThanOrEqual(prop.max);
      }
      if (prop.type === 'enum') expect(prop.options.map((o) => o.value)).toContain(prop.default);
      if (prop.type === 'string' && prop.default !== undefined && prop.pattern) expect(prop.default).toMatch(new RegExp(prop.pattern));
    }
    for (const c of spec.connections) expect(c.target === '*' || isKind(c.target)).toBe(true);
  });

  it.each(ALL_KINDS)("%s: its help facet documents exactly its props and its edges' props, and the component carries none", async (kind) => {
    const help = await definitionOf(kind).help();
    const spec = catalog[kind];
    expect(Object.keys(help.props).sort()).toEqual(Object.keys(spec.props).sort());
    const edgeProps = new Set(spec.connections.flatMap((c) => Object.keys(c.edgeProps ?? {})));
    expect(Object.keys(help.edgeProps ?? {}).sort()).toEqual([...edgeProps].sort());
    for (const [name, text] of [...Object.entries(help.props), ...Object.entries(help.edgeProps ?? {})]) {
      expect(text.en.length, `${kind}.${name}.en`).toBeGreaterThan(10);
      expect(text.ko, `${kind}.${name}.ko`).toMatch(/[\uAC00-\uD7A3]/);
    }
    // In the help facet only: the catalog the first load carries has none.
    for (const prop of Object.values(spec.props)) expect(prop.help).toBeUndefined();
    for (const c of spec.connections) for (const prop of Object.values(c.edgeProps ?? {})) expect(prop.help).toBeUndefined();
    for (const name of edgeProps) expect(propHelp(kind, name, 'edge')).toEqual(help.edgeProps![name]);
  });

  it('carries the contract props with their defaults', () => {
    expect(catalog.elasticache.props['engine']).toMatchObject({ default: 'redis' });
    expect(catalog.elasticache.props['replicas']).toMatchObject({ default: 1 });
    expect(catalog.elasticache.props['purpose']).toMatchObject({ default: 'cache' });
    expect(catalog.alb.props['stickiness']).toMatchObject({ default: false });
    expect(catalog.alb.props['internetFacing']).toMatchObject({ default: true });
    expect(catalog.asg.props['minSize']).toMatchObject({ default: 2 });
    expect(catalog.asg.props['maxSize']).toMatchObject({ default: 4 });
    expect(catalog.asg.props['desiredCapacity']).toMatchObject({ default: 2 });
    expect(catalog.dax.props['replicationFactor']).toMatchObject({ default: 3 });
    expect(catalog.rds.props['engine']).toMatchObject({ default: 'postgres' });
    expect(catalog.rds.props['multiAz']).toMatchObject({ default: true });
    expect(catalog.cloudfront.connections[0]!.edgeProps).toHaveProperty('pathPattern');
  });

  it('allows the request path of the reference architecture, caller → callee, and not the reverse', () => {
    const path: [string, string][] = [
      ['waf', 'cloudfront'],
      ['cloudfront', 's3'],
      ['cloudfront', 'alb'],
      ['alb', 'asg'],
      ['asg', 'elasticache'],
      ['asg', 'dax'],
      ['dax', 'dynamodb'],
      ['asg', 'rds'],
    ];
    for (const [a, b] of path) {
      expect(canConnect(a as never, b as never), `${a} → ${b}`).toBe(true);
      expect(canConnect(b as never, a as never), `${b} → ${a}`).toBe(false);
    }
    expect(canConnect('dax', 'rds')).toBe(false);
    expect(canConnect('cloudfront', 'elasticache')).toBe(false);
  });

  it('names what an edge means, depending on the callee', () => {
    expect(connectionMeaning('asg', 'elasticache', { purpose: 'sessions' })?.en).toBe('session store');
    expect(connectionMeaning('asg', 'elasticache', { purpose: 'cache' })?.en).toBe('query cache');
    expect(connectionMeaning('dax', 'dynamodb')?.en).toBe('reads through');
    expect(connectionMeaning('alb', 'asg')?.ko).toBe('대상');
    expect(explainRefusal('dax', 'en')).toBe('DAX can only read through to DynamoDB.');
  });
});
