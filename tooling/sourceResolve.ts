import { defaultClientConditions, defaultServerConditions } from 'vite'

/** Resolve workspace packages from `src/` (their `@profile-kit/source` export condition), no build needed. */
export const sourceResolve = {
  conditions: ['@profile-kit/source', ...defaultClientConditions],
}

/** The same for modules Vite loads for Node (Vitest's node environment, SSR). */
export const sourceSsr = {
  resolve: { conditions: ['@profile-kit/source', ...defaultServerConditions] },
}
