// One real server and one Chromium for a describe block: started before its tests, stopped after.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser, type RunningServer, startServer } from './harness';

export interface Running {
  server: RunningServer;
  browser: Browser;
}

export function serverAndBrowser(): Running {
  const running = {} as Running;
  beforeAll(async () => {
    running.server = await startServer();
    running.browser = await launchBrowser();
  });
  afterAll(async () => {
    await running.browser?.close();
    await running.server?.stop();
  });
  return running;
}
