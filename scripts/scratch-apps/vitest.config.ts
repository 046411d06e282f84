import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'

/**
 * `pnpm test:packages`: builds and packs the packages, installs the tarballs with plain npm into
 * scratch apps (apps.ts) and drives them in Debian's Chromium. Its own config, which `pnpm test`
 * runs last, because it needs the npm registry and about two and a half minutes on 2 cores (the
 * Next.js app alone about one: npm install and next build); CI runs both (.ci/run).
 */
export default defineConfig({
  test: {
    name: 'packages',
    root: fileURLToPath(new URL('../..', import.meta.url)),
    include: ['scripts/scratch-apps/*.scratch.test.ts'],
    globalSetup: ['scripts/scratch-apps/packTarballs.ts'],
    fileParallelism: false, // npm installs and builds one at a time on 2 cores
    testTimeout: 60_000,
    hookTimeout: 600_000,
  },
})
