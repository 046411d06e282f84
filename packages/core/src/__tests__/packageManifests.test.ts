import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

// What the shipped code never does (inject HTML, evaluate code, call the network, store data, send
// telemetry) is enforced by ESLint rules in eslint.config.js. This file checks what ESLint cannot
// see: the dependencies each published package declares.

const PACKAGES = fileURLToPath(new URL('../../../', import.meta.url))

interface Manifest {
  dependencies?: Record<string, string>
  peerDependencies?: Record<string, string>
}

const manifest = (pkg: string) =>
  JSON.parse(readFileSync(join(PACKAGES, pkg, 'package.json'), 'utf8')) as Manifest

describe('package manifests', () => {
  it('have no runtime dependency beyond React state libraries: a new one needs a security review', () => {
    const dependencies = Object.fromEntries(
      ['core', 'ui', 'adapter-tencent', 'adapter-nim'].map((pkg) => [
        pkg,
        Object.keys(manifest(pkg).dependencies ?? {}).sort(),
      ]),
    )
    expect(dependencies).toEqual({
      // idb-keyval (no dependencies of its own): IndexedDB for the opt-in `@profile-kit/core/persist` only.
      core: ['idb-keyval'],
      // react-easy-crop (MIT; one dependency, normalize-wheel): the crop step, loaded only when a person picks a photo.
      ui: ['react-easy-crop', 'react-hook-form', 'zustand'],
      'adapter-tencent': [],
      'adapter-nim': [],
    })
  })

  it('take @profile-kit/core as a peer in ui and the adapters, so an app gets one core', () => {
    for (const pkg of ['ui', 'adapter-tencent', 'adapter-nim']) {
      expect(manifest(pkg).peerDependencies?.['@profile-kit/core'], pkg).toBe('^0.1.0')
    }
  })
})
