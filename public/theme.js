/* The reader's theme choice (site.js's toggle stores it), applied before the page paints: a small
   blocking script of its own rather than inline, so pages carry no inline script and no hash. */
(function () {
  try {
    var t = localStorage.getItem('baogao-theme');
    if (t === 'dark' || t === 'light') document.documentElement.setAttribute('data-theme', t);
  } catch (e) {}
})();
