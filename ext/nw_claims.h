/*
** nw_claims.h: attributed statements -- who is claimed to have said what.
** Pure core: no SQLite.
**
** Direct claims are quotations (curly or straight double quotes; a quote
** left open at the end of a paragraph goes on when the next paragraph
** opens with a quote mark; one never closed ends with its paragraph)
** attributed by a reporting verb next to them: before ("She said, ..."),
** after ("..., she said."), or in the middle ("...," she said, "...").
** Indirect claims are sentences "SPEAKER said (that) ...", "X told Y
** that ...", "according to X, ...", "..., X said."; mixed ones are
** indirect claims that quote a fragment.  Scare quotes (a few words with
** no reporting verb) are not claims.  A pronoun or "the spokesman" is
** resolved to the last earlier speaker it can stand for.  A paragraph of
** statement text followed by a line holding only a name (a block quote
** and its source) is a direct claim of that source.  One sentence may hold
** several claims: a second cue after "and"/"but"/"while"/";" (of the same
** or a new subject), a participle or a "who" clause after a quotation's
** attribution, reported speech before a quotation attributed after it.
** Sources are also appositions ("X, 22, of Flint, said"), plurals with no
** article ("analysts say"), documents ("A study by ... found", "In a new
** poll, ..."), holders of a noun ("X's claim that"), title-case headlines.
*/
#ifndef NW_CLAIMS_H
#define NW_CLAIMS_H
#include <stddef.h>

#define NW_CLAIM_DIRECT   0
#define NW_CLAIM_INDIRECT 1
#define NW_CLAIM_MIXED    2

#define NW_NOSPAN ((size_t)-1)

/* One statement is one claim: a quotation its attribution interrupts
** ("X," he said, "Y") or that runs over paragraphs keeps its pieces in
** its list's aPart (byte spans, in text order, inside aContent), from
** iPart on: out of the claim, which stays small (a 32 MB text of quotes
** has two million claims).  A claim of more
** pieces than this keeps the first NW_CLAIM_MAX_PARTS-1 and one to the
** end of its content. */
#define NW_CLAIM_MAX_PARTS 16

typedef struct NwClaim NwClaim;
struct NwClaim {
  size_t aSpeaker[2];      /* byte spans in the UTF-8 text, or NW_NOSPAN */
  size_t aCue[2];
  size_t aRecipient[2];
  size_t aContent[2];
  size_t aSentence[2];
  int iPart, nPart;        /* nPart pieces from aPart[iPart]; 0: one piece */
  int eKind;
  const char *zCueClass;   /* nwClaimCueClass(), a static string, or 0 */
  char zResolved[128];     /* the named speaker, or "" when unknown */
};

typedef struct NwClaimList NwClaimList;
struct NwClaimList {
  NwClaim *a;
  int n, nAlloc;
  size_t (*aPart)[2];      /* the pieces of every claim with nPart>0 */
  int nPart, nPartAlloc;
};
void nwClaimListClear(NwClaimList *p);

/* Piece k of claim pC's content as a byte span, k < nwClaimPieces(pC). */
#define nwClaimPieces(pC) ((pC)->nPart ? (pC)->nPart : 1)
const size_t *nwClaimPiece(const NwClaimList *p, const NwClaim *pC, int k);

typedef struct NwClaimModel NwClaimModel;
int nwClaimModelNew(NwClaimModel **pp, char *zErr, int nErr);
void nwClaimModelFree(NwClaimModel *p);

/* The claims of z[0..n) (valid UTF-8), in text order. */
int nwClaims(NwClaimModel *p, const char *z, size_t n, NwClaimList *pOut);

/* The class of claim pC's attribution in z, by its cue and speaker:
** "speech" (said, told, added), "writing" (wrote, tweeted), "document"
** (the speaker is a report, poll, study, filing...), "belief" (believes,
** thinks), "intention" (vowed, promised), "evaluation" (blasted, praised);
** 0 when the claim has no cue. */
const char *nwClaimCueClass(const char *z, const NwClaim *pC);

#endif
