/**
 * The most frequent Han characters of Chinese text, in both scripts (`国`/`國`, `发`/`發`): bytes
 * decoded in the wrong legacy encoding (Big5 read as GB18030, or the reverse) give rare characters
 * instead, so the share of these tells the right decoding from the wrong one.
 */
const COMMON =
  '的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处' +
  '這個為來們時對會發動過說產種後實現學經進於電當點從業應開還氣質結問題黨總員設區處務務區縣鎮鄉濟農環區計劃報費稅額億萬積極強調確保設施體係制維護'
;
const common = new Set(COMMON);
const han = /\p{Script=Han}/u;

/** Whether a character is among the most frequent (`和`, `成`, `城`), so may form an ordinary word. */
export const isCommonHan = (char: string): boolean => common.has(char);

/** Share of the Han characters of `text` that are common (0 when it has none). */
export function commonHanShare(text: string): number {
  let all = 0;
  let frequent = 0;
  for (const char of text) {
    if (!han.test(char)) continue;
    all += 1;
    if (common.has(char)) frequent += 1;
  }
  return all === 0 ? 0 : frequent / all;
}
