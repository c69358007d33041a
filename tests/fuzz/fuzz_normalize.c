/* libFuzzer target: normalize() on arbitrary bytes. */
#include <stdint.h>
#include <stddef.h>
#include "nw_text.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size){
  NwText t = {0, 0};
  NwBuf out = {0, 0, 0};
  NwNormalizer *p = nwNormalizerNew();
  if( p && nwTextInit(&t, (const char*)data, (int64_t)size)==NW_OK ){
    nwNormalize(p, t.z, t.n, &out);
  }
  nwBufClear(&out);
  nwTextClear(&t);
  nwNormalizerFree(p);
  return 0;
}
