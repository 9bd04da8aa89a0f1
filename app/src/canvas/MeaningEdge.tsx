import { BaseEdge, EdgeLabelRenderer, getSmoothStepPath, type EdgeProps } from '@xyflow/react';
import { memo } from 'react';
import { EdgeBadge } from '../diagnostics/Badges';
import { EdgeDecorationView, edgeStyle } from './Decorations';
import type { MeaningFlowEdge } from './toFlow';

/** An edge with what it means written on it ("origin /static/*", "session store"), as text. */
export const MeaningEdge = memo(function MeaningEdge(props: EdgeProps<MeaningFlowEdge>) {
  const { id, sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition, data, selected, markerEnd } = props;
  const [path, labelX, labelY] = getSmoothStepPath({ sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition, borderRadius: 8 });
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
