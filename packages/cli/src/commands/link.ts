import { CliError, defineCommand, EXIT_OK } from '../cli';

/** Where `pnpm start` serves the app; links made without `--base` open there. */
export const DEFAULT_SHARE_BASE = 'http://localhost:5173/';

/** The base must be an absolute http(s) URL; its fragment (if any) is replaced by the link. */
function checkBase(base: string): string {
  let url: URL;
  try {
    url = new URL(base);
  } catch {
    throw new CliError(`link: --base "${base}" is not an absolute URL; give one such as https://example.com/stackcanvas/`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new CliError(`link: --base must be an http or https URL, got "${url.protocol}"`);
  }
  return base;
}

export const linkCommand = defineCommand({
  name: 'link',
  usage: 'stackcanvas link FILE [--base URL]',
  summary: `print a share URL that carries the whole design (base: ${DEFAULT_SHARE_BASE})`,
  options: { base: { type: 'string' } },
  positionals: ['FILE'],
  async run({ values, positionals: [file] }, io) {
    const base = checkBase(values.base ?? DEFAULT_SHARE_BASE);
    const [{ readDesignOrTemplate }, { encodeShareLink, isShareLinkError }] = await Promise.all([import('../lib/design'), import('../lib/share')]);
    const design = (await readDesignOrTemplate(io.cwd, file!)).design;
    try {
      io.stdout(`${encodeShareLink(design, base)}\n`);
    } catch (e) {
      if (isShareLinkError(e)) throw new CliError(`${file}: ${e.message}`);
      throw e;
    }
    return EXIT_OK;
  },
});
