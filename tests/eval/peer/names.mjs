// compromise's names on CoNLL-2003 documents (tests/eval/public/names.sh).
//
// Reads a JSONL file written by tests/eval/public/conll.py and prints, for
// every document, TSV rows `doc<TAB>start<TAB>length<TAB>type` (no header),
// start/length in characters of the document's text (0-based):
// people/organizations/places -> PER/ORG/LOC.  compromise has no MISC.
//
// Usage: node tests/eval/peer/names.mjs conll-testa.jsonl > peer.tsv
import { readFileSync } from 'node:fs';
import nlp from 'compromise';

const path = process.argv[2];
if (!path) throw new Error('usage: node names.mjs FILE.jsonl');
const out = [];
for (const line of readFileSync(path, 'utf8').split('\n')) {
  if (!line) continue;
  const { doc, text } = JSON.parse(line);
  const d = nlp(text);
  for (const [method, type] of [['people', 'PER'], ['organizations', 'ORG'], ['places', 'LOC']]) {
    for (const m of d[method]().json({ offset: true })) {
      // the match's terms without their surrounding punctuation
      const terms = m.terms || [];
      if (!terms.length || !terms[0].offset) continue;
      const s = terms[0].offset.start;
      const last = terms[terms.length - 1].offset;
      const e = last.start + last.length;
      if (e > s) out.push([doc, s, e - s, type].join('\t'));
    }
  }
}
process.stdout.write(out.length ? out.join('\n') + '\n' : '');
