/**
 * The placeholder handler the exports write inline (`index.handler`): it answers every request
 * with 200 and a small JSON body (API Gateway proxy format), and lists which of the endpoints the
 * design's connections give it are set, so a deployment can be checked end to end. No user text
 * goes into the code: only the node id (letters, digits, hyphens) and the variable names.
 */

/** Environment variable names of a function's connections, e.g. `SESSIONS_ENDPOINT`. */
export function placeholderCode(runtime: string, nodeId: string, envNames: readonly string[]): string {
  const names = JSON.stringify([...envNames]);
  if (runtime.startsWith('python')) {
    return [
      'import json',
      'import os',
      '',
      `CONNECTIONS = ${names}`,
      '',
      '',
      'def handler(event, context):',
      '    # Placeholder from Stackcanvas: replace with your function code.',
      '    body = {',
      `        "function": ${JSON.stringify(nodeId)},`,
      '        "path": (event or {}).get("path"),',
      '        "connections": {name: name in os.environ for name in CONNECTIONS},',
      '    }',
      '    return {"statusCode": 200, "headers": {"content-type": "application/json"}, "body": json.dumps(body)}',
      '',
    ].join('\n');
  }
  return [
    `const CONNECTIONS = ${names};`,
    '',
    '// Placeholder from Stackcanvas: replace with your function code.',
    'exports.handler = async (event) => ({',
    '  statusCode: 200,',
    "  headers: { 'content-type': 'application/json' },",
    '  body: JSON.stringify({',
    `    function: ${JSON.stringify(nodeId)},`,
    '    path: event && event.path,',
    '    connections: Object.fromEntries(CONNECTIONS.map((name) => [name, name in process.env])),',
    '  }),',
    '});',
    '',
  ].join('\n');
}

/** `SESSIONS_ENDPOINT` from node id `sessions` and the callee's variable `ENDPOINT`. */
export function envVarName(nodeId: string, what: string): string {
  return `${nodeId.replace(/-/g, '_').toUpperCase()}_${what}`;
}

/**
 * Unique variable names for a list of (node id, suffix) pairs: node ids differ only in case
 * (`Web`, `web`) would give the same name, so later ones get `_2`, `_3`.
 */
export function uniqueEnvNames<T extends { nodeId: string; name: string }>(vars: readonly T[]): (T & { key: string })[] {
  const taken = new Set<string>();
  return vars.map((v) => {
    const base = envVarName(v.nodeId, v.name);
    let key = base;
    for (let i = 2; taken.has(key); i++) key = `${base}_${i}`;
    taken.add(key);
    return { ...v, key };
  });
}
