import { mkdirSync, realpathSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { ensurePackageBuilt } from './ensurePackageBuilt'
import { ROOT } from './paths'
import { runSizeLimit } from './runSizeLimit'

/** Gzipped bytes each persisted cache adds to an app's list path (`ProfileProvider`, `useUserProfiles`). */
export interface PersisterBundles {
  /** The app without persistence, the bytes the others are measured from. */
  baseBytes: number
  /** + `PersistProfiles` from `@profile-kit/core/persist` (idb-keyval included). */
  kitBytes: number
  /**
   * + `PersistQueryClientProvider`, `createAsyncStoragePersister` and idb-keyval, with the older
   * query-core its packages pin exactly bundled beside the app's (what npm installs today).
   */
  tanstackBytes: number
  /** The same with one query-core (if the pins matched the app's version). */
  tanstackOneCoreBytes: number
}

const BASE = "export { ProfileProvider, useUserProfiles } from '@profile-kit/core'"
const KIT = "export { PersistProfiles } from '@profile-kit/core/persist'"
const TANSTACK = [
  "export { PersistQueryClientProvider } from '@tanstack/react-query-persist-client'",
  "export { createAsyncStoragePersister } from '@tanstack/query-async-storage-persister'",
  "export { createStore, get, set, del } from 'idb-keyval'",
].join('\n')

/**
 * Measures with size-limit (esbuild, minified, gzip; React external, TanStack Query bundled, as an
 * app ships it) what each persister adds over the same app. Entry files are written under
 * `node_modules/.cache` so bare imports resolve as an app's would. The one-core variant aliases
 * every `@tanstack/query-core` import to the app's copy.
 */
export async function measurePersisterBundles(): Promise<PersisterBundles> {
  const problem = await ensurePackageBuilt('packages/core')
  if (problem) throw new Error(`bench: ${problem}`)
  const dir = join(ROOT, 'node_modules/.cache/bench-persister-bundles')
  mkdirSync(dir, { recursive: true })
  const entry = (name: string, ...lines: string[]) => {
    const path = join(dir, `${name}.js`)
    writeFileSync(path, `${lines.join('\n')}\n`)
    return path
  }
  // The ESM entry its `exports` give an app (an aliased directory would resolve to the legacy build).
  const appCore = join(
    realpathSync(join(ROOT, 'packages/core/node_modules/@tanstack/query-core')),
    'build/modern/index.js',
  )
  const check = (name: string, path: string, oneCore = false) =>
    `{ name: ${JSON.stringify(name)}, path: ${JSON.stringify(path)}, ignore: ['react', 'react-dom'], gzip: true` +
    (oneCore
      ? `, modifyEsbuildConfig: (config) => ({ ...config, alias: { '@tanstack/query-core': ${JSON.stringify(appCore)} } })`
      : '') +
    ' }'
  const config = join(dir, '.size-limit.mjs')
  writeFileSync(
    config,
    `export default [\n${[
      check('base', entry('base', BASE)),
      check('kit', entry('kit', BASE, KIT)),
      check('tanstack', entry('tanstack', BASE, TANSTACK)),
      check('tanstackOneCore', entry('tanstackOneCore', BASE, TANSTACK), true),
    ].join(',\n')}\n]\n`,
  )
  try {
    const report = await runSizeLimit(['--config', config])
    const size = (name: string) => {
      const bytes = report.find((found) => found.name === name)?.size
      if (bytes === undefined) throw new Error(`bench: size-limit measured no "${name}"`)
      return bytes
    }
    const baseBytes = size('base')
    return {
      baseBytes,
      kitBytes: size('kit') - baseBytes,
      tanstackBytes: size('tanstack') - baseBytes,
      tanstackOneCoreBytes: size('tanstackOneCore') - baseBytes,
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
