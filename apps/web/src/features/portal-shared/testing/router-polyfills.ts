import { TextDecoder, TextEncoder } from 'node:util';

/**
 * What React Router's data router needs and jsdom lacks: TextEncoder, and a
 * Request for every navigation. The router only reads the address, method
 * and abort signal of a navigation's Request when no route loads data, so a
 * small stand-in does. Imported before the router by the tests that render one.
 */
class NavigationRequest {
  readonly url: string;
  readonly method: string;
  readonly signal: AbortSignal | null;

  constructor(input: string | URL, init: { method?: string; signal?: AbortSignal | null } = {}) {
    this.url = String(input);
    this.method = (init.method ?? 'GET').toUpperCase();
    this.signal = init.signal ?? null;
  }
}

Object.assign(globalThis, { TextEncoder, TextDecoder });
if (typeof globalThis.Request === 'undefined') Object.assign(globalThis, { Request: NavigationRequest });
