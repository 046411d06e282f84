import { QueryClient } from '@tanstack/react-query'
import type { VariantName } from './benchApi'
import { createBenchBackend } from './createBenchBackend'
import { mountApp } from './mountApp'
import { CARD_COUNT } from './scenario'
import { variants } from './variants'
import type { VariantEnv } from './variants/VariantEnv'
import { readyCards, waitForDom } from './waitForDom'

/**
 * A variant's environment with every profile already cached: mounted once on a backend without
 * latency until all names show, then unmounted (the cache keeps the data).
 */
export async function createWarmEnv(variant: VariantName): Promise<VariantEnv> {
  const env: VariantEnv = { backend: createBenchBackend({ slow: false }), queryClient: new QueryClient() }
  const app = mountApp(variants[variant](env))
  try {
    await waitForDom(app.container, () => readyCards(app.container) === CARD_COUNT, `${variant}: all names`)
  } finally {
    app.dispose()
  }
  return env
}
