"""Peer for `make bench`: the same pair-finding with scikit-learn.

    /usr/bin/python3 tests/bench/peer_tfidf.py PASSAGES_FILE THRESHOLD

Reads one passage per line (and PASSAGES_FILE.pairs, the planted pairs
"source target jaccard"), vectorises with TfidfVectorizer, and lists every
pair whose cosine similarity is >= THRESHOLD by sparse matrix products in
blocks of rows (all pairs, as the peer offers no index).  Prints seconds,
pairs, recall of planted pairs with Jaccard >= 0.5 and peak memory.
"""
import resource
import sys
import time

from sklearn.feature_extraction.text import TfidfVectorizer

path, threshold = sys.argv[1], float(sys.argv[2])
with open(path, encoding="utf-8") as f:
    texts = f.read().splitlines()
planted = {}
with open(path + ".pairs") as f:
    for line in f:
        s, t, j = line.split()
        if float(j) >= 0.5:
            planted[(int(s), int(t))] = True

start = time.monotonic()
X = TfidfVectorizer().fit_transform(texts)       # rows are L2-normalised
found = 0
pairs = 0
block = 500
XT = X.T.tocsr()
for lo in range(0, X.shape[0], block):
    S = (X[lo:lo + block] @ XT).tocoo()
    keep = (S.data >= threshold) & (S.row + lo < S.col)
    rows, cols = S.row[keep] + lo, S.col[keep]
    pairs += len(rows)
    found += sum(1 for a, b in zip(rows.tolist(), cols.tolist())
                 if (a, b) in planted)
seconds = time.monotonic() - start
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
print("peer scikit-learn TfidfVectorizer+cosine %d passages: all pairs >= %.2f"
      " %.1f s, %d pairs, recall %.3f of %d planted pairs with J>=0.5,"
      " peak %d MB" % (len(texts), threshold, seconds, pairs,
                      found / max(len(planted), 1), len(planted), peak))
