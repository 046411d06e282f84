import { libraryBuild } from '../../tooling/tsdownLibrary'

export default libraryBuild({
  entry: ['src/index.ts', 'src/testing.ts'],
})
