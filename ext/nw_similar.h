/*
** nw_similar.h: passage similarity.  Pure core: no SQLite.
**
** A passage becomes a bag of features: the English stems of its content
** words (stop words dropped), each with a weight.  Capitalised words in
** mid-sentence (names) weigh NW_NAME_WEIGHT and figures NW_NUMBER_WEIGHT,
** so that two sentences sharing only names and numbers stay apart, while
** stems make "announced" and "announcement" meet and the bag ignores word
** order.  See README "How similar_passage() scores" for the reasons.
**
** Signatures: a MinHash of the feature set (NW_SIG_K slots of 16 bits), so
** that stored passages can be compared, and indexed by LSH banding,
** without their text.
*/
#ifndef NW_SIMILAR_H
#define NW_SIMILAR_H
#include <stdint.h>
#include <stddef.h>
#include <unicode/utypes.h>
#include "nw_text.h"
#include "nw_segment.h"
#include "nw_stem.h"

#define NW_NAME_WEIGHT   0.1
#define NW_NUMBER_WEIGHT 0.5

/* How a word was written, OR-ed over its occurrences in one text. */
#define NW_F_NUMBER  0x01   /* has a digit */
#define NW_F_NAME    0x02   /* capitalised in mid-sentence */
#define NW_F_INITIAL 0x04   /* capitalised at a sentence start */
#define NW_F_LOWER   0x08   /* written in lower case somewhere */

typedef struct NwFeature NwFeature;
struct NwFeature {
  uint64_t h;      /* hash of the stem */
  unsigned flags;  /* NW_F_* */
};

/* A set of features sorted by h, no duplicates.  Free with nwBagClear().
** A word is weighed as a name when it is capitalised in mid-sentence in
** either text and never written in lower case: "Iraq" opening a sentence
** in one text is a name if the other text has it in mid-sentence. */
typedef struct NwBag NwBag;
struct NwBag {
  NwFeature *a;
  int n, nAlloc;
};

/* Synonym groups (nw_lexicon.c) as a map from stem hash to the stem hash
** of the group's first word.  Read-only once built. */
typedef struct NwSynonyms NwSynonyms;
NwSynonyms *nwSynonymsNew(NwStemmer *pStem);   /* NULL on OOM */
void nwSynonymsFree(NwSynonyms *p);
uint64_t nwSynonym(const NwSynonyms *p, uint64_t hStem);
/* The first word of the group of stem hash hStem (e.g. "committee" for
** the stem of "commission"), or NULL if it has no group; *pn its length. */
const char *nwSynonymHead(const NwSynonyms *p, uint64_t hStem, size_t *pn);

/* The feature hash of stem hash hStem: the hash of the stem that names its
** concept in the compiled concept table (WordNet synonyms, derivations,
** irregular forms, British spellings, synonyms.tsv), or hStem. */
uint64_t nwConceptOf(uint64_t hStem);

/* The tools a bag is made with; all borrowed, none owned. */
typedef struct NwFeaturizer NwFeaturizer;
struct NwFeaturizer {
  NwNormalizer *pNorm;
  NwStemmer *pStem;
  const NwSynonyms *pSyn;  /* may be NULL: no synonyms */
  NwBreakCache *pBrk;      /* may be NULL; else its word iterator is reused */
  NwBuf norm;      /* scratch, owned: free with nwBufClear() */
};

/* Replace pBag's content with the features of z[0..n).  A text with no
** content word falls back to all its words; an empty text gives n==0. */
int nwBagFromText(NwFeaturizer *pF, const UChar *z, int32_t n, NwBag *pBag);
/* The same when the words of z[0..n) are known: xSpan(pCtx, i, &span)
** gives word i of nSpan, relative to z, as ICU's word breaks give them.
** Saves opening a break iterator per passage (reuse_spans() makes one bag
** per sentence from the words of the whole text). */
typedef void (*NwSpanAt)(const void *pCtx, int i, NwSpan *pSpan);
int nwBagFromWords(NwFeaturizer *pF, const UChar *z, int32_t n,
                   NwSpanAt xSpan, const void *pCtx, int nSpan, NwBag *pBag);
void nwBagClear(NwBag *pBag);

/* Weighted Dice coefficient in [0,1]: symmetric; 1 for equal bags; 0 when
** either bag is empty.  Weights: NW_NAME_WEIGHT for names,
** NW_NUMBER_WEIGHT for figures, 1 for other words. */
double nwBagDice(const NwBag *pA, const NwBag *pB);
/* Share of A's weight found in B, in [0,1]; 0 when A is empty. */
double nwBagContainment(const NwBag *pA, const NwBag *pB);
/* The pass both use: the total weight of A and of B and of what they
** share, a shared word weighed by both texts' flags.  Dice is
** 2*shared/(A+B), containment of A shared/A, to the last bit. */
void nwBagOverlap(const NwBag *pA, const NwBag *pB, double *pTotA,
                  double *pTotB, double *pShared);
/* Total weight of a bag; the weight of one feature written as flags. */
double nwBagWeight(const NwBag *p);
double nwBagWeight1(unsigned flags);
/* nwBagDice(A, B) and nwBagContainment(A, B) in O(|A| log |B|) given
** wB = nwBagWeight(B): for a small bag against a huge one (the sums are
** added in another order, so the last bits may differ). */
void nwBagProbe(const NwBag *pA, const NwBag *pB, double wB, double *pDice,
                double *pContain);

/* ------------------------------------------------- similar_passage() */
/* The score of a pair (README "How similar_passage() scores").  Every word
** is a feature, a stem or its concept (nwConceptOf); stop words too, at a
** low weight.  A feature in both texts is shared, weighed by its kind in
** either text: NW_SIM_W_WORD, NW_SIM_W_STOP, NW_SIM_W_NAME, NW_SIM_W_NUMBER;
** shared names and stop words count in proportion to how far the pair's
** ordinary words agree (NW_SIM_CARRY: two sentences on one story that
** share only names and function words share nothing).  A feature in one text only weighs against, by its kind
** there: NW_SIM_U_* (a figure that differs counts four times a shared
** one).  A text's longest run of words the other lacks (a clause it adds)
** weighs NW_SIM_RUN for each word past NW_SIM_RUN_FREE.  With S the shared
** weight and U_a the weight against of a: containment of a in b =
** S / (S + NW_SIM_LAMBDA*U_a), the symmetric score the smaller of the two
** containments.  The weights are fitted on the MSRP train split
** (tests/eval/public/paraphrase.sh); NW_SIM_LAMBDA changes no ranking,
** only the scale (0.7 puts the paraphrase threshold at 0.5).  Each can be
** set with -D for the ablations of paraphrase.sh. */
#ifndef NW_SIM_W_WORD
#define NW_SIM_W_WORD    1.0
#endif
#ifndef NW_SIM_W_STOP
#define NW_SIM_W_STOP    0.3
#endif
#ifndef NW_SIM_W_NAME
#define NW_SIM_W_NAME    0.5
#endif
#ifndef NW_SIM_W_NUMBER
#define NW_SIM_W_NUMBER  0.5
#endif
#ifndef NW_SIM_U_WORD
#define NW_SIM_U_WORD    1.0
#endif
#ifndef NW_SIM_U_STOP
#define NW_SIM_U_STOP    0.3
#endif
#ifndef NW_SIM_U_NAME
#define NW_SIM_U_NAME    0.2
#endif
#ifndef NW_SIM_U_NUMBER
#define NW_SIM_U_NUMBER  2.0
#endif
#ifndef NW_SIM_RUN
#define NW_SIM_RUN       1.3
#endif
#ifndef NW_SIM_RUN_FREE
#define NW_SIM_RUN_FREE  3
#endif
#ifndef NW_SIM_CARRY
#define NW_SIM_CARRY     3   /* 0: fully; 1: names only; 2: names, root; 3: names and stop words */
#endif
#ifndef NW_SIM_LAMBDA
#define NW_SIM_LAMBDA    0.7
#endif

/* The words of one text as the score reads them; reusable across calls
** (nwPassageClear() frees). */
typedef struct NwPassageTok NwPassageTok;
typedef struct NwPassage NwPassage;
struct NwPassage {
  NwPassageTok *aTok;        /* words in text order, then sorted */
  int *aFeat;                /* feature index of word i (text order) */
  NwPassageTok *aFeatTok;    /* distinct features, sorted by hash */
  unsigned char *aMatched;   /* per feature: also in the other text */
  int nTok, nFeat, nAlloc;
};
/* Read z[0..n) into p. */
int nwPassageRead(NwFeaturizer *pF, const UChar *z, int32_t n, NwPassage *p);
void nwPassageClear(NwPassage *p);
/* Containment of a in b and of b in a, in [0,1] (0 when either text has
** no word).  Marks the shared features of both. */
void nwPassageScore(NwPassage *pA, NwPassage *pB, double *pAinB,
                    double *pBinA);

/* 64-bit FNV-1a of z[0..n): the feature and word hashes. */
uint64_t nwHashBytes(const char *z, size_t n);

/* True if the normalised word z[0..n) is an English stop word. */
int nwIsStopWord(const char *z, size_t n);

/* ------------------------------------------------------------ signatures */
#define NW_SIG_K        256                   /* MinHash slots */
#define NW_SIG_HEADER   12
#define NW_SIG_BYTES    (NW_SIG_HEADER + 2*NW_SIG_K)
/* Version 2: features are concepts (nwConceptOf), not stems merged by
** synonyms.tsv alone.  Version 1 BLOBs are refused with a message that
** names the version, never compared. */
#define NW_SIG_VERSION  2
#define NW_SIG_EMPTY    0xFFFF                /* slot of an empty set */

/* Write the signature of pBag to aSig[NW_SIG_BYTES]. */
void nwSignature(const NwBag *pBag, unsigned char *aSig);
/* The same bytes without the vectorised clones (for the unit tests). */
void nwSignaturePortable(const NwBag *pBag, unsigned char *aSig);
/* NW_OK if a[0..n) is a well-formed signature, else NW_ERROR with the
** reason in *pzWhy (a static string). */
int nwSignatureCheck(const unsigned char *a, size_t n, const char **pzWhy);
/* Estimated Jaccard similarity of two checked signatures: the share of
** equal slots; 0 if either set is empty. */
double nwSignatureSimilarity(const unsigned char *a, const unsigned char *b);
/* Number of features the signature was made from. */
uint32_t nwSignatureFeatures(const unsigned char *a);

#endif
