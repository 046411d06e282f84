import react from '@vitejs/plugin-react'
import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vite'
import { sourceResolve } from '../tooling/sourceResolve.ts'

/**
 * The bench page: production React (`vite build`), the kit from source through its
 * `@profile-kit/source` export condition, served by `vite preview` on 127.0.0.1.
 */
export default defineConfig({
  root: fileURLToPath(new URL('./page', import.meta.url)),
  plugins: [react()],
  resolve: sourceResolve,
  logLevel: 'warn',
  build: {
    outDir: fileURLToPath(new URL('./dist', import.meta.url)),
    emptyOutDir: true,
  },
  preview: { host: '127.0.0.1', port: 4179, strictPort: false },
})
