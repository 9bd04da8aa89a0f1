/**
 * Seeded design generator for the benchmarks: the same (size, seed) gives the same design on
 * every machine, so the figures in docs/benchmarks.md can be reproduced. A design is a grid of
 * "cells", each one of the example architectures (the reference caching architecture most of the
 * time, or the static site, session store or DAX read path) with seeded props and positions.
 * Every generated design validates without errors, so it exports (warnings are allowed: a few
 * Auto Scaling groups get one instance, for instance).
 */
import { parseDesign, type Design } from '@stackcanvas/core';

/** mulberry32: a small, fast, well-distributed 32-bit PRNG. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface CellNode {
  readonly id: string;
  readonly kind: string;
  readonly label: string;
  readonly x: number;
  readonly y: number;
  readonly props: (r: () => number) => Record<string, unknown>;
}
interface Cell {
  readonly nodes: readonly CellNode[];
  /** [source, target, props?] */
  readonly edges: readonly (readonly [string, string, Record<string, unknown>?])[];
}

const pick = <T>(r: () => number, items: readonly T[]): T => items[Math.floor(r() * items.length)]!;
const int = (r: () => number, lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));

function asgProps(r: () => number) {
  const minSize = int(r, 1, 3);
  const maxSize = minSize + int(r, 1, 6);
  return { minSize, maxSize, desiredCapacity: int(r, minSize, maxSize) };
}

const none = () => ({});

/** The reference caching architecture (10 components, 9 connections). */
const REFERENCE: Cell = {
  nodes: [
    { id: 'waf', kind: 'waf', label: 'Edge WAF', x: 0, y: 200, props: none },
    { id: 'cdn', kind: 'cloudfront', label: 'CDN', x: 240, y: 200, props: none },
    { id: 'assets', kind: 's3', label: 'Static Assets', x: 520, y: -140, props: none },
    { id: 'alb', kind: 'alb', label: 'Web ALB', x: 520, y: 280, props: () => ({ stickiness: false, internetFacing: true }) },
    { id: 'web', kind: 'asg', label: 'Web Servers', x: 800, y: 280, props: asgProps },
    {
      id: 'sessions',
      kind: 'elasticache',
      label: 'Session Store',
      x: 1100,
      y: 40,
      props: (r) => ({ engine: pick(r, ['redis', 'valkey']), purpose: 'sessions', replicas: int(r, 1, 2) }),
    },
    { id: 'dax', kind: 'dax', label: 'Catalog DAX', x: 1100, y: 200, props: (r) => ({ replicationFactor: pick(r, [3, 3, 5]) }) },
    { id: 'table', kind: 'dynamodb', label: 'Catalog Table', x: 1380, y: 200, props: none },
    {
      id: 'querycache',
      kind: 'elasticache',
      label: 'Query Cache',
      x: 1100,
      y: 360,
      props: (r) => ({ engine: pick(r, ['redis', 'valkey']), purpose: 'cache', replicas: int(r, 1, 2) }),
    },
    { id: 'db', kind: 'rds', label: 'Orders DB', x: 1100, y: 520, props: (r) => ({ engine: pick(r, ['postgres', 'mysql']), multiAz: true }) },
  ],
  edges: [
    ['waf', 'cdn'],
    ['cdn', 'assets', { pathPattern: '/static/*' }],
    ['cdn', 'alb'],
    ['alb', 'web'],
    ['web', 'sessions'],
    ['web', 'dax'],
    ['dax', 'table'],
    ['web', 'querycache'],
    ['web', 'db'],
  ],
};

const DAX_READ_PATH: Cell = {
  nodes: [
    { id: 'api-alb', kind: 'alb', label: 'API ALB', x: 0, y: 0, props: () => ({ internetFacing: true }) },
    { id: 'api', kind: 'asg', label: 'API Servers', x: 280, y: 0, props: asgProps },
    { id: 'dax', kind: 'dax', label: 'DAX', x: 560, y: 0, props: () => ({ replicationFactor: 3 }) },
    { id: 'table', kind: 'dynamodb', label: 'Table', x: 840, y: 0, props: none },
  ],
  edges: [
    ['api-alb', 'api'],
    ['api', 'dax'],
    ['dax', 'table'],
  ],
};

const SESSION_STORE: Cell = {
  nodes: [
    { id: 'alb', kind: 'alb', label: 'App ALB', x: 0, y: 0, props: () => ({ stickiness: false }) },
    { id: 'app', kind: 'asg', label: 'App Servers', x: 280, y: 0, props: asgProps },
    { id: 'sessions', kind: 'elasticache', label: 'Sessions', x: 560, y: 0, props: () => ({ engine: 'valkey', purpose: 'sessions' }) },
  ],
  edges: [
    ['alb', 'app'],
    ['app', 'sessions'],
  ],
};

const STATIC_SITE: Cell = {
  nodes: [
    { id: 'cdn', kind: 'cloudfront', label: 'Site CDN', x: 0, y: 0, props: none },
    { id: 'site', kind: 's3', label: 'Site Bucket', x: 280, y: 0, props: none },
  ],
  edges: [['cdn', 'site']],
};

const SINGLE_TABLE: Cell = { nodes: [{ id: 'table', kind: 'dynamodb', label: 'Lone Table', x: 0, y: 0, props: none }], edges: [] };

/** Small cells by size, to fill the remainder exactly. */
const FILLERS: readonly Cell[] = [DAX_READ_PATH, SESSION_STORE, STATIC_SITE, SINGLE_TABLE];

/** A valid design of exactly `components` nodes, the same for the same (components, seed). */
export function generateDesign(components: number, seed = 1): Design {
  const r = prng(seed * 7919 + components);
  const cells: Cell[] = [];
  let remaining = components;
  while (remaining >= REFERENCE.nodes.length) {
    const cell = r() < 0.7 ? REFERENCE : pick(r, [DAX_READ_PATH, SESSION_STORE, STATIC_SITE]);
    cells.push(cell);
    remaining -= cell.nodes.length;
  }
  for (const cell of FILLERS) {
    while (remaining >= cell.nodes.length) {
      cells.push(cell);
      remaining -= cell.nodes.length;
    }
  }
  const columns = Math.max(1, Math.ceil(Math.sqrt(cells.length)));
  const nodes: unknown[] = [];
  const edges: unknown[] = [];
  cells.forEach((cell, c) => {
    const ox = (c % columns) * 1800;
    const oy = Math.floor(c / columns) * 900;
    for (const n of cell.nodes) {
      nodes.push({
        id: `${n.id}-${c}`,
        kind: n.kind,
        label: `${n.label} ${c}`,
        position: { x: ox + n.x + int(r, -20, 20), y: oy + n.y + int(r, -20, 20) },
        props: n.props(r),
      });
    }
    for (const [source, target, props] of cell.edges) {
      edges.push({ id: `${source}-${target}-${c}`, source: `${source}-${c}`, target: `${target}-${c}`, props: props ?? {} });
    }
  });
  const parsed = parseDesign({ format: 'stackcanvas.design', version: 1, name: `bench-${components}`, nodes, edges });
  if (!parsed.ok) throw new Error(`generated design is invalid: ${JSON.stringify(parsed.errors.slice(0, 3))}`);
  return parsed.design;
}
