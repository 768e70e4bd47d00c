import { TextDecoder, TextEncoder } from 'node:util';

/**
 * jsdom lacks what React Router's modules need when they load (TextEncoder)
 * and what its data router creates for each navigation (a Request, of which
 * only the address, method and abort signal are read when no route loads
 * data). Imported first by the tests that render the router.
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
