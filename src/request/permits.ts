/**
 * A small counting semaphore: at most `limit` holders at once, the others wait in arrival order. Each request has
 * one for the database connections it may hold at the same time (docs/operations.md "Fair use of the database"),
 * so one request can never take the whole pool however many aliases or lists it asks for.
 */
export class Permits {
  private held = 0;
  private readonly waiting: Array<() => void> = [];

  constructor(readonly limit: number) {}

  /** Resolves when a permit is free; call the returned function (once) to give it back. */
  async acquire(): Promise<() => void> {
    if (this.held < this.limit) this.held += 1;
    else await new Promise<void>((resolve) => this.waiting.push(resolve));
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const next = this.waiting.shift();
      // The permit passes straight to the next waiter: `held` stays the same.
      if (next) next();
      else this.held -= 1;
    };
  }
}
