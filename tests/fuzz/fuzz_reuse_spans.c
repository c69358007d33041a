/* libFuzzer target: reuse_spans() on two arbitrary texts; regions must
** lie inside both texts and never overlap in b; time budget
** (fuzz_util.h). */
#include "fuzz_util.h"      /* first: it sets _GNU_SOURCE */
#include <stdint.h>
#include <stddef.h>
#include <stdlib.h>
#include "nw_align.h"
#include "fuzz_pair.h"

static int cmpBStart(const void *x, const void *y){
  const NwRegion *p = x, *q = y;
  return p->bStart<q->bStart ? -1 : p->bStart>q->bStart;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size){
  NwText a = {0, 0}, b = {0, 0};
  NwFeaturizer f;
  NwRegionList r = {0, 0, 0};
  int i, ok;
  int64_t t0;
  if( !featurizerOpen(&f) ) abort();
  splitInput(data, size, &a, &b);
  t0 = fuzzTimerStart(size, "nwReuseSpans()");
  ok = nwReuseSpans(&f, a.z, a.n, b.z, b.n, 0.4, &r)==NW_OK;
  fuzzTimerCheck(t0, size, "nwReuseSpans()");
  if( ok ){
    for(i=0; i<r.n; i++){
      const NwRegion *p = &r.a[i];
      if( p->aStart<0 || p->aEnd>a.n || p->aStart>=p->aEnd ) abort();
      if( p->bStart<0 || p->bEnd>b.n || p->bStart>=p->bEnd ) abort();
      if( !(p->score>=0.0 && p->score<=1.0) ) abort();
    }
    if( r.n>1 ) qsort(r.a, (size_t)r.n, sizeof(NwRegion), cmpBStart);
    for(i=1; i<r.n; i++){
      if( r.a[i].bStart<r.a[i-1].bEnd ) abort();   /* overlap in b */
    }
  }
  nwRegionListClear(&r);
  nwTextClear(&a);
  nwTextClear(&b);
  featurizerClose(&f);
  return 0;
}
