import { defineConfig } from 'tsdown'

export default defineConfig({
  entry: ['src/index.ts', 'src/vanilla.ts', 'src/testing.ts', 'src/persist.ts'],
  format: 'esm',
  // src/ ships in the tarball: maps let debuggers and go-to-definition land in the real source.
  sourcemap: true,
  dts: { sourcemap: true },
  clean: true,
  fixedExtension: false,
  publint: true,
  outputOptions: {
    // The hooks get a chunk of their own. Left to itself the bundler merges them into the chunk that
    // `vanilla` shares with the root entry, and `vanilla.d.ts` then imports React and React Query.
    // Only declaration modules (`*.d.ts`) are grouped: the JavaScript already splits this way.
    codeSplitting: {
      includeDependenciesRecursively: false,
      groups: [{ name: 'react.d', test: /[\\/]src[\\/]react[\\/][^\\/]+\.d\.ts$/ }],
    },
  },
})
