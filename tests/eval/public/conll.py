#!/usr/bin/python3
"""CoNLL-2003 (github:ZhixiuYe/HSCRF-pytorch, data/eng.train and data/eng.testa)
-> OUT/conll-train.jsonl and OUT/conll-testa.jsonl, outside the repository.

    python3 tests/eval/public/conll.py GITDIR_OR_WORKTREE OUT

Reads ONLY data/eng.train (to learn from) and data/eng.testa (to measure);
data/eng.testb is the held-out test and is never read.  Documents are split
at -DOCSTART-; each sentence becomes one line of the document's text,
detokenized with the English spacing rules of tests/eval/corpus/conll.py
(punctuation and clitics attach left, brackets and $ right, double quotes
alternate).  One JSON object a line:

    {"doc": N, "text": "...", "tokens": [[start, end, "B-PER"], ...]}

start/end are 0-based code point offsets of each token in text, so that
text[start:end] is the token; the tag is the gold IOB tag converted to
BIO (IOB1 in this copy: I- after O or another type opens an entity).
"""
import json
import os
import subprocess
import sys

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "corpus"))
import conll as corpus_conll  # noqa: E402  (its spacing rules)

SPLITS = ("train", "testa")      # eng.testb: held out, never read


def read_split(src, split):
    path = os.path.join(src, "data", "eng." + split)
    if os.path.isfile(path):
        with open(path, encoding="utf-8", errors="replace") as f:
            return f.read()
    gitdir = src if os.path.isdir(os.path.join(src, "objects")) else os.path.join(src, ".git")
    return subprocess.run(["git", "--git-dir", gitdir, "show", "HEAD:data/eng." + split],
                          check=True, capture_output=True).stdout.decode("utf-8", "replace")


def documents(raw):
    """[[[(token, tag), ...] per sentence] per document]."""
    docs, doc, sent = [], [], []
    for line in raw.splitlines():
        cols = line.split()
        if cols and cols[0] == "-DOCSTART-":
            if sent:
                doc.append(sent)
            if doc:
                docs.append(doc)
            doc, sent = [], []
        elif not cols:
            if sent:
                doc.append(sent)
            sent = []
        else:
            sent.append((cols[0], cols[-1]))
    if sent:
        doc.append(sent)
    if doc:
        docs.append(doc)
    return docs


def to_bio(tags):
    out, prev = [], "O"
    for t in tags:
        if t.startswith("I-") and (prev == "O" or prev[2:] != t[2:]):
            t = "B-" + t[2:]
        out.append(t)
        prev = t
    return out


def detok_offsets(tokens, open_quote):
    """(line, [(start, end)] within the line, open_quote after it): the
    same glue decisions as tests/eval/corpus/conll.py's detokenize()."""
    out, spans, pos, glue_next = [], [], 0, True
    for i, tok in enumerate(tokens):
        glue = glue_next
        glue_next = False
        if tok == '"':
            if corpus_conll.closes_quote(tokens, i, open_quote):
                glue, open_quote = True, False
            else:
                glue_next, open_quote = True, True
        elif tok in corpus_conll.ATTACH_LEFT:
            glue = True
        elif tok in corpus_conll.ATTACH_RIGHT:
            glue_next = True
        if not (glue or not out):
            out.append(" ")
            pos += 1
        spans.append((pos, pos + len(tok)))
        out.append(tok)
        pos += len(tok)
    return "".join(out), spans, open_quote


def convert_doc(n, doc):
    lines, toks, base, open_quote = [], [], 0, False
    for sent in doc:
        words = [w for w, _ in sent]
        tags = to_bio([t for _, t in sent])
        line, spans, open_quote = detok_offsets(words, open_quote)
        for (s, e), t in zip(spans, tags):
            toks.append([base + s, base + e, t])
        lines.append(line)
        base += len(line) + 1
    return {"doc": n, "text": "\n".join(lines), "tokens": toks}


def main(argv):
    if len(argv) != 3:
        sys.exit(__doc__)
    src, out = argv[1], argv[2]
    os.makedirs(out, exist_ok=True)
    for split in SPLITS:
        docs = documents(read_split(src, split))
        with open(os.path.join(out, f"conll-{split}.jsonl"), "w", encoding="utf-8") as f:
            for n, doc in enumerate(docs, 1):
                f.write(json.dumps(convert_doc(n, doc)) + "\n")
        print(f"conll: {split}: {len(docs)} documents")


if __name__ == "__main__":
    main(sys.argv)
