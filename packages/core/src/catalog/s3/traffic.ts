/**
 * S3 in the traffic what-if: a data store, usually CloudFront's origin for static objects.
 * As an origin it defaults to most of the distribution's requests (a page loads many static
 * objects per HTML document) and a high edge hit ratio (versioned objects with long TTLs).
 */
import { UNITS } from '../../traffic/specs';
import type { TrafficFacet } from '../../traffic/types';

/**
 * "At least 3,500 PUT/COPY/POST/DELETE or 5,500 GET/HEAD requests per second per partitioned
 * Amazon S3 prefix". The model treats the bucket as one prefix and the two figures as one budget.
 * https://docs.aws.amazon.com/AmazonS3/latest/userguide/optimizing-performance.html
 */
const READS_PER_SECOND = 5_500;
const WRITES_PER_SECOND = 3_500;

export const s3Traffic: TrafficFacet = {
  role: 'data-store',
  inEdgeDefaults: { trafficShare: 80, hitRatio: 95, writeShare: 10 },
  capacity: () => ({
    limit: READS_PER_SECOND,
    unit: UNITS.requests,
    basis: {
      en: 'S3: 5,500 GET/HEAD or 3,500 PUT/COPY/POST/DELETE requests per second per partitioned prefix, one prefix assumed',
      ko: 'S3: 파티션된 접두사당 초당 GET/HEAD 5,500건 또는 PUT/COPY/POST/DELETE 3,500건, 접두사 하나로 가정',
    },
    source: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/optimizing-performance.html',
    utilization: (load) => load.reads / READS_PER_SECOND + load.writes / WRITES_PER_SECOND,
  }),
};
