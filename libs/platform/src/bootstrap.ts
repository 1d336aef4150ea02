import { randomUUID } from 'node:crypto';
import { Type } from '@nestjs/common';
import { ModulesContainer, NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { EventBatchTransport, EventConsumer, MessagingClient } from '@salw/messaging';
import type { NextFunction, Request, Response } from 'express';
import { Logger } from 'nestjs-pino';
import { PlatformSettings } from './config';
import { MESSAGING_CLIENT } from './event-sourcing/tokens';
import { bodyGuard } from './http/body-guard';
import { withPlatformAnswers } from './http/openapi';
import { queryDtosOf, withValidationRules } from './http/openapi-validation';
import { strictValidationPipe } from './http/validation';
import { PlatformMetrics } from './observability/metrics';
import { PipelineHealth } from './observability/pipeline-health';
import { CORRELATION_HEADER, requestContext } from './request-context';

/** A service's single consumer group, and the topic each `@EventPattern(name)` of its handlers stands for. */
export interface ConsumerSettings {
  group: string;
  topics: Record<string, string>;
}

export interface ServiceDescription {
  title: string;
  description: string;
  version?: string;
  settings: PlatformSettings;
  /** How the service consumes, when it has @EventPattern handlers. */
  consumer?: ConsumerSettings;
  /** Non-JSON bodies allowed besides JSON (e.g. text/csv imports). */
  textBodies?: string[];
}

/** Every controller class of the application's modules. */
function controllersOf(app: NestExpressApplication): Type<unknown>[] {
  const modules = [...app.get(ModulesContainer).values()];
  return modules
    .flatMap((module) => [...module.controllers.values()].map((controller) => controller.metatype))
    .filter((type): type is Type<unknown> => typeof type === 'function');
}

/** Builds a configured, not yet listening application (tests call this; main.ts calls startService). */
export async function buildService(
  module: Type<unknown>,
  service: ServiceDescription,
): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(module, { bufferLogs: true, bodyParser: false });
  app.useLogger(app.get(Logger));
  const limit = service.settings.BODY_LIMIT;
  app.useBodyParser('json', { limit, strict: true });
  for (const type of service.textBodies ?? []) app.useBodyParser('text', { limit, type });
  app.use(bodyGuard);
  app.useGlobalPipes(strictValidationPipe());
  app.use(correlationMiddleware);
  app.use(latencyMiddleware(app.get(PlatformMetrics)));
  app.enableShutdownHooks();

  const openApi = new DocumentBuilder()
    .setTitle(service.title)
    .setDescription(service.description)
    .setVersion(service.version ?? '1')
    .addBearerAuth()
    .build();
  const document = () =>
    withValidationRules(SwaggerModule.createDocument(app, openApi), queryDtosOf(controllersOf(app)));
  SwaggerModule.setup('docs', app, () => withPlatformAnswers(document()), { jsonDocumentUrl: 'docs/openapi.json' });

  if (service.consumer) {
    const metrics = app.get(PlatformMetrics);
    const logger = app.get(Logger);
    const group = service.consumer.group;
    const transport = new EventBatchTransport(app.get<MessagingClient>(MESSAGING_CLIENT), {
      groupId: group,
      topics: service.consumer.topics,
      maxMessageBytes: service.settings.KAFKA_MAX_MESSAGE_BYTES,
      onApplied: (events) => metrics.eventsApplied.inc({ group }, events.length),
      onDeadLetter: () => metrics.deadLetters.inc({ group }),
      onStalled: (stall) =>
        logger.error(
          `Consumer ${group} stalled on ${stall.topic}/${stall.partition}@${stall.offset} (try ${stall.tries}): ${stall.reason}`,
          'Consumer',
        ),
      onResumed: (stall) =>
        logger.log(`Consumer ${group} moved past ${stall.topic}/${stall.partition}@${stall.offset}`, 'Consumer'),
      runInContext: (events, work) => requestContext.run({ correlationId: events[0].correlationId }, work),
    });
    app.get(PipelineHealth).watchConsumer(group, () => transport.unwrap<EventConsumer | undefined>()?.stalls() ?? []);
    // inheritAppConfig: the global guards and filter reach the handlers and each says what it does there
    // (auth and rate limit: HTTP only; the filter rethrows the original error). The DTO pipe skips
    // the handlers' `ConsumedEvent[]` (an array: nothing to validate).
    app.connectMicroservice({ strategy: transport }, { inheritAppConfig: true });
  }
  return app;
}

/** Starts the HTTP server and the event consumers. */
export async function startService(
  module: Type<unknown>,
  service: ServiceDescription,
): Promise<NestExpressApplication> {
  const app = await buildService(module, service);
  await app.startAllMicroservices();
  await app.listen(service.settings.PORT, service.settings.HOST);
  return app;
}

function correlationMiddleware(request: Request, response: Response, next: NextFunction): void {
  const incoming = request.headers[CORRELATION_HEADER];
  const correlationId = typeof incoming === 'string' && /^[\w.:-]{1,100}$/.test(incoming) ? incoming : randomUUID();
  request.headers[CORRELATION_HEADER] = correlationId;
  response.setHeader(CORRELATION_HEADER, correlationId);
  requestContext.run({ correlationId }, next);
}

function latencyMiddleware(metrics: PlatformMetrics) {
  return (request: Request, response: Response, next: NextFunction): void => {
    const stop = metrics.httpDuration.startTimer({ method: request.method });
    response.on('finish', () => {
      const route = (request.route?.path as string | undefined) ?? 'unmatched';
      stop({ route: `${request.baseUrl}${route}`, status: String(response.statusCode) });
    });
    next();
  };
}
