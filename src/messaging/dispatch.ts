/**
 * Routing a message envelope to its typed handler. Pure (no browser APIs), so
 * the routing is unit-tested; entrypoints wire it to runtime.onMessage.
 */

import { isEnvelope, type MessageType, type RequestOf, type ResponseOf } from './map';

export type Handlers<S = unknown> = {
  [K in MessageType]?: (data: RequestOf<K>, sender: S) => Promise<ResponseOf<K>> | ResponseOf<K>;
};

/**
 * Returns a promise of the handler's response, or undefined when the message
 * is not ours or has no handler here (so another listener may answer it).
 */
export function dispatch<S>(handlers: Handlers<S>, message: unknown, sender: S): Promise<unknown> | undefined {
  if (!isEnvelope(message)) return undefined;
  const handler = handlers[message.type] as ((data: unknown, sender: S) => unknown) | undefined;
  if (!handler) return undefined;
  return Promise.resolve().then(() => handler(message.data, sender));
}
