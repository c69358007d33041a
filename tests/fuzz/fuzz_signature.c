/* libFuzzer target: signature parsing.  Arbitrary bytes are checked as a
** signature; well-formed ones are compared with each other and banded. */
#include <stdint.h>
#include <stddef.h>
#include <stdlib.h>
#include "nw_similar.h"
#include "nw_lsh.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size){
  const char *zWhy = 0;
  if( nwSignatureCheck(data, size, &zWhy)==NW_OK ){
    double s = nwSignatureSimilarity(data, data);
    NwSigSet set;
    NwLshIndex *p = 0;
    int b;
    if( !(s>=0.0 && s<=1.0) ) abort();
    for(b=0; b<NW_LSH_BANDS; b++) (void)nwLshBandKey(data, NW_LSH_ROWS, b);
    for(b=0; b<85; b++) (void)nwLshBandKey(data, 3, b);
    set.aSig = data;
    set.n = 1;
    set.shape.nBand = NW_LSH_BANDS;
    set.shape.nRow = NW_LSH_ROWS;
    if( nwLshBuild(&set, &p)==NW_OK ) nwLshFree(p);
    set.shape.nBand = 85;
    set.shape.nRow = 3;
    if( nwLshBuild(&set, &p)==NW_OK ) nwLshFree(p);
  }else if( zWhy==0 ){
    abort();
  }
  return 0;
}
