import { describe, expect, it, vi } from 'vitest'

// Any runtime import of React (or of a library that needs it) makes the importing entry fail.
vi.mock('react', () => {
  throw new Error('react imported')
})
vi.mock('react/jsx-runtime', () => {
  throw new Error('react/jsx-runtime imported')
})
vi.mock('react-dom', () => {
  throw new Error('react-dom imported')
})
vi.mock('@tanstack/react-query', () => {
  throw new Error('@tanstack/react-query imported')
})

describe('React-free entries', () => {
  it('@profile-kit/core/vanilla imports no React', async () => {
    const vanilla = await import('./vanilla')
    expect(vanilla).toHaveProperty('createProfileLoader')
    expect(vanilla).toHaveProperty('createMemoryAdapter')
  })

  it('@profile-kit/core/testing imports no React', async () => {
    const testing = await import('./testing')
    expect(testing).toHaveProperty('adapterConformanceChecks')
  })

  it('would notice a React import: the client entry fails to load here', async () => {
    const error: unknown = await import('./index').catch((e: unknown) => e)
    expect(error).toBeInstanceOf(Error)
    expect(String((error as Error).cause)).toMatch(/react.* imported/)
  })
})
