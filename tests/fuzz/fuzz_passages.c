/* libFuzzer target: passages() and the boilerplate rules on arbitrary
** bytes. */
#include <stdint.h>
#include <stddef.h>
#include <stdlib.h>
#include "nw_text.h"
#include "nw_segment.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size){
  NwText t = {0, 0};
  NwBoilerplate *pBp = 0;
  NwBuf line = {0, 0, 0};
  NwSpan s;
  int32_t iPos = 0, iLast = 0;
  char zErr[200];
  if( nwBoilerplateOpen(&pBp, zErr, sizeof(zErr))!=NW_OK ) abort();
  if( nwTextInit(&t, (const char*)data, (int64_t)size)==NW_OK ){
    while( nwParagraphNext(t.z, t.n, &iPos, &s)==NW_ROW ){
      if( s.iStart<iLast || s.iEnd<=s.iStart || s.iEnd>t.n ) abort();
      iLast = s.iEnd;
      line.n = 0;
      if( nwBufAppendUtf16(&line, t.z+s.iStart, s.iEnd-s.iStart)==NW_OK ){
        nwIsBoilerplate(pBp, line.z, line.n);
      }
    }
  }
  nwBufClear(&line);
  nwTextClear(&t);
  nwBoilerplateClose(pBp);
  return 0;
}
