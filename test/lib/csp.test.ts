import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { cspHash, pruneCspHashes } from '../../src/lib/csp.ts';

const sha = (content: string) => `sha256-${createHash('sha256').update(content).digest('base64')}`;
const theme = "document.documentElement.dataset.t='x'";
const style = 'body{color:red}';
const page = (policy: string, head: string) =>
  `<!doctype html><html><head>${head}<meta http-equiv="content-security-policy" content="${policy}"></head><body></body></html>`;
const policyOf = (html: string) => /content="([^"]*)"/.exec(html)?.[1];

describe('cspHash', () => {
  test('the CSP source of inline content', () => {
    expect(cspHash(theme)).toBe(sha(theme));
    expect(cspHash('')).toBe('sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=');
    expect(cspHash('x', 'sha384')).toMatch(/^sha384-/);
  });
});

describe('pruneCspHashes', () => {
  test("leaves sources that are not hashes as the page's policy has them ('wasm-unsafe-eval' is the search page's own)", () => {
    const html = `<meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' 'wasm-unsafe-eval'">`;
    expect(policyOf(pruneCspHashes(html))).toBe("default-src 'self'; script-src 'self' 'wasm-unsafe-eval'");
    const plain = `<meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self'">`;
    expect(policyOf(pruneCspHashes(plain))).toBe("default-src 'self'; script-src 'self'");
  });
  test('keeps the hashes of inline scripts and styles on the page, drops the others', () => {
    const policy = `default-src 'self';object-src 'none'; script-src 'self' 'wasm-unsafe-eval' '${sha(theme)}' '${sha('island()')}' '${sha('load()')}'; style-src 'self' '${sha('a.css contents')}' '${sha(style)}';`;
    const html = page(policy, `<script>${theme}</script><script src="site.js" defer></script><style>${style}</style>`);
    expect(policyOf(pruneCspHashes(html))).toBe(
      `default-src 'self';object-src 'none'; script-src 'self' 'wasm-unsafe-eval' '${sha(theme)}'; style-src 'self' '${sha(style)}';`,
    );
  });
  test('an external script or a JSON data block is not inline script content', () => {
    const policy = `script-src 'self' '${sha('')}' '${sha('{"a":1}')}';`;
    const html = page(policy, '<script src="x.js"></script><script type="application/json">{"a":1}</script>');
    // The JSON block is kept (harmless: the browser never runs it); the empty external script's hash is not.
    expect(policyOf(pruneCspHashes(html))).toBe(`script-src 'self' '${sha('{"a":1}')}';`);
  });
  test('leaves the page as it is without a policy, and changes nothing else', () => {
    const html = '<html><head><script>x()</script></head></html>';
    expect(pruneCspHashes(html)).toBe(html);
    const policy = `script-src 'self' '${sha('gone')}'`;
    const pruned = pruneCspHashes(page(policy, '<title>$&</title>'));
    expect(pruned).toBe(page("script-src 'self'", '<title>$&</title>'));
  });
});
