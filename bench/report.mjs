/** Medians, spreads and the Markdown report (bench/RESULTS.md). */

/** Linear-interpolated quantile of sorted numbers. */
function quantile(sorted, q) {
  const at = (sorted.length - 1) * q;
  const low = Math.floor(at);
  const high = Math.ceil(at);
  return sorted[low] + (sorted[high] - sorted[low]) * (at - low);
}

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
  ['firstRequests', 'First visit: requests', '', 0],
  ['shownMs', 'Banner visible and clickable (from navigation start)', 'ms', 0],
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

export function summarize(contenders, samples) {
  return Object.fromEntries(
    contenders.map((c) => [
      c.id,
      Object.fromEntries(METRICS.map(([key]) => [key, stats(samples[c.id].map((s) => s[key]))])),
    ]),
  );
}

const format = (value, decimals) => value.toFixed(decimals);

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

export function table(environment, contenders, summary, samples, failures) {
  const [ours, ...peers] = contenders;
  const header = ['Metric', ...contenders.map((c) => `${c.id} ${c.version}`), ...peers.map((p) => `ours / ${p.id}`)];
  const rows = METRICS.map(([key, label, unit, decimals]) => [
    unit ? `${label} [${unit}]` : label,
    ...contenders.map((c) => cell(summary[c.id][key], decimals)),
    ...peers.map((p) => ratio(summary[ours.id][key], summary[p.id][key])),
  ]);
  const line = (cells) => `| ${cells.join(' | ')} |`;
  return `# Benchmark results

- Date: ${environment.date}
- Machine: ${environment.cpu}, ${environment.cores} cores, ${environment.memoryGb} GB, ${environment.os}
- Chromium ${environment.chromium} (headless, 4× CPU throttling), Node ${environment.node}
- Runs: ${environment.runs} per contender, round-robin; samples kept: ${contenders.map((c) => `${c.id} ${samples[c.id].length}`).join(', ')}
- Cells: median (IQR q1–q3; min–max). Ratios: cookie-elements' median / the peer's median (< 1: ours is smaller or faster).

${line(header)}
${line(header.map(() => '---'))}
${rows.map(line).join('\n')}

Failed runs: ${failures.length === 0 ? 'none' : `\n\n${failures.map((f) => `- ${f}`).join('\n')}`}

Files served (first run of each):

${files(contenders, samples)}
`;
}
