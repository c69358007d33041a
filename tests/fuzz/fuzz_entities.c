/* libFuzzer target: entities() on arbitrary bytes, with a reference date;
** mentions must lie inside the text; time budget (fuzz_util.h). */
#include "fuzz_util.h"      /* first: it sets _GNU_SOURCE */
#include <stdint.h>
#include <stddef.h>
#include <stdlib.h>
#include "nw_entities.h"
#include "fuzz_pair.h"

/* The model takes milliseconds to build: build it once for the run. */
static NwFeaturizer f;
static NwEntityModel *pModel = 0;

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size){
  static const NwDate ref = {2024, 8, 15};
  NwText t = {0, 0};
  NwBuf utf8 = {0, 0, 0};
  NwMentionList m = {0, 0, 0};
  char zErr[200];
  int i, ok = 0;
  int64_t t0;
  if( pModel==0 && (!featurizerOpen(&f)
   || nwEntityModelNew(f.pNorm, f.pStem, f.pSyn, &pModel, zErr, sizeof(zErr))) ){
    abort();
  }
  if( nwTextInit(&t, (const char*)data, (int64_t)size)==NW_OK
   && nwBufAppendUtf16(&utf8, t.z, t.n)==NW_OK ){
    t0 = fuzzTimerStart(size, "nwEntities()");
    ok = nwEntities(pModel, utf8.z ? utf8.z : "", utf8.n, &ref, &m)==NW_OK;
    fuzzTimerCheck(t0, size, "nwEntities()");
  }
  if( ok ){
    for(i=0; i<m.n; i++){
      if( m.a[i].iStart>=m.a[i].iEnd || m.a[i].iEnd>utf8.n ) abort();
    }
  }
  nwMentionListClear(&m);
  nwBufClear(&utf8);
  nwTextClear(&t);
  return 0;
}
