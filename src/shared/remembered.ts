/**
 * The value of `key` in `cache`, made by `make` and remembered on first use. A `cache` that already
 * holds `limit` entries is emptied first, so a hostile feed naming thousands of keys cannot grow it
 * without end. One helper for the caches of formatters, zones, instants and loads.
 */
export function remembered<K, V>(cache: Map<K, V>, key: K, make: () => V, limit = Infinity): V {
  let value = cache.get(key);
  if (value === undefined) {
    if (cache.size >= limit) cache.clear();
    cache.set(key, (value = make()));
  }
  return value;
}
