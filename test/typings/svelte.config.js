// svelte-check's configuration for test/typings/*.svelte (scripts/check-svelte-typings.mjs): none,
// so that it does not look for one in the repository's vite.config.ts.
export default {};
