/** The traffic what-if model: requests per second on every node and edge (docs/traffic-model.md). */
export * from './types';
export { DEFAULT_ENTRY_RPS } from './defaults';
export { capacityHint, computeTraffic, trafficProps } from './model';
export type { CacheSaving, CapacityInfo, EdgeTraffic, NodeTraffic, TrafficOptions, TrafficResult } from './model';
export { trafficFacet, TRAFFIC_KINDS } from './facets';
export { trafficEdgeProps, trafficNodeProps } from './props';
export { formatPercent, formatRate, formatSummary, SUMMARY_TEXTS, trafficSummaries } from './messages';
export type { SummaryId, TrafficSummary } from './messages';
