import { networkBoxes, type Design, type Position, type SubnetTier } from '@stackcanvas/core';
import { ViewportPortal } from '@xyflow/react';
import { memo, useMemo } from 'react';
import type { MessageKey } from '../i18n/index';
import { useAppStore, useT } from '../store/provider';
import { iconUrl } from './icons';

export const TIER_TITLE: Readonly<Record<SubnetTier, Extract<MessageKey, `subnet${string}`>>> = {
  public: 'subnetPublic',
  app: 'subnetApp',
  data: 'subnetData',
};
export const TIER_HELP: Readonly<Record<SubnetTier, Extract<MessageKey, `subnet${string}Help`>>> = {
  public: 'subnetPublicHelp',
  app: 'subnetAppHelp',
  data: 'subnetDataHelp',
};
/** AWS Architecture Icons' group icon of each tier (public: green, private: teal). */
export const TIER_ICON: Readonly<Record<SubnetTier, string>> = {
  public: 'architecture-group/Publicsubnet',
  app: 'architecture-group/Privatesubnet',
  data: 'architecture-group/Privatesubnet',
};
/** "a", "b", … for Availability Zone lanes. */
export const azName = (az: number) => String.fromCharCode(97 + az);

/**
 * The VPC drawn around the components that live inside it (`nodesInVpc`: the network plan) and, when the subnet
 * boxes are shown, one row per subnet tier of the network plan (core's `networkBoxes`) with one
 * lane per Availability Zone. Recomputed as nodes are added or moved (including while dragging,
 * from `overrides`). Not part of the document.
 */
export const VpcFrame = memo(function VpcFrame({ design, overrides }: { design: Design; overrides: ReadonlyMap<string, Position> | null }) {
  const t = useT();
  const subnets = useAppStore((s) => s.showSubnets);
  const boxes = useMemo(() => networkBoxes(design, { subnets, ...(overrides ? { positions: overrides } : {}) }), [design, overrides, subnets]);
  if (!boxes) return null;
  const { vpc, rows } = boxes;
  return (
    <ViewportPortal>
      <div className="vpc-frame" data-testid="vpc-frame" style={{ transform: `translate(${vpc.x}px, ${vpc.y}px)`, width: vpc.width, height: vpc.height }}>
        <div className="vpc-frame__title">
          <img src={iconUrl('architecture-group/VirtualprivatecloudVPC')} alt="" width={20} height={20} />
          <span>{t('vpcTitle')}</span>
        </div>
      </div>
      {rows.map((row) => (
        <div
          key={row.tier}
          className={`subnet-row subnet-row--${row.tier}`}
          data-testid="subnet-row"
          data-tier={row.tier}
          title={t(TIER_HELP[row.tier])}
          style={{ transform: `translate(${row.rect.x}px, ${row.rect.y}px)`, width: row.rect.width, height: row.rect.height }}
        >
          <div className="subnet-row__title">
            <img src={iconUrl(TIER_ICON[row.tier])} alt="" width={18} height={18} />
            <span>{t(TIER_TITLE[row.tier])}</span>
          </div>
          {row.lanes.map((lane) => (
            <div
              key={lane.az}
              className="subnet-lane"
              data-testid="subnet-lane"
              data-az={azName(lane.az)}
              style={{ top: lane.rect.y - row.rect.y, height: lane.rect.height }}
            >
              <span className="subnet-lane__name" title={t('azHelp', { az: azName(lane.az) })}>
                {t('azLane', { az: azName(lane.az) })}
              </span>
            </div>
          ))}
        </div>
      ))}
    </ViewportPortal>
  );
});
