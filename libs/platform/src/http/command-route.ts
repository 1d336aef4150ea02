import {
  applyDecorators,
  CallHandler,
  HttpCode,
  ExecutionContext,
  Inject,
  Injectable,
  NestInterceptor,
  SetMetadata,
  UseInterceptors,
} from '@nestjs/common';
import { ModuleRef, Reflector } from '@nestjs/core';
import { ApiHeader } from '@nestjs/swagger';
import { Decider } from '@salw/decider';
import { ConcurrencyError, EventStore, NewEvent } from '@salw/event-store';
import type { Request, Response } from 'express';
import { from, mergeMap, Observable } from 'rxjs';
import { AuthenticatedActor } from '../auth/actor';
import { Clock, CLOCK } from '../clock';
import { executeCommand } from '../event-sourcing/command-executor';
import { EVENT_STORE } from '../event-sourcing/tokens';
import { etagOf, expectedVersionFrom } from './etag';
import { IdempotencyStore, StoredResponse } from './idempotency';
import { ApiWrite } from './openapi';

/** What the route's own functions may read of the request. */
export interface RouteRequest {
  params: Record<string, string>;
  body: unknown;
  actor: AuthenticatedActor;
}

/** What a named step sees: the request, the command as mapped so far, the stream written to, the store and the clock. */
export interface StepContext<Input> extends RouteRequest {
  command: Input;
  streamId: string;
  store: EventStore;
  clock: Clock;
  /** Another provider of the service (e.g. a read model's database), for facts that do not live in a stream. */
  get<T>(token: string | symbol | (abstract new (...args: never[]) => T)): T;
}

export type Step<Input, Result = unknown> = (context: StepContext<Input>) => Result | Promise<Result>;

export interface CommandRouteSpec<
  State,
  Command,
  Event extends NewEvent,
  Input extends { type: string } = { type: string },
> {
  decider: Decider<State, Command, Event>;
  /** The stream written to, from the path (or, for a create, the mapped command). */
  stream: (command: Input, request: RouteRequest) => string;
  /** The answer's body: the state after the command (the version is also the ETag). */
  view: (state: State, version: number) => unknown;
  /** The success status: 200 unless the route creates. */
  status?: number;
  /** Where the created resource lives (a Location header). */
  location?: (command: Input, request: RouteRequest) => string;
  /** Checks that may refuse before anything is decided (e.g. whether a ministry may edit this meeting); run on every call. */
  checks?: Step<Input, void>[];
  /**
   * Facts the decision needs from other streams (or the clock), each loaded in order into the command field it names.
   * They run inside the idempotent section: a replayed Idempotency-Key loads nothing and answers as the first time.
   */
  loads?: Record<string, Step<Input>>;
  /** What follows the write, also on a replay in case the first try stopped in between (it must be safe to repeat). */
  after?: Step<Input, void>;
}

const COMMAND_ROUTE = Symbol('COMMAND_ROUTE');
const IDEMPOTENT_ROUTE = Symbol('IDEMPOTENT_ROUTE');

/** How often a write without If-Match decides again when another commit got in between. */
const RETRIES_WITHOUT_IF_MATCH = 3;

/**
 * A write through the command path. The method maps the validated request to a command (and may refuse it);
 * this route reads If-Match (expected version) and Idempotency-Key, loads the named facts, lets the decider
 * decide on the folded stream and answers the view with the new version as ETag, its status and Location.
 * It also documents the write headers and answers in the OpenAPI document.
 */
export function CommandRoute<State, Command, Event extends NewEvent, Input extends { type: string }>(
  spec: CommandRouteSpec<State, Command, Event, Input>,
): MethodDecorator {
  return applyDecorators(
    SetMetadata(COMMAND_ROUTE, spec),
    ApiWrite(spec.status ?? 200),
    UseInterceptors(CommandRouteInterceptor),
  );
}

/**
 * A write that is not one decider's command (e.g. an import touching many reports): the method returns `idempotent(…)`,
 * the work this route runs once per Idempotency-Key (scoped per actor and `scope`), answering its status and headers.
 */
export function IdempotentRoute(scope: string, status = 200): MethodDecorator {
  return applyDecorators(
    SetMetadata(IDEMPOTENT_ROUTE, scope),
    HttpCode(status),
    ApiHeader({
      name: 'Idempotency-Key',
      required: false,
      description: 'Same key + same request → same answer, done once',
    }),
    UseInterceptors(CommandRouteInterceptor),
  );
}

/** The work of an @IdempotentRoute: what the request stands for (a key reused with another is refused) and what it does. */
export class IdempotentWork<Body = unknown> {
  constructor(
    readonly request: unknown,
    readonly execute: (commitId: string | undefined) => Promise<StoredResponse<Body>>,
  ) {}
}

export function idempotent<Body>(
  request: unknown,
  execute: (commitId: string | undefined) => Promise<StoredResponse<Body>>,
): IdempotentWork<Body> {
  return new IdempotentWork(request, execute);
}

type RouteSpec = CommandRouteSpec<unknown, unknown, NewEvent, { type: string }>;

@Injectable()
export class CommandRouteInterceptor implements NestInterceptor {
  constructor(
    private readonly reflector: Reflector,
    private readonly modules: ModuleRef,
    private readonly idempotency: IdempotencyStore,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const spec = this.reflector.get<RouteSpec | undefined>(COMMAND_ROUTE, context.getHandler());
    const scope = this.reflector.get<string | undefined>(IDEMPOTENT_ROUTE, context.getHandler());
    const http = context.switchToHttp();
    const request = http.getRequest<Request & { actor: AuthenticatedActor }>();
    const response = http.getResponse<Response>();
    // The method runs first (pipes validate the body, the method maps it and checks who may act), then the command.
    return next
      .handle()
      .pipe(
        mergeMap((mapped: unknown) =>
          from(
            spec
              ? this.run(spec, request, response, mapped as { type: string })
              : this.runWork(scope ?? '', request, response, mapped as IdempotentWork),
          ),
        ),
      );
  }

  private async runWork(
    scope: string,
    request: Request & { actor: AuthenticatedActor },
    response: Response,
    work: IdempotentWork,
  ) {
    const answer = await this.idempotency.run(
      request.actor,
      scope,
      header(request, 'idempotency-key'),
      work.request,
      work.execute,
    );
    return answerWith(response, answer);
  }

  private async run(
    spec: RouteSpec,
    request: Request & { actor: AuthenticatedActor },
    response: Response,
    mapped: { type: string },
  ) {
    const route: RouteRequest = {
      params: (request.params ?? {}) as Record<string, string>,
      body: request.body as unknown,
      actor: request.actor,
    };
    const expectedVersion = expectedVersionFrom(header(request, 'if-match'));
    const streamId = spec.stream(mapped, route);
    const context = (command: { type: string }): StepContext<{ type: string }> => ({
      ...route,
      command,
      streamId,
      store: this.store,
      clock: this.clock,
      get: (token) => this.modules.get(token as never, { strict: false }),
    });
    for (const check of spec.checks ?? []) await check(context(mapped));
    // One formula: a key is unique per actor (IdempotencyStore), stream and command.
    const scope = `${streamId}:${mapped.type}`;
    // The path is part of the request a key stands for (e.g. which action item is completed), beside the body.
    const fingerprint = { params: route.params, body: route.body ?? null };
    const answer = await this.idempotency.run(
      route.actor,
      scope,
      header(request, 'idempotency-key'),
      fingerprint,
      async (commitId) => {
        const command = await this.loadFacts(spec, mapped, context);
        const result = await retryOnConflict(expectedVersion === undefined, () =>
          executeCommand(this.store, spec.decider, streamId, withoutUndefined(command), {
            actor: route.actor,
            expectedVersion,
            commitId,
          }),
        );
        const headers: Record<string, string> = { etag: etagOf(result.nextExpectedVersion) };
        if (spec.location) headers.location = spec.location(mapped, route);
        return {
          status: spec.status ?? 200,
          body: plain(spec.view(result.state, result.nextExpectedVersion)),
          headers,
        };
      },
    );
    if (spec.after) await spec.after(context(mapped));
    return answerWith(response, answer);
  }

  private async loadFacts(
    spec: RouteSpec,
    mapped: { type: string },
    context: (command: { type: string }) => StepContext<{ type: string }>,
  ) {
    let command = mapped;
    for (const [field, step] of Object.entries(spec.loads ?? {}))
      command = { ...command, [field]: await step(context(command)) };
    return command;
  }
}

/** Writes a stored (or fresh) answer's status and headers; the body goes back through Nest. */
export function answerWith<Body>(response: Response, answer: StoredResponse<Body> & { replayed: boolean }): Body {
  response.status(answer.status);
  if (answer.headers?.etag) response.setHeader('ETag', answer.headers.etag);
  if (answer.headers?.location) response.setHeader('Location', answer.headers.location);
  if (answer.replayed) response.setHeader('Idempotent-Replayed', 'true');
  return answer.body;
}

function header(request: Request, name: string): string | undefined {
  const value = request.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/** DTO instances carry absent optional fields as `undefined`: events store only what was given. */
export function withoutUndefined<T>(value: T): T {
  if (Array.isArray(value)) return value.map(withoutUndefined) as T;
  if (value === null || typeof value !== 'object' || value instanceof Date) return value;
  return Object.fromEntries(
    Object.entries(value as Record<string, unknown>)
      .filter(([, field]) => field !== undefined)
      .map(([key, field]) => [key, withoutUndefined(field)]),
  ) as T;
}

/** The JSON the client gets (absent fields stay absent when an answer is stored and replayed). */
function plain(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value ?? null)) as unknown;
}

/**
 * Without If-Match the client asked for no particular version: when another commit got in
 * between, decide again on the fresh state, a few times. With If-Match: 409 at once.
 */
async function retryOnConflict<T>(retry: boolean, attempt: () => Promise<T>): Promise<T> {
  for (let left = retry ? RETRIES_WITHOUT_IF_MATCH : 0; ; left -= 1) {
    try {
      return await attempt();
    } catch (error) {
      if (!(error instanceof ConcurrencyError) || left <= 0) throw error;
    }
  }
}
