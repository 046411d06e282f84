import { fileURLToPath } from 'node:url'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'
import { sourceResolve } from '../../tooling/sourceResolve.ts'

/**
 * The demo resolves the kit's packages from their sources, so `pnpm dev` needs no build first.
 * `@profile-kit/ui/styles.css` is exported from `dist/` only (no source condition), which a fresh
 * clone does not have yet: point it at the source file.
 */
export default defineConfig({
  plugins: [react()],
  resolve: {
    ...sourceResolve,
    alias: {
      '@profile-kit/ui/styles.css': fileURLToPath(
        new URL('../../packages/ui/src/styles.css', import.meta.url),
      ),
    },
  },
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1' },
})
