import type {
  Channel,
  EventName,
  EventTypes,
  RequestOf,
  ResponseOf,
  Result,
} from '../../../shared/contract';

/** What every handler receives besides its validated request. */
export interface HandlerContext {
  emit<E extends EventName>(event: E, payload: EventTypes[E]): void;
}

export type Handler<C extends Channel> = (
  request: RequestOf<C>,
  context: HandlerContext,
) => Promise<Result<ResponseOf<C>>>;

/** Exactly one handler per channel: the mapped type makes a missing or extra one a type error. */
export type HandlerMap = { readonly [C in Channel]: Handler<C> };
