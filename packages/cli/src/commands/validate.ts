import { defineCommand, EXIT_DESIGN_ERRORS, EXIT_OK } from '../cli';

export const validateCommand = defineCommand({
  name: 'validate',
  usage: 'stackcanvas validate FILE [--json]',
  summary: 'check a design against the rules (docs/rules.md): exit 1 on any error, 2 on an unusable file',
  options: { json: { type: 'boolean' } },
  positionals: ['FILE'],
  async run({ values, positionals: [file] }, io) {
    const { readDesignOrTemplate, validate } = await import('../lib/design');
    const diagnostics = validate((await readDesignOrTemplate(io.cwd, file!)).design);
    if (values.json) {
      const out = diagnostics.map((d) => ({
        rule: d.rule,
        severity: d.severity,
        message: d.message.en,
        nodes: [...d.nodes],
        edges: [...d.edges],
      }));
      io.stdout(`${JSON.stringify({ diagnostics: out })}\n`);
    } else {
      for (const d of diagnostics) {
        const where = [...d.nodes, ...d.edges].join(', ');
        io.stdout(`${d.severity.padEnd(7)} ${d.rule}  ${d.message.en}${where ? `  [${where}]` : ''}\n`);
        io.stdout(`        fix: ${d.fix.en}  (${d.docsUrl})\n`);
      }
      const count = (s: string) => diagnostics.filter((d) => d.severity === s).length;
      io.stdout(`${file}: ${count('error')} errors, ${count('warning')} warnings, ${count('info')} info\n`);
    }
    return diagnostics.some((d) => d.severity === 'error') ? EXIT_DESIGN_ERRORS : EXIT_OK;
  },
});
