// A @web/test-runner reporter that totals the results per browser and overall.
//
// - Writes `{ passed, failed, skipped, perBrowser: { <name>: { passed, failed, skipped } },
//   failures: [...] }` as JSON to $WTR_SUMMARY_FILE (default `.wtr-summary.json` in the cwd).
// - Prints `N passed, N failed, N skipped` as the very last line of the process output, from
//   an 'exit' handler, because wtr itself still prints after the reporters have stopped.
//
// Counting: every test in each session's (nested) testResults counts as passed, failed or
// skipped. A session (one test file in one browser) that failed without a failing test — the
// file did not load (syntax error, missing import), threw outside a test, timed out, or never
// finished — counts as one failure. So do errors reported outside tests next to failing tests.
import { mkdirSync, writeFileSync, writeSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';

const FINISHED = 'FINISHED';

function emptyCounts() {
  return { passed: 0, failed: 0, skipped: 0 };
}

/** Walks a suite tree, calling visit(test, titlePath) for each test. */
function walkSuite(suite, path, visit) {
  if (!suite) return;
  for (const test of suite.tests ?? []) visit(test, [...path, test.name]);
  for (const child of suite.suites ?? []) walkSuite(child, [...path, child.name], visit);
}

function errorText(error) {
  if (!error) return '';
  return [error.name, error.message].filter(Boolean).join(': ') || String(error);
}

/**
 * Totals an array of wtr TestSessions.
 * @param {Array<object>} sessions
 * @param {string} rootDir to print test file paths relative to
 */
export function summarizeSessions(sessions, rootDir = process.cwd()) {
  const total = emptyCounts();
  const perBrowser = {};
  const failures = [];
  for (const session of sessions) {
    const browser = session.browser?.name ?? 'unknown';
    const counts = (perBrowser[browser] ??= emptyCounts());
    const file = relative(rootDir, session.testFile ?? '') || String(session.testFile);
    let failedTests = 0;
    walkSuite(session.testResults, [], (test, titlePath) => {
      if (test.skipped) {
        counts.skipped += 1;
      } else if (test.passed) {
        counts.passed += 1;
      } else {
        counts.failed += 1;
        failedTests += 1;
        failures.push({ browser, file, test: titlePath.join(' > '), error: errorText(test.error) });
      }
    });
    const errors = session.errors ?? [];
    const finished = session.status === FINISHED;
    if (errors.length > 0 || !finished || (session.passed === false && failedTests === 0)) {
      counts.failed += 1;
      failures.push({
        browser,
        file,
        test: null,
        error: !finished
          ? `test file did not finish (status ${session.status})`
          : errors.map(errorText).join('\n') || 'test file failed outside of any test',
      });
    }
  }
  for (const counts of Object.values(perBrowser)) {
    total.passed += counts.passed;
    total.failed += counts.failed;
    total.skipped += counts.skipped;
  }
  return { ...total, perBrowser, failures };
}

export function summaryLine({ passed, failed, skipped }) {
  return `${passed} passed, ${failed} failed, ${skipped} skipped`;
}

/**
 * @param {object} [options]
 * @param {string} [options.file] where to write the JSON (default $WTR_SUMMARY_FILE or
 *   `.wtr-summary.json` in the cwd)
 * @param {boolean} [options.printLine] print the closing line at exit (default true)
 */
export function summaryReporter(options = {}) {
  const file = resolve(options.file ?? (process.env.WTR_SUMMARY_FILE || '.wtr-summary.json'));
  const printLine = options.printLine ?? true;
  let rootDir = process.cwd();
  let sessionManager;
  let summary;
  let exitHooked = false;

  function write(result) {
    try {
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
    } catch (error) {
      console.error(`summary reporter: cannot write ${file}: ${error.message}`);
    }
  }

  function finish(sessions) {
    summary = summarizeSessions(sessions, rootDir);
    write(summary);
  }

  function onExit(code) {
    if (!summary) {
      // wtr stopped before reporting the end (crash, interrupt): count what is known.
      summary = summarizeSessions(sessionManager ? Array.from(sessionManager.all()) : [], rootDir);
    }
    // A failing exit with nothing counted as failed (e.g. a browser that could not start)
    // must still show up as a failure.
    if (code !== 0 && summary.failed === 0) {
      summary = {
        ...summary,
        failed: 1,
        failures: [
          ...summary.failures,
          { browser: null, file: null, test: null, error: `wtr exited with code ${code}` },
        ],
      };
    }
    write(summary);
    if (printLine) writeSync(1, `${summaryLine(summary)}\n`);
  }

  return {
    start({ config, sessions }) {
      rootDir = config?.rootDir ?? rootDir;
      sessionManager = sessions;
      summary = undefined;
      if (!exitHooked) {
        // Registered here, after wtr's own 'exit' listener, so this line comes last.
        process.on('exit', onExit);
        exitHooked = true;
      }
    },
    onTestRunFinished({ sessions }) {
      finish(sessions);
    },
    stop({ sessions }) {
      finish(sessions);
    },
  };
}
