/**
 * Registry scaling for every contender: each tool configured from the generated registries of
 * registries.mjs (10 to 10,000 entries) as it is from the Dumka registry (bench/contenders.mjs:
 * vanilla-cookieconsent lists every entry in its preferences' cookie tables, Orejime and Klaro take
 * the cookie names their purposes and services clear; ours is the whole registry inline, or the
 * head `cookie-elements snippet` prints for it). A first visit of each, 4× CPU throttling, the probe
 * of the main table, a new browser context per sample, contenders taking turns within a size and
 * sizes taking turns: the time until the banner is clickable, the visit's scripting, the page's
 * HTML (where every tool's configuration is) and every byte until the network is quiet.
 */
import { contendersFor } from './contenders.mjs';
import { firstVisit, newContext, openPage } from './measure.mjs';
import { SIZES, scaledRegistry } from './registries.mjs';

/** Samples per contender and size: `--runs`, at most this. */
const MAX_SAMPLES = 5;

const pathOf = (entries, contender) => `/peer-scaling/${entries}/${contender.id}/`;

/** The pages, for the server, and the contenders of each size. */
export async function peerScalingPages() {
  const bySize = new Map();
  const pages = {};
  for (const entries of SIZES) {
    const contenders = await contendersFor(scaledRegistry(entries));
    bySize.set(entries, contenders);
    for (const contender of contenders) pages[pathOf(entries, contender)] = contender.html;
  }
  return { pages, bySize };
}

/** One first visit of `contender`'s page of `entries` entries. */
async function sample(browser, server, entries, contender) {
  const context = await newContext(browser);
  try {
    const { page, cdp } = await openPage(context, contender);
    const first = await firstVisit(page, cdp, server, pathOf(entries, contender));
    if (first.state.analytics !== undefined) throw new Error(`${contender.id}: the gated script ran before consent`);
    return { shownMs: first.state.shown, scriptMs: first.scriptMs, htmlBytes: first.htmlBytes, bytes: first.bytes };
  } finally {
    await context.close();
  }
}

/**
 * `{ sizes: [{ entries, samples: { [id]: [sample] } }], contenders, failures }`, `min(runs, 5)`
 * rounds per size; a failed sample is named in `failures` and left out.
 */
export async function measurePeerScaling(browser, server, { bySize }, runs) {
  const rounds = Math.min(runs, MAX_SAMPLES);
  const contenders = bySize.get(SIZES[0]);
  const sizes = SIZES.map((entries) => ({ entries, samples: Object.fromEntries(contenders.map((c) => [c.id, []])) }));
  const failures = [];
  for (let round = 0; round < rounds; round += 1) {
    for (const [s, size] of sizes.entries()) {
      const list = bySize.get(size.entries);
      for (let i = 0; i < list.length; i += 1) {
        const contender = list[(round + s + i) % list.length];
        try {
          size.samples[contender.id].push(await sample(browser, server, size.entries, contender));
        } catch (error) {
          failures.push(`${size.entries} entries, ${contender.id}: ${error.message.split('\n')[0]}`);
        }
      }
    }
  }
  return { sizes, contenders, failures };
}
