import { catalog } from '@stackcanvas/core';
import { Handle, Position, type NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { NodeBadge } from '../diagnostics/Badges';
import { translate } from '../i18n/index';
import { decorationAttributes, decorationClass, NodeDecorationView } from './Decorations';
import { iconUrl } from './icons';
import { NODE_TEXT, wrapText, type Lines } from './textLayout';
import { nodeLabel, type ServiceFlowNode } from './toFlow';

/** Text drawn in the lines `textLayout` computed (the image export breaks them the same way); a cut text keeps its whole for readers. */
function TextLines({ text, lines, className }: { text: string; lines: Lines; className: string }) {
  return (
    <div className={className}>
      {lines.lines.map((line, i) => (
        <span key={i} className="line" aria-hidden={lines.truncated || undefined}>
          {line}
        </span>
      ))}
      {lines.truncated ? <span className="sr-only">{text}</span> : null}
    </div>
  );
}

/** One generic node driven by catalog metadata; labels are rendered as text, never as HTML. Requests come in at the top and go out at the bottom. */
export const ServiceNode = memo(function ServiceNode({ data, selected }: NodeProps<ServiceFlowNode>) {
  const spec = catalog[data.node.kind];
  const label = nodeLabel(data.node, data.locale);
  const kind = spec.name[data.locale];
  return (
    <div
      className={`service-node${selected ? ' selected' : ''}${spec.inVpc ? ' in-vpc' : ''}${data.outsideVpc ? ' outside-vpc' : ''}${decorationClass(data.decoration)}`}
      data-testid={`node-${data.node.kind}`}
      {...decorationAttributes(data.decoration)}
      title={`${label}\n${kind}\n\n${spec.description[data.locale]}`}
    >
      <Handle type="target" position={Position.Top} />
      <img className="service-node__icon" src={iconUrl(spec.icon)} alt="" draggable={false} />
      <div className="service-node__text">
        <TextLines className="service-node__label" text={label} lines={wrapText(label, NODE_TEXT.width, NODE_TEXT.label)} />
        <TextLines className="service-node__kind" text={kind} lines={wrapText(kind, NODE_TEXT.width, NODE_TEXT.kind)} />
      </div>
      {data.outsideVpc ? (
        <span className="service-node__tag" data-testid="outside-vpc" title={translate(data.locale, 'outsideVpcHelp')}>
          {translate(data.locale, 'outsideVpc')}
        </span>
      ) : null}
      <NodeBadge nodeId={data.node.id} />
      <NodeDecorationView decoration={data.decoration} locale={data.locale} />
      <Handle type="source" position={Position.Bottom} />
    </div>
  );
});
