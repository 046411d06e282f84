import { cp } from 'node:fs/promises'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, inject, it } from 'vitest'
import { PACKAGES } from './packTarballs.ts'
import { addDependencies } from './prepareApp.ts'
import { run } from './run.ts'

const repoRoot = fileURLToPath(new URL('../..', import.meta.url))

describe.each(PACKAGES)('the @profile-kit/%s tarball', (folder) => {
  const name = `@profile-kit/${folder}`

  it('passes publint --strict', async () => {
    const output = await run('pnpm', ['exec', 'publint', '--strict'], {
      cwd: join(repoRoot, 'packages', folder),
    })
    expect(output).toContain('All good!')
  })

  it('passes attw with the ESM-only profile (types resolve for every entry)', async () => {
    // attw checks JavaScript and types; the stylesheet is outside what it checks. It exits non-zero
    // on any problem (run() then rejects with its table); ESM-only ignores node10 and require().
    const exclude = folder === 'ui' ? ['--exclude-entrypoints', './styles.css', './styles.unlayered.css'] : []
    const tarball = inject('tarballs')[name]!
    const output = await run('pnpm', ['exec', 'attw', tarball, '--profile', 'esm-only', ...exclude], {
      cwd: repoRoot,
    })
    expect(output).toMatch(/profile-kit/) // the report was printed (the exit code is the verdict)
  })

  it('ships its LICENSE', async () => {
    const listing = await run('tar', ['-tzf', inject('tarballs')[name]!], { cwd: repoRoot })
    expect(listing.split('\n')).toContain('package/LICENSE')
  })
})

describe('@profile-kit/core/vanilla without React', () => {
  it('type-checks (skipLibCheck off) and runs in Node with neither react nor @tanstack/react-query', async () => {
    const dir = join(inject('scratchRoot'), 'node-vanilla')
    await cp(fileURLToPath(new URL('templates/node-vanilla', import.meta.url)), dir, { recursive: true })
    const { '@profile-kit/core': core } = inject('tarballs')
    await addDependencies(dir, { '@profile-kit/core': core! }, {})
    // --legacy-peer-deps: npm leaves the peers (react, react-query) out, as a server-only app has them.
    await run('npm', ['install', '--no-audit', '--no-fund', '--legacy-peer-deps'], { cwd: dir })
    expect(existsSync(join(dir, 'node_modules/react'))).toBe(false)
    expect(existsSync(join(dir, 'node_modules/@tanstack/react-query'))).toBe(false)
    await run('npm', ['run', 'build'], { cwd: dir })
    const output = await run('npm', ['start', '--silent'], { cwd: dir })
    expect(JSON.parse(output)).toEqual({ nick: '王美玲' })
  })
})
