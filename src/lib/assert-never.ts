/** Makes a switch over a tagged union exhaustive: adding a member without a case is a type error. */
export function assertNever(value: never): never {
  throw new Error(`Unexpected value: ${JSON.stringify(value)}`);
}
