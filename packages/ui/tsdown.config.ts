import { readFile, writeFile } from 'node:fs/promises'
import { libraryBuild } from '../../tooling/tsdownLibrary'
import { unlayer } from './unlayer'

/** Modules only the editors use: the editor and picker folders and the internal helpers nothing else imports. */
const EDITOR_ONLY_MODULES =
  /[\\/]src[\\/](ProfileEditor|CustomFieldEditor|AvatarPicker)[\\/]|[\\/]src[\\/]internal[\\/](FieldFrame|issueText|lengthCounter|useDebouncedValue|useFormField|formatBytes)\./
/**
 * All of English and the translators that fall back to it (`en`, `useMessages`, `createTranslator`):
 * a chunk of their own, which the editors import and the list path does not (its components read
 * `enShown`), so an app bundler can leave it out of a first load that only shows profiles.
 */
const ALL_ENGLISH_MODULES = /[\\/]src[\\/]messages[\\/](en|enEditing|createTranslator|useMessages)\./
/** The picker imports its cropper lazily: it keeps a chunk of its own (with react-easy-crop), loaded when a person picks a photo. */
const LAZY_MODULES = /[\\/]src[\\/]AvatarPicker[\\/]AvatarCropper\./

export default libraryBuild({
  // `editor` is its own entry so apps can load the editors lazily (`@profile-kit/ui/editor`).
  entry: ['src/index.ts', 'src/editor.ts'],
  // The root entry re-exports the editors, so by default Rolldown puts them in one chunk with the
  // code both entries share (messages, Avatar, cx). An app bundler places that chunk in its first
  // load for the list path, and the editors would ride along. Keeping the editor-only modules in their
  // own chunk leaves the shared chunk small; `node scripts/measure-lazy-editor.mjs` checks the split.
  outputOptions: {
    codeSplitting: {
      // Only the matched modules: their shared dependencies stay in the chunk both entries import.
      includeDependenciesRecursively: false,
      // Declaration files (`.d.ts`, bundled in the same build) keep their default chunks.
      groups: [
        { name: 'messages', test: (id) => ALL_ENGLISH_MODULES.test(id) && !id.endsWith('.d.ts') },
        {
          name: 'editing',
          test: (id) => EDITOR_ONLY_MODULES.test(id) && !LAZY_MODULES.test(id) && !id.endsWith('.d.ts'),
        },
        // What both entries use (messages, Avatar, cx), under a name that says so.
        { name: 'shared', test: (id) => !id.endsWith('.d.ts'), minShareCount: 2 },
      ],
    },
  },
  // The optional theme ships as plain CSS beside the JavaScript (`@profile-kit/ui/styles.css`),
  // and once more without its cascade layer (`styles.unlayered.css`) for apps whose resets are
  // unlayered. A function, because tsdown runs it after bundling and before publint checks that
  // every export exists: it writes the unlayered copy, then lets tsdown copy the layered one.
  async copy() {
    const layered = await readFile(new URL('src/styles.css', import.meta.url), 'utf8')
    await writeFile(new URL('dist/styles.unlayered.css', import.meta.url), unlayer(layered))
    return [{ from: 'src/styles.css', to: 'dist' }]
  },
})
