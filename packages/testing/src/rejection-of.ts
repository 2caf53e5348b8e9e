/** The error a call fails with; the test fails if it succeeds. */
export async function rejectionOf<E = Error>(call: Promise<unknown>): Promise<E> {
  try {
    await call;
  } catch (error) {
    return error as E;
  }
  throw new Error('expected the call to fail, but it succeeded');
}
