import { execFile } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { ROOT } from './paths'

const run = promisify(execFile)

/** The newest modification time of the shipped sources under `dir` (tests and stories excluded). */
function newestSource(dir: string): number {
  let newest = 0
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(path))
    else if (!/\.(test|browser\.test|stories)\.tsx?$/.test(entry.name))
      newest = Math.max(newest, statSync(path).mtimeMs)
  }
  return newest
}

/**
 * Builds a package (`pnpm build` in it) when its `dist/index.js` is missing or older than its
 * sources, so sizes are measured on what would ship. Returns a reason when the build failed.
 *
 * @example
 * ```ts
 * const problem = await ensurePackageBuilt('packages/core')
 * ```
 */
export async function ensurePackageBuilt(packageDir: string): Promise<string | null> {
  const dir = join(ROOT, packageDir)
  const entry = join(dir, 'dist/index.js')
  if (existsSync(entry) && statSync(entry).mtimeMs >= newestSource(join(dir, 'src'))) return null
  console.log(`bench: building ${packageDir} (dist is missing or older than src)`)
  try {
    await run('pnpm', ['--filter', `./${packageDir}`, 'build'], { cwd: ROOT, maxBuffer: 16 << 20 })
    return null
  } catch (error) {
    const output = error as { stdout?: string; stderr?: string; message: string }
    const tail = `${output.stdout ?? ''}${output.stderr ?? ''}`.trim().split('\n').slice(-8).join('\n')
    return `build of ${packageDir} failed:\n${tail || output.message}`
  }
}
