import { execFile, spawn, type ChildProcess } from 'node:child_process'
import { createServer } from 'node:net'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import type { TestProject } from 'vitest/node'

const appDir = fileURLToPath(new URL('..', import.meta.url))
const repoRoot = fileURLToPath(new URL('../../..', import.meta.url))
const run = promisify(execFile)

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where `next start` serves the example for the end-to-end tests, e.g. `http://127.0.0.1:41234/`. */
    nextExampleURL: string
  }
}

// What `next build` and `next start` see: production, no telemetry (the network is closed).
const nextEnv: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' }

/**
 * Builds the packages (the example consumes their `dist/` as an adopter's app does), then the
 * example with `next build`, and serves it with `next start` on a free port of 127.0.0.1.
 * Stops the server afterwards.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  await run('pnpm', ['build'], { cwd: repoRoot })
  await run('pnpm', ['exec', 'next', 'build'], { cwd: appDir, env: nextEnv })
  const port = await freePort()
  const server = spawn('pnpm', ['exec', 'next', 'start', '--hostname', '127.0.0.1', '--port', String(port)], {
    cwd: appDir,
    env: nextEnv,
    stdio: ['ignore', 'ignore', 'inherit'],
  })
  const url = `http://127.0.0.1:${port}/`
  try {
    await waitUntilServing(url, server)
  } catch (error) {
    server.kill()
    throw error
  }
  project.provide('nextExampleURL', url)
  return async () => {
    server.kill()
  }
}

/** A port nothing listens on now: the OS picks it, we release it for `next start`. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address()
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(address)))
    })
  })
}

async function waitUntilServing(url: string, server: ChildProcess, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`next start exited with code ${server.exitCode}.`)
    const ok = await fetch(url).then(
      (response) => response.ok,
      () => false,
    )
    if (ok) return
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  throw new Error(`next start did not answer ${url} within ${timeoutMs} ms.`)
}
