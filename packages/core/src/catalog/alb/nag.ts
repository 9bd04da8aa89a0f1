/** What cdk-nag's AwsSolutions pack finds on a load balancer that does not apply, with the reasons both exports write. */
import type { Acknowledgement } from '../../cfn/nag';

export const ALB_ACKS = {
  openToInternet: {
    id: 'AwsSolutions-EC23',
    reason:
      'An internet-facing load balancer without CloudFront in front: the internet is its audience, on its listener ports only (HTTP 80, HTTPS 443 when a certificate is given). Draw a WAF in front of it to filter requests, or CloudFront to close it to everyone else.',
  },
  originSecretRotation: {
    id: 'AwsSolutions-SMG4',
    reason:
      'The secret origin header that CloudFront sends and the listener rule requires: both read it at deployment (a dynamic reference), so a rotation Lambda would break one side until the next deployment. Rotate it by updating the secret and deploying the stack again.',
  },
} as const satisfies Record<string, Acknowledgement>;
