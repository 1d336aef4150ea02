import { DynamicModule, Inject, Injectable, Module, OnApplicationShutdown, Provider } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_INTERCEPTOR } from '@nestjs/core';
import { getConnectionToken, MongooseModule } from '@nestjs/mongoose';
import { TerminusModule } from '@nestjs/terminus';
import { randomUUID } from 'node:crypto';
import { EventStore, Lease, MongoEventStore, RelayLease } from '@salw/event-store';
import { KafkaJsClient, MessagingClient, singleMessageBatchBytes, toMessage, TopicAdmin } from '@salw/messaging';
import { ThrottlerModule } from '@nestjs/throttler';
import type { Db } from 'mongodb';
import type { Connection } from 'mongoose';
import { LoggerModule } from 'nestjs-pino';
import { AuthGuard } from './auth/auth.guard';
import { TokenVerifier } from './auth/token-verifier';
import { PlatformSettings } from './config';
import { noDatabase } from './event-sourcing/no-database';
import { RELAY_LEASE, RelayLifecycle, RELAY_TOPIC } from './event-sourcing/relay.lifecycle';
import { EVENT_STORE, MESSAGING_CLIENT, MONGO_DB, SETTINGS, TOPIC_ADMIN } from './event-sourcing/tokens';
import { CLOCK, systemClock } from './clock';
import { HttpAnswerInterceptor } from './http/answer';
import { PlatformExceptionFilter } from './http/exception.filter';
import { HttpThrottlerGuard } from './http/http-throttler.guard';
import { IdempotencyStore } from './http/idempotency';
import { HealthController } from './observability/health';
import { loggingParams } from './observability/logging';
import { MetricsController, PlatformMetrics } from './observability/metrics';
import { PipelineHealth } from './observability/pipeline-health';

export interface PlatformOptions {
  serviceName: string;
  settings: PlatformSettings;
  /** When the service writes events: its context name and the topic its relay feeds. */
  eventSourcing?: { context: string; topic: string };
  /**
   * The in-memory tier (API specs): this event store and broker instead of MongoDB and Kafka, and no database at all
   * (a route that reads a read model fails, naming why: such routes are specified in the int and e2e tiers).
   */
  inMemory?: InMemoryAdapters;
}

/** What the in-memory tier runs a service on (InMemoryEventStore, InMemoryBroker). */
export interface InMemoryAdapters {
  eventStore: EventStore;
  broker: MessagingClient;
}

/** The context's event store on the service's database, or the one an in-memory spec passes. */
function eventStoreProvider(context: string, settings: PlatformSettings, inMemory?: EventStore): Provider {
  if (inMemory) return { provide: EVENT_STORE, useValue: inMemory };
  return {
    provide: EVENT_STORE,
    inject: [MONGO_DB, PlatformMetrics],
    useFactory: async (db: Db, metrics: PlatformMetrics) => {
      const store = new MongoEventStore(db, {
        context,
        onAppended: (result) => metrics.eventsAppended.inc({ context }, result.events.length),
        // Measured as the relay will publish it: the envelope, its key and headers, in a batch of its own.
        maxEventBytes: settings.KAFKA_MAX_MESSAGE_BYTES,
        eventBytes: (event) => singleMessageBatchBytes(toMessage(event)),
      });
      await store.init();
      return store;
    },
  };
}

const soleRelay: RelayLease = { tryAcquire: async () => true, release: async () => undefined };

@Injectable()
class TopicAdminCloser implements OnApplicationShutdown {
  constructor(@Inject(TOPIC_ADMIN) private readonly admin: TopicAdmin) {}

  async onApplicationShutdown(): Promise<void> {
    await this.admin.disconnect();
  }
}

/**
 * Everything a service stands on: config, JSON logs, OpenID Connect token checks on every route, health, metrics,
 * the database (mongoose connection + native Db), the Kafka ports, and (for writing services)
 * the event store with its outbox relay.
 */
@Module({})
export class PlatformModule {
  static forRoot(options: PlatformOptions): DynamicModule {
    const { settings, serviceName } = options;
    const providers: Provider[] = [
      { provide: SETTINGS, useValue: settings },
      PlatformMetrics,
      {
        provide: TokenVerifier,
        useValue: new TokenVerifier({ issuer: settings.OIDC_ISSUER, audience: settings.OIDC_AUDIENCE }),
      },
      PipelineHealth,
      // Global guards and filters run on the event handlers too: each one says what it does there.
      { provide: APP_GUARD, useClass: HttpThrottlerGuard },
      { provide: APP_GUARD, useClass: AuthGuard },
      TopicAdminCloser,
      { provide: APP_FILTER, useClass: PlatformExceptionFilter },
      { provide: APP_INTERCEPTOR, useClass: HttpAnswerInterceptor },
      { provide: CLOCK, useValue: systemClock },
      options.inMemory
        ? { provide: MONGO_DB, useValue: noDatabase() }
        : {
            provide: MONGO_DB,
            inject: [getConnectionToken()],
            useFactory: (connection: Connection) => connection.db as Db,
          },
      options.inMemory
        ? { provide: MESSAGING_CLIENT, useValue: options.inMemory.broker }
        : {
            provide: MESSAGING_CLIENT,
            useFactory: () =>
              new KafkaJsClient({
                brokers: settings.KAFKA_BROKERS,
                clientId: serviceName,
                maxBatchBytes: settings.KAFKA_MAX_MESSAGE_BYTES,
              }),
          },
      {
        provide: TOPIC_ADMIN,
        inject: [MESSAGING_CLIENT],
        useFactory: (client: MessagingClient) => client.admin(),
      },
      { provide: IdempotencyStore, inject: [MONGO_DB], useFactory: (db: Db) => new IdempotencyStore(db) },
    ];
    const exported: Array<symbol | Provider> = [
      SETTINGS,
      CLOCK,
      MONGO_DB,
      MESSAGING_CLIENT,
      TOPIC_ADMIN,
      PlatformMetrics,
      PipelineHealth,
      IdempotencyStore,
    ];
    if (options.eventSourcing) {
      const { context, topic } = options.eventSourcing;
      providers.push(
        { provide: RELAY_TOPIC, useValue: topic },
        // One process, one relay: in memory there is no other instance to share the lease with.
        options.inMemory
          ? { provide: RELAY_LEASE, useValue: soleRelay }
          : {
              provide: RELAY_LEASE,
              inject: [MONGO_DB],
              useFactory: (db: Db) => new Lease(db, `relay:${context}`, randomUUID()),
            },
        eventStoreProvider(context, settings, options.inMemory?.eventStore),
        RelayLifecycle,
      );
      exported.push(EVENT_STORE);
    }
    return {
      module: PlatformModule,
      global: true,
      imports: [
        LoggerModule.forRoot(loggingParams(serviceName, settings.LOG_LEVEL)),
        TerminusModule,
        ThrottlerModule.forRoot([{ ttl: 60_000, limit: settings.RATE_LIMIT_PER_MINUTE }]),
        ...(options.inMemory
          ? []
          : [
              MongooseModule.forRoot(settings.MONGO_URL, {
                dbName: settings.MONGO_DB,
                serverSelectionTimeoutMS: 10_000,
              }),
            ]),
      ],
      controllers: [HealthController, MetricsController],
      providers,
      exports: exported,
    };
  }
}
