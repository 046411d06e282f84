/**
 * Doubles of the NetEase SDKs, for tests and demos that run without NetEase's servers. The
 * adapters' own tests run the real SDK code; these stand in where it cannot run (a browser demo).
 */
export { createNimDouble } from './testing/createNimDouble'
export type { NimDouble, NimDoubleOptions, NimUserSeed } from './testing/createNimDouble'
export type { NimSubscriptionDouble } from './testing/createNimSubscriptionDouble'
export { createNimClassicDouble } from './classic/testing/createNimClassicDouble'
export type {
  NimClassicDouble,
  NimClassicDoubleOptions,
  NimClassicUserSeed,
} from './classic/testing/createNimClassicDouble'
export type { NimClassicEventDouble } from './classic/testing/createNimClassicEventDouble'
