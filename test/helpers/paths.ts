import { fileURLToPath } from 'node:url';

/** The repository's root folder, and the built site in it. */
export const repoRoot = fileURLToPath(new URL('../../', import.meta.url)).replace(/\/$/, '');
export const distDir = `${repoRoot}/dist`;
