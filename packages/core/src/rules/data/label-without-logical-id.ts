import { pascalCase } from '../../cfn/logical-ids';
import type { Rule } from '../types';

const LATIN = /[A-Za-z]/;

export const labelWithoutLogicalId: Rule = {
  id: 'SC6006',
  family: 'data',
  severity: 'info',
  title: { en: 'Label gives no logical id', ko: '논리적 ID를 만들 수 없는 레이블' },
  description: {
    en: 'CloudFormation logical ids are letters A–Z and digits only. A label with neither (e.g. only Korean) cannot name the resource, so the node id is used; the template is harder to read.',
    ko: 'CloudFormation 논리적 ID는 영문자 A–Z와 숫자만 사용할 수 있습니다. 레이블에 둘 다 없으면(예: 한글만 사용) 리소스 이름으로 쓸 수 없어 노드 ID가 대신 사용되며, 템플릿을 읽기 어려워집니다.',
  },
  fix: { en: 'Add a few Latin letters to the label, e.g. “세션 저장소 Sessions”.', ko: '레이블에 영문자를 추가하세요(예: “세션 저장소 Sessions”).' },
  docsUrl: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/resources-section-structure.html',
  *check(ctx) {
    for (const node of ctx.design.nodes) {
      // A Latin letter always survives into the logical id (and makes the label non-blank): then the (slower) conversion is skipped.
      if (node.kind === 'cfn-resource' || node.label === undefined || LATIN.test(node.label) || node.label.trim() === '') continue;
      if (pascalCase(node.label) !== '') continue;
      const id = pascalCase(node.id);
      yield {
        message: {
          en: `“${node.label}” has no letters A–Z or digits: its logical id comes from the node id (“${id}”).`,
          ko: `“${node.label}”에는 영문자나 숫자가 없어 논리적 ID를 노드 ID(“${id}”)로 만듭니다.`,
        },
        nodes: [node.id],
      };
    }
  },
};
