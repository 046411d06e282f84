import { libraryBuild } from '../../tooling/tsdownLibrary'

export default libraryBuild({
  entry: ['src/index.ts', 'src/vanilla.ts', 'src/testing.ts', 'src/persist.ts'],
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
