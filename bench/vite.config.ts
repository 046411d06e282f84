import react from '@vitejs/plugin-react'
import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vite'
import { sourceResolve } from '../tooling/sourceResolve.ts'

/**
 * Chunk names, matched by `runner/scriptOwners.ts`; a module goes to the first group that matches.
 * The memory adapter is the bench's backend, not the kit: it stays with the page's own code.
 */
const CHUNKS = [
  { name: 'owner-kit', test: /[\\/]packages[\\/]core[\\/]src[\\/](?!memory[\\/])/ },
  { name: 'owner-query', test: /[\\/]node_modules[\\/]@tanstack[\\/](react-query|query-core)[\\/]/ },
  { name: 'owner-react', test: /[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
]

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
    // The kit, TanStack Query and React each in a chunk of their own: the runner tells whose code a
    // long task ran by the script URL of each sampled frame (see runner/attributeMainThread.ts).
    rolldownOptions: { output: { codeSplitting: { includeDependenciesRecursively: false, groups: CHUNKS } } },
  },
  preview: { host: '127.0.0.1', port: 4179, strictPort: false },
})
