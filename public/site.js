/*
 * baogao site script: a classic script (module scripts do not run from file://), loaded with defer.
 * Everything here only adds to pages that work without it:
 *   - the dark/light toggle (the choice is applied before paint by an inline script in <head>);
 *   - a "copy link" button beside every ¶ mark;
 *   - the outline marks the section being read; the "Cite" box follows it;
 *   - citations get the reader's access date and an absolute URL when served over http(s).
 */
(function () {
  'use strict';
  var doc = document;
  var root = doc.documentElement;
  var THEME_KEY = 'baogao-theme';

  function announce(text) {
    var live = doc.querySelector('[data-live]');
    if (!live) return;
    live.textContent = '';
    setTimeout(function () { live.textContent = text; }, 30);
  }

  /* ---------------------------------------------------------------- theme */
  function currentTheme() {
    var chosen = root.getAttribute('data-theme');
    if (chosen) return chosen;
    return window.matchMedia && matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
  }
  var toggle = doc.querySelector('[data-theme-toggle]');
  if (toggle) {
    var sync = function () { toggle.setAttribute('aria-pressed', String(currentTheme() === 'dark')); };
    toggle.hidden = false;
    sync();
    toggle.addEventListener('click', function () {
      var next = currentTheme() === 'dark' ? 'light' : 'dark';
      root.setAttribute('data-theme', next);
      try { localStorage.setItem(THEME_KEY, next); } catch (e) { /* storage may be off: the choice lasts this page */ }
      sync();
    });
  }

  /* ---------------------------------------------------------------- copying */
  function copyText(text) {
    if (navigator.clipboard && window.isSecureContext) {
      return navigator.clipboard.writeText(text).catch(function () { return fallbackCopy(text); });
    }
    return Promise.resolve(fallbackCopy(text));
  }
  function fallbackCopy(text) {
    var area = doc.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    doc.body.appendChild(area);
    area.select();
    try { doc.execCommand('copy'); } finally { doc.body.removeChild(area); }
  }
  function pageUrl() {
    return location.href.split('#')[0];
  }
  function flash(button, text) {
    var old = button.textContent;
    button.textContent = text;
    announce(text);
    setTimeout(function () { button.textContent = old; }, 1600);
  }

  var text = doc.querySelector('.report-text');
  if (text) {
    var marks = text.querySelectorAll('.pilcrow');
    for (var i = 0; i < marks.length; i++) {
      var button = doc.createElement('button');
      button.type = 'button';
      button.className = 'copy-link';
      button.setAttribute('data-copy-link', ''); /* the browser tests' hook */
      button.textContent = '复制链接';
      button.setAttribute('data-pagefind-ignore', '');
      marks[i].after(button);
    }
    text.addEventListener('click', function (event) {
      var target = event.target;
      if (!(target instanceof HTMLElement) || !target.classList.contains('copy-link')) return;
      var anchor = target.parentElement && target.parentElement.id;
      if (!anchor) return;
      var url = pageUrl() + '#' + anchor;
      copyText(url).then(function () {
        flash(target, '已复制');
        if (history.replaceState) history.replaceState(null, '', '#' + anchor);
      });
    });
  }

  /* ---------------------------------------------------------------- outline and current section */
  var outline = doc.querySelector('[data-outline]');
  var wide = window.matchMedia ? matchMedia('(min-width: 1080px)') : null;
  if (outline && wide && wide.matches) outline.open = true;

  var links = outline ? outline.querySelectorAll('a[href^="#"]') : [];
  var headings = [];
  for (var j = 0; j < links.length; j++) {
    var h = doc.getElementById(links[j].getAttribute('href').slice(1));
    if (h) headings.push({ el: h, link: links[j] });
  }
  var current = null;
  var cite = doc.querySelector('[data-cite]');

  function markCurrent() {
    var found = null;
    for (var k = 0; k < headings.length; k++) {
      if (headings[k].el.getBoundingClientRect().top < 120) found = headings[k];
      else break;
    }
    if (found === current) return;
    if (current) current.link.removeAttribute('aria-current');
    current = found;
    if (current) {
      current.link.setAttribute('aria-current', 'location');
      if (wide && wide.matches && outline) {
        var box = outline.closest('.aside-inner');
        var r = current.link.getBoundingClientRect();
        if (box && (r.top < 80 || r.bottom > window.innerHeight - 40)) {
          box.scrollTop += r.top - box.getBoundingClientRect().top - 80;
        }
      }
    }
    updateSectionCitation();
  }
  var ticking = false;
  if (headings.length) {
    window.addEventListener('scroll', function () {
      if (ticking) return;
      ticking = true;
      requestAnimationFrame(function () { ticking = false; markCurrent(); });
    }, { passive: true });
    markCurrent();
  }

  /* The printed page names its own address when served. */
  var own = doc.querySelector('[data-page-url]');
  if (own && /^https?:$/.test(location.protocol)) own.textContent = pageUrl();

  /* ---------------------------------------------------------------- citations */
  function today() {
    var d = new Date();
    var pad = function (n) { return (n < 10 ? '0' : '') + n; };
    return d.getFullYear() + '-' + pad(d.getMonth() + 1) + '-' + pad(d.getDate());
  }
  function citeUrl(anchor) {
    if (/^https?:$/.test(location.protocol)) return pageUrl() + (anchor ? '#' + anchor : '');
    return null; // from disk: keep the server-rendered URL (the hosted address or the site path)
  }
  function fillCitation(p, sectionName, anchor) {
    var template = p.getAttribute('data-template');
    var out;
    if (template && sectionName) {
      var url = citeUrl(anchor) || (cite.getAttribute('data-cite-path') + '#' + anchor);
      out = template.replace('⟦S⟧', sectionName).replace('⟦U⟧', url);
    } else {
      out = p.textContent;
      var abs = citeUrl(p.getAttribute('data-anchor'));
      if (abs) out = out.replace(/(https?:\/\/\S+?|reports\/\S+?\.html(#\S+?)?)(\.?)$/, abs + '$3');
    }
    p.textContent = out.replace('[引用日期]', '[' + today() + ']');
  }
  function updateSectionCitation() {
    if (!cite || !current) return;
    var name = current.link.textContent.trim().replace(/[。．.]+$/, '');
    var anchor = current.el.id;
    var label = cite.querySelector('[data-cite-section-name]');
    if (label) label.textContent = name;
    var items = cite.querySelectorAll('[data-template]');
    for (var n = 0; n < items.length; n++) fillCitation(items[n], name, anchor);
  }
  if (cite) {
    var all = cite.querySelectorAll('[data-cite-text]');
    for (var m = 0; m < all.length; m++) {
      if (!all[m].hasAttribute('data-template')) fillCitation(all[m]);
      else all[m].textContent = all[m].textContent.replace('[引用日期]', '[' + today() + ']');
      var copy = doc.createElement('button');
      copy.type = 'button';
      copy.className = 'copy-citation';
      copy.textContent = '复制';
      all[m].after(copy);
    }
    cite.addEventListener('click', function (event) {
      var target = event.target;
      if (!(target instanceof HTMLElement) || !target.classList.contains('copy-citation')) return;
      var p = target.previousElementSibling;
      if (p) copyText(p.textContent.trim()).then(function () { flash(target, '已复制'); });
    });
    updateSectionCitation();
  }
})();
