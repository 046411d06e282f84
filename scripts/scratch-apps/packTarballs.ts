import { mkdtemp, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { TestProject } from 'vitest/node'
import { timed } from './run.ts'

const repoRoot = fileURLToPath(new URL('../..', import.meta.url))

/** The published packages, by folder under packages/. */
export const PACKAGES = ['core', 'ui', 'adapter-tencent', 'adapter-nim'] as const

declare module 'vitest' {
  export interface ProvidedContext {
    /** Each package's tarball from `pnpm pack`, by package name (e.g. `@profile-kit/core`). */
    tarballs: Record<string, string>
    /** A fresh temporary folder for the scratch apps of this run. */
    scratchRoot: string
  }
}

/**
 * Builds the packages and packs each as `pnpm pack` would for publishing (workspace: ranges
 * replaced by versions), so the tests install exactly what npm would serve. Removes the scratch
 * folder afterwards.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const scratchRoot = await mkdtemp(join(tmpdir(), 'profile-kit-scratch-'))
  const packs = join(scratchRoot, 'tarballs')
  await timed('pnpm build', 'pnpm', ['build'], { cwd: repoRoot, env: { NODE_ENV: 'production' } })
  const tarballs: Record<string, string> = {}
  for (const folder of PACKAGES) {
    await timed(`pnpm pack ${folder}`, 'pnpm', ['pack', '--pack-destination', packs], {
      cwd: join(repoRoot, 'packages', folder),
    })
    const file = (await readdir(packs)).find((name) => name.startsWith(`profile-kit-${folder}-`))
    if (!file) throw new Error(`pnpm pack wrote no tarball for packages/${folder} into ${packs}`)
    tarballs[`@profile-kit/${folder}`] = join(packs, file)
  }
  project.provide('tarballs', tarballs)
  project.provide('scratchRoot', scratchRoot)
  return async () => {
    // Set PROFILE_KIT_KEEP_SCRATCH=1 to look at the installed apps after a failure.
    if (!process.env.PROFILE_KIT_KEEP_SCRATCH) await rm(scratchRoot, { recursive: true, force: true })
    else console.log(`scratch apps kept in ${scratchRoot}`)
  }
}
