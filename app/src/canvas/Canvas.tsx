import { Background, Controls, MiniMap, ReactFlow, type NodeTypes } from '@xyflow/react';
import { useMemo } from 'react';
import { useAppStore } from '../store/createAppStore';
import { ServiceNode } from './ServiceNode';
import { toFlowEdges, toFlowNodes } from './toFlow';

const nodeTypes: NodeTypes = { service: ServiceNode };

export function Canvas() {
  const design = useAppStore((s) => s.design);
  const locale = useAppStore((s) => s.locale);
  const nodes = useMemo(() => toFlowNodes(design, locale), [design, locale]);
  const edges = useMemo(() => toFlowEdges(design, locale), [design, locale]);
  return (
    <div className="canvas" data-testid="canvas">
      <ReactFlow nodes={nodes} edges={edges} nodeTypes={nodeTypes} fitView proOptions={{ hideAttribution: true }}>
        <Background gap={20} />
        <Controls />
        <MiniMap pannable zoomable />
      </ReactFlow>
    </div>
  );
}
