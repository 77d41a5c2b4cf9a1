/**
 * The `reports` collection's loader: each `content/reports/*.mdx` becomes an entry whose data is its
 * frontmatter (validated with the model's `reportData`); its body is rendered to HTML
 * (src/render/report-html.ts) into a file the report page reads (report-text-files.ts). No
 * JavaScript module per report: at N = 1000 compiling and bundling the MDX was most of the build
 * (docs/performance.md).
 *
 * Entries are kept in Astro's content store between builds with a digest of the file and of
 * everything its HTML depends on (the renderer's sources, the glossary): a rebuild parses and
 * renders only the files that changed, and drops the entries whose files are gone.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import type { Metric, ReportData } from '../model.ts';
import { renderReportBody } from '../render/report-html.ts';
import { splitReportFile } from '../render/report-file.ts';
import { loadGlossary } from './curated-data.ts';
import { reportTextFile } from './report-text-files.ts';
import { linker, paths } from './urls.ts';

/** Files whose contents change a report's HTML: when one changes, every entry is rendered again. */
const renderInputs = ['src/render', 'src/lib/format.ts', 'src/lib/i18n.ts', 'src/lib/urls.ts', 'src/lib/report-loader.ts', 'src/lib/report-text-files.ts', 'src/model.ts', 'content/glossary.yaml'];

async function renderVersion(root: string): Promise<string> {
  const hash = createHash('sha256');
  for (const input of renderInputs) {
    const full = path.join(root, input);
    const files = input.endsWith('.ts') || input.endsWith('.yaml') ? [full] : (await readdir(full)).sort().map((f) => path.join(full, f));
    for (const file of files) hash.update(file).update(await readFile(file));
  }
  return hash.digest('hex');
}

export function reportLoader(options: { base: string }): Loader {
  return {
    name: 'baogao:reports',
    load: async ({ store, parseData, generateDigest, logger, watcher, config }) => {
      const root = fileURLToPath(config.root);
      const base = path.resolve(root, options.base);
      const version = await renderVersion(root);
      const terms = new Set(loadGlossary().map((g) => g.id));

      async function forget(id: string): Promise<void> {
        store.delete(id);
        await rm(reportTextFile(id, root), { force: true });
      }

      async function loadFile(name: string): Promise<string> {
        const id = name.slice(0, -'.mdx'.length);
        const full = path.join(base, name);
        const filePath = path.relative(root, full);
        const source = await readFile(full, 'utf8');
        const digest = generateDigest(`${version}\n${source}`);
        const textFile = reportTextFile(id, root);
        if (store.get(id)?.digest === digest && existsSync(textFile)) return id;
        const file = splitReportFile(source, filePath);
        const data = await parseData({ id, data: file.data as Record<string, unknown>, filePath });
        const report = data as unknown as ReportData;
        const fromReport = linker(paths.report(report.slug));
        const html = renderReportBody(file.body, {
          path: filePath,
          firstLine: file.bodyLine,
          metrics: new Map<string, Metric>(report.metrics.map((m) => [m.id, m])),
          terms,
          termHref: (term) => fromReport(paths.glossary(), term),
        });
        // Written whole or not at all: a build killed midway leaves no half text behind.
        await mkdir(path.dirname(textFile), { recursive: true });
        await writeFile(`${textFile}.tmp`, html);
        await rename(`${textFile}.tmp`, textFile);
        store.set({ id, data, digest, filePath });
        return id;
      }

      if (!existsSync(base)) {
        // `astro check` or `astro dev` before any ingest: an empty collection, said plainly.
        logger.warn(`${path.relative(root, base) || base}: no such folder; no reports (run \`npm run ingest\` first).`);
      }
      const names = existsSync(base) ? (await readdir(base)).filter((f) => f.endsWith('.mdx')).sort() : [];
      const started = performance.now();
      const loaded = new Set<string>();
      for (const name of names) loaded.add(await loadFile(name));
      for (const id of store.keys()) if (!loaded.has(id)) await forget(id);
      logger.info(`${names.length} reports from ${path.relative(root, base) || '.'} (${Math.round(performance.now() - started)} ms)`);

      // `astro dev`: a changed report is loaded again; a removed one leaves the collection.
      if (existsSync(base)) watcher?.add(base);
      const inBase = (file: string) => path.dirname(file) === base && file.endsWith('.mdx');
      const reload = async (file: string) => {
        if (!inBase(file)) return;
        try {
          await loadFile(path.basename(file));
        } catch (error) {
          logger.error(error instanceof Error ? error.message : String(error));
        }
      };
      watcher?.on('change', reload);
      watcher?.on('add', reload);
      watcher?.on('unlink', (file) => {
        if (inBase(file)) void forget(path.basename(file, '.mdx'));
      });
    },
  };
}
