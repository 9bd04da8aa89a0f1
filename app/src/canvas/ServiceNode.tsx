import { catalog } from '@stackcanvas/core';
import { Handle, Position, type NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { NodeBadge } from '../diagnostics/Badges';
import { translate } from '../i18n/index';
import { decorationAttributes, decorationClass, NodeDecorationView } from './Decorations';
import { iconUrl } from './icons';
import { nodeLabel, type ServiceFlowNode } from './toFlow';

/** One generic node driven by catalog metadata; labels are rendered as text, never as HTML. */
export const ServiceNode = memo(function ServiceNode({ data, selected }: NodeProps<ServiceFlowNode>) {
  const spec = catalog[data.node.kind];
  const label = nodeLabel(data.node, data.locale);
  return (
    <div
      className={`service-node${selected ? ' selected' : ''}${spec.inVpc ? ' in-vpc' : ''}${data.outsideVpc ? ' outside-vpc' : ''}${decorationClass(data.decoration)}`}
      data-testid={`node-${data.node.kind}`}
      {...decorationAttributes(data.decoration)}
      title={`${label}\n${spec.name[data.locale]}\n\n${spec.description[data.locale]}`}
    >
      <Handle type="target" position={Position.Left} />
      <img className="service-node__icon" src={iconUrl(spec.icon)} alt="" draggable={false} />
      <div className="service-node__text">
        <div className="service-node__label">{label}</div>
        <div className="service-node__kind">{spec.name[data.locale]}</div>
      </div>
      {data.outsideVpc ? (
        <span className="service-node__tag" data-testid="outside-vpc" title={translate(data.locale, 'outsideVpcHelp')}>
          {translate(data.locale, 'outsideVpc')}
        </span>
      ) : null}
      <NodeBadge nodeId={data.node.id} />
      <NodeDecorationView decoration={data.decoration} locale={data.locale} />
      <Handle type="source" position={Position.Right} />
    </div>
  );
});
