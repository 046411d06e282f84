import { fileURLToPath } from 'node:url'
import { build, preview } from 'vite'
import type { TestProject } from 'vitest/node'

const root = fileURLToPath(new URL('..', import.meta.url))
const configFile = fileURLToPath(new URL('../vite.config.ts', import.meta.url))

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where the built demo is served for the end-to-end tests, e.g. `http://127.0.0.1:41234/`. */
    demoURL: string
  }
}

/**
 * Builds the demo as `pnpm --filter ./apps/demo build` does and serves `dist/` on a free port of
 * 127.0.0.1, so the tests drive the same static site users get. Stops the server afterwards.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  await buildForProduction()
  const server = await preview({
    root,
    configFile,
    logLevel: 'warn',
    preview: { host: '127.0.0.1', port: 0, strictPort: true, open: false },
  })
  const url = server.resolvedUrls?.local[0]
  if (!url) throw new Error('The demo preview server did not report a URL; is 127.0.0.1 available?')
  project.provide('demoURL', url)
  return async () => {
    await server.close()
  }
}

/**
 * Vitest sets NODE_ENV to `test`, and Vite builds whatever NODE_ENV says: React's development
 * build would be tested instead of what users get. Build with `production`, then put it back.
 */
async function buildForProduction(): Promise<void> {
  const nodeEnv = process.env.NODE_ENV
  process.env.NODE_ENV = 'production'
  try {
    await build({ root, configFile, mode: 'production', logLevel: 'warn' })
  } finally {
    process.env.NODE_ENV = nodeEnv
  }
}
