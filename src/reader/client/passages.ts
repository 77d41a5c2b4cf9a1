/**
 * The report page's passage links, a classic script (module scripts do not run from file://).
 * Everything here only adds to a page that works without it:
 *   - a fragment that names nothing on the page says so (a retired id needs no script: the page
 *     carries it before its successor, with its notice shown by `:target`);
 *   - a fragment with a text directive in a browser that does not know them still lands on its paragraph;
 *   - selecting words in the text offers 复制链接: the paragraph's id plus a text fragment;
 *   - the cite box offers the citation of the paragraph being linked or selected.
 */
import { labels } from './labels.ts';
import { fragmentId, textDirective } from './text-fragment.ts';

const doc = document;
const text = doc.querySelector<HTMLElement>('.report-text');
const anchoredSelector = 'p[id], h2[id], h3[id], h4[id]';

function pageUrl(): string {
  return location.href.split('#')[0] ?? location.href;
}

/* ---------------------------------------------------------------- fragments */
function landOnFragment(): void {
  if (!text) return;
  doc.querySelector('[data-missing-fragment]')?.remove();
  const id = fragmentId(location.hash);
  if (!id) return;
  const target = doc.getElementById(id);
  if (!target) {
    const notice = doc.createElement('p');
    notice.className = 'fragment-notice';
    notice.setAttribute('role', 'status');
    notice.setAttribute('data-missing-fragment', '');
    notice.setAttribute('data-pagefind-ignore', '');
    notice.textContent = labels.missing(id);
    text.prepend(notice);
    notice.scrollIntoView({ block: 'center' });
    return;
  }
  // A browser without text fragments took `s1-p2:~:text=…` as an id and found nothing to scroll to.
  if (location.hash.includes(':~:') && !('fragmentDirective' in doc)) target.scrollIntoView();
  citeParagraph(target.closest<HTMLElement>(anchoredSelector));
}

/* ---------------------------------------------------------------- the paragraph's citation */
const cite = doc.querySelector<HTMLElement>('[data-cite]');

function today(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** The heading a passage stands under: the nearest heading before it in the text. */
function headingOf(passage: HTMLElement): HTMLElement | null {
  if (/^H\d$/.test(passage.tagName)) return passage;
  const headings = text ? [...text.querySelectorAll<HTMLElement>('h2[id], h3[id], h4[id]')] : [];
  let found: HTMLElement | null = null;
  for (const h of headings) if (h.compareDocumentPosition(passage) & Node.DOCUMENT_POSITION_FOLLOWING) found = h;
  return found;
}

function citeParagraph(passage: HTMLElement | null): void {
  const box = cite?.querySelector<HTMLElement>('[data-cite-paragraph]');
  if (!cite || !box || !passage || passage.tagName !== 'P') return;
  const heading = headingOf(passage);
  // The outline names the heading without the ¶ and button site.js adds to it.
  const entry = heading ? doc.querySelector(`[data-outline] a[href="#${CSS.escape(heading.id)}"]`) : null;
  const section = (entry?.textContent ?? heading?.firstChild?.textContent ?? '').trim().replace(/[。．.]+$/, '');
  const served = /^https?:$/.test(location.protocol);
  const url = `${served ? pageUrl() : cite.getAttribute('data-cite-path') ?? ''}#${passage.id}`;
  for (const p of box.querySelectorAll<HTMLElement>('[data-paragraph-template]')) {
    p.textContent = (p.getAttribute('data-paragraph-template') ?? '')
      .replace('⟦S⟧', section)
      .replace('⟦U⟧', url)
      .replace('⟦P⟧', passage.id)
      .replace('[引用日期]', `[${today()}]`);
  }
  const name = box.querySelector('[data-cite-paragraph-name]');
  if (name) name.textContent = passage.id;
  box.hidden = false;
}

/* ---------------------------------------------------------------- 复制链接 for a selection */
function copyText(value: string): Promise<void> {
  if (navigator.clipboard && window.isSecureContext) return navigator.clipboard.writeText(value).catch(() => fallbackCopy(value));
  fallbackCopy(value);
  return Promise.resolve();
}
function fallbackCopy(value: string): void {
  const area = doc.createElement('textarea');
  area.value = value;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  doc.body.append(area);
  area.select();
  try {
    doc.execCommand('copy');
  } finally {
    area.remove();
  }
}
function announce(message: string): void {
  const live = doc.querySelector('[data-live]');
  if (!live) return;
  live.textContent = '';
  setTimeout(() => (live.textContent = message), 30);
}

let button: HTMLButtonElement | null = null;
/** The link the button copies now: set while a selection lies in the text. */
let pending: { link: string; passage: HTMLElement } | null = null;

function selectionLink(): { link: string; passage: HTMLElement } | null {
  const selection = doc.getSelection();
  if (!text || !selection || selection.isCollapsed || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  const start = range.startContainer instanceof Element ? range.startContainer : range.startContainer.parentElement;
  const passage = start?.closest<HTMLElement>(anchoredSelector);
  if (!passage || !text.contains(passage) || !text.contains(range.endContainer)) return null;
  const directive = textDirective(selection.toString());
  return directive ? { link: `${pageUrl()}#${passage.id}${directive}`, passage } : null;
}

function showButton(): void {
  pending = selectionLink();
  if (!pending) {
    if (button && doc.activeElement !== button) button.hidden = true;
    return;
  }
  if (!button) {
    button = doc.createElement('button');
    button.type = 'button';
    button.className = 'selection-link';
    button.setAttribute('data-selection-link', ''); // the browser tests' hook
    button.setAttribute('data-pagefind-ignore', '');
    button.title = labels.copyPassageLinkTitle;
    button.textContent = labels.copyPassageLink;
    button.addEventListener('click', () => {
      const chosen = pending;
      if (!chosen || !button) return;
      const own = button;
      void copyText(chosen.link).then(() => {
        own.textContent = labels.copied;
        own.setAttribute('data-copied', chosen.link);
        announce(labels.copied);
        setTimeout(() => (own.textContent = labels.copyPassageLink), 1600);
      });
    });
    button.addEventListener('keydown', (event) => {
      if (event.key === 'Escape' && button) button.hidden = true;
    });
  }
  // After the passage's own controls: the next stop of Tab from the selection. Shown under the
  // selection's end (the passage is positioned: site.js marks it `.anchored`), not at the end of a long paragraph.
  if (button.parentElement !== pending.passage) pending.passage.append(button);
  button.hidden = false;
  const selection = doc.getSelection();
  const end = selection && selection.rangeCount > 0 ? selection.getRangeAt(0).getBoundingClientRect() : null;
  if (end && getComputedStyle(pending.passage).position === 'relative') {
    const box = pending.passage.getBoundingClientRect();
    button.style.position = 'absolute';
    button.style.left = `${Math.max(0, Math.min(end.right - box.left - button.offsetWidth / 2, box.width - button.offsetWidth))}px`;
    button.style.top = `${end.bottom - box.top + 4}px`;
  }
  citeParagraph(pending.passage.tagName === 'P' ? pending.passage : null);
}

if (text) {
  let queued = false;
  doc.addEventListener('selectionchange', () => {
    if (queued) return;
    queued = true;
    requestAnimationFrame(() => {
      queued = false;
      showButton();
    });
  });
  window.addEventListener('hashchange', landOnFragment);
  landOnFragment();
}
