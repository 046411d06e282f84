import { defineConfig } from 'tsdown'

export default defineConfig({
  entry: ['src/index.ts'],
  format: 'esm',
  // src/ ships in the tarball: maps let debuggers and go-to-definition land in the real source.
  sourcemap: true,
  dts: { sourcemap: true },
  clean: true,
  fixedExtension: false,
  // The optional theme ships as plain CSS beside the JavaScript (`@profile-kit/ui/styles.css`).
  copy: [{ from: 'src/styles.css', to: 'dist' }],
  publint: true,
})
