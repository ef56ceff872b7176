import { defaultFieldResolver, GraphQLError, isObjectType, type GraphQLSchema } from 'graphql';

/** Default of REQUEST_TIMEOUT_MS: the longest a GraphQL request may run. */
export const DEFAULT_REQUEST_TIMEOUT_MS = 20_000;

/** A request stopped by its time limit. */
export class RequestTimeoutError extends GraphQLError {
  readonly code = 'REQUEST_TIMEOUT';
  constructor(readonly timeoutMs: number) {
    super(
      `The request took longer than ${timeoutMs} ms and was stopped; ask for less ` +
        '(smaller pages and limits, fewer hops, fewer nested lists) or split it into several requests.',
      { extensions: { code: 'REQUEST_TIMEOUT', timeoutMs } },
    );
  }

  /** The GraphQL response body of this error. */
  toResponse(): { errors: { message: string; extensions: Record<string, unknown> }[] } {
    return {
      errors: [{ message: this.message, extensions: { code: this.code, timeoutMs: this.timeoutMs } }],
    };
  }
}

/**
 * One request's time limit. `expired` settles when the limit passes (or the
 * client goes away); `signal` is aborted then, and every resolver that has not
 * started yet refuses to start (see guardResolvers), so execution winds down
 * without new store queries, and its results are dropped. A store query
 * already running ends under the store's own limit (QUERY_TIMEOUT_MS).
 */
export class RequestDeadline {
  private readonly controller = new AbortController();
  private timer: NodeJS.Timeout | undefined;
  readonly expired: Promise<RequestTimeoutError>;

  constructor(readonly timeoutMs: number) {
    this.expired = new Promise((resolve) => {
      this.controller.signal.addEventListener('abort', () => resolve(new RequestTimeoutError(timeoutMs)), {
        once: true,
      });
    });
    this.timer = setTimeout(() => this.controller.abort(new RequestTimeoutError(timeoutMs)), timeoutMs);
    this.timer.unref();
  }

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  /** Stops the work now (the client went away). */
  abort(): void {
    this.disarm();
    this.controller.abort(new RequestTimeoutError(this.timeoutMs));
  }

  /** No time limit for this request any more (mutations: a write is never cut halfway). */
  disarm(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
  }
}

const guarded = new WeakSet<GraphQLSchema>();

/**
 * Wraps every resolver of the schema so that it refuses to start once its
 * request's signal (`context.signal`) is aborted. A check of one flag per
 * field: nothing is added to requests without a signal.
 */
export function guardResolvers(schema: GraphQLSchema): void {
  if (guarded.has(schema)) return;
  guarded.add(schema);
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const resolve = field.resolve ?? defaultFieldResolver;
      field.resolve = (source, args, context: { signal?: AbortSignal } | undefined, info) => {
        const signal = context?.signal;
        if (signal?.aborted) throw timeoutOf(signal);
        return resolve(source, args, context, info);
      };
    }
  }
}

function timeoutOf(signal: AbortSignal): RequestTimeoutError {
  const reason: unknown = signal.reason;
  return reason instanceof RequestTimeoutError ? reason : new RequestTimeoutError(0);
}
