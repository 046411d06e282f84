import type { ScriptOwners } from './attributeMainThread'

/** The bench page's chunks (`bench/vite.config.ts`, built as `assets/<name>-<hash>.js`) by owner. */
export const BENCH_SCRIPT_OWNERS: ScriptOwners = {
  kit: /\/assets\/owner-kit-[\w-]+\.js$/,
  query: /\/assets\/owner-query-[\w-]+\.js$/,
  react: /\/assets\/owner-react-[\w-]+\.js$/,
}
