/*
 * baogao site script: a classic script (module scripts do not run from file://), loaded with defer.
 * Everything here only adds to pages that work without it:
 *   - the dark/light toggle, added to the header (the choice is applied before paint by an inline
 *     script in <head>);
 *   - the outline marks the section being read; the "Cite" box follows it;
 *   - citations get the reader's access date and an absolute URL when served over http(s);
 *   - figure notes (popovers in the page) get the English value, the indicator's English name and
 *     definition, and glossary terms (links to glossary.html) open their explanation in place, from
 *     data scripts (reports/<slug>.notes.js, glossary-data.js) loaded on first use;
 *   - the ¶ link and copy button of every anchored paragraph and heading.
 */
(function () {
  'use strict';
  var doc = document;
  var root = doc.documentElement;
  var self = doc.currentScript;
  var THEME_KEY = 'baogao-theme';

  /* The polite live region that announces "copied"; made at start so that screen readers watch it. */
  function liveRegion() {
    var live = doc.querySelector('[data-live]');
    if (!live) {
      live = doc.createElement('p');
      live.className = 'visually-hidden';
      live.setAttribute('aria-live', 'polite');
      live.setAttribute('data-live', '');
      doc.body.appendChild(live);
    }
    return live;
  }
  function announce(text) {
    var live = liveRegion();
    live.textContent = '';
    setTimeout(function () { live.textContent = text; }, 30);
  }

  /* ---------------------------------------------------------------- theme */
  function currentTheme() {
    var chosen = root.getAttribute('data-theme');
    if (chosen) return chosen;
    return window.matchMedia && matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
  }
  /* The toggle works only with script, so the script adds it, at the end of the site header. */
  var header = doc.querySelector('.site-header');
  if (header) {
    var toggle = doc.createElement('button');
    toggle.type = 'button';
    toggle.className = 'theme-toggle';
    toggle.setAttribute('data-theme-toggle', ''); /* the browser tests' hook */
    toggle.setAttribute('aria-label', '切换深色/浅色模式');
    toggle.title = '切换深色/浅色模式';
    toggle.innerHTML = '<svg aria-hidden="true" viewBox="0 0 24 24" width="18" height="18"><path d="M12 3a9 9 0 1 0 9 9 7 7 0 0 1-9-9z" fill="currentColor"/></svg>';
    var sync = function () { toggle.setAttribute('aria-pressed', String(currentTheme() === 'dark')); };
    sync();
    toggle.addEventListener('click', function () {
      var next = currentTheme() === 'dark' ? 'light' : 'dark';
      root.setAttribute('data-theme', next);
      try { localStorage.setItem(THEME_KEY, next); } catch (e) { /* storage may be off: the choice lasts this page */ }
      sync();
    });
    header.appendChild(toggle);
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
    liveRegion();
    /* Every anchored paragraph and heading gets its ¶ link and a copy button (the page carries neither). */
    var anchored = text.querySelectorAll('p[id], h2[id], h3[id], h4[id]');
    for (var i = 0; i < anchored.length; i++) {
      var owner = anchored[i];
      var mark = doc.createElement('a');
      mark.className = 'pilcrow';
      mark.href = '#' + owner.id;
      mark.textContent = '¶';
      mark.setAttribute('aria-label', owner.tagName === 'P' ? '本段链接' : '本节链接');
      mark.setAttribute('data-pagefind-ignore', '');
      owner.classList.add('anchored');
      owner.appendChild(mark);
      var button = doc.createElement('button');
      button.type = 'button';
      button.className = 'copy-link';
      button.setAttribute('data-copy-link', ''); /* the browser tests' hook */
      button.textContent = '复制链接';
      button.setAttribute('data-pagefind-ignore', '');
      mark.after(button);
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

  /* ---------------------------------------------------------------- notes */
  /* Data scripts load once, as classic scripts (fetch does not work from disk): fn(data) when the
     script has set its global, fail() when it cannot load. */
  var loads = {};
  function withData(url, name, fn, fail) {
    if (window[name]) { fn(window[name]); return; }
    var queue = loads[url];
    if (queue) { queue.push([fn, fail]); return; }
    queue = loads[url] = [[fn, fail]];
    var script = doc.createElement('script');
    script.src = url;
    script.onload = script.onerror = function () {
      delete loads[url];
      for (var q = 0; q < queue.length; q++) {
        if (window[name]) queue[q][0](window[name]);
        else if (queue[q][1]) queue[q][1]();
      }
    };
    doc.head.appendChild(script);
  }
  function make(tag, className, content, lang) {
    var el = doc.createElement(tag);
    if (className) el.className = className;
    if (lang) el.lang = lang;
    el.textContent = content;
    return el;
  }

  /* A figure's note, when opened: the value in full and in English, the indicator's English name and
     definition, or the figure's label where it has no indicator (from reports/<slug>.notes.js). A note
     shared by plain figures (`data-shared`) is filled for the figure that opened it: the n-th figure
     in the text that opens a shared note is the notes script's `shared[n]`. */
  function fillNote(note, figure, data) {
    var facts = note.querySelector('small');
    var value = note.querySelector('.v');
    if (!value) {
      value = make('span', 'v', figure[0]);
      note.insertBefore(value, facts);
    }
    if (figure[1]) value.append(' = ', make('i', '', figure[1], 'en'));
    var link = note.firstElementChild;
    var id = link && link.tagName === 'A' ? (/indicators\/([^/.]+)\.html$/.exec(link.getAttribute('href') || '') || [])[1] : '';
    var indicator = id ? data.indicators[id] : null;
    if (indicator) {
      link.after(make('i', 'en', indicator[0], 'en'));
      if (facts && indicator[2]) facts.after(make('span', 'def', indicator[2], 'en'));
      if (facts && indicator[1]) facts.after(make('span', 'def', indicator[1]));
    } else if (figure[2]) {
      note.prepend(make('b', '', figure[2]));
    }
  }
  var notes = doc.querySelector('[data-notes]');
  if (notes) {
    var notesUrl = new URL(notes.getAttribute('data-notes'), location.href).href;
    var lastFigure = null;
    doc.addEventListener('click', function (event) {
      var target = event.target;
      var figure = target instanceof Element ? target.closest('.report-text [popovertarget]') : null;
      if (figure) lastFigure = figure;
    }, true);
    /* The figures that open shared notes, in text order (made on first use). */
    var sharedOpeners = null;
    var sharedIndex = function (opener) {
      if (!sharedOpeners) {
        sharedOpeners = [].filter.call(doc.querySelectorAll('.report-text [popovertarget]'), function (b) {
          var target = doc.getElementById(b.getAttribute('popovertarget'));
          return target && target.hasAttribute('data-shared');
        });
      }
      return sharedOpeners.indexOf(opener);
    };
    notes.addEventListener('beforetoggle', function (event) {
      var note = event.target;
      if (event.newState !== 'open' || !(note instanceof HTMLElement) || note.parentElement !== notes) return;
      var shared = note.hasAttribute('data-shared');
      var opener = event.source || lastFigure;
      var at = shared && opener && opener.getAttribute('popovertarget') === note.id ? sharedIndex(opener) : -1;
      var key = shared ? (at >= 0 ? 'f' + at : '') : note.id;
      if (!key || note.getAttribute('data-for') === key) return;
      note.setAttribute('data-for', key);
      if (shared) {
        var facts = note.querySelector('small');
        note.textContent = '';
        note.append(facts);
      }
      withData(notesUrl, 'baogaoFigures', function (data) {
        var id = shared ? data.shared[at] : note.id;
        if (note.getAttribute('data-for') === key && id && data.figures[id]) fillNote(note, data.figures[id], data);
      }, function () { note.removeAttribute('data-for'); });
    }, true);
  }

  /* A term: its explanation in a popover beside it (the link still leads to the glossary page). */
  var glossaryUrl = self && self.src ? self.src.replace(/site\.js(?:[?#].*)?$/, 'glossary-data.js') : '';
  var termNote = null;
  function showTerm(link, entry) {
    if (!termNote) {
      termNote = doc.createElement('span');
      termNote.id = 'term-note';
      termNote.className = 'note note-term';
      termNote.setAttribute('popover', '');
      termNote.setAttribute('data-pagefind-ignore', '');
      termNote.addEventListener('toggle', function (event) {
        if (event.newState === 'closed' && termNote.owner) termNote.owner.setAttribute('aria-expanded', 'false');
      });
    }
    var open = termNote.matches(':popover-open');
    if (open) termNote.hidePopover();
    if (open && termNote.owner === link) return;
    termNote.textContent = '';
    var more = make('a', 'd', '术语表 →');
    more.href = link.href;
    termNote.append(make('b', '', entry[0]), make('span', 'm', '术语'), make('span', 'def', entry[1]), make('span', 'def', entry[2], 'en'), more);
    termNote.owner = link;
    link.after(termNote);
    link.setAttribute('aria-expanded', 'true');
    try { termNote.showPopover({ source: link }); } catch (e) { termNote.showPopover(); }
  }
  if (glossaryUrl && typeof HTMLElement.prototype.showPopover === 'function') {
    doc.addEventListener('click', function (event) {
      var target = event.target;
      var link = target instanceof Element ? target.closest('.report-text a[href*="glossary.html#"]:not(.d)') : null;
      if (!link || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      event.preventDefault();
      var follow = function () { location.href = link.href; };
      withData(glossaryUrl, 'baogaoGlossary', function (data) {
        var entry = data[decodeURIComponent(link.hash.slice(1))];
        if (entry) showTerm(link, entry);
        else follow();
      }, follow);
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
    var at = current || headings[0];
    if (!cite || !at) return;
    var name = at.link.textContent.trim().replace(/[。．.]+$/, '');
    var anchor = at.el.id;
    var box = cite.querySelector('[data-cite-section]');
    if (box) box.hidden = false;
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
