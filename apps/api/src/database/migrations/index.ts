import { Foundation1763900000000 } from './1763900000000-foundation';

/** In order. Classes, not globs: the API is bundled by webpack. */
export const MIGRATIONS = [Foundation1763900000000];
