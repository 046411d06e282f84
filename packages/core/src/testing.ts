/**
 * `@profile-kit/core/testing`: the adapter conformance suite, plain async checks usable from any
 * test runner. Imports no React and no test framework.
 */
export { adapterConformanceChecks } from './testing/adapterConformanceChecks'
export { runAdapterConformance } from './testing/runAdapterConformance'
export type { ConformanceReport, RunAdapterConformanceOptions } from './testing/runAdapterConformance'
export type { ConformanceCheck, ConformanceRunContext } from './testing/ConformanceCheck'
export type { ConformanceFixture } from './testing/ConformanceFixture'
