import { afterEach, beforeEach, expect, vi } from 'vitest'

/**
 * No console errors in tests: every test fails when something logs through
 * `console.error` or `console.warn` (React's act() and key warnings, unhandled query errors, ...).
 */
let logged: string[] = []

beforeEach(() => {
  logged = []
  for (const level of ['error', 'warn'] as const) {
    vi.spyOn(console, level).mockImplementation((...args: unknown[]) => {
      logged.push(`console.${level}: ${args.map(String).join(' ')}`)
    })
  }
})

afterEach(() => {
  vi.restoreAllMocks()
  expect(logged, 'console output during the test').toEqual([])
})
