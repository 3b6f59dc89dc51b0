/**
 * The one session setup every browser test shares: a fixture server, then Chromium with the built extension,
 * torn down in the reverse order (browser first, so no tab is left asking a closed server).
 *
 *   const { server, session } = useExtensionSession({ pages: (server) => server.page(url, html), clipFirst: () => [url] });
 *   beforeAll(async () => { options = await openOptions(); }); // anything else the tests need first
 *
 * `server` and `session` are stand-ins, valid once the beforeAll has started them: they forward to the live server
 * and browser, so a relaunch (same profile) is seen by every test and by the teardown. A file whose own
 * beforeAll comes after this call runs it after the launch (vitest runs beforeAll hooks in order).
 */
import { afterAll, beforeAll, expect } from 'vitest';
import { launchWithExtension, type LaunchOptions, type Session } from './extension';
import { startFixtureServer, type FixtureServer } from './fixture-server';
import { clipUrl } from './popup';

export interface ExtensionSessionSetup {
  /** Pages to serve, registered before Chromium starts (the browser may ask for them at once). */
  pages?: (server: FixtureServer) => void;
  /** How to launch: a kept profile (userDataDir), an unpinned toolbar button, another language. */
  launch?: LaunchOptions;
  /** Pages to clip through the real popup right after the launch, each stored as a new record (read once `pages` ran). */
  clipFirst?: () => string[];
}

export interface ExtensionSession extends BrowserSession<Session> {
  /** Closes the browser and starts it again on the same profile, as a user's restart does. */
  relaunch(): Promise<void>;
}

/**
 * Registers the beforeAll that starts server and Chromium with the extension and the afterAll that closes them,
 * in the enclosing describe (or the file). Returns stand-ins for both, usable inside hooks, tests and `pages`.
 */
export function useExtensionSession(setup: ExtensionSessionSetup = {}): ExtensionSession {
  const live = useBrowserSession((port) => launchWithExtension(port, setup.launch), {
    pages: setup.pages,
    afterLaunch: async (session) => {
      for (const url of setup.clipFirst?.() ?? []) expect((await clipUrl(session, url)).status).toBe('created');
    },
  });
  return {
    server: live.server,
    session: live.session,
    relaunch: () => live.replace((port, closed) => launchWithExtension(port, { ...setup.launch, userDataDir: closed.userDataDir })),
  };
}

export interface BrowserSession<S> {
  readonly server: FixtureServer;
  readonly session: S;
}

/**
 * The same hooks for any browser: `launch` starts it against the server's port (Chromium above, Firefox in
 * firefox.test.ts). `replace` closes the session and starts the one `again` returns.
 */
export function useBrowserSession<S extends { close(): Promise<void> }>(
  launch: (port: number) => Promise<S>,
  setup: { pages?: (server: FixtureServer) => void; afterLaunch?: (session: S) => Promise<void> } = {},
): BrowserSession<S> & { replace(again: (port: number, closed: S) => Promise<S>): Promise<void> } {
  let server: FixtureServer | undefined;
  let session: S | undefined;
  beforeAll(async () => {
    server = await startFixtureServer();
    setup.pages?.(server);
    session = await launch(server.port);
    await setup.afterLaunch?.(session);
  });
  afterAll(async () => {
    try {
      await session?.close();
    } finally {
      await server?.close();
    }
  });
  const started = <T>(value: T | undefined): T => {
    if (!value) throw new Error('The browser session starts in beforeAll: use `server` and `session` inside hooks and tests only.');
    return value;
  };
  return {
    server: forwardTo(() => started(server)),
    session: forwardTo(() => started(session)),
    async replace(again) {
      const closing = started(session);
      session = undefined; // a failed restart leaves nothing for afterAll to close twice
      await closing.close();
      session = await again(started(server).port, closing);
    },
  };
}

/** An object that reads every property from `current()` at the moment it is used (methods bound to it). */
function forwardTo<T extends object>(current: () => T): T {
  return new Proxy({} as T, {
    get(_, key) {
      const target = current();
      const value: unknown = Reflect.get(target, key);
      return typeof value === 'function' ? value.bind(target) : value;
    },
    has: (_, key) => Reflect.has(current(), key),
  });
}
