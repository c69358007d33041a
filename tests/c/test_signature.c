/* C unit tests of the MinHash kernel of passage_signature() (nw_similar.c):
** the written-out seeds are the splitmix64 ones the format defines, and the
** vectorised clones the loader picks give the very bytes of the portable
** loop. */
#include <stdio.h>
#include <stdint.h>
#include <string.h>
#include "check.h"
#include "nw_similar.h"
#include "nw_minhash_seeds.h"

static uint64_t splitmix64(uint64_t x){
  x += 0x9E3779B97F4A7C15ull;
  x = (x ^ (x>>30)) * 0xBF58476D1CE4E5B9ull;
  x = (x ^ (x>>27)) * 0x94D049BB133111EBull;
  return x ^ (x>>31);
}

int main(void){
  static NwFeature aFeat[300];
  unsigned char aFast[NW_SIG_BYTES], aSlow[NW_SIG_BYTES];
  uint64_t rng = 42;
  int i, n, nSeedOk = 0, nSame = 0;
  for(i=0; i<NW_SIG_K; i++){
    uint64_t r = splitmix64((uint64_t)i);
    nSeedOk += nwMinhashA[i]==((uint32_t)r | 1) && nwMinhashB[i]==(uint32_t)(r>>32);
  }
  CHECK(nSeedOk==NW_SIG_K, "MinHash seeds are splitmix64(i): a = low | 1, b = high");
  for(n=0; n<=300; n+=7){
    NwBag bag;
    for(i=0; i<n; i++){
      rng = splitmix64(rng);
      aFeat[i].h = rng;
      aFeat[i].flags = 0;
    }
    bag.a = aFeat; bag.n = n; bag.nAlloc = n;
    nwSignature(&bag, aFast);
    nwSignaturePortable(&bag, aSlow);
    nSame += memcmp(aFast, aSlow, NW_SIG_BYTES)==0;
  }
  CHECK(nSame==43, "dispatched MinHash gives the portable loop's bytes (43 bags of 0-294 features)");
  printf("%d failed\n", nFailed);
  return nFailed!=0;
}
