import type { NextConfig } from 'next'

// As create-next-app 16 sets it up: Cache Components on, so the page prerenders a static shell and
// what awaits `connection()` renders per request.
const nextConfig: NextConfig = {
  cacheComponents: true,
}

export default nextConfig
