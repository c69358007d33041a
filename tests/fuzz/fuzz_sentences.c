/* libFuzzer target: sentences() on arbitrary bytes; spans must be in
** order, non-empty and inside the text. */
#include <stdint.h>
#include <stddef.h>
#include <stdlib.h>
#include "nw_text.h"
#include "nw_segment.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size){
  NwText t = {0, 0};
  NwSentences *p = 0;
  NwSpan s;
  int32_t iLast = 0;
  if( nwTextInit(&t, (const char*)data, (int64_t)size)==NW_OK
   && nwSentencesOpen(t.z, t.n, &p)==NW_OK ){
    while( nwSentencesNext(p, &s)==NW_ROW ){
      if( s.iStart<iLast || s.iEnd<=s.iStart || s.iEnd>t.n ) abort();
      iLast = s.iEnd;
    }
  }
  nwSentencesClose(p);
  nwTextClear(&t);
  return 0;
}
