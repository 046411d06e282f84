'use client'
/**
 * `@profile-kit/core`: the React entry (provider and hooks) plus everything in `./vanilla`.
 */
export * from './vanilla'
