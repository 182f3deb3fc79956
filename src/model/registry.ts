import type { Diagnostics, Place } from './diagnostics.ts';
import type { Located } from './types.ts';

/** Collects declared ids of one kind across files and reports a second declaration as a duplicate. */
export class Registry<T extends { at: Located }> {
  readonly byId = new Map<string, T>();
  /** Ids whose declaration had errors: references to them are not reported a second time. */
  private readonly broken = new Set<string>();
  constructor(
    private readonly kind: string,
    private readonly diags: Diagnostics,
  ) {}

  declare(id: string, entry: T, at: Place): void {
    const first = this.byId.get(id);
    if (first) {
      this.diags.add('duplicate-id', at, {
        kind: this.kind,
        id,
        other: `${first.at.file}:${first.at.line}:${first.at.column}`,
      });
      return;
    }
    this.byId.set(id, entry);
  }

  /** The file declaring these ids could not be read at all: no reference to them can be judged. */
  failAll(): void {
    this.everyIdBroken = true;
  }

  isBroken(id: string): boolean {
    return this.everyIdBroken || this.broken.has(id);
  }

  private everyIdBroken = false;

  /** Records the id of an entry that failed its checks, if it has a readable one. */
  fail(id: unknown): void {
    if (typeof id === 'string') this.broken.add(id);
  }
}
