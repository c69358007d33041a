#!/usr/bin/env python3
"""Convert PolNeAR (networkdynamics/PolNeAR) attributions into TSV gold.

    python3 tests/eval/public/polnear.py SOURCE OUTDIR

SOURCE is a checked-out copy (holding data/train, data/dev) or a bare git
directory of it (as the fetch tool leaves it: /work/.mirror/.../repo).
Only data/train and data/dev are read: data/test is held out and never
opened.  For each split, OUTDIR/polnear-SPLIT/ gets

  text/DOC.txt   the article body, as published in PolNeAR
  gold.tsv       one attribution a row: doc id source cue content kind
                 cue_class source_text cue_text content_text, where
                 source/cue/content are 0-based [start,end) character
                 spans, fragments joined by ';' ("" when absent)

PolNeAR's attributions are brat standoff (.ann): T lines name Source, Cue
and Content spans (a span may be discontinuous: "s e;s e"), E lines tie one
of each into an attribution.  Articles annotated by several annotators
(agreement checks) keep the first annotator's file, by name.

kind is derived from the content: 'direct' when all its letters lie inside
quotation marks, 'indirect' when none do, 'mixed' otherwise.  cue_class is
derived from the cue words and the source (see cue_class below).
"""
import os
import subprocess
import sys

SPLITS = ("train", "dev")          # never "test"

QUOTES_OPEN = "\u201c\u00ab"
QUOTES_CLOSE = "\u201d\u00bb"

# Cue words by class; a cue's first word found in a list decides, in the
# order of CLASS_ORDER.  Multi-word cues ("reserved his most eloquent
# passion for") that match no list are 'other'.
CUE_WORDS = {
    "speech": """say said says saying tell told tells telling add added adds
        adding ask asked asks asking explain explained explains note noted
        notes noting stress stressed claim claimed claims argue argued argues
        insist insisted insists warn warned warns announce announced announces
        declare declared confirm confirmed deny denied denies respond responded
        reply replied answer answered suggest suggested suggests admit admitted
        acknowledge acknowledged repeat repeated comment commented mention
        mentioned joke joked quipped remark remarked state stated testify
        testified according continued continues added recalled recall
        described describes explained reiterated predicted predict declined
        refused urge urged urges demand demanded demands insisted pointed
        assured told chanted shouted yelled cried boasted bragged conceded
        concede disclosed disclose revealed reveal reported report reports
        speak spoke spoken speaking talked talk talking asserted asserts
        alleged allege alleges contend contended contends maintain
        maintained maintains cite cited citing refer referring referred
        read conclude concluded estimate estimated name named recall
        recalling describe describing discuss discussed express expressed
        thank thanked offer offered learn learned identify identified
        tell reportedly acknowledging announcing stating explaining
        statement statements remarks comments interview speech""",
    "writing": """wrote write writes writing written tweet tweeted tweets
        tweeting posted post posts posting emailed email texted published
        publishes blogged blog letter op-ed column""",
    "belief": """believe believed believes believing think thought thinks
        thinking feel felt feels know knew knows known expect expected expects
        doubt doubted doubts suspect suspected assume assumed consider
        considered considers worry worried worries fear feared fears
        concerned understand understood sure convinced agree agreed agrees
        disagree disagreed see sees saw view views viewed guess guessed
        hope hoped hopes wonder wondered imagine imagined realize realized
        recognize recognized aware skeptical confident certain seem seems
        seemed appear appears appeared""",
    "intention": """plan plans planned planning want wants wanted wanting
        intend intends intended vow vowed vows promise promised promises
        pledge pledged pledges seek seeks sought aim aims aimed try tried
        tries threaten threatened threatens decide decided decides going
        wish wished wishes vowing determined propose proposed prefer
        would like seek order ordered sign signed""",
    "evaluation": """blast blasted blasts praise praised praises call called
        calls calling criticize criticized criticizes criticise criticised
        slam slammed slams accuse accused accuses attack attacked attacks
        condemn condemned condemns denounce denounced denounces dismiss
        dismissed dismisses mock mocked mocks defend defended defends applaud
        applauded hail hailed blame blamed blames rip ripped bash bashed
        lambast lambasted knock knocked questioned question challenged
        challenge labeled dubbed branded support supported supporting backed
        backing endorse endorsed oppose opposed reject rejected decry decried
        lament lamented complain complained criticism charged denouncing""",
}
DOCUMENT_WORDS = set("""report reports poll polls polling survey surveys study
    studies filing filings document documents data records record analysis
    memo letter papers court-papers audit review investigation census
    figures numbers results statistics research findings""".split())
DOCUMENT_CUES = set("""show shows showed shown found find finds indicate
    indicates indicated suggest suggests suggested""".split())
CLASS_ORDER = ("writing", "evaluation", "intention", "belief", "speech")
CUE_CLASS = {w: c for c in reversed(CLASS_ORDER) for w in CUE_WORDS[c].split()}


def words(text):
    out, cur = [], []
    for ch in text.lower():
        if ch.isalpha() or ch in "-'\u2019":
            cur.append(ch)
        elif cur:
            out.append("".join(cur))
            cur = []
    if cur:
        out.append("".join(cur))
    return [w.strip("-'\u2019") for w in out]


def cue_class(cue, source):
    cw = words(cue)
    if set(words(source)) & DOCUMENT_WORDS or (cw and cw[0] in DOCUMENT_CUES):
        return "document"
    for w in cw:
        for base in stems(w):
            if base in CUE_CLASS:
                return CUE_CLASS[base]
    if cue.strip() in (":", "\u2014", "-", "\u2013"):
        return "speech"                 # a colon or dash before a quotation
    return "other"


def stems(w):
    """w and the bases an inflection may hide: 'suggesting' -> 'suggest'."""
    out = [w]
    for suf in ("ing", "ed", "es", "s"):
        if w.endswith(suf) and len(w) > len(suf) + 2:
            b = w[:-len(suf)]
            out += [b, b + "e"]
            if len(b) > 2 and b[-1] == b[-2]:
                out.append(b[:-1])
    return out


def kind_of(content):
    """direct / indirect / mixed by where the letters lie (a content whose
    first mark closes a quotation began inside one).  Two apostrophes,
    ''like this'', as the New York Times' wire copy has it, are a mark."""
    content = content.replace("'''", '"').replace("''", '"')
    marks = [ch for ch in content if ch in QUOTES_OPEN + QUOTES_CLOSE + '"']
    if not marks:
        return "indirect"
    inside = outside = 0
    depth = 1 if marks[0] in QUOTES_CLOSE else 0
    for ch in content:
        if ch in QUOTES_OPEN:
            depth += 1
        elif ch in QUOTES_CLOSE:
            depth = max(0, depth - 1)
        elif ch == '"':
            depth = 0 if depth else 1
        elif ch.isalnum():
            if depth > 0:
                inside += 1
            else:
                outside += 1
    if inside == 0:
        return "indirect"
    return "direct" if outside <= 2 else "mixed"


class Source:
    """Files of the copy: a work tree, or a bare git dir (git cat-file)."""

    def __init__(self, root):
        self.root = root
        self.tree = os.path.isdir(os.path.join(root, "data"))
        if not self.tree:
            subprocess.run(["git", "--git-dir", root, "rev-parse", "HEAD"],
                           check=True, capture_output=True)

    def listdir(self, path):
        if self.tree:
            return sorted(os.listdir(os.path.join(self.root, path)))
        out = subprocess.run(["git", "--git-dir", self.root, "ls-tree",
                              "--name-only", "HEAD", path + "/"],
                             check=True, capture_output=True, text=True).stdout
        return sorted(os.path.basename(l) for l in out.splitlines() if l)

    def read_many(self, paths):
        if self.tree:
            for p in paths:
                with open(os.path.join(self.root, p), encoding="utf-8",
                          newline="") as f:
                    yield p, f.read()
            return
        proc = subprocess.run(["git", "--git-dir", self.root, "cat-file",
                               "--batch"], input="".join(
                                   "HEAD:%s\n" % p for p in paths).encode(),
                              check=True, capture_output=True)
        data, pos = proc.stdout, 0
        for p in paths:
            nl = data.index(b"\n", pos)
            header = data[pos:nl].split()
            size = int(header[2])
            body = data[nl + 1:nl + 1 + size]
            pos = nl + 1 + size + 1
            yield p, body.decode("utf-8")


def parse_ann(text):
    spans, events = {}, []
    for line in text.splitlines():
        f = line.split("\t")
        if len(f) < 2:
            continue
        if f[0].startswith("T"):
            label, _, ranges = f[1].partition(" ")
            frags = []
            for r in ranges.split(";"):
                s, e = r.split()
                frags.append((int(s), int(e)))
            spans[f[0]] = (label, frags)
        elif f[0].startswith("E"):
            roles = {}
            for item in f[1].split():
                role, _, tid = item.partition(":")
                roles[role] = tid
            events.append((f[0], roles))
    return spans, events


def fmt(frags):
    return ";".join("%d-%d" % fr for fr in frags)


def frag_text(body, frags):
    return " ".join(body[s:e] for s, e in frags)


def clean(s):
    return s.replace("\t", " ").replace("\r", " ").replace("\n", " ")


def convert(src, split, outdir):
    base = "data/%s" % split
    anns = src.listdir(base + "/attributions")
    texts = set(src.listdir(base + "/text"))
    chosen = {}
    for a in anns:                       # DOC_ANNOTATOR.ann, first one wins
        doc = a[:-4].rsplit("_", 1)[0]
        if doc + ".txt" in texts and doc not in chosen:
            chosen[doc] = a
    docs = sorted(chosen)
    out = os.path.join(outdir, "polnear-" + split)
    os.makedirs(os.path.join(out, "text"), exist_ok=True)
    bodies = dict((os.path.basename(p)[:-4], t) for p, t in src.read_many(
        ["%s/text/%s.txt" % (base, d) for d in docs]))
    ann_text = dict((os.path.basename(p), t) for p, t in src.read_many(
        ["%s/attributions/%s" % (base, chosen[d]) for d in docs]))
    rows, bad = [], 0
    for doc in docs:
        body = bodies[doc]
        with open(os.path.join(out, "text", doc + ".txt"), "w",
                  encoding="utf-8", newline="") as f:
            f.write(body)
        spans, events = parse_ann(ann_text[chosen[doc]])
        for eid, roles in events:
            get = lambda r: spans[roles[r]][1] if roles.get(r) in spans else []
            content, cue, source = get("Content"), get("Cue"), get("Source")
            if not content:
                continue
            if any(e > len(body) for s, e in content + cue + source):
                bad += 1
                continue
            ctext, qtext, stext = (frag_text(body, x)
                                   for x in (content, cue, source))
            rows.append([doc, eid, fmt(source), fmt(cue), fmt(content),
                         kind_of(ctext), cue_class(qtext, stext),
                         clean(stext), clean(qtext), clean(ctext)])
    with open(os.path.join(out, "gold.tsv"), "w", encoding="utf-8") as f:
        f.write("doc\tid\tsource\tcue\tcontent\tkind\tcue_class\t"
                "source_text\tcue_text\tcontent_text\n")
        for r in rows:
            f.write("\t".join(r) + "\n")
    print("polnear-%s: %d articles, %d attributions%s -> %s" % (
        split, len(docs), len(rows),
        " (%d out of range, skipped)" % bad if bad else "", out))


def main(argv):
    if len(argv) != 3:
        sys.exit("usage: polnear.py SOURCE OUTDIR")
    src = Source(argv[1])
    for split in SPLITS:
        convert(src, split, argv[2])


if __name__ == "__main__":
    main(sys.argv)
