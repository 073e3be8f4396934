/** Medians, spreads and the Markdown report (bench/RESULTS.md). */
// measure.mjs imports nothing: the report's tests run where bench/node_modules is not installed.
import { STAYS_AFTER_MS } from './measure.mjs';

/** Linear-interpolated quantile of sorted numbers. */
function quantile(sorted, q) {
  const at = (sorted.length - 1) * q;
  const low = Math.floor(at);
  const high = Math.ceil(at);
  return sorted[low] + (sorted[high] - sorted[low]) * (at - low);
}

/** The median of numbers (undefined for none). */
export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? quantile(sorted, 0.5) : undefined;
}

/** Median, quartiles, min and max of the numbers given (null and undefined left out); null for none. */
function stats(values) {
  const sorted = values.filter((v) => v !== null && v !== undefined).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  return {
    median: quantile(sorted, 0.5),
    q1: quantile(sorted, 0.25),
    q3: quantile(sorted, 0.75),
    min: sorted[0],
    max: sorted.at(-1),
    n: sorted.length,
  };
}

/** The metrics in the table: key, label, unit, decimals. */
export const METRICS = [
  ['firstBytes', 'First visit: bytes until the network is quiet (gzip -9, all responses)', 'B', 0],
  ['shownBytes', 'First visit: bytes requested by the time the banner is clickable', 'B', 0],
  ['shownToolBytes', "First visit: the tool's own JS and CSS requested by the time the banner is clickable", 'B', 0],
  ['htmlBytes', "First visit: the page's HTML (the tool's inline configuration and snippet included)", 'B', 0],
  ['firstRequests', 'First visit: requests', '', 0],
  ['shownMs', 'Banner visible and clickable (from navigation start)', 'ms', 0],
  ['shownNetworkMs', 'Banner visible and clickable, mobile network (150 ms round trips, 1.6 Mbit/s)', 'ms', 0],
  ['firstScriptMs', 'First visit: main-thread scripting (ScriptDuration)', 'ms', 0],
  ['firstLongTasks', 'First visit: long tasks ≥ 50 ms', '', 0],
  ['firstLongTaskMs', 'First visit: long tasks, total duration', 'ms', 0],
  ['shift', 'Layout shift (sum, without input)', '', 4],
  ['goneMs', 'Click on Accept → banner gone', 'ms', 0],
  ['changedMs', 'Click on Accept → cookie-consent-change', 'ms', 0],
  ['returningBytes', 'Returning visit: bytes (gzip -9, all responses)', 'B', 0],
  ['returningRequests', 'Returning visit: requests', '', 0],
  ['returningScriptMs', 'Returning visit: main-thread scripting (ScriptDuration)', 'ms', 0],
  ['returningLongTasks', 'Returning visit: long tasks ≥ 50 ms', '', 0],
  ['returningLongTaskMs', 'Returning visit: long tasks, total duration', 'ms', 0],
];

/** Stats of every metric per contender; `shownNetworkMs` from the runs over the mobile network (`networkSamples`). */
export function summarize(contenders, samples, networkSamples) {
  return Object.fromEntries(
    contenders.map((c) => [
      c.id,
      Object.fromEntries(
        METRICS.map(([key]) => [
          key,
          key === 'shownNetworkMs'
            ? stats(networkSamples[c.id].map((s) => s.shownMs))
            : stats(samples[c.id].map((s) => s[key])),
        ]),
      ),
    ]),
  );
}

/** Ours: cookie-elements as a page without a build step uses it, and with its CLI's snippet. */
const isOurs = (contender) => contender.id.startsWith('cookie-elements');

const format = (value, decimals) => value.toFixed(decimals);
const line = (cells) => `| ${cells.join(' | ')} |`;

function cell(s, decimals) {
  if (!s) return '—';
  return `${format(s.median, decimals)} (IQR ${format(s.q1, decimals)}–${format(s.q3, decimals)}; ${format(s.min, decimals)}–${format(s.max, decimals)})`;
}

/** Ours divided by theirs, on medians: < 1 means cookie-elements has less of it. */
function ratio(ours, theirs) {
  if (!ours || !theirs) return '—';
  if (theirs.median === 0) return ours.median === 0 ? '=' : '∞';
  return `${(ours.median / theirs.median).toFixed(2)}×`;
}

/** The files of the first sample of each contender, so the byte counts can be checked. */
function files(contenders, samples) {
  return contenders
    .filter((c) => samples[c.id].length > 0)
    .map((c) => {
      const [sample] = samples[c.id];
      return `- ${c.id}: first visit ${sample.firstPaths.join(', ')}; returning ${sample.returningPaths.join(', ')}`;
    })
    .join('\n');
}

/**
 * A Markdown table of `metrics` (`[key, label, decimals]`) side by side: a column per contender
 * (`heading(c)`), cells from `summary[id][key]`, then a ratio column for each of ours against each peer.
 */
function sideBySide(metrics, contenders, summary, heading = (c) => c.id) {
  const ours = contenders.filter(isOurs);
  const peers = contenders.filter((c) => !isOurs(c));
  const pairs = ours.flatMap((o) => peers.map((p) => [o, p]));
  const header = ['Metric', ...contenders.map(heading), ...pairs.map(([o, p]) => `${o.id} / ${p.id}`)];
  const rows = metrics.map(([key, label, decimals]) => [
    label,
    ...contenders.map((c) => cell(summary[c.id][key], decimals)),
    ...pairs.map(([o, p]) => ratio(summary[o.id][key], summary[p.id][key])),
  ]);
  return markdownTable(header, rows);
}

/** Stats of each of `metrics` over each contender's `samples`. */
function summaryOf(metrics, contenders, samples) {
  return Object.fromEntries(
    contenders.map((c) => [
      c.id,
      Object.fromEntries(metrics.map(([key]) => [key, stats(samples[c.id].map((sample) => sample[key]))])),
    ]),
  );
}

export function table(environment, contenders, summary, samples, failures, networkSamples) {
  const metrics = METRICS.map(([key, label, unit, decimals]) => [key, unit ? `${label} [${unit}]` : label, decimals]);
  return `# Benchmark results

- Date: ${environment.date}
- Machine: ${environment.cpu}, ${environment.cores} cores, ${environment.memoryGb} GB, ${environment.os}
- Chromium ${environment.chromium} (headless, 4× CPU throttling), Node ${environment.node}
- Runs: ${environment.runs} per contender, round-robin; samples kept: ${contenders.map((c) => `${c.id} ${samples[c.id].length}`).join(', ')}
- Then as many runs over a mobile network (Chromium's emulation: 150 ms round trips, 1.6 Mbit/s down, 750 kbit/s up; 4× CPU as well), for the clickable banner on it; samples kept: ${contenders.map((c) => `${c.id} ${networkSamples[c.id].length}`).join(', ')}
- cookie-elements: the plain drop-in with the registry inline (a site without a build step), and cookie-elements-snippet: the head \`cookie-elements snippet\` prints (registry validated at build time, first-visit preloader; its inline script is in the page's bytes).
- Bytes: every response, the page's HTML and CSS included, except in the row of the tool's own JS and CSS (the files under /dist/ or /peer/, which is how issue 7 weighs the peers). The page's HTML carries each tool's inline configuration: ours is the whole registry (every cookie and storage key, with its purpose and duration, in English, Ukrainian and Russian), the same document the policy page's tables are made from; each peer's configuration carries the English text its own UI shows.
- Cells: median (IQR q1–q3; min–max). Ratios: our median / the peer's median (< 1: ours is smaller or faster).

${sideBySide(metrics, contenders, summary, (c) => `${c.id} ${c.version}`)}

Failed runs: ${failures.length === 0 ? 'none' : `\n\n${failures.map((f) => `- ${f}`).join('\n')}`}

Files served (first run of each):

${files(contenders, samples)}
`;
}

/** A Markdown table: a header row, then `rows`. */
function markdownTable(header, rows) {
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

/** A section that could not be measured: its heading and why. */
export function failedSection(title, error) {
  return `\n## ${title}\n\nNot measured: ${error}\n`;
}

/** Median (min–max) of a few samples. */
function spread(values, decimals) {
  const s = stats(values);
  return s ? `${format(s.median, decimals)} (${format(s.min, decimals)}–${format(s.max, decimals)})` : '—';
}

/** "id n, id n, …": the samples each contender has. */
const sampleCounts = (contenders, samples) => contenders.map((c) => `${c.id} ${samples[c.id].length}`).join(', ');

/** The settings dialog's rows: key, label, decimals. */
export const DIALOG_METRICS = [
  ['firstMs', 'Click on the opener → dialog visible, first open [ms]', 0],
  ['firstBytes', 'Bytes the first open downloaded (gzip -9) [B]', 0],
  ['firstRequests', 'Requests of the first open', 0],
  ['withPageBytes', 'Bytes of the returning page load and the first open together (gzip -9) [B]', 0],
  ['saveMs', "Click on the dialog's Save → dialog gone [ms]", 0],
  ['secondMs', 'Click on the opener → dialog visible, second open [ms]', 0],
];

/**
 * The settings dialog of each contender in `contenders` (bench/dialog.mjs), `samples` by contender
 * id; with the ratio of ours to each peer.
 */
export function dialogSection(contenders, samples) {
  const counts = sampleCounts(contenders, samples);
  return `
## Settings dialog

A returning visitor (who accepted all with a click on the banner) opens each tool's settings (preferences) dialog with a
button in the page, made as the tool's docs say: \`data-cookie-settings\` (cookie-elements), \`data-cc="show-preferencesModal"\`
(vanilla-cookieconsent), \`orejime.prompt()\` and \`klaro.show()\`. 4× CPU throttling, one new browser context per
sample, contenders taking turns after each round (samples: ${counts}). Times run from the click event to the first frame
in which the dialog is visible (opacity above 0) or no longer visible; a tool that animates its dialog out counts its
animation. The first open of cookie-elements downloads the settings code: a returning visitor has only the core, and
the load starts when the pointer moves onto the button (Playwright moves it there just before it clicks); the peers
downloaded all of theirs with the page: the row of the page load and the first open together compares what a
visitor downloaded to see the dialog. Save is clicked with the
choices unchanged. Cells: median (IQR q1–q3; min–max).

${sideBySide(DIALOG_METRICS, contenders, summaryOf(DIALOG_METRICS, contenders, samples))}
`;
}

/** The rows of the reject-all and stale-decision section: key, label, decimals. */
export const PATH_METRICS = [
  ['rejectGoneMs', 'Click on Reject all → banner gone [ms]', 0],
  ['rejectReturningBytes', 'After Reject all, the next page: bytes (gzip -9, all responses) [B]', 0],
  ['rejectReturningRequests', 'After Reject all, the next page: requests', 0],
  ['rejectReturningScriptMs', 'After Reject all, the next page: main-thread scripting (ScriptDuration) [ms]', 0],
  ['earlyGoneMs', 'Early Accept → banner gone [ms]', 0],
  ['earlyAnalyticsMs', 'Early Accept → gated analytics script ran [ms]', 0],
  ['staleShownMs', 'Stale decision: banner visible and clickable again (from navigation start) [ms]', 0],
  ['staleBytes', 'Stale decision: bytes until the network is quiet (gzip -9, all responses) [B]', 0],
  ['staleScriptMs', 'Stale decision: main-thread scripting (ScriptDuration) [ms]', 0],
];

/**
 * Reject all, the early Accept and a stale decision for each contender (bench/paths.mjs), `samples`
 * by contender id; with the ratio of each of ours to each peer, and for each contender how many of
 * its early Accepts left the banner on screen and how many of its stale visits ran the gated script
 * before the visitor answered again.
 */
export function pathsSection(contenders, samples) {
  const counts = sampleCounts(contenders, samples);
  /** For each contender, in how many of its samples `key` is 1. */
  const howOften = (key) =>
    contenders
      .map((c) => {
        const runs = samples[c.id];
        return `${c.id} ${runs.filter((sample) => sample[key] === 1).length} of ${runs.length}`;
      })
      .join(', ');
  return `
## Reject all, an early Accept, and a stale decision

Each contender's first-visit page, 4× CPU throttling, the probe of the table above, one new browser context per sample,
contenders taking turns after each round (samples: ${counts}). Reject all: a click on the banner's reject button
(\`reject-button\`, vanilla-cookieconsent's \`necessary\` role, Orejime's and Klaro's decline buttons) until the banner is
gone, then a reload: the next page of a visitor who refused everything optional (the banner must not ask again and the
gated script must not run, or the sample fails). An early Accept: on a new first visit the probe clicks the Accept
button of the main table in the frame after the one that first showed it clickable (the earliest click a visitor could
make; the main table clicks once the network is quiet), then the times from that click until the banner is gone and
until the gated analytics script runs (the decision taken effect; the sample fails if it never runs, or ran before the
click). A stale decision: a visitor who accepted all comes back, at the same
address, after the site's next revision added a purpose (marketing, with a service and its cookie; each tool
configured from it as it was from the first: our registry's revision, vanilla-cookieconsent's \`revision\`, a new
Orejime purpose, a new Klaro service); from navigation start until the banner is clickable again, the whole visit's
bytes and scripting. Cells: median (IQR q1–q3; min–max).

${sideBySide(PATH_METRICS, contenders, summaryOf(PATH_METRICS, contenders, samples))}

Early Accepts that left the banner on screen ${STAYS_AFTER_MS / 1000} s after the gated script ran (no "gone" time): ${howOften('earlyStays')}.

Stale visits in which the gated analytics script (consented to under the first revision) ran before the visitor answered
again: ${howOften('staleGateRan')}.
`;
}

/** The rows of the peers' registry scaling, for each size: key, label, decimals. */
export const PEER_SCALING_METRICS = [
  ['shownMs', 'banner visible and clickable [ms]', 0],
  ['scriptMs', 'main-thread scripting (ScriptDuration) [ms]', 0],
  ['htmlBytes', "the page's HTML, the tool's configuration inline (gzip -9) [B]", 0],
  ['bytes', 'every byte until the network is quiet (gzip -9) [B]', 0],
];

/**
 * Registry scaling for every contender (bench/peer-scaling.mjs): a row per size and metric, a
 * column per contender, and the ratio of each of ours to each peer.
 */
export function peerScalingSection({ sizes, contenders, failures }) {
  const metrics = sizes.flatMap(({ entries }) =>
    PEER_SCALING_METRICS.map(([key, label, decimals]) => [
      `${key}@${entries}`,
      `${entries.toLocaleString('en')} entries: ${label}`,
      decimals,
    ]),
  );
  const summary = Object.fromEntries(
    contenders.map((c) => [
      c.id,
      Object.fromEntries(
        sizes.flatMap(({ entries, samples }) =>
          PEER_SCALING_METRICS.map(([key]) => [`${key}@${entries}`, stats(samples[c.id].map((sample) => sample[key]))]),
        ),
      ),
    ]),
  );
  const counts = sizes
    .map(({ entries, samples: bySize }) => `${entries}: ${contenders.map((c) => bySize[c.id].length).join('/')}`)
    .join(', ');
  return `
## Registry scaling, every contender

Each tool configured from the generated registries of the scaling part below (10 to 10,000 entries) as it is from the
Dumka registry: vanilla-cookieconsent lists every entry in its preferences' cookie tables; Orejime and Klaro take the
names of the cookies their purposes and services clear (localStorage keys have no place in their configuration); ours
is the whole registry inline (every entry, with its purpose and duration), or the head \`cookie-elements snippet\`
prints for it. A first visit of each, 4× CPU throttling, the probe of the first table, a new browser context per
sample, contenders and sizes taking turns (samples per size, in the columns' order: ${counts}). Cells: median (IQR
q1–q3; min–max).

${sideBySide(metrics, contenders, summary)}
${
  failures.length
    ? `
Failed samples:

${failures.map((f) => `- ${f}`).join('\n')}
`
    : ''
}`;
}

/**
 * Where each contender's main thread went on a first visit until its banner was clickable
 * (bench/trace.mjs): one row per `rows` entry, one column per contender; cells median (IQR).
 */
export function traceSection(contenders, samples, rows) {
  const body = rows.map(([label, key]) => [
    label,
    ...contenders.map((c) => {
      const s = stats(samples[c.id].map((sample) => sample[key]));
      return s ? `${format(s.median, 0)} (${format(s.q1, 0)}–${format(s.q3, 0)})` : '—';
    }),
  ]);
  const counts = sampleCounts(contenders, samples);
  return `
## Where the main thread goes on a first visit

A Chromium trace of each contender's first visit (4× CPU throttling, round-robin; samples: ${counts}), its
renderer's main thread cut when the probe saw the banner clickable. Each trace event's own time (less the events
nested in it) is counted once, by its name (\`BUCKETS\` in bench/trace.mjs); "other" is the scheduler's and IPC's own
time (messages from the network and the browser: each request and each storage or cookie read adds some). Tracing
slows the page, so these runs are apart from the table above and their clickable times are not its. A first paint
earlier than the clickable banner means the page was shown first and the banner drawn in a later frame; a tool whose
code runs before the first paint holds the page back until it has run. Cells: median (IQR q1–q3), ms.

${markdownTable(['Metric', ...contenders.map((c) => c.id)], body)}
`;
}

/** The per-entry cost (median ÷ entries) at 10,000 entries over that at 1,000: linear when at most 2. */
function perEntryGrowth(sizes, key) {
  const perEntry = (entries) => median(sizes.find((size) => size.entries === entries)[key]) / entries;
  return perEntry(10000) / perEntry(1000);
}

/** How the per-entry cost at 10,000 entries compares with that at 1,000, and the verdict (linear when ≤ 2×). */
function linearity(sizes, key) {
  const ratio = perEntryGrowth(sizes, key);
  return `the per-entry cost at 10,000 entries is ${ratio.toFixed(2)}× that at 1,000 → **${ratio <= 2 ? 'linear' : 'NOT linear'}**`;
}

/** The registry scaling table and its two linearity verdicts. */
export function scalingSection({ pages, sizes }) {
  const perThousand = (values, entries) => format((median(values) / entries) * 1000, 1);
  const rows = sizes.map((size) => [
    size.entries.toLocaleString('en'),
    format(size.jsonBytes / 1024, 1),
    size.repetitions,
    spread(size.validationMs, 1),
    perThousand(size.validationMs, size.entries),
    size.rows.toLocaleString('en'),
    spread(size.tableMs, 0),
    perThousand(size.tableMs, size.entries),
  ]);
  return `
## Registry scaling (cookie-elements)

Registries generated from the Dumka registry (its categories, services and settings; \`bench/registries.mjs\`), each
passing the package's own validator. Chromium, 4× CPU throttling; ${pages} fresh page(s) per size and measurement,
sizes taking turns. Cells: median (min–max) over the pages.

- \`validateRegistry()\` (dist/registry.js) on the parsed document, in the page: one warm-up call, then the repetitions
  shown, timed with \`performance.now()\`; a page's time is the median of its repetitions.
- \`<cookie-table>\` (every category, default columns) added to a returning visitor's page (the element already
  defined): from its insertion to its rows in its shadow root (after \`updateComplete\`); the rows are checked to be
  every entry and the suite's own consent cookie.

${markdownTable(
  [
    'Entries',
    'Registry JSON [KB]',
    'Repetitions',
    '`validateRegistry()` [ms]',
    'per 1,000 entries [ms]',
    'Table rows',
    '`<cookie-table>` render [ms]',
    'per 1,000 entries [ms]',
  ],
  rows,
)}

Linearity rule: the per-entry cost (median ÷ entries) at 10,000 entries must not exceed 2× the per-entry cost at 1,000
(at 10 and 100 entries the fixed cost of a call or a first render dominates the per-entry figure).

- \`validateRegistry()\`: ${linearity(sizes, 'validationMs')}
- \`<cookie-table>\` render: ${linearity(sizes, 'tableMs')}
`;
}

/** Before → after (difference) of one counter. */
function change(run, key, decimals) {
  const { before, after } = run;
  const delta = after[key] - before[key];
  return `${format(before[key], decimals)} → ${format(after[key], decimals)} (${delta >= 0 ? '+' : ''}${format(delta, decimals)})`;
}

/** Whether a run's heap, nodes and listeners stayed within the limits. */
function withinLimits({ before, after }, limits) {
  return (
    after.heapKb - before.heapKb < limits.heapKb &&
    Math.abs(after.nodes - before.nodes) <= limits.nodes &&
    Math.abs(after.listeners - before.listeners) <= limits.listeners
  );
}

/** The interaction cycles' table (the test, and the control that leaves a listener behind per cycle). */
function interactionTable({ cycles, test, control }, limits) {
  const row = (label, run, verdict) => [
    label,
    change(run, 'heapKb', 0),
    change(run, 'nodes', 0),
    change(run, 'listeners', 0),
    `${format((run.seconds * 1000) / cycles, 1)} ms`,
    verdict,
  ];
  return markdownTable(
    ['Run', 'V8 heap used [KB]', 'DOM nodes', 'JS event listeners', 'Per cycle', 'Verdict'],
    [
      row(
        'Visitor interaction (the test)',
        test,
        withinLimits(test, limits) ? '**no leak**' : '**LEAK** (beyond the limits)',
      ),
      row(
        'Control: a change listener left behind per cycle',
        control,
        withinLimits(control, limits)
          ? '**control FAILED**: no growth seen, the method cannot be trusted'
          : 'growth seen, as it must be',
      ),
    ],
  );
}

/** The memory tables: elements added and removed, then visitor interaction; tests, controls and verdicts. */
export function memorySection({ cycles, limits, test, control, interaction }) {
  const row = (label, run, verdict) => [
    label,
    change(run, 'heapKb', 0),
    change(run, 'nodes', 0),
    change(run, 'listeners', 0),
    change(run, 'documents', 0),
    verdict,
  ];
  const rows = [
    row(
      'Elements removed (the test)',
      test,
      withinLimits(test, limits) ? '**no leak**' : '**LEAK** (beyond the limits)',
    ),
    row(
      'Control: removed elements kept in an array',
      control,
      withinLimits(control, limits)
        ? '**control FAILED**: no growth seen, the method cannot be trusted'
        : 'growth seen, as it must be',
    ),
  ];
  return `
## Memory (cookie-elements)

${cycles.toLocaleString('en')} cycles, each adding one of every element to the page (\`<cookie-banner reopen>\`,
\`<cookie-settings inline>\`, \`<cookie-table>\`, \`<cookie-gate service="posthog">\` with a \`<template>\`), waiting
for their \`updateComplete\` and a frame, checking each rendered its content, then removing them. A returning visitor
who rejected all (so the gate shows its placeholder and the banner its \`reopen\` control; no banner asks). No CPU
throttling. A first cycle loads and defines the elements before the baseline. Before and after: two forced garbage
collections (CDP \`HeapProfiler.collectGarbage\`), then \`Runtime.getHeapUsage\` (V8 heap in use) and
\`Memory.getDOMCounters\`. The control runs the same cycles in a fresh page but keeps every removed element in an array:
it shows what a leak looks like, so a zero above can be trusted. Cells: before → after (difference).

${markdownTable(['Run', 'V8 heap used [KB]', 'DOM nodes', 'JS event listeners', 'Documents', 'Verdict'], rows)}

"No leak" when, after ${cycles.toLocaleString('en')} cycles, heap growth is under ${limits.heapKb.toLocaleString('en')} KB,
and nodes and listeners are back to the baseline within ±${limits.nodes} and ±${limits.listeners}. Keeping even one element
(or one listener) per cycle would add at least ${cycles.toLocaleString('en')} nodes (or listeners), and a kept element with
its shadow root several KB of heap, so a leak of one element per cycle cannot pass; the margins leave room for what a
page keeps once (code optimised during the cycles, caches filled once).
${
  interaction
    ? `
### Visitor interaction

${interaction.cycles.toLocaleString('en')} cycles of what a visitor does, in a fresh page of the same returning visitor: \`showSettings()\`
until the dialog's \`cookie-after-show\`, its close button until \`cookie-after-hide\`; \`reset()\` until the banner asks
again, a click on its Accept until the decision's \`cookie-consent-change\` and the banner's \`cookie-after-hide\`; then
\`rejectAll()\` (analytics and functional withdrawn, their storage cleared). Each cycle checks that Accept granted
analytics and that the Consent Mode updates in \`dataLayer\` granted then denied \`analytics_storage\`, and then empties
\`dataLayer\`: it keeps every update by design, as \`gtag()\` does (about 70 bytes each). A first cycle loads the
settings, the banner and the writer before the baseline. The control adds one \`cookie-consent-change\` listener per cycle
and never removes it. Same limits as above.

${interactionTable(interaction, limits)}
`
    : ''
}`;
}

/** The rows of issue 7 where ours must be ahead of every peer: metric key, what it is. */
export const GOALS = [
  ['shownToolBytes', "Bytes until the banner is clickable (the tool's own JS and CSS)"],
  ['returningBytes', 'Bytes of a returning visit'],
  ['shownMs', 'Time to a clickable banner'],
  ['returningScriptMs', 'Main-thread scripting of a returning visit'],
];

/** Within 5 % either way a ratio is a tie on a shared, noisy host. */
const LEVEL = 0.05;

/** `ahead`, `level` or `behind`, from our median over the peer's. */
export function standing(ratio) {
  if (ratio < 1 - LEVEL) return 'ahead';
  return ratio <= 1 + LEVEL ? 'level' : 'behind';
}

/**
 * Issue 7's "done when", read off this run: for each of `GOALS` and each of ours, its ratio to
 * every peer and where it stands; then layout shift, and the verdicts of scaling and memory when
 * they were measured (`scaling`, `memory`: the results of those parts, or undefined).
 */
export function goalsSection(contenders, summary, { scaling, memory } = {}) {
  const ours = contenders.filter(isOurs);
  const peers = contenders.filter((c) => !isOurs(c));
  const rows = GOALS.flatMap(([key, label]) =>
    ours.map((o) => {
      const against = peers
        .filter((p) => summary[o.id][key] && summary[p.id][key]?.median)
        .map((p) => {
          const r = summary[o.id][key].median / summary[p.id][key].median;
          return { peer: p.id, ratio: r, standing: standing(r) };
        });
      const behind = against.filter((a) => a.standing !== 'ahead');
      const phrase = (a) => (a.standing === 'level' ? `level with ${a.peer}` : `behind ${a.peer}`);
      let verdict = '**ahead of every peer**';
      if (against.length === 0) verdict = 'not measured';
      else if (behind.length > 0) verdict = `**${behind.map(phrase).join(', ')}**`;
      return [label, o.id, against.map((a) => `${a.peer} ${a.ratio.toFixed(2)}×`).join(', ') || '—', verdict];
    }),
  );
  const shifts = ours.map((o) => summary[o.id].shift?.max);
  const noShift = shifts.every((max) => max === 0);
  rows.push([
    'Layout shift caused by the banner',
    ours.map((o) => o.id).join(', '),
    `largest in any run: ${shifts.map((max) => (max === undefined ? '—' : max.toFixed(4))).join(', ')}`,
    noShift ? '**zero**' : '**NOT zero**',
  ]);
  if (scaling) {
    const growth = ['validationMs', 'tableMs'].map((key) => perEntryGrowth(scaling.sizes, key));
    rows.push([
      'Registry scaling (validation, `<cookie-table>`)',
      'cookie-elements',
      `per-entry cost at 10,000 over 1,000 entries: ${growth.map((g) => `${g.toFixed(2)}×`).join(', ')}`,
      growth.every((g) => g <= 2) ? '**linear**' : '**NOT linear**',
    ]);
  }
  if (memory) {
    const runs = [memory.test, memory.interaction?.test].filter(Boolean);
    rows.push([
      'Memory (1,000 cycles of the elements, and of visitor interaction)',
      'cookie-elements',
      runs.map((run) => `heap ${change(run, 'heapKb', 0)} KB, listeners ${change(run, 'listeners', 0)}`).join('; '),
      runs.every((run) => withinLimits(run, memory.limits)) ? '**no leak**' : '**LEAK**',
    ]);
  }
  return `
## Issue 7, where this run stands

The rows issue 7 asks cookie-elements to lead, each of ours against every peer (our median over the peer's; within
±${LEVEL * 100} % is level on a shared, noisy host), then the rows that must hold outright. Where a row is not ahead, bench/README.md says why.

${markdownTable(['Goal', 'Ours', 'Ratio to each peer', 'Standing'], rows)}
`;
}
