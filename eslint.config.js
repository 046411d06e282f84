import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'

export default tseslint.config(
  {
    ignores: [
      '**/dist',
      '**/storybook-static',
      '**/node_modules',
      'bench/dist',
      'apps/demo/e2e/artifacts',
      'apps/next-example/.next',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  reactHooks.configs.flat['recommended-latest'] ?? reactHooks.configs.flat.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  // The kit (and the demo, whose tests also run on 18.3) supports React 18.3 and 19: no React 19-only API.
  {
    files: ['packages/*/src/**/*.{ts,tsx}', 'apps/demo/src/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          name: 'react',
          importNames: [
            'use',
            'useActionState',
            'useOptimistic',
            'useEffectEvent',
            'Activity',
            'cacheSignal',
          ],
          message: 'React 19 only; the kit also supports React 18.3.',
        },
        {
          name: 'react-dom',
          importNames: [
            'useFormStatus',
            'requestFormReset',
            'preload',
            'preinit',
            'preconnect',
            'prefetchDNS',
          ],
          message: 'React 19 only; the kit also supports React 18.3.',
        },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: 'JSXOpeningElement > JSXIdentifier.name[name=/Context$/]',
          message: 'React 18 cannot render a context itself: render <SomeContext.Provider value={…}>.',
        },
        {
          selector: ":function > ObjectPattern.params > Property[key.name='ref']",
          message: 'React 18 never passes `ref` as a prop: take it with forwardRef.',
        },
        {
          selector: "TSInterfaceDeclaration[id.name=/Props$/] TSPropertySignature[key.name='ref']",
          message: 'React 18 never passes `ref` as a prop: take it with forwardRef, not in the props type.',
        },
      ],
    },
  },
)
