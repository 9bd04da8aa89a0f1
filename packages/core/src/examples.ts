/** The bundled example designs, reference architecture first (the app's "new from template"). */
import daxReadPath from '../../../examples/dax-read-path.stackcanvas.json' with { type: 'json' };
import serverlessReadPath from '../../../examples/serverless-read-path.stackcanvas.json' with { type: 'json' };
import sessionStore from '../../../examples/session-store.stackcanvas.json' with { type: 'json' };
import staticSite from '../../../examples/static-site.stackcanvas.json' with { type: 'json' };
import webCaching from '../../../examples/web-caching.stackcanvas.json' with { type: 'json' };
import { parseDesign } from './model/parse';
import type { Design } from './model/types';
import type { I18n } from './catalog/types';

export interface Example {
  readonly id: string;
  readonly title: I18n;
  readonly summary: I18n;
  readonly design: Design;
}

function load(raw: unknown): Design {
  const result = parseDesign(raw);
  if (!result.ok) throw new Error(`bundled example is invalid: ${result.errors[0]?.path} ${result.errors[0]?.message}`);
  return result.design;
}

export const EXAMPLES: readonly Example[] = [
  {
    id: 'web-caching',
    title: { en: 'Reference caching architecture', ko: 'AWS 캐싱 적용 아키텍처' },
    summary: {
      en: 'WAF and CloudFront at the edge, S3 for /static/*, ALB → Auto Scaling group with sessions in ElastiCache, DAX in front of DynamoDB, and a query cache beside RDS.',
      ko: '엣지의 WAF와 CloudFront, /static/* 용 S3, ALB → Auto Scaling 그룹(세션은 ElastiCache), DynamoDB 앞의 DAX, RDS 옆의 쿼리 캐시.',
    },
    design: load(webCaching),
  },
  {
    id: 'static-site',
    title: { en: 'Static site on S3 + CloudFront', ko: 'S3 + CloudFront 정적 사이트' },
    summary: {
      en: 'A private bucket served through CloudFront with origin access control.',
      ko: '오리진 액세스 제어로 CloudFront를 통해 제공되는 비공개 버킷.',
    },
    design: load(staticSite),
  },
  {
    id: 'session-store',
    title: { en: 'Session store behind an ALB', ko: 'ALB 뒤의 세션 저장소' },
    summary: { en: 'Web sessions kept in ElastiCache (Valkey) instead of sticky sessions.', ko: '고정 세션 대신 ElastiCache(Valkey)에 웹 세션을 저장.' },
    design: load(sessionStore),
  },
  {
    id: 'dax-read-path',
    title: { en: 'DAX read path', ko: 'DAX 읽기 경로' },
    summary: { en: 'An API tier reading DynamoDB through a three-node DAX cluster.', ko: '3노드 DAX 클러스터를 거쳐 DynamoDB를 읽는 API 계층.' },
    design: load(daxReadPath),
  },
  {
    id: 'serverless-read-path',
    title: { en: 'Serverless read path', ko: '서버리스 읽기 경로' },
    summary: {
      en: 'CloudFront → API Gateway with a stage cache → Lambda → DAX → DynamoDB: repeated GETs answered by the API cache, the rest by DAX in microseconds; the function joins the VPC only to reach DAX.',
      ko: 'CloudFront → 스테이지 캐시가 있는 API Gateway → Lambda → DAX → DynamoDB: 반복되는 GET은 API 캐시가, 나머지는 DAX가 마이크로초 단위로 응답하며, 함수는 DAX에 접근하기 위해서만 VPC에 배치됩니다.',
    },
    design: load(serverlessReadPath),
  },
];

export const REFERENCE_DESIGN: Design = EXAMPLES[0]!.design;
