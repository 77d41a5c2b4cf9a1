/**
 * Records what goes wrong while a page is open: console errors, uncaught exceptions, failed
 * requests, HTTP errors and Content-Security-Policy violations (reported by the page itself
 * through `securitypolicyviolation` events, and by Chromium on the console).
 */
import type { BrowserContext, Page } from 'playwright-core';

export interface PageTrouble {
  kind: 'console' | 'pageerror' | 'requestfailed' | 'http' | 'csp';
  url: string;
  text: string;
}

declare global {
  interface Window {
    __cspViolations?: Array<{ directive: string; blocked: string; source: string }>;
  }
}

/** Install once per context, before pages open: init scripts run ahead of the page's own (and are exempt from its CSP). */
export async function recordCspViolations(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__cspViolations?.push({
        directive: event.effectiveDirective,
        blocked: event.blockedURI,
        source: `${event.sourceFile}:${event.lineNumber}`,
      });
    });
  });
}

export interface PageWatch {
  troubles: PageTrouble[];
  /** The troubles so far, plus CSP violations the current document recorded. */
  collect(): Promise<PageTrouble[]>;
}

/**
 * @param expectedStatus URLs whose HTTP error status is intended (e.g. the 404 page itself).
 */
export function watchPage(page: Page, expectedStatus: (url: string, status: number) => boolean = () => false): PageWatch {
  const troubles: PageTrouble[] = [];
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    // Chromium also logs an HTTP error status on the console: an intended one is not a trouble.
    const status = /status of (\d{3})/.exec(message.text())?.[1];
    if (status && expectedStatus(message.location().url, Number(status))) return;
    troubles.push({ kind: 'console', url: page.url(), text: message.text() });
  });
  page.on('pageerror', (error) => troubles.push({ kind: 'pageerror', url: page.url(), text: String(error) }));
  page.on('requestfailed', (request) => {
    // Aborted: the browser cancelled it because the page was left (a crawl moving on before the
    // favicon loaded), not a missing or refused file (ERR_FILE_NOT_FOUND, ERR_BLOCKED_BY_CLIENT stay troubles).
    if (request.failure()?.errorText === 'net::ERR_ABORTED') return;
    troubles.push({ kind: 'requestfailed', url: request.url(), text: request.failure()?.errorText ?? 'failed' });
  });
  page.on('response', (response) => {
    const status = response.status();
    if (status >= 400 && !expectedStatus(response.url(), status)) {
      troubles.push({ kind: 'http', url: response.url(), text: `HTTP ${status}` });
    }
  });
  return {
    troubles,
    async collect() {
      const violations = await page.evaluate(() => window.__cspViolations ?? []).catch(() => []);
      return [
        ...troubles,
        ...violations.map((v) => ({ kind: 'csp' as const, url: page.url(), text: `${v.directive} blocked ${v.blocked} at ${v.source}` })),
      ];
    },
  };
}

export const formatTroubles = (troubles: readonly PageTrouble[]) =>
  troubles.map((t) => `${t.kind}: ${t.url}: ${t.text}`);
