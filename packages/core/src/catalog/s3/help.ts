import type { KindHelp } from '../kind';

/** The help texts of the s3 kind's props (the inspector's and `docs/components.md`'s), loaded on demand. */
export const help: KindHelp = {
  props: {
    versioning: {
      en: 'Keep every version of every object, so an overwrite or delete can be undone.',
      ko: '모든 객체의 모든 버전을 보관하여 덮어쓰기나 삭제를 되돌릴 수 있습니다.',
    },
    encryption: {
      en: 'How objects are encrypted at rest. Public access is always blocked.',
      ko: '저장된 객체의 암호화 방식입니다. 퍼블릭 액세스는 항상 차단됩니다.',
    },
  },
};
