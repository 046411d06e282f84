import { createRequire } from 'node:module'
import { defineProject, type TestProjectConfiguration } from 'vitest/config'
import { playwright } from '@vitest/browser-playwright'
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin'
import react from '@vitejs/plugin-react'
import { sourceResolve, sourceSsr } from './tooling/sourceResolve.ts'
import { chromiumLaunchOptions } from './tooling/chromium.ts'

/**
 * Vitest 4 ignores this file on its own: `vitest.config.ts` imports the list below into `test.projects`.
 * Naming: `*.test.ts` runs in Node, `*.test.tsx` in jsdom, `*.browser.test.tsx` in Debian's Chromium,
 * `*.test-d.ts` is only type-checked, and every story runs as a test in Chromium.
 */

// Vitest mutates a browser config's `instances`, so each project gets its own object.
function chromium() {
  return {
    enabled: true,
    headless: true,
    provider: playwright({ launchOptions: chromiumLaunchOptions() }),
    instances: [{ browser: 'chromium' as const }],
    screenshotFailures: false,
  }
}

const sources = ['packages/*/src/**', 'apps/demo/src/**']

// Every test that renders checks it runs the installed React (19, or 18.3 under scripts/test-react18.mjs).
const reactVersionCheck = './tooling/assertReactVersion.ts'
const provide = {
  installedReact: (createRequire(import.meta.url)('react/package.json') as { version: string }).version,
}

export const projects: TestProjectConfiguration[] = [
  defineProject({
    resolve: sourceResolve,
    ssr: sourceSsr,
    test: {
      name: 'node',
      environment: 'node',
      // The bench's runner too: its long-task attribution reads real Chromium traces.
      include: [...sources, 'bench/runner'].map((s) => `${s}/*.test.ts`),
      exclude: ['**/*.browser.test.*'],
      setupFiles: ['./tooling/failOnConsole.ts'],
    },
  }),
  defineProject({
    plugins: [react()],
    resolve: sourceResolve,
    ssr: sourceSsr,
    test: {
      name: 'jsdom',
      environment: 'jsdom',
      include: sources.map((s) => `${s}/*.test.tsx`),
      exclude: ['**/*.browser.test.*'],
      setupFiles: ['./tooling/setupJsdom.ts', './tooling/failOnConsole.ts', reactVersionCheck],
      provide,
    },
  }),
  defineProject({
    plugins: [react()],
    resolve: sourceResolve,
    ssr: sourceSsr,
    // Pre-bundled up front: a mid-run dependency reload can load a second React copy (invalid hook call).
    optimizeDeps: {
      include: [
        'react',
        'react-dom/client',
        'react/jsx-dev-runtime',
        'vitest-browser-react',
        'react-hook-form',
        'zustand',
      ],
    },
    test: {
      name: 'browser',
      include: sources.map((s) => `${s}/*.browser.test.tsx`),
      setupFiles: ['./tooling/failOnConsole.ts', reactVersionCheck],
      provide,
      browser: chromium(),
    },
  }),
  defineProject({
    plugins: [storybookTest({ configDir: '.storybook' })],
    resolve: sourceResolve,
    ssr: sourceSsr,
    test: {
      name: 'storybook',
      setupFiles: [reactVersionCheck],
      provide,
      browser: chromium(),
    },
  }),
  // Type tests (`*.test-d.ts`): the compiler checks the public types; nothing runs.
  defineProject({
    test: {
      name: 'typecheck',
      include: [],
      typecheck: {
        enabled: true,
        only: true,
        include: sources.map((s) => `${s}/*.test-d.ts`),
        tsconfig: './tsconfig.typetests.json',
      },
    },
  }),
  // The demo, built and served once (globalSetup), driven in Debian's Chromium by Playwright.
  defineProject({
    test: {
      name: 'e2e',
      environment: 'node',
      include: ['apps/demo/e2e/**/*.e2e.test.ts'],
      globalSetup: ['./apps/demo/e2e/globalSetup.ts'],
      setupFiles: ['./tooling/failOnConsole.ts'],
      testTimeout: 30_000,
      hookTimeout: 60_000,
    },
  }),
  // The Next.js example, built with `next build` after the packages and served by `next start`.
  defineProject({
    test: {
      name: 'next',
      environment: 'node',
      include: ['apps/next-example/e2e/**/*.e2e.test.ts'],
      globalSetup: ['./apps/next-example/e2e/globalSetup.ts'],
      setupFiles: ['./tooling/failOnConsole.ts'],
      testTimeout: 30_000,
      hookTimeout: 60_000,
    },
  }),
]
