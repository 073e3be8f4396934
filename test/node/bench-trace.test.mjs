// The benchmark's trace breakdown (bench/trace.mjs): what it makes of a trace's events.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { breakdown } from '../../bench/trace.mjs';

const PID = 7;
const TID = 1;
const NAV = 1_000_000; // µs, the trace clock

/** A complete event on the renderer's main thread, `at` and `ms` in ms from navigation start. */
const event = (name, at, ms, args = {}) => ({
  ph: 'X',
  pid: PID,
  tid: TID,
  name,
  ts: NAV + at * 1000,
  dur: ms * 1000,
  args,
});

const frame = [
  { ph: 'M', pid: PID, tid: TID, name: 'thread_name', args: { name: 'CrRendererMain' } },
  { ph: 'M', pid: PID, tid: 2, name: 'thread_name', args: { name: 'Compositor' } },
  {
    ph: 'R',
    pid: PID,
    tid: TID,
    name: 'navigationStart',
    ts: NAV,
    args: { data: { isLoadingMainFrame: true, documentLoaderURL: 'http://127.0.0.1:1/tool/' } },
  },
];

describe('bench trace breakdown', () => {
  it("counts each event's own time once, in its bucket, and the time the main thread had nothing to run", () => {
    const result = breakdown(
      [
        ...frame,
        event('RunTask', 10, 40),
        event('ParseHTML', 12, 10),
        event('EvaluateScript', 14, 6, { data: { url: 'http://127.0.0.1:1/peer/tool.js' } }),
        event('v8.run', 15, 4),
        event('RunTask', 60, 30),
        event('FireAnimationFrame', 60, 5),
        event('UpdateLayoutTree', 66, 4),
        event('Layout', 70, 10),
        event('Paint', 80, 2),
        { ph: 'R', pid: PID, tid: TID, name: 'firstPaint', ts: NAV + 85_000, args: {} },
        { ...event('Layout', 10, 5), tid: 2 }, // on another thread: not counted
      ],
      '/tool/',
      100,
      /\/(dist|peer)\//,
    );
    assert.equal(result.busyMs, 70); // the two tasks
    assert.equal(result.idleMs, 30);
    assert.equal(result.htmlMs, 4); // ParseHTML less the script nested in it
    assert.equal(result.scriptMs, 6 + 5); // EvaluateScript (v8.run inside it included) and the frame callback
    assert.equal(result.styleMs, 14);
    assert.equal(result.paintMs, 2);
    assert.equal(result.otherMs, 70 - 4 - 11 - 14 - 2); // the tasks' own time
    assert.equal(result.toolStartMs, 14);
    assert.equal(result.firstPaintMs, 85);
    assert.equal(result.shownMs, 100);
  });

  it('cuts the main thread where the banner became clickable, and ignores what came before navigation', () => {
    const result = breakdown(
      [...frame, event('RunTask', -50, 20), event('RunTask', 90, 40), event('Layout', 95, 30)],
      '/tool/',
      100,
      /\/dist\//,
    );
    assert.equal(result.busyMs, 10);
    assert.equal(result.styleMs, 5);
    assert.equal(result.otherMs, 5);
    assert.equal(result.toolStartMs, null); // the tool's code never ran
    assert.equal(result.firstPaintMs, null);
  });

  it('says which navigation it could not find', () => {
    assert.throws(() => breakdown(frame, '/other/', 100, /dist/), /no navigation to \/other\//);
  });
});
