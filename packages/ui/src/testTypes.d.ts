// Matchers that tooling/setupJsdom.ts installs for the jsdom tests (toBeInTheDocument, …).
/// <reference types="@testing-library/jest-dom/vitest" />

// Browser tests and stories import the theme the way an app does; Vite serves it.
declare module '*.css'
