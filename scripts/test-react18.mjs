// `pnpm test:react18`: the React tests (jsdom, Chromium, every Storybook story, server rendering) and the
// typecheck again on React 18.3, the oldest React the packages support (`pnpm test` runs it after the React 19 run).
//
// A scratch copy of the working tree (the files git tracks or would track, so uncommitted edits count)
// gets the pnpm catalog pinned to React 18.3 and an install of its own. Exactly one React is then
// installed, and every library that imports it (TanStack Query, react-hook-form, zustand, Testing
// Library, Storybook) loads 18.3; `tooling/assertReactVersion.ts` checks that in every test file.
//
//   node scripts/test-react18.mjs [vitest filters…]
//   PROFILE_KIT_REACT18_DIR=<dir>   where the copy lives (default: a folder in the OS temp dir)
import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

/** The oldest supported React, with types of the same line (the newest 18.3 patch). */
const REACT_18 = {
  react: '18.3.1',
  'react-dom': '18.3.1',
  '@types/react': '18.3.32',
  '@types/react-dom': '18.3.7',
}
const PROJECTS = ['jsdom', 'browser', 'storybook']

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const scratch =
  process.env.PROFILE_KIT_REACT18_DIR ??
  join(tmpdir(), `profile-kit-react18-${createHash('sha256').update(root).digest('hex').slice(0, 8)}`)

const seconds = (since) => `${Math.round((Date.now() - since) / 1000)} s`

function run(command, args, cwd) {
  console.log(`react18> ${command} ${args.join(' ')}`)
  const started = Date.now()
  const result = spawnSync(command, args, { cwd, stdio: 'inherit' })
  if (result.status !== 0) process.exit(result.status ?? 1)
  console.log(`react18> (${seconds(started)})`)
}

/** A fresh copy of the working tree without node_modules, build output or git's data. */
function copyWorkingTree() {
  const listed = spawnSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z'], {
    cwd: root,
    encoding: 'utf8',
  })
  if (listed.status !== 0) throw new Error(`git ls-files failed: ${listed.stderr}`)
  rmSync(scratch, { recursive: true, force: true })
  // A tracked file deleted in the working tree is left out, as a commit of the tree would.
  const files = listed.stdout.split('\0').filter((file) => file && existsSync(join(root, file)))
  for (const file of files) {
    mkdirSync(dirname(join(scratch, file)), { recursive: true })
    cpSync(join(root, file), join(scratch, file))
  }
}

/** Points the workspace catalog, which every package's React dependency uses, at React 18.3. */
function pinCatalog() {
  const file = join(scratch, 'pnpm-workspace.yaml')
  let text = readFileSync(file, 'utf8')
  for (const [name, version] of Object.entries(REACT_18)) {
    const entry = new RegExp(`^(  '?${name.replace('/', '\\/')}'?: ).+$`, 'm')
    if (!entry.test(text)) throw new Error(`pnpm-workspace.yaml: no catalog entry for ${name}`)
    text = text.replace(entry, `$1${version}`)
  }
  writeFileSync(file, text)
}

/** Fails unless the copy's install holds React 18.3 (the tests then check it is the React that runs). */
function checkInstalledReact() {
  const { version } = JSON.parse(readFileSync(join(scratch, 'node_modules/react/package.json'), 'utf8'))
  if (version !== REACT_18.react) throw new Error(`expected React ${REACT_18.react}, installed ${version}`)
  console.log(`react18> React ${version} installed in ${scratch}`)
}

const started = Date.now()
copyWorkingTree()
pinCatalog()
run('pnpm', ['install', '--no-frozen-lockfile', '--prefer-offline', '--reporter=append-only'], scratch)
checkInstalledReact()
// The packages and the demo; an app written for React 19 only (e.g. a Next.js example) is left out.
const typechecked = [...readdirSync(join(scratch, 'packages')).map((name) => `packages/${name}`), 'apps/demo']
run('pnpm', ['exec', 'tsc', '-b', ...typechecked], scratch)
const filters = process.argv.slice(2)
run('pnpm', ['exec', 'vitest', 'run', ...PROJECTS.flatMap((p) => ['--project', p]), ...filters], scratch)
// Server rendering (React in Node) lives in the node project's `ssr` tests; the rest of it uses no React.
if (filters.length === 0) run('pnpm', ['exec', 'vitest', 'run', '--project', 'node', 'ssr'], scratch)
console.log(`react18> passed on React ${REACT_18.react} in ${seconds(started)}`)
