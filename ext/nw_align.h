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

/* One word of a text: its span (UTF-16 indices) and hashes. */
typedef struct NwWord NwWord;
struct NwWord {
  int32_t iStart, iEnd;
  uint64_t hNorm;          /* hash of the normal form */
  int bStop;               /* a stop word */
  int bLower;              /* written in lower case (not a name) */
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
** to both sides (patience diff), and a replace where no anchor is left, so
** time and memory stay bounded on any input. */
#define NW_DIFF_CELLS (1<<20)
int nwDiff(const NwWordList *pA, const NwWordList *pB, NwEditList *pOut);
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

/* Align the sentences of A and B: every pair whose similarity reaches
** threshold is a candidate, taken best first with each sentence used once
** (then a sentence left alone may join a taken one: splits and merges),
** and runs of neighbouring pairs become one region.  Then quoted fragments
** of at least NW_FRAGMENT_MIN words copied outside those regions (with at
** most one changed word in eight) become regions of their own.  Regions come
** out in A's order.  See README "reuse_spans()". */
#define NW_FRAGMENT_MIN 6
int nwReuseSpans(NwFeaturizer *pF, const UChar *zA, int32_t nA,
                 const UChar *zB, int32_t nB, double threshold,
                 NwRegionList *pOut);
void nwRegionListClear(NwRegionList *p);

#endif
