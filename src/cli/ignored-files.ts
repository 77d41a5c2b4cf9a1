import { readableExtensions } from '../ingest/formats/index.ts';

/**
 * Why a file in the input folder is not read, in words a maintainer can act on. Every entry that
 * is neither a report nor a sidecar gets one warning line: nothing is skipped silently.
 */
const reasons: Array<[RegExp, string]> = [
  [/\.(?:wps|rtf|odt|pages)$/i, 'a word-processor format baogao does not read; save it as .docx, .pdf or .txt'],
  [/\.webarchive$/i, 'a Safari web archive, which baogao does not read; save the page as .html ("web page, HTML only")'],
  [/\.(?:png|jpe?g|gif|bmp|tiff?|webp|heic)$/i, 'an image: baogao reads text, not pictures of it (run OCR and save the text)'],
  [/\.(?:xlsx?|csv|ods|pptx?|odp)$/i, 'a spreadsheet or slides, not a report'],
  [/\.(?:zip|rar|7z|gz|tgz|tar)$/i, 'an archive; unpack the reports into the folder'],
  [/\.ya?ml$/i, 'a YAML file that is not a sidecar (a sidecar is named NAME.meta.yaml)'],
];

export function ignoredReason(name: string, isFolder: boolean): string {
  if (isFolder) return 'a folder; the ingest reads the files directly in the input folder, not in folders within it';
  if (name.startsWith('.')) return 'a hidden file';
  const known = reasons.find(([pattern]) => pattern.test(name));
  return `${known ? known[1] : 'not a format baogao reads'} (reports: ${readableExtensions}; sidecars: NAME.meta.yaml)`;
}
