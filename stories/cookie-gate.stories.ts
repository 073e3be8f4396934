import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/components/cookie-gate/define.js';
import type { CookieGate } from '../src/components/cookie-gate/cookie-gate.js';
import { elementsRendered, setElsewhere } from './fixtures.js';

/** An image as a `data:` URL: the embeds load nothing from the network. */
const svgUrl = (svg: string) => `data:image/svg+xml,${encodeURIComponent(svg)}`;

/** The stand-in map (as the `/embeds` demo's `demo/map.svg`). */
const MAP = svgUrl(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 640 320">
  <rect width="640" height="320" fill="#e8efe4"/>
  <path d="M0 210 C160 190 300 250 640 200" stroke="#9fc3e8" stroke-width="28" fill="none"/>
  <g stroke="#fff" stroke-width="14" fill="none" stroke-linecap="round">
    <path d="M40 40 L600 90"/><path d="M120 0 L180 320"/><path d="M420 0 L380 320"/><path d="M0 140 L640 120"/>
  </g>
  <circle cx="330" cy="128" r="14" fill="#c62f47"/><circle cx="330" cy="128" r="5" fill="#fff"/>
  <text x="350" y="120" font-family="system-ui, sans-serif" font-size="18" fill="#1b1c22">Dumka studio</text>
</svg>`);

/** The stand-in video (a poster with a play button). */
const VIDEO = svgUrl(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 640 360">
  <rect width="640" height="360" fill="#1b1c22"/>
  <circle cx="320" cy="180" r="56" fill="#c62f47"/><path d="M302 150 L350 180 L302 210 Z" fill="#fff"/>
</svg>`);

/**
 * What each gate holds, in its `<template>`: stamped into the page only once the gate opens.
 * (A `<template>`'s content cannot hold Lit bindings: the image is written into the markup.)
 */
const EMBEDS: Record<string, ReturnType<typeof staticHtml>> = {
  openmaps: staticHtml`<template><img class="embed" src="${unsafeStatic(MAP)}" width="640" height="320" alt="Map: the streets around Dumka's studio, marked with a pin" /></template>`,
  streamtube: staticHtml`<template><img class="embed" src="${unsafeStatic(VIDEO)}" width="640" height="360" alt="Video: a tour of Dumka's studio (poster)" /></template>`,
};

export interface CookieGateArgs {
  service?: string;
  category?: string;
  label?: string;
}

/** The story's markup; tests may render it too. */
export const renderCookieGate = ({ service, category, label }: CookieGateArgs) =>
  html`<div class="gate-story">
    <cookie-gate service=${ifDefined(service)} category=${ifDefined(category)} label=${ifDefined(label)}>
      ${EMBEDS[service ?? ''] ?? EMBEDS.streamtube}
    </cookie-gate>
  </div>`;

/**
 * Holds an embed (a map, a video) in a `<template>` until its service or category is granted,
 * with a placeholder that names the provider and offers "Load once" (this page view only, nothing
 * recorded) and "Always allow" (a decision, method `gate`). The embeds here are images in
 * `data:` URLs: nothing comes from the network.
 */
const meta: Meta<CookieGateArgs> = {
  title: 'Elements/cookie-gate',
  component: 'cookie-gate',
  excludeStories: ['renderCookieGate'],
  render: renderCookieGate,
  args: { service: 'openmaps', label: "Map: Dumka's studio" },
  argTypes: {
    ...setElsewhere('theme', 'loaded'),
    service: { control: 'select', options: ['openmaps', 'streamtube'] },
    category: { control: 'select', options: ['functional', 'marketing'] },
  },
};
export default meta;

type Story = StoryObj<CookieGateArgs>;

/** Nothing decided: the map is blocked, its placeholder names the provider and offers both ways to load it. */
export const Blocked: Story = {};

/**
 * A gate that names only a category (`category="marketing"`): "Always allow" would grant the whole
 * category. Blocked, here after "Reject all".
 */
export const BlockedByCategory: Story = {
  tags: ['!autodocs'], // decided: see DECIDED_STORIES_IN_DOCS in fixtures.ts
  args: { service: undefined, category: 'marketing', label: 'Video: a tour of the studio' },
  parameters: { consent: 'reject-all' },
};

/** The map's service is granted (a custom decision): the gate is open and shows the embed. */
export const Loaded: Story = {
  tags: ['!autodocs'], // decided: see DECIDED_STORIES_IN_DOCS in fixtures.ts
  parameters: { consent: { services: { openmaps: true } } },
};

/** "Load once": the embed shows for this page view only, and nothing is recorded. */
export const LoadedOnce: Story = {
  play: async ({ canvasElement }) => {
    const gate = canvasElement.querySelector<CookieGate>('cookie-gate');
    await elementsRendered(canvasElement);
    gate?.shadowRoot?.querySelector<HTMLButtonElement>('[part~="load-button"]')?.click();
    for (let tries = 0; gate && !gate.open && tries < 50; tries++) await new Promise((r) => setTimeout(r, 20));
    await elementsRendered(canvasElement);
  },
};
