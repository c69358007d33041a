"""make test-distributed: Dask distributed on 127.0.0.1 runs the analysis in
3 shards (examples/dask/run.py) while one worker is killed, and the corpus
answers equal one process's.

    /usr/bin/python3 tests/distributed/test.py EXT WORKDIR

Starts dask-scheduler and two dask-worker processes (one thread each, with
their nannies) on loopback, generates a corpus (tests/bench/gen_articles.py),
analyses one copy with sql/analyze.sql in one process and another with
examples/dask/run.py in 3 shards; as soon as a worker is running a shard, its
process is killed (SIGKILL): the nanny starts a new one, Dask runs the lost
task again, and the views (tests/shards/views.sql) must be the same.  Then
the command again: nothing is sent (the shards are current).  Prints ok/FAIL
lines and "N passed, N failed".
"""
import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import threading
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
EXT, WORK = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
PY = sys.executable
results = []


def check(name, cond, detail=""):
    results.append(bool(cond))
    print(("ok   " if cond else "FAIL ") + name + ((": " + detail) if detail and not cond else ""))


def views(db):
    out = subprocess.run(["sqlite3", db, "-cmd", ".load " + EXT],
                         stdin=open(os.path.join(ROOT, "tests/shards/views.sql")),
                         capture_output=True, text=True)
    return out.stdout + out.stderr


def wait_for(pred, seconds, what):
    end = time.time() + seconds
    while time.time() < end:
        if pred():
            return True
        time.sleep(0.05)
    print("timed out waiting for " + what)
    return False


shutil.rmtree(WORK, ignore_errors=True)
os.makedirs(WORK)
sched_file = os.path.join(WORK, "scheduler.json")
procs = []
env = dict(os.environ, DASK_DISTRIBUTED__WORKER__DAEMON="False")
log = open(os.path.join(WORK, "dask.log"), "w")
procs.append(subprocess.Popen(["dask-scheduler", "--host", "127.0.0.1", "--port", "0",
                               "--no-dashboard", "--scheduler-file", sched_file],
                              stdout=log, stderr=log, env=env))
wait_for(lambda: os.path.exists(sched_file), 60, "the scheduler")
for name in ("w1", "w2"):
    procs.append(subprocess.Popen(["dask-worker", "--scheduler-file", sched_file, "--nthreads", "1",
                                   "--name", name, "--no-dashboard", "--host", "127.0.0.1"],
                                  stdout=log, stderr=log, env=env))
try:
    from dask.distributed import Client
    address = json.load(open(sched_file))["address"]
    client = Client(address)
    check("distributed/cluster (a scheduler and two workers on 127.0.0.1)",
          wait_for(lambda: len(client.scheduler_info()["workers"]) == 2, 60, "two workers"))

    one, dist = os.path.join(WORK, "one.db"), os.path.join(WORK, "dist.db")
    subprocess.run([PY, os.path.join(ROOT, "tests/bench/gen_articles.py"), one, "1500"],
                   check=True, capture_output=True)
    shutil.copy(one, dist)
    subprocess.run(["sqlite3", "-bail", one, "-cmd", ".load " + EXT, "-cmd",
                    "UPDATE newswire_settings SET value = 1 WHERE key = 'quiet'"],
                   stdin=open(os.path.join(ROOT, "sql/analyze.sql")), check=True,
                   capture_output=True)

    # kill the first worker seen running a shard, once
    starts = os.path.join(WORK, "starts.log")
    killed = {}

    def killer():
        def busy():
            for addr, tasks in client.processing().items():
                if tasks:
                    killed["addr"] = addr
                    return True
            return False
        if wait_for(busy, 120, "a task to start") and wait_for(
                lambda: os.path.exists(starts) and open(starts).read().count("start") >= 1,
                60, "a shard to start"):
            time.sleep(0.3)
            pid = client.run(os.getpid, workers=[killed["addr"]]).get(killed["addr"])
            if pid:
                os.kill(pid, signal.SIGKILL)
                killed["pid"] = pid
    t = threading.Thread(target=killer)
    t.start()
    run = subprocess.run([PY, os.path.join(ROOT, "examples/dask/run.py"), dist, "--scheduler",
                          address, "--shards", "3", "--extension", EXT, "--log", starts],
                         capture_output=True, text=True, timeout=600)
    t.join()
    check("distributed/run (examples/dask/run.py, 3 shards, exit 0)", run.returncode == 0,
          run.stderr[-600:])
    lines = open(starts).read().split() if os.path.exists(starts) else []
    started = [(int(lines[i + 1]), int(lines[i + 2])) for i in range(0, len(lines), 3)]
    shards_killed = [s for s, pid in started if pid == killed.get("pid")]
    check("distributed/worker-killed (SIGKILL while it ran a shard; that shard ran again elsewhere)",
          killed.get("pid") and shards_killed
          and all(sum(1 for s, _ in started if s == k) >= 2 for k in shards_killed),
          "killed %s, starts %s" % (killed, started))
    check("distributed/worker-recovered (the nanny started a new worker: two again)",
          wait_for(lambda: len(client.scheduler_info()["workers"]) == 2, 60, "the new worker"))
    a, b = views(one), views(dist)
    check("distributed/same-views (%d rows of article_reuse, claim_variants, discrepancies,"
          " timeline, entity_variants and the counts, as one process)" % a.count("\n"),
          a == b and a.startswith("article_reuse|"), "differ" if a != b else a[:200])

    again = subprocess.run([PY, os.path.join(ROOT, "examples/dask/run.py"), dist, "--scheduler",
                            address, "--shards", "3", "--extension", EXT],
                           capture_output=True, text=True, timeout=600)
    check("distributed/again (nothing sent: every shard current; 0 new articles)",
          again.returncode == 0 and "(0 sent to workers)" in again.stderr
          and again.stdout.startswith("0 new or changed articles"), again.stderr[-300:])
    check("distributed/again-same-views", views(dist) == a)
    client.close()
finally:
    for p in reversed(procs):
        p.send_signal(signal.SIGTERM)
    for p in procs:
        try:
            p.wait(timeout=20)
        except subprocess.TimeoutExpired:
            p.kill()
print("%d passed, %d failed" % (sum(results), len(results) - sum(results)))
sys.exit(0 if all(results) else 1)
