"""Load a folder of .txt articles into articles(...), as sql/load.sql does:
python3 examples/load.py news.db examples/corpus [./newswire]  (from the repository root)
The extension (its path without .so, ./newswire by default) reads the Published: dates;
what could not be read goes to load_report and is printed."""
import pathlib, sqlite3, sys
KEYS = ("source", "url", "published", "title")
con = sqlite3.connect(sys.argv[1])
con.enable_load_extension(True)
con.load_extension(sys.argv[3] if len(sys.argv) > 3 else "./newswire")
con.executescript(pathlib.Path("sql/schema.sql").read_text())   # articles, newswire_settings, load_report
for f in sorted(pathlib.Path(sys.argv[2]).glob("*.txt")):
    text, name = f.read_text(encoding="utf-8").replace("\r\n", "\n"), str(f)
    headed = text[:10].lower().startswith(tuple(k + ":" for k in KEYS))
    head, body = text.split("\n\n", 1) if headed and "\n\n" in text else ("", text)
    h, ignored = {}, []
    for line in head.split("\n") if head else []:   # the first line of each name, in any case
        key, _, value = line.partition(":")
        if key.lower() not in KEYS: ignored.append(f'header line "{line}" is not Source, URL, Published or Title: ignored')
        elif key.lower() in h: ignored.append(f'header line "{line}" repeats {key}: ignored')
        else: h[key.lower()] = value.strip(" ")
    url = h.get("url") or f"file:{name}"
    published = con.execute("SELECT newswire_date(?)", (h.get("published") or None,)).fetchone()[0]
    problems = ["a header without the blank line that ends it: the whole file loaded as the body"] if headed and not head else []
    if h.get("published") and published is None:
        problems.append(f'Published: "{h["published"]}" is not a date (ISO, August 15, 2016, 15 August 2016, 15/08/2016): loaded without one')
    problems += ignored
    con.execute("DELETE FROM load_report WHERE file = ?", (name,))
    for p in problems:
        con.execute("INSERT INTO load_report(file, url, problem) VALUES (?, ?, ?)", (name, url, p))
        print(f"{name}: {p}")
    con.execute("INSERT INTO articles(source, url, published, title, body) VALUES (?, ?, ?, ?, ?) ON CONFLICT(url) DO UPDATE SET "
                "source = excluded.source, published = excluded.published, title = excluded.title, body = excluded.body",
                (h.get("source") or f.stem, url, published, h.get("title") or None, body))
con.commit()
