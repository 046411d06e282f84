import { type UserConfig } from 'tsdown';
/**
 * The build every published package shares: ESM with bundled declarations, source maps for both,
 * a clean `dist/`, `.js`/`.d.ts` names, and publint's check of the `exports` it points to.
 * A package adds its entries and whatever is its own (chunks, copied files).
 */
export declare function libraryBuild(config: UserConfig): UserConfig;
