/*
** nw_sql_context.c: per-connection state (see NwContext in nwInt.h): the
** normaliser, stemmer, synonyms, entity and claim models, each made on
** first use and shared by every function of one connection; and the error
** helper of the scalar functions.  Registers no SQL of its own.
*/
#include <stdarg.h>
#include <string.h>
#include "nwInt.h"

NwContext *nwContextNew(void){
  NwContext *p = sqlite3_malloc64(sizeof(*p));
  if( p ){
    memset(p, 0, sizeof(*p));
    p->nRef = 1;
  }
  return p;
}

NwContext *nwContextRef(NwContext *p){
  p->nRef++;
  return p;
}

void nwContextUnref(void *pArg){
  NwContext *p = (NwContext*)pArg;
  if( p==0 || --p->nRef>0 ) return;
  nwNormalizerFree(p->pNorm);
  nwBoilerplateClose(p->pBoilerplate);
  nwStemmerFree(p->pStemmer);
  nwEntityModelFree(p->pEntities);
  nwClaimModelFree(p->pClaims);
  nwSynonymsFree(p->pSynonyms);
  nwBreakCacheClear(&p->brk);
  sqlite3_free(p);
}

int nwContextNormalizer(NwContext *p, NwNormalizer **pp){
  if( p->pNorm==0 ) p->pNorm = nwNormalizerNew();
  *pp = p->pNorm;
  return p->pNorm ? NW_OK : NW_NOMEM;
}

int nwContextBoilerplate(NwContext *p, NwBoilerplate **pp,
                         char *zErr, int nErr){
  int rc = NW_OK;
  if( p->pBoilerplate==0 ) rc = nwBoilerplateOpen(&p->pBoilerplate, zErr, nErr);
  *pp = p->pBoilerplate;
  return rc;
}

int nwContextStemmer(NwContext *p, NwStemmer **pp){
  if( p->pStemmer==0 ) p->pStemmer = nwStemmerNew();
  *pp = p->pStemmer;
  return p->pStemmer ? NW_OK : NW_NOMEM;
}

int nwContextFeaturizer(NwContext *p, NwFeaturizer *pF){
  int rc = nwContextNormalizer(p, &pF->pNorm);
  if( rc==NW_OK ) rc = nwContextStemmer(p, &pF->pStem);
  if( rc==NW_OK && p->pSynonyms==0 ){
    p->pSynonyms = nwSynonymsNew(pF->pStem);
    if( p->pSynonyms==0 ) rc = NW_NOMEM;
  }
  pF->pSyn = p->pSynonyms;
  pF->pBrk = &p->brk;
  return rc;
}

int nwContextClaims(NwContext *p, NwClaimModel **pp, char *zErr, int nErr){
  int rc = NW_OK;
  if( p->pClaims==0 ) rc = nwClaimModelNew(&p->pClaims, zErr, nErr);
  *pp = p->pClaims;
  return rc;
}

int nwContextEntities(NwContext *p, NwEntityModel **pp, char *zErr, int nErr){
  NwFeaturizer f;
  int rc = NW_OK;
  if( p->pEntities==0 ){
    memset(&f, 0, sizeof(f));
    rc = nwContextFeaturizer(p, &f);
    if( rc==NW_OK ){
      rc = nwEntityModelNew(f.pNorm, f.pStem, f.pSyn, &p->pEntities, zErr, nErr);
    }
  }
  *pp = p->pEntities;
  return rc;
}

void nwResultError(sqlite3_context *ctx, const char *zFunc, int rc,
                   const char *zFmt, ...){
  char *zDetail, *zMsg;
  va_list ap;
  switch( rc ){
    case NW_NOMEM:  sqlite3_result_error_nomem(ctx); return;
    case NW_TOOBIG: sqlite3_result_error_toobig(ctx); return;
  }
  va_start(ap, zFmt);
  zDetail = sqlite3_vmprintf(zFmt, ap);
  va_end(ap);
  zMsg = zDetail ? sqlite3_mprintf("%s(): %s", zFunc, zDetail) : 0;
  sqlite3_free(zDetail);
  if( zMsg==0 ){
    sqlite3_result_error_nomem(ctx);
  }else{
    sqlite3_result_error(ctx, zMsg, -1);
    sqlite3_free(zMsg);
  }
}
