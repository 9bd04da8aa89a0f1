import type { KindHelp } from '../kind';

/** The help texts of the cfn-resource kind's props (the inspector's and `docs/components.md`'s), loaded on demand. */
export const help: KindHelp = {
  props: {
    type: {
      en: 'CloudFormation resource type, e.g. AWS::SNS::Topic.',
      ko: 'CloudFormation 리소스 유형입니다(예: AWS::SNS::Topic).',
    },
    logicalId: {
      en: 'The logical id the resource had in the imported template; it is written back unchanged.',
      ko: '가져온 템플릿에서의 논리적 ID이며 그대로 다시 내보내집니다.',
    },
    properties: {
      en: 'The Properties of the resource as imported, written back unchanged.',
      ko: '가져온 리소스의 Properties이며 변경 없이 다시 내보내집니다.',
    },
    attributes: {
      en: 'DependsOn, Condition, DeletionPolicy, UpdateReplacePolicy, Metadata, CreationPolicy, UpdatePolicy as imported.',
      ko: '가져온 DependsOn, Condition, DeletionPolicy, UpdateReplacePolicy, Metadata 등입니다.',
    },
  },
};
