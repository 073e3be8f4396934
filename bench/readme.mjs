/**
 * The README's measured comparison: a few rows of bench/RESULTS.md (medians), written between the
 * `<!-- bench:start -->` and `<!-- bench:end -->` markers of README.md. run.mjs calls it after each
 * run, from bench/results.json; test/node/docs.test.mjs checks the README still says what that
 * file holds. `node bench/readme.mjs` rewrites the block from the last results.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
export const START = '<!-- bench:start -->';
export const END = '<!-- bench:end -->';

/** How the README names each contender. */
const NAMES = { orejime: 'Orejime', klaro: 'Klaro', 'cookie-elements-snippet': 'cookie-elements + snippet' };

/** The rows: metric key in results.json, label, how to show a median. */
const ROWS = [
  ['shownBytes', 'first visit: bytes until the banner is clickable', kb],
  ['shownToolBytes', "first visit: the tool's JS and CSS until then", kb],
  ['firstBytes', 'first visit: all bytes (deferred validation included)', kb],
  ['returningBytes', 'returning visit: bytes', kb],
  ['shownMs', 'banner visible and clickable', ms],
  ['shownNetworkMs', 'banner clickable on a mobile network', ms],
  ['firstScriptMs', 'first visit: main-thread scripting', ms],
  ['returningScriptMs', 'returning visit: main-thread scripting', ms],
  ['shift', 'layout shift caused by the banner', (value) => value.toFixed(2)],
];

function kb(bytes) {
  return `${(bytes / 1000).toFixed(1)} KB`;
}

function ms(value) {
  return `${Math.round(value)} ms`;
}

/** The Markdown block for `results` (bench/results.json), markers included. */
export function readmeBlock(results) {
  const { environment, contenders, medians } = results;
  const line = (cells) => `| ${cells.join(' | ')} |`;
  const header = [
    'median of ' + environment.runs + ' runs',
    ...contenders.map((c) => `${NAMES[c.id] ?? c.id} ${c.version}`),
  ];
  return [
    START,
    line(header),
    line(header.map(() => '---')),
    ...ROWS.map(([key, label, show]) =>
      line([label, ...contenders.map((c) => (medians[c.id][key] == null ? '—' : show(medians[c.id][key])))]),
    ),
    '',
    `\`npm run bench\`, ${environment.date.slice(0, 10)}: identical pages (the second reference site: three categories, its`,
    `entries, one gated analytics script), each tool configured as its docs say, served from 127.0.0.1 (gzip -9) to`,
    `headless Chromium ${environment.chromium.split('.')[0]} with 4× CPU throttling on ${environment.cores} cores; bytes include`,
    `the page's HTML (with each tool's inline configuration: ours is the whole registry) and CSS, except the row of the`,
    `tool's JS and CSS; the mobile network is 150 ms round trips at 1.6 Mbit/s. cookie-elements: the plain drop-in;`,
    `+ snippet: the head \`cookie-elements snippet\` prints (registry validated at build time, first-visit preloader).`,
    `Spreads, ratios and every other row: [bench/RESULTS.md](bench/RESULTS.md).`,
    END,
  ].join('\n');
}

/** README.md with its block replaced by the one for `results`. */
export function withBlock(readme, results) {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start === -1 || end < start) throw new Error(`README.md has no ${START} … ${END} block`);
  return readme.slice(0, start) + readmeBlock(results) + readme.slice(end + END.length);
}

/** Rewrites README.md's block from bench/results.json. */
export function updateReadme() {
  const results = JSON.parse(readFileSync(`${root}bench/results.json`, 'utf8'));
  const file = `${root}README.md`;
  writeFileSync(file, withBlock(readFileSync(file, 'utf8'), results));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) updateReadme();
