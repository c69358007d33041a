// make test: sql/analyze.sql through better-sqlite3's db.exec().
//
//   node tests/host/analyze.cjs EXT DB [--fail-first]
//
// As tests/host/analyze.py: DB holds the articles; prints tests/host/dump.sql;
// --fail-first makes the first run's claims step fail and checks that
// nothing was marked analysed, then repairs.
const fs = require("node:fs");
const Database = require("better-sqlite3");

const [ext, file, flag] = process.argv.slice(2);
const script = fs.readFileSync("sql/analyze.sql", "utf8");
const db = new Database(file);
db.loadExtension(ext);
db.exec("UPDATE newswire_settings SET value = 1 WHERE key = 'quiet'");
const one = (sql) => db.prepare(sql).pluck().get();
function check(ok, what) {
  if (!ok) { console.error(`analyze.cjs: ${what}`); process.exit(1); }
}

if (flag === "--fail-first") {
  db.exec(fs.readFileSync("sql/analyze/1-schema.sql", "utf8"));  // the tables, for the trigger
  db.exec("CREATE TRIGGER fail_claims BEFORE INSERT ON claim BEGIN SELECT RAISE(ABORT, 'injected failure'); END");
  let error = null;
  try { db.exec(script); } catch (e) { error = e; }
  check(error && /injected failure/.test(error.message), `the failing run gave ${error}`);
  check(!db.inTransaction, "a transaction was left open");
  check(one("SELECT count(*) FROM analyzed") === 0, "articles were marked analysed");
  const line = one("SELECT line FROM newswire_summary");
  check(line.startsWith("the analysis stopped after step 5 (entities)"), line);
  db.exec("DROP TRIGGER fail_claims");
}
db.exec(script);
for (const line of db.prepare(fs.readFileSync("tests/host/dump.sql", "utf8")).pluck().all()) {
  console.log(line);
}
