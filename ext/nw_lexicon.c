/*
** nw_lexicon.c: the lookup in the word lists.  The lists themselves
** (nwLexSynonyms, nwLexMetonyms and those of nw_lexicon_data.h) are data
** files in ext/lexicon/, compiled by ext/lexicon/lexgen.c into
** build/gen/nw_lexicon_data.c.
*/
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include "nw_lexicon.h"

static int cmpWord(const void *pKey, const void *pElem){
  return strcmp((const char*)pKey, *(const char *const*)pElem);
}

int nwLexHas(const char *z, size_t n, const char *const *az, int nList){
  char zWord[64];
  if( n==0 || n>=sizeof(zWord) ) return 0;
  memcpy(zWord, z, n);
  zWord[n] = 0;
  return bsearch(zWord, az, (size_t)nList, sizeof(az[0]), cmpWord)!=0;
}

uint64_t nwLexConcept(uint64_t h){
  int lo = 0, hi = nwLexConceptCount;
  while( lo<hi ){
    int mid = (lo+hi)/2;
    if( nwLexConcepts[mid].h<h ) lo = mid+1; else hi = mid;
  }
  return (lo<nwLexConceptCount && nwLexConcepts[lo].h==h)
         ? nwLexConcepts[lo].hConcept : h;
}
