#!/usr/bin/env node
/**
 * `npm start`: builds, then serves the two demo sites on 127.0.0.1 (PORT, default 4173) until
 * Ctrl-C: Dumka (the second reference site: banner, settings, policy tables) at `/`, and DPOKit
 * (the first: only strictly necessary cookies, so no banner and nothing written) at `/essential/`.
 */
import { execFileSync } from 'node:child_process';
import { root, startServer } from './serve.mjs';

execFileSync(process.execPath, [`${root}scripts/build.mjs`], { stdio: 'inherit' });
const { url } = await startServer({ port: Number(process.env.PORT ?? 4173) });
const pages = [
  ['', 'Dumka: essential, analytics and functional categories (banner, settings)'],
  ['cookie-policy', "Dumka's cookie policy (tables, inline settings)"],
  ['embeds', 'Dumka: a map behind <cookie-gate>, and the consent records this server received'],
  ['essential/', 'DPOKit: strictly necessary cookies only (no banner, nothing written)'],
  ['essential/cookie-policy', "DPOKit's cookie policy"],
];
const width = Math.max(...pages.map(([path]) => (url + path).length)) + 2;
console.log(
  `\ncookie-elements demo sites:\n${pages.map(([path, what]) => `  ${(url + path).padEnd(width)}${what}`).join('\n')}\nCtrl-C stops the server.`,
);
