// Peer entity extractors for the newswire evaluation harness.
//
// Reads ../entities_docs.tsv (relative to this script) and prints, for every
// document, TSV rows `doc<TAB>text<TAB>type<TAB>value` (no header):
//   * compromise: people/organizations/places -> PERSON/ORG/GPE,
//                 money/percentages -> MONEY/PERCENT (value = parsed number);
//   * chrono-node: chrono.parse(body, reference_date at 12:00 UTC) -> DATE,
//                 value = YYYY-MM-DD / YYYY-MM / YYYY by certainty.
// Every printed `text` is an exact substring of the document body.
//
// Usage: node tests/eval/peer/entities.mjs > peer.tsv
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import nlp from 'compromise';
import * as chrono from 'chrono-node';

const here = dirname(fileURLToPath(import.meta.url));
const docsPath = join(here, '..', 'entities_docs.tsv');

function readDocs(path) {
  const lines = readFileSync(path, 'utf8').split(/\r?\n/);
  const header = lines.shift().split('\t');
  const iDoc = header.indexOf('doc');
  const iRef = header.indexOf('reference_date');
  const iBody = header.indexOf('body');
  if (iDoc < 0 || iRef < 0 || iBody < 0) {
    throw new Error(`${path}: unexpected header ${header.join(',')}`);
  }
  return lines
    .filter((l) => l.length > 0)
    .map((l) => {
      const f = l.split('\t');
      return { doc: f[iDoc], ref: f[iRef], body: f[iBody] };
    });
}

// compromise can carry surrounding punctuation (e.g. "3.5%,", "Britain's")
// in its text; trim it until the text is an exact substring of the body.
const LEAD = /^[\s"'“”‘’(\[{«]+/u;
const TRAIL = /[\s.,;:!?"'“”‘’)\]}»]+$/u;
const POSS = /['’]s?$/u;

function cleanText(text, body) {
  let t = text;
  for (let i = 0; i < 5; i++) {
    const before = t;
    t = t.replace(LEAD, '').replace(TRAIL, '');
    if (!body.includes(t)) t = t.replace(POSS, '');
    if (t === before) break;
  }
  t = t.trim();
  return t && body.includes(t) ? t : null;
}

function fmtNum(n) {
  return typeof n === 'number' && Number.isFinite(n) ? String(n) : '';
}

const out = [];
function emit(doc, text, type, value) {
  out.push([doc, text, type, value ?? ''].join('\t'));
}

function compromiseRows(doc, body) {
  const d = nlp(body);
  const names = [
    ['people', 'PERSON'],
    ['organizations', 'ORG'],
    ['places', 'GPE'],
  ];
  for (const [method, type] of names) {
    if (typeof d[method] !== 'function') continue;
    for (const raw of d[method]().out('array')) {
      const t = cleanText(raw, body);
      if (t) emit(doc, t, type, '');
    }
  }
  // Numbers live in compromise's default (full) build; no plugins are used.
  // Value: compromise's own parse of the match, scale words applied
  // ("2.9 billion euros" -> 2900000000), else the json num field.
  const numeric = [
    ['money', 'MONEY', (j) => j.money?.num ?? j.number?.num],
    ['percentages', 'PERCENT', (j) => j.number?.num],
  ];
  for (const [method, type, jsonNum] of numeric) {
    if (typeof d[method] !== 'function') continue;
    const view = d[method]();
    const texts = view.out('array');
    const json = view.json();
    texts.forEach((raw, i) => {
      const t = cleanText(raw, body);
      if (!t) return;
      let num;
      if (typeof view.eq === 'function') {
        const m = view.eq(i);
        if (typeof m.numbers === 'function') num = m.numbers().get()[0];
      }
      if (typeof num !== 'number') num = jsonNum(json[i] ?? {});
      emit(doc, t, type, fmtNum(num));
    });
  }
}

const pad = (n) => String(n).padStart(2, '0');

function chronoRows(doc, ref, body) {
  const refDate = new Date(`${ref}T12:00:00Z`);
  if (Number.isNaN(refDate.getTime())) throw new Error(`${doc}: bad reference_date ${ref}`);
  for (const r of chrono.parse(body, refDate)) {
    const s = r.start;
    const y = s.get('year');
    let value;
    // A weekday ("on Tuesday") is a resolved day too: chrono computes it
    // but does not mark the day as certain.
    if (s.isCertain('day') || s.isCertain('weekday')) value = `${y}-${pad(s.get('month'))}-${pad(s.get('day'))}`;
    else if (s.isCertain('month')) value = `${y}-${pad(s.get('month'))}`;
    else value = `${y}`;
    // Fair to the peer: the gold's mention is the date itself, without
    // chrono's leading "on"/"at"/"in" and trailing punctuation.
    const text = r.text.replace(/^(?:on|at|in|since|by|from)\s+/i, '').replace(/[\s,.;:]+$/, '');
    emit(doc, body.includes(text) ? text : r.text, 'DATE', value);
  }
}

for (const { doc, ref, body } of readDocs(docsPath)) {
  compromiseRows(doc, body);
  chronoRows(doc, ref, body);
}
process.stdout.write(out.length ? out.join('\n') + '\n' : '');
