// Builds a value on first use and keeps it. Module-level tables and schemas built this way cost
// nothing when the extension loads (activation time), only when a feature first needs them.

/** `build` runs once, on the first call; later calls return the same value. */
export function lazy<T>(build: () => T): () => T {
  let built = false;
  let value: T;
  return () => {
    if (!built) {
      value = build();
      built = true;
    }
    return value;
  };
}
