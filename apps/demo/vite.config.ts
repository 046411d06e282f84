import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'
import { sourceResolve } from '../../tooling/sourceResolve.ts'

/** The demo resolves the kit's packages (and the theme) from their sources: `pnpm dev` needs no build first. */
export default defineConfig({
  plugins: [react()],
  resolve: sourceResolve,
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1' },
})
