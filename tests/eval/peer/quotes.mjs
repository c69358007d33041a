// Peer quotations for make eval-public: compromise's nlp(body).quotations()
// on every DIR/text/*.txt, printed as `doc<TAB>quotation` rows (no
// header), each without its surrounding marks (see claims.mjs), so that the
// scorer can place it in the body.  compromise names no speaker.
//
// Usage: node tests/eval/peer/quotes.mjs DIR > peer.tsv
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import nlp from 'compromise';

const Q = `"“”‘’'«»`;
const LEAD = new RegExp(`^[^\\p{L}\\p{N}${Q}]*[${Q}]`, 'u');
const TRAIL = new RegExp(`[${Q}][^\\p{L}\\p{N}${Q}]*$`, 'u');

function cleanQuote(raw, body) {
  let t = raw.trim().replace(LEAD, '').replace(TRAIL, '').trim();
  if (!t || t.includes('\t') || t.includes('\n')) return null;
  if (body.includes(t)) return t;
  t = t.replace(new RegExp(`^[\\s${Q}]+|[\\s${Q}]+$`, 'gu'), '');
  return t && body.includes(t) ? t : null;
}

const dir = join(process.argv[2], 'text');
const out = [];
for (const name of readdirSync(dir).filter((n) => n.endsWith('.txt')).sort()) {
  const body = readFileSync(join(dir, name), 'utf8');
  const doc = name.slice(0, -4);
  for (const raw of nlp(body).quotations().out('array')) {
    // a quotation over several paragraphs: each paragraph's part
    for (const part of raw.split(/\n+/)) {
      const content = cleanQuote(part, body);
      if (content) out.push(`${doc}\t${content}`);
    }
  }
}
process.stdout.write(out.length ? out.join('\n') + '\n' : '');
