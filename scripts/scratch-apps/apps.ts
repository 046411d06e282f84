/**
 * The apps the packed tarballs are installed into, one line each. Each app is a copy of a template
 * folder (relative to this file) with `dependencies` added to its package.json, then installed with
 * plain `npm install`, built with `npm run build` and driven in Chromium by `apps.scratch.test.ts`.
 *
 * What every app's page must show (see `templates/vite-react/src/App.tsx`): a list of senders with
 * the names "王美玲", "Bob Ross" and "Ada Lovelace", a `ProfileCard` of 王美玲 styled by the kit's
 * stylesheet, and `ProfileEditor` on the memory adapter (a "Nickname" field, a "Save changes"
 * button). A template's package.json names plain versions (npm knows no `workspace:` or
 * `catalog:`); its `@profile-kit/*` entries are replaced by the tarballs.
 */
export interface ScratchApp {
  name: string
  /** The template folder, relative to this file. */
  template: string
  /** Added to the template's dependencies (e.g. which React). */
  dependencies?: Record<string, string>
  /**
   * How the build is served. `static`: the folder `npm run build` wrote (Vite's `dist`). `command`:
   * a start command for apps with a server (Next.js), `{port}` replaced by a free port.
   */
  serve: { static: string } | { command: string }
  /** The server renders the page: its HTML already holds the names, and the browser hydrates it. */
  serverRendered?: boolean
}

const react19 = {
  react: '19.3.1',
  'react-dom': '19.3.1',
  '@types/react': '19.3.0',
  '@types/react-dom': '19.3.0',
}
const react18 = {
  react: '18.3.1',
  'react-dom': '18.3.1',
  '@types/react': '18.3.32',
  '@types/react-dom': '18.3.7',
}

export const scratchApps: ScratchApp[] = [
  {
    name: 'vite-react-19',
    template: 'templates/vite-react',
    dependencies: react19,
    serve: { static: 'dist' },
  },
  {
    name: 'vite-react-18',
    template: 'templates/vite-react',
    dependencies: react18,
    serve: { static: 'dist' },
  },
  // App Router only: it renders with the React canary Next bundles (19.x) whatever `react` the app
  // installs, so a React 18.3 line here would test React 19 again. Next 16 runs React 18 only in
  // the Pages Router.
  {
    name: 'next-app-router',
    template: 'templates/next-app',
    dependencies: react19,
    serve: { command: 'npm start -- --hostname 127.0.0.1 --port {port}' },
    serverRendered: true,
  },
]
