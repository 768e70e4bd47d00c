// Matchers that say what is expected of an element (toBeVisible, toHaveAccessibleName, …).
import '@testing-library/jest-dom';
import { configure } from '@testing-library/react';
import { TextDecoder, TextEncoder } from 'node:util';

/**
 * What React Router's data router needs and jsdom lacks: TextEncoder when its
 * modules load, and a Request for every navigation. The router only reads the
 * address, method and abort signal of a navigation's Request when no route
 * loads data, so a small stand-in does. Set here, before any test file loads,
 * so that no test has to remember to import it first.
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

// The design system's React package injects its whole stylesheet (350 kB) when
// imported. jsdom does no layout, but would still match every rule on each
// computed-style lookup, which Testing Library's role queries make for every
// element: a test then takes ten times as long for nothing.
beforeEach(() => {
  document.head.querySelectorAll('style').forEach((style) => style.remove());
});

// The machine that runs the tests is shared: wait for an element as long as a person would, not one second.
configure({ asyncUtilTimeout: 5000 });
