/**
 * For non-null fields that follow a stored id: a missing row means broken data,
 * which is reported as an error on the field rather than returned as null.
 */
export async function mustExist<T>(value: Promise<T | null> | T | null, description: string): Promise<T> {
  const resolved = await value;
  if (resolved === null || resolved === undefined) throw new Error(`Missing ${description}`);
  return resolved;
}
