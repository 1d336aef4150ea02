import { ExecutionContext, Injectable } from '@nestjs/common';
import { ThrottlerGuard } from '@nestjs/throttler';

/**
 * The rate limit protects the HTTP API from its callers. Global guards also run on the Kafka
 * `@EventPattern` handlers; throttling those would make the consumer retry and then park valid
 * events in the dead-letter topic, so every context other than HTTP is skipped.
 */
@Injectable()
export class HttpThrottlerGuard extends ThrottlerGuard {
  protected override async shouldSkip(context: ExecutionContext): Promise<boolean> {
    return context.getType() !== 'http';
  }
}
