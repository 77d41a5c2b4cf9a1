/**
 * A figure in the text is a button, which lays out as an atomic inline box, and CSS allows a line
 * break after any atomic inline, even before a character that may not start a line (CSS Text 3
 * §5.1): a full-width `,` or `。` after a figure could begin the next line (Chromium does this;
 * `display: inline` does not help, a button stays atomic). So the figure and the closing
 * punctuation right after it are wrapped in a `<span>` that CSS keeps on one line
 * (`.report-text span:has(> [popovertarget])`). Only the markup around the text changes: its
 * characters and their order stay as they are.
 */

/**
 * Characters that may not start a line (kinsoku), full-width and ASCII: ， 。 、 ； ： ？ ！ ） ］ 」 』
 * 】 〕 〉 》 ” ’ … — ％ ‰ · and , . ; : ? ! ) ] %.
 */
const closing = '\uFF0C\u3002\u3001\uFF1B\uFF1A\uFF1F\uFF01\uFF09\uFF3D\u300D\u300F\u3011\u3015\u3009\u300B\u201D\u2019\u2026\u2014\uFF05\u2030\u00B7,.;:?!)\\]%';

const figureThenClosing = new RegExp(`(<button\\b[^>]*\\spopovertarget=[^>]*>(?:(?!</button>)[\\s\\S])*</button>)([${closing}]+)`, 'g');

/** The rendered text with each figure button and the closing punctuation after it kept together. */
export function bindClosingPunctuation(html: string): string {
  return html.replace(figureThenClosing, '<span>$1$2</span>');
}
