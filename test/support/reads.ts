/** Entries of a list wrapped so that every read of one (a property, `in`, `Object.hasOwn`) notes it in `touched`. */
export function watchReads(entries: readonly unknown[], touched: Set<unknown>): unknown[] {
  return entries.map((entry) => {
    const proxy: object = new Proxy(entry as object, {
      get(target, key, receiver) {
        touched.add(proxy);
        return Reflect.get(target, key, receiver) as unknown;
      },
      has(target, key) {
        touched.add(proxy);
        return Reflect.has(target, key);
      },
      getOwnPropertyDescriptor(target, key) {
        touched.add(proxy);
        return Reflect.getOwnPropertyDescriptor(target, key);
      },
    });
    return proxy;
  });
}
