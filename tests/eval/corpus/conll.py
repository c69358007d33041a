#!/usr/bin/python3
"""CoNLL-2003 eng.train (github:ZhixiuYe/HSCRF-pytorch, data/eng.train)
-> a folder of .txt articles.

    python3 tests/eval/corpus/conll.py GITDIR OUTDIR

Reads ONLY data/eng.train (Reuters, 21-30 August 1996; one token a line, a blank
line between sentences, -DOCSTART- between documents; this copy has no
-DOCSTART- before its first document).  eng.testa/eng.testb are never read.
Document N (1-based, in file order) becomes conll-train-NNNN.txt:

    Source: Reuters
    URL: conll2003:eng.train#NNNN
    Title: the document's first sentence (the headline)

No Published line: the data carries no date metadata; the date is only in
the text's date line (e.g. "BRUSSELS 1996-08-22"), which stays the first
line of the body as Reuters wrote it.  Each CoNLL sentence becomes one line
of the body (every line is a paragraph to newswire; CoNLL keeps no other
paragraph signal, and table rows of results stay one a line).  Tokens are
detokenized with English spacing rules (see detokenize()).  OUTDIR/index.tsv
lists file, document number, dateline place and date, sentence count and
title.
"""
import os
import re
import sys

sys.dont_write_bytecode = True   # no __pycache__ in the tree
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import corpuslib  # noqa: E402

ATTACH_LEFT = {".", ",", ":", ";", "?", "!", ")", "]", "}", "%", "...", "'",
               "'s", "'S", "n't", "N'T", "'re", "'m", "'ve", "'ll", "'d",
               "'RE", "'M", "'VE", "'LL", "'D", ".."}
ATTACH_RIGHT = {"(", "[", "{", "$"}
DATELINE = re.compile(r"^(?P<place>[A-Z][A-Za-z .,'/&-]*?)\s+(?P<date>(19|20)\d\d-\d\d-\d\d)$")


def documents(lines):
    """[[sentence tokens, ...] per document] from eng.train lines."""
    docs, doc, sent = [], [], []
    for line in lines:
        cols = line.split(" ")
        if cols[0] == "-DOCSTART-":
            if sent:
                doc.append(sent)
            if doc:
                docs.append(doc)
            doc, sent = [], []
        elif not line.strip():
            if sent:
                doc.append(sent)
            sent = []
        else:
            sent.append(cols[0])
    if sent:
        doc.append(sent)
    if doc:
        docs.append(doc)
    return docs


def closes_quote(tokens, i, open_quote):
    """Whether the '"' at i closes a quotation (else it opens one).  A quote
    opening a line always opens (English style reopens a quotation that
    goes on in the next paragraph)."""
    if i == 0:
        return False
    if open_quote:
        return True
    last = i == len(tokens) - 1
    return last or (i > 0 and tokens[i - 1] in {".", "?", "!", ","}
                    and (i + 1 == len(tokens) or tokens[i + 1][:1].islower()))


def detokenize(tokens, open_quote=False):
    """(one readable line, quotation still open at its end): punctuation and
    clitics attach to the word before, opening brackets and $ to the word
    after, double quotes alternate (open: attach right; close: attach left),
    open_quote carrying a quotation over from the line before."""
    out, glue_next = [], True
    for i, tok in enumerate(tokens):
        glue = glue_next
        glue_next = False
        if tok == '"':
            if closes_quote(tokens, i, open_quote):
                glue, open_quote = True, False
            else:
                glue_next, open_quote = True, True
        elif tok in ATTACH_LEFT:
            glue = True
        elif tok in ATTACH_RIGHT:
            glue_next = True
        out.append(tok if glue or not out else " " + tok)
    return "".join(out).strip(), open_quote


def document_lines(doc):
    """The detokenized lines of a document; a sentence of punctuation only
    (CoNLL splits '." .' after a closing quote) joins the line before."""
    lines, open_quote = [], False
    for sent in doc:
        line, open_quote = detokenize(sent, open_quote)
        if lines and all(t in ATTACH_LEFT for t in sent):
            lines[-1] += line
        else:
            lines.append(line)
    return lines


def convert(gitdir, outdir):
    raw = corpuslib.git_show(gitdir, "data/eng.train").decode("utf-8", "replace")
    docs = documents(raw.splitlines())
    corpuslib.fresh_dir(outdir)
    index = []
    for n, doc in enumerate(docs, 1):
        lines = document_lines(doc)
        title, body = lines[0], lines[1:] or lines[:1]
        place = date = ""
        for line in body[:3]:
            m = DATELINE.match(line)
            if m:
                place, date = m.group("place"), m.group("date")
                break
        name = f"conll-train-{n:04d}.txt"
        text = corpuslib.article_text("Reuters", f"conll2003:eng.train#{n:04d}",
                                      None, title, "\n".join(body))
        with open(os.path.join(outdir, name), "w", encoding="utf-8") as f:
            f.write(text)
        index.append({"file": name, "doc": n, "dateline_place": place,
                      "dateline_date": date, "sentences": len(doc),
                      "title": title})
    corpuslib.write_index(outdir, ["file", "doc", "dateline_place",
                                   "dateline_date", "sentences", "title"], index)
    return len(index)


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    print(f"conll: {convert(sys.argv[1], sys.argv[2])} articles in {sys.argv[2]}")
