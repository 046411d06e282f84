import { readFileSync } from 'node:fs'
import { cpus } from 'node:os'
import { join } from 'node:path'
import type { BenchResults } from './BenchResults'
import { ROOT } from './paths'

/** The CPU model from /proc/cpuinfo (where there is one) and the number of cores. */
function cpuModel(): string {
  let model = cpus()[0]?.model ?? 'unknown CPU'
  try {
    model = /^model name\s*:\s*(.+)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1]?.trim() ?? model
  } catch {
    // Not Linux: os.cpus() has the model too.
  }
  return `${model}, ${cpus().length} cores`
}

function installedVersion(name: string): string {
  return (
    JSON.parse(readFileSync(join(ROOT, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }
  ).version
}

/** Date, machine and versions, for `results.json` and BENCHMARKS.md. */
export function readEnv(chromium: string, react: string): BenchResults['env'] {
  return {
    date: new Date().toISOString(),
    cpu: cpuModel(),
    chromium,
    react,
    tanstackQuery: installedVersion('@tanstack/react-query'),
  }
}
