/**
 * Waiting for the index before a build installs from it, against the local index server (which
 * answers the simple API as Warehouse does: PEP 691 JSON by content negotiation, normalised names).
 * The clock and the pauses are injected, so a package that appears "minutes" later costs no time.
 */
import { afterEach, beforeEach, describe, expect, test } from '@jest/globals';
import { waitForIndex, waitTimeoutMessage, parseDuration } from '@otai-release/core/docker';
import { HttpClient } from '@otai-release/core/http';
import { MemoryLogger } from '@otai-release/core/log';
import { resolveIndex } from '@otai-release/core/package-index';
import { type IndexServer, startIndexServer } from '../support/index-server.js';

let server: IndexServer;
beforeEach(async () => {
  server = await startIndexServer();
});
afterEach(async () => {
  await server.close();
});

/** A fake clock that moves only when the code under test sleeps; `onSleep` runs at each pause. */
function clock(onSleep: (pause: number) => void = () => {}) {
  let now = 0;
  const pauses: number[] = [];
  return {
    pauses,
    now: () => now,
    sleep: async (ms: number) => {
      pauses.push(ms);
      now += ms;
      onSleep(pauses.length);
    },
  };
}

const wheel = (name: string, version: string) => `${name}-${version}-py3-none-any.whl`;

describe('waitForIndex', () => {
  test('returns at once when every package==version is listed, under any spelling of its name', async () => {
    server.addRelease('Open_Ticket_AI', '1.4.0', [wheel('open_ticket_ai', '1.4.0')]);
    server.addRelease('otai-hf-local', '1.4.0', ['otai_hf_local-1.4.0.tar.gz']);
    const time = clock();
    const logger = new MemoryLogger();
    const result = await waitForIndex(
      {
        endpoints: resolveIndex(server.url),
        projects: ['open-ticket-ai', 'OTAI.HF.Local'],
        version: '1.4',
        timeoutMs: 60_000,
      },
      { http: new HttpClient(), logger, ...time },
    );
    expect(result).toMatchObject({ ready: true, missing: [], polls: 1 });
    expect(time.pauses).toEqual([]);
    // PEP 691 JSON asked for, at the normalised name, with max-age=0 as pip sends for index pages.
    const asked = server.requests.map((r) => r.path).sort();
    expect(asked).toEqual(['/simple/open-ticket-ai/', '/simple/otai-hf-local/']);
    expect(server.requests[0]!.accept).toMatch(/application\/vnd\.pypi\.simple\.v1\+json/);
  });

  test('a package that appears only later is waited for, with growing pauses, then the wait ends', async () => {
    server.addRelease('open-ticket-ai', '1.4.0', [wheel('open_ticket_ai', '1.4.0')]);
    // An older release of the plugin is there; 1.4.0 arrives after the third pause (the CDN catching up).
    server.addRelease('otai-hf-local', '1.3.0', [wheel('otai_hf_local', '1.3.0')]);
    const time = clock((n) => {
      if (n === 3) server.addRelease('otai-hf-local', '1.4.0', [wheel('otai_hf_local', '1.4.0')]);
    });
    const logger = new MemoryLogger();
    const result = await waitForIndex(
      {
        endpoints: resolveIndex(server.url),
        projects: ['open-ticket-ai', 'otai-hf-local'],
        version: '1.4.0',
        timeoutMs: 600_000,
        firstDelayMs: 5_000,
        maxDelayMs: 15_000,
      },
      { http: new HttpClient(), logger, ...time },
    );
    expect(result).toMatchObject({ ready: true, missing: [], polls: 4, waitedMs: 5_000 + 10_000 + 15_000 });
    expect(time.pauses).toEqual([5_000, 10_000, 15_000]);
    // The core was listed at the first poll and not asked for again.
    expect(server.requests.filter((r) => r.path === '/simple/open-ticket-ai/')).toHaveLength(1);
    expect(server.requests.filter((r) => r.path === '/simple/otai-hf-local/')).toHaveLength(4);
    expect(logger.messages('info')).toContain('Not listed yet: otai-hf-local==1.4.0; asking again in 5 s.');
  });

  test('at the deadline it ends with what is still missing, and the message names it', async () => {
    server.addRelease('open-ticket-ai', '1.4.0', [wheel('open_ticket_ai', '1.4.0')]);
    const time = clock();
    const endpoints = resolveIndex(server.url);
    const result = await waitForIndex(
      {
        endpoints,
        projects: ['open-ticket-ai', 'otai-hf-local', 'otai-otobo-znuny'],
        version: '1.4.0',
        timeoutMs: 20_000,
        firstDelayMs: 4_000,
        maxDelayMs: 60_000,
      },
      { http: new HttpClient(), logger: new MemoryLogger(), ...time },
    );
    expect(result.ready).toBe(false);
    expect(result.missing).toEqual(['otai-hf-local', 'otai-otobo-znuny']);
    // 4 + 8, then the last pause is cut to the 8 s left: the deadline is kept, not overshot.
    expect(time.pauses).toEqual([4_000, 8_000, 8_000]);
    expect(result.waitedMs).toBe(20_000);
    expect(waitTimeoutMessage(result, '1.4.0', endpoints)).toBe(
      `Still not on ${server.url}simple/ after 20 s (4 polls): otai-hf-local==1.4.0, otai-otobo-znuny==1.4.0. ` +
        'Check that the publish step uploaded them to this index, raise wait-timeout if the index is slow, ' +
        "or build from this run's wheels with install-from: dist.",
    );
  });

  test('an index that fails is polled again until the deadline, and its failure is reported', async () => {
    server.addRelease('open-ticket-ai', '1.4.0', [wheel('open_ticket_ai', '1.4.0')]);
    server.failNext({ count: 1000, status: 503 });
    const time = clock();
    const endpoints = resolveIndex(server.url);
    const result = await waitForIndex(
      { endpoints, projects: ['open-ticket-ai'], version: '1.4.0', timeoutMs: 10_000, firstDelayMs: 5_000 },
      { http: new HttpClient({ retries: 0 }), logger: new MemoryLogger(), ...time },
    );
    expect(result.ready).toBe(false);
    expect(waitTimeoutMessage(result, '1.4.0', endpoints)).toMatch(
      /The last read failed: open-ticket-ai: GET http:\/\/127\.0\.0\.1:\d+\/simple\/open-ticket-ai\/ answered 503 Service Unavailable/,
    );
  });

  test('with real time: a release published 300 ms into the wait is found', async () => {
    server.addRelease('open-ticket-ai', '2.0.0rc1', [wheel('open_ticket_ai', '2.0.0rc1')]);
    const timer = setTimeout(
      () => server.addRelease('otai-otobo-znuny', '2.0.0rc1', [wheel('otai_otobo_znuny', '2.0.0rc1')]),
      300,
    );
    const started = Date.now();
    try {
      const result = await waitForIndex(
        {
          endpoints: resolveIndex(`${server.url}simple/`),
          projects: ['open-ticket-ai', 'otai-otobo-znuny'],
          version: '2.0.0rc1',
          timeoutMs: 10_000,
          firstDelayMs: 100,
          maxDelayMs: 200,
        },
        {
          http: new HttpClient(),
          logger: new MemoryLogger(),
          now: Date.now,
          sleep: (ms) => new Promise((r) => setTimeout(r, ms)),
        },
      );
      expect(result.ready).toBe(true);
      expect(Date.now() - started).toBeGreaterThanOrEqual(300);
    } finally {
      clearTimeout(timer);
    }
  });
});

describe('wait-timeout', () => {
  test.each([
    ['900', 900_000],
    ['90s', 90_000],
    ['20m', 1_200_000],
    ['1h30m', 5_400_000],
    ['250ms', 250],
  ])('%s is %d ms', (text, ms) => {
    expect(parseDuration(text, "Input 'wait-timeout'")).toBe(ms);
  });

  test.each(['', 'soon', '10 minutes', '5x'])('%j is refused naming the input', (text) => {
    expect(() => parseDuration(text, "Input 'wait-timeout'")).toThrow(
      /Input 'wait-timeout' is '.*', which is not a duration/,
    );
  });
});
