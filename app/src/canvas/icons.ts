/**
 * Official AWS Architecture Icons (npm `aws-icons`), bundled with the app so it works offline.
 * The kinds' icons come from the catalog through a build-time virtual module (`app/build/kind-icons.ts`);
 * the group icons (AWS Cloud, VPC, public and private subnets) frame the diagram. A unit test checks that every kind has one.
 */
import cloud from 'aws-icons/icons/architecture-group/AWSCloud.svg?url';
import privateSubnet from 'aws-icons/icons/architecture-group/Privatesubnet.svg?url';
import publicSubnet from 'aws-icons/icons/architecture-group/Publicsubnet.svg?url';
import vpc from 'aws-icons/icons/architecture-group/VirtualprivatecloudVPC.svg?url';
import { KIND_ICONS } from 'virtual:stackcanvas/kind-icons';

export const ICONS: Readonly<Record<string, string>> = {
  ...KIND_ICONS,
  'architecture-group/AWSCloud': cloud,
  'architecture-group/VirtualprivatecloudVPC': vpc,
  'architecture-group/Publicsubnet': publicSubnet,
  'architecture-group/Privatesubnet': privateSubnet,
};

export function iconUrl(icon: string): string {
  return ICONS[icon] ?? cloud;
}
