import { typeOptions, type ComponentSpec } from '../types';
import { CACHE_NODE_TYPES } from './instance-types';

export const elasticache: ComponentSpec = {
  kind: 'elasticache',
  name: { en: 'Amazon ElastiCache', ko: 'Amazon ElastiCache' },
  description: {
    en: 'Fully managed in-memory cache (Redis OSS, Valkey, Memcached): keep web sessions off the servers, or cache heavy, repeated database queries.',
    ko: '완전 관리형 인 메모리 캐시(Redis / Valkey / Memcached)입니다. 웹 세션을 서버가 아닌 외부 저장 공간에 캐싱하거나, 무겁고 반복되는 데이터베이스 쿼리 결과를 캐싱합니다.',
  },
  category: 'caching',
  icon: 'architecture-service/AmazonElastiCache',
  inVpc: true,
  docsUrl: 'https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/WhatIs.html',
  props: {
    engine: {
      type: 'enum',
      default: 'redis',
      options: [
        { value: 'redis', label: { en: 'Redis OSS', ko: 'Redis OSS' } },
        { value: 'valkey', label: { en: 'Valkey', ko: 'Valkey' } },
        { value: 'memcached', label: { en: 'Memcached', ko: 'Memcached' } },
      ],
      label: { en: 'Engine', ko: '엔진' },
    },
    purpose: {
      type: 'enum',
      default: 'cache',
      options: [
        { value: 'cache', label: { en: 'Query / result cache', ko: '쿼리 / 결과 캐시' } },
        { value: 'sessions', label: { en: 'Web session store', ko: '웹 세션 저장소' } },
      ],
      label: { en: 'Purpose', ko: '용도' },
    },
    replicas: {
      type: 'integer',
      default: 1,
      min: 0,
      max: 5,
      label: { en: 'Read replicas', ko: '읽기 복제본' },
    },
    nodeType: {
      type: 'string',
      default: 'cache.t4g.small',
      maxLength: 40,
      pattern: '^cache\\.[a-z0-9]+\\.[a-z0-9]+$',
      patternHelp: {
        en: 'An ElastiCache node type such as cache.t4g.small or cache.r7g.large.',
        ko: 'cache.t4g.small, cache.r7g.large 같은 ElastiCache 노드 유형이어야 합니다.',
      },
      suggestions: typeOptions(CACHE_NODE_TYPES),
      label: { en: 'Node type', ko: '노드 유형' },
    },
  },
  connections: [],
  connectionHint: {
    en: 'ElastiCache does not call other services: the application (Auto Scaling group) reads and writes it, and reads the database itself on a miss.',
    ko: 'ElastiCache는 다른 서비스를 호출하지 않습니다. 애플리케이션(Auto Scaling 그룹)이 캐시를 읽고 쓰며, 캐시 미스 시 데이터베이스를 직접 조회합니다.',
  },
};
