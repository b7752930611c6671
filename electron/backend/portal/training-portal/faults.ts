/**
 * Failure injection for the training portal (udata-api.md §14 "Training-mode extras"): answer
 * with a status, delay, hang, or cut the connection before or after the request was processed —
 * the last one is how a lost response after a dataset was created looks to the client (pitfall 3).
 */
export type FaultAction =
  | {
      readonly kind: 'status';
      readonly status: number;
      readonly body?: unknown;
      readonly html?: string;
    }
  | { readonly kind: 'delay'; readonly ms: number }
  | { readonly kind: 'hang' }
  | { readonly kind: 'drop-before' }
  | { readonly kind: 'drop-after' }
  /** Processed, then never answered (a process killed while waiting for the answer). */
  | { readonly kind: 'hang-after' };

export interface FaultRule {
  readonly method?: string;
  /** Matched against the path without the query string. */
  readonly path: string | RegExp;
  readonly action: FaultAction;
  /** How many matching requests it affects (default 1; Infinity for all). */
  readonly times?: number;
}

export class FaultPlan {
  private readonly rules: { rule: FaultRule; left: number }[] = [];

  add(rule: FaultRule): void {
    this.rules.push({ rule, left: rule.times ?? 1 });
  }

  clear(): void {
    this.rules.length = 0;
  }

  /** The first matching rule with uses left, consumed. */
  take(method: string, path: string): FaultAction | null {
    for (const entry of this.rules) {
      if (entry.left <= 0) continue;
      const { rule } = entry;
      if (rule.method !== undefined && rule.method.toUpperCase() !== method) continue;
      const hit = typeof rule.path === 'string' ? rule.path === path : rule.path.test(path);
      if (!hit) continue;
      entry.left -= 1;
      return rule.action;
    }
    return null;
  }
}
