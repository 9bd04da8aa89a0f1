import { vpcFrame, type Design, type Position } from '@stackcanvas/core';
import { ViewportPortal } from '@xyflow/react';
import { memo, useMemo } from 'react';
import { useT } from '../store/provider';
import { iconUrl } from './icons';

/**
 * The VPC drawn around the components that live inside it (catalog `inVpc`), recomputed as nodes
 * are added or moved (including while dragging, from `overrides`). Not part of the document.
 */
export const VpcFrame = memo(function VpcFrame({ design, overrides }: { design: Design; overrides: ReadonlyMap<string, Position> | null }) {
  const t = useT();
  const frame = useMemo(() => vpcFrame(design, overrides ?? undefined), [design, overrides]);
  if (!frame) return null;
  return (
    <ViewportPortal>
      <div
        className="vpc-frame"
        data-testid="vpc-frame"
        style={{ transform: `translate(${frame.x}px, ${frame.y}px)`, width: frame.width, height: frame.height }}
      >
        <div className="vpc-frame__title">
          <img src={iconUrl('architecture-group/VirtualprivatecloudVPC')} alt="" width={20} height={20} />
          <span>{t('vpcTitle')}</span>
        </div>
      </div>
    </ViewportPortal>
  );
});
