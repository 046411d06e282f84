import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { BenchResults } from './BenchResults'
import { ensurePackageBuilt } from './ensurePackageBuilt'
import { ROOT } from './paths'
import { runSizeLimit } from './runSizeLimit'

/** The UI theme, measured apart from the code (it may not exist yet). */
const STYLESHEET = join(ROOT, 'packages/ui/src/styles.css')
const CSS_CHECK = 'ui styles.css'

interface BudgetCheck {
  name: string
  /** `packages/<name>/dist/index.js`; absent in the app-path checks, which `import` several entries. */
  path?: string
  [option: string]: unknown
}

/**
 * Gzipped bytes of each package's entry, imported whole, with dependencies and peers external:
 * the checks of `.size-limit.json` (the CI budgets) on freshly built `dist/`, plus the stylesheet
 * through the same esbuild preset (minified, gzipped). A package whose build fails, and the
 * stylesheet while it does not exist, are reported as `null` with the reason instead of stopping
 * the bench.
 */
export async function measureSizes(): Promise<BenchResults['gzipBytes']> {
  const budgets = JSON.parse(readFileSync(join(ROOT, '.size-limit.json'), 'utf8')) as BudgetCheck[]
  const checks: BudgetCheck[] = []
  for (const budget of budgets) {
    if (budget.path === undefined) continue // an app path: `pnpm size` reports it (BENCHMARKS.md)
    const problem = await ensurePackageBuilt(budget.path.split('/dist/')[0] as string)
    if (problem) console.warn(`bench: ${problem}`)
    else checks.push({ ...budget, path: join(ROOT, budget.path) })
  }
  if (existsSync(STYLESHEET)) checks.push({ name: CSS_CHECK, path: STYLESHEET, gzip: true })
  else console.log('bench: packages/ui/src/styles.css does not exist yet; uiCss is null')

  // One run of the CLI over the checks that can be measured (size-limit stops on a missing file).
  const dir = mkdtempSync(join(tmpdir(), 'bench-size-'))
  try {
    const config = join(dir, '.size-limit.json')
    writeFileSync(config, JSON.stringify(checks))
    const report = checks.length > 0 ? await runSizeLimit(['--config', config]) : []
    const size = (name: string) => report.find((check) => check.name === name)?.size ?? null
    return { core: size('@profile-kit/core'), ui: size('@profile-kit/ui'), uiCss: size(CSS_CHECK) }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
