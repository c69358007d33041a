/*
** nw_pattern.c: PCRE2 patterns compiled once per connection.
*/
#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
#include <stdio.h>
#include "nw_pattern.h"
#include "nw_text.h"
#include "nw_mem.h"

/* Backtracking budget per match: far above what a line of news needs,
** low enough that a pathological input returns in milliseconds. */
#define NW_PATTERN_MATCH_LIMIT 200000
#define NW_PATTERN_DEPTH_LIMIT 10000

struct NwPattern {
  pcre2_general_context *pGen;
  pcre2_code *pCode;
  pcre2_match_context *pMatchCtx;
  pcre2_match_data *pData;
};

static void *patternMalloc(PCRE2_SIZE n, void *pUnused){
  (void)pUnused;
  return nwMalloc(n);
}
static void patternFree(void *p, void *pUnused){
  (void)pUnused;
  nwFree(p);
}

void nwPatternFree(NwPattern *p){
  if( p==0 ) return;
  pcre2_match_data_free(p->pData);
  pcre2_match_context_free(p->pMatchCtx);
  pcre2_code_free(p->pCode);
  pcre2_general_context_free(p->pGen);
  nwFree(p);
}

int nwPatternCompile(const char *zPattern, uint32_t flags, NwPattern **pp,
                     char *zErr, int nErr){
  NwPattern *p;
  pcre2_compile_context *pCompile;
  int errCode = 0;
  PCRE2_SIZE errOffset = 0;
  *pp = 0;
  p = nwMalloc(sizeof(*p));
  if( p==0 ) return NW_NOMEM;
  p->pCode = 0; p->pMatchCtx = 0; p->pData = 0;
  p->pGen = pcre2_general_context_create(patternMalloc, patternFree, 0);
  pCompile = p->pGen ? pcre2_compile_context_create(p->pGen) : 0;
  if( pCompile==0 ){ nwPatternFree(p); return NW_NOMEM; }
  p->pCode = pcre2_compile((PCRE2_SPTR)zPattern, PCRE2_ZERO_TERMINATED,
                           flags|PCRE2_UTF|PCRE2_UCP, &errCode, &errOffset,
                           pCompile);
  pcre2_compile_context_free(pCompile);
  if( p->pCode==0 ){
    PCRE2_UCHAR zMsg[256];
    pcre2_get_error_message(errCode, zMsg, sizeof(zMsg));
    snprintf(zErr, (size_t)nErr, "offset %d: %s", (int)errOffset,
             (const char*)zMsg);
    nwPatternFree(p);
    return NW_ERROR;
  }
  /* JIT is an optimisation: where it is unavailable the interpreter runs. */
  (void)pcre2_jit_compile(p->pCode, PCRE2_JIT_COMPLETE);
  p->pMatchCtx = pcre2_match_context_create(p->pGen);
  p->pData = pcre2_match_data_create_from_pattern(p->pCode, p->pGen);
  if( p->pMatchCtx==0 || p->pData==0 ){ nwPatternFree(p); return NW_NOMEM; }
  pcre2_set_match_limit(p->pMatchCtx, NW_PATTERN_MATCH_LIMIT);
  pcre2_set_depth_limit(p->pMatchCtx, NW_PATTERN_DEPTH_LIMIT);
  *pp = p;
  return NW_OK;
}

int nwPatternMatch(NwPattern *p, const char *z, size_t n, size_t *aOv){
  int rc = pcre2_match(p->pCode, (PCRE2_SPTR)z, n, 0, PCRE2_NO_UTF_CHECK,
                       p->pData, p->pMatchCtx);
  if( rc<0 ) return 0;
  if( aOv ){
    PCRE2_SIZE *a = pcre2_get_ovector_pointer(p->pData);
    aOv[0] = a[0];
    aOv[1] = a[1];
  }
  return 1;
}

int nwPatternFind(NwPattern *p, const char *z, size_t n, size_t iStart,
                  size_t *aOv, int nOv){
  PCRE2_SIZE *a;
  int rc, i;
  if( iStart>n ) return 0;
  rc = pcre2_match(p->pCode, (PCRE2_SPTR)z, n, iStart, PCRE2_NO_UTF_CHECK,
                   p->pData, p->pMatchCtx);
  if( rc<=0 ) return 0;
  a = pcre2_get_ovector_pointer(p->pData);
  if( rc>nOv/2 ) rc = nOv/2;
  for(i=0; i<2*rc; i++) aOv[i] = a[i];
  return rc;
}

int nwPatternGroup(NwPattern *p, const char *zName){
  int i = pcre2_substring_number_from_name(p->pCode, (PCRE2_SPTR)zName);
  return i>0 ? i : -1;
}

const char *nwPatternVersion(char *zBuf, int nBuf){
  char zVer[64];
  uint32_t bJit = 0;
  pcre2_config(PCRE2_CONFIG_VERSION, zVer);
  pcre2_config(PCRE2_CONFIG_JIT, &bJit);
  snprintf(zBuf, (size_t)nBuf, "%s%s", zVer, bJit ? " JIT" : "");
  return zBuf;
}
