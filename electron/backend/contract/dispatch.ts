/**
 * The one path from any host to a handler: channel check, request validation, handler call.
 * A throwing handler becomes an INTERNAL error value, so no host ever leaks a stack trace.
 */
import { fail, isChannel, type Channel, type Result } from '../../../shared/contract';
import type { Handler, HandlerContext, HandlerMap } from '../handlers/types';
import { validateRequest } from './validate';

export async function dispatch(
  handlers: HandlerMap,
  channel: unknown,
  payload: unknown,
  context: HandlerContext,
): Promise<Result<unknown>> {
  if (!isChannel(channel)) {
    return fail(
      'UNKNOWN_CHANNEL',
      `Unknown channel ${JSON.stringify(String(channel)).slice(0, 80)}`,
    );
  }
  const checked = validateRequest(channel, payload);
  if (!checked.ok) return checked;
  // The mapped HandlerMap guarantees the handler matches the channel; TypeScript cannot
  // correlate the two through a union key, hence the widening.
  const handler = handlers[channel] as Handler<Channel>;
  try {
    return await handler(checked.value as never, context);
  } catch (error) {
    const name = error instanceof Error ? error.name : typeof error;
    console.error(`[otvori] handler ${channel} threw ${name}`);
    return fail('INTERNAL', `Handler ${channel} failed unexpectedly (${name})`);
  }
}
