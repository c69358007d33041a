"""Load a folder of .txt articles into articles(...), as sql/load.sql does:
python3 examples/load.py news.db examples/corpus  (from the repository root)"""
import pathlib, sqlite3, sys
con = sqlite3.connect(sys.argv[1])
con.executescript(pathlib.Path("sql/schema.sql").read_text())   # articles, newswire_settings
for f in sorted(pathlib.Path(sys.argv[2]).glob("*.txt")):
    text = f.read_text(encoding="utf-8").replace("\r\n", "\n")
    head, body = text.split("\n\n", 1) if text.startswith(("Source:", "URL:", "Published:", "Title:")) and "\n\n" in text else ("", text)
    h = {k: v.strip() for k, _, v in (line.partition(":") for line in head.splitlines())}
    con.execute("INSERT INTO articles(source, url, published, title, body) VALUES (?, ?, ?, ?, ?) ON CONFLICT(url) DO UPDATE SET "
                "source = excluded.source, published = excluded.published, title = excluded.title, body = excluded.body",
                (h.get("Source") or f.stem, h.get("URL") or f"file:{f}", h.get("Published") or None, h.get("Title") or None, body))
con.commit()
