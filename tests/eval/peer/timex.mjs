// chrono-node on TempEval-3 documents converted by tests/eval/public/tbaq.py.
//
// Usage: node tests/eval/peer/timex.mjs DIR > peer.tsv
// DIR/docs.tsv holds doc<TAB>dct<TAB>body (body escaped: \t \n \\).  Prints
// doc<TAB>start<TAB>end<TAB>type<TAB>value, 0-based [start,end) in code
// points, for every chrono.parse(body, dct at 12:00 UTC) result: TIME
// (value YYYY-MM-DDTHH:MM) when chrono is certain of the hour, else DATE
// (YYYY-MM-DD / YYYY-MM / YYYY by certainty, as tests/eval/peer/entities.mjs).
// chrono has no durations or sets.  Leading "on"/"at"/"in"/"since"/"by"/
// "from" and trailing punctuation are trimmed from its text, as TimeML
// leaves them out.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as chrono from 'chrono-node';

const dir = process.argv[2];
const unesc = (s) => s.replace(/\\(.)/g, (_, c) => ({ t: '\t', n: '\n', r: '\r' }[c] ?? c));
const pad = (n) => String(n).padStart(2, '0');
const cp = (s) => Array.from(s).length;
const out = [];
const lines = readFileSync(join(dir, 'docs.tsv'), 'utf8').split('\n').slice(1);
for (const line of lines) {
  if (!line) continue;
  const [doc, dct, raw] = line.split('\t');
  const body = unesc(raw);
  const ref = new Date(`${dct}T12:00:00Z`);
  for (const r of chrono.parse(body, ref)) {
    const s = r.start;
    const ymd = `${s.get('year')}`;
    let type = 'DATE', value;
    if (s.isCertain('hour')) {
      type = 'TIME';
      value = `${ymd}-${pad(s.get('month'))}-${pad(s.get('day'))}T${pad(s.get('hour'))}:${pad(s.get('minute'))}`;
    } else if (s.isCertain('day') || s.isCertain('weekday')) value = `${ymd}-${pad(s.get('month'))}-${pad(s.get('day'))}`;
    else if (s.isCertain('month')) value = `${ymd}-${pad(s.get('month'))}`;
    else value = ymd;
    let text = r.text, start = r.index;
    const lead = text.match(/^(?:on|at|in|since|by|from)\s+/i);
    if (lead) { start += lead[0].length; text = text.slice(lead[0].length); }
    text = text.replace(/[\s,.;:]+$/, '');
    const s0 = cp(body.slice(0, start));
    out.push([doc, s0, s0 + cp(text), type, value].join('\t'));
  }
}
process.stdout.write(out.length ? out.join('\n') + '\n' : '');
