/**
 * The instances' user data, the same in both exports: the endpoints of what the group calls
 * (each callee's `reach.env`) written to /etc/app/env, and a placeholder web server on the
 * application port that answers the load balancers' health checks (replace it with the
 * application). The CDK app passes these lines to `ec2.UserData.forLinux()`; the CloudFormation
 * launch template holds the same script (`#!/bin/bash` and the lines) in a `Fn::Sub`.
 */
import { tsString } from '../../cdk/literal';

/** The variable a caller reads a callee's value from: `SESSIONS_ENDPOINT`. */
export function envVarName(nodeId: string, what: string): string {
  return `${nodeId.replace(/-/g, '_').toUpperCase()}_${what}`;
}

/** One line of the script: literal text, or text around the values of `${…}` placeholders. */
export type ScriptLine = { readonly text: string } | { readonly env: string; readonly value: string };

/**
 * The script's lines (without the `#!/bin/bash` the CDK adds). `env` values are placeholders the
 * caller renders (a `${X.Attr}` of a Fn::Sub, or a `${…}` of a TypeScript template literal).
 */
export function userDataLines(env: readonly { name: string; value: string }[], port: number, healthPaths: readonly string[]): ScriptLine[] {
  return [
    { text: 'mkdir -p /etc/app' },
    ...env.map((e) => ({ env: e.name, value: e.value })),
    { text: 'mkdir -p /var/www/app && echo ok > /var/www/app/index.html' },
    ...[...new Set(healthPaths)]
      .filter((h) => h !== '/')
      .sort()
      .map((h) => ({
        text: h.endsWith('/')
          ? `mkdir -p '/var/www/app${h}' && echo ok > '/var/www/app${h}index.html'`
          : `mkdir -p "$(dirname '/var/www/app${h}')" && echo ok > '/var/www/app${h}'`,
      })),
    { text: `systemd-run --unit=placeholder-app python3 -m http.server ${port} --directory /var/www/app` },
  ];
}

/** A line as the body of a `Fn::Sub` (literal `${` escaped as `${!`). */
export function subLine(line: ScriptLine): string {
  const escape = (t: string) => t.replace(/\$\{/g, '${!');
  return 'text' in line ? escape(line.text) : `echo "${escape(line.env)}=${line.value}" >> /etc/app/env`;
}

/** A line as a TypeScript expression for `userData.addCommands(…)`. */
export function tsLine(line: ScriptLine): string {
  return 'text' in line ? tsString(line.text) : `\`echo "${line.env}=${line.value}" >> /etc/app/env\``;
}
