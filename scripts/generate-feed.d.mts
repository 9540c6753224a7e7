/** Types of generate-feed.mjs, for the TypeScript stories and tests that import it. */
export function generateFeed(options?: {
  partnerships?: number;
  sessions?: number;
  seed?: number;
  /** Cities in 57 countries on every continent instead of Germany and Russia only (no sessions). */
  world?: boolean;
  /** Share (0–1) of partnerships without `since`. */
  undated?: number;
}): Record<string, unknown>;

/** mulberry32: a seeded generator of numbers in [0, 1), the same sequence for the same seed. */
export function prng(seed: number): () => number;
