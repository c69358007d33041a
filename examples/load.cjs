// Load a folder of .txt articles into articles(...), as sql/load.sql does, with better-sqlite3 12:
// node examples/load.cjs news.db examples/corpus [./newswire]  (from the repository root)
// The extension (its path without .so, ./newswire by default) reads the Published: dates;
// what could not be read goes to load_report and is printed.
const fs = require("node:fs"), path = require("node:path"), Database = require("better-sqlite3");
const [file, dir, ext = "./newswire"] = process.argv.slice(2), db = new Database(file);
const KEYS = ["source", "url", "published", "title"];
db.loadExtension(ext);
db.exec(fs.readFileSync("sql/schema.sql", "utf8"));   // articles, newswire_settings, load_report
const put = db.prepare(`INSERT INTO articles(source, url, published, title, body) VALUES (?, ?, ?, ?, ?) ON CONFLICT(url) DO UPDATE SET
  source = excluded.source, published = excluded.published, title = excluded.title, body = excluded.body`);
const date = db.prepare("SELECT newswire_date(?)").pluck(), forget = db.prepare("DELETE FROM load_report WHERE file = ?");
const report = db.prepare("INSERT INTO load_report(file, url, problem) VALUES (?, ?, ?)");
for (const base of fs.readdirSync(dir).filter((n) => n.endsWith(".txt")).sort()) {
  const name = path.join(dir, base), text = fs.readFileSync(name, "utf8").replaceAll("\r\n", "\n");
  const headed = KEYS.some((k) => text.slice(0, 10).toLowerCase().startsWith(k + ":")), i = headed ? text.indexOf("\n\n") : -1;
  const h = {}, ignored = [];
  for (const line of i < 0 ? [] : text.slice(0, i).split("\n")) {   // the first line of each name, in any case
    const key = line.split(":")[0].toLowerCase(), value = line.includes(":") ? line.slice(line.indexOf(":") + 1).replace(/^ +| +$/g, "") : "";
    if (!line.includes(":") || !KEYS.includes(key)) ignored.push(`header line "${line}" is not Source, URL, Published or Title: ignored`);
    else if (key in h) ignored.push(`header line "${line}" repeats ${line.split(":")[0]}: ignored`);
    else h[key] = value;
  }
  const url = h.url || `file:${name}`, published = date.get(h.published || null);
  const problems = headed && i < 0 ? ["a header without the blank line that ends it: the whole file loaded as the body"] : [];
  if (h.published && published === null) {
    problems.push(`Published: "${h.published}" is not a date (ISO, August 15, 2016, 15 August 2016, 15/08/2016): loaded without one`);
  }
  problems.push(...ignored);
  forget.run(name);
  for (const p of problems) { report.run(name, url, p); console.log(`${name}: ${p}`); }
  put.run(h.source || base.slice(0, -4), url, published, h.title || null, i < 0 ? text : text.slice(i + 2));
}
