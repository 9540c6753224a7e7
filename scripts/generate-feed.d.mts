/** Types of generate-feed.mjs, for the TypeScript stories that import it. */
export function generateFeed(options?: { partnerships?: number; sessions?: number; seed?: number }): Record<string, unknown>;
