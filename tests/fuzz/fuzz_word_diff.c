/* libFuzzer target: word_diff() on two arbitrary texts; the runs must
** cover both texts' words exactly, in order; time budget (fuzz_util.h). */
#include "fuzz_util.h"      /* first: it sets _GNU_SOURCE */
#include <stdint.h>
#include <stddef.h>
#include <stdlib.h>
#include "nw_align.h"
#include "fuzz_pair.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size){
  NwText a = {0, 0}, b = {0, 0};
  NwFeaturizer f;
  NwWordList wa = {0, 0, 0}, wb = {0, 0, 0};
  NwEditList e = {0, 0, 0};
  int i, ia = 0, ib = 0, ok;
  int64_t t0;
  if( !featurizerOpen(&f) ) abort();
  splitInput(data, size, &a, &b);
  t0 = fuzzTimerStart(size, "nwDiff()");
  ok = nwWordListFromText(&f, a.z, a.n, &wa)==NW_OK
    && nwWordListFromText(&f, b.z, b.n, &wb)==NW_OK
    && nwDiff(&wa, &wb, &e)==NW_OK;
  fuzzTimerCheck(t0, size, "nwDiff()");
  if( ok ){
    for(i=0; i<e.n; i++){
      if( e.a[i].a0!=ia || e.a[i].b0!=ib ) abort();
      ia = e.a[i].a1;
      ib = e.a[i].b1;
    }
    if( ia!=wa.n || ib!=wb.n ) abort();
  }
  nwEditListClear(&e);
  nwWordListClear(&wa);
  nwWordListClear(&wb);
  nwTextClear(&a);
  nwTextClear(&b);
  featurizerClose(&f);
  return 0;
}
