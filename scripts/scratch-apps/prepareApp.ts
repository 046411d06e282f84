import { spawn } from 'node:child_process'
import { cp, readFile, writeFile } from 'node:fs/promises'
import { createServer } from 'node:net'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { preview } from 'vite'
import type { ScratchApp } from './apps.ts'
import { timed } from './run.ts'

/** A built scratch app, served on 127.0.0.1. */
export interface ServedApp {
  url: string
  stop(): Promise<void>
}

// Vitest runs with NODE_ENV=test; builds and servers must see what an app's CI sees.
const PRODUCTION = { NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' }
const NOT_COPIED = new Set(['node_modules', 'dist', '.next', 'package-lock.json'])

/**
 * Makes `app` the way an adopter would: copies its template into `scratchRoot`, adds the tarballs
 * and the app's dependencies to package.json, runs plain `npm install` and `npm run build`, and
 * serves the result.
 */
export async function prepareApp(
  app: ScratchApp,
  tarballs: Record<string, string>,
  scratchRoot: string,
): Promise<ServedApp> {
  const dir = join(scratchRoot, app.name)
  const template = fileURLToPath(new URL(app.template, import.meta.url))
  await cp(template, dir, { recursive: true, filter: (source) => !NOT_COPIED.has(source.split('/').pop()!) })
  await addDependencies(dir, tarballs, app.dependencies ?? {})
  await timed(`${app.name}: npm install`, 'npm', ['install', '--no-audit', '--no-fund'], { cwd: dir })
  await timed(`${app.name}: npm run build`, 'npm', ['run', 'build'], { cwd: dir, env: PRODUCTION })
  return 'static' in app.serve ? serveStatic(dir, app.serve.static) : serveCommand(dir, app.serve.command)
}

/** Writes the dependencies into package.json as `npm install ./x.tgz react@…` would. */
export async function addDependencies(
  dir: string,
  tarballs: Record<string, string>,
  dependencies: Record<string, string>,
): Promise<void> {
  const file = join(dir, 'package.json')
  const manifest = JSON.parse(await readFile(file, 'utf8')) as { dependencies?: Record<string, string> }
  const packed = Object.fromEntries(Object.entries(tarballs).map(([name, path]) => [name, `file:${path}`]))
  manifest.dependencies = { ...manifest.dependencies, ...packed, ...dependencies }
  await writeFile(file, JSON.stringify(manifest, null, 2) + '\n')
}

async function serveStatic(dir: string, outDir: string): Promise<ServedApp> {
  const server = await preview({
    root: dir,
    configFile: false,
    logLevel: 'warn',
    build: { outDir },
    preview: { host: '127.0.0.1', port: 0, strictPort: true, open: false },
  })
  const url = server.resolvedUrls?.local[0]
  if (!url) throw new Error(`vite preview of ${dir} reported no URL`)
  return { url, stop: () => server.close() }
}

async function serveCommand(dir: string, command: string): Promise<ServedApp> {
  const port = await freePort()
  const child = spawn(command.replaceAll('{port}', String(port)), {
    cwd: dir,
    shell: true,
    detached: true, // its own process group, so stop() also ends the server npm started
    env: { ...process.env, ...PRODUCTION, HOSTNAME: '127.0.0.1' },
    stdio: 'ignore',
  })
  const url = `http://127.0.0.1:${port}/`
  await waitForHttp(url, 60_000)
  return {
    url,
    stop: async () => {
      if (child.pid) process.kill(-child.pid, 'SIGTERM')
    },
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.on('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject()))
    })
  })
}

async function waitForHttp(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms`)
}
