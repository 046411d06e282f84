// Matchers that tooling/setupJsdom.ts installs for the jsdom tests (toBeInTheDocument, …).
/// <reference types="@testing-library/jest-dom/vitest" />
