/* Shared by the two-text fuzz targets: split the input into two texts at
** the first byte 0x1E (record separator), or in the middle. */
#ifndef FUZZ_PAIR_H
#define FUZZ_PAIR_H
#include <string.h>
#include "nw_text.h"
#include "nw_stem.h"
#include "nw_similar.h"

static void splitInput(const uint8_t *data, size_t size, NwText *pA,
                       NwText *pB){
  const uint8_t *pSep = memchr(data, 0x1E, size);
  size_t nA = pSep ? (size_t)(pSep-data) : size/2;
  size_t nB = size - nA - (pSep ? 1 : 0);
  nwTextInit(pA, (const char*)data, (int64_t)nA);
  nwTextInit(pB, (const char*)data + size - nB, (int64_t)nB);
}

static int featurizerOpen(NwFeaturizer *pF){
  memset(pF, 0, sizeof(*pF));
  pF->pNorm = nwNormalizerNew();
  pF->pStem = nwStemmerNew();
  pF->pSyn = pF->pStem ? nwSynonymsNew(pF->pStem) : 0;
  return pF->pNorm && pF->pStem && pF->pSyn;
}

static void featurizerClose(NwFeaturizer *pF){
  nwSynonymsFree((NwSynonyms*)pF->pSyn);
  nwStemmerFree(pF->pStem);
  nwNormalizerFree(pF->pNorm);
  nwBufClear(&pF->norm);
}
#endif
