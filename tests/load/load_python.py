"""Load newswire from Python's standard sqlite3 module.

    python3 tests/load/load_python.py ./newswire
"""
import sqlite3
import sys

con = sqlite3.connect(":memory:")
con.enable_load_extension(True)
con.load_extension(sys.argv[1])
con.enable_load_extension(False)
version = con.execute("select newswire_version()").fetchone()[0]
assert version.startswith("newswire "), version
assert con.execute("select normalize('DAESH')").fetchone()[0] == "daesh"
rows = con.execute("select seq, text from sentences(?)",
                   ("Gen. Smith arrived. He spoke.",)).fetchall()
assert rows == [(1, "Gen. Smith arrived."), (2, "He spoke.")], rows
print("load_python: ok,", version)
