/*
** nw_align.h: word diffs and reuse alignment between two texts.
** Pure core: no SQLite.
**
** Both work on words (ICU word breaks) compared by their normal form, so
** case, quotes, dashes and punctuation are never differences.
*/
#ifndef NW_ALIGN_H
#define NW_ALIGN_H
#include <stdint.h>
#include <unicode/utypes.h>
#include "nw_similar.h"

/* One word of a text: its span (UTF-16 indices) and hashes.  16 bytes: a
** text has at most 2^30 UTF-16 units (NW_MAX_UNITS), so iEnd fits in 30
** bits beside the two flags. */
typedef struct NwWord NwWord;
struct NwWord {
  int32_t iStart;
  unsigned iEnd : 30;
  unsigned bStop : 1;      /* a stop word */
  unsigned bLower : 1;     /* written in lower case (not a name) */
  uint64_t hNorm;          /* hash of the normal form */
};

typedef struct NwWordList NwWordList;
struct NwWordList {
  NwWord *a;
  int n, nAlloc;
};
int nwWordListFromText(NwFeaturizer *pF, const UChar *z, int32_t n,
                       NwWordList *p);
void nwWordListClear(NwWordList *p);

/* ---------------------------------------------------------------- diff */
#define NW_DIFF_EQUAL   0
#define NW_DIFF_INSERT  1
#define NW_DIFF_DELETE  2
#define NW_DIFF_REPLACE 3

/* One run of the edit script: words [a0,a1) of A and [b0,b1) of B. */
typedef struct NwEdit NwEdit;
struct NwEdit {
  int op;
  int a0, a1, b0, b1;
};
typedef struct NwEditList NwEditList;
struct NwEditList {
  NwEdit *a;
  int n, nAlloc;
};

/* The word-level edit script turning A into B, runs merged (a delete next
** to an insert is one replace).  Exact LCS where the differing middle has
** at most NW_DIFF_CELLS word pairs; beyond that, anchored on words unique
** to both sides (patience diff), and a replace where no anchor is left.
**
** Bounded on any input: the whole diff spends at most NW_DIFF_BUDGET(nA+nB)
** units of work (an LCS costs its word pairs, a patience step the words of
** its range).  Where the budget cannot pay for a step, the range becomes one
** replace: the script is still exact (it turns A into B), only coarser.
** Normal texts never reach it: a pair of 1,000-word texts has at most 2^20
** pairs in all. */
#define NW_DIFF_CELLS (1<<20)
#define NW_DIFF_WORK  32         /* budget per word of A and B */
#define NW_DIFF_BUDGET(nWords) \
  ((int64_t)NW_DIFF_CELLS + (int64_t)NW_DIFF_WORK*(int64_t)(nWords))
int nwDiff(const NwWordList *pA, const NwWordList *pB, NwEditList *pOut);
/* The same on words a[0..nA) and b[0..nB), spending from *pnBudget; sets
** *pbCoarse when the budget made some replace coarser than the exact diff. */
int nwDiffWords(const NwWord *a, int nA, const NwWord *b, int nB,
                int64_t *pnBudget, int *pbCoarse, NwEditList *pOut);
void nwEditListClear(NwEditList *p);
/* Words in common under the script: 2*equal/(nA+nB), 1 for two empties. */
double nwDiffRatio(const NwEditList *p, int nA, int nB);

/* --------------------------------------------------------------- reuse */
#define NW_REUSE_VERBATIM      0
#define NW_REUSE_NEAR_VERBATIM 1
#define NW_REUSE_PARAPHRASE    2

/* An aligned region: UTF-16 spans in A and B, score and kind. */
typedef struct NwRegion NwRegion;
struct NwRegion {
  int32_t aStart, aEnd, bStart, bEnd;
  double score;
  int kind;
};
typedef struct NwRegionList NwRegionList;
struct NwRegionList {
  NwRegion *a;
  int n, nAlloc;
};

/* The regions of B that reuse A, disjoint in B.  Sentences: every pair
** whose similarity reaches threshold is a candidate, taken best first with
** each sentence used once (then a sentence left alone may join a taken
** one: splits and merges), and runs of neighbouring pairs become one
** region.  Anywhere (seed and extend): a run of NW_SEED_WORDS equal words
** in both texts is extended both ways over equal words and small edits,
** across sentence ends, into a region of at least NW_FRAGMENT_MIN words.
** The two kinds are made disjoint in B (a quote inside a paraphrased or a
** new sentence, or two quotes in one sentence, become regions of their
** own), and a region needs NW_REGION_MIN_CONTENT lower-case content words
** on each side (figures, names and datelines alone are no reuse).
** Regions come out in A's order.  See README "reuse_spans()".
**
** Linear in time and memory on any input (see the bounds in nw_align.c):
** a feature in more than NW_REUSE_MAX_POSTING sentences of B proposes only
** the NW_REUSE_NEAR sentences either side of where the alignment is
** expected (after the partner of the previous sentence, else at the same
** relative position), so identical texts of repeated sentences still align
** one to one; the word diffs that classify regions share one budget of
** NW_DIFF_BUDGET(words) (past it, a region is classified by its score);
** an anchor found in more than 8 places of B is skipped, and the
** extensions never walk a pair of words twice. */
#define NW_FRAGMENT_MIN 6
#define NW_REUSE_MAX_POSTING 8
#define NW_REUSE_NEAR 2
int nwReuseSpans(NwFeaturizer *pF, const UChar *zA, int32_t nA,
                 const UChar *zB, int32_t nB, double threshold,
                 NwRegionList *pOut);
void nwRegionListClear(NwRegionList *p);

#endif
