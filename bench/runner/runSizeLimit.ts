import { execFile } from 'node:child_process'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { ROOT } from './paths'

const run = promisify(execFile)

/** One check as `size-limit --json` reports it. */
export interface SizeCheck {
  name: string
  /** Bytes after minifying and gzip, less size-limit's empty-bundle overhead. */
  size?: number
  passed?: boolean
  sizeLimit?: number
}

/**
 * Runs the size-limit CLI, the same one `pnpm size` and CI run, and returns its JSON report. It
 * exits non-zero when a budget is exceeded; the report is still read.
 *
 * @example
 * ```ts
 * const checks = await runSizeLimit([]) // the checks of .size-limit.json
 * ```
 */
export async function runSizeLimit(args: string[]): Promise<SizeCheck[]> {
  const bin = join(ROOT, 'node_modules/size-limit/bin.js')
  let stdout: string
  try {
    ;({ stdout } = await run(process.execPath, [bin, '--json', ...args], { cwd: ROOT }))
  } catch (error) {
    stdout = (error as { stdout?: string }).stdout ?? ''
  }
  const report: unknown = JSON.parse(stdout || '{"error":"size-limit printed nothing"}')
  if (!Array.isArray(report)) throw new Error(`size-limit failed: ${(report as { error?: string }).error}`)
  return report as SizeCheck[]
}
