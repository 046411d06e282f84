import type { NextConfig } from 'next'

// As Next 16 recommends for new apps: Cache Components (the page prerenders a static shell; what
// awaits `connection()` renders per request) with Partial Prefetching. Without the second, next
// build warns.
const nextConfig: NextConfig = {
  cacheComponents: true,
  partialPrefetching: true,
}

export default nextConfig
