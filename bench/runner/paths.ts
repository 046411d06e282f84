import { fileURLToPath } from 'node:url'

/** The repository root. */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url))
/** The bench page's Vite config. */
export const PAGE_CONFIG = fileURLToPath(new URL('../vite.config.ts', import.meta.url))
/** Where the latest results are written (committed). */
export const RESULTS_FILE = fileURLToPath(new URL('../results.json', import.meta.url))
