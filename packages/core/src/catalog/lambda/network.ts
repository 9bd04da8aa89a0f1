/**
 * Where a Lambda function sits in the network plan. A function runs outside the VPC unless it
 * must reach something that lives only inside it (ElastiCache, DAX, RDS): then it gets the
 * private subnets and a security group, which the callees open their ports to. Inside, it needs
 * outbound access (NAT) only for what it calls through public AWS endpoints: DynamoDB, S3, and
 * Secrets Manager for an RDS database's credentials.
 */
import type { DesignIndex } from '../../model/graph';
import type { DesignNode } from '../../model/types';
import type { NetworkFacet } from '../kind';

/** Callee kinds reachable only from inside the VPC. */
const IN_VPC_CALLEES: ReadonlySet<string> = new Set(['dax', 'elasticache', 'rds']);
/** Callee kinds a function in the VPC reaches through public AWS endpoints (RDS: its secret in Secrets Manager). */
const THROUGH_AWS_ENDPOINTS: ReadonlySet<string> = new Set(['dynamodb', 's3', 'rds']);

export type VpcPlacement = 'auto' | 'always' | 'never';

export function placementOf(node: DesignNode): VpcPlacement {
  const v = node.props['vpc'];
  return v === 'always' || v === 'never' ? v : 'auto';
}

function calleeKinds(node: DesignNode, index: DesignIndex): Set<string> {
  const out = new Set<string>();
  for (const e of index.outgoing(node.id)) {
    const t = index.nodes.get(e.target);
    if (t) out.add(t.kind);
  }
  return out;
}

/** Whether the function calls a service that is reachable only from inside the VPC. */
export function callsIntoVpc(node: DesignNode, index: DesignIndex): boolean {
  return [...calleeKinds(node, index)].some((k) => IN_VPC_CALLEES.has(k));
}

export const lambdaNetwork: NetworkFacet = {
  tier(node, index) {
    const placement = placementOf(node);
    if (placement === 'never') return undefined;
    if (placement === 'always' || callsIntoVpc(node, index)) return 'app';
    return undefined;
  },
  // Asked only when the function is in the VPC.
  egress: (node, index) => placementOf(node) === 'always' || [...calleeKinds(node, index)].some((k) => THROUGH_AWS_ENDPOINTS.has(k)),
};
