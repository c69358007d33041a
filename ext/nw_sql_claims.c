/*
** nw_sql_claims.c: claims(), who said what in a text.
**
**     SELECT speaker, cue, content, kind FROM claims(:body);
**     SELECT seq, speaker, speaker_start, speaker_length, speaker_resolved,
**            cue, recipient, content, content_start, content_length, kind,
**            sentence_start, sentence_length, cue_class, content_parts
**     FROM claims(:body);
**
** Computed whole on the skeleton of nw_sql_vtab.c (a speaker named in one
** sentence is resolved in the next).  kind is 'direct' (quoted),
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

/* content_parts: the JSON array of pC's content pieces as [start, length]
** in characters, 1-based. */
static int claimsParts(NwCell *pCell, const NwUtf8Index *pIdx,
                       const NwClaim *pC){
  char zBuf[NW_CLAIM_MAX_PARTS*48 + 4];
  size_t n = 0;
  int k, nPart = pC->nPart;
  if( pC->aContent[0]==NW_NOSPAN ) return NW_OK;
  zBuf[n++] = '[';
  for(k=0; k<(nPart ? nPart : 1); k++){
    const size_t *a = nPart ? pC->aPart[k] : pC->aContent;
    sqlite3_int64 c0 = nwUtf8IndexAt(pIdx, a[0]);
    sqlite3_int64 c1 = nwUtf8IndexAt(pIdx, a[1]);
    n += (size_t)snprintf(zBuf+n, sizeof(zBuf)-n, "%s[%lld,%lld]",
                          k ? "," : "", (long long)(c0+1),
                          (long long)(c1-c0));
  }
  zBuf[n++] = ']';
  return nwCellTextUtf8(pCell, zBuf, n);
}

/* Claim pC of pText as row iSeq of pRows. */
static int claimsRow(NwRows *pRows, int iSeq, const NwClaim *pC,
                     const NwTvfText *pText){
  const NwUtf8Index *pIdx = &pText->idx;
  NwCell *pRow = nwRowsAppend(pRows);
  int rc;
  if( pRow==0 ) return NW_NOMEM;
  nwCellInt(&pRow[0], iSeq);
  rc = nwCellsForByteSpan(&pRow[1], &pRow[2], &pRow[3], pIdx, pC->aSpeaker);
  if( rc==NW_OK && pC->zResolved[0] ){
    rc = nwCellTextStatic(&pRow[4], pC->zResolved);
  }
  if( rc==NW_OK ) rc = nwCellsForByteSpan(&pRow[5], 0, 0, pIdx, pC->aCue);
  if( rc==NW_OK ) rc = nwCellsForByteSpan(&pRow[6], 0, 0, pIdx, pC->aRecipient);
  if( rc==NW_OK ){
    rc = nwCellsForByteSpan(&pRow[7], &pRow[8], &pRow[9], pIdx, pC->aContent);
  }
  if( rc==NW_OK ) rc = nwCellTextStatic(&pRow[10], azClaimKind[pC->eKind]);
  if( rc==NW_OK ){
    rc = nwCellsForByteSpan(0, &pRow[11], &pRow[12], pIdx, pC->aSentence);
  }
  if( rc==NW_OK ){
    const char *zClass = pC->zCueClass;
    if( zClass ) rc = nwCellTextStatic(&pRow[13], zClass);
  }
  if( rc==NW_OK ) rc = claimsParts(&pRow[14], pIdx, pC);
  return rc;
}

/* Columns: seq speaker speaker_start speaker_length speaker_resolved cue
** recipient content content_start content_length kind sentence_start
** sentence_length cue_class content_parts */
static int claimsCompute(NwTvfCursor *pCur, sqlite3_value **apArg,
                         NwRows *pRows){
  NwClaimModel *pModel = 0;
  NwClaimList c = {0, 0, 0};
  char zErr[200];
  int i, rc = nwContextClaims(pCur->pTab->pCtx, &pModel, zErr, sizeof(zErr));
  (void)apArg;                 /* the text is pCur->text */
  if( rc==NW_ERROR ){
    nwTvfError(pCur, "%s", zErr);
    return SQLITE_ERROR;
  }
  if( rc==NW_OK ) rc = nwClaims(pModel, pCur->text.z, pCur->text.n, &c);
  for(i=0; rc==NW_OK && i<c.n; i++){
    rc = claimsRow(pRows, i+1, &c.a[i], &pCur->text);
  }
  nwClaimListClear(&c);
  return rc;
}

const NwTvfDef nwClaimsTvf = NW_TVF_COMPUTED("claims", "claims(text)",
    15, 1, 1, 1, 1, claimsCompute, 0, NW_CLAIMS_SCHEMA);
