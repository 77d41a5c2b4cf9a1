import { attribute, elements, type HtmlPage } from '../html.ts';
import type { Problem } from './problem.ts';

/**
 * The page carries a Content-Security-Policy (Astro's `security.csp` writes it as a meta tag) whose
 * scripts are limited by hashes or sources: no `'unsafe-inline'`, no `'unsafe-eval'`, no wildcard;
 * `'wasm-unsafe-eval'` only on the search page (Pagefind's WebAssembly).
 */
export function checkCsp(page: HtmlPage): Problem[] {
  const report = (message: string) => [{ page: page.path, message }];
  const meta = elements(page.tree).find(
    (element) => element.tagName === 'meta' && attribute(element, 'http-equiv')?.toLowerCase() === 'content-security-policy',
  );
  const policy = meta && attribute(meta, 'content');
  if (!policy) return report('no Content-Security-Policy meta tag');
  const directives = new Map(
    policy.split(';').map((directive) => {
      const [name = '', ...values] = directive.trim().split(/\s+/);
      return [name.toLowerCase(), values] as const;
    }),
  );
  const scripts = directives.get('script-src') ?? directives.get('default-src');
  if (!scripts) return report('CSP has no script-src (or default-src) directive');
  const loose = scripts.filter((value) => ["'unsafe-inline'", "'unsafe-eval'", '*', 'data:', 'http:', 'https:'].includes(value));
  if (loose.length > 0) return report(`CSP script-src allows ${loose.join(' ')}`);
  return scripts.includes("'wasm-unsafe-eval'") && page.path !== 'search.html' ? report("CSP allows 'wasm-unsafe-eval' on a page that runs no WebAssembly") : [];
}
