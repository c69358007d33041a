/* libFuzzer target: passages() and the boilerplate rules on arbitrary
** bytes: paragraphs, then the passages with their kinds (datelines split
** off, line shapes), spans in order and inside the text. */
#include <stdint.h>
#include <stddef.h>
#include <stdlib.h>
#include "nw_text.h"
#include "nw_segment.h"

static void checkPassages(const NwText *t, NwBoilerplate *pBp){
  NwPassages *p = 0;
  NwSpan s;
  int32_t iLast = 0;
  int eKind;
  if( nwPassagesOpen(t->z, t->n, pBp, &p)!=NW_OK ) return;
  while( nwPassagesNext(p, &s, &eKind)==NW_ROW ){
    if( s.iStart<iLast || s.iEnd<=s.iStart || s.iEnd>t->n ) abort();
    if( eKind<NW_KIND_TEXT || eKind>NW_KIND_BOILERPLATE ) abort();
    iLast = s.iEnd;
  }
  nwPassagesClose(p);
}

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
    checkPassages(&t, pBp);
  }
  nwBufClear(&line);
  nwTextClear(&t);
  nwBoilerplateClose(pBp);
  return 0;
}
