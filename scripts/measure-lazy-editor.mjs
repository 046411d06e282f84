// `node scripts/measure-lazy-editor.mjs` (after `pnpm build`): what a Vite app downloads first, and
// what when the editor opens, for the ways an app can import ProfileEditor. BENCHMARKS.md quotes it.
//
// Each variant is a small app (the list path: ProfileProvider, useUserProfiles, Avatar, ProfileCard,
// plus the editor imported one way) built with Vite over the packages' dist/, as an installed package
// resolves (no source condition). Bytes are gzip -9 of the minified chunks, React and TanStack Query
// included: the "first load" is the entry chunk with everything it imports statically.
import { mkdtempSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'
import react from '@vitejs/plugin-react'
import { build } from 'vite'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')

const LIST = `
import { createRoot } from 'react-dom/client'
import { ProfileProvider, useUserProfiles } from '@profile-kit/core'
import { createMemoryAdapter } from '@profile-kit/core/vanilla'
import { Avatar, ProfileCard, ProfileEditorFallback } from '@profile-kit/ui'
import { lazy, Suspense } from 'react'
const adapter = createMemoryAdapter({ me: { userID: 'me', nick: 'Ada' } })
function Senders() {
  const { byID } = useUserProfiles(['me'])
  return <><Avatar profile={byID.me} name="Ada" /><ProfileCard userID="me" /></>
}
`
const render = (editor) => `
createRoot(document.getElementById('root')).render(
  <ProfileProvider adapter={adapter}><Senders />${editor}</ProfileProvider>,
)
`
const suspended = '<Suspense fallback={<ProfileEditorFallback />}><ProfileEditor /></Suspense>'

/** The variants: the code after the list path's imports. */
const VARIANTS = {
  'list path only': render(''),
  'list path + ProfileEditor imported statically':
    `import { ProfileEditor } from '@profile-kit/ui'\n` + render('<ProfileEditor />'),
  "list path + lazy(() => import('@profile-kit/ui'))":
    `const ProfileEditor = lazy(() => import('@profile-kit/ui').then((m) => ({ default: m.ProfileEditor })))\n` +
    render(suspended),
  "list path + lazy(() => import('@profile-kit/ui/editor'))":
    `const ProfileEditor = lazy(() => import('@profile-kit/ui/editor').then((m) => ({ default: m.ProfileEditor })))\n` +
    render(suspended),
}

/** A scratch app whose node_modules are the demo's (the workspace packages and their peers). */
function scratchApp() {
  const dir = mkdtempSync(join(tmpdir(), 'profile-kit-lazy-editor-'))
  mkdirSync(join(dir, 'node_modules'))
  for (const name of ['react', 'react-dom', '@tanstack', '@profile-kit']) {
    symlinkSync(join(root, 'apps/demo/node_modules', name), join(dir, 'node_modules', name))
  }
  writeFileSync(
    join(dir, 'index.html'),
    '<div id="root"></div><script type="module" src="/main.jsx"></script>',
  )
  return dir
}

/** Gzipped bytes loaded first (the entry and its static imports) and on demand (dynamic chunks). */
async function measure(dir, code) {
  writeFileSync(join(dir, 'main.jsx'), LIST + code)
  // React's production build, whatever the caller's NODE_ENV.
  process.env.NODE_ENV = 'production'
  const result = await build({
    root: dir,
    configFile: false,
    plugins: [react()],
    logLevel: 'silent',
    build: { write: false },
  })
  const chunks = new Map(
    result.output.filter((item) => item.type === 'chunk').map((chunk) => [chunk.fileName, chunk]),
  )
  const initial = new Set()
  const visit = (fileName) => {
    if (initial.has(fileName)) return
    initial.add(fileName)
    for (const imported of chunks.get(fileName).imports) visit(imported)
  }
  for (const chunk of chunks.values()) if (chunk.isEntry) visit(chunk.fileName)
  const gzip = (chunk) => gzipSync(chunk.code, { level: 9 }).length
  let first = 0
  let later = 0
  for (const chunk of chunks.values()) {
    if (initial.has(chunk.fileName)) first += gzip(chunk)
    else later += gzip(chunk)
  }
  return { first, later }
}

/**
 * Exits non-zero when the `@profile-kit/ui/editor` variant no longer splits: no lazy chunk, or a
 * first load that keeps more than 5 kB over the list path (it keeps 2.5 kB; the editor is 19 kB).
 */
function failIfNotSplit(rows) {
  const base = rows[0].first
  const lazy = rows.at(-1)
  if (!lazy.later || lazy.first - base > 5_000) {
    console.error(
      `The lazy editor does not split: ${lazy.first - base} B over the list path in the first load.`,
    )
    process.exitCode = 1
  }
}

const dir = scratchApp()
try {
  const rows = []
  for (const [name, code] of Object.entries(VARIANTS))
    rows.push({ variant: name, ...(await measure(dir, code)) })
  const base = rows[0].first
  console.log('| what the app imports | first load (gzip B) | over the list path | when the editor opens |')
  console.log('| --- | --- | --- | --- |')
  for (const { variant, first, later } of rows) {
    console.log(`| ${variant} | ${first} | ${first - base} | ${later || '—'} |`)
  }
  failIfNotSplit(rows)
} finally {
  rmSync(dir, { recursive: true, force: true })
}
