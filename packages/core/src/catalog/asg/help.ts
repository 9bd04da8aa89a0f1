import type { KindHelp } from '../kind';

/** The help texts of the asg kind's props (the inspector's and `docs/components.md`'s), loaded on demand. */
export const help: KindHelp = {
  props: {
    minSize: {
      en: 'Fewest instances the group keeps running.',
      ko: '그룹이 유지하는 최소 인스턴스 수입니다.',
    },
    maxSize: {
      en: 'Most instances the group scales out to.',
      ko: 'Scale Out 시 최대 인스턴스 수입니다.',
    },
    desiredCapacity: {
      en: 'Instances to run now; between the minimum and the maximum.',
      ko: '현재 실행할 인스턴스 수로, 최소와 최대 사이여야 합니다.',
    },
    instanceType: {
      en: 'EC2 instance type of the launch template (Amazon Linux 2023, x86_64).',
      ko: '시작 템플릿의 EC2 인스턴스 유형입니다(Amazon Linux 2023, x86_64).',
    },
    appPort: {
      en: 'Port the application listens on; only the load balancer may reach it.',
      ko: '애플리케이션이 수신하는 포트입니다. 로드 밸런서만 접근할 수 있습니다.',
    },
  },
};
