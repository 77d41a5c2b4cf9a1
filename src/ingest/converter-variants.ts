/**
 * Variant characters some simplified → traditional converters write where the standard traditional
 * form is another (`廻顧`, `縂抓手`, `成勣`, `曏全會作報告`, `衹爭朝夕`): old variants of 回, 總, 績, 向, 只
 * that OpenCC's `tw` → `cn` keeps, or maps to a rarer form still (勣 → 𪟝). They are read as the
 * standard character before OpenCC, so a cue written with them reads as any other.
 */
const STANDARD: Record<string, string> = {
  廻: '回', 縂: '总', 郃: '合', 竝: '并', 勣: '绩', 儅: '当', 衹: '只', 傚: '效', 搆: '构', 鄕: '乡',
};
const VARIANTS = new RegExp(`[${Object.keys(STANDARD).join('')}]`, 'g');

export function standardizeConverterVariants(text: string): string {
  return text.replace(VARIANTS, (variant) => STANDARD[variant] ?? variant);
}
