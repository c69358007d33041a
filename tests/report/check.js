// Open a report in headless Chromium over the DevTools protocol (a pipe,
// no npm package), and check it against what the database holds.
//
//   node tests/report/check.js CHROMIUM REPORT.html EXPECTED.json SHOT.png
//
// EXPECTED.json (written by tests/report/run.sh from the database):
//   { pairs: [{source, target, a_body, b_body,
//              spans: [{seq, kind, a_start, a_length, b_start, b_length}]}],
//     injected: "text that must show as text" | null }
// Checks: no console error, no exception, nothing fetched; no <script>
// element, no on* attribute, window.__pwned unset; each pair's panes show
// the two bodies exactly; the marked pieces cover, for each span, exactly
// its characters (1-based, in code points as SQLite counts) with its kind
// as a class, and nothing else is marked; "changed" pieces lie only in
// non-verbatim spans.  Prints "ok NAME" / "FAIL NAME: why" lines, saves a
// screenshot of the first screen, exits 1 on any failure.
'use strict';
const { spawn } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const [chromium, report, expectedPath, shot] = process.argv.slice(2);
const expected = JSON.parse(fs.readFileSync(expectedPath, 'utf8'));
let failures = 0;
function check(name, good, why) {
  if (good) console.log('ok   ' + name);
  else { failures++; console.log('FAIL ' + name + ': ' + why); }
}

const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'nw-report-'));
const browser = spawn(chromium, [
  '--headless=new', '--no-sandbox', '--disable-gpu', '--no-first-run',
  '--disable-extensions', '--disable-background-networking', '--disable-sync',
  '--remote-debugging-pipe', '--user-data-dir=' + profile, 'about:blank'],
  { stdio: ['ignore', 'ignore', 'pipe', 'pipe', 'pipe'] });
let stderr = '';
browser.stderr.on('data', (d) => { stderr += d; });
const toBrowser = browser.stdio[3];
const fromBrowser = browser.stdio[4];

// The protocol: JSON messages ended by a NUL byte, both ways.
let nextId = 1;
const pending = new Map();
const events = [];
let buffered = '';
fromBrowser.on('data', (chunk) => {
  buffered += chunk.toString('utf8');
  let end;
  while ((end = buffered.indexOf('\0')) >= 0) {
    const msg = JSON.parse(buffered.slice(0, end));
    buffered = buffered.slice(end + 1);
    if (msg.id && pending.has(msg.id)) {
      const { resolve, reject } = pending.get(msg.id);
      pending.delete(msg.id);
      if (msg.error) reject(new Error(msg.error.message)); else resolve(msg.result);
    } else if (msg.method) {
      events.push(msg);
    }
  }
});
function send(method, params, sessionId) {
  const id = nextId++;
  const msg = { id, method, params: params || {} };
  if (sessionId) msg.sessionId = sessionId;
  toBrowser.write(JSON.stringify(msg) + '\0');
  return new Promise((resolve, reject) => pending.set(id, { resolve, reject }));
}
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
async function waitFor(method, ms) {
  for (let t = 0; t < ms; t += 50) {
    if (events.some((e) => e.method === method)) return true;
    await sleep(50);
  }
  return false;
}

// Runs in the page: every pair's panes as pieces with offsets.
function readPage() {
  const cp = (s) => Array.from(s).length;
  const pairs = [];
  for (const sec of document.querySelectorAll('section.pair')) {
    const sides = {};
    for (const pane of sec.querySelectorAll('.pane')) {
      const side = pane.classList.contains('a') ? 'a' : 'b';
      const body = pane.querySelector('.body');
      const marks = [];
      let pos = 1;
      for (const node of body.childNodes) {
        const text = node.textContent;
        if (node.nodeType === 1) {
          marks.push({ tag: node.tagName, start: pos, length: cp(text),
                       r: (node.getAttribute('data-r') || '').split(' ').filter(Boolean).map(Number),
                       cls: Array.from(node.classList) });
        }
        pos += cp(text);
      }
      sides[side] = { article: Number(pane.getAttribute('data-article')), text: body.textContent, marks };
    }
    pairs.push({ id: sec.id, sides });
  }
  const onAttrs = Array.from(document.querySelectorAll('*')).filter(
    (el) => Array.from(el.attributes).some((a) => /^on/i.test(a.name))).length;
  return { title: document.title, pairs, scripts: document.scripts.length, onAttrs,
           pwned: typeof window.__pwned, svg: !!document.querySelector('.graph svg'),
           text: document.body.innerText };
}

function checkPair(exp, got) {
  const name = 'pair ' + exp.source + '->' + exp.target;
  if (!got) { check(name, false, 'not in the page'); return; }
  for (const side of ['a', 'b']) {
    const pane = got.sides[side];
    const body = side === 'a' ? exp.a_body : exp.b_body;
    if (!pane) { check(name + ' ' + side, false, 'no pane'); continue; }
    check(name + ' ' + side + ' body shown exactly', pane.text === body,
      'pane text differs from the article body (' + pane.text.length + ' vs ' + body.length + ' chars)');
    const marks = pane.marks.filter((m) => m.tag === 'MARK');
    check(name + ' ' + side + ' only marks in the body', marks.length === pane.marks.length,
      'other elements: ' + pane.marks.filter((m) => m.tag !== 'MARK').map((m) => m.tag).join(','));
    const bySeq = new Map(exp.spans.map((s) => [s.seq, s]));
    // each span: the union of the pieces naming it is exactly its range
    for (const s of exp.spans) {
      const start = side === 'a' ? s.a_start : s.b_start;
      const length = side === 'a' ? s.a_length : s.b_length;
      const mine = marks.filter((m) => m.r.includes(s.seq));
      let at = start, why = '';
      for (const m of mine) {
        if (m.start !== at) { why = 'piece at ' + m.start + ', expected ' + at; break; }
        if (!m.cls.includes('k-' + s.kind)) { why = 'piece at ' + m.start + ' lacks class k-' + s.kind; break; }
        at += m.length;
      }
      if (!why && at !== start + length) why = 'marked ' + start + '..' + at + ', span is ' + start + '+' + length;
      check(name + ' ' + side + ' span ' + s.seq + ' (' + s.kind + ')', !why, why);
    }
    // no piece names a span the table lacks, or a kind its spans lack;
    // changed words only inside spans that are not verbatim
    let extra = '';
    for (const m of marks) {
      const kinds = new Set(m.r.map((r) => bySeq.has(r) ? 'k-' + bySeq.get(r).kind : '?'));
      const cls = new Set(m.cls.filter((c) => c.startsWith('k-')));
      if (m.r.length === 0 || kinds.has('?') || kinds.size !== cls.size || [...kinds].some((k) => !cls.has(k)))
        extra = 'piece at ' + m.start + ' has r=' + m.r + ' class=' + m.cls.join(' ');
      if (m.cls.includes('chg') && m.r.some((r) => bySeq.get(r) && bySeq.get(r).kind === 'verbatim'))
        extra = 'changed words inside a verbatim span at ' + m.start;
    }
    check(name + ' ' + side + ' no other marks', !extra, extra);
  }
}

async function main() {
  const { targetId } = await send('Target.createTarget', { url: 'about:blank' });
  const { sessionId } = await send('Target.attachToTarget', { targetId, flatten: true });
  for (const m of ['Runtime.enable', 'Log.enable', 'Page.enable', 'Network.enable'])
    await send(m, {}, sessionId);
  await send('Emulation.setDeviceMetricsOverride',
    { width: 1440, height: 1000, deviceScaleFactor: 1, mobile: false }, sessionId);
  await send('Page.navigate', { url: 'file://' + path.resolve(report) }, sessionId);
  check('page loads', await waitFor('Page.loadEventFired', 20000), 'no load event in 20 s');
  await sleep(300);
  const { result } = await send('Runtime.evaluate',
    { expression: '(' + readPage.toString() + ')()', returnByValue: true }, sessionId);
  const page = result.value;
  const shotData = await send('Page.captureScreenshot', { format: 'png' }, sessionId);
  fs.writeFileSync(shot, Buffer.from(shotData.data, 'base64'));
  // NW_SHOTS=1: one more screenshot per section, SHOT-ID.png, to look at
  for (const id of process.env.NW_SHOTS ? ['graph', 'disagree', 'claims', 'timeline', 'articles'] : []) {
    await send('Runtime.evaluate', { expression: `document.getElementById('${id}').scrollIntoView()` }, sessionId);
    await sleep(100);
    const more = await send('Page.captureScreenshot', { format: 'png' }, sessionId);
    fs.writeFileSync(shot.replace(/\.png$/, '-' + id + '.png'), Buffer.from(more.data, 'base64'));
  }

  const errors = events.filter((e) =>
    e.method === 'Runtime.exceptionThrown' ||
    (e.method === 'Runtime.consoleAPICalled' && ['error', 'assert'].includes(e.params.type)) ||
    (e.method === 'Log.entryAdded' && e.params.entry.level === 'error'));
  check('no console errors', errors.length === 0,
    errors.map((e) => JSON.stringify(e.params).slice(0, 200)).join(' | '));
  const self = 'file://' + path.resolve(report);
  const fetched = events.filter((e) => e.method === 'Network.requestWillBeSent'
    && e.params.request.url !== self && !/^(data|about):/.test(e.params.request.url));
  check('nothing fetched', fetched.length === 0,
    fetched.map((e) => e.params.request.url).join(' '));
  check('no script runs', page.scripts === 0 && page.onAttrs === 0 && page.pwned === 'undefined',
    page.scripts + ' script elements, ' + page.onAttrs + ' on* attributes, __pwned ' + page.pwned);
  if (expected.injected)
    check('injected markup shown as text', page.text.includes(expected.injected),
      'the page text lacks ' + JSON.stringify(expected.injected));
  if (expected.svg !== undefined)
    check('graph ' + (expected.svg ? 'drawn' : 'absent, with the reason'),
      page.svg === expected.svg && (expected.svg || page.text.includes('No graph:')),
      'svg in page: ' + page.svg);
  check('one section per shown pair', page.pairs.length === expected.pairs.length,
    page.pairs.length + ' sections, ' + expected.pairs.length + ' pairs');
  for (const exp of expected.pairs)
    checkPair(exp, page.pairs.find((p) => p.id === 'pair-' + exp.source + '-' + exp.target));
}

main().catch((e) => { check('devtools session', false, e.message + ' ' + stderr.slice(0, 300)); })
  .finally(async () => {
    const gone = new Promise((r) => browser.once('exit', r));
    browser.kill();
    await Promise.race([gone, sleep(5000)]);
    try { fs.rmSync(profile, { recursive: true, force: true }); } catch (e) { /* left in tmp */ }
    process.exit(failures ? 1 : 0);
  });
