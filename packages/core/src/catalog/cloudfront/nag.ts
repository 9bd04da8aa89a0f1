/** What cdk-nag's AwsSolutions pack finds on a distribution that does not apply or stays, with the reasons both exports write. */
import type { Acknowledgement } from '../../cfn/nag';

export const CLOUDFRONT_ACKS = {
  geoRestriction: {
    id: 'AwsSolutions-CFR1',
    reason:
      'The design serves every country: nothing in it says where its audience is. When it is known, add a GeoRestriction (allow list) to the distribution; the WAF, when drawn, can block by country too.',
  },
  defaultCertificate: {
    id: 'AwsSolutions-CFR4',
    reason:
      'The distribution serves its *.cloudfront.net name with the default CloudFront certificate, for which CloudFront does not apply a minimum protocol version (custom domains are not modelled yet). With a custom domain, set ViewerCertificate to its ACM certificate (us-east-1), SslSupportMethod sni-only and MinimumProtocolVersion TLSv1.2_2021.',
  },
  httpToLoadBalancer: {
    id: 'AwsSolutions-CFR5',
    reason:
      'CloudFront reaches the internet-facing load balancer over HTTP: its AWS DNS name (*.elb.amazonaws.com) has no certificate CloudFront could validate. Only requests with the secret origin header (from Secrets Manager) pass the listener, and only CloudFront origin-facing addresses reach port 80. Make the load balancer internal (a VPC origin, no internet path) or give it a custom domain with a certificate to go HTTPS only.',
  },
} as const satisfies Record<string, Acknowledgement>;
