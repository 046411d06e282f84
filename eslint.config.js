import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'

// The kit (and the demo, whose tests also run on 18.3) supports React 18.3 and 19: no React 19-only API.
const REACT_19_ONLY_IMPORTS = [
  {
    name: 'react',
    importNames: ['use', 'useActionState', 'useOptimistic', 'useEffectEvent', 'Activity', 'cacheSignal'],
    message: 'React 19 only; the kit also supports React 18.3.',
  },
  {
    name: 'react-dom',
    importNames: ['useFormStatus', 'requestFormReset', 'preload', 'preinit', 'preconnect', 'prefetchDNS'],
    message: 'React 19 only; the kit also supports React 18.3.',
  },
]
const REACT_19_ONLY_SYNTAX = [
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
]

// Profiles come from other users: the kit renders them as text and never injects HTML.
const HTML_INJECTION = [
  { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'The kit never injects HTML.' },
  {
    selector: 'MemberExpression[property.name=/^(innerHTML|outerHTML)$/]',
    message: 'The kit never injects HTML.',
  },
  {
    selector: "CallExpression[callee.property.name='insertAdjacentHTML']",
    message: 'The kit never injects HTML.',
  },
  {
    selector: "MemberExpression[object.name='document'][property.name=/^(write|writeln)$/]",
    message: 'The kit never injects HTML.',
  },
]

// Only adapters talk to the backend, through the SDK the app gave them.
const NETWORK_MESSAGE = 'The kit makes no network calls of its own; only the SDK behind an adapter does.'
const NETWORK_GLOBALS = ['fetch', 'XMLHttpRequest', 'WebSocket', 'EventSource', 'importScripts'].map(
  (name) => ({
    name,
    message: NETWORK_MESSAGE,
  }),
)
const NETWORK_MEMBERS = [
  {
    selector:
      'MemberExpression[object.name=/^(window|globalThis|self|navigator)$/][property.name=/^(fetch|XMLHttpRequest|WebSocket|EventSource|sendBeacon)$/]',
    message: NETWORK_MESSAGE,
  },
]

// The kit stores nothing but editor drafts (sessionStorage, in the ui package's draft store) and,
// when the app opts in, profiles through idb-keyval (core/src/persist/profileStorage.ts).
const STORAGE_MESSAGE =
  'The kit stores nothing but editor drafts (ProfileEditor/createDraftStore.ts) and opt-in persisted profiles (core/src/persist/profileStorage.ts).'
const STORAGE_GLOBALS = ['sessionStorage', 'localStorage', 'indexedDB'].map((name) => ({
  name,
  message: STORAGE_MESSAGE,
}))
const STORAGE_MEMBERS = [
  {
    selector: 'MemberExpression[property.name=/^(localStorage|sessionStorage|indexedDB|cookie)$/]',
    message: STORAGE_MESSAGE,
  },
]

// Images load only in Avatar's one loader, so every image URL passes safeImageUrl first.
const IMAGE_LOADS = [
  {
    selector: "NewExpression[callee.name='Image']",
    message: 'Load images only through ui/src/Avatar/avatarImageCache.ts (URLs checked by safeImageUrl).',
  },
]

// What shipped code may never write; images may be loaded in one place (IMAGE_LOADS).
const FORBIDDEN_SYNTAX = [...REACT_19_ONLY_SYNTAX, ...HTML_INJECTION, ...NETWORK_MEMBERS, ...STORAGE_MEMBERS]

// A new runtime dependency, let alone an analytics SDK, needs a security review.
const TELEMETRY_PACKAGES = [
  {
    group: ['@sentry/*', 'posthog-*', 'mixpanel*', '@amplitude/*', '@segment/*', '@datadog/*', '@bugsnag/*'],
    message: 'The kit sends no telemetry.',
  },
]

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
  {
    files: ['packages/*/src/**/*.{ts,tsx}', 'apps/demo/src/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', ...REACT_19_ONLY_IMPORTS],
      'no-restricted-syntax': ['error', ...REACT_19_ONLY_SYNTAX],
    },
  },
  // What the shipped code never does. Tests, stories, SDK doubles and the conformance suite are exempt.
  {
    files: ['packages/*/src/**/*.{ts,tsx}'],
    ignores: [
      '**/*.test.{ts,tsx}',
      '**/*.test-d.{ts,tsx}',
      '**/*.stories.tsx',
      '**/testing/**',
      '**/__tests__/**',
    ],
    rules: {
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      'no-restricted-globals': ['error', ...NETWORK_GLOBALS, ...STORAGE_GLOBALS],
      'no-restricted-imports': ['error', { paths: REACT_19_ONLY_IMPORTS, patterns: TELEMETRY_PACKAGES }],
      'no-restricted-syntax': ['error', ...FORBIDDEN_SYNTAX, ...IMAGE_LOADS],
    },
  },
  // The one draft store may use sessionStorage; nothing else stores anything.
  {
    files: ['packages/ui/src/ProfileEditor/createDraftStore.ts'],
    rules: { 'no-restricted-globals': ['error', ...NETWORK_GLOBALS, ...STORAGE_GLOBALS.slice(1)] },
  },
  // The one image loader may create images (and only from URLs that passed safeImageUrl, see Avatar.tsx).
  {
    files: ['packages/ui/src/Avatar/avatarImageCache.ts'],
    rules: { 'no-restricted-syntax': ['error', ...FORBIDDEN_SYNTAX] },
  },
  // The React-free engine (`@profile-kit/core/vanilla`) runs where React is absent: it imports no React.
  {
    files: ['packages/core/src/**/*.ts'],
    ignores: ['packages/core/src/react/**', 'packages/core/src/index.ts', '**/*.test.ts', '**/__tests__/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['react', 'react-dom', '@tanstack/react-query'].map((name) => ({
            name,
            message:
              'The React-free core must not import React; React code lives in packages/core/src/react.',
          })),
          patterns: [
            ...TELEMETRY_PACKAGES,
            {
              group: ['**/react/*', '../react', './react'],
              message: 'The React-free core must not import from packages/core/src/react.',
            },
          ],
        },
      ],
    },
  },
)
