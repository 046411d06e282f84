import { defineConfig } from 'tsdown'

export default defineConfig({
  entry: { index: 'src/index.ts', 'classic/index': 'src/classic/index.ts', testing: 'src/testing.ts' },
  format: 'esm',
  dts: true,
  clean: true,
  fixedExtension: false,
  publint: true,
})
