import type { NextConfig } from 'next'

// As Next 16 recommends for new apps: Cache Components (the page's static shell is prerendered at
// build time; what waits for the request, `connection()`, renders per request) with Partial
// Prefetching.
const nextConfig: NextConfig = {
  cacheComponents: true,
  partialPrefetching: true,
}

export default nextConfig
