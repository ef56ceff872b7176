import type { HealthReport } from '../services/store-health.service';

/** What the store-preparation child (src/cli/prepare-store.cli.ts) tells the server. */
export type PreparationMessage =
  | { readonly kind: 'progress'; readonly line: string }
  | { readonly kind: 'done'; readonly health: HealthReport }
  /** Invalid sources or configuration: the curator's to fix; the store was not touched. */
  | { readonly kind: 'invalid-input'; readonly message: string }
  /** Another process holds the store open: it is not damaged, and it was not touched. */
  | { readonly kind: 'in-use'; readonly message: string }
  | { readonly kind: 'failed'; readonly message: string };
