/* libFuzzer target: tokens() on arbitrary bytes: words, their normal
** forms and their stems. */
#include <stdint.h>
#include <stddef.h>
#include <stdlib.h>
#include <libstemmer.h>
#include "nw_text.h"
#include "nw_segment.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size){
  NwText t = {0, 0};
  NwWords *p = 0;
  NwNormalizer *pNorm = nwNormalizerNew();
  struct sb_stemmer *pStem = sb_stemmer_new("english", "UTF_8");
  NwBuf norm = {0, 0, 0};
  NwSpan s;
  if( pNorm && pStem && nwTextInit(&t, (const char*)data, (int64_t)size)==NW_OK
   && nwWordsOpen(t.z, t.n, &p)==NW_OK ){
    while( nwWordsNext(p, &s)==NW_ROW ){
      if( s.iEnd<=s.iStart || s.iEnd>t.n ) abort();
      norm.n = 0;
      if( nwNormalize(pNorm, t.z+s.iStart, s.iEnd-s.iStart, &norm)==NW_OK
       && norm.n>0 && norm.n<64 ){
        sb_stemmer_stem(pStem, (const sb_symbol*)norm.z, (int)norm.n);
      }
    }
  }
  nwWordsClose(p);
  nwBufClear(&norm);
  nwTextClear(&t);
  nwNormalizerFree(pNorm);
  if( pStem ) sb_stemmer_delete(pStem);
  return 0;
}
