import type { ComponentSpec } from '../types';

/**
 * A CloudFormation resource the catalog does not model, kept verbatim from an imported template
 * and written back unchanged on export, so an import loses nothing.
 */
export const cfnResource: ComponentSpec = {
  kind: 'cfn-resource',
  name: { en: 'CloudFormation resource', ko: 'CloudFormation 리소스' },
  description: {
    en: 'A resource from an imported template that Stackcanvas does not model; it is kept and exported unchanged.',
    ko: '가져온 템플릿에서 Stackcanvas가 모델링하지 않는 리소스입니다. 변경 없이 보존되어 그대로 내보내집니다.',
  },
  category: 'other',
  icon: 'architecture-group/AWSCloud',
  inVpc: false,
  hidden: true,
  docsUrl: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-template-resource-type-ref.html',
  props: {
    type: {
      type: 'string',
      default: 'AWS::CloudFormation::WaitConditionHandle',
      maxLength: 256,
      // `AWS::Service::Resource`, `Custom::Name`, and types that macros and registry extensions
      // provide (e.g. `Boto3::CodeCommit.put_file`): parts of letters, digits and _ . @ -, joined by `::`.
      pattern: '^[A-Za-z0-9]+(?:::[A-Za-z0-9_.@-]+)+$',
      label: { en: 'Resource type', ko: '리소스 유형' },
    },
    logicalId: {
      type: 'string',
      default: undefined,
      maxLength: 255,
      pattern: '^[A-Za-z0-9]+$',
      label: { en: 'Logical id', ko: '논리적 ID' },
    },
    properties: {
      type: 'json',
      default: {},
      label: { en: 'Properties', ko: '속성' },
    },
    attributes: {
      type: 'json',
      default: {},
      label: { en: 'Resource attributes', ko: '리소스 속성' },
    },
  },
  connections: [{ target: '*', meaning: { en: 'references', ko: '참조' } }],
  connectionHint: { en: 'An imported resource may reference any other.', ko: '가져온 리소스는 다른 리소스를 참조할 수 있습니다.' },
};
