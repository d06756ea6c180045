/**
 * A response held back until the test lets it go: a slow server without a clock. A handler awaits
 * `passed`; the test calls `open()` when it has seen what it wanted to see while the request was
 * in flight.
 */
export function gate(): { passed: Promise<void>; open: () => void } {
  let open: () => void = () => undefined;
  const passed = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { passed, open };
}
