/*
** nw_sql_claims.c: claims(), who said what in a text.
**
**     SELECT speaker, cue, content, kind FROM claims(:body);
**     SELECT seq, speaker, speaker_start, speaker_length, speaker_resolved,
**            cue, recipient, content, content_start, content_length, kind,
**            sentence_start, sentence_length, cue_class, content_parts
**     FROM claims(:body);
**
** The claims are found whole (a speaker named in one sentence is resolved
** in the next), then each row's values are made from its claim as SQLite
** asks for them: on the streaming side of the skeleton of nw_sql_vtab.c,
** because rows of cells beside the claims doubled the memory (2 GB for 32
** MB of quotes, a third of the time clearing pages).  kind is 'direct' (quoted),
** 'indirect' (reported) or 'mixed'; offsets are 1-based characters;
** cue_class is speech, writing, document, belief, intention or evaluation
** (NULL with no cue; see nwClaimCueClass).  content_parts is a JSON array
** of [start, length] pieces (1-based characters, as substr() counts) of
** content: one piece, [content_start, content_length], for most claims;
** several for a quotation its attribution interrupts ("…," she said,
** "…") or that runs over paragraphs, where content is the text from the
** first piece to the last, attribution and quote marks included.
*/
#include <stdio.h>
#include "nwInt.h"

/* The columns, then the arguments (hidden). */
#define NW_CLAIMS_SCHEMA \
  "CREATE TABLE x(seq INTEGER, speaker TEXT, speaker_start INTEGER," \
  " speaker_length INTEGER, speaker_resolved TEXT, cue TEXT, recipient TEXT," \
  " content TEXT, content_start INTEGER, content_length INTEGER, kind TEXT," \
  " sentence_start INTEGER, sentence_length INTEGER, cue_class TEXT," \
  " content_parts TEXT, input HIDDEN)"

static const char *const azClaimKind[] = { "direct", "indirect", "mixed" };

typedef struct ClaimsCursor ClaimsCursor;
struct ClaimsCursor {
  NwTvfCursor base;            /* base.text: the text; base.iRow: 1-based */
  NwClaimList list;
};

/* The current row's claim. */
static const NwClaim *claimAt(const ClaimsCursor *p){
  return &p->list.a[p->base.iRow-1];
}

/* content_parts: the JSON array of pC's content pieces as [start, length]
** in characters, 1-based. */
static int resultParts(sqlite3_context *ctx, const ClaimsCursor *p,
                       const NwClaim *pC){
  char zBuf[NW_CLAIM_MAX_PARTS*48 + 4];
  size_t n = 0;
  int k;
  if( pC->aContent[0]==NW_NOSPAN ) return NW_OK;
  zBuf[n++] = '[';
  for(k=0; k<nwClaimPieces(pC); k++){
    const size_t *a = nwClaimPiece(&p->list, pC, k);
    sqlite3_int64 c0 = nwUtf8IndexAt(&p->base.text.idx, a[0]);
    sqlite3_int64 c1 = nwUtf8IndexAt(&p->base.text.idx, a[1]);
    n += (size_t)snprintf(zBuf+n, sizeof(zBuf)-n, "%s[%lld,%lld]",
                          k ? "," : "", (long long)(c0+1),
                          (long long)(c1-c0));
  }
  zBuf[n++] = ']';
  sqlite3_result_text(ctx, zBuf, (int)n, SQLITE_TRANSIENT);
  return NW_OK;
}

static int claimsStart(NwTvfCursor *pBase, sqlite3_value **apArg){
  ClaimsCursor *p = (ClaimsCursor*)pBase;
  NwClaimModel *pModel = 0;
  char zErr[200];
  int rc = nwContextClaims(pBase->pTab->pCtx, &pModel, zErr, sizeof(zErr));
  (void)apArg;                 /* the text is pBase->text */
  if( rc==NW_ERROR ){
    nwTvfError(pBase, "%s", zErr);
    return SQLITE_ERROR;
  }
  if( rc==NW_OK ){
    rc = nwClaims(pModel, pBase->text.z, pBase->text.n, &p->list);
  }
  return rc;
}

static int claimsNext(NwTvfCursor *pBase){
  ClaimsCursor *p = (ClaimsCursor*)pBase;
  return pBase->iRow < p->list.n ? NW_ROW : NW_DONE;
}

/* Columns: seq speaker speaker_start speaker_length speaker_resolved cue
** recipient content content_start content_length kind sentence_start
** sentence_length cue_class content_parts */
static int claimsColumn(NwTvfCursor *pBase, sqlite3_context *ctx, int iCol){
  const ClaimsCursor *p = (const ClaimsCursor*)pBase;
  const NwClaim *pC = claimAt(p);
  const NwTvfText *pText = &pBase->text;
  switch( iCol ){
    case 0:  sqlite3_result_int64(ctx, pBase->iRow); break;
    case 1:  nwResultSpanText(ctx, pText, pC->aSpeaker); break;
    case 2:  nwResultSpanChars(ctx, pText, pC->aSpeaker, 0); break;
    case 3:  nwResultSpanChars(ctx, pText, pC->aSpeaker, 1); break;
    case 4:
      if( pC->zResolved[0] ){
        sqlite3_result_text(ctx, pC->zResolved, -1, SQLITE_TRANSIENT);
      }
      break;
    case 5:  nwResultSpanText(ctx, pText, pC->aCue); break;
    case 6:  nwResultSpanText(ctx, pText, pC->aRecipient); break;
    case 7:  nwResultSpanText(ctx, pText, pC->aContent); break;
    case 8:  nwResultSpanChars(ctx, pText, pC->aContent, 0); break;
    case 9:  nwResultSpanChars(ctx, pText, pC->aContent, 1); break;
    case 10: sqlite3_result_text(ctx, azClaimKind[pC->eKind], -1, SQLITE_STATIC);
             break;
    case 11: nwResultSpanChars(ctx, pText, pC->aSentence, 0); break;
    case 12: nwResultSpanChars(ctx, pText, pC->aSentence, 1); break;
    case 13:
      if( pC->zCueClass ){
        sqlite3_result_text(ctx, pC->zCueClass, -1, SQLITE_STATIC);
      }
      break;
    default: return resultParts(ctx, p, pC);
  }
  return NW_OK;
}

static void claimsReset(NwTvfCursor *pBase){
  nwClaimListClear(&((ClaimsCursor*)pBase)->list);
}

const NwTvfDef nwClaimsTvf = {
  .zName = "claims", .zSchema = NW_CLAIMS_SCHEMA, .nCol = 15,
  .nArg = 1, .nArgRequired = 1, .zUsage = "claims(text)",
  .bInnocuous = 1, .bText = 1, .bWhole = 1,
  .szCursor = sizeof(ClaimsCursor), .xStart = claimsStart,
  .xNext = claimsNext, .xColumn = claimsColumn, .xReset = claimsReset
};
