/**
 * Preloaded with `node --import` into the commands under test: any name lookup other than the
 * loopback's fails, as on an intranet without DNS to the internet, and is written to the file
 * named by DOSSIER_NETWORK_LOG so the test can see it (Astro swallows such failures).
 */
import dns from 'node:dns';
import { appendFileSync } from 'node:fs';

const loopback = new Set(['localhost', '127.0.0.1', '::1', '0.0.0.0', '::']);
const log = process.env.DOSSIER_NETWORK_LOG;

function refused(host) {
  if (log) appendFileSync(log, `${host}\n`);
  return Object.assign(new Error(`getaddrinfo ENOTFOUND ${host} (no network in tests)`), {
    code: 'ENOTFOUND',
    hostname: host,
  });
}

const lookup = dns.lookup;
dns.lookup = function (host, ...rest) {
  if (loopback.has(host)) return lookup.call(this, host, ...rest);
  const callback = rest.at(-1);
  process.nextTick(callback, refused(host));
  return {};
};
const promisesLookup = dns.promises.lookup;
dns.promises.lookup = function (host, ...rest) {
  if (loopback.has(host)) return promisesLookup.call(this, host, ...rest);
  return Promise.reject(refused(host));
};
