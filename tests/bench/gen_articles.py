"""Generate a news-like article corpus with planted reuse for make bench.

    /usr/bin/python3 tests/bench/gen_articles.py DB N [SEED [FIRST_ID]]

Writes N articles into DB's articles table (sql/schema.sql): sentences of
words from a Zipf vocabulary, capitalised names, dates and figures; 10% of
the articles copy (verbatim or with a few words changed) two to four
paragraphs of an earlier article.  The planted (source, target) pairs go
to the table planted(source, target).
"""
import datetime
import itertools
import random
import sqlite3
import sys

db_path, n = sys.argv[1], int(sys.argv[2])
rng = random.Random(int(sys.argv[3]) if len(sys.argv) > 3 else 7)
first = int(sys.argv[4]) if len(sys.argv) > 4 else 1   # append after existing ids
syl = ["ka", "lo", "mi", "ra", "tu", "ne", "si", "po", "da", "ve", "zu", "ga",
       "ri", "mo", "te", "la", "shi", "bo", "qua", "fe"]
vocab = ["".join(rng.choice(syl) for _ in range(rng.randint(2, 4))) for _ in range(30000)]
weights = [1.0 / (i + 1) ** 0.9 for i in range(len(vocab))]
cum = list(itertools.accumulate(weights))  # once: choices() would redo it per call
names = [w.capitalize() for w in vocab[:2000]]
months = ["January", "March", "May", "July", "September", "November"]

def sentence():
    words = rng.choices(vocab, cum_weights=cum, k=rng.randint(8, 20))
    words[0] = words[0].capitalize()
    if rng.random() < 0.5:
        words.insert(rng.randint(1, len(words) - 1), rng.choice(names) + " " + rng.choice(names))
    if rng.random() < 0.3:
        words.append("on %d %s %d" % (rng.randint(1, 28), rng.choice(months), rng.randint(2015, 2025)))
    if rng.random() < 0.3:
        words.insert(rng.randint(1, len(words) - 1), "some %d %ss" % (rng.randint(2, 5000), rng.choice(vocab)))
    s = " ".join(words) + "."
    if rng.random() < 0.2:
        s = "\u201c" + s[:-1] + ",\u201d %s %s said." % (rng.choice(names), rng.choice(names))
    return s

def paragraph():
    return " ".join(sentence() for _ in range(rng.randint(2, 4)))

con = sqlite3.connect(db_path)
con.executescript(open("sql/schema.sql").read())
con.execute("CREATE TABLE IF NOT EXISTS planted(source INTEGER, target INTEGER)")
paras = []
rows, planted = [], []
for i in range(first, first + n):
    ps = [paragraph() for _ in range(rng.randint(4, 8))]
    if i - first > 20 and rng.random() < 0.1:
        src = rng.randint(first, i - 1)
        for p in rng.sample(paras[src - first], min(len(paras[src - first]), rng.randint(2, 4))):
            words = p.split(" ")
            for _ in range(rng.randint(0, 2)):
                words[rng.randrange(len(words))] = rng.choice(vocab)
            ps.insert(rng.randint(0, len(ps)), " ".join(words))
        planted.append((src, i))
    paras.append(ps)
    # publication dates follow ids (30 a day), so a copy is never older
    day = (datetime.date(2016, 1, 1) + datetime.timedelta(i // 30)).isoformat()
    rows.append((i, "Outlet %d" % (i % 50), "https://example.org/%d" % i, day,
                 "Title %d" % i, "\n".join(ps)))
con.executemany("INSERT INTO articles VALUES (?,?,?,?,?,?)", rows)
con.executemany("INSERT INTO planted VALUES (?,?)", planted)
con.commit()
print("generated %d articles (%.1f MB), %d planted copies" % (
    n, sum(len(r[5]) for r in rows) / 1e6, len(planted)))
