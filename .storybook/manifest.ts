/**
 * The custom elements manifest as Storybook should read it. Storybook turns every member of a
 * class into a control, private ones included; a site developer's API is the attributes (written
 * in HTML), the events, slots, parts and custom properties. So: public, writable, instance fields
 * only, and a field that an attribute already documents (`headingLevel` for `heading-level`) once,
 * as its attribute, which is what stories set.
 */
interface Member {
  kind: string;
  name: string;
  privacy?: string;
  static?: boolean;
  readonly?: boolean;
  type?: { text: string };
  description?: string;
}

interface Declaration {
  tagName?: string;
  members?: Member[];
  attributes?: { name: string; fieldName?: string }[];
}

interface Manifest {
  modules: { declarations?: Declaration[] }[];
}

export function publicManifest<T extends object>(manifest: T): T {
  const copy = structuredClone(manifest) as T & Manifest;
  for (const module of copy.modules) {
    for (const declaration of module.declarations ?? []) {
      if (!declaration.tagName) continue;
      const asAttribute = new Set(declaration.attributes?.map((attribute) => attribute.fieldName));
      declaration.members = declaration.members?.filter(
        (member) =>
          member.kind === 'field' &&
          (member.privacy ?? 'public') === 'public' &&
          !member.static &&
          !member.readonly &&
          (member.type !== undefined || member.description !== undefined) &&
          !asAttribute.has(member.name),
      );
    }
  }
  return copy;
}
