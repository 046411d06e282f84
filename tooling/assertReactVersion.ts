import { version } from 'react'
import { beforeAll, expect, inject } from 'vitest'

declare module 'vitest' {
  export interface ProvidedContext {
    /** The React installed at the workspace root (`provide` in `vitest.workspace.ts`). */
    installedReact: string
  }
}

/**
 * The React a test renders with is the one installed at the root: proof that the React 18.3 run
 * (`scripts/test-react18.mjs`) really runs 18.3, and that no library loaded a second copy of another version.
 */
beforeAll(() => {
  expect(version, 'React version running the tests').toBe(inject('installedReact'))
})
