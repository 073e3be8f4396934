// The WebKit launcher for wtr (scripts/wtr/webkit-launcher.mjs): a test page's navigation must
// neither wait for the page's load event nor, when it fails, stop the whole test run.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import { remote } from 'webdriverio';
import { guardStartSession, WebKitLauncher } from '../../scripts/wtr/webkit-launcher.mjs';

describe('WebKit launcher', () => {
  it('navigates without waiting for the load event (real WebKitGTK)', async () => {
    // A page whose load event is held back 8 s by an image that answers late.
    const held = new Set();
    const server = http.createServer((request, response) => {
      if (request.url === '/late.png') {
        held.add(response);
        setTimeout(() => response.end(), 8000).unref();
        return;
      }
      response.setHeader('Content-Type', 'text/html');
      response.end('<!doctype html><title>held</title><img src="/late.png" alt="">');
    });
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    const launcher = new WebKitLauncher();
    try {
      await launcher.start();
      const driver = await remote({ ...launcher.options, logLevel: 'error' });
      try {
        const started = Date.now();
        await driver.navigateTo(`http://127.0.0.1:${server.address().port}/`);
        const took = Date.now() - started;
        assert.ok(took < 6000, `navigation returned after ${took} ms: it waited for the load event`);
        await driver.waitUntil(async () => (await driver.getTitle()) === 'held', { timeout: 10_000 });
      } finally {
        await driver.deleteSession();
      }
    } finally {
      await launcher.killGroup();
      for (const response of held) response.destroy();
      server.close();
    }
  });

  it('reports a failed navigation instead of throwing it out of the session start', async () => {
    const manager = {
      calls: [],
      async startSession(id, url) {
        this.calls.push([id, url]);
        throw new Error('This operation was aborted when running "url"');
      },
    };
    const errors = [];
    const original = console.error;
    console.error = (...args) => errors.push(args.join(' '));
    try {
      guardStartSession(manager, 'WebKit');
      guardStartSession(manager, 'WebKit'); // once only
      await manager.startSession('s1', 'http://127.0.0.1:1/?wtr-session-id=s1');
    } finally {
      console.error = original;
    }
    assert.deepEqual(manager.calls, [['s1', 'http://127.0.0.1:1/?wtr-session-id=s1']]);
    assert.equal(errors.length, 1);
    assert.match(
      errors[0],
      /^WebKit: navigating to http:\/\/127\.0\.0\.1:1\/\?wtr-session-id=s1 failed: This operation was aborted/,
    );
  });
});
