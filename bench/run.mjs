// `pnpm bench`: the runner is TypeScript (it shares types with the page and imports
// tooling/chromium.ts), so Vite's module runner loads it; Node 20 cannot run .ts itself.
import { runnerImport } from 'vite'

const { module } = await runnerImport(new URL('./runner/main.ts', import.meta.url).pathname, {
  configFile: false,
  logLevel: 'warn',
})
await module.main()
