/*
** nw_entities.h: people, organisations, places, groups, dates, times and
** figures in news text, normalised and keyed.  Pure core: no SQLite.
**
** The scan has three passes over valid UTF-8:
**   1. dates, times, money, percentages, quantities and numbers (one PCRE2
**      pattern), valued by nw_dates.c against the reference date;
**   2. runs of capitalised words (a second pattern), split at titles,
**      possessives and "and", classified by the compiled-in lexicons
**      (nw_lexicon_data.c) and by head words ("Ministry", "Airport",
**      "Operation", "Act") and given names;
**   3. keys: lexicon keys, acronyms defined in the text ("(HMC)", "(or HMC
**      for short)"), surnames linked to earlier full names, and a
**      spelling-tolerant skeleton for person names, so that "Mohammed" and
**      "Muhammad" meet.
*/
#ifndef NW_ENTITIES_H
#define NW_ENTITIES_H
#include <stddef.h>
#include "nw_text.h"
#include "nw_stem.h"
#include "nw_similar.h"
#include "nw_dates.h"

/* Entity types, in the order of azNwEntityType[]. */
enum {
  NW_E_PERSON, NW_E_ORG, NW_E_GPE, NW_E_LOC, NW_E_NORP, NW_E_DATE,
  NW_E_TIME, NW_E_NUMBER, NW_E_QUANTITY, NW_E_MONEY, NW_E_PERCENT,
  NW_E_EVENT, NW_E_LAW, NW_E_MISC, NW_E_DURATION, NW_E_SET, NW_E_COUNT
};
extern const char *const azNwEntityType[];

typedef struct NwMention NwMention;
struct NwMention {
  size_t iStart, iEnd;       /* byte offsets in the UTF-8 text */
  int eType;
  int bApprox;               /* "about 150", "some 2,500" */
  int bHasNumber;            /* dValue holds the value */
  double dValue;
  char zValue[48];           /* text value (dates, big numbers), or "" */
  char zTimex[48];           /* DATE, TIME, DURATION, SET: the TimeML value */
  char zUnit[32];            /* quantities, money, percent */
  char zKey[96];
  size_t iRoleStart, iRoleEnd;   /* the person's title in the text, if any */
  int eEvidence;             /* names: what the rules read it by (NW_EV_*) */
};

/* The evidence of a name the rules found: the learned tagger keeps such a
** mention against its own reading of the words, except NW_EV_CONTEXT. */
enum {
  NW_EV_CONTEXT = 0,         /* shape and the words around it alone */
  NW_EV_LEXICON,             /* a lexicon name, an acronym the text defines */
  NW_EV_TITLE,               /* a person with a title or role */
  NW_EV_HEAD,                /* a head word: "Ministry", "Airport", "region" */
  NW_EV_GIVEN,               /* a person with a known given name */
  NW_EV_LINK                 /* a surname of an earlier full name */
};

typedef struct NwMentionList NwMentionList;
struct NwMentionList {
  NwMention *a;
  int n, nAlloc;
};
void nwMentionListClear(NwMentionList *p);

/* The compiled lexicons and patterns; read-only once built, so one per
** connection.  pNorm, pStem and pSyn are borrowed for the build and for
** nwEntities() calls; they must outlive it. */
typedef struct NwEntityModel NwEntityModel;
int nwEntityModelNew(NwNormalizer *pNorm, NwStemmer *pStem,
                     const NwSynonyms *pSyn, NwEntityModel **pp,
                     char *zErr, int nErr);
void nwEntityModelFree(NwEntityModel *p);

/* A user alias: mentions whose normal form equals normalize(zAlias) get
** zKey, and zType if it is not NULL. */
int nwEntityModelAlias(NwEntityModel *p, const char *zAlias,
                       const char *zKey, const char *zType);
void nwEntityModelClearAliases(NwEntityModel *p);

/* Find the mentions in z[0..n) (valid UTF-8), in text order. */
int nwEntities(NwEntityModel *p, const char *z, size_t n, const NwDate *pRef,
               NwMentionList *pOut);

/* Type number of a type name (case-insensitive), or -1. */
int nwEntityTypeNumber(const char *zType);

#endif
