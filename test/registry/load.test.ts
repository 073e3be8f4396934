import { expect } from '@open-wc/testing';
import {
  findPageRegistry,
  loadRegistry,
  type LoadFailure,
  type LoadResult,
  type RegistrySource,
} from '../../src/registry/load.js';
import { codeOf, explain } from '../../src/consent/messages.js';

/** The message a site developer reads for a load failure (console and cookie-consent-error). */
function messageOf(failure: LoadFailure): string {
  return explain(failure.key, failure.args);
}

/** The `cookie-consent-error` code a failure is reported under, or `loaded` when it is none. */
function codeOfResult(result: LoadResult | RegistrySource | undefined): string {
  return result && 'ok' in result && !result.ok ? String(codeOf(result.key)) : 'loaded';
}

const REGISTRY = {
  version: 1,
  revision: 2,
  defaultLocale: 'en',
  categories: [{ id: 'essential', required: true, title: 'Essential' }],
};

/** A detached document whose head holds `markup`. */
function documentWith(markup: string): Document {
  const doc = document.implementation.createHTMLDocument('page');
  doc.head.innerHTML = markup;
  return doc;
}

/** A detached `<div>` holding `markup`. */
function divWith(markup: string): HTMLDivElement {
  const div = document.createElement('div');
  div.innerHTML = markup;
  return div;
}

function script(body: string, attributes = ''): string {
  return `<script type="application/json" data-cookie-registry ${attributes}>${body}</script>`;
}

/** The source found, failing the test when there is none or an error. */
function source(found: ReturnType<typeof findPageRegistry>): RegistrySource {
  expect(found, 'a registry source').not.to.equal(undefined);
  if (found && 'ok' in found) expect.fail(`expected a source, got ${codeOf(found.key)}: ${messageOf(found)}`);
  return found as RegistrySource;
}

function loaded(result: LoadResult): { raw: unknown; canonical: string } {
  if (!result.ok) expect.fail(`expected the registry to load, got ${codeOf(result.key)}: ${messageOf(result)}`);
  return result;
}

describe('findPageRegistry', () => {
  it('finds nothing in a page without a registry', () => {
    expect(findPageRegistry(documentWith('<script type="application/json">{}</script>'))).to.equal(undefined);
    expect(findPageRegistry(divWith('<p>no registry here</p>'))).to.equal(undefined);
  });

  it('ignores a data-cookie-registry script that is not JSON', () => {
    const doc = documentWith(`<script type="module" data-cookie-registry>${JSON.stringify(REGISTRY)}</script>`);
    expect(findPageRegistry(doc)).to.equal(undefined);
  });

  it('reads an inline registry as text', async () => {
    const doc = documentWith(script(JSON.stringify(REGISTRY)));
    const found = source(findPageRegistry(doc));
    expect(found).to.have.property('text', JSON.stringify(REGISTRY));
    expect(loaded(await loadRegistry(found)).raw).to.deep.equal(REGISTRY);
  });

  it('looks only inside the root it is given', () => {
    const div = divWith(`<section>${script(JSON.stringify(REGISTRY))}</section>`);
    expect(findPageRegistry(div)).to.have.property('text', JSON.stringify(REGISTRY));
    expect(findPageRegistry(divWith('<p></p>'))).to.equal(undefined);
  });

  it('takes a src attribute as the URL to fetch (resolved against the page when read: see loadRegistry)', () => {
    const found = source(findPageRegistry(divWith(script('', 'src="/examples/registries/dumka.json"'))));
    expect(found).to.deep.equal({ given: '/examples/registries/dumka.json' });
  });

  it('prefers src over the script text', () => {
    const found = source(
      findPageRegistry(documentWith(script('{"not": "this"}', 'src="/examples/registries/dumka.json"'))),
    );
    expect(found).to.have.property('given');
    expect(found).not.to.have.property('text');
  });

  it('reports two registries as an error', () => {
    const doc = documentWith(script(JSON.stringify(REGISTRY)) + script('', 'src="/examples/registries/dpokit.json"'));
    const found = findPageRegistry(doc);
    expect(codeOfResult(found)).to.equal('registry-multiple');
    expect(messageOf(found as LoadFailure))
      .to.include('2 registries')
      .and.include('exactly one');
  });
});

describe('loadRegistry', () => {
  it('fetches a registry from its src', async () => {
    const found = source(findPageRegistry(documentWith(script('', 'src="/examples/registries/dumka.json"'))));
    const { raw, canonical } = loaded(await loadRegistry(found));
    const expected: unknown = await (await fetch('/examples/registries/dumka.json')).json();
    expect(raw).to.deep.equal(expected);
    expect(canonical).to.equal(JSON.stringify(raw));
  });

  it('reports a src that answers 404, naming the URL and the status', async () => {
    const found = source(findPageRegistry(divWith(script('', 'src="/examples/registries/missing.json"'))));
    const result = await loadRegistry(found);
    expect(codeOfResult(result)).to.equal('registry-fetch');
    const message = messageOf(result as LoadFailure);
    expect(message).to.include(new URL('/examples/registries/missing.json', location.href).href);
    expect(message).to.include('404');
  });

  it('reports a src that is not JSON, naming the URL', async () => {
    const url = new URL('/test/helpers/blank.html', location.href).href;
    const result = await loadRegistry({ given: url });
    expect(codeOfResult(result)).to.equal('registry-json');
    expect(messageOf(result as LoadFailure))
      .to.include(url)
      .and.include('not valid JSON');
  });

  it('reports an inline registry that is not JSON, naming where it came from', async () => {
    const found = source(findPageRegistry(documentWith(script('{ "version": 1, }'))));
    const result = await loadRegistry(found);
    expect(codeOfResult(result)).to.equal('registry-json');
    expect(messageOf(result as LoadFailure))
      .to.include("the page's script")
      .and.include('[data-cookie-registry]')
      .and.include('not valid JSON');
  });

  it('reports an empty inline registry as not JSON', async () => {
    const result = await loadRegistry(source(findPageRegistry(documentWith(script('')))));
    expect(codeOfResult(result)).to.equal('registry-json');
  });

  it('gives the canonical JSON text of what it parsed', async () => {
    const text = '{\n  "version": 1,\n  "revision": 2, "categories": [ { "id": "essential" } ]\n}\n';
    const { raw, canonical } = loaded(await loadRegistry({ text, origin: 'test' }));
    expect(raw).to.deep.equal(JSON.parse(text));
    expect(canonical).to.equal(JSON.stringify(raw));
    expect(canonical).to.equal('{"version":1,"revision":2,"categories":[{"id":"essential"}]}');
  });

  it('takes an object, as a JSON copy', async () => {
    const object = structuredClone(REGISTRY);
    const { raw, canonical } = loaded(await loadRegistry({ given: object }));
    expect(raw).to.deep.equal(REGISTRY);
    expect(canonical).to.equal(JSON.stringify(raw));
    // the site changing its object afterwards does not change the registry in use
    object.revision = 99;
    object.categories[0]!.id = 'changed';
    expect(raw).to.deep.equal(REGISTRY);
  });

  it('drops what JSON cannot hold from an object, as the canonical text does', async () => {
    const object = { ...REGISTRY, updated: new Date(Date.UTC(2026, 4, 23)), note: undefined, hook: () => 1 };
    const { raw, canonical } = loaded(await loadRegistry({ given: object }));
    expect(raw).to.deep.equal({ ...REGISTRY, updated: '2026-05-23T00:00:00.000Z' });
    expect(canonical).to.equal(JSON.stringify(raw));
  });

  it('reports an object that cannot be JSON instead of throwing', async () => {
    const circular: Record<string, unknown> = { ...REGISTRY };
    circular.self = circular;
    for (const object of [circular, undefined, () => REGISTRY, { revision: 1n }]) {
      const result = await loadRegistry({ given: object });
      expect(codeOfResult(result)).to.equal('registry-json');
      expect(messageOf(result as LoadFailure)).to.include('not JSON');
    }
  });
});
