import { AsyncLocalStorage } from 'node:async_hooks';

/** What travels with a request or a consumed batch: its correlation id, into logs and event metadata. */
export interface RequestContext {
  correlationId: string;
}

const storage = new AsyncLocalStorage<RequestContext>();

export const requestContext = {
  run<T>(context: RequestContext, fn: () => T): T {
    return storage.run(context, fn);
  },
  current(): RequestContext | undefined {
    return storage.getStore();
  },
};

export const CORRELATION_HEADER = 'x-correlation-id';
