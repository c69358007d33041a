// make bench: the npm peers' throughput on the same generated corpus as
// entities(): compromise (people, organisations, places) and chrono-node
// (dates) over each article of FILE (articles separated by form feeds).
//   node tests/eval/peer/bench.mjs FILE
import { readFileSync } from 'node:fs';
import nlp from 'compromise';
import * as chrono from 'chrono-node';

const text = readFileSync(process.argv[2], 'utf8');
const articles = text.split('\f');
const ref = new Date('2024-08-15T12:00:00Z');
const start = process.hrtime.bigint();
let mentions = 0;
for (const a of articles) {
  const d = nlp(a);
  mentions += d.people().length + d.organizations().length + d.places().length;
  mentions += chrono.parse(a, ref).length;
}
const seconds = Number(process.hrtime.bigint() - start) / 1e9;
const mb = Buffer.byteLength(text) / 1e6;
const peak = Math.round(process.memoryUsage().rss / 1e6);
console.log(`peer compromise+chrono-node: ${mb.toFixed(1)} MB in ${seconds.toFixed(2)} s, ` +
            `${(mb / seconds).toFixed(2)} MB/s, ${mentions} mentions, rss ${peak} MB`);
