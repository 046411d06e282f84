import type { QueryClient } from '@tanstack/react-query'
import type { ReactElement } from 'react'
import type { BenchBackend } from '../createBenchBackend'

/** What a variant renders against: its own backend and its own QueryClient. */
export interface VariantEnv {
  backend: BenchBackend
  queryClient: QueryClient
}

/** A variant: the whole app tree (providers and 1,000 cards) for one environment. */
export type Variant = (env: VariantEnv) => ReactElement
