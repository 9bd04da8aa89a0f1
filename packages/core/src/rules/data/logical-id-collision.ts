import { assignLogicalIds } from '../../cfn/logical-ids';
import { cachedLogicalIdBase } from '../helpers';
import type { Rule } from '../types';

/**
 * Labels that give the same CloudFormation name. The export disambiguates them with the node id,
 * but then one node's logical id depends on another node's label: renaming either changes the
 * other's logical id, and CloudFormation replaces (deletes and recreates) that resource.
 */
export const logicalIdCollision: Rule = {
  id: 'SC6005',
  family: 'data',
  severity: 'warning',
  title: { en: 'Labels collide as logical ids', ko: '논리적 ID가 겹치는 레이블' },
  description: {
    en: 'Logical ids come from labels (letters and digits only) and must be unique in a template. When two labels give the same id, the node id is appended; renaming one of them later changes the other’s logical id, and a stack update then replaces that resource (for a database: a new, empty one).',
    ko: '논리적 ID는 레이블(영문자와 숫자만)로 만들어지며 템플릿 안에서 고유해야 합니다. 두 레이블이 같은 ID가 되면 노드 ID가 덧붙습니다. 나중에 하나의 이름을 바꾸면 다른 리소스의 논리적 ID가 바뀌고, 스택 업데이트 시 그 리소스가 교체됩니다(데이터베이스라면 새로 빈 데이터베이스).',
  },
  fix: { en: 'Give the components labels that differ in letters or digits.', ko: '구성 요소마다 영문자나 숫자가 다른 레이블을 지정하세요.' },
  docsUrl: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/using-cfn-updating-stacks-update-behaviors.html',
  *check(ctx) {
    const kept = new Map<string, string>();
    // Base → the node id that wants it, or the ids when several do (an array only for a collision).
    const groups = new Map<string, string | string[]>();
    for (const node of ctx.design.nodes) {
      const keptId = node.kind === 'cfn-resource' ? ctx.prop(node, 'logicalId') : undefined;
      if (typeof keptId === 'string' && keptId) {
        kept.set(keptId, node.id);
        continue;
      }
      const base = cachedLogicalIdBase(node);
      const seen = groups.get(base);
      if (seen === undefined) groups.set(base, node.id);
      else if (typeof seen === 'string') groups.set(base, [seen, node.id]);
      else seen.push(node.id);
    }
    let ids: Map<string, string> | undefined;
    for (const [base, group] of groups) {
      const clash = kept.get(base);
      if (typeof group === 'string' && clash === undefined) continue;
      const members = typeof group === 'string' ? [group] : group;
      ids ??= assignLogicalIds(ctx.design);
      const all = (clash !== undefined ? [...members, clash] : [...members]).sort();
      const names = all.map((id) => `“${ctx.node(id)?.label ?? id}” → ${ids!.get(id) ?? base}`).join(', ');
      yield {
        message: {
          en: `${all.length} components want the logical id “${base}”: ${names}.`,
          ko: `구성 요소 ${all.length}개가 같은 논리적 ID “${base}”가 됩니다: ${names}.`,
        },
        nodes: all,
      };
    }
  },
};
