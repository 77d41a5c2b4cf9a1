/**
 * The Starlight baseline of `npm run bench` (issue 14): a stock Starlight project fed the same
 * reports as Markdown, built by the same Astro, so the ratio of the two builds is measured in one
 * run. Stock means Starlight's defaults (its sidebar, search, table of contents), with the
 * language set to Chinese; the texts are the ingested reports' own text: headings as Markdown
 * headings, every other line a paragraph, the figure, term and damage markup dropped.
 */
import { splitReportFile } from '../render/report-file.ts';

/** A report's MDX file as a Starlight page: `title` frontmatter and the text as Markdown. */
export function reportMarkdown(mdx: string, path: string): string {
  const { data, body } = splitReportFile(mdx, path);
  const title = (data as { title?: unknown }).title;
  if (typeof title !== 'string') throw new Error(`${path}: no title in the frontmatter`);
  const blocks: string[] = [];
  for (const line of body.split('\n')) {
    const heading = /^\s*<H\b[^>]*\blevel=\{(\d)\}[^>]*>(.*)<\/H>\s*$/.exec(line);
    const text = (heading ? heading[2]! : line).replace(/<[^>]*>/g, '').trim();
    if (text === '') continue;
    blocks.push(heading ? `${'#'.repeat(Number(heading[1]))} ${text}` : text);
  }
  // A JSON string is a YAML string: titles with `:` or quotes stay one value.
  return `---\ntitle: ${JSON.stringify(title)}\n---\n\n${blocks.join('\n\n')}\n`;
}

/** The project's own files (besides src/content/docs/*.md): a stock Starlight site in Chinese. */
export const starlightProjectFiles: Record<string, string> = {
  'package.json': JSON.stringify({ name: 'starlight-baseline', private: true, type: 'module' }, null, 2) + '\n',
  'astro.config.mjs': [
    "import { defineConfig } from 'astro/config';",
    "import starlight from '@astrojs/starlight';",
    '',
    'export default defineConfig({',
    "  // The project borrows baogao's node_modules from a parent folder; without this, Vite leaves",
    "  // @astrojs/starlight unbundled in the prerender build and Node cannot load its `astro:` imports.",
    "  vite: { resolve: { noExternal: ['@astrojs/starlight'] } },",
    "  integrations: [starlight({ title: '政府工作报告', defaultLocale: 'root', locales: { root: { label: '简体中文', lang: 'zh-CN' } } })],",
    '});',
    '',
  ].join('\n'),
  'src/content.config.ts': [
    "import { defineCollection } from 'astro:content';",
    "import { docsLoader } from '@astrojs/starlight/loaders';",
    "import { docsSchema } from '@astrojs/starlight/schema';",
    '',
    'export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };',
    '',
  ].join('\n'),
};
