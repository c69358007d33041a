"""The tokenizer and features of the name tagger, byte for byte as
ext/nw_ner.c computes them (the C is the reference: change both together).
"""

LEAD = set(b"\"'([{`")
TRAIL = set(b"\"')]}.,;:!?")
SENT_END = {b".", b"?", b"!"}
CURLY = {b"\xe2\x80\x9c", b"\xe2\x80\x9d", b"\xe2\x80\x98", b"\xe2\x80\x99"}  # quotes
NLAB = 9      # O, B-PER, I-PER, B-ORG, I-ORG, B-LOC, I-LOC, B-MISC, I-MISC
LABELS = ["O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC"]


def tokenize(z):
    """[(start, end, line_start)] byte offsets of z (bytes)."""
    out, i, n, line = [], 0, len(z), True
    while i < n:
        c = z[i]
        if c <= 0x20:
            # a line break, a tab or two spaces or more open a new line
            w = i
            while w < n and z[w] <= 0x20:
                if z[w] in (0x0A, 0x0D, 0x09):
                    line = True
                w += 1
            if w - i > 1:
                line = True
            i = w
            continue
        s = i
        while i < n and z[i] > 0x20:
            i += 1
        e = i
        while s < e:
            if z[s] in LEAD:
                out.append((s, s + 1, line)); line = False
                s += 1
            elif z[s:s + 3] in CURLY:
                out.append((s, s + 3, line)); line = False
                s += 3
            else:
                break
        tail = []
        while e > s:
            c = z[e - 1]
            if e - s >= 3 and z[e - 3:e] in CURLY:
                tail.append((e - 3, e))
                e -= 3
                continue
            if c not in TRAIL:
                break
            if c == 0x2E and e - 1 > s and (e - 1 - s == 1 or 0x2E in z[s:e - 1]):
                break
            tail.append((e - 1, e))
            e -= 1
        if e - s > 2 and z[e - 2] == 0x27 and z[e - 1] in (0x73, 0x53):
            out.append((s, e - 2, line)); line = False
            out.append((e - 2, e, False))
        elif e - s > 4 and z[e - 4:e - 1] == b"\xe2\x80\x99" and z[e - 1] in (0x73, 0x53):
            out.append((s, e - 4, line)); line = False
            out.append((e - 4, e, False))
        elif e > s:
            out.append((s, e, line)); line = False
        for t in reversed(tail):
            out.append((t[0], t[1], line)); line = False
    return out


FOLD = (b"AAAAAAACEEEEIIIIDNOOOOO\0OUUUUYTs"
        b"aaaaaaaceeeeiiiidnooooo\0ouuuuyty")     # U+00C0..U+00FF
FOLD_A = b"AaAaAaCcCcCcCcDdDdEeEeEeEeEeGgGgGgGgHhHhIiIiIiIiIiIiJjKkkLlLlLlLlLlNnNnNnnNnOoOoOoOoRrRrRrSsSsSsSsTtTtTtUuUuUuUuUuUuWwYyYZzZzZzs"   # U+0100..U+017F
MAX_WORD = 64


def fold(w):
    """The word as the features read it: Latin-1 and Latin Extended-A letters without their
    accents ("Atl\u00e9tico" -> "Atletico"), at most MAX_WORD bytes."""
    out, i, n = bytearray(), 0, len(w)
    while i < n and len(out) < MAX_WORD:
        c = w[i]
        if c == 0xC3 and i + 1 < n and 0x80 <= w[i + 1] <= 0xBF and FOLD[w[i + 1] - 0x80]:
            out.append(FOLD[w[i + 1] - 0x80])
            i += 2
            continue
        if c in (0xC4, 0xC5) and i + 1 < n and 0x80 <= w[i + 1] <= 0xBF:
            out.append(FOLD_A[(c - 0xC4) * 64 + w[i + 1] - 0x80])
            i += 2
            continue
        out.append(c)
        i += 1
    return bytes(out)


def upper_cp(cp):
    """A capital letter of Latin-1, Latin Extended-A, Greek or Cyrillic."""
    if 0xC0 <= cp <= 0xDE:
        return cp != 0xD7
    if 0x100 <= cp <= 0x137 or 0x14A <= cp <= 0x177:
        return cp % 2 == 0
    if 0x139 <= cp <= 0x148:
        return cp % 2 == 1
    if cp in (0x178, 0x179, 0x17B, 0x17D):
        return True
    return 0x391 <= cp <= 0x3A9 or 0x400 <= cp <= 0x42F


def lower(w):
    return bytes(c + 32 if 0x41 <= c <= 0x5A else c for c in w)


def shape(w):
    out = bytearray()
    for c in w:
        if 0x41 <= c <= 0x5A:
            k = 0x58          # X
        elif 0x61 <= c <= 0x7A:
            k = 0x78          # x
        elif 0x30 <= c <= 0x39:
            k = 0x64          # d
        elif c >= 0x80:
            k = 0x75          # u
        else:
            k = c
        if not out or out[-1] != k:
            if len(out) >= 8:
                break
            out.append(k)
    return bytes(out)


def has_upper(w):
    for i, c in enumerate(w):
        if 0x41 <= c <= 0x5A:
            return True
        if 0xC2 <= c <= 0xDF and i + 1 < len(w) and 0x80 <= w[i + 1] <= 0xBF:
            if upper_cp(((c & 0x1F) << 6) | (w[i + 1] & 0x3F)):
                return True
    return False


def has_lower(w):
    return any(0x61 <= c <= 0x7A for c in w)


def fnv(b):
    h = 2166136261
    for c in b:
        h = ((h ^ c) * 16777619) & 0xFFFFFFFF
    return h


def feature_hash(parts):
    """FNV-1a of each part, combined by FNV steps, then a finaliser."""
    h = 2166136261
    for p in parts:
        h = ((h ^ fnv(p)) * 16777619) & 0xFFFFFFFF
    h ^= h >> 16
    h = (h * 0x45D9F3B) & 0xFFFFFFFF
    h ^= h >> 16
    return h


class Doc:
    """Tokens of one text with what the features need."""

    def __init__(self, z, rule):
        """z: the text (bytes); rule(start, end) -> the rule label (bytes) of
        the token at z[start:end]: b"B-PERSON", b"I-GPE", b"N" (a date or
        figure), b"O"."""
        self.z = z
        self.tok = tokenize(z)
        n = len(self.tok)
        self.raw = [z[s:e] for s, e, _ in self.tok]
        self.words = [fold(w) for w in self.raw]
        self.lw = [lower(w) for w in self.words]
        self.sh = [shape(w) for w in self.words]
        self.rl = [rule(s, e) for s, e, _ in self.tok]
        self.line = [t[2] for t in self.tok]
        # line end: the next token opens a line
        self.lend = [i + 1 >= n or self.line[i + 1] for i in range(n)]
        self.first = [self.line[i] or self.raw[i - 1] in SENT_END for i in range(n)]
        # all-caps lines: no token with a lower-case letter, one with two capitals
        self.caps = [False] * n
        i = 0
        while i < n:
            j = i + 1
            while j < n and not self.line[j]:
                j += 1
            low = any(has_lower(self.raw[k]) for k in range(i, j))
            two = any(sum(0x41 <= c <= 0x5A for c in self.raw[k]) >= 2 for k in range(i, j))
            for k in range(i, j):
                self.caps[k] = (not low) and two
            i = j
        self.cand0 = [has_upper(w) for w in self.raw]

    def static(self, i):
        """The static features of token i, each a tuple of byte strings
        (its template first); hashed by feature_hash()."""
        lw, sh, rl = self.lw, self.sh, self.rl
        w = lw[i]
        s = sh[i]
        wm1 = b"^" if self.line[i] else lw[i - 1]
        wm2 = b"^" if self.line[i] or self.line[i - 1] else lw[i - 2]
        wp1 = b"$" if self.lend[i] else lw[i + 1]
        wp2 = b"$" if self.lend[i] or self.lend[i + 1] else lw[i + 2]
        sm1 = b"^" if self.line[i] else sh[i - 1]
        sp1 = b"$" if self.lend[i] else sh[i + 1]
        rm1 = b"^" if self.line[i] else rl[i - 1]
        rp1 = b"$" if self.lend[i] else rl[i + 1]
        f = b"1" if self.first[i] else b"0"
        c = b"1" if self.caps[i] else b"0"
        r = rl[i]
        return [(b"b",), (b"w=", w), (b"W=", self.words[i]), (b"s=", s),
                (b"p3=", w[:3]), (b"p4=", w[:4]),
                (b"x2=", w[-2:]), (b"x3=", w[-3:]), (b"x4=", w[-4:]),
                (b"w-1=", wm1), (b"w+1=", wp1), (b"w-2=", wm2), (b"w+2=", wp2),
                (b"s-1=", sm1), (b"s+1=", sp1), (b"ss=", sm1, s, sp1),
                (b"ws=", wm1, w), (b"wn=", w, wp1),
                (b"f=", f, s), (b"c=", c, s), (b"cw=", c, w),
                (b"r=", r), (b"rs=", r, s), (b"r-1=", rm1),
                (b"r+1=", rp1), (b"rw=", r, w)]

    def dynamic(self, i, t1, t2):
        """t1, t2: the labels of the two tokens before (-1: line start)."""
        a = b"^" if t1 < 0 else bytes([0x30 + t1])
        b = b"^" if t2 < 0 else bytes([0x30 + t2])
        return [(b"t1=", a), (b"t12=", a, b), (b"t1w=", a, self.lw[i]),
                (b"t1s=", a, self.sh[i])]

    def candidate(self, i, t1):
        """Tokens the tagger scores; any other is O."""
        if self.cand0[i]:
            return True
        w = self.raw[i]
        return (t1 > 0 and not self.lend[i] and self.cand0[i + 1]
                and len(w) <= 4 and (w in (b"&", b"'s") or all(0x61 <= c <= 0x7A for c in w)))


def allowed(lab, t1):
    """I-X only after B-X or I-X."""
    if lab == 0 or lab % 2 == 1:
        return True
    return t1 > 0 and (t1 + 1) // 2 == lab // 2
