// Load a folder of .txt articles into articles(...), as sql/load.sql does, with better-sqlite3 12:
// node examples/load.cjs news.db examples/corpus  (from the repository root)
const fs = require("node:fs"), path = require("node:path"), Database = require("better-sqlite3");
const [file, dir] = process.argv.slice(2), db = new Database(file);
db.exec(fs.readFileSync("sql/schema.sql", "utf8"));   // articles, newswire_settings
const put = db.prepare(`INSERT INTO articles(source, url, published, title, body) VALUES (?, ?, ?, ?, ?) ON CONFLICT(url) DO UPDATE SET
  source = excluded.source, published = excluded.published, title = excluded.title, body = excluded.body`);
for (const name of fs.readdirSync(dir).filter((n) => n.endsWith(".txt")).sort()) {
  const text = fs.readFileSync(path.join(dir, name), "utf8").replaceAll("\r\n", "\n"), i = /^(Source|URL|Published|Title):/.test(text) ? text.indexOf("\n\n") : -1;
  const h = Object.fromEntries(text.slice(0, Math.max(i, 0)).split("\n").map((l) => [l.split(":")[0], l.slice(l.indexOf(":") + 1).trim()]));
  put.run(h.Source || name.slice(0, -4), h.URL || `file:${path.join(dir, name)}`, h.Published || null, h.Title || null, i < 0 ? text : text.slice(i + 2));
}
