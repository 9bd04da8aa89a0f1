import { q } from '../context';
import type { Rule } from '../types';

export const rdsBackupsOff: Rule = {
  id: 'SC6002',
  family: 'data',
  severity: 'warning',
  title: { en: 'RDS automated backups turned off', ko: 'RDS 자동 백업 꺼짐' },
  description: {
    en: 'A backup retention period of 0 days turns automated backups and point-in-time recovery off: a bad deploy or a deleted table cannot be undone.',
    ko: '백업 보존 기간이 0일이면 자동 백업과 특정 시점 복구가 꺼져, 잘못된 배포나 삭제된 테이블을 되돌릴 수 없습니다.',
  },
  fix: { en: 'Set the backup retention to 7 days or more.', ko: '백업 보존 기간을 7일 이상으로 설정하세요.' },
  docsUrl: 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_WorkingWithAutomatedBackups.html',
  *check(ctx) {
    for (const db of ctx.index.ofKind('rds')) {
      if (ctx.num(db, 'backupRetentionDays') !== 0) continue;
      yield { message: { en: `${q(db)} keeps no automated backups.`, ko: `${q(db)}에 자동 백업이 없습니다.` }, nodes: [db.id] };
    }
  },
};
