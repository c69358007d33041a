#!/usr/bin/python3
"""List what claims() misses (and finds wrongly) on PolNeAR, to learn from.

    /usr/bin/python3 tests/eval/public/missed.py GOLDDIR EXTENSION [what]

what: missed (default: gold attributions no claim overlaps, with their
cue class, source and cue), false (claims that overlap no gold), speaker
(matched claims whose speaker is wrong).  Run it on the training split
(/work/data/public/polnear-train); measure on dev with score.py.
"""
import sys

sys.path.insert(0, __import__("os").path.dirname(__file__))
import score  # noqa: E402


def clip(t, n=160):
    t = t.replace("\n", " ")
    return t if len(t) <= n else t[:n] + "..."


def main(argv):
    if len(argv) < 3:
        sys.exit("usage: missed.py GOLDDIR EXTENSION [missed|false|speaker]")
    what = argv[3] if len(argv) > 3 else "missed"
    gold, docs = score.load_gold(argv[1])
    pred = score.run_ours(docs, argv[2])
    m = score.match(gold, pred, docs, False)
    if what == "missed":
        for i, g in enumerate(gold):
            if i in m:
                continue
            body = docs[g["doc"]]
            s, e = score.outer(g["content"])
            a = min([s] + [x for x, _ in g["source"] + g["cue"]])
            b = max([e] + [y for _, y in g["source"] + g["cue"]])
            print("%s\t%s\t[%s]\t[%s]\t%s" % (
                g["kind"], g["cue_class"], g["source_text"], g["cue_text"],
                clip(body[a:b], 240)))
    elif what == "false":
        hit = set(m.values())
        for j, p in enumerate(pred):
            if j not in hit:
                body = docs[p["doc"]]
                print("%s\t%s\t[%s]\t[%s]\t%s" % (
                    p["kind"], p.get("cue_class"), p["speaker_text"], p["cue"],
                    clip(body[p["content"][0]:p["content"][1]])))
    else:
        for i, j in m.items():
            g, p = gold[i], pred[j]
            ok = score.speaker_ok(docs[g["doc"]], p, g)
            if ok is False:
                print("gold [%s]\tours [%s] -> [%s]\t%s" % (
                    g["source_text"], p["speaker_text"], p["resolved"],
                    clip(g["content_text"], 100)))


if __name__ == "__main__":
    main(sys.argv)
