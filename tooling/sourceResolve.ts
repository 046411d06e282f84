import { defaultClientConditions } from 'vite'

/** Resolve workspace packages from `src/` (their `@profile-kit/source` export condition), no build needed. */
export const sourceResolve = {
  conditions: ['@profile-kit/source', ...defaultClientConditions],
}
