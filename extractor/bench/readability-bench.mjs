// Readability.js baseline: @mozilla/readability on linkedom, one core, same files as the Java CLI.
// usage: node readability-bench.mjs DIR   -> prints "N pages in S s (R pages/s)" like the Java CLI.
//        node readability-bench.mjs DIR WARMUP ROUNDS -> steady state: WARMUP untimed rounds, then the median of
//        ROUNDS timed rounds over the same pages (comparable with SteadyState.java).
import { readdirSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';

const dir = process.argv[2];
const files = readdirSync(dir).filter(f => f.endsWith('.html') || f.endsWith('.html.gz')).sort();
const pages = files.map(f => {
  const bytes = readFileSync(join(dir, f));
  return (f.endsWith('.gz') ? gunzipSync(bytes) : bytes).toString('utf8');
});
let failures = 0;
let cpuRates = [];
function round() {
  const cpu = process.cpuUsage();
  const start = process.hrtime.bigint();
  for (const html of pages) {
    try {
      const { document } = parseHTML(html);
      new Readability(document).parse();
    } catch (e) {
      failures++;
    }
  }
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const used = process.cpuUsage(cpu);
  cpuRates.push(pages.length / ((used.user + used.system) / 1e6));
  return seconds;
}
if (process.argv.length > 3) {
  const warmup = Number(process.argv[3]);
  const rounds = Number(process.argv[4] || 10);
  for (let r = 0; r < warmup; r++) round();
  const rates = [];
  cpuRates = [];
  for (let r = 0; r < rounds; r++) rates.push(pages.length / round());
  rates.sort((a, b) => a - b);
  cpuRates.sort((a, b) => a - b);
  const median = rates[Math.floor(rounds / 2)];
  console.log(`steady state, one thread: ${pages.length} pages x ${rounds} rounds (after ${warmup} warm-up rounds): `
    + `median ${median.toFixed(1)} pages/s (${(1000 / median).toFixed(2)} ms/page; rounds ${rates[0].toFixed(1)}-`
    + `${rates[rounds - 1].toFixed(1)}); by process CPU time ${cpuRates[Math.floor(rounds / 2)].toFixed(1)} pages/s`);
} else {
  const seconds = round();
  if (failures) console.error(`${failures} pages failed`);
  console.log(`${pages.length} pages in ${seconds.toFixed(2)} s (${(pages.length / seconds).toFixed(1)} pages/s)`);
}
