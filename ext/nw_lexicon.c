/*
** nw_lexicon.c: word lists compiled into the extension.
**
** nwLexSynonyms: the same thing said with other words, as two translations
** of one statement or an agency copy and its rewrite say it.  Each group
** is deliberately narrow (one sense, one part of speech family): a group
** only ever makes two texts that use it look more alike, so a loose group
** would lift unrelated passages.  Inflected forms need not be listed: the
** words are stemmed.
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

const char *const nwLexSynonyms[] = {
  /* bodies and meetings */
  "committee commission council panel board",
  "supreme higher high",
  "session round meeting",
  "talks negotiations discussions consultations",
  "delegation team",
  "spokesperson spokesman spokeswoman",
  "ministry department",
  "government administration cabinet",
  /* agreements and decisions */
  "agreement deal accord pact treaty",
  "announce unveil declare",
  "announcement declaration",
  "postpone delay defer",
  "cancel scrap",
  "approve endorse ratify",
  "reject refuse",
  "resume restart",
  "begin start commence launch",
  "end finish conclude terminate",
  "discuss debate",
  "review examine assess evaluate",
  "focus concentrate",
  "plan intend",
  "expect anticipate",
  "continue remain",
  "allow permit",
  "stress emphasise emphasize underline",
  "warn caution",
  "confirm affirm",
  "support backing",
  "oppose resist",
  "ask request urge",
  /* security */
  "attack assault raid strike",
  "troops forces soldiers personnel",
  "militants fighters insurgents gunmen",
  "kill slay",
  "injure wound",
  "withdraw pullout",
  "protect guard secure defend",
  "threat danger risk",
  "security safety",
  "weapons arms armament",
  "base camp",
  /* people and places */
  "citizens residents inhabitants people",
  "official officer",
  "leader chief",
  "country nation",
  "region area province",
  "border frontier",
  /* economy and figures */
  "fund finance financing funding",
  "money cash",
  "cost price",
  "increase rise grow climb",
  "decrease fall drop decline",
  "build construct",
  "operate run",
  "employ hire",
  "worker employee",
  "project scheme programme program",
  "company firm",
  /* time and manner */
  "recent latest",
  "development event",
  "soon shortly",
  "past previous last",
  "deadline date",
  "details specifics",
  "issue question matter problem",
  "settle resolve",
  "outstanding pending unresolved",
  "condition situation circumstance",
  "relation relationship ties",
  "cooperation collaboration",
  "bilateral mutual",
  "huge massive large big",
  "small minor little",
  "important significant major key",
  NULL
};

const char *const nwLexMetonyms[] = {
  "united_states|GPE|Washington",
  NULL
};
