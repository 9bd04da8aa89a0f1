/** Severity badges drawn on nodes and edges; owned by the validation work (issue 4). */
export function NodeBadge(_props: { nodeId: string }) {
  return null;
}

export function EdgeBadge(_props: { edgeId: string }) {
  return null;
}
