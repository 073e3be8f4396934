import { waitUntil as openWcWaitUntil } from '@open-wc/testing';

/**
 * `waitUntil` with a generous default timeout (5 s instead of 1 s): the machines that run the
 * tests are shared and slow at times, and three browsers run at once. A timeout given by the
 * test still wins.
 */
export function waitUntil(
  predicate: () => unknown | Promise<unknown>,
  message?: string,
  options: { interval?: number; timeout?: number } = {},
): Promise<void> {
  return openWcWaitUntil(predicate, message, { timeout: 5000, ...options });
}
