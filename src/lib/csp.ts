/**
 * The Content-Security-Policy that Astro's `security.csp` writes into every page, made exact.
 *
 * Astro lists in `script-src` the hashes of its island runtime and of all five client directives
 * (`client:load` …) on every page as soon as an integration registers a renderer (MDX does), and in
 * `style-src` a hash of each bundled stylesheet; `security.csp` has no option to leave them out
 * (astro/dist/core/csp/common.js, Astro 7.3). This site has no islands and links its stylesheet, and
 * a hash admits only inline content: none of those hashes can match anything on its pages, and
 * together they are about 500 bytes of incompressible text on every page. Our own inline script and
 * style declare their hashes with `Astro.csp` (`cspHash`). After the build, `pruneCspHashes` keeps in
 * `script-src` and `style-src` only the hashes of inline scripts and styles the page has.
 */
import { createHash } from 'node:crypto';

const algorithms = { sha256: 'sha256', sha384: 'sha384', sha512: 'sha512' } as const;
type Algorithm = keyof typeof algorithms;

/** The CSP source for inline content: `sha256-…` (quote it in a policy: `'sha256-…'`). */
export function cspHash(content: string, algorithm: Algorithm = 'sha256'): `${Algorithm}-${string}` {
  return `${algorithm}-${createHash(algorithms[algorithm]).update(content, 'utf8').digest('base64')}`;
}

const metaPattern = /<meta http-equiv="content-security-policy" content="([^"]*)"/i;
const inlineScript = /<script\b(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/gi;
const inlineStyle = /<style\b[^>]*>([\s\S]*?)<\/style>/gi;
const hashSource = /^'(sha256|sha384|sha512)-[A-Za-z0-9+/=]+'$/;

/** The page with `script-src` and `style-src` of its CSP meta listing only hashes of its own inline scripts and styles. */
export function pruneCspHashes(html: string): string {
  const meta = metaPattern.exec(html);
  if (!meta) return html;
  const policy = meta[1] ?? '';
  const inline = (pattern: RegExp) => [...html.matchAll(pattern)].map((m) => m[1] ?? '');
  const present = {
    'script-src': inline(inlineScript),
    'style-src': inline(inlineStyle),
  };
  const pruned = policy
    .split(';')
    .map((directive) => {
      const [name = '', ...sources] = directive.trim().split(/\s+/);
      const contents = present[name as keyof typeof present];
      if (!contents) return directive;
      const kept = sources.filter((source) => {
        const algorithm = hashSource.exec(source)?.[1] as Algorithm | undefined;
        return !algorithm || contents.some((content) => `'${cspHash(content, algorithm)}'` === source);
      });
      return `${directive.startsWith(' ') ? ' ' : ''}${[name, ...kept].join(' ')}`;
    })
    .join(';');
  const tag = meta[0].replace(policy, () => pruned);
  return html.replace(meta[0], () => tag);
}
