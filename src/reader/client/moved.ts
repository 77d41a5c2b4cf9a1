/**
 * A report's former address: go to its current page at once, keeping the fragment (`#s1-p2`,
 * which the meta refresh would drop). Without script, the meta refresh and the link do the same.
 */
const target = document.documentElement.dataset['movedTo'];
if (target) location.replace(target + location.hash);
