import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

const ROOT = fileURLToPath(new URL('../../../../', import.meta.url))
const PACKAGES = join(ROOT, 'packages')

/** Runtime source of every package: no tests, stories, SDK doubles or test helpers. */
function runtimeSources(): Array<{ path: string; text: string }> {
  const files: string[] = []
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name)
      if (entry.isDirectory()) {
        if (!['node_modules', 'dist', 'testing', '__tests__', '__reliability__'].includes(entry.name))
          walk(path)
      } else if (/\.(ts|tsx)$/.test(entry.name) && !/\.(test|stories)\.|\.d\.ts$/.test(entry.name)) {
        files.push(path)
      }
    }
  }
  for (const pkg of readdirSync(PACKAGES)) walk(join(PACKAGES, pkg, 'src'))
  return files.map((path) => ({ path: relative(ROOT, path), text: readFileSync(path, 'utf8') }))
}

/** A line that is only a comment (JSDoc may name what the code must never do). */
const COMMENT = /^\s*(\/\/|\/\*|\*)/

/** `file:line: code` for every line of code matching `pattern`. */
function findings(pattern: RegExp, allowed: readonly string[] = []): string[] {
  return runtimeSources().flatMap(({ path, text }) =>
    allowed.includes(path)
      ? []
      : text
          .split('\n')
          .flatMap((line, index) =>
            !COMMENT.test(line) && pattern.test(line) ? [`${path}:${index + 1}: ${line.trim()}`] : [],
          ),
  )
}

describe('what the kit never does (a grep over every package’s runtime source)', () => {
  it('reads every package', () => {
    const paths = runtimeSources().map((source) => source.path)
    for (const pkg of ['core', 'ui', 'adapter-tencent', 'adapter-nim']) {
      expect(
        paths.some((path) => path.startsWith(`packages/${pkg}/src/`)),
        pkg,
      ).toBe(true)
    }
  })

  it('never injects HTML: no dangerouslySetInnerHTML, innerHTML, outerHTML, insertAdjacentHTML or document.write', () => {
    expect(
      findings(/dangerouslySetInnerHTML|\.innerHTML\b|\.outerHTML\b|insertAdjacentHTML|document\.write/),
    ).toEqual([])
  })

  it('never evaluates code: no eval, new Function, or string timers', () => {
    expect(findings(/\beval\s*\(|new\s+Function\s*\(|set(Timeout|Interval)\s*\(\s*['"`]/)).toEqual([])
  })

  it('makes no network calls of its own: no fetch, XMLHttpRequest, WebSocket, EventSource or sendBeacon (only adapters talk to the backend)', () => {
    expect(
      findings(
        /(^|[^.\w])fetch\s*\(|(window|globalThis|self)\.fetch\b|XMLHttpRequest|WebSocket|EventSource|sendBeacon|importScripts/,
      ),
    ).toEqual([])
  })

  it('loads images only in the Avatar, from URLs that passed safeImageUrl', () => {
    // One loader creates images; one hook asks it to; Avatar hands that hook safeImageUrl's answer.
    expect(findings(/new\s+Image\s*\(/, ['packages/ui/src/Avatar/avatarImageCache.ts'])).toEqual([])
    expect(findings(/avatarImageCache\.request\(/, ['packages/ui/src/Avatar/useAvatarImage.ts'])).toEqual([])
    const callers = findings(/\buseAvatarImage\(/, ['packages/ui/src/Avatar/useAvatarImage.ts'])
    expect(callers.map((finding) => finding.split(':')[0])).toEqual(['packages/ui/src/Avatar/Avatar.tsx'])
    const avatar = readFileSync(join(PACKAGES, 'ui/src/Avatar/Avatar.tsx'), 'utf8')
    expect(avatar).toMatch(/const url = safeImageUrl\(/)
    expect(avatar).toMatch(/useAvatarImage\(url\)/)
  })

  it('sends no telemetry: no analytics or error-reporting SDKs', () => {
    expect(
      findings(
        /sentry|posthog|mixpanel|amplitude|segment\.(io|com)|google-analytics|gtag\(|datadog|bugsnag|telemetry/i,
      ),
    ).toEqual([])
  })

  it('stores nothing but editor drafts: no cookies, localStorage or IndexedDB; sessionStorage only in the draft store', () => {
    expect(findings(/document\.cookie|localStorage|indexedDB/)).toEqual([])
    expect(findings(/sessionStorage/, ['packages/ui/src/ProfileEditor/createDraftStore.ts'])).toEqual([])
  })

  it('has no runtime dependency beyond React state libraries: a new one needs a security review', () => {
    const dependencies = Object.fromEntries(
      ['core', 'ui', 'adapter-tencent', 'adapter-nim'].map((pkg) => {
        const manifest = JSON.parse(readFileSync(join(PACKAGES, pkg, 'package.json'), 'utf8')) as {
          dependencies?: Record<string, string>
        }
        return [pkg, Object.keys(manifest.dependencies ?? {}).sort()]
      }),
    )
    expect(dependencies).toEqual({
      core: [],
      ui: ['react-hook-form', 'zustand'],
      'adapter-tencent': [],
      'adapter-nim': [],
    })
  })

  it('takes @profile-kit/core as a peer in ui and the adapters, so an app gets one core', () => {
    for (const pkg of ['ui', 'adapter-tencent', 'adapter-nim']) {
      const manifest = JSON.parse(readFileSync(join(PACKAGES, pkg, 'package.json'), 'utf8')) as {
        peerDependencies?: Record<string, string>
      }
      expect(manifest.peerDependencies?.['@profile-kit/core'], pkg).toBe('^0.1.0')
    }
  })
})
