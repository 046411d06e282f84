import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

const ROOT = fileURLToPath(new URL('../../../../', import.meta.url))
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8')

describe("the README's SSR recipe", () => {
  it('is exactly what apps/next-example does (built and driven in Chromium by its e2e test)', () => {
    const readme = read('packages/core/README.md')
    for (const file of ['app/page.tsx', 'app/ProfileBoundary.tsx']) {
      const block = readme.match(
        new RegExp(`\`\`\`tsx\\n// ${file.replace('.', '\\.')}[^\\n]*\\n([\\s\\S]*?)\`\`\``),
      )
      expect(block?.[1], file).toBe(read(`apps/next-example/${file}`))
    }
  })
})
