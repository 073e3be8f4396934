/**
 * A rolldown plugin for the drop-in build. `src/i18n/localize-runtime.ts` loads each locale's
 * strings through a map of 35 static imports: what bundlers and the test server need to find the
 * modules. In the drop-in build each locale's first module is a chunk
 * `chunks/<id>/locales/<locale>.js` (see `chunkFileNames` in scripts/build.mjs), so once the chunks are rendered the
 * map becomes one template-string import of the same files, and a non-English first visit
 * downloads one import instead of 35. The map is checked entry by entry before it is replaced.
 */
const MAP = /\{\s*ar: \(\) => import\(([`"'])(\.\.?\/locales\/)ar\.js\1\)[^{}]*\}/;
const ENTRY = /^\s*(?:([\w]+)|"([\w-]+)"): \(\) => import\(([`"'])(\.\.?\/locales\/)([\w-]+)\.js\3\),?\s*$/;

export function localeImports() {
  return {
    name: 'cookie-elements:locale-imports',
    renderChunk(code, chunk) {
      if (!chunk.moduleIds.some((id) => /[\\/]src[\\/]i18n[\\/]localize-runtime\.ts$/.test(id))) return null;
      const map = MAP.exec(code);
      if (!map) this.error('localize-runtime: the map of locale imports was not found in the rendered chunk');
      const entries = map[0]
        .slice(1, -1)
        .split('\n')
        .filter((line) => line.trim());
      for (const line of entries) {
        const [, key, quoted, , dir, file] = ENTRY.exec(line) ?? [];
        if (!file || (key ?? quoted) !== file || dir !== map[2])
          this.error(`localize-runtime: unexpected locale import: ${line.trim()}`);
      }
      if (entries.length < 35) this.error(`localize-runtime: only ${entries.length} locale imports`);
      // The directory as the chunk names it (`../locales/` from the build's own directory).
      const loaders = `new Proxy({}, { get: (_, locale) => () => import(\`${map[2]}\${locale}.js\`) })`;
      return { code: code.replace(MAP, loaders), map: null };
    },
  };
}
