/**
 * The public API, reviewed: api-extractor writes one report per package entry from the built
 * `.d.ts` (`pnpm build` first) to `packages/<pkg>/api/<entry>.api.md`.
 *
 *   pnpm api          fails when an entry's API differs from its committed report (CI)
 *   pnpm api --local  rewrites the reports; commit them with the change that caused them
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { Extractor, ExtractorConfig } from '@microsoft/api-extractor'

const root = resolve(import.meta.dirname, '..')
const local = process.argv.includes('--local')

/** Each published entry: its package folder and the `.d.ts` its `exports` map points to. */
function entries() {
  return ['core', 'ui', 'adapter-tencent', 'adapter-nim'].flatMap((pkg) => {
    const folder = join(root, 'packages', pkg)
    const { exports } = JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8'))
    return Object.entries(exports)
      .filter(([, target]) => typeof target === 'object' && target.types)
      .map(([subpath, target]) => ({
        folder,
        name: subpath === '.' ? 'index' : subpath.slice(2).replaceAll('/', '-'),
        types: join(folder, target.types),
      }))
  })
}

function check({ folder, name, types }, scratch) {
  if (local) mkdirSync(join(folder, 'api'), { recursive: true })
  const config = ExtractorConfig.prepare({
    configObjectFullPath: join(folder, `api-extractor.${name}.json`),
    packageJsonFullPath: join(folder, 'package.json'),
    configObject: {
      projectFolder: folder,
      mainEntryPointFilePath: types,
      // The built `.d.ts` need no compiling: a minimal program over them, no tsconfig paths.
      compiler: { overrideTsconfig: { compilerOptions: { strict: true, skipLibCheck: true } } },
      apiReport: {
        enabled: true,
        reportFileName: `${name}.api.md`,
        reportFolder: join(folder, 'api'),
        reportTempFolder: scratch,
      },
      docModel: { enabled: false },
      dtsRollup: { enabled: false },
      tsdocMetadata: { enabled: false },
      messages: {
        // The reports list every exported declaration; these notes are for doc sites, not reviews.
        extractorMessageReporting: {
          default: { logLevel: 'warning', addToApiReportFile: true },
          'ae-missing-release-tag': { logLevel: 'none', addToApiReportFile: false },
          // Listed with source line numbers, which would change the report on unrelated edits;
          // undocumented members are still marked `(undocumented)` in place.
          'ae-undocumented': { logLevel: 'none', addToApiReportFile: false },
          // `{@link}` to a type of another package (ProfileError from an adapter) is fine in docs.
          'ae-unresolved-link': { logLevel: 'none', addToApiReportFile: false },
        },
        tsdocMessageReporting: { default: { logLevel: 'none', addToApiReportFile: false } },
      },
    },
  })
  const result = Extractor.invoke(config, { localBuild: local, messageCallback: quiet })
  const where = `${folder.slice(root.length + 1)}/api/${name}.api.md`
  if (result.apiReportChanged && !local) console.error(`✗ ${where} differs from the built API`)
  else console.log(`${result.apiReportChanged ? '✎ wrote' : '✓'} ${where}`)
  // A changed report is only a warning to api-extractor; here it fails the check.
  return result.succeeded && (local || !result.apiReportChanged)
}

/** Warnings go into the report itself (reviewed there); only errors are printed. */
function quiet(message) {
  if (message.logLevel !== 'error') message.logLevel = 'none'
}

const scratch = mkdtempSync(join(tmpdir(), 'api-report-'))
try {
  const ok = entries()
    .map((entry) => check(entry, scratch))
    .every(Boolean)
  if (!ok) {
    console.error('\nThe public API changed. Review it, run `pnpm api --local` and commit the reports.')
    process.exitCode = 1
  }
} finally {
  rmSync(scratch, { recursive: true, force: true })
}
