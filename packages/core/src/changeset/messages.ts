/**
 * The change set's findings: a stable code, a severity and the English and Korean text, built
 * from string parameters. Kept in one file so the project's error catalogue can take it over.
 * Korean text never puts a particle right after a logical id or a type name (their reading is
 * unknown); particles after Korean nouns follow the final consonant (`josa`).
 */
import type { Cause, Finding, FindingSeverity } from './types';

type Params = Readonly<Record<string, string>>;

interface MessageDef {
  readonly severity: FindingSeverity;
  /** What the code is about, for docs/changesets.md. */
  readonly title: string;
  readonly en: (p: Params) => string;
  readonly ko: (p: Params) => string;
}

/** The particle of a pair (`'이/가'`, `'은/는'`, `'을/를'`, `'과/와'`, `'으로/로'`) after `word`, by its last Hangul syllable. */
export function josa(word: string, pair: '이/가' | '은/는' | '을/를' | '과/와' | '으로/로'): string {
  const [withFinal, withoutFinal] = pair.split('/') as [string, string];
  const bare = word.replace(/\s*\([^)]*\)\s*$/, '');
  const code = bare.charCodeAt(bare.length - 1);
  if (!(code >= 0xac00 && code <= 0xd7a3)) return `${word}${withFinal}(${withoutFinal})`;
  const final = (code - 0xac00) % 28;
  if (pair === '으로/로') return `${word}${final === 0 || final === 8 ? withoutFinal : withFinal}`;
  return `${word}${final === 0 ? withoutFinal : withFinal}`;
}

const p = (params: Params, key: string) => params[key] ?? '';

export const MESSAGES = {
  'SC-CS-001': {
    severity: 'warning',
    title: 'A replacement deletes the data',
    en: (x) =>
      `${p(x, 'logicalId')} (${p(x, 'type')}) is replaced: the old ${p(x, 'noun')} is deleted with ${p(x, 'data')}, and the new one starts empty. Set UpdateReplacePolicy to Retain or Snapshot to keep it.`,
    ko: (x) =>
      `${p(x, 'logicalId')}(${p(x, 'type')}): 교체됩니다. 기존 ${josa(p(x, 'nounKo'), '이/가')} ${josa(p(x, 'dataKo'), '과/와')} 함께 삭제되고, 새 ${josa(p(x, 'nounKo'), '은/는')} 비어 있는 상태로 시작합니다. 보존하려면 UpdateReplacePolicy를 Retain 또는 Snapshot으로 설정하세요.`,
  },
  'SC-CS-002': {
    severity: 'warning',
    title: 'A possible replacement would delete the data',
    en: (x) =>
      `${p(x, 'logicalId')} (${p(x, 'type')}) may be replaced (${p(x, 'reason')}); if it is, the old ${p(x, 'noun')} is deleted with ${p(x, 'data')}, and the new one starts empty. Set UpdateReplacePolicy to Retain or Snapshot to keep it.`,
    ko: (x) =>
      `${p(x, 'logicalId')}(${p(x, 'type')}): 교체될 수 있습니다(${p(x, 'reasonKo')}). 교체되면 기존 ${josa(p(x, 'nounKo'), '이/가')} ${josa(p(x, 'dataKo'), '과/와')} 함께 삭제되고, 새 ${josa(p(x, 'nounKo'), '은/는')} 비어 있는 상태로 시작합니다. 보존하려면 UpdateReplacePolicy를 Retain 또는 Snapshot으로 설정하세요.`,
  },
  'SC-CS-003': {
    severity: 'warning',
    title: 'A removal deletes the data',
    en: (x) =>
      `${p(x, 'logicalId')} (${p(x, 'type')}) is removed: the ${p(x, 'noun')} is deleted with ${p(x, 'data')}. To keep it, first deploy DeletionPolicy: Retain (or Snapshot) on it, then remove it.`,
    ko: (x) =>
      `${p(x, 'logicalId')}(${p(x, 'type')}): 제거됩니다. ${josa(p(x, 'nounKo'), '이/가')} ${josa(p(x, 'dataKo'), '과/와')} 함께 삭제됩니다. 보존하려면 먼저 DeletionPolicy: Retain(또는 Snapshot)을 배포한 뒤 제거하세요.`,
  },
  'SC-CS-004': {
    severity: 'warning',
    title: 'A replacement keeps the old resource (Retain)',
    en: (x) =>
      `${p(x, 'logicalId')} (${p(x, 'type')}) ${p(x, 'certain') === 'true' ? 'is' : 'may be'} replaced: UpdateReplacePolicy ${p(x, 'policy')} keeps the old ${p(x, 'noun')} with ${p(x, 'data')} outside the stack (no longer managed by it, still billed); the new one starts empty.`,
    ko: (x) =>
      `${p(x, 'logicalId')}(${p(x, 'type')}): ${p(x, 'certain') === 'true' ? '교체됩니다' : '교체될 수 있습니다'}. UpdateReplacePolicy ${p(x, 'policy')}에 따라 기존 ${josa(p(x, 'nounKo'), '은/는')} ${josa(p(x, 'dataKo'), '과/와')} 함께 스택 밖에 남습니다(스택이 더 이상 관리하지 않으며 비용은 계속 발생). 새 ${josa(p(x, 'nounKo'), '은/는')} 비어 있는 상태로 시작합니다.`,
  },
  'SC-CS-005': {
    severity: 'warning',
    title: 'A replacement takes a snapshot first',
    en: (x) =>
      `${p(x, 'logicalId')} (${p(x, 'type')}) ${p(x, 'certain') === 'true' ? 'is' : 'may be'} replaced: CloudFormation takes a snapshot of the old ${p(x, 'noun')} before deleting it (UpdateReplacePolicy: Snapshot); the new one starts empty unless you restore that snapshot into it.`,
    ko: (x) =>
      `${p(x, 'logicalId')}(${p(x, 'type')}): ${p(x, 'certain') === 'true' ? '교체됩니다' : '교체될 수 있습니다'}. CloudFormation이 기존 ${p(x, 'nounKo')}의 스냅샷을 만든 뒤 삭제합니다(UpdateReplacePolicy: Snapshot). 새 ${josa(p(x, 'nounKo'), '은/는')} 그 스냅샷에서 복원하지 않으면 비어 있는 상태로 시작합니다.`,
  },
  'SC-CS-006': {
    severity: 'info',
    title: 'A removal keeps the resource (Retain)',
    en: (x) =>
      `${p(x, 'logicalId')} (${p(x, 'type')}) is removed from the stack, but DeletionPolicy ${p(x, 'policy')} keeps the ${p(x, 'noun')} with ${p(x, 'data')} (no longer managed by the stack, still billed).`,
    ko: (x) =>
      `${p(x, 'logicalId')}(${p(x, 'type')}): 스택에서 제거되지만 DeletionPolicy ${p(x, 'policy')}에 따라 ${josa(p(x, 'nounKo'), '은/는')} ${josa(p(x, 'dataKo'), '과/와')} 함께 남습니다(스택이 더 이상 관리하지 않으며 비용은 계속 발생).`,
  },
  'SC-CS-007': {
    severity: 'info',
    title: 'A removal takes a final snapshot',
    en: (x) =>
      `${p(x, 'logicalId')} (${p(x, 'type')}) is removed: CloudFormation takes a final snapshot of the ${p(x, 'noun')} before deleting it (DeletionPolicy: Snapshot${p(x, 'implicit') === 'true' ? ', the default for this type' : ''}).`,
    ko: (x) =>
      `${p(x, 'logicalId')}(${p(x, 'type')}): 제거됩니다. CloudFormation이 삭제하기 전에 ${p(x, 'nounKo')}의 최종 스냅샷을 만듭니다(DeletionPolicy: Snapshot${p(x, 'implicit') === 'true' ? ', 이 유형의 기본값' : ''}).`,
  },
  'SC-CS-008': {
    severity: 'warning',
    title: 'Snapshot is not supported: the data is deleted',
    en: (x) =>
      `${p(x, 'logicalId')} (${p(x, 'type')}) is ${p(x, 'what') === 'remove' ? 'removed' : p(x, 'certain') === 'true' ? 'replaced' : 'possibly replaced'} and ${p(x, 'policyName')}: Snapshot keeps nothing here (snapshots are not supported for it): the ${p(x, 'noun')} is deleted with ${p(x, 'data')}. Use Retain to keep it.`,
    ko: (x) =>
      `${p(x, 'logicalId')}(${p(x, 'type')}): ${p(x, 'what') === 'remove' ? '제거됩니다' : p(x, 'certain') === 'true' ? '교체됩니다' : '교체될 수 있습니다'}. 이 리소스는 스냅샷을 지원하지 않아 ${p(x, 'policyName')}: Snapshot으로는 아무것도 보존되지 않습니다. ${josa(p(x, 'nounKo'), '이/가')} ${josa(p(x, 'dataKo'), '과/와')} 함께 삭제됩니다. 보존하려면 Retain을 사용하세요.`,
  },
  'SC-CS-010': {
    severity: 'error',
    title: 'A replacement cannot succeed: the custom name is kept',
    en: (x) =>
      `${p(x, 'logicalId')} (${p(x, 'type')}) must be replaced but keeps its name (${p(x, 'property')} = ${p(x, 'value')}): CloudFormation creates the new ${p(x, 'noun')} before deleting the old one, the name is still taken, and the update fails. Change the name, or remove ${p(x, 'property')} so CloudFormation generates one.`,
    ko: (x) =>
      `${p(x, 'logicalId')}(${p(x, 'type')}): 교체해야 하지만 이름을 그대로 유지합니다(${p(x, 'property')} = ${p(x, 'value')}). CloudFormation은 새 ${josa(p(x, 'nounKo'), '을/를')} 먼저 만든 뒤 기존 것을 삭제하므로 이름이 아직 사용 중이어서 업데이트가 실패합니다. 이름을 바꾸거나 ${p(x, 'property')} 속성을 지워 CloudFormation이 이름을 만들게 하세요.`,
  },
  'SC-CS-011': {
    severity: 'warning',
    title: 'A possible replacement would fail: the custom name is kept',
    en: (x) =>
      `${p(x, 'logicalId')} (${p(x, 'type')}) may be replaced (${p(x, 'reason')}) and keeps its name (${p(x, 'property')} = ${p(x, 'value')}): if it is replaced, the name is still taken by the old ${p(x, 'noun')} and the update fails. Change the name, or remove ${p(x, 'property')} so CloudFormation generates one.`,
    ko: (x) =>
      `${p(x, 'logicalId')}(${p(x, 'type')}): 교체될 수 있는데(${p(x, 'reasonKo')}) 이름을 그대로 유지합니다(${p(x, 'property')} = ${p(x, 'value')}). 교체되면 기존 ${josa(p(x, 'nounKo'), '이/가')} 아직 이름을 쓰고 있어 업데이트가 실패합니다. 이름을 바꾸거나 ${p(x, 'property')} 속성을 지워 CloudFormation이 이름을 만들게 하세요.`,
  },
  'SC-CS-012': {
    severity: 'error',
    title: 'A logical id changes its resource type',
    en: (x) =>
      `${p(x, 'logicalId')} changes type from ${p(x, 'oldType')} to ${p(x, 'newType')}: CloudFormation refuses this update ("Update of resource type is not permitted"). Give the new resource another logical id, or remove the old one in one update and add the new one in the next.`,
    ko: (x) =>
      `${p(x, 'logicalId')}: 리소스 유형 변경(${p(x, 'oldType')} → ${p(x, 'newType')})은 CloudFormation이 허용하지 않습니다("Update of resource type is not permitted"). 새 리소스에 다른 논리적 ID를 주거나, 한 번의 업데이트로 기존 리소스를 제거한 뒤 다음 업데이트에서 새 리소스를 추가하세요.`,
  },
  'SC-CS-013': {
    severity: 'error',
    title: 'An added resource takes the name of a removed one',
    en: (x) =>
      `${p(x, 'logicalId')} (${p(x, 'type')}) is added with the name of ${p(x, 'removedId')}, which this update removes (${p(x, 'property')} = ${p(x, 'value')}): CloudFormation creates resources before it deletes the removed ones, the name is still taken, and the update fails. Keep the old logical id, or use another name.`,
    ko: (x) =>
      `${p(x, 'logicalId')}(${p(x, 'type')}): 이번 업데이트에서 제거되는 ${p(x, 'removedId')}의 이름을 그대로 써서 추가됩니다(${p(x, 'property')} = ${p(x, 'value')}). CloudFormation은 제거할 리소스를 삭제하기 전에 새 리소스를 만들므로 이름이 아직 사용 중이어서 업데이트가 실패합니다. 기존 논리적 ID를 유지하거나 다른 이름을 쓰세요.`,
  },
} as const satisfies Record<string, MessageDef>;

export type FindingCode = keyof typeof MESSAGES;

export function finding(code: FindingCode, logicalId: string, params: Params): Finding {
  const def: MessageDef = MESSAGES[code];
  const all = { ...params, logicalId };
  return { code, severity: def.severity, logicalId, params: all, en: def.en(all), ko: def.ko(all) };
}

/** Why something may happen, for "may be replaced (…)". */
export function causeText(cause: Cause): { en: string; ko: string } {
  const name = cause.name ?? '';
  switch (cause.kind) {
    case 'parameter':
      return { en: `depends on parameter ${name}`, ko: `파라미터 ${name} 값에 따라 달라짐` };
    case 'condition':
      return { en: `depends on condition ${name}`, ko: `조건 ${name} 값에 따라 달라짐` };
    case 'mapping':
      return { en: `depends on which row of mapping ${name} applies`, ko: `매핑 ${name}에서 어느 행이 쓰이는지에 따라 달라짐` };
    case 'replaced':
      return { en: `refers to ${name}, which is replaced`, ko: `교체되는 리소스 ${name} 참조` };
    case 'spec':
      return {
        en: 'the resource schema says this property replaces the resource only in some cases',
        ko: '리소스 스키마상 이 속성은 경우에 따라 리소스를 교체함',
      };
    case 'unknown-type':
      return { en: 'the replacement data does not know this resource type', ko: '교체 정보에 없는 리소스 유형' };
  }
}

export function causesText(causes: readonly Cause[]): { en: string; ko: string } {
  const texts = causes.map(causeText);
  return { en: texts.map((t) => t.en).join('; ') || 'depends on deploy-time values', ko: texts.map((t) => t.ko).join('; ') || '배포 시점의 값에 따라 달라짐' };
}
