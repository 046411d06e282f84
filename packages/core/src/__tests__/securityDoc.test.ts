import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

const ROOT = fileURLToPath(new URL('../../../../', import.meta.url))
const SECURITY = readFileSync(join(ROOT, 'SECURITY.md'), 'utf8')

describe('SECURITY.md', () => {
  it('names only files that exist, so every proof it cites can be opened', () => {
    const cited = [...SECURITY.matchAll(/`(packages\/[^`\s]+)`/g)].map((match) => match[1] as string)
    expect(cited.length).toBeGreaterThan(20)
    expect(cited.filter((path) => !existsSync(join(ROOT, path)))).toEqual([])
  })

  it('cites a test file for every row of the hostile-input catalogue', () => {
    const catalogue = SECURITY.slice(SECURITY.indexOf('## Hostile-input catalogue'))
    const rows = catalogue
      .split('\n')
      .filter((line) => line.startsWith('| ') && !line.startsWith('| input') && !line.startsWith('| ---'))
    expect(rows.length).toBeGreaterThan(20)
    for (const row of rows) expect(row, row.slice(0, 80)).toMatch(/\.test\.tsx?`|same/)
  })
})
