// Peer quotation finder for the newswire claims evaluation.
//
// Reads ../claims_docs.tsv (relative to this script), restores the literal
// `\n` paragraph separators, and prints for every quotation that compromise
// finds (nlp(body).quotations()) a TSV row `doc<TAB>speaker<TAB>content`
// (no header).  compromise does not attribute quotations, so speaker is
// always empty.  content is the quotation without its surrounding quote marks
// (and without punctuation/whitespace outside them), kept only when it is an
// exact substring of the body.  A quotation running over several paragraphs
// is cut at the first paragraph break, like the gold's "first part" rule.
//
// Usage: node tests/eval/peer/claims.mjs > peer_claims.tsv
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import nlp from 'compromise';

const here = dirname(fileURLToPath(import.meta.url));
const docsPath = join(here, '..', 'claims_docs.tsv');

function readDocs(path) {
  const lines = readFileSync(path, 'utf8').split(/\r?\n/);
  const header = lines.shift().split('\t');
  const iDoc = header.indexOf('doc');
  const iBody = header.indexOf('body');
  if (iDoc < 0 || iBody < 0) {
    throw new Error(`${path}: unexpected header ${header.join(',')}`);
  }
  return lines
    .filter((l) => l.length > 0)
    .map((l) => {
      const f = l.split('\t');
      return { doc: f[iDoc], body: f[iBody].replace(/\\n/g, '\n') };
    });
}

const Q = `"“”‘’'«»`;
// Anything that is not a word character before the opening mark, the mark.
const LEAD = new RegExp(`^[^\\p{L}\\p{N}${Q}]*[${Q}]`, 'u');
// The closing mark, then anything that is not a word character.
const TRAIL = new RegExp(`[${Q}][^\\p{L}\\p{N}${Q}]*$`, 'u');

function cleanQuote(raw, body) {
  let t = raw;
  const nl = t.indexOf('\n');
  if (nl >= 0) t = t.slice(0, nl); // multi-paragraph quote: first part only
  t = t.trim().replace(LEAD, '').replace(TRAIL, '').trim();
  if (!t || t.includes('\t')) return null;
  if (body.includes(t)) return t;
  // Fall back to trimming stray marks/punctuation at both ends.
  t = t.replace(new RegExp(`^[\\s${Q}]+|[\\s${Q}]+$`, 'gu'), '');
  return t && body.includes(t) ? t : null;
}

const out = [];
for (const { doc, body } of readDocs(docsPath)) {
  const view = nlp(body).quotations();
  for (const raw of view.out('array')) {
    const content = cleanQuote(raw, body);
    if (content) out.push([doc, '', content].join('\t'));
  }
}
process.stdout.write(out.length ? out.join('\n') + '\n' : '');
