import { readFile, writeFile } from 'node:fs/promises'
import { defineConfig } from 'tsdown'
import { unlayer } from './unlayer'

export default defineConfig({
  entry: ['src/index.ts'],
  format: 'esm',
  // src/ ships in the tarball: maps let debuggers and go-to-definition land in the real source.
  sourcemap: true,
  dts: { sourcemap: true },
  clean: true,
  fixedExtension: false,
  // The optional theme ships as plain CSS beside the JavaScript (`@profile-kit/ui/styles.css`),
  // and once more without its cascade layer (`styles.unlayered.css`) for apps whose resets are
  // unlayered. A function, because tsdown runs it after bundling and before publint checks that
  // every export exists: it writes the unlayered copy, then lets tsdown copy the layered one.
  async copy() {
    const layered = await readFile(new URL('src/styles.css', import.meta.url), 'utf8')
    await writeFile(new URL('dist/styles.unlayered.css', import.meta.url), unlayer(layered))
    return [{ from: 'src/styles.css', to: 'dist' }]
  },
  publint: true,
})
