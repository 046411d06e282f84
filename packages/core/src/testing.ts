/** `@profile-kit/core/testing`: the adapter conformance suite, usable from any test runner. */
export {}
