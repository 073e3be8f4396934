/**
 * What a `<cookie-gate>` holds, Lit-free: its `<template>`s are stamped into the page (after them,
 * in its light DOM) when the gate opens, and removed again when a grant that opened it is
 * withdrawn. Enforcement opens granted gates without loading any UI; the element (loaded only
 * while a gate is blocked) shows the placeholder and opens the gate on "Load once" / "Always allow".
 *
 * The gate's state is its `loaded` attribute (for CSS; set by the suite, not by the site):
 * absent while blocked, `""` when opened by a grant, `"once"` when the visitor loaded it for this
 * page view only (a later withdrawal then leaves it: nothing was granted).
 */
import type { ConsentDetail } from '../consent/types.js';

/** The tag enforcement looks for (the drop-in's; an element registered under another name opens itself). */
export const GATE: string = 'cookie-gate';

/** The grant a gate needs: its `service` when it names one, else its `category`; undefined for an unknown id. */
export function gateGranted(gate: Element, { categories, services }: ConsentDetail): boolean | undefined {
  const service = gate.getAttribute('service');
  return service ? services[service] : categories[gate.getAttribute('category') ?? ''];
}

/** The nodes each open gate stamped (only those go when it closes: the site's other children stay). */
const stamped = new WeakMap<Element, Node[]>();

/** Shows what the gate holds (once: an open gate stays as it is). */
export function openGate(gate: Element, once = false): void {
  if (gate.hasAttribute('loaded')) return;
  gate.setAttribute('loaded', once ? 'once' : '');
  const nodes: Node[] = [];
  for (const template of gate.querySelectorAll<HTMLTemplateElement>(':scope > template')) {
    const content = document.importNode(template.content, true);
    nodes.push(...content.childNodes);
    template.after(content);
  }
  stamped.set(gate, nodes);
}

/** Removes what a grant had loaded (an iframe stops; a script that ran cannot be undone). */
export function closeGate(gate: Element): void {
  if (gate.getAttribute('loaded') !== '') return;
  gate.removeAttribute('loaded');
  for (const node of stamped.get(gate) ?? []) (node as ChildNode).remove();
  stamped.delete(gate);
}

/** Opens the granted gates under `root` and closes the withdrawn ones; says whether any stays blocked. */
export function applyGates(detail: ConsentDetail, root: ParentNode = document): boolean {
  let blocked = false;
  const gates = [...root.querySelectorAll(GATE)];
  if (root instanceof Element && root.localName === GATE) gates.push(root);
  for (const gate of gates) {
    if (gateGranted(gate, detail)) openGate(gate);
    else {
      closeGate(gate);
      blocked ||= !gate.hasAttribute('loaded');
    }
  }
  return blocked;
}
