/**
 * Typed send/listen over browser.runtime / browser.tabs messaging.
 * src/browser/ is the only part of src/ that touches browser.* (a
 * conventions test keeps it so); everything it routes to is pure core.
 */

import { browser, type Browser } from 'wxt/browser';
import { dispatch, type Handlers } from '../messaging/dispatch';
import { envelope, type MessageType, type RequestOf, type ResponseOf } from '../messaging/map';

export type Sender = Browser.runtime.MessageSender;

export function sendToBackground<K extends MessageType>(type: K, data: RequestOf<K>): Promise<ResponseOf<K>> {
  return browser.runtime.sendMessage(envelope(type, data)) as Promise<ResponseOf<K>>;
}

export function sendToTab<K extends MessageType>(tabId: number, type: K, data: RequestOf<K>): Promise<ResponseOf<K>> {
  return browser.tabs.sendMessage(tabId, envelope(type, data)) as Promise<ResponseOf<K>>;
}

/** Registers the handlers; returns a function that removes them. */
export function listen(handlers: Handlers<Sender>): () => void {
  const listener = (message: unknown, sender: Sender) => dispatch(handlers, message, sender);
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
