// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

export default defineConfig({
  integrations: [mdx()],
  // Every page is a file (`reports/x.html`), so links work from disk where folders do not map to index.html.
  build: { format: 'file' },
});
