"""The corpus analysis in shards across machines, run by Dask distributed.

    /usr/bin/python3 examples/dask/run.py news.db --scheduler tcp://HOST:8786 \
        [--shards N] [--by id|range|outlet|month|EXPR] [--extension PATH]

Needs python3-distributed (Debian) on the client and on every worker, and
newswire.so at the same path on every machine (--extension, default
./newswire from the repository root, made absolute).  The machines share
no files: the client deals the articles out (examples/shards/deal.sh),
sends each shard's articles and settings to a worker as a task, and the
worker analyses them in a database of its own (sql/shard.sql, with its own
SQLite connection and the extension loaded there) and sends the database
back.  The client writes each one to news.db.shards/shard_N.db as it
arrives, merges them into news.db (sql/merge.sql) and runs sql/analyze.sql
there: the same rows as one sql/analyze.sql over news.db.

Restartable at both ends: a task whose worker dies (killed, machine lost)
is run again by Dask on another worker; and a shard file already here
whose prepared articles are the articles dealt to it, unchanged (same
hashes), is not sent again, so running the command again after the client
stopped redoes only what was missing.

    dask-scheduler --host 0.0.0.0 --port 8786          # on one machine
    dask-worker tcp://HOST:8786 --nthreads 1 --nworkers 4    # on each
    /usr/bin/python3 examples/dask/run.py news.db --scheduler tcp://HOST:8786
"""
import argparse
import os
import sqlite3
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
COLUMNS = "id, source, url, published, title, body"


def read_sql(name):
    with open(os.path.join(ROOT, "sql", name), encoding="utf-8") as f:
        return f.read()


def connect(path, extension):
    con = sqlite3.connect(path, isolation_level=None)
    con.enable_load_extension(True)
    con.load_extension(extension)
    con.enable_load_extension(False)
    return con


def analyse_shard(shard, rows, settings, extension, schema_sql, shard_sql, log=None):
    """On a worker: one shard's articles analysed by sql/shard.sql in a
    database of the worker's own; returns the database's bytes."""
    if log:
        with open(log, "a", encoding="utf-8") as f:
            f.write("start %d %d\n" % (shard, os.getpid()))
    with tempfile.TemporaryDirectory(prefix="newswire-shard-") as tmp:
        path = os.path.join(tmp, "shard_%d.db" % shard)
        con = connect(path, extension)
        con.executescript(schema_sql)
        con.execute("BEGIN")
        con.executemany("INSERT INTO articles(%s) VALUES (?, ?, ?, ?, ?, ?)" % COLUMNS, rows)
        con.execute("DELETE FROM newswire_settings")
        con.executemany("INSERT INTO newswire_settings(key, value, about) VALUES (?, ?, ?)",
                        settings)
        con.execute("UPDATE newswire_settings SET value = 1 WHERE key = 'quiet'")
        con.execute("COMMIT")
        con.executescript(shard_sql)
        con.close()
        with open(path, "rb") as f:
            return f.read()


def shard_is_current(con, path, shard):
    """True if the shard file here prepared exactly the articles dealt to
    shard, with the bodies they have now."""
    if not os.path.exists(path):
        return False
    con.execute("ATTACH ? AS have", (path,))
    try:
        missing = con.execute(
            "SELECT count(*) FROM newswire_shard s JOIN articles a ON a.id = s.article"
            " WHERE s.shard = ? AND NOT EXISTS (SELECT 1 FROM have.prepared p"
            "   WHERE p.article = a.id AND p.body_hash = newswire_hash(a.body)"
            "   AND p.about_hash = newswire_hash(coalesce(a.source, '') || char(31)"
            "                                    || coalesce(a.published, '')))",
            (shard,)).fetchone()[0]
        extra = con.execute(
            "SELECT count(*) FROM have.prepared p WHERE NOT EXISTS (SELECT 1 FROM"
            " newswire_shard s WHERE s.article = p.article AND s.shard = ?)",
            (shard,)).fetchone()[0]
        return missing == 0 and extra == 0
    except sqlite3.Error:
        return False            # not a finished shard: send it again
    finally:
        con.execute("DETACH have")


def write_atomically(path, data):
    tmp = path + ".part"
    with open(tmp, "wb") as f:
        f.write(data)
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, path)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("db")
    ap.add_argument("--scheduler", required=True, help="tcp://HOST:PORT of dask-scheduler")
    ap.add_argument("--shards", type=int, default=4)
    ap.add_argument("--by", default="range")
    ap.add_argument("--extension", default=os.path.join(ROOT, "newswire"))
    ap.add_argument("--log", help="(tests) a file each task appends 'start SHARD PID' to")
    args = ap.parse_args(argv)
    if args.shards < 1:
        ap.error("--shards must be 1 or more")
    from dask.distributed import Client, as_completed

    extension = os.path.abspath(args.extension)
    t0 = time.time()
    subprocess.run(["sh", os.path.join(ROOT, "examples/shards/deal.sh"), args.db,
                    str(args.shards), args.by], check=True)
    con = connect(args.db, extension)
    settings = con.execute("SELECT key, value, about FROM newswire_settings").fetchall()
    folder = args.db + ".shards"
    os.makedirs(folder, exist_ok=True)
    schema_sql, shard_sql = read_sql("schema.sql"), read_sql("shard.sql")

    client = Client(args.scheduler)
    futures, sent = {}, 0
    for shard in range(args.shards):
        path = os.path.join(folder, "shard_%d.db" % shard)
        if shard_is_current(con, path, shard):
            continue
        rows = con.execute("SELECT %s FROM articles WHERE id IN (SELECT article FROM"
                           " newswire_shard WHERE shard = ?) ORDER BY id" % COLUMNS,
                           (shard,)).fetchall()
        fut = client.submit(analyse_shard, shard, rows, settings, extension, schema_sql,
                            shard_sql, args.log, key="newswire-shard-%d-%d" % (shard, t0 * 1e6),
                            retries=2)
        futures[fut] = path
        sent += 1
    for fut in as_completed(list(futures)):
        write_atomically(futures[fut], fut.result())
    client.close()
    t1 = time.time()
    # a shard file of an earlier run with more shards holds nothing now
    shard = args.shards
    while os.path.exists(os.path.join(folder, "shard_%d.db" % shard)):
        os.remove(os.path.join(folder, "shard_%d.db" % shard))
        shard += 1

    merge_sql, analyze_sql = read_sql("merge.sql"), read_sql("analyze.sql")
    for shard in range(args.shards):
        con.execute("ATTACH ? AS shard", (os.path.join(folder, "shard_%d.db" % shard),))
        con.executescript(merge_sql)
        con.execute("DETACH shard")
    t2 = time.time()
    con.executescript(analyze_sql)
    print(con.execute("SELECT line FROM newswire_summary").fetchone()[0])
    con.close()
    t3 = time.time()
    print("examples/dask/run.py: %d shards (%d sent to workers): %.1f s; merge %.1f s;"
          " steps across the corpus %.1f s" % (args.shards, sent, t1 - t0, t2 - t1, t3 - t2),
          file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
