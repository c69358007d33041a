"""Shared helpers of the real-corpus converters (stdlib only).

Read blobs from a fetched git directory (no work tree needed) and write
articles in the header format sql/load.sql reads:

    Source: <outlet>
    URL: <unique id>
    Published: <YYYY-MM-DD>        (only when the data has a date)
    Title: <title>
    <blank line>
    <body>

The text is the publishers'; it goes to a folder outside the repository
and never into git.
"""
import os
import subprocess


def git_tree(gitdir, *paths):
    """[(path, blob sha)] of the files under paths at HEAD."""
    out = subprocess.run(["git", "--git-dir", gitdir, "ls-tree", "-r", "HEAD",
                          "--", *paths], check=True, capture_output=True,
                         text=True).stdout
    rows = []
    for line in out.splitlines():
        meta, path = line.split("\t", 1)
        _mode, kind, sha = meta.split()
        if kind == "blob":
            rows.append((path, sha))
    return rows


def git_blobs(gitdir, shas):
    """The contents (bytes) of the blobs, in order, through one cat-file."""
    proc = subprocess.run(["git", "--git-dir", gitdir, "cat-file", "--batch"],
                          input="".join(s + "\n" for s in shas).encode(),
                          check=True, capture_output=True)
    data, pos, blobs = proc.stdout, 0, []
    for sha in shas:
        eol = data.index(b"\n", pos)
        head = data[pos:eol].split()
        if len(head) != 3:
            raise SystemExit(f"git cat-file: {sha} is missing from {gitdir}")
        size = int(head[2])
        blobs.append(data[eol + 1:eol + 1 + size])
        pos = eol + 1 + size + 1
    return blobs


def git_show(gitdir, path):
    return subprocess.run(["git", "--git-dir", gitdir, "show", f"HEAD:{path}"],
                          check=True, capture_output=True).stdout


def one_line(s):
    return " ".join(s.split())


def article_text(source, url, published, title, body):
    head = [f"Source: {one_line(source)}", f"URL: {one_line(url)}"]
    if published:
        head.append(f"Published: {published}")
    if title:
        head.append(f"Title: {one_line(title)}")
    return "\n".join(head) + "\n\n" + body.strip("\n") + "\n"


def fresh_dir(path):
    """Create path, or empty its .txt files and index.tsv (nothing else)."""
    os.makedirs(path, exist_ok=True)
    for name in os.listdir(path):
        if name.endswith(".txt") or name == "index.tsv":
            os.remove(os.path.join(path, name))


def write_index(path, columns, rows):
    with open(os.path.join(path, "index.tsv"), "w", encoding="utf-8") as f:
        f.write("\t".join(columns) + "\n")
        for r in rows:
            f.write("\t".join(one_line(str(r[c])) for c in columns) + "\n")
