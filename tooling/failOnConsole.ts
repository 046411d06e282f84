import { afterEach, beforeEach, expect, vi } from 'vitest'

/**
 * SPEC 12: no console errors in tests. Every test fails when something logs through
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
