import { routePath } from '@stackcanvas/core';
import { BaseEdge, EdgeLabelRenderer, getSmoothStepPath, type EdgeProps } from '@xyflow/react';
import { memo } from 'react';
import { EdgeBadge } from '../diagnostics/Badges';
import { EdgeDecorationView, edgeStyle } from './Decorations';
import { useEdgeRoute } from './routesStore';
import type { MeaningFlowEdge } from './toFlow';

/**
 * An edge with what it means written on it ("origin /static/*", "session store"), as text. It
 * follows the route the canvas computed (core's `routeEdges`: around nodes, its own port on a
 * fan-out, the label by the arrow head); the image export draws the same route.
 */
export const MeaningEdge = memo(function MeaningEdge(props: EdgeProps<MeaningFlowEdge>) {
  const { id, sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition, data, selected, markerEnd } = props;
  const route = useEdgeRoute(id);
  let path: string;
  let labelX: number;
  let labelY: number;
  if (route) {
    path = routePath(route.points);
    ({ x: labelX, y: labelY } = route.label);
  } else {
    [path, labelX, labelY] = getSmoothStepPath({ sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition, borderRadius: 8 });
  }
  return (
    <>
      <BaseEdge
        id={id}
        path={path}
        markerEnd={markerEnd}
        className={data?.allowed === false ? 'edge-refused' : undefined}
        interactionWidth={16}
        style={edgeStyle(data?.decoration)}
      />
      <EdgeLabelRenderer>
        <div
          className={`edge-label nodrag nopan${selected ? ' selected' : ''}`}
          data-testid="edge-label"
          data-edge-id={id}
          style={{ transform: `translate(-50%, -50%) translate(${labelX}px, ${labelY}px)` }}
        >
          {data?.label ? <span>{data.label}</span> : null}
          <EdgeDecorationView decoration={data?.decoration} />
          <EdgeBadge edgeId={id} />
        </div>
      </EdgeLabelRenderer>
    </>
  );
});
