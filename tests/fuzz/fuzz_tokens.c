/* libFuzzer target: tokens() on arbitrary bytes: words, their normal
** forms and their stems. */
#include <stdint.h>
#include <stddef.h>
#include <stdlib.h>
#include "nw_text.h"
#include "nw_segment.h"
#include "nw_stem.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size){
  NwText t = {0, 0};
  NwWords *p = 0;
  NwNormalizer *pNorm = nwNormalizerNew();
  NwStemmer *pStem = nwStemmerNew();
  NwBuf norm = {0, 0, 0};
  NwSpan s;
  size_t nStem;
  if( pNorm && pStem && nwTextInit(&t, (const char*)data, (int64_t)size)==NW_OK
   && nwWordsOpen(t.z, t.n, &p)==NW_OK ){
    while( nwWordsNext(p, &s)==NW_ROW ){
      if( s.iEnd<=s.iStart || s.iEnd>t.n ) abort();
      norm.n = 0;
      if( nwNormalize(pNorm, t.z+s.iStart, s.iEnd-s.iStart, &norm)==NW_OK ){
        if( nwStem(pStem, norm.z ? norm.z : "", norm.n, &nStem)==0 ) abort();
      }
    }
  }
  nwWordsClose(p);
  nwBufClear(&norm);
  nwTextClear(&t);
  nwNormalizerFree(pNorm);
  nwStemmerFree(pStem);
  return 0;
}
