import { computeTraffic, DEFAULT_ENTRY_RPS, formatSummary, grouped, trafficSummaries, type Design, type TrafficResult } from '@stackcanvas/core';
import { CliError } from '../cli';

export { computeTraffic };

/** The largest entry rate accepted (a billion requests per second is beyond any what-if). */
export const MAX_ENTRY_RPS = 1_000_000_000;

export function parseRps(value: string | true | undefined): number {
  if (value === undefined) return DEFAULT_ENTRY_RPS;
  const text = String(value);
  const n = /^\d+(\.\d+)?$/.test(text) ? Number(text) : Number.NaN;
  if (!Number.isFinite(n) || n > MAX_ENTRY_RPS) {
    throw new CliError(`traffic: --rps must be a number of requests per second from 0 to ${grouped(MAX_ENTRY_RPS)}, got ${JSON.stringify(text)}`);
  }
  return n;
}

/** Rates rounded to hundredths: the JSON stays readable and free of float noise. */
const round = (n: number) => Math.round(n * 100) / 100;
const byKey = <T>(entries: [string, T][]) => Object.fromEntries(entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));

/** The contract's shape: `{"entryRps":N,"nodes":{"<id>":{"rps","absorbed","overloaded"}},"edges":{"<id>":{"rps"}}}`. */
export function trafficJson(result: TrafficResult): string {
  return JSON.stringify({
    entryRps: result.entryRps,
    nodes: byKey([...result.nodes].map(([id, n]) => [id, { rps: round(n.rps), absorbed: round(n.absorbed), overloaded: n.overloaded }])),
    edges: byKey([...result.edges].map(([id, e]) => [id, { rps: round(e.rps) }])),
  });
}

const num = grouped;

function table(rows: readonly (readonly string[])[], rightAligned: ReadonlySet<number>): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  return rows
    .map((r) =>
      r
        .map((cell, i) => (rightAligned.has(i) ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!)))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

/** A table per node (request-path order) and per edge, then one sentence per cache. */
export function trafficText(design: Design, result: TrafficResult): string {
  const kinds = new Map(design.nodes.map((n) => [n.id, n.kind] as const));
  const entries = result.entries.length ? result.entries.join(', ') : 'none (nothing faces users, so nothing flows)';
  const nodeRows = [
    ['node', 'kind', 'role', 'rps', 'absorbed', 'reads', 'writes', 'capacity', 'load'],
    ...result.order.map((id) => {
      const n = result.nodes.get(id)!;
      const load = n.utilization === undefined ? '' : `${Number.isFinite(n.utilization) ? num(n.utilization * 100) : '∞'}%${n.overloaded ? ' OVERLOADED' : ''}`;
      return [
        id,
        kinds.get(id) ?? '',
        n.role ? `${n.role}${n.cacheMode ? ` (${n.cacheMode})` : ''}` : '-',
        num(n.rps),
        num(n.absorbed),
        num(n.reads),
        num(n.writes),
        n.capacity ? `${num(n.capacity.limit)} ${n.capacity.unit.en}` : '',
        load,
      ];
    }),
  ];
  const sources = new Map(design.edges.map((e) => [e.id, e] as const));
  const position = new Map(result.order.map((id, i) => [id, i] as const));
  const edgeIds = [...result.edges.keys()].sort((a, b) => {
    const pa = position.get(sources.get(a)!.source)!;
    const pb = position.get(sources.get(b)!.source)!;
    return pa - pb || (a < b ? -1 : a > b ? 1 : 0);
  });
  const edgeRows = [
    ['edge', 'from → to', 'rps', 'reads', 'writes'],
    ...edgeIds.map((id) => {
      const e = result.edges.get(id)!;
      const d = sources.get(id)!;
      return [id, `${d.source} → ${d.target}${e.loop ? ' (closes a loop: carries nothing)' : ''}`, num(e.rps), num(e.reads), num(e.writes)];
    }),
  ];
  const summaries = trafficSummaries(design, result).map((s) => `- ${formatSummary(s, 'en')}`);
  return [
    `${design.name}: ${num(result.entryRps)} requests/s entering at ${entries}`,
    '',
    table(nodeRows, new Set([3, 4, 5, 6])),
    '',
    table(edgeRows, new Set([2, 3, 4])),
    ...(summaries.length ? ['', ...summaries] : []),
    '',
  ].join('\n');
}
