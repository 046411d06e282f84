import { defineConfig } from 'tsdown'

export default defineConfig({
  entry: { index: 'src/index.ts', 'classic/index': 'src/classic/index.ts', testing: 'src/testing.ts' },
  format: 'esm',
  // src/ ships in the tarball: maps let debuggers and go-to-definition land in the real source.
  sourcemap: true,
  dts: { sourcemap: true },
  clean: true,
  fixedExtension: false,
  publint: true,
})
