import { rolldown } from 'rolldown';
import { minifyLiterals } from './build/minify-literals.mjs';
const b = await rolldown({ input: { 'cookie-elements': 'src/cookie-elements.ts' }, tsconfig: 'tsconfig.json', plugins: [minifyLiterals(), (await import("./build/explicit-msg-ids.mjs")).explicitMsgIds()], logLevel: 'silent' });
const out = await b.generate({ format: 'es', minify: true, comments: false, entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js', codeSplitting: { includeDependenciesRecursively: false, groups: [{ name: 'ui', test: /node_modules[\\/](lit-html[\\/](?!static)|lit[\\/]html|@lit[\\/]localize[\\/](lit-localize|init[\\/]install|internal[\\/](default-msg|str-tag|locale-status-event)))|src[\\/](controllers|i18n[\\/]detect\.|events[\\/](cookie-(show|after-show|hide|after-hide)|ui-source)|styles|i18n[\\/](text|direction|localize|msg)\.|internal[\\/](define|ui-registry)|components[\\/]cookie-banner[\\/](cookie-banner|define)\.)/ }] } });
for (const entry of out.output.filter((c) => c.type === "chunk" && /^(cookie|chunks\/(ui|localize))/.test(c.fileName))) { console.log("==", entry.fileName);
const mods = Object.entries(entry.modules).map(([k, v]) => [v.renderedLength, k.replace(process.cwd(), '')]).sort((a, b) => b[0] - a[0]);
for (const [n, k] of mods) console.log(String(n).padStart(6), k);
console.log("total", entry.code.length); }
