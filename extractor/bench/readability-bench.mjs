// Readability.js baseline: @mozilla/readability on linkedom, one core, same files as the Java CLI.
// usage: node readability-bench.mjs DIR   -> prints "N pages in S s (R pages/s)" like the Java CLI.
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
const start = process.hrtime.bigint();
let failures = 0;
for (const html of pages) {
  try {
    const { document } = parseHTML(html);
    new Readability(document).parse();
  } catch (e) {
    failures++;
  }
}
const seconds = Number(process.hrtime.bigint() - start) / 1e9;
if (failures) console.error(`${failures} pages failed`);
console.log(`${pages.length} pages in ${seconds.toFixed(2)} s (${(pages.length / seconds).toFixed(1)} pages/s)`);
