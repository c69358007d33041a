/* libFuzzer target: claims() on arbitrary bytes; every span must lie
** inside the text and a content span must not be empty; the pieces of a
** content in several (content_parts) lie inside it, in order; time budget
** (fuzz_util.h). */
#include "fuzz_util.h"      /* first: it sets _GNU_SOURCE */
#include <stdint.h>
#include <stddef.h>
#include <stdlib.h>
#include "nw_claims.h"
#include "nw_text.h"

static NwClaimModel *pModel = 0;     /* built once for the run */

static void checkSpan(const size_t *a, size_t n){
  if( a[0]==NW_NOSPAN ) return;
  if( a[0]>a[1] || a[1]>n ) abort();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size){
  NwText t = {0, 0};
  NwBuf utf8 = {0, 0, 0};
  NwClaimList c = {0};
  char zErr[200];
  int i, ok;
  int64_t t0;
  if( pModel==0 && nwClaimModelNew(&pModel, zErr, sizeof(zErr)) ) abort();
  if( nwTextInit(&t, (const char*)data, (int64_t)size)==NW_OK
   && nwBufAppendUtf16(&utf8, t.z, t.n)==NW_OK && nwBufReserve(&utf8, 0)==NW_OK ){
    t0 = fuzzTimerStart(size, "nwClaims()");
    ok = nwClaims(pModel, utf8.z, utf8.n, &c)==NW_OK;
    fuzzTimerCheck(t0, size, "nwClaims()");
  }else{
    ok = 0;
  }
  if( ok ){
    for(i=0; i<c.n; i++){
      checkSpan(c.a[i].aSpeaker, utf8.n);
      checkSpan(c.a[i].aCue, utf8.n);
      checkSpan(c.a[i].aContent, utf8.n);
      checkSpan(c.a[i].aSentence, utf8.n);
      if( c.a[i].nPart<0 || c.a[i].nPart>NW_CLAIM_MAX_PARTS ) abort();
      {
        int k;
        size_t iPrev = c.a[i].aContent[0];
        for(k=0; k<c.a[i].nPart; k++){
          const size_t *aPiece = nwClaimPiece(&c, &c.a[i], k);
          if( c.a[i].iPart<0 || c.a[i].iPart+c.a[i].nPart>c.nPart ) abort();
          checkSpan(aPiece, utf8.n);
          if( aPiece[0]<iPrev || aPiece[1]>c.a[i].aContent[1] ) abort();
          iPrev = aPiece[1];
        }
      }
    }
  }
  nwClaimListClear(&c);
  nwBufClear(&utf8);
  nwTextClear(&t);
  return 0;
}
