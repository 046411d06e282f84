import { defineConfig, type UserConfig } from 'tsdown'

/**
 * The build every published package shares: ESM with bundled declarations, source maps for both,
 * a clean `dist/`, `.js`/`.d.ts` names, and publint's check of the `exports` it points to.
 * A package adds its entries and whatever is its own (chunks, copied files).
 */
export function libraryBuild(config: UserConfig) {
  return defineConfig({
    format: 'esm',
    // src/ ships in the tarball: maps let debuggers and go-to-definition land in the real source.
    sourcemap: true,
    dts: { sourcemap: true },
    clean: true,
    fixedExtension: false,
    publint: true,
    ...config,
  })
}
