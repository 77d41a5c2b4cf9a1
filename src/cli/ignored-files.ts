/**
 * Why a file in the input folder is not read, in words a maintainer can act on. Every entry that
 * is neither a report nor a sidecar gets one warning line: nothing is skipped silently.
 */
const reasons: Array<[RegExp, string]> = [
  [/\.doc$/i, 'an old Word 97–2003 document (.doc); save it as .docx (Word 2007 or later) to ingest it'],
  [/\.(?:wps|rtf|odt|pages)$/i, 'a word-processor format baogao does not read; save it as .docx, .pdf or .txt'],
  [/\.(?:mht|mhtml|webarchive|xhtml|shtml|asp|aspx|jsp|php)$/i, 'a saved web page in a form baogao does not read; save it as .html ("web page, HTML only")'],
  [/\.(?:png|jpe?g|gif|bmp|tiff?|webp|heic)$/i, 'an image: baogao reads text, not pictures of it (run OCR and save the text)'],
  [/\.(?:xlsx?|csv|ods|pptx?|odp)$/i, 'a spreadsheet or slides, not a report'],
  [/\.(?:zip|rar|7z|gz|tgz|tar)$/i, 'an archive; unpack the reports into the folder'],
  [/\.ya?ml$/i, 'a YAML file that is not a sidecar (a sidecar is named NAME.meta.yaml)'],
];

export function ignoredReason(name: string, isFolder: boolean): string {
  if (isFolder) return 'a folder; the ingest reads the files directly in the input folder, not in folders within it';
  if (name.startsWith('.')) return 'a hidden file';
  const known = reasons.find(([pattern]) => pattern.test(name));
  return `${known ? known[1] : 'not a format baogao reads'} (reports: .txt, .html, .htm, .docx, .pdf; sidecars: NAME.meta.yaml)`;
}
