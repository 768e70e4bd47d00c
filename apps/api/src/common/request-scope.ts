import { Viewer } from '../auth/viewer';

/**
 * The one per-request store of the API. The authentication guard creates one
 * `Viewer` object per request, so keying on it gives every request its own
 * values, which are garbage-collected with the request: no request-scoped
 * providers (which would make every service request-scoped) and nothing that
 * outlives the answer.
 */
const scopes = new WeakMap<Viewer, Map<symbol, unknown>>();

/** A value that lives exactly as long as one request, created on first use (typically a DataLoader). */
export class PerRequest<T> {
  private readonly key: symbol;

  constructor(
    name: string,
    private readonly create: (viewer: Viewer) => T,
  ) {
    this.key = Symbol(name);
  }

  of(viewer: Viewer): T {
    let scope = scopes.get(viewer);
    if (!scope) scopes.set(viewer, (scope = new Map<symbol, unknown>()));
    if (!scope.has(this.key)) scope.set(this.key, this.create(viewer));
    return scope.get(this.key) as T;
  }

  /** The value if this request created one, without creating it. */
  peek(viewer: Viewer): T | undefined {
    return scopes.get(viewer)?.get(this.key) as T | undefined;
  }

  /** Drops this request's value (for a queue that has been written). */
  clear(viewer: Viewer): void {
    scopes.get(viewer)?.delete(this.key);
  }
}
