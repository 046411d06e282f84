import { libraryBuild } from '../../tooling/tsdownLibrary'

export default libraryBuild({
  entry: { index: 'src/index.ts', 'classic/index': 'src/classic/index.ts', testing: 'src/testing.ts' },
})
