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

int nwLexHas(const char *z, size_t n, const char *const *az, int nList){
  int lo = 0, hi = nList;
  if( n==0 || n>=64 ) return 0;
  /* a binary search comparing z[0..n) in place as strcmp() would compare
  ** it cut at its first NUL (a bsearch() of a copy cost a call to
  ** strcmp() and one to the comparison at each step) */
  while( lo<hi ){
    int mid = lo + (hi-lo)/2, c;
    const unsigned char *w = (const unsigned char*)az[mid];
    size_t k = 0;
    while( k<n && w[k] && w[k]==(unsigned char)z[k] ) k++;
    c = k==n ? -(int)w[k] : (int)(unsigned char)z[k] - (int)w[k];
    if( c==0 ) return 1;
    if( c<0 ) hi = mid; else lo = mid+1;
  }
  return 0;
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
