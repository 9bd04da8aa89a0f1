/**
 * Regression tests for the read-back failures of issue 17 and the classes the read-back property
 * test (`readback.test.ts`) found, one design each.
 */
import { describe, expect, it } from 'vitest';
import { CfnExportError, cfnTemplateText, exportStacks } from '../../src/cfn/index';
import { importTemplate } from '../../src/import/index';
import { parseDesign } from '../../src/model/parse';
import type { Design } from '../../src/model/types';
import { validate } from '../../src/rules/index';
import { readbackProblems } from './readback';

interface N {
  id: string;
  kind: string;
  label?: string;
  props?: Record<string, unknown>;
}
function design(nodes: N[], edges: [string, string, Record<string, unknown>?][]): Design {
  const r = parseDesign({
    format: 'stackcanvas.design',
    version: 1,
    name: 'case',
    nodes: nodes.map((n, i) => ({ ...n, position: { x: i * 100, y: 0 } })),
    edges: edges.map(([source, target, props], i) => ({ id: `e${i}`, source, target, props: props ?? {} })),
  });
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.design;
}

function reimported(d: Design, format: 'yaml' | 'json'): Design {
  const r = importTemplate(cfnTemplateText(exportStacks(d).main.template, format));
  if (!r.ok) throw new Error(r.error.message);
  return r.design;
}

const errors = (d: Design) => validate(d).filter((x) => x.severity === 'error');
const resourceIds = (d: Design) => Object.keys(exportStacks(d).main.template.Resources).sort();

/** The issue's site: a distribution in front of a load balancer, with a bucket for `/static/*`. */
const site = (bucketLabel: string) =>
  design(
    [
      { id: 'cdn', kind: 'cloudfront', label: 'Edge' },
      { id: 'lb', kind: 'alb' },
      { id: 'web', kind: 'asg' },
      { id: 'assets', kind: 's3', label: bucketLabel },
    ],
    [
      ['cdn', 'lb'],
      ['cdn', 'assets', { pathPattern: '/static/*' }],
      ['lb', 'web'],
    ],
  );

describe.each(['yaml', 'json'] as const)('read back through %s', (format) => {
  // Korean, Arabic and emoji give no letter to the logical id (the bucket is named from its node id), Latin does.
  it.each(['정적 자산', 'الأصول الثابتة', '🗄️', 'Static Assets', 'Zeta'])(
    'a bucket labelled %s keeps its /static/* route, and the import validates',
    (label) => {
      const d = site(label);
      const back = reimported(d, format);
      const route = back.edges.find((e) => e.source === 'cdn' && e.target === 'assets');
      expect(route?.props['pathPattern']).toBe('/static/*');
      expect(back.nodes.find((n) => n.id === 'assets')?.label).toBe(label);
      expect(errors(back)).toEqual([]);
      expect(readbackProblems(d, [format]).problems).toEqual([]);
    },
  );

  it('a WAF on a load balancer keeps its logical ids and comes back named as drawn, not <base>Regional', () => {
    const d = design(
      [
        { id: 'waf', kind: 'waf' },
        { id: 'lb', kind: 'alb' },
        { id: 'web', kind: 'asg' },
      ],
      [
        ['waf', 'lb'],
        ['lb', 'web'],
      ],
    );
    const first = resourceIds(d);
    expect(first).toContain('WafRegional');
    const back = reimported(d, format);
    expect(back.nodes.find((n) => n.id === 'waf')?.label).toBe('Waf');
    expect(resourceIds(back)).toEqual(first);
    // The design as a user keeps it (a node from its label, not from the template): the web ACL keeps its id too.
    const redrawn: Design = {
      ...back,
      resources: {},
      nodes: back.nodes.map(({ imported: _imported, ...n }) => n),
      edges: back.edges.map(({ imported: _i, ...e }) => e),
    };
    expect(resourceIds(redrawn)).toContain('WafRegional');
    expect(resourceIds(redrawn)).not.toContain('WafRegionalRegional');
    expect(readbackProblems(d, [format]).problems).toEqual([]);
  });

  it('a WAF on CloudFront: the us-east-1 companion keeps its outputs (the web ACL ARN) through the round trip', () => {
    const d = design(
      [
        { id: 'waf', kind: 'waf', label: 'Edge WAF' },
        { id: 'cdn', kind: 'cloudfront' },
        { id: 'b', kind: 's3' },
      ],
      [
        ['waf', 'cdn'],
        ['cdn', 'b'],
      ],
    );
    const companion = exportStacks(d).usEast1!.template;
    expect(Object.keys(companion.Outputs ?? {})).toContain('EdgeWAFWebAclArn');
    const again = exportStacks(reimported(d, format)).usEast1!.template;
    expect(cfnTemplateText(again, format)).toBe(cfnTemplateText(companion, format));
  });

  it('a generic resource of a type a kind models (AWS::DAX::Cluster) reads back as a node that validates', () => {
    const d = design(
      [
        { id: 'fn', kind: 'lambda' },
        { id: 't', kind: 'dynamodb' },
        { id: 'g', kind: 'cfn-resource', props: { type: 'AWS::DAX::Cluster', logicalId: 'LegacyDax', properties: { ReplicationFactor: 3 } } },
      ],
      [['fn', 't']],
    );
    const back = reimported(d, format);
    expect(errors(back).map((x) => x.rule)).toEqual([]);
    expect(readbackProblems(d, [format]).problems).toEqual([]);
  });
});

describe('validate reports what export refuses', () => {
  it('a CloudFront whose only origin is a generic resource: an error in validate, a refusal in export', () => {
    const d = design(
      [
        { id: 'cdn', kind: 'cloudfront' },
        { id: 'g', kind: 'cfn-resource', props: { type: 'AWS::S3::Bucket', logicalId: 'Legacy' } },
      ],
      [['cdn', 'g']],
    );
    expect(errors(d).map((x) => x.rule)).toContain('SC2001');
    expect(() => exportStacks(d)).toThrow(CfnExportError);
  });

  it.each([
    ['a distribution', 'cloudfront'],
    ['a load balancer', 'alb'],
  ])('two WAFs on %s: an error (SC2011), which export would have to refuse', (_name, kind) => {
    const nodes: N[] = [
      { id: 'a', kind: 'waf' },
      { id: 'b', kind: 'waf' },
      { id: 't', kind },
      ...(kind === 'cloudfront' ? [{ id: 's', kind: 's3' }] : [{ id: 'w', kind: 'asg' }]),
    ];
    const d = design(nodes, [['a', 't'], ['b', 't'], kind === 'cloudfront' ? ['t', 's'] : ['t', 'w']]);
    const found = errors(d).filter((x) => x.rule === 'SC2011');
    expect(found).toHaveLength(1);
    expect(found[0]!.nodes).toEqual(['a', 'b', 't']);
  });

  it('a label that spells another node’s derived logical id (“Web Security Group” beside “Web”) exports, ids unique, and reads back', () => {
    const d = design(
      [
        { id: 'a', kind: 'asg', label: 'Web' },
        { id: 'b', kind: 'rds', label: 'Web Security Group' },
      ],
      [['a', 'b']],
    );
    expect(errors(d)).toEqual([]);
    const ids = resourceIds(d);
    expect(ids).toContain('WebSecurityGroup'); // the group's own security group
    expect(ids).toContain('WebSecurityGroupB'); // the database, its node id appended
    expect(readbackProblems(d).problems).toEqual([]);
  });

  it('a label that spells an id another kind derives outside the common suffixes (“Api Stage” beside an API “Api”) exports', () => {
    const d = design(
      [
        { id: 'api', kind: 'apigateway', label: 'Api' },
        { id: 'fn', kind: 'lambda', label: 'Api Stage' },
      ],
      [['api', 'fn']],
    );
    expect(errors(d)).toEqual([]);
    const ids = resourceIds(d);
    expect(ids).toContain('ApiStage'); // the API's stage
    expect(ids).toContain('ApiStageFn'); // the function, its node id appended
    expect(readbackProblems(d).problems).toEqual([]);
  });

  it('two API paths that spell the same logical id (/__/ and /_) give two methods, not one id twice', () => {
    const d = design(
      [
        { id: 'api', kind: 'apigateway' },
        { id: 'a', kind: 'lambda' },
        { id: 'b', kind: 'lambda' },
      ],
      [
        ['api', 'a', { path: '/__/' }],
        ['api', 'b', { path: '/_' }],
      ],
    );
    expect(errors(d)).toEqual([]);
    const methods = resourceIds(d).filter((id) => id.endsWith('Method'));
    expect(new Set(methods).size).toBe(methods.length);
    expect(methods.length).toBeGreaterThanOrEqual(2);
    expect(readbackProblems(d).problems).toEqual([]);
  });
});
