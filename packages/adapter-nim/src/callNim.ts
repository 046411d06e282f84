import { toNimProfileError } from './toNimProfileError'

/** Runs one SDK call; rejections (and synchronous throws) become ProfileErrors. */
export async function callNim<T>(operation: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run()
  } catch (error) {
    throw toNimProfileError(error, operation)
  }
}
