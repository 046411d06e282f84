import { createRequire } from 'node:module'
import type { AxeResults } from 'axe-core'
import type { Page } from 'playwright'

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js')

/** A violation, short enough to read in a test failure: rule, impact and where. */
export interface AxeViolation {
  id: string
  impact: string | null | undefined
  help: string
  targets: string[]
}

/**
 * Runs axe-core (from node_modules, no network) on the page as it is now and returns its
 * violations in a readable form.
 *
 * @example
 * ```ts
 * expect(await runAxe(page)).toEqual([])
 * ```
 */
export async function runAxe(page: Page): Promise<AxeViolation[]> {
  await page.addScriptTag({ path: axePath })
  const results = await page.evaluate(() => {
    const axe = (
      window as unknown as { axe: { run(context: Document, options: object): Promise<AxeResults> } }
    ).axe
    return axe.run(document, { resultTypes: ['violations'] })
  })
  return results.violations.map((violation) => ({
    id: violation.id,
    impact: violation.impact,
    help: violation.help,
    targets: violation.nodes.slice(0, 5).map((node) => node.target.join(' ')),
  }))
}
