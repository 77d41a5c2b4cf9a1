/**
 * Links made before an edit still land (issue 12), in Chromium and Firefox, served and from disk.
 * The site is built from edited copies of the seeds (test/helpers/anchor-site.ts): for every id a
 * page published before the edit, opening it shows the same passage (same or edited text), or,
 * for a retired id, the passage that took its place, marked, with the notice saying what happened.
 * A former address sends the reader to the new one with the fragment; a fragment that never
 * existed says so; a text fragment link made from a selection lands on its paragraph.
 */
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ensureAnchorSite, type AnchorSite, type Scenario } from '../helpers/anchor-site.ts';
import { launchChromium, launchFirefox } from '../helpers/browser.ts';
import { serveStatic, type StaticServer } from '../helpers/server.ts';

let site: AnchorSite;
let server: StaticServer;
beforeAll(async () => {
  site = await ensureAnchorSite();
  server = await serveStatic(site.dist);
}, 900_000);
afterAll(async () => server?.close());

/** The part of a browser page these tests use: Playwright's and Puppeteer's pages both have it. */
interface AnyPage {
  goto(url: string): Promise<unknown>;
  evaluate<T>(expression: string): Promise<T>;
  close(): Promise<void>;
}

interface Landing {
  id: string;
  found: boolean;
  retired: boolean;
  reason: string | null;
  noticeShown: boolean | null;
  landedId: string;
  landedText: string;
  highlighted: boolean;
  inView: boolean;
}

/** Runs in the page: opens each id by its fragment and reports where the reader is taken. */
const probe = `(ids) => ids.map((id) => {
  location.hash = '#' + id;
  const target = document.querySelector(':target');
  if (!target) return { id, found: false };
  const retired = target.classList.contains('retired-anchor');
  const passage = retired ? target.parentElement.nextElementSibling : target;
  const note = retired ? target.querySelector('.retired-note') : null;
  const clone = passage.cloneNode(true);
  clone.querySelectorAll('[data-pagefind-ignore], .pilcrow, .copy-link, .selection-link').forEach((e) => e.remove());
  const bg = getComputedStyle(passage).backgroundColor;
  const box = passage.getBoundingClientRect();
  return {
    id, found: true, retired,
    reason: target.getAttribute('data-retired'),
    noticeShown: note ? getComputedStyle(note).display !== 'none' && note.getBoundingClientRect().height > 0 : null,
    landedId: passage.id,
    landedText: clone.textContent.replace(/\\s+/g, ''),
    highlighted: bg !== 'rgba(0, 0, 0, 0)' && bg !== 'transparent',
    inView: box.bottom > 0 && box.top < innerHeight,
  };
})`;

/** Share of the smaller text's character bigrams found in the larger: the same passage, perhaps edited. */
function sharesText(a: string, b: string): boolean {
  const grams = (s: string) => new Set(Array.from(s).flatMap((c, i, all) => (i + 1 < all.length ? [c + all[i + 1]] : [])));
  const x = grams(a);
  const y = grams(b);
  const common = [...x].filter((g) => y.has(g)).length;
  return common / Math.max(1, Math.min(x.size, y.size)) >= 0.6;
}

const expectedRetired: Partial<Record<Scenario['name'], string>> = { delete: 'removed', merge: 'merged' };

function checkScenario(scenario: Scenario, landings: Landing[], where: string): void {
  const live = new Set(landings.filter((l) => !l.retired).map((l) => l.id));
  for (const [i, landing] of landings.entries()) {
    const before = scenario.before[i]!;
    const what = `${where} ${scenario.name} #${before.id}`;
    expect(landing.found, what).toBe(true);
    expect(landing.inView, what).toBe(true);
    if (!landing.retired) {
      expect(landing.landedId, what).toBe(before.id);
      if (before.text) expect(sharesText(before.text, landing.landedText), `${what}: ${before.text.slice(0, 30)} → ${landing.landedText.slice(0, 30)}`).toBe(true);
      continue;
    }
    expect(landing.reason, what).toBe(expectedRetired[scenario.name]);
    expect(landing.noticeShown, what).toBe(true);
    expect(landing.highlighted, what).toBe(true);
    if (landing.reason === 'merged') expect(sharesText(before.text, landing.landedText), what).toBe(true);
    if (landing.reason === 'removed') {
      const previous = scenario.before.slice(0, i).reverse().find((p) => live.has(p.id));
      expect(landing.landedId, what).toBe(previous?.id);
    }
  }
  expect(landings.filter((l) => l.retired).length, `${where} ${scenario.name}: retired ids`).toBe(expectedRetired[scenario.name] ? 1 : 0);
}

async function waitFor<T>(page: AnyPage, expression: string, ok: (value: T) => boolean): Promise<T> {
  let value = await page.evaluate<T>(expression);
  for (let tries = 0; !ok(value) && tries < 100; tries++) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    value = await page.evaluate<T>(expression).catch(() => value);
  }
  return value;
}

function suite(browserName: string, newPage: () => Promise<AnyPage>) {
  for (const mode of ['hosted', 'disk'] as const) {
    const url = (p: string) => {
      const [file = '', fragment] = p.split(/(?=#)/);
      return (mode === 'hosted' ? new URL(file, server.url).href : pathToFileURL(`${site.dist}/${file}`).href) + (fragment ?? '');
    };
    const where = `${browserName} ${mode}`;

    test(`${where}: every id published before each edit lands on its passage or its successor`, async () => {
      for (const scenario of site.scenarios) {
        const page = await newPage();
        try {
          // Opened at its old address: the former-address page (year scenario) sends the reader on.
          const first = scenario.before[1]!.id;
          await page.goto(url(`reports/${scenario.slugBefore}.html#${first}`));
          const href = await waitFor<string>(page, 'location.href', (h) => h.includes(`${scenario.slugAfter}.html`) && h.includes('#'));
          expect(href, `${where} ${scenario.name}`).toBe(url(`reports/${scenario.slugAfter}.html#${first}`));
          await waitFor<boolean>(page, `!!document.querySelector('.pilcrow')`, Boolean);
          const landings = await page.evaluate<Landing[]>(`(${probe})(${JSON.stringify(scenario.before.map((p) => p.id))})`);
          checkScenario(scenario, landings, where);
        } finally {
          await page.close();
        }
      }
    });

    test(`${where}: a fragment that never existed says so; a text fragment lands on its paragraph`, async () => {
      const scenario = site.scenarios.find((s) => s.name === 'insert')!;
      const page = await newPage();
      try {
        await page.goto(url(`reports/${scenario.slugAfter}.html#s9-p99`));
        const notice = await waitFor<string>(page, `document.querySelector('[data-missing-fragment]')?.textContent ?? ''`, Boolean);
        expect(notice).toContain('#s9-p99');
        const paragraph = scenario.before.find((p) => /-p\d+$/.test(p.id) && p.text.length > 20)!;
        const words = encodeURIComponent(Array.from(paragraph.text).slice(0, 6).join(''));
        await page.goto(url(`reports/${scenario.slugAfter}.html#${paragraph.id}:~:text=${words}`));
        const landed = await waitFor<string>(page, `(() => { const p = document.getElementById(${JSON.stringify(paragraph.id)}); const r = p.getBoundingClientRect(); return r.bottom > 0 && r.top < innerHeight ? p.id : ''; })()`, Boolean);
        expect(landed).toBe(paragraph.id);
        expect(await page.evaluate<string>(`document.querySelector('[data-missing-fragment]')?.textContent ?? ''`)).toBe('');
      } finally {
        await page.close();
      }
    });

    test(`${where}: selecting words offers 复制链接, reachable by keyboard; the link lands on the paragraph`, async () => {
      const scenario = site.scenarios.find((s) => s.name === 'fix')!;
      const page = await newPage();
      try {
        await page.goto(url(`reports/${scenario.slugAfter}.html`));
        await waitFor<boolean>(page, `!!document.querySelector('.copy-link')`, Boolean);
        const id = await page.evaluate<string>(`(() => {
          const p = [...document.querySelectorAll('.report-text p[id]')].find((e) => e.textContent.length > 60);
          const node = [...p.childNodes].find((n) => n.nodeType === 3 && n.textContent.length > 12);
          const range = document.createRange();
          range.setStart(node, 2);
          range.setEnd(node, 10);
          getSelection().removeAllRanges();
          getSelection().addRange(range);
          return p.id;
        })()`);
        const shown = await waitFor<boolean>(page, `!!document.querySelector('#${id} > [data-selection-link]:not([hidden])')`, Boolean);
        expect(shown).toBe(true);
        // Keyboard: the button is the next stop after the paragraph's own copy button.
        const next = await page.evaluate<string>(`(() => {
          const controls = [...document.querySelectorAll('#${id} > button')];
          return controls.map((b) => b.className).join(' ');
        })()`);
        expect(next).toMatch(/copy-link selection-link$/);
        await page.evaluate(`document.querySelector('#${id} > [data-selection-link]').focus()`);
        await page.evaluate(`document.activeElement.click()`);
        const link = await waitFor<string>(page, `document.querySelector('[data-selection-link]').getAttribute('data-copied') ?? ''`, Boolean);
        expect(link).toMatch(new RegExp(`#${id}:~:text=`));
        const cited = await page.evaluate<string>(`document.querySelector('[data-cite-paragraph] [data-paragraph-template]').textContent`);
        expect(cited).toContain(`段落 ${id}`);
        await page.goto(link);
        const landed = await waitFor<string>(page, `(() => { const p = document.getElementById('${id}'); const r = p.getBoundingClientRect(); return r.bottom > 0 && r.top < innerHeight ? p.id : ''; })()`, Boolean);
        expect(landed).toBe(id);
      } finally {
        await page.close();
      }
    });
  }
}

describe('Chromium', () => {
  let close: () => Promise<void>;
  let context: Awaited<ReturnType<typeof launchChromium>>['browser'];
  beforeAll(async () => {
    const launched = await launchChromium();
    context = launched.browser;
    close = launched.close;
  });
  afterAll(async () => close?.());
  suite('Chromium', async () => {
    const page = await context.newPage();
    return { goto: (u) => page.goto(u), evaluate: (e) => page.evaluate(e), close: () => page.close() };
  });
});

describe('Chromium without JavaScript', () => {
  let close: () => Promise<void>;
  let context: Awaited<ReturnType<typeof launchChromium>>['browser'];
  beforeAll(async () => {
    const launched = await launchChromium({ javaScriptEnabled: false });
    context = launched.browser;
    close = launched.close;
  });
  afterAll(async () => close?.());

  for (const mode of ['hosted', 'disk'] as const) {
    test(`${mode}: the former address still leads to the report, and a retired id to its successor with the notice`, async () => {
      const at = (p: string) => (mode === 'hosted' ? new URL(p, server.url).href : pathToFileURL(`${site.dist}/${p}`).href);
      const year = site.scenarios.find((s) => s.name === 'year')!;
      const page = await context.newPage();
      try {
        await page.goto(at(`reports/${year.slugBefore}.html`));
        await page.waitForURL((u) => u.href.includes(`${year.slugAfter}.html`), { timeout: 15_000 });
        const merge = site.scenarios.find((s) => s.name === 'merge')!;
        await page.goto(`${at(`reports/${merge.slugAfter}.html`)}`);
        const retired = await page.locator('.retired-anchor').first().getAttribute('id');
        expect(retired).toBeTruthy();
        await page.goto(`${at(`reports/${merge.slugAfter}.html`)}#${retired}`);
        await expect.poll(() => page.locator(`[id="${retired}"] .retired-note`).isVisible()).toBe(true);
      } finally {
        await page.close();
      }
    });
  }
});

describe('Firefox', () => {
  let close: () => Promise<void>;
  let browser: Awaited<ReturnType<typeof launchFirefox>>['browser'];
  beforeAll(async () => {
    const launched = await launchFirefox();
    browser = launched.browser;
    close = launched.close;
  });
  afterAll(async () => close?.());
  suite('Firefox', async () => {
    const page = await browser.newPage();
    return { goto: (u) => page.goto(u), evaluate: <T,>(e: string) => page.evaluate(e) as Promise<T>, close: () => page.close() };
  });
});
