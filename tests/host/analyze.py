"""make test: sql/analyze.sql through Python's sqlite3 executescript().

    python3 tests/host/analyze.py EXT DB [--fail-first]

DB holds the articles (examples/load.py).  Runs the analysis and prints
tests/host/dump.sql.  With --fail-first, the first run has its claims step
fail on purpose (a trigger on claim, created after
phase 1 alone made the tables): it must raise, leave no transaction
open and mark nothing analysed; the trigger is dropped and the second run
must repair everything, so the dump equals a clean run's.
"""
import sqlite3
import sys

ext, path = sys.argv[1], sys.argv[2]
fail_first = "--fail-first" in sys.argv[3:]
script = open("sql/analyze.sql", encoding="utf-8").read()
con = sqlite3.connect(path)
con.enable_load_extension(True)
con.load_extension(ext)
con.enable_load_extension(False)
con.execute("UPDATE newswire_settings SET value = 1 WHERE key = 'quiet'")
con.commit()


def one(sql):
    return con.execute(sql).fetchone()[0]


if fail_first:
    # phase 1 alone creates the tables, so that claim can have a trigger
    con.executescript(open("sql/analyze/1-schema.sql", encoding="utf-8").read())
    con.execute("CREATE TRIGGER fail_claims BEFORE INSERT ON claim "
                "BEGIN SELECT RAISE(ABORT, 'injected failure'); END")
    con.commit()
    try:
        con.executescript(script)
        sys.exit("analyze.py: the run with a failing step did not raise")
    except sqlite3.Error as e:
        assert "injected failure" in str(e), e
    assert not con.in_transaction, "a transaction was left open"
    assert one("SELECT count(*) FROM analyzed") == 0, "articles were marked analysed"
    last = one("SELECT step FROM newswire_status ORDER BY seq DESC LIMIT 1")
    assert last == "entities", last
    line = one("SELECT line FROM newswire_summary")
    assert line.startswith("the analysis stopped after step 5 (entities)"), line
    con.execute("DROP TRIGGER fail_claims")
    con.commit()
con.executescript(script)
for (line,) in con.execute(open("tests/host/dump.sql", encoding="utf-8").read()):
    print(line)
