// A self-signed certificate made for one test run (openssl, from Debian), for https test servers
// on 127.0.0.1: `names` are its DNS names (the first is the subject), besides IP 127.0.0.1.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export function selfSigned(dir, names = []) {
  const subject = names[0] ?? '127.0.0.1';
  const alt = [...names.map((name) => `DNS:${name}`), 'IP:127.0.0.1'].join(',');
  execFileSync(
    'openssl',
    ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', `/CN=${subject}`].concat([
      '-addext',
      `subjectAltName=${alt}`,
      '-keyout',
      join(dir, 'key.pem'),
      '-out',
      join(dir, 'cert.pem'),
    ]),
    { stdio: 'ignore' },
  );
  return { key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) };
}
