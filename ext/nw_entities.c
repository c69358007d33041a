/*
** nw_entities.c: the entity scanner (see nw_entities.h).
**
** SQL surface (glue in nw_sql_entities.c):
**
**     SELECT start, length, text, type, value, unit, key, role
**       FROM entities(:body, '2024-08-15');
*/
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <ctype.h>
#define PCRE2_CODE_UNIT_WIDTH 8
#include <unicode/ustring.h>
#include <pcre2.h>
#include "nw_entities.h"
#include "nw_pattern.h"
#include "nw_lexicon_data.h"
#include "nw_lexicon.h"
#include "nw_ner.h"
#include "nw_mem.h"

const char *const azNwEntityType[] = {
  "PERSON", "ORG", "GPE", "LOC", "NORP", "DATE", "TIME", "NUMBER",
  "QUANTITY", "MONEY", "PERCENT", "EVENT", "LAW", "MISC", "DURATION", "SET"
};

int nwEntityTypeNumber(const char *zType){
  int i, k;
  for(i=0; zType && i<NW_E_COUNT; i++){
    for(k=0; zType[k] && toupper((unsigned char)zType[k])==azNwEntityType[i][k]; k++){}
    if( zType[k]==0 && azNwEntityType[i][k]==0 ) return i;
  }
  return -1;
}

/* ------------------------------------------------------------- patterns */

/* Each word list opens with a lookahead on the first letters its words
** can start with (caseless where the list is): it says nothing more than
** the list does, but PCRE2 tries a list word by word, and most places the
** scan stops at (digits, capitalised names) start none of them, so the
** lookahead fails there at once: a bare number is matched in half the
** time. */
#define NW_MON "(?=[JFMASOND])(?:January|February|March|April|May|June|" \
  "July|August|September|October|November|December|Jan\\.?|Feb\\.?|" \
  "Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|" \
  "Dec\\.?)(?![\\p{L}])"
#define NW_WDAY "(?=[MTWFS])(?:Monday|Tuesday|Wednesday|Thursday|Friday|" \
  "Saturday|Sunday)"
#define NW_NUM "(?:\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)"
#define NW_NUMW "(?i:(?=[tfsenzoad])(?:(?:twenty|thirty|forty|fifty|sixty|" \
  "seventy|eighty|ninety)" \
  "(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|" \
  "eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|" \
  "nineteen|zero|two|three|four|five|six|seven|eight|nine|ten|" \
  "one(?!\\s+(?:of|another|day|way)\\b)|a\\s+dozen|dozens))(?![\\p{L}-])"
#define NW_SCALE "(?:\\s+(?i:(?=[htmb])(?:hundred|thousand|million|" \
  "billion|trillion))(?![\\p{L}]))?"
#define NW_APPROX "(?:(?i:(?=[sanrmoufle])(?:some|about|around|" \
  "approximately|nearly|almost|roughly|more\\s+than|over|up\\s+to|" \
  "at\\s+least|fewer\\s+than|less\\s+than|an\\s+estimated|estimated))\\s+)?"
#define NW_EML "(?i:(?=[eml])(?:early|mid|late))"
#define NW_NB "(?<![\\p{L}\\p{N}.,\\-/])"      /* not inside a word */
/* TIMEX3 words: ordinals, units, seasons, parts of the day */
#define NW_ORD "(?i:(?=[fst1234]|fi)(?:first|second|third|fourth|1st|2nd|3rd|4th))"
#define NW_TUNIT "(?i:(?=[smhdwyqc])(?:seconds?|minutes?|hours?|days?|weeks?|" \
  "months?|quarters?|years?|decades?|century|centuries))(?![\\p{L}])"
#define NW_TUNIT1 "(?i:(?=[dwmyqh])(?:day|week|month|quarter|year|hour|decade))" \
  "(?![\\p{L}])"
#define NW_SEASON "(?i:(?=[sawf])(?:spring|summer|autumn|fall|winter))(?![\\p{L}])"
#define NW_PART "(?i:(?=[maen])(?:morning|afternoon|evening|night))(?![\\p{L}])"
/* NW_NUMW that may go on with a hyphen: "two-year" */
#define NW_NUMWH "(?i:(?=[tfsenzo])(?:(?:twenty|thirty|forty|fifty|sixty|" \
  "seventy|eighty|ninety)" \
  "(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|" \
  "eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|" \
  "nineteen|zero|one|two|three|four|five|six|seven|eight|nine|ten))(?![\\p{L}])"
#define NW_COUNT "(?:" NW_NUM "|" NW_NUMWH "|(?i:(?=[asfmcr])(?:a\\s+few|a\\s+couple" \
  "\\s+of|an?|several|few|many|some|couple\\s+of|recent)))"
#define NW_NE "(?![\\p{L}\\p{N}]|[.,:]\\d)"    /* nor followed by one */

static const char zNumericPattern[] =
  /* calendar dates */
  "(?<date>(?:" NW_WDAY ",?\\s+)?\\d{1,2}(?:st|nd|rd|th)?"
    "\\s+(?:(?i:of)\\s+)?" NW_MON "(?:,?\\s+\\d{4})?(?!\\d)"
  "|(?:" NW_WDAY ",?\\s+)?" NW_MON "\\s+\\d{1,2}(?:st|nd|rd|th)?(?!\\d)"
    "(?:,?\\s+\\d{4}(?!\\d))?"
  "|" NW_NB "\\d{4}-\\d{2}-\\d{2}" NW_NE
  "|" NW_NB "\\d{1,2}/\\d{1,2}/\\d{4}" NW_NE
  "|(?:" NW_EML "[\\s-]+)?" NW_MON "\\s+\\d{4}(?!\\d)"
  "|" NW_EML "[\\s-]+" NW_MON
  "|" NW_EML "[\\s-]+(?:19|20)\\d{2}" NW_NE ")"
  /* TIMEX3 forms (issue 12): quarters and halves, seasons, decades */
  "|(?<qtr>(?:(?i:(?=[ti])(?:the|its))\\s+(?:19|20)\\d\\d(?![\\d,.])\\s+|"
    "(?i:(?=[tlnic])(?:the|this|last|next|its|current)|"
    "(?i:(?=[tln])(?:this|last|next))\\s+(?i:year)['\\x{2019}]s|"
    "(?:19|20)\\d\\d['\\x{2019}]s)\\s+)?"
    "(?:(?i:(?=[flcmrpsyt])(?:fiscal|latest|current|most\\s+recent|recent|"
    "previous|same|year-earlier|year-ago|final|latter))[\\s-]+){0,2}"
    "(?:" NW_ORD "[\\s-]+(?:(?i:fiscal)\\s+)?)?(?i:quarter)(?![\\p{L}]|-\\p{L})"
    "(?:\\s+(?i:of)\\s+(?:(?i:fiscal)\\s+)?(?:(?:19|20)\\d\\d(?!\\d)|"
    "(?i:(?=[tln])(?:this|last|next|the))\\s+(?i:year)\\b)|,?\\s+(?:19|20)\\d\\d(?!\\d))?"
  "|(?:(?i:(?=[ti])(?:the|this|its))\\s+)?(?:(?i:first|second|latter|last)|"
    "1st|2nd)[\\s-]+(?i:half)(?![\\p{L}])"
    "(?:\\s+(?i:of)\\s+(?:(?i:fiscal)\\s+)?(?:(?:19|20)\\d\\d(?!\\d)|"
    "(?i:(?=[tln])(?:this|last|next|the))\\s+(?i:year)\\b))?"
  "|(?:(?i:the)\\s+)?(?i:year-(?:earlier|ago))(?:\\s+(?i:quarter|period)\\b)?)"
  "|(?<season>(?:(?i:(?=[tlnem])(?:this\\s+past|this|last|next|the|early|late|mid))"
    "[\\s-]+){0,2}" NW_SEASON
    "(?:,?\\s+(?:(?i:of)\\s+)?(?:19|20)\\d\\d(?!\\d))?)"
  "|(?<decade>(?:(?i:the\\s+year)\\s+)?(?i:nineteen|twenty)[\\s-]+"
    "(?i:(?=[tfsen])(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
    "seventeen|eighteen|nineteen|(?:twenty|thirty|forty|fifty|sixty|seventy|"
    "eighty|ninety)(?:[\\s-](?:one|two|three|four|five|six|seven|eight|nine))?))"
    "(?![\\p{L}]|\\s+[a-z]{2,}s\\b)"
  "|(?i:the\\s+year\\s+)?(?i:two\\s+thousand)(?:\\s+(?i:and\\s+)?"
    "(?i:(?=[otfsen])(?:one|two|three|four|five|six|seven|eight|nine|ten)))?(?![\\p{L}])"
  "|(?i:the)\\s+(?i:(?=[tfsen])(?:twenties|thirties|forties|fifties|sixties|"
    "seventies|eighties|nineties))\\b"
  "|(?:(?i:the)\\s+)?(?:(?i:(?=[eml])(?:early|mid|late))[\\s-]*)?"
    "(?:(?:1[0-9]|20)\\d0|['\\x{2019}]\\d0)['\\x{2019}]?s(?![\\p{L}\\p{N}]))"
  /* a month or a year alone: dates only after a preposition (checked in
  ** C: "in May", "since 2014"), else not a date ("May I", "2014 people") */
  "|(?<month>" NW_MON "(?![\\s,]+\\d|\\s+(?i:last|next|this)\\s+(?i:year)\\b))"
  "|(?<year>(?:(?i:fiscal)\\s+(?:(?i:year)\\s+)?)?(?:19|20)\\d{2}" NW_NE
    "(?!\\s+(?!(?:was|has|is|as|this|its|his|says|does|sees|marks)\\b)[a-z]{2,}s\\b"
    "|\\s*%|\\s+(?i:percent|per\\s+cent)\\b))"
  /* now, currently, the past, the future */
  "|(?<ref>\\b(?i:(?=[ncrfl])(?:now|currently|recently|formerly|"
    "nowadays|lately))\\b(?!['\\x{2019}])"
  "|(?i:the)\\s+(?:(?i:(?=[ndif])(?:near|distant|immediate|foreseeable))\\s+)?"
    "(?i:future)\\b"
  "|(?i:the)\\s+(?:(?i:(?=[rd])(?:recent|distant))\\s+)?(?i:past)\\b"
    "(?!\\s+(?:\\d|(?i:(?=[tfsenzoadwmyhqcl])(?:two|three|four|five|six|seven|"
    "eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|few|"
    "several|many|couple|dozen|week|month|year|decade|day|hour|quarter|centur|"
    "summer|winter|spring|fall|autumn|minute|night|weekend|century|half|"
    "generation)))))"
  /* parts of the day: this morning, last night, Friday evening */
  "|(?<pod>(?:(?i:(?=[tyle])(?:this|yesterday|tomorrow|last|early|late))|"
    NW_WDAY ")\\s+" NW_PART
  "|(?i:mid)[\\s-]" NW_PART "(?:\\s+(?i:(?=[yt])(?:yesterday|today|tomorrow))\\b)?)"
  /* sets: every week, each Monday, daily */
  "|(?<set>(?i:(?=[ep])(?:every|each|per))\\s+(?:(?i:other|single)\\s+)?"
    "(?:" NW_TUNIT1 "|" NW_WDAY "|" NW_MON "|" NW_SEASON "|" NW_PART
    "|(?i:weekend)\\b)"
  "|\\b(?=[a])(?:annually|semiannually)\\b"
  "|\\b(?=[dwmyhnqb])(?:daily|weekly|monthly|yearly|hourly|nightly|"
    "quarterly|biweekly)\\b(?!\\s+(?!(?:in|on|at|for|and|or|to|by|from|with|"
    "since|until|as|than|but|if|so|the|a|an)\\b)[a-z]))"
  /* relative dates */
  "|(?<rel>\\b(?i:(?=[yt])(?:yesterday|today|tomorrow|tonight))\\b"
  "|\\b(?i:(?=[lntpc])(?:last|next|this|past|coming|previous))\\s+"
    "(?:(?i:(?=[wmy])(?:week|month|year))\\b|" NW_WDAY "|" NW_MON ")"
  "|" NW_MON "\\s+(?i:(?=[lnt])(?:last|next|this))\\s+(?i:year)\\b"
  "|\\b(?:" NW_NUM "|" NW_NUMW ")\\s+"
    "(?i:(?=[dwmy])(?:days?|weeks?|months?|years?))\\s+(?i:ago)\\b"
  "|\\b" NW_WDAY "\\b"
  "|\\b(?i:(?=[tlnpc])(?:the|this|last|next|past|coming))\\s+(?i:weekend)\\b"
  "|\\b(?i:the)\\s+(?i:(?=[cf])(?:current|full))\\s+(?:(?i:fiscal)\\s+)?"
    "(?i:year)\\b(?![-\\x{2019}']|\\s+(?i:ago|earlier|later)\\b)"
  "|\\b(?i:the\\s+end\\s+of\\s+(?:the|this)\\s+year)\\b"
  "|\\b(?i:year(?:['\\x{2019}]s)?\\s+end)\\b)"
  /* durations: six months, two-year, the past two weeks, for months;
  ** "a year ago" and "two years earlier" are dates (in C) */
  "|(?<dur>(?:(?i:(?=[taih])(?:the|its|their|his|her|an?))\\s+"
    "(?:(?i:(?=[lpncfi])(?:last|past|next|previous|coming|first|final|"
    "latest|initial|following))\\s+)?)?"
    "(?:(?:(?i:(?=[malnorsuf])(?:more\\s+than|about|almost|at\\s+least|nearly|"
    "over|roughly|some|up\\s+to|less\\s+than|fewer\\s+than))\\s+)?" NW_COUNT "[\\s-]+)?"
    "(?:(?i:(?=[fsca])(?:full|straight|consecutive|additional|more))[\\s-]+)?"
    NW_TUNIT "(?:-(?i:long)(?![\\p{L}])|(?!-|\\s+(?i:old)\\b))"
    "(?:\\s+(?i:(?=[ael])(?:ago|earlier|later))\\b)?)"
  /* times */
  "|(?<time>" NW_NB "\\d{1,2}:\\d{2}"
    "(?:\\s*(?i:(?=[ap])(?:a\\.m\\.|p\\.m\\.|am|pm))(?![\\p{L}]))?"
  "|" NW_NB "\\d{1,2}\\s*(?i:(?=[ap])(?:a\\.m\\.|p\\.m\\.|am\\b|pm\\b))"
  "|\\b(?i:(?=[nm])(?:noon|midnight))\\b)"
  /* money */
  "|(?<money>" NW_APPROX "(?=[UACHNEG$\\x{20ac}\\x{a3}\\x{a5}])"
    "(?:(?:US|A|C|HK|NZ)?\\$|\\x{20ac}|\\x{a3}|\\x{a5}|(?:USD|EUR|GBP)\\s?)"
    "\\s?" NW_NUM "(?:\\s*(?i:(?=[mbtk])(?:million|billion|trillion|bn|m|k))"
    "(?![\\p{L}]))?"
  "|" NW_APPROX NW_NB NW_NUM NW_SCALE "\\s+"
    "(?:(?i:(?=[uac])(?:US|American|Canadian|Australian))\\s+)?"
    "(?i:(?=[depyrsfnl])(?:dollars?|euros?|pounds?|yen|yuan|rupees?|riyals?|"
    "dinars?|shillings?|francs?|rubles?|roubles?|naira|rand|lira|pesos?))\\b)"
  /* percentages */
  "|(?<pct>" NW_APPROX NW_NB NW_NUM "\\s*(?:%|(?i:(?=p)(?:percent|per\\s+cent|"
    "percentage\\s+points?))\\b))"
  /* a figure with its unit */
  "|(?<qunit>" NW_APPROX NW_NB NW_NUM NW_SCALE "[\\s-]*(?=[kmcgtblhasdMG])"
    "(?:km/h|mph|km|kilomet(?:re|er)s?"
    "|miles?|met(?:re|er)s?|cm|mm|kg|kilograms?|grams?|tonnes?|tons?|"
    "barrels?|lit(?:re|er)s?|gallons?|hectares?|acres?|square\\s+"
    "(?:kilomet(?:re|er)s|miles)|sq\\s?km|megawatts?|MW|GW|gigawatts?|"
    "km/h|mph|degrees?(?:\\s+(?:Celsius|Fahrenheit|C|F)\\b)?)(?![\\p{L}]))"
  /* a figure with what it counts: "some 2,500 US troops", "four members" */
  "|(?<qnoun>" NW_APPROX "(?:" NW_NB NW_NUM NW_SCALE "|" NW_NUMW NW_SCALE ")"
    "\\s+(?:(?:\\p{Lu}[\\p{L}.]*|(?=[amnoeyfli])(?:additional|more|new|other|"
    "extra|young|armed|foreign|local|international))\\s+){0,2}"
    "(?=[a-z])(?:[a-z]{2,}s|people|men|women|children|personnel|police|staff|"
    "aircraft|cattle|sheep|livestock|crew|infantry)\\b)"
  /* any other number */
  "|(?<num>" NW_APPROX "(?:" NW_NB NW_NUM NW_SCALE NW_NE "|" NW_NUMW
    NW_SCALE "))";

/* A capitalised word: "Iraq", "al-Sudani", "U.S.", "Dae'sh", "McDonald".
** The repetition is possessive (it never gives back, as nothing after it
** needs it to), so a long word keeps no backtracking state.  Runs of such
** words are put together in C (nameRunEnd()), within the bounds below. */
static const char zNameWordPattern[] =
  "(?:(?:al|el|ad|ash|as|at|an|ul|bin|ibn|abu)-)?"
  "\\p{Lu}(?:[\\p{L}\\p{M}\\d'\\x{2019}&-]|\\x{2013}(?=\\p{Lu})"
  "|\\.(?=\\p{Lu}))*+\\.?";

/* ------------------------------------------------------------ the model */

#define NW_TRIG_SLOTS 509          /* a prime over twice the trigger words */
static void trigBuild(uint64_t *a);

/* A lexicon entry: a normalised surface form with its type and key. */
typedef struct Gaz Gaz;
struct Gaz {
  uint64_t h;
  int iName;                 /* offset in zArena: the normalised form */
  int iKey;                  /* offset: "gpe:iraq" */
  int iPrimary;              /* offset: the first (canonical) name */
  int eType;
};

typedef struct GazTable GazTable;
struct GazTable {
  Gaz *a;                    /* open addressing, nSlot a power of two */
  int nSlot, nUsed;
};

struct NwEntityModel {
  NwNormalizer *pNorm;
  NwStemmer *pStem;
  const NwSynonyms *pSyn;
  NwPattern *pNumeric;
  NwPattern *pName;
  int iDate, iMonth, iYear, iRel, iTime, iMoney, iPct, iQunit, iQnoun, iNum;
  int iQtr, iSeason, iDecade, iRef, iPod, iSet, iDur;   /* TIMEX3 forms */
  uint64_t aTrig[NW_TRIG_SLOTS];   /* numericTrigger()'s words, hashed */
  NwBuf arena;               /* every string of the tables */
  GazTable lex;              /* places, groups, organisations */
  GazTable titles;           /* person titles, normalised */
  GazTable titleOpeners;     /* first words of the titles of 2+ words */
  int bAnyTitleOpens;        /* an opener too long for titleOpeners */
  GazTable aliases;          /* entity_aliases rows (per query) */
  size_t nArenaFixed;        /* arena size before the aliases */
  int nGiven, nOrgHead, nLocHead, nEventHead, nLawHead;
  NwBuf scratch;             /* normalisation output */
  UChar *z16;                /* normalisation input, UTF-16 */
  size_t n16Alloc;
};

static uint64_t hashStr(const char *z, size_t n){
  return nwHashBytes(z, n);
}

static int arenaAdd(NwEntityModel *p, const char *z, size_t n){
  int iOff = (int)p->arena.n;
  if( nwBufAppend(&p->arena, z, n) || nwBufAppend(&p->arena, "", 1) ) return -1;
  return iOff;
}

static const char *arenaStr(const NwEntityModel *p, int iOff){
  return p->arena.z + iOff;
}

/* UTF-8 z[0..n) as UTF-16 in p->z16, as nwTextInit() would decode it (cut
** at a NUL, U+FFFD for bad bytes), but into a buffer kept across calls:
** the scan normalises many short spans, and a malloc and an ICU call
** for each cost more than the normalisation.  *pn gets the length. */
static int utf16Scratch(NwEntityModel *p, const char *z, size_t n, int32_t *pn){
  const char *zNul = memchr(z, 0, n);
  size_t i;
  int bAscii = 1;
  if( zNul ) n = (size_t)(zNul - z);
  if( n>0x3fffffff ) return NW_TOOBIG;           /* as nwTextInit() */
  if( n+1>p->n16Alloc ){
    UChar *zNew = nwRealloc(p->z16, sizeof(UChar)*(n+1));
    if( zNew==0 ) return NW_NOMEM;
    p->z16 = zNew;
    p->n16Alloc = n+1;
  }
  for(i=0; i<n && bAscii; i++){
    bAscii = (unsigned char)z[i]<0x80;
    p->z16[i] = (UChar)(unsigned char)z[i];
  }
  if( bAscii ){
    *pn = (int32_t)n;
  }else{
    UErrorCode err = U_ZERO_ERROR;
    u_strFromUTF8WithSub(p->z16, (int32_t)n+1, pn, z, (int32_t)n, 0xFFFD, 0, &err);
    if( U_FAILURE(err) ) return NW_ERROR;
  }
  return NW_OK;
}

/* Normalise UTF-8 z[0..n) into p->scratch (NUL-terminated). */
static int normUtf8(NwEntityModel *p, const char *z, size_t n){
  int32_t n16 = 0;
  int rc;
  size_t i;
  unsigned char acc = 0;
  p->scratch.n = 0;
  for(i=0; i<n && z[i]; i++) acc |= (unsigned char)z[i];
  if( acc<0x80 ) return nwNormalizeAscii8(z, i, &p->scratch);
  rc = utf16Scratch(p, z, n, &n16);
  if( rc==NW_OK ) rc = nwNormalize(p->pNorm, p->z16, n16, &p->scratch);
  if( rc==NW_OK ) rc = nwBufReserve(&p->scratch, 0);
  if( rc==NW_OK ) p->scratch.z[p->scratch.n] = 0;
  return rc;
}

static Gaz *gazFind(const NwEntityModel *p, const GazTable *pT,
                    const char *zNorm, size_t n){
  uint64_t h = hashStr(zNorm, n);
  unsigned s;
  if( pT->nSlot==0 ) return 0;
  s = (unsigned)h & (unsigned)(pT->nSlot-1);
  while( pT->a[s].iName>=0 ){
    const char *zName = arenaStr(p, pT->a[s].iName);
    if( pT->a[s].h==h && strlen(zName)==n && memcmp(zName, zNorm, n)==0 ){
      return &pT->a[s];
    }
    s = (s+1) & (unsigned)(pT->nSlot-1);
  }
  return 0;
}

static int gazGrow(GazTable *pT){
  int nNew = pT->nSlot ? pT->nSlot*2 : 4096, i;
  Gaz *aNew = nwMalloc(sizeof(Gaz)*(size_t)nNew);
  if( aNew==0 ) return NW_NOMEM;
  for(i=0; i<nNew; i++) aNew[i].iName = -1;
  for(i=0; i<pT->nSlot; i++){
    if( pT->a[i].iName>=0 ){
      unsigned s = (unsigned)pT->a[i].h & (unsigned)(nNew-1);
      while( aNew[s].iName>=0 ) s = (s+1) & (unsigned)(nNew-1);
      aNew[s] = pT->a[i];
    }
  }
  nwFree(pT->a);
  pT->a = aNew;
  pT->nSlot = nNew;
  return NW_OK;
}

/* Add the normalised form zNorm[0..n) (not in the arena: arenaAdd() may
** move it); the first entry for a form wins. */
static int gazInsert(NwEntityModel *p, GazTable *pT, const char *zNorm,
                     size_t n, int eType, int iKey, int iPrimary){
  Gaz *pG;
  unsigned s;
  int rc;
  if( n==0 || gazFind(p, pT, zNorm, n) ) return NW_OK;
  if( 2*(pT->nUsed+1)>pT->nSlot && (rc = gazGrow(pT))!=0 ) return rc;
  s = (unsigned)hashStr(zNorm, n) & (unsigned)(pT->nSlot-1);
  while( pT->a[s].iName>=0 ) s = (s+1) & (unsigned)(pT->nSlot-1);
  pG = &pT->a[s];
  pG->h = hashStr(zNorm, n);
  pG->iName = arenaAdd(p, zNorm, n);
  pG->iKey = iKey;
  pG->iPrimary = iPrimary;
  pG->eType = eType;
  pT->nUsed++;
  return pG->iName<0 ? NW_NOMEM : NW_OK;
}

/* Add the surface form z[0..n) (normalised first); the first entry for a
** form wins. */
static int gazAdd(NwEntityModel *p, GazTable *pT, const char *z, size_t n,
                  int eType, int iKey, int iPrimary){
  int rc = normUtf8(p, z, n);
  if( rc ) return rc;
  return gazInsert(p, pT, p->scratch.z, p->scratch.n, eType, iKey, iPrimary);
}

/* The first words of the titles of more than one word ("prime" of "prime
** minister"), so that titleAt() looks up longer spans only after one. */
static int loadTitleOpeners(NwEntityModel *p){
  int i, rc = NW_OK;
  for(i=0; rc==NW_OK && i<p->titles.nSlot; i++){
    char zWord[64];
    const char *zName, *zSpace;
    if( p->titles.a[i].iName<0 ) continue;
    zName = arenaStr(p, p->titles.a[i].iName);
    zSpace = strchr(zName, ' ');
    if( zSpace==0 ) continue;
    if( (size_t)(zSpace-zName)>=sizeof(zWord) ){
      p->bAnyTitleOpens = 1;       /* too long to keep: every word may open */
      continue;
    }
    memcpy(zWord, zName, (size_t)(zSpace-zName));
    rc = gazInsert(p, &p->titleOpeners, zWord, (size_t)(zSpace-zName),
                   NW_E_PERSON, -1, -1);
  }
  return rc;
}

/* Load "key|[TYPE|]Name|Variant..." lines.  eType<0: the type is the
** second field. */
static int loadLexicon(NwEntityModel *p, const char *const *az, int eType,
                       const char *zPrefix){
  int i, rc = NW_OK;
  for(i=0; rc==NW_OK && az[i]; i++){
    const char *z = az[i];
    size_t nKeyPart = strcspn(z, "|");
    int e = eType, iKey, iPrimary = -1;
    char zKey[128];
    z += nKeyPart + (z[nKeyPart]=='|');
    if( e<0 ){
      size_t nType = strcspn(z, "|");
      char zType[16];
      snprintf(zType, sizeof(zType), "%.*s", (int)nType, z);
      e = nwEntityTypeNumber(zType);
      if( e<0 ) e = NW_E_GPE;
      z += nType + (z[nType]=='|');
    }
    snprintf(zKey, sizeof(zKey), "%s:%.*s",
             zPrefix ? zPrefix : (e==NW_E_LOC ? "loc" : "gpe"),
             (int)nKeyPart, az[i]);
    iKey = arenaAdd(p, zKey, strlen(zKey));
    if( iKey<0 ) return NW_NOMEM;
    while( rc==NW_OK && *z ){
      size_t n = strcspn(z, "|");
      if( iPrimary<0 ) iPrimary = arenaAdd(p, z, n);
      rc = gazAdd(p, &p->lex, z, n, e, iKey, iPrimary);
      z += n + (z[n]=='|');
    }
  }
  return rc;
}

static int countList(const char *const *az){
  int n = 0;
  while( az[n] ) n++;
  return n;
}

int nwEntityModelNew(NwNormalizer *pNorm, NwStemmer *pStem,
                     const NwSynonyms *pSyn, NwEntityModel **pp,
                     char *zErr, int nErr){
  NwEntityModel *p = nwMalloc(sizeof(*p));
  int rc, i;
  *pp = 0;
  if( p==0 ) return NW_NOMEM;
  memset(p, 0, sizeof(*p));
  trigBuild(p->aTrig);
  p->pNorm = pNorm;
  p->pStem = pStem;
  p->pSyn = pSyn;
  /* Both are tried only where a word can start one (see wordTriggers()),
  ** so they are anchored: the scan is C, PCRE2 only confirms. */
  rc = nwPatternCompile(zNumericPattern, PCRE2_ANCHORED, &p->pNumeric, zErr, nErr);
  if( rc==NW_OK ){
    rc = nwPatternCompile(zNameWordPattern, PCRE2_ANCHORED, &p->pName, zErr, nErr);
  }
  if( rc==NW_OK ){
    p->iDate = nwPatternGroup(p->pNumeric, "date");
    p->iMonth = nwPatternGroup(p->pNumeric, "month");
    p->iYear = nwPatternGroup(p->pNumeric, "year");
    p->iRel = nwPatternGroup(p->pNumeric, "rel");
    p->iTime = nwPatternGroup(p->pNumeric, "time");
    p->iMoney = nwPatternGroup(p->pNumeric, "money");
    p->iPct = nwPatternGroup(p->pNumeric, "pct");
    p->iQunit = nwPatternGroup(p->pNumeric, "qunit");
    p->iQnoun = nwPatternGroup(p->pNumeric, "qnoun");
    p->iNum = nwPatternGroup(p->pNumeric, "num");
    p->iQtr = nwPatternGroup(p->pNumeric, "qtr");
    p->iSeason = nwPatternGroup(p->pNumeric, "season");
    p->iDecade = nwPatternGroup(p->pNumeric, "decade");
    p->iRef = nwPatternGroup(p->pNumeric, "ref");
    p->iPod = nwPatternGroup(p->pNumeric, "pod");
    p->iSet = nwPatternGroup(p->pNumeric, "set");
    p->iDur = nwPatternGroup(p->pNumeric, "dur");
  }
  /* Organisations first: "ISIS" is a group before any place of that name. */
  if( rc==NW_OK ) rc = loadLexicon(p, nwLexOrgs, NW_E_ORG, "org");
  if( rc==NW_OK ) rc = loadLexicon(p, nwLexMetonyms, -1, 0);
  if( rc==NW_OK ) rc = loadLexicon(p, nwLexPlaces, -1, 0);
  if( rc==NW_OK ) rc = loadLexicon(p, nwLexNorp, NW_E_NORP, "norp");
  for(i=0; rc==NW_OK && nwLexTitles[i]; i++){
    rc = gazAdd(p, &p->titles, nwLexTitles[i], strlen(nwLexTitles[i]),
                NW_E_PERSON, -1, -1);
  }
  if( rc==NW_OK ) rc = loadTitleOpeners(p);
  p->nGiven = countList(nwLexGivenNames);
  p->nOrgHead = countList(nwLexOrgHeads);
  p->nLocHead = countList(nwLexLocHeads);
  p->nEventHead = countList(nwLexEventHeads);
  p->nLawHead = countList(nwLexLawHeads);
  p->nArenaFixed = p->arena.n;
  if( rc ){
    nwEntityModelFree(p);
    return rc;
  }
  *pp = p;
  return NW_OK;
}

void nwEntityModelFree(NwEntityModel *p){
  if( p==0 ) return;
  nwPatternFree(p->pNumeric);
  nwPatternFree(p->pName);
  nwFree(p->lex.a);
  nwFree(p->titles.a);
  nwFree(p->titleOpeners.a);
  nwFree(p->aliases.a);
  nwBufClear(&p->arena);
  nwBufClear(&p->scratch);
  nwFree(p->z16);
  nwFree(p);
}

void nwEntityModelClearAliases(NwEntityModel *p){
  nwFree(p->aliases.a);
  memset(&p->aliases, 0, sizeof(p->aliases));
  if( p->arena.n>p->nArenaFixed ) p->arena.n = p->nArenaFixed;
}

int nwEntityModelAlias(NwEntityModel *p, const char *zAlias,
                       const char *zKey, const char *zType){
  int iKey, eType = zType ? nwEntityTypeNumber(zType) : -1;
  if( zAlias==0 || zKey==0 ) return NW_OK;
  iKey = arenaAdd(p, zKey, strlen(zKey));
  if( iKey<0 ) return NW_NOMEM;
  return gazAdd(p, &p->aliases, zAlias, strlen(zAlias), eType, iKey, -1);
}

void nwMentionListClear(NwMentionList *p){
  nwFree(p->a);
  memset(p, 0, sizeof(*p));
}

/* ---------------------------------------------------------- the scan */

#define NW_UNSET ((size_t)-1)
/* A run of capitalised words joined by spaces and connectors ("Ministry
** of Energy and Water") holds at most NW_MAX_NAME_WORDS capitalised
** words of at most NW_MAX_WORD_CHARS characters each, at most
** NW_MAX_CONNECT connectors between two of them, and 1 to NW_MAX_GAP
** spaces or tabs between two words.  A longer run (a headline in title
** case, a list, a page of capitalised words) is not one name: it is read
** as consecutive runs of at most NW_MAX_NAME_WORDS words, each classified
** on its own.  A longer word is no name word.  So the work per run is
** bounded and the scan is linear in the text. */
#define NW_MAX_NAME_WORDS 10
#define NW_MAX_WORD_CHARS 64
#define NW_MAX_CONNECT 3
#define NW_MAX_GAP 4
/* Words in one run, connectors included. */
#define NW_MAX_TOK (NW_MAX_NAME_WORDS*(NW_MAX_CONNECT+1))

typedef struct Tok Tok;
struct Tok {
  size_t s, e;                   /* the word, without possessive or suffix */
  int bConn;                     /* a lower-case connector ("of", "and") */
  int bBreak;                    /* the run is cut after this word */
  int bSkip;                     /* part of a date or time: not a name */
};

typedef struct Link Link;        /* an acronym or surname and its key */
struct Link {
  char zFrom[32];
  char zKey[96];
};

typedef struct Scan Scan;
struct Scan {
  NwEntityModel *p;
  const char *z;
  size_t n;
  const NwDate *pRef;
  NwMentionList *pOut;
  int nTemporal;                 /* pOut->a[0..nTemporal): pass 1's mentions,
                                 ** disjoint and in text order */
  Link aAcronym[64];
  int nAcronym;
  Link aSurname[128];
  int nSurname;
  int eEvidence;                 /* of the next name emitted (NW_EV_*) */
};

static NwMention *addMention(Scan *pS, size_t s, size_t e, int eType){
  NwMentionList *p = pS->pOut;
  NwMention *pM;
  if( nwArrayGrow((void**)&p->a, &p->nAlloc, p->n+1, sizeof(NwMention)) ){
    return 0;
  }
  pM = &p->a[p->n++];
  memset(pM, 0, sizeof(*pM));
  pM->iStart = s;
  pM->iEnd = e;
  pM->eType = eType;
  pM->iRoleStart = pM->iRoleEnd = NW_UNSET;
  pM->eEvidence = pS->eEvidence;
  pS->eEvidence = NW_EV_CONTEXT;
  return pM;
}

/* The lower-cased word before byte i ("since", "in"), into zOut. */
static void wordBefore(const char *z, size_t i, char *zOut, size_t nOut){
  size_t e, s, k;
  while( i>0 && (z[i-1]==' ' || z[i-1]=='\t' || z[i-1]==',') ) i--;
  e = i;
  while( i>0 && isalpha((unsigned char)z[i-1]) ) i--;
  s = i;
  for(k=0; s+k<e && k+1<nOut; k++) zOut[k] = (char)tolower((unsigned char)z[s+k]);
  zOut[k] = 0;
}

static int startsApprox(const char *z, size_t n){
  static const char *az[] = {"some ", "about ", "around ", "approximately ",
    "nearly ", "almost ", "roughly ", "more than ", "over ", "up to ",
    "at least ", "fewer than ", "less than ", "an estimated ", "estimated ", 0};
  int i;
  for(i=0; az[i]; i++){
    size_t m = strlen(az[i]), k;
    if( m>n ) continue;
    for(k=0; k<m && tolower((unsigned char)z[k])==az[i][k]; k++){}
    if( k==m ) return 1;
  }
  return 0;
}

/* ISO code of the currency written in z[0..n), or the word itself. */
static void currencyOf(const char *z, size_t n, char *zOut, size_t nOut){
  static const struct { const char *zIn, *zCode; } a[] = {
    {"HK$","HKD"}, {"NZ$","NZD"}, {"US$","USD"}, {"A$","AUD"}, {"C$","CAD"},
    {"$","USD"}, {"\xe2\x82\xac","EUR"}, {"\xc2\xa3","GBP"}, {"\xc2\xa5","JPY"},
    {"USD","USD"}, {"EUR","EUR"}, {"GBP","GBP"}, {"dollar","USD"},
    {"euro","EUR"}, {"pound","GBP"}, {"yen","JPY"}, {"yuan","CNY"},
    {"rupee","INR"}, {"riyal","SAR"}, {"naira","NGN"}, {"rand","ZAR"},
    {"lira","TRY"}, {"rouble","RUB"}, {"ruble","RUB"}, {"shilling","shilling"},
    {"dinar","dinar"}, {"franc","franc"}, {"peso","peso"}, {0, 0}};
  int i;
  char zLow[256];
  size_t k;
  for(k=0; k<n && k+1<sizeof(zLow); k++) zLow[k] = z[k];
  zLow[k] = 0;
  for(i=0; a[i].zIn; i++){
    if( strstr(zLow, a[i].zIn) ){
      /* "Canadian dollars" and friends */
      if( strcmp(a[i].zCode, "USD")==0 && strstr(zLow, "Canadian") ){
        snprintf(zOut, nOut, "CAD");
      }else if( strcmp(a[i].zCode, "USD")==0 && strstr(zLow, "Australian") ){
        snprintf(zOut, nOut, "AUD");
      }else{
        snprintf(zOut, nOut, "%s", a[i].zCode);
      }
      return;
    }
  }
  zOut[0] = 0;
}

/* The last word of z[0..n), lower-cased: the unit of a quantity. */
static void lastWord(const char *z, size_t n, char *zOut, size_t nOut){
  size_t e = n, s, k;
  while( e>0 && !isalpha((unsigned char)z[e-1]) ) e--;
  s = e;
  while( s>0 && (isalpha((unsigned char)z[s-1]) || z[s-1]=='/') ) s--;
  for(k=0; s+k<e && k+1<nOut; k++) zOut[k] = (char)tolower((unsigned char)z[s+k]);
  zOut[k] = 0;
}

static void setNumber(NwMention *pM, const char *z, size_t n){
  double v;
  if( nwNumberValue(z, n, &v, pM->zValue, sizeof(pM->zValue))==0 ){
    pM->dValue = v;
    pM->bHasNumber = 1;
  }
}

static int groupSet(const size_t *aOv, int nPair, int iGroup){
  return iGroup>0 && iGroup<nPair && aOv[2*iGroup]!=NW_UNSET;
}

/* True if byte i of z starts a word: the byte before is not a letter or
** a digit (bytes of multi-byte characters count as letters). */
static int isWordByte(unsigned char c){
  return c>=0x80 || (c>='0' && c<='9') || ((c|32)>='a' && (c|32)<='z');
}
static int wordStart(const char *z, size_t i){
  return i==0 || !isWordByte((unsigned char)z[i-1]);
}
/* The first word start after byte i (or n): the bytes between follow a
** letter or digit, so wordStart() is false at each of them. */
static size_t nextWordStart(const char *z, size_t n, size_t i){
  for(i++; i<n && isWordByte((unsigned char)z[i-1]); i++){}
  return i;
}

/* The words that can open a date, time or figure ("some", "the", "two"),
** and the capitalised ones ("May", "US"). */
#define W(x) { sizeof(x)-1, x }
static const struct { unsigned char n; const char *z; } aTrigWord[] = {
  W("some"), W("about"), W("around"), W("approximately"), W("nearly"),
  W("almost"), W("roughly"), W("more"), W("over"), W("up"), W("at"),
  W("fewer"), W("less"), W("an"), W("estimated"), W("early"), W("mid"),
  W("late"), W("yesterday"), W("today"), W("tomorrow"), W("tonight"),
  W("last"), W("next"), W("this"), W("past"), W("coming"), W("previous"),
  W("noon"), W("midnight"), W("a"), W("one"), W("two"), W("three"),
  W("four"), W("five"), W("six"), W("seven"), W("eight"), W("nine"),
  W("ten"), W("eleven"), W("twelve"), W("thirteen"), W("fourteen"),
  W("fifteen"), W("sixteen"), W("seventeen"), W("eighteen"),
  W("nineteen"), W("twenty"), W("thirty"), W("forty"), W("fifty"),
  W("sixty"), W("seventy"), W("eighty"), W("ninety"), W("dozens"),
  W("zero"), W("the"), W("its"), W("their"), W("his"), W("her"),
  W("first"), W("second"), W("third"), W("fourth"), W("final"),
  W("latest"), W("current"), W("fiscal"), W("year"), W("now"),
  W("currently"), W("recently"), W("formerly"), W("previously"),
  W("nowadays"), W("soon"), W("lately"), W("every"), W("each"), W("per"),
  W("daily"), W("weekly"), W("monthly"), W("yearly"), W("annually"),
  W("hourly"), W("nightly"), W("quarterly"), W("biweekly"),
  W("semiannually"), W("spring"), W("summer"), W("autumn"), W("fall"),
  W("winter"), W("several"), W("few"), W("many"), W("couple"),
  W("recent"), W("seconds"), W("minutes"), W("hours"), W("days"),
  W("weeks"), W("months"), W("years"), W("decades"), W("centuries"),
  W("initial"), W("following"),
};
/* Words that open a date only with what follows them ("the third
** quarter", "year-earlier") or what comes before ("for months"): checked
** after the hash probe, so the pattern is not tried at every "the". */
static const char *const azTrigThe[] = {"the", "its", "their", "his", "her", 0};
static const char *const azTrigAfterThe[] = {"first", "second", "third",
  "fourth", "final", "latest", "current", "fiscal", "most", "recent",
  "previous", "same", "comparable", "latter", "last", "past", "next",
  "coming", "initial", "following", "future", "near", "distant",
  "immediate", "foreseeable", "quarter", "half", "early", "late", "mid",
  "spring", "summer", "autumn", "fall", "winter", "year", "several", "few",
  "many", "couple", "two", "three", "four", "five", "six", "seven", "eight",
  "nine", "ten", "eleven", "twelve", "fifteen", "twenty", "thirty", "forty",
  "fifty", "sixty", "seventy", "eighty", "ninety", "hundred", "one",
  "thirteen", "fourteen", "sixteen", "seventeen", "eighteen", "nineteen",
  "full", "straight", "consecutive", "additional", "more", "this",
  "twenties", "thirties", "forties", "fifties", "sixties", "seventies",
  "eighties", "nineties", "weekend", "end", 0};
static const char *const azTrigPlural[] = {"seconds", "minutes", "hours",
  "days", "weeks", "months", "years", "decades", "centuries", 0};
static const char *const azTrigBeforePlural[] = {"for", "over", "in",
  "within", "after", "take", "takes", "took", "last", "lasted", "spent", 0};
static const struct { unsigned char n; const char *z; } aTrigCap[] = {
  W("January"), W("February"), W("March"), W("April"), W("May"),
  W("June"), W("July"), W("August"), W("September"), W("October"),
  W("November"), W("December"), W("Jan"), W("Feb"), W("Mar"), W("Apr"),
  W("Jun"), W("Jul"), W("Aug"), W("Sep"), W("Sept"), W("Oct"), W("Nov"),
  W("Dec"), W("Monday"), W("Tuesday"), W("Wednesday"), W("Thursday"),
  W("Friday"), W("Saturday"), W("Sunday"), W("US"), W("C"), W("HK"),
  W("NZ"), W("USD"), W("EUR"), W("GBP"),
  };
#undef W

/* Is z[0..n) one of az (ASCII, any case)? */
static int wordIn(const char *z, size_t n, const char *const *az){
  int i, c = n ? tolower((unsigned char)z[0]) : 0;
  size_t k;
  for(i=0; az[i]; i++){
    if( az[i][0]!=c ) continue;            /* first letter first */
    for(k=0; k<n && az[i][k] && tolower((unsigned char)z[k])==az[i][k]; k++){}
    if( k==n && az[i][k]==0 ) return 1;
  }
  return 0;
}

/* FNV-1a of a word, lower-cased when bLower. */
static uint64_t trigHash(const char *z, size_t n, int bLower){
  uint64_t h = 1469598103934665603ULL;
  size_t k;
  for(k=0; k<n; k++){
    unsigned char c = (unsigned char)z[k];
    if( bLower && c>='A' && c<='Z' ) c += 32;     /* the words are ASCII */
    h = (h ^ c) * 1099511628211ULL;
  }
  return h | 1;                        /* never 0: 0 is an empty slot */
}

static void trigAdd(uint64_t *a, const char *z, size_t n, int bCap){
  uint64_t h = trigHash(z, n, 0) ^ (uint64_t)bCap << 62;
  unsigned k = (unsigned)(h % NW_TRIG_SLOTS);
  if( h==0 ) h = 1;
  while( a[k] && a[k]!=h ) k = (k+1) % NW_TRIG_SLOTS;
  a[k] = h;
}

static int trigHas(const uint64_t *a, uint64_t h){
  unsigned k = (unsigned)(h % NW_TRIG_SLOTS);
  if( h==0 ) h = 1;
  while( a[k] ){
    if( a[k]==h ) return 1;
    k = (k+1) % NW_TRIG_SLOTS;
  }
  return 0;
}

/* The trigger table of the model: both lists hashed once. */
static void trigBuild(uint64_t *a){
  size_t k;
  memset(a, 0, sizeof(uint64_t)*NW_TRIG_SLOTS);
  for(k=0; k<sizeof(aTrigWord)/sizeof(aTrigWord[0]); k++) trigAdd(a, aTrigWord[k].z, aTrigWord[k].n, 0);
  for(k=0; k<sizeof(aTrigCap)/sizeof(aTrigCap[0]); k++) trigAdd(a, aTrigCap[k].z, aTrigCap[k].n, 1);
  /* and the words after "the", tagged by bit 61 (trigAfterThe()) */
  for(k=0; azTrigAfterThe[k]; k++){
    uint64_t h = trigHash(azTrigAfterThe[k], strlen(azTrigAfterThe[k]), 0) ^ (uint64_t)1 << 61;
    unsigned j = (unsigned)(h % NW_TRIG_SLOTS);
    while( a[j] && a[j]!=h ) j = (j+1) % NW_TRIG_SLOTS;
    a[j] = h;
  }
}

/* wordIn(z, n, azTrigAfterThe) by one probe of the trigger table. */
static int trigAfterThe(const uint64_t *a, const char *z, size_t n){
  if( n==0 || n>=16 ) return 0;
  return trigHas(a, trigHash(z, n, 1) ^ (uint64_t)1 << 61);
}

/* True if the word at z[i] can start a date, time or figure: a digit, a
** currency sign, one of the words that open such expressions (in any
** case: the pattern's lists are caseless), or a capitalised month,
** weekday or currency code ("US$").  Any other capitalised word cannot
** start a match, so the pattern is not tried there: names are most of
** the capitalised words of news copy.  A word with a byte past ASCII
** right after its letters is left to the pattern (case folding).  One
** hash probe a word (aTrig), not a walk over the lists. */
static int numericTrigger(const uint64_t *aTrig, const char *z, size_t n,
                          size_t i){
  unsigned char c = (unsigned char)z[i];
  size_t e = i, nW;
  if( isdigit(c) || c=='$' ) return 1;
  if( c==0xE2 || c==0xC2 ){
    /* of the characters past ASCII only these open a match: the euro
    ** sign, the pound and yen signs, the apostrophe of "\u201990s" */
    const unsigned char *u = (const unsigned char*)z + i;
    if( n-i<2 ) return 0;
    if( c==0xC2 ) return u[1]==0xA3 || u[1]==0xA5;
    return n-i>=3 && ((u[1]==0x82 && u[2]==0xAC) || (u[1]==0x80 && u[2]==0x99));
  }
  if( !islower(c) && !isupper(c) ) return 0;
  while( e<n && isalpha((unsigned char)z[e]) ) e++;
  nW = e - i;
  if( nW>=16 ) return 0;                 /* longer than any list word */
  if( isupper(c) ){
    /* caseless, the long s and the Kelvin sign are an s and a k: a list
    ** word may go on through one ("LAST" as "LAS\u017fT") */
    if( e+1<n && (((unsigned char)z[e]==0xC5 && (unsigned char)z[e+1]==0xBF)
     || (e+2<n && (unsigned char)z[e]==0xE2 && (unsigned char)z[e+1]==0x84
         && (unsigned char)z[e+2]==0xAA)) ) return 1;
    if( trigHas(aTrig, trigHash(z+i, nW, 0) ^ (uint64_t)1 << 62) ) return 1;
  }
  if( !trigHas(aTrig, trigHash(z+i, nW, 1)) ) return 0;
  if( nW==2 && (z[i]|32)=='a' && (z[i+1]|32)=='t' ){
    /* "at" opens a match only as "at least" */
    static const char zLeast[] = "least";
    size_t k = e;
    int j;
    if( k>=n ) return 0;
    if( (unsigned char)z[k]>=0x80 ) return 1;    /* a space past ASCII */
    if( !isspace((unsigned char)z[k]) ) return 0;
    while( k<n && isspace((unsigned char)z[k]) ) k++;
    for(j=0; j<5; j++, k++){
      if( k>=n ) return 0;
      if( (unsigned char)z[k]>=0x80 ) return 1;  /* a letter folding to one */
      if( (z[k]|32)!=zLeast[j] ) return 0;
    }
    return 1;
  }
  if( nW>=3 && nW<=9 ){
    if( wordIn(z+i, nW, azTrigThe) ){
      /* the next word decides: a digit, an apostrophe ("the '80s") or
      ** a word of azTrigAfterThe */
      size_t s2 = e, e2;
      while( s2<n && z[s2]==' ' ) s2++;
      if( s2>=n ) return 0;
      if( isdigit((unsigned char)z[s2]) || z[s2]=='\'' || (unsigned char)z[s2]>=0x80 ) return 1;
      for(e2=s2; e2<n && isalpha((unsigned char)z[e2]); e2++){}
      return trigAfterThe(aTrig, z+s2, e2-s2);
    }
    if( nW==4 && wordIn(z+i, nW, (const char*const[]){"year", 0}) ){
      /* year-earlier, year end, year's end */
      size_t k = e;
      if( k<n && z[k]=='-' ) return 1;
      if( k+1<n && z[k]=='\'' && z[k+1]=='s' ) k += 2;
      else if( k+3<n && memcmp(z+k, "\xE2\x80\x99s", 4)==0 ) k += 4;
      return k+4<=n && z[k]==' ' && (z[k+1]|32)=='e' && (z[k+2]|32)=='n'
          && (z[k+3]|32)=='d';
    }
    if( wordIn(z+i, nW, azTrigPlural) ){
      char zB[16];
      size_t k = i, we, ws;
      while( k>0 && z[k-1]==' ' ) k--;
      we = ws = k;
      while( ws>0 && isalpha((unsigned char)z[ws-1]) && we-ws<15 ) ws--;
      for(k=0; ws+k<we; k++) zB[k] = (char)tolower((unsigned char)z[ws+k]);
      zB[k] = 0;
      return wordIn(zB, k, azTrigBeforePlural);
    }
  }
  return 1;
}

/* A year after these words is a figure: "No. 1990", "Flight 2010". */
static int isYearNumberWord(const char *zWord){
  static const char *az[] = {"no","nos","number","flight","route","page",
    "pages","room","highway","interstate","resolution","channel","model",
    "bus","train","code","section","article",0};
  int k;
  for(k=0; az[k]; k++) if( strcmp(az[k], zWord)==0 ) return 1;
  return 0;
}

/* The entity type of a TIMEX3 type. */
static int timexEntityType(int eTx){
  switch( eTx ){
    case NW_TX_TIME: return NW_E_TIME;
    case NW_TX_DURATION: return NW_E_DURATION;
    case NW_TX_SET: return NW_E_SET;
  }
  return NW_E_DATE;
}

static int isDatePreposition(const char *zWord){
  static const char *az[] = {"in","since","by","until","from","before",
    "after","during","through","of","early","late","mid","year","and","or",
    "between","to","for","the","a","its","their",0};
  int k;
  for(k=0; az[k]; k++) if( strcmp(az[k], zWord)==0 ) return 1;
  return 0;
}

/* True if z[0..n) holds a run of four digits (a year). */
static int hasYearDigits(const char *z, size_t n){
  size_t i, k = 0;
  for(i=0; i<n; i++){
    if( isdigit((unsigned char)z[i]) ){ if( ++k==4 ) return 1; }
    else k = 0;
  }
  return 0;
}

/* True if z[s..e) holds a sentence end or a line break. */
static int sentenceEndIn(const char *z, size_t s, size_t e){
  for(; s<e; s++){
    if( z[s]=='.' || z[s]=='!' || z[s]=='?' || z[s]=='\n' || z[s]==';' ) return 1;
  }
  return 0;
}

/* Is z[a..b) what may stand between a time and its day: spaces, a time
** zone ("EST"), a comma ("5 p.m. EST, Nov. 6", "10 p.m. Wednesday")? */
static int zoneGap(const char *z, size_t a, size_t b){
  static const char *const azZone[] = {"EST", "EDT", "CST", "CDT", "MST",
    "MDT", "PST", "PDT", "GMT", "UTC", "BST", "CET", "CEST", 0};
  size_t k = a, w;
  int i;
  if( b<a ) return 0;
  if( b-a<=3 ) return !sentenceEndIn(z, a, b);
  if( b-a>10 ) return 0;
  while( k<b && z[k]==' ' ) k++;
  for(w=k; w<b && isupper((unsigned char)z[w]); w++){}
  for(i=0; azZone[i]; i++){
    if( strlen(azZone[i])==w-k && memcmp(azZone[i], z+k, w-k)==0 ) break;
  }
  if( azZone[i]==0 ) return 0;
  k = w;
  if( k<b && z[k]==',' ) k++;
  while( k<b && z[k]==' ' ) k++;
  return k==b;
}

/* Is z[s..e), a relative date, a name in title case ("USA Today", ABC's
** "This Week")?  Every word capitalised, none a weekday or a month (those
** are always), and not at the start of a sentence. */
static int titleCaseName(const char *z, size_t s, size_t e){
  size_t k = s;
  while( k<e ){
    size_t w = k;
    if( !isupper((unsigned char)z[k]) ) return 0;
    while( w<e && isalpha((unsigned char)z[w]) ) w++;
    if( nwWeekdayNumber(z+k, w-k) || nwMonthNumber(z+k, w-k) ) return 0;
    while( w<e && !isalpha((unsigned char)z[w]) ) w++;
    k = w;
  }
  k = s;
  while( k>0 && (z[k-1]==' ' || z[k-1]=='\t') ) k--;
  if( k==0 ) return 0;
  /* opening quotes and brackets: the sentence's start if what is before
  ** them is ("``Today, ...", "\u201cToday ...") */
  while( k>0 && (z[k-1]=='"' || z[k-1]=='(' || z[k-1]=='`' || z[k-1]=='\''
              || (k>=3 && memcmp(z+k-3, "\xE2\x80\x9C", 3)==0)
              || (k>=3 && memcmp(z+k-3, "\xE2\x80\x98", 3)==0)) ){
    k -= (unsigned char)z[k-1]<0x80 ? 1 : 3;
    while( k>0 && (z[k-1]==' ' || z[k-1]=='\t') ) k--;
    if( k==0 ) return 0;
  }
  return !(z[k-1]=='.' || z[k-1]=='!' || z[k-1]=='?' || z[k-1]=='\n'
        || z[k-1]==':' || z[k-1]==';');
}

/* Pass 1: dates, times and figures. */
static int scanNumeric(Scan *pS){
  NwEntityModel *p = pS->p;
  size_t aOv[64], i = 0;
  int nPair;
  NwTimexState st;
  size_t iDayEnd = 0;            /* the end of the last day named, or 0 */
  char zDay[11] = "";            /* its YYYY-MM-DD */
  memset(&st, 0, sizeof(st));
  while( i<pS->n ){
    size_t s, e;
    const char *zM;
    size_t nM;
    NwMention *pM;
    int eType = -1, eKind = 0;
    char zBefore[16];
    if( !wordStart(pS->z, i) || !numericTrigger(p->aTrig, pS->z, pS->n, i)
     || (nPair = nwPatternFind(p->pNumeric, pS->z, pS->n, i, aOv, 64))<=0
     || aOv[1]==aOv[0] ){
      i = nextWordStart(pS->z, pS->n, i);
      continue;
    }
    s = aOv[0];
    e = aOv[1];
    zM = pS->z + s;
    nM = e - s;
    wordBefore(pS->z, s, zBefore, sizeof(zBefore));
    if( groupSet(aOv, nPair, p->iDate) ){ eType = NW_E_DATE; eKind = NW_T_DATE; }
    else if( groupSet(aOv, nPair, p->iMonth) ){
      /* "and Jan Kavan", "with May Smith": a given name before a name */
      size_t k = e;
      while( k<pS->n && pS->z[k]==' ' ) k++;
      if( !isDatePreposition(zBefore)
       || (k>e && k<pS->n && isupper((unsigned char)pS->z[k])
           && pS->z[e-1]!='.') ){ i = e; continue; }
      eType = NW_E_DATE; eKind = NW_T_DATE;
    }else if( groupSet(aOv, nPair, p->iYear) ){
      /* a year in any position ("a 2010 raid"), but "No. 1990" and the
      ** digits of a path or code ("/2025/05/15") */
      unsigned char cB = s>0 ? (unsigned char)pS->z[s-1] : ' ';
      if( !isYearNumberWord(zBefore) && !isalnum(cB) && cB!='/' && cB!='-'
       && cB!='.' && cB!='#' ){ eType = NW_E_DATE; eKind = NW_T_YEAR; }
      else eType = NW_E_NUMBER;
    }
    else if( groupSet(aOv, nPair, p->iQtr) ){ eType = NW_E_DATE; eKind = NW_T_QUARTER; }
    else if( groupSet(aOv, nPair, p->iSeason) ){ eType = NW_E_DATE; eKind = NW_T_SEASON; }
    else if( groupSet(aOv, nPair, p->iDecade) ){ eType = NW_E_DATE; eKind = NW_T_DECADE; }
    else if( groupSet(aOv, nPair, p->iRef) ){ eType = NW_E_DATE; eKind = NW_T_REF; }
    else if( groupSet(aOv, nPair, p->iPod) ){ eType = NW_E_TIME; eKind = NW_T_PARTDAY; }
    else if( groupSet(aOv, nPair, p->iSet) ){ eType = NW_E_SET; eKind = NW_T_SET; }
    else if( groupSet(aOv, nPair, p->iDur) ){ eType = NW_E_DURATION; eKind = NW_T_DURATION; }
    else if( groupSet(aOv, nPair, p->iRel) ){ eType = NW_E_DATE; eKind = NW_T_RELATIVE; }
    else if( groupSet(aOv, nPair, p->iTime) ){ eType = NW_E_TIME; eKind = NW_T_TIME; }
    else if( groupSet(aOv, nPair, p->iMoney) ) eType = NW_E_MONEY;
    else if( groupSet(aOv, nPair, p->iPct) ) eType = NW_E_PERCENT;
    else if( groupSet(aOv, nPair, p->iQunit) || groupSet(aOv, nPair, p->iQnoun) ){
      eType = NW_E_QUANTITY;
    }else eType = NW_E_NUMBER;
    i = e;
    if( eKind ){
      static const char *const azKey[] = {"date:", "date:", "time:",
                                          "duration:", "set:"};
      char zValue[48], zTimex[48];
      int eTx, iTense = NW_TENSE_NONE;
      /* the tense matters only to what can look either way: a weekday, a
      ** date or month without its year, a quarter, a season, a part of
      ** the day */
      if( eKind==NW_T_RELATIVE || eKind==NW_T_QUARTER || eKind==NW_T_SEASON
       || eKind==NW_T_PARTDAY || (eKind==NW_T_DATE && !hasYearDigits(zM, nM)) ){
        iTense = nwTenseAround(pS->z, pS->n, s, e);
      }
      const NwMention *pPrev = pS->pOut->n ? &pS->pOut->a[pS->pOut->n-1] : 0;
      /* "$5 a year": right after a figure */
      st.bAfterFigure = pPrev && pPrev->eType>=NW_E_NUMBER
        && pPrev->eType<=NW_E_PERCENT && pPrev->iEnd+2>=s;
      eTx = nwTimex(zM, nM, eKind, pS->pRef, zBefore, iTense, &st,
                    zValue, sizeof(zValue), zTimex, sizeof(zTimex));
      if( eTx==NW_TX_NONE ) continue;
      if( eKind==NW_T_RELATIVE && titleCaseName(pS->z, s, e) ) continue;
      if( eKind==NW_T_TIME && zTimex[0] && iDayEnd && s<=iDayEnd+40
       && !sentenceEndIn(pS->z, iDayEnd, s) ){
        memcpy(zTimex, zDay, 10);        /* "on Feb. 12 at 7:15 p.m." */
      }
      if( eTx==NW_TX_DATE && strlen(zTimex)==10 ){
        /* "10 p.m. Wednesday": one time, on that day */
        NwMention *pT = pS->pOut->n ? &pS->pOut->a[pS->pOut->n-1] : 0;
        if( pT && pT->eType==NW_E_TIME && zoneGap(pS->z, pT->iEnd, s)
         && strlen(pT->zTimex)==16 && pT->zTimex[10]=='T' ){
          pT->iEnd = e;
          memcpy(pT->zTimex, zTimex, 10);
          continue;
        }
        memcpy(zDay, zTimex, 11);
        iDayEnd = e;
      }
      pM = addMention(pS, s, e, timexEntityType(eTx));
      if( pM==0 ) return NW_NOMEM;
      memcpy(pM->zValue, zValue, sizeof(zValue));
      memcpy(pM->zTimex, zTimex, sizeof(zTimex));
      {
        const char *zPre = pM->zValue[0] ? azKey[eTx] : "";
        size_t m = nwStrCopy(pM->zKey, sizeof(pM->zKey), zPre);
        nwStrPut(pM->zKey, sizeof(pM->zKey), m, pM->zValue, strlen(pM->zValue));
      }
      continue;
    }
    pM = addMention(pS, s, e, eType);
    if( pM==0 ) return NW_NOMEM;
    pM->bApprox = startsApprox(zM, nM);
    setNumber(pM, zM, nM);
    if( eType==NW_E_MONEY ) currencyOf(zM, nM, pM->zUnit, sizeof(pM->zUnit));
    if( eType==NW_E_PERCENT ) snprintf(pM->zUnit, sizeof(pM->zUnit), "%%");
    if( eType==NW_E_QUANTITY ) lastWord(zM, nM, pM->zUnit, sizeof(pM->zUnit));
  }
  pS->nTemporal = pS->pOut->n;
  return NW_OK;
}

/* True if [s,e) overlaps a date or time found by pass 1.  Pass 1's
** mentions are disjoint and in text order (each match resumes at the end
** of the last), so their ends are sorted too: a binary search finds the
** first that ends after s, and only the mentions inside [s,e) follow it.
** O(log m) per word instead of a walk over every earlier mention, which
** made a page of dates and figures quadratic. */
static int inTemporal(const Scan *pS, size_t s, size_t e){
  const NwMention *a = pS->pOut->a;
  int lo = 0, hi = pS->nTemporal;
  while( lo<hi ){
    int mid = lo + (hi-lo)/2;
    if( a[mid].iEnd<=s ) lo = mid+1; else hi = mid;
  }
  for(; lo<pS->nTemporal && a[lo].iStart<e; lo++){
    if( a[lo].eType==NW_E_DATE || a[lo].eType==NW_E_TIME
     || a[lo].eType==NW_E_DURATION || a[lo].eType==NW_E_SET ) return 1;
  }
  return 0;
}

/* ------------------------------------------------------------- names */

static int isConnector(const char *z, size_t n){
  static const char *const az[] = {"of","the","for","and","on","de","du","da",
    "del","della","der","van","von","la","le","al","el","bin","ibn","y","&",0};
  int i;
  if( n==0 || n>5 ) return 0;          /* it runs at every word of a run */
  for(i=0; az[i]; i++){
    if( az[i][0]==z[0] && strlen(az[i])==n && memcmp(az[i], z, n)==0 ) return 1;
  }
  return 0;
}

/* zNameWordPattern's match at byte i of z[0..n) where only ASCII decides
** it: its end, or i if there is none; NW_UNSET where a byte past ASCII
** could change it (the pattern decides).  Most words of news copy are
** ASCII, and PCRE2 was a twentieth of entities(). */
static size_t nameWordAscii(const char *z, size_t n, size_t i){
  static const char *const azPre[] = {"al","el","ad","ash","as","at","an",
    "ul","bin","ibn","abu",0};
  size_t k = i;
  unsigned char c;
  if( k<n && z[k]>='a' && z[k]<='z' ){
    size_t w = k;
    int j;
    while( w<n && z[w]>='a' && z[w]<='z' && w-k<4 ) w++;
    if( w>=n || z[w]!='-' ) return i;
    for(j=0; azPre[j]; j++){
      if( strlen(azPre[j])==w-k && memcmp(azPre[j], z+k, w-k)==0 ) break;
    }
    if( azPre[j]==0 ) return i;
    k = w+1;
  }
  if( k>=n ) return i;
  c = (unsigned char)z[k];
  if( c>=0x80 ) return NW_UNSET;
  if( c<'A' || c>'Z' ) return i;
  for(k++; k<n; k++){
    c = (unsigned char)z[k];
    if( (c>='a' && c<='z') || (c>='A' && c<='Z') || (c>='0' && c<='9')
     || c=='\'' || c=='&' || c=='-' ) continue;
    if( c>=0x80 ) return NW_UNSET;
    if( c=='.' && k+1<n ){
      unsigned char d = (unsigned char)z[k+1];
      if( d>=0x80 ) return NW_UNSET;
      if( d>='A' && d<='Z' ) continue;
    }
    break;
  }
  if( k<n && z[k]=='.' ) k++;
  return k;
}

/* The end of the capitalised word at byte i, or 0 if none starts there
** or it has more than NW_MAX_WORD_CHARS characters.  PCRE2 sees only the
** bytes such a word can take (cut at a character boundary), so a long
** word costs no more than a short one. */
static size_t nameWordEnd(const Scan *pS, size_t i){
  size_t aOv[2], n = pS->n, k, nChar = 0;
  if( n-i>NW_MAX_WORD_CHARS*4+32 ){
    n = i + NW_MAX_WORD_CHARS*4 + 32;
    while( n>i && ((unsigned char)pS->z[n]&0xC0)==0x80 ) n--;
  }
  k = nameWordAscii(pS->z, n, i);
  if( k!=NW_UNSET ) return k>i && k-i<=NW_MAX_WORD_CHARS ? k : 0;
  if( nwPatternFind(pS->p->pName, pS->z, n, i, aOv, 2)<=0 || aOv[1]<=i ){
    return 0;
  }
  for(k=i; k<aOv[1]; k++) nChar += ((unsigned char)pS->z[k]&0xC0)!=0x80;
  return nChar<=NW_MAX_WORD_CHARS ? aOv[1] : 0;
}

/* The byte after 1 to NW_MAX_GAP spaces or tabs at byte i, else 0. */
static size_t gapEnd(const Scan *pS, size_t i){
  size_t k = i;
  while( k<pS->n && k-i<=NW_MAX_GAP && (pS->z[k]==' ' || pS->z[k]=='\t') ) k++;
  return k>i && k-i<=NW_MAX_GAP ? k : 0;
}

/* The byte after a connector and its gap at byte i, else 0. */
static size_t connectorEnd(const Scan *pS, size_t i){
  size_t w = i;
  while( w<pS->n && w-i<6 && pS->z[w]!=' ' && pS->z[w]!='\t' ) w++;
  return isConnector(pS->z+i, w-i) ? gapEnd(pS, w) : 0;
}

/* The end of the run of capitalised words at byte i (see NW_MAX_NAME_WORDS
** for its bounds), or 0 if no capitalised word starts there. */
static size_t nameRunEnd(const Scan *pS, size_t i){
  size_t e = nameWordEnd(pS, i), k, t;
  int nWord, nConn;
  if( e==0 ) return 0;
  for(nWord=1; nWord<NW_MAX_NAME_WORDS; nWord++){
    if( (k = gapEnd(pS, e))==0 ) break;
    for(nConn=0; nConn<NW_MAX_CONNECT && (t = connectorEnd(pS, k))!=0; nConn++){
      k = t;
    }
    if( (t = nameWordEnd(pS, k))==0 ) break;
    e = t;
  }
  return e;
}

/* Split a capitalised run into words, marking where it must be cut:
** after a possessive ("Iraq's"), a lower-case suffix ("US-led"). */
static int tokenizeRun(const char *z, size_t s, size_t e, Tok *a, int nMax){
  int n = 0;
  while( s<e && n<nMax ){
    size_t w = s, t;
    while( w<e && z[w]!=' ' && z[w]!='\t' ) w++;
    t = w;
    memset(&a[n], 0, sizeof(Tok));
    a[n].s = s;
    a[n].bConn = isConnector(z+s, w-s);
    if( !a[n].bConn ){
      size_t k;
      /* possessive or closing apostrophe */
      if( t-s>4 && memcmp(z+t-4, "\xe2\x80\x99s", 4)==0 ){ t -= 4; a[n].bBreak = 1; }
      else if( t-s>2 && memcmp(z+t-2, "'s", 2)==0 ){ t -= 2; a[n].bBreak = 1; }
      else if( t-s>3 && memcmp(z+t-3, "\xe2\x80\x99", 3)==0 ){ t -= 3; a[n].bBreak = 1; }
      /* a suffix in lower case: "US-led", "Iran-backed" */
      for(k=s+1; k+1<t; k++){
        if( z[k]=='-' && islower((unsigned char)z[k+1]) && isupper((unsigned char)z[s]) ){
          t = k;
          a[n].bBreak = 1;
          break;
        }
      }
      /* a sentence's full stop ends the run; "U.S." and "F." keep theirs */
      if( t-s>2 && z[t-1]=='.' && memchr(z+s, '.', t-s-1)==0 ){
        t--;
        a[n].bBreak = 1;
      }
      while( t>s && (z[t-1]==',' || z[t-1]=='-' || z[t-1]=='&') ) t--;
    }
    a[n].e = t;
    if( t>s ) n++;
    s = w;
    while( s<e && (z[s]==' ' || z[s]=='\t') ) s++;
  }
  return n;
}

/* True if byte i starts a sentence: only spaces, quotes and brackets
** between it and the start, a line break or a . ? ! : -- but not the
** period of a title ("Gen. Smith"). */
static int opensSentence(Scan *pS, size_t i);

/* Normalised text of z[s..e) into the model's scratch; NULL on error.
** The result lives until the next call: copy it before calling again. */
static const char *normSpan(Scan *pS, size_t s, size_t e){
  if( normUtf8(pS->p, pS->z+s, e-s) ) return 0;
  return pS->p->scratch.z ? pS->p->scratch.z : "";
}

static int opensSentence(Scan *pS, size_t i){
  const char *z = pS->z;
  while( i>0 ){
    unsigned char c = (unsigned char)z[i-1];
    if( c=='.' ){
      size_t e = i, s = i-1;
      const char *zN;
      while( s>0 && isalpha((unsigned char)z[s-1]) ) s--;
      zN = (s<e-1) ? normSpan(pS, s, e) : 0;
      if( zN && gazFind(pS->p, &pS->p->titles, zN, strlen(zN)) ) return 0;
      return 1;
    }
    if( c=='?' || c=='!' || c==':' || c=='\n' || c=='\r' ) return 1;
    if( c==' ' || c=='\t' || c=='"' || c=='(' || c=='[' || c=='\'' ){ i--; continue; }
    /* a curly quote (E2 80 9C/9D/98/99) counts as space */
    if( c>=0x80 && i>=3 && (unsigned char)z[i-3]==0xE2
     && (unsigned char)z[i-2]==0x80 ){
      i -= 3;
      continue;
    }
    return 0;
  }
  return 1;
}

/* Does z[0..n) end with an English contraction ("She'll", "We're",
** "I've", "He'd", "I'm", straight or curly apostrophe)?  The normal form
** drops the apostrophe, and "she'll" would be Shell. */
static int endsWithContraction(const char *z, size_t n){
  static const char *const azSuffix[] = { "ll", "re", "ve", "d", "m" };
  size_t k;
  for(k=0; k<sizeof(azSuffix)/sizeof(azSuffix[0]); k++){
    size_t m = strlen(azSuffix[k]), i;
    if( n<m+2 ) continue;
    for(i=0; i<m && tolower((unsigned char)z[n-m+i])==azSuffix[k][i]; i++){}
    if( i<m ) continue;
    if( z[n-m-1]=='\'' ) return 1;
    if( n>=m+4 && memcmp(z+n-m-3, "\xE2\x80\x99", 3)==0 ) return 1;   /* U+2019 */
  }
  return 0;
}

/* A short word in title case ("Is", "Us", "It") is an English word at the
** start of a sentence, not the acronym the lexicon lists in capitals (IS,
** US, IT): words of up to three letters match only written in capitals. */
static int shortTitleCaseWord(const char *z, size_t n){
  size_t i;
  if( n<2 || n>3 || !isupper((unsigned char)z[0]) ) return 0;
  for(i=1; i<n; i++){
    if( !islower((unsigned char)z[i]) ) return 0;
  }
  return 1;
}

static const Gaz *lexLookup(Scan *pS, size_t s, size_t e){
  const char *zN;
  if( endsWithContraction(pS->z+s, e-s) || shortTitleCaseWord(pS->z+s, e-s) ){
    return 0;
  }
  zN = normSpan(pS, s, e);
  return zN ? gazFind(pS->p, &pS->p->lex, zN, strlen(zN)) : 0;
}

/* Can a title of two words or more open at a[k], given that a[k..k+L)
** are words of the run?  Only if the first word is one of the model's
** openers -- when the span is ASCII, whose first word normalises on its
** own (spaces and tabs between words collapse to one space, nothing
** else crosses them); any other span is looked up as before.  This
** spares three lookups, each a normalisation, at most words of a run. */
static int titleMayOpen(Scan *pS, const Tok *a, int k, int L){
  size_t i, w = a[k].s;
  const char *zN;
  if( pS->p->bAnyTitleOpens ) return 1;
  for(i=a[k].s; i<a[k+L-1].e+1 && i<pS->n; i++){
    if( (unsigned char)pS->z[i]>=0x80 ) return 1;
  }
  while( w<a[k+1].s && pS->z[w]!=' ' && pS->z[w]!='\t' ) w++;
  zN = normSpan(pS, a[k].s, w);
  return zN==0 || gazFind(pS->p, &pS->p->titleOpeners, zN, strlen(zN))!=0;
}

/* Longest title of up to four words at a[k..j); its length or 0. */
static int titleAt(Scan *pS, const Tok *a, int k, int j){
  int L = j-k<4 ? j-k : 4;
  if( L>1 && !titleMayOpen(pS, a, k, L) ) L = 1;
  for(; L>0; L--){
    size_t e = a[k+L-1].e;
    const char *zN = normSpan(pS, a[k].s, e);
    if( zN && gazFind(pS->p, &pS->p->titles, zN, strlen(zN)) ) return L;
    if( e<pS->n && pS->z[e]=='.' ){           /* "Gen." is "gen." */
      zN = normSpan(pS, a[k].s, e+1);
      if( zN && gazFind(pS->p, &pS->p->titles, zN, strlen(zN)) ) return L;
    }
  }
  return 0;
}

/* A spelling-tolerant skeleton of a name word: lower case, no "al-", no
** vowels after the first letter, digraphs folded, doubled letters merged:
** "Mohammed", "Muhammad" -> "mhmd"; "al-Sudani" -> "sdn". */
static void skeleton(const char *zNorm, char *zOut, size_t nOut){
  char zTmp[64];
  size_t i, k = 0, n;
  if( strncmp(zNorm, "al-", 3)==0 || strncmp(zNorm, "el-", 3)==0 ) zNorm += 3;
  for(i=0; zNorm[i] && k+1<sizeof(zTmp); i++){
    char c = zNorm[i], d = zNorm[i+1];
    if( !isalpha((unsigned char)c) ) continue;
    if( (c=='k' || c=='d' || c=='t' || c=='g') && d=='h' ){ zTmp[k++] = c; i++; continue; }
    if( c=='s' && d=='h' ){ zTmp[k++] = 's'; i++; continue; }
    if( c=='p' && d=='h' ){ zTmp[k++] = 'f'; i++; continue; }
    if( c=='q' ) c = 'k';
    if( c=='w' ) c = 'u';
    if( c=='y' ) c = 'i';
    zTmp[k++] = c;
  }
  zTmp[k] = 0;
  n = 0;
  for(i=0; zTmp[i] && n+1<nOut; i++){
    char c = zTmp[i];
    if( i>0 && strchr("aeiou", c) ) continue;
    if( n>0 && zOut[n-1]==c ) continue;
    zOut[n++] = c;
  }
  zOut[n] = 0;
}

static void personKey(Scan *pS, const Tok *a, int i, int j, char *zKey,
                      size_t nKey){
  char zFirst[32] = "", zLast[32] = "";
  int k;
  for(k=i; k<j; k++){
    const char *zN;
    if( a[k].bConn ) continue;
    zN = normSpan(pS, a[k].s, a[k].e);
    if( zN==0 ) continue;
    if( zFirst[0]==0 && k<j-1 ) skeleton(zN, zFirst, sizeof(zFirst));
    skeleton(zN, zLast, sizeof(zLast));
  }
  {
    size_t m = nwStrPut(zKey, nKey, 0, "person:", 7);
    if( zFirst[0] ){
      m = nwStrPut(zKey, nKey, m, zFirst, strlen(zFirst));
      m = nwStrPut(zKey, nKey, m, "_", 1);
    }
    nwStrPut(zKey, nKey, m, zLast, strlen(zLast));
  }
}

static int cmpWord(const void *a, const void *b){
  return strcmp(*(const char *const*)a, *(const char *const*)b);
}

/* Sort the "_"-separated words after the "type:" of a key, so that word
** order does not matter ("Somalia-Kenya Commission", "Kenya-Somalia
** Commission"). */
static void sortKeyWords(char *zKey){
  char zCopy[96], *azWord[24], *z;
  int n = 0, i;
  size_t m;
  char *zColon = strchr(zKey, ':');
  if( zColon==0 ) return;
  nwStrCopy(zCopy, sizeof(zCopy), zColon+1);
  for(z=zCopy; *z && n<24; ){
    azWord[n++] = z;
    z += strcspn(z, "_");
    if( *z ) *z++ = 0;
  }
  qsort(azWord, (size_t)n, sizeof(azWord[0]), cmpWord);
  m = (size_t)(zColon+1 - zKey);
  zKey[m] = 0;
  for(i=0; i<n; i++){
    if( i>0 && strcmp(azWord[i], azWord[i-1])==0 ) continue;
    {
      size_t m0 = m;
      if( m>(size_t)(zColon+1-zKey) ) m = nwStrPut(zKey+m0, 96-m0, m-m0, "_", 1) + m0;
      m = nwStrPut(zKey+m0, 96-m0, m-m0, azWord[i], strlen(azWord[i])) + m0;
    }
    if( m>=96 ) break;
  }
}

/* "org:" (zType) and the words of the name: places and groups by their
** lexicon key, other words by stem and, with bSyn, synonyms by their
** group's first word, in sorted order, so that "Higher Military
** Commission" and "Supreme Military Committee" meet. */
static void nameKey(Scan *pS, const Tok *a, int i, int j, const char *zType,
                    int bSyn, char *zKey, size_t nKey){
  size_t n = nwStrPut(zKey, nKey, nwStrCopy(zKey, nKey, zType), ":", 1);
  int k, bFirst = 1;
  for(k=i; k<j && n+2<nKey; k++){
    const Gaz *pG;
    const char *zN, *zW;
    size_t nW;
    char zBuf[64];
    if( a[k].bConn ) continue;
    pG = lexLookup(pS, a[k].s, a[k].e);
    if( pG && (pG->eType==NW_E_GPE || pG->eType==NW_E_NORP) ){
      zW = strchr(arenaStr(pS->p, pG->iKey), ':') + 1;
      nW = strlen(zW);
    }else{
      zN = normSpan(pS, a[k].s, a[k].e);
      if( zN==0 ) continue;
      nwStrCopy(zBuf, sizeof(zBuf), zN);
      zW = nwStem(pS->p->pStem, zBuf, strlen(zBuf), &nW);
      if( zW && bSyn && pS->p->pSyn ){
        size_t nHead;
        const char *zHead = nwSynonymHead(pS->p->pSyn, nwHashBytes(zW, nW), &nHead);
        if( zHead ){ zW = zHead; nW = nHead; }
      }
      if( zW==0 ) continue;
    }
    {
      size_t n0 = n;
      if( !bFirst ) n = nwStrPut(zKey+n0, nKey-n0, n-n0, "_", 1) + n0;
      n = nwStrPut(zKey+n0, nKey-n0, n-n0, zW, nW) + n0;
    }
    bFirst = 0;
  }
  for(k=0; zKey[k]; k++){
    if( zKey[k]==' ' || zKey[k]=='-' || zKey[k]=='.' || zKey[k]=='\'' ) zKey[k] = '_';
  }
  if( bSyn ) sortKeyWords(zKey);
}

static const Link *findLink(const Link *a, int n, const char *zFrom){
  int i;
  for(i=n-1; i>=0; i--){
    if( strcmp(a[i].zFrom, zFrom)==0 ) return &a[i];
  }
  return 0;
}

static void addLink(Link *a, int *pn, int nMax, const char *zFrom,
                    const char *zKey){
  Link *p;
  if( *pn>=nMax ) return;
  p = &a[(*pn)++];
  nwStrCopy(p->zFrom, sizeof(p->zFrom), zFrom);
  nwStrCopy(p->zKey, sizeof(p->zKey), zKey);
}

/* An acronym defined right after an organisation: " (HMC)",
** " (or HMC for short)", ", known as the JTC". */
static void acronymAfter(Scan *pS, size_t e, const char *zKey){
  const char *z = pS->z;
  size_t i = e, s;
  char zAcr[32];
  while( i<pS->n && z[i]==' ' ) i++;
  if( i<pS->n && z[i]=='(' ){
    i++;
    if( i+3<pS->n && memcmp(z+i, "or ", 3)==0 ) i += 3;
  }else if( i+10<pS->n && memcmp(z+i, ", known as", 10)==0 ){
    i += 10;
    while( i<pS->n && z[i]==' ' ) i++;
    if( i+4<pS->n && memcmp(z+i, "the ", 4)==0 ) i += 4;
  }else{
    return;
  }
  s = i;
  while( i<pS->n && (isupper((unsigned char)z[i]) || z[i]=='.' || z[i]=='&') ) i++;
  if( i-s<2 || i-s>=sizeof(zAcr) ) return;
  nwStrPut(zAcr, sizeof(zAcr), 0, z+s, i-s);
  addLink(pS->aAcronym, &pS->nAcronym, 64, zAcr, zKey);
}

/* Honorifics say nothing of a role: "H.E.", "Mr.", "His Excellency". */
static int isHonorific(const char *zN){
  static const char *const azHon[] = {
    "dame", "excellency", "h.e.", "her excellency", "his excellency", "hon.",
    "madam", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "sir", "the hon.",
  };
  size_t i;
  for(i=0; i<sizeof(azHon)/sizeof(azHon[0]); i++){
    if( strcmp(zN, azHon[i])==0 ) return 1;
  }
  return 0;
}

/* The title at [s, e) (or with the '.' after it) is an honorific. */
static int honorificAt(Scan *pS, size_t s, size_t e){
  const char *zN = normSpan(pS, s, e);
  if( zN && isHonorific(zN) ) return 1;
  if( e<pS->n && pS->z[e]=='.' ){
    zN = normSpan(pS, s, e+1);
    if( zN && isHonorific(zN) ) return 1;
  }
  return 0;
}

/* A lowercase word that narrows a title before it: "security" in
** "security minister", "former" in "former president"; not a stop word
** nor a verb of saying ("said Minister X"). */
static int isTitleModifier(Scan *pS, size_t s, size_t e){
  static const char *const azVerb[] = {
    "added", "adds", "announced", "asked", "explained", "noted", "replied",
    "said", "says", "stated", "told", "tells", "warned", "wrote",
  };
  const char *zN;
  size_t i;
  if( e-s<3 || !islower((unsigned char)pS->z[s]) ) return 0;
  for(i=s; i<e; i++) if( !islower((unsigned char)pS->z[i]) && pS->z[i]!='-' ) return 0;
  if( nwIsStopWord(pS->z+s, e-s) ) return 0;
  zN = normSpan(pS, s, e);
  if( zN==0 ) return 0;
  for(i=0; i<sizeof(azVerb)/sizeof(azVerb[0]); i++){
    if( strcmp(zN, azVerb[i])==0 ) return 0;
  }
  return 1;
}

/* Words ending at byte e, right to left, at most nMax: aWs/aWe get their
** starts and ends.  Stops at punctuation other than '.', '-' and the
** apostrophe inside a word. */
static int wordsBefore(Scan *pS, size_t e, size_t *aWs, size_t *aWe, int nMax){
  const char *z = pS->z;
  size_t i = e;
  int nW = 0;
  while( nW<nMax && i>0 ){
    size_t we = i;
    while( i>0 && (isalpha((unsigned char)z[i-1]) || z[i-1]=='.' || z[i-1]=='-') ) i--;
    if( i==we ) break;
    aWs[nW] = i;
    aWe[nW++] = we;
    if( i==0 || z[i-1]!=' ' ) break;
    i--;
  }
  return nW;
}

/* "Minister of Energy and Water Resources" ending at e: a capitalised
** title word followed by "of"/"for"/"on" and capitalised words or
** connectors up to e.  Sets *pRs to its start. */
static int longTitleBefore(Scan *pS, size_t e, size_t *pRs){
  size_t aWs[10], aWe[10];
  int nW = wordsBefore(pS, e, aWs, aWe, 10), w, bFound = 0;
  if( nW>0 && !isupper((unsigned char)pS->z[aWs[0]]) ) return 0;
  for(w=0; w<nW; w++){
    const char *z = pS->z + aWs[w];
    size_t n = aWe[w]-aWs[w];
    int bConn = (n==2 && (memcmp(z, "of", 2)==0 || memcmp(z, "on", 2)==0))
             || (n==3 && (memcmp(z, "for", 3)==0 || memcmp(z, "and", 3)==0
                          || memcmp(z, "the", 3)==0));
    if( !bConn && !isupper((unsigned char)z[0]) ) break;
    if( w>0 && !bConn ){
      const char *zNext = pS->z + aWs[w-1];
      size_t nNext = aWe[w-1]-aWs[w-1];
      const char *zN;
      if( (nNext==2 && (memcmp(zNext, "of", 2)==0 || memcmp(zNext, "on", 2)==0))
       || (nNext==3 && memcmp(zNext, "for", 3)==0) ){
        zN = normSpan(pS, aWs[w], aWe[w]);
        if( zN && gazFind(pS->p, &pS->p->titles, zN, strlen(zN)) ){
          *pRs = aWs[w];
          bFound = 1;
        }
      }
    }
  }
  return bFound;
}

/* Title ending just before byte s ("spokesperson Sahra Abdi", "Prime
** Minister, Muhammad al-Sudani", "Somalia's security minister, X", "the
** Minister of Energy, H.E. X"): sets *pRs, *pRe.  An honorific alone
** is no role; the title before it is looked for instead (twice at most:
** "Mr. Mr. Mr. ..." must not recurse down the text). */
static void roleBeforeDepth(Scan *pS, size_t s, size_t *pRs, size_t *pRe,
                            int nDepth){
  const char *z = pS->z;
  size_t aWs[4], aWe[4], e = s, rs;
  int nW, L;
  while( e>0 && z[e-1]==' ' ) e--;
  if( e>0 && z[e-1]==',' ) e--;
  nW = wordsBefore(pS, e, aWs, aWe, 4);
  for(L=nW; L>0; L--){
    const char *zN = normSpan(pS, aWs[L-1], e);
    if( zN && gazFind(pS->p, &pS->p->titles, zN, strlen(zN)) ){
      if( isHonorific(zN) ){
        if( nDepth<2 ) roleBeforeDepth(pS, aWs[L-1], pRs, pRe, nDepth+1);
        return;
      }
      /* up to two lowercase words that narrow it: "security minister" */
      while( L<nW && L<3 && isTitleModifier(pS, aWs[L], aWe[L]) ) L++;
      *pRs = aWs[L-1];
      *pRe = e;
      return;
    }
  }
  /* only as an apposition: "the Minister of Energy, X" */
  if( e<s && pS->z[e]==',' && longTitleBefore(pS, e, &rs) ){
    *pRs = rs;
    *pRe = e;
  }
}

static void roleBefore(Scan *pS, size_t s, size_t *pRs, size_t *pRe){
  roleBeforeDepth(pS, s, pRs, pRe, 0);
}

/* Title in an apposition after the name: ", the military spokesperson". */
static void roleAfter(Scan *pS, size_t e, size_t *pRs, size_t *pRe){
  const char *z = pS->z;
  size_t aS[6], aE[6], i = e;
  int nW = 0, s, L;
  if( i>=pS->n || z[i]!=',' ) return;
  i++;
  while( nW<6 && i<pS->n ){
    while( i<pS->n && z[i]==' ' ) i++;
    aS[nW] = i;
    while( i<pS->n && (isalpha((unsigned char)z[i]) || z[i]=='-' || z[i]=='.') ) i++;
    if( i==aS[nW] ) break;
    aE[nW] = i;
    nW++;
    if( i<pS->n && z[i]!=' ' ) break;
  }
  s = 0;
  if( nW>0 && (aE[0]-aS[0]<=3) && (memcmp(z+aS[0], "the", 3)==0
      || memcmp(z+aS[0], "a", 1)==0 || memcmp(z+aS[0], "an", 2)==0) ) s = 1;
  for(; s<nW && s<4; s++){
    for(L = nW-s<4 ? nW-s : 4; L>0; L--){
      const char *zN = normSpan(pS, aS[s], aE[s+L-1]);
      if( zN && gazFind(pS->p, &pS->p->titles, zN, strlen(zN)) ){
        int s0 = (nW>0 && aE[0]-aS[0]<=3 && s>0) ? 1 : 0;
        *pRs = aS[s0];
        *pRe = aE[s+L-1];
        return;
      }
    }
  }
}

static NwMention *emitName(Scan *pS, const Tok *a, int i, int j, int eType,
                           const char *zKey, const Gaz *pG){
  NwMention *pM = addMention(pS, a[i].s, a[j-1].e, eType);
  if( pM==0 ) return 0;
  nwStrCopy(pM->zKey, sizeof(pM->zKey), zKey);
  if( pG && pG->iPrimary>=0 ){
    nwStrCopy(pM->zValue, sizeof(pM->zValue), arenaStr(pS->p, pG->iPrimary));
  }
  return pM;
}

static int emitPerson(Scan *pS, const Tok *a, int i, int j,
                      size_t iRoleS, size_t iRoleE){
  char zKey[96], zLast[32];
  const char *zN;
  const Link *pL;
  NwMention *pM;
  zN = normSpan(pS, a[j-1].s, a[j-1].e);
  if( zN==0 ) return NW_NOMEM;
  skeleton(zN, zLast, sizeof(zLast));
  if( j-i==1 && (pL = findLink(pS->aSurname, pS->nSurname, zLast))!=0 ){
    nwStrCopy(zKey, sizeof(zKey), pL->zKey);
  }else{
    personKey(pS, a, i, j, zKey, sizeof(zKey));
    if( j-i>1 ) addLink(pS->aSurname, &pS->nSurname, 128, zLast, zKey);
  }
  pM = emitName(pS, a, i, j, NW_E_PERSON, zKey, 0);
  if( pM==0 ) return NW_NOMEM;
  if( iRoleS==NW_UNSET ) roleBefore(pS, a[i].s, &iRoleS, &iRoleE);
  if( iRoleS==NW_UNSET ) roleAfter(pS, a[j-1].e, &iRoleS, &iRoleE);
  pM->iRoleStart = iRoleS;
  pM->iRoleEnd = iRoleE;
  if( iRoleS!=NW_UNSET ) pM->eEvidence = NW_EV_TITLE;
  return NW_OK;
}

static int isGivenName(const NwEntityModel *p, const char *z, size_t n){
  return nwLexHas(z, n, nwLexGivenNames, p->nGiven);
}

/* An organisation's acronym: capitals (and dots or &), not one of the
** abbreviations news copy uses for other things. */
static int isAcronym(const char *z, size_t n){
  static const char *azNot[] = {"AM","PM","UTC","GMT","CEO","CFO","GDP","TV",
    "OK","ID","DNA","HIV","AIDS","COVID","SUV","PR","IT","AI","VIP","MP","MPs",
    "PhD","USB","GPS","LGBT","LGBTQ","EST","EDT","PST","CET","BST",0};
  size_t i, nUp = 0;
  int k;
  if( n<2 || n>8 ) return 0;
  for(i=0; i<n; i++){
    if( isupper((unsigned char)z[i]) ) nUp++;
    else if( z[i]!='.' && z[i]!='&' ) return 0;
  }
  for(k=0; azNot[k]; k++){
    if( strlen(azNot[k])==n && memcmp(azNot[k], z, n)==0 ) return 0;
  }
  return nUp>=2;
}

/* Capitalised words followed by a word that names their kind ("Gedo
** region", "Anbar province"): 1 for GPE, 2 for LOC, with *pE its end. */
static int geoSuffix(Scan *pS, size_t e, size_t *pE){
  static const char *azGpe[] = {"province","governorate","region","district",
    "county","city","state","town","village","municipality",0};
  static const char *azLoc[] = {"river","valley","camp","base","airport",
    "border","sea","lake","mountains","desert","airbase","crossing",0};
  const char *z = pS->z;
  size_t s = e, w;
  int i;
  if( s>=pS->n || z[s]!=' ' ) return 0;
  s++;
  w = s;
  while( w<pS->n && islower((unsigned char)z[w]) ) w++;
  for(i=0; azGpe[i]; i++){
    if( strlen(azGpe[i])==w-s && memcmp(azGpe[i], z+s, w-s)==0 ){ *pE = w; return 1; }
  }
  for(i=0; azLoc[i]; i++){
    if( strlen(azLoc[i])==w-s && memcmp(azLoc[i], z+s, w-s)==0 ){ *pE = w; return 2; }
  }
  return 0;
}

/* Words of news copy after a person's name. */
static int personContextAfter(Scan *pS, size_t e){
  static const char *az[] = {" said", " says", " told", ", who", ", a ",
    ", an ", ", the ", " added", " stressed", " confirmed", " announced", 0};
  int i;
  for(i=0; az[i]; i++){
    size_t m = strlen(az[i]);
    if( e+m<=pS->n && memcmp(pS->z+e, az[i], m)==0 ) return 1;
  }
  return 0;
}

/* "in", "at", "near", "town of" right before byte s: what follows is most
** likely a place ("in Beled Hawo"). */
static int placeCueBefore(Scan *pS, size_t s){
  static const char *az[] = {" in ", " at ", " near ", " outside ",
    " town of ", " city of ", " village of ", " province of ", " region of ",
    " district of ", " capital, ", 0};
  int i;
  for(i=0; az[i]; i++){
    size_t m = strlen(az[i]);              /* ends with the space at s-1 */
    if( s>=m && memcmp(pS->z+s-m, az[i], m)==0 ) return 1;
  }
  return 0;
}

/* Does a[i..j) hold the head word of an organisation or a place? */
static int hasHead(Scan *pS, const Tok *a, int i, int j){
  const NwEntityModel *p = pS->p;
  int k;
  for(k=i; k<j; k++){
    const char *z = pS->z + a[k].s;
    size_t n = a[k].e - a[k].s;
    if( nwLexHas(z, n, nwLexOrgHeads, p->nOrgHead)
     || nwLexHas(z, n, nwLexLocHeads, p->nLocHead) ) return 1;
  }
  return 0;
}

/* Do a[i..j) name something on their own: a lexicon name, a body with a
** head word, or a person with a known given name? */
static int knownName(Scan *pS, const Tok *a, int i, int j){
  while( i<j && a[i].bConn ) i++;
  if( i>=j ) return 0;
  return lexLookup(pS, a[i].s, a[j-1].e)!=0 || hasHead(pS, a, i, j)
      || isGivenName(pS->p, pS->z+a[i].s, a[i].e-a[i].s);
}

static int classify(Scan *pS, Tok *a, int i, int j, int bInitial);

/* zKey = "zType:zName", as snprintf(zKey, nKey, "%s:%s") would make it. */
static void typeKey(char *zKey, size_t nKey, const char *zType,
                    const char *zName){
  size_t m = nwStrCopy(zKey, nKey, zType);
  m = nwStrPut(zKey, nKey, m, ":", 1);
  nwStrPut(zKey, nKey, m, zName, strlen(zName));
}

/* Classify words a[i..j) of a capitalised run and emit what they name. */
static int classify(Scan *pS, Tok *a, int i, int j, int bInitial){
  NwEntityModel *p = pS->p;
  const Gaz *pG;
  char zKey[96];
  int k, L, rc = NW_OK;
  size_t eGeo;

  /* Connectors never open or close a name; "The" opens one rarely. */
  while( i<j && a[i].bConn ){ i++; bInitial = 0; }
  while( j>i && a[j-1].bConn ) j--;
  if( i>=j ) return NW_OK;
  if( j-i>1 && a[i].e-a[i].s==3 && memcmp(pS->z+a[i].s, "The", 3)==0
   && lexLookup(pS, a[i].s, a[j-1].e)==0 ){
    i++;
    bInitial = 0;
  }

  /* 1. A lexicon name: place, group, organisation. */
  if( (pG = lexLookup(pS, a[i].s, a[j-1].e))!=0 ){
    NwMention *pM;
    pS->eEvidence = NW_EV_LEXICON;
    pM = emitName(pS, a, i, j, pG->eType, arenaStr(p, pG->iKey), pG);
    if( pM==0 ) return NW_NOMEM;
    if( pG->eType==NW_E_ORG ) acronymAfter(pS, a[j-1].e, pM->zKey);
    return NW_OK;
  }

  /* 2. A title inside the run: what follows it, up to an "and", is a
  ** person ("Foreign Minister Prince Faisal bin Farhan and ...").  Not in
  ** the name of a body or place: "Premier League", "Justice Department". */
  if( !hasHead(pS, a, i, j) ){
    for(k=i; k<j; k++){
      int e, L2;
      if( (L = titleAt(pS, a, k, j))==0 ) continue;
      while( k+L<j && (L2 = titleAt(pS, a, k+L, j))>0 ) L += L2;
      if( k+L<j && a[k+L].bConn ) continue;   /* "Minister of Energy": a post */
      for(e=k+L; e<j && !(a[e].bConn && pS->z[a[e].s]=='a'); e++){}
      if( k>i ) rc = classify(pS, a, i, k, bInitial);
      if( rc==NW_OK && k+L<e ){
        int bHon = honorificAt(pS, a[k].s, a[k+L-1].e);
        pS->eEvidence = NW_EV_TITLE;
        rc = emitPerson(pS, a, k+L, e, bHon ? NW_UNSET : a[k].s,
                        bHon ? NW_UNSET : a[k+L-1].e);
      }
      if( rc==NW_OK && e+1<j ) rc = classify(pS, a, e+1, j, 0);
      return rc;
    }
  }

  /* 3. Lists: "Baghdad and Washington".  One body when the "and" is
  ** inside its name: "Ministry of Energy and Water", "Competition and
  ** Markets Authority" -- unless the words before it name something of
  ** their own ("Iraq and the Higher Military Commission"). */
  for(k=i+1; k<j-1; k++){
    int bLeftOf = 0, h, bOneBody;
    if( !a[k].bConn || pS->z[a[k].s]!='a' ) continue;
    for(h=i; h<k; h++) bLeftOf |= a[h].bConn && pS->z[a[h].s]=='o';
    bOneBody = (bLeftOf && hasHead(pS, a, i, k))
            || (hasHead(pS, a, k+1, j) && !knownName(pS, a, i, k));
    if( bOneBody ) break;
    rc = classify(pS, a, i, k, bInitial);
    if( rc==NW_OK ) rc = classify(pS, a, k+1, j, 0);
    return rc;
  }

  if( j-i==1 ){
    const char *zW = pS->z + a[i].s;
    size_t nW = a[i].e - a[i].s;
    char zAcr[32], zLast[32], zN[64];
    const Link *pL;
    const char *zTmp;
    nwStrPut(zAcr, sizeof(zAcr), 0, zW, nW);
    if( (pL = findLink(pS->aAcronym, pS->nAcronym, zAcr))!=0 ){
      pS->eEvidence = NW_EV_LEXICON;
      return emitName(pS, a, i, j, NW_E_ORG, pL->zKey, 0) ? NW_OK : NW_NOMEM;
    }
    /* a copy: normSpan()'s buffer is reused by the calls below */
    zTmp = normSpan(pS, a[i].s, a[i].e);
    if( zTmp==0 ) return NW_NOMEM;
    nwStrCopy(zN, sizeof(zN), zTmp);
    skeleton(zN, zLast, sizeof(zLast));
    if( findLink(pS->aSurname, pS->nSurname, zLast) ){
      pS->eEvidence = NW_EV_LINK;
      return emitPerson(pS, a, i, j, NW_UNSET, NW_UNSET);
    }
    if( isAcronym(zW, nW) ){
      typeKey(zKey, sizeof(zKey), "org", zN);
      return emitName(pS, a, i, j, NW_E_ORG, zKey, 0) ? NW_OK : NW_NOMEM;
    }
    if( titleAt(pS, a, i, j) ) return NW_OK;     /* "Eng." alone */
    if( !bInitial || isGivenName(p, zW, nW) ){
      size_t rs = NW_UNSET, re = NW_UNSET;
      roleBefore(pS, a[i].s, &rs, &re);
      if( rs!=NW_UNSET || isGivenName(p, zW, nW) ){
        pS->eEvidence = NW_EV_GIVEN;
        return emitPerson(pS, a, i, j, rs, re);     /* "Gen. Smith" */
      }
      if( !bInitial && placeCueBefore(pS, a[i].s) && geoSuffix(pS, a[i].e, &eGeo)==0 ){
        typeKey(zKey, sizeof(zKey), "gpe", zN);
        return emitName(pS, a, i, j, NW_E_GPE, zKey, 0) ? NW_OK : NW_NOMEM;
      }
    }
  }

  /* "Gedo region", "Ain al-Assad base": the next word says what it is. */
  if( (k = geoSuffix(pS, a[j-1].e, &eGeo))!=0 ){
    const char *zN = normSpan(pS, a[i].s, a[j-1].e);
    NwMention *pM;
    pS->eEvidence = NW_EV_HEAD;
    pM = addMention(pS, a[i].s, eGeo, k==1 ? NW_E_GPE : NW_E_LOC);
    if( pM==0 || zN==0 ) return NW_NOMEM;
    typeKey(pM->zKey, sizeof(pM->zKey), k==1 ? "gpe" : "loc", zN);
    return NW_OK;
  }
  if( j-i==1 ) return NW_OK;

  /* 4. Head words: organisations, places, events, laws. */
  for(k=i; k<j; k++){
    if( nwLexHas(pS->z+a[k].s, a[k].e-a[k].s, nwLexOrgHeads, p->nOrgHead) ){
      NwMention *pM;
      nameKey(pS, a, i, j, "org", 1, zKey, sizeof(zKey));
      pS->eEvidence = NW_EV_HEAD;
      pM = emitName(pS, a, i, j, NW_E_ORG, zKey, 0);
      if( pM==0 ) return NW_NOMEM;
      acronymAfter(pS, a[j-1].e, pM->zKey);
      return NW_OK;
    }
  }
  if( nwLexHas(pS->z+a[i].s, a[i].e-a[i].s, nwLexLocHeads, p->nLocHead)
   || nwLexHas(pS->z+a[j-1].s, a[j-1].e-a[j-1].s, nwLexLocHeads, p->nLocHead) ){
    const char *zN = normSpan(pS, a[i].s, a[j-1].e);
    typeKey(zKey, sizeof(zKey), "loc", zN ? zN : "");
    pS->eEvidence = NW_EV_HEAD;
    return emitName(pS, a, i, j, NW_E_LOC, zKey, 0) ? NW_OK : NW_NOMEM;
  }
  if( (a[i].e-a[i].s==9 && memcmp(pS->z+a[i].s, "Operation", 9)==0)
   || nwLexHas(pS->z+a[j-1].s, a[j-1].e-a[j-1].s, nwLexEventHeads, p->nEventHead) ){
    nameKey(pS, a, i, j, "event", 0, zKey, sizeof(zKey));
    pS->eEvidence = NW_EV_HEAD;
    return emitName(pS, a, i, j, NW_E_EVENT, zKey, 0) ? NW_OK : NW_NOMEM;
  }
  if( nwLexHas(pS->z+a[j-1].s, a[j-1].e-a[j-1].s, nwLexLawHeads, p->nLawHead) ){
    nameKey(pS, a, i, j, "law", 0, zKey, sizeof(zKey));
    pS->eEvidence = NW_EV_HEAD;
    return emitName(pS, a, i, j, NW_E_LAW, zKey, 0) ? NW_OK : NW_NOMEM;
  }

  /* 5. People: a given name first, a title before, or the words news
  ** copy puts after a name. */
  {
    size_t rs = NW_UNSET, re = NW_UNSET;
    int bGiven = isGivenName(p, pS->z+a[i].s, a[i].e-a[i].s);
    if( !bGiven ) roleBefore(pS, a[i].s, &rs, &re);
    if( bGiven || rs!=NW_UNSET ){
      pS->eEvidence = NW_EV_GIVEN;
      return emitPerson(pS, a, i, j, rs, re);
    }
    if( !bInitial && j-i<=3 && placeCueBefore(pS, a[i].s) ){
      const char *zN = normSpan(pS, a[i].s, a[j-1].e);
      typeKey(zKey, sizeof(zKey), "gpe", zN ? zN : "");
      return emitName(pS, a, i, j, NW_E_GPE, zKey, 0) ? NW_OK : NW_NOMEM;
    }
    if( !bInitial && j-i<=4 && personContextAfter(pS, a[j-1].e) ){
      return emitPerson(pS, a, i, j, rs, re);
    }
  }

  /* 6. A sentence's first word may be an ordinary word: try without it. */
  if( bInitial ) return classify(pS, a, i+1, j, 0);

  return NW_OK;
}

/* Pass 2: runs of capitalised words. */
static int scanNames(Scan *pS){
  size_t iPos = 0;
  Tok a[NW_MAX_TOK];
  while( iPos<pS->n ){
    size_t s, e;
    int nTok, i, iSeg = 0, rc = NW_OK;
    unsigned char c = (unsigned char)pS->z[iPos];
    /* names start at a word with a capital, or an "al-" before one */
    if( !wordStart(pS->z, iPos) || !(isupper(c) || c>=0x80 || islower(c))
     || (islower(c) && !memchr(pS->z+iPos, '-', pS->n-iPos<5 ? pS->n-iPos : 5))
     || (e = nameRunEnd(pS, iPos))==0 ){
      iPos = nextWordStart(pS->z, pS->n, iPos);
      continue;
    }
    s = iPos;
    iPos = e;
    nTok = tokenizeRun(pS->z, s, e, a, NW_MAX_TOK);
    for(i=0; i<nTok; i++){
      a[i].bSkip = inTemporal(pS, a[i].s, a[i].e);
      /* "Eng. Peter Langat": a title's period does not end the name */
      if( a[i].bBreak && a[i].e<e && pS->z[a[i].e]=='.' ){
        const char *zN = normSpan(pS, a[i].s, a[i].e+1);
        if( zN && gazFind(pS->p, &pS->p->titles, zN, strlen(zN)) ) a[i].bBreak = 0;
      }
    }
    for(i=0; rc==NW_OK && i<nTok; i++){
      if( a[i].bSkip ){
        if( i>iSeg ){
          rc = classify(pS, a, iSeg, i, opensSentence(pS, a[iSeg].s));
        }
        iSeg = i+1;
      }else if( a[i].bBreak || i==nTok-1 ){
        rc = classify(pS, a, iSeg, i+1, opensSentence(pS, a[iSeg].s));
        iSeg = i+1;
      }
    }
    if( rc ) return rc;
  }
  return NW_OK;
}

/* Keys of names are words joined by "_": no spaces, dots or quotes. */
static void tidyKey(char *zKey){
  char *zColon = strchr(zKey, ':');
  if( zColon==0 || strncmp(zKey, "date:", 5)==0 || strncmp(zKey, "time:", 5)==0
   || strncmp(zKey, "duration:", 9)==0 || strncmp(zKey, "set:", 4)==0 ){
    return;
  }
  for(zColon++; *zColon; zColon++){
    if( *zColon==' ' || *zColon=='-' || *zColon=='.' || *zColon=='\'' ){
      *zColon = '_';
    }
  }
}

static int cmpMention(const void *x, const void *y){
  const NwMention *a = x, *b = y;
  if( a->iStart!=b->iStart ) return a->iStart<b->iStart ? -1 : 1;
  if( a->iEnd!=b->iEnd ) return a->iEnd>b->iEnd ? -1 : 1;
  return a->eType - b->eType;
}

/* User aliases override keys (and types) of the mentions they name. */
static void applyAliases(Scan *pS){
  int i;
  if( pS->p->aliases.nUsed==0 ) return;
  for(i=0; i<pS->pOut->n; i++){
    NwMention *pM = &pS->pOut->a[i];
    const char *zN = normSpan(pS, pM->iStart, pM->iEnd);
    const Gaz *pG = zN ? gazFind(pS->p, &pS->p->aliases, zN, strlen(zN)) : 0;
    if( pG ){
      snprintf(pM->zKey, sizeof(pM->zKey), "%s", arenaStr(pS->p, pG->iKey));
      if( pG->eType>=0 ) pM->eType = pG->eType;
    }
  }
}

/* ------------------------------------------------ the learned tagger */

#ifndef NW_NER_OFF
static int isNameType(int eType){
  return eType==NW_E_PERSON || eType==NW_E_ORG || eType==NW_E_GPE
      || eType==NW_E_LOC || eType==NW_E_NORP || eType==NW_E_EVENT
      || eType==NW_E_LAW || eType==NW_E_MISC;
}

/* The tagger's class of a name type (NW_NER_PER ..), 0 for other types. */
static int nerClass(int eType){
  switch( eType ){
    case NW_E_PERSON: return NW_NER_PER;
    case NW_E_ORG: return NW_NER_ORG;
    case NW_E_GPE: case NW_E_LOC: return NW_NER_LOC;
    case NW_E_NORP: case NW_E_EVENT: case NW_E_LAW: case NW_E_MISC:
      return NW_NER_MISC;
  }
  return 0;
}

/* Emit the tagger's span q as a mention of its own. */
static int emitTagged(Scan *pS, const NwNerSpan *q){
  Tok a[NW_MAX_TOK];
  char zKey[96];
  int nTok = tokenizeRun(pS->z, q->iStart, q->iEnd, a, NW_MAX_TOK), k;
  /* a name of no finer class (a competition, a product, a work) is MISC:
  ** a nationality or group is the lexicon's NORP */
  static const int aType[] = {0, NW_E_PERSON, NW_E_ORG, NW_E_GPE, NW_E_MISC};
  static const char *const azPre[] = {"", "person", "org", "gpe", "misc"};
  NwMention *pM;
  /* a title alone ("Commander-in-Chief") is no name */
  if( nTok==0 || titleAt(pS, a, 0, nTok)==nTok ){
    return NW_OK;
  }
  /* tokenizeRun cuts words of a possessive or a full stop: the span's own
  ** end is the tagger's */
  a[nTok-1].e = q->iEnd;
  for(k=0; k<nTok; k++) a[k].bBreak = 0;
  if( q->eType==NW_NER_PER ) return emitPerson(pS, a, 0, nTok, NW_UNSET, NW_UNSET);
  nameKey(pS, a, 0, nTok, azPre[q->eType], q->eType==NW_NER_ORG, zKey, sizeof(zKey));
  pM = addMention(pS, q->iStart, q->iEnd, aType[q->eType]);
  if( pM==0 ) return NW_NOMEM;
  nwStrCopy(pM->zKey, sizeof(pM->zKey), zKey);
  return NW_OK;
}

/* One text of a document's tagger spans and its votes per class. */
typedef struct SpanVote SpanVote;
struct SpanVote {
  size_t s, e;                   /* the first span with this text; e==0: free */
  int aVote[5];
};

static SpanVote *voteSlot(SpanVote *a, size_t nMask, const char *z,
                          size_t s, size_t e){
  uint32_t h = 2166136261u;
  size_t k, i;
  for(k=s; k<e; k++) h = (h ^ (unsigned char)z[k]) * 16777619u;
  for(i=h&nMask; a[i].e!=0; i=(i+1)&nMask){
    if( a[i].e-a[i].s==e-s && memcmp(z+a[i].s, z+s, e-s)==0 ) return &a[i];
  }
  a[i].s = s;
  a[i].e = e;
  return &a[i];
}

/* One class for every span of the same text in a document: the class
** most of its spans have (a tie keeps each its own), and a full name's
** last word alone ("Sinner" after "Jannik Sinner") counts as a person.
** Linear: a hash table of twice the spans. */
static int harmoniseSpans(const char *z, NwNerSpanList *p){
  SpanVote *a;
  size_t nSlot = 4, nMask;
  int i;
  if( p->n<2 ) return NW_OK;
  while( nSlot<(size_t)p->n*4 ) nSlot *= 2;
  nMask = nSlot-1;
  a = nwMalloc(sizeof(SpanVote)*nSlot);
  if( a==0 ) return NW_NOMEM;
  memset(a, 0, sizeof(SpanVote)*nSlot);
  for(i=0; i<p->n; i++){
    const NwNerSpan *q = &p->a[i];
    SpanVote *v = voteSlot(a, nMask, z, q->iStart, q->iEnd);
    v->aVote[q->eType]++;
    if( q->eType==NW_NER_PER && q->nWord>1 ){
      size_t w = q->iEnd;
      while( w>q->iStart && z[w-1]!=' ' ) w--;
      if( w>q->iStart ) voteSlot(a, nMask, z, w, q->iEnd)->aVote[NW_NER_PER]++;
    }
  }
  for(i=0; i<p->n; i++){
    NwNerSpan *q = &p->a[i];
    const SpanVote *v = voteSlot(a, nMask, z, q->iStart, q->iEnd);
    int t, best = q->eType;
    for(t=1; t<5; t++){
      if( v->aVote[t]>v->aVote[best]
      ) best = t;
    }
    q->eType = best;
  }
  nwFree(a);
  return NW_OK;
}

/* Is z[s..e) the words of a match between two sides ("Barcelona beat
** Madrid", "Ajax drew with PSV", "Leeds 2 Chelsea 1" is a table row)? */
static int matchCue(const char *z, size_t s, size_t e){
  static const char *const az[] = {" beat ", " beats ", " drew with ",
    " draw with ", " lost to ", " loses to ", " defeated ", " edged ",
    " thrashed ", " routed ", " v ", " vs ", " vs. ", " held ", 0};
  int i;
  for(i=0; az[i]; i++){
    size_t m = strlen(az[i]);
    if( e-s==m && memcmp(z+s, az[i], m)==0 ) return 1;
  }
  return 0;
}

/* Two sides of a match are of one kind: a place's name beside a team
** (an ORG) across a match cue is the city's team. */
static void teamsOfMatches(Scan *pS){
  NwMentionList *pOut = pS->pOut;
  int i, iPrev = -1;
  for(i=0; i<pOut->n; i++){
    NwMention *pM = &pOut->a[i], *pP;
    if( !isNameType(pM->eType) ) continue;
    if( iPrev>=0 && (pP = &pOut->a[iPrev])->iEnd<pM->iStart
     && pM->iStart-pP->iEnd<=12 && matchCue(pS->z, pP->iEnd, pM->iStart) ){
      NwMention *pGpe = pP->eType==NW_E_GPE && pM->eType==NW_E_ORG ? pP
                      : pM->eType==NW_E_GPE && pP->eType==NW_E_ORG ? pM : 0;
      if( pGpe ){
        const char *zColon = strchr(pGpe->zKey, ':');
        char zKey[96];
        snprintf(zKey, sizeof(zKey), "org:%s", zColon ? zColon+1 : "");
        snprintf(pGpe->zKey, sizeof(pGpe->zKey), "%s", zKey);
        pGpe->eType = NW_E_ORG;
        pGpe->zValue[0] = 0;
      }
    }
    iPrev = i;
  }
}

/* Does the rules' evidence for pM outweigh the tagger's reading of the same
** words?  A lexicon name, a head word ("Commission", "base", "Operation")
** or a known given name does, when the
** mention holds every span of the tagger it overlaps ("Abu Mohammed
** al-Jolani" against "Abu Mohammed"), or, for a title, also when a span
** runs past it ("Chair Jerome Powell": the title is no part of the name).
** A lexicon name inside a longer span ("Madrid" of "Real Madrid") and the
** words around a name alone ("said", "in") do not. */
static int rulesOutweigh(const NwMention *pM, int bSuper){
  switch( pM->eEvidence ){
    case NW_EV_TITLE: return 1;
    case NW_EV_LEXICON: case NW_EV_GIVEN: case NW_EV_HEAD: return bSuper;
  }
  return 0;
}

/* The tagger decides which capitalised words are names and of what class;
** the rules' mention of the same words and class is kept (its finer type,
** lexicon value and key, role), and so is one whose evidence outweighs the
** tagger (rulesOutweigh(), a city's name read as a team excepted); any
** other rule name goes, and the tagger's other spans become mentions.
** pOut is sorted (cmpMention). */
static int applyTagger(Scan *pS){
  NwMentionList *pOut = pS->pOut;
  NwNerRule *aRule;
  NwNerSpanList spans = {0, 0, 0};
  int i, k, nKeep, nOld = pOut->n, rc;
  unsigned char *aMatched = 0;
  aRule = nwMalloc(sizeof(NwNerRule)*(size_t)(nOld>0 ? nOld : 1));
  if( aRule==0 ) return NW_NOMEM;
  for(i=0; i<nOld; i++){
    aRule[i].iStart = pOut->a[i].iStart;
    aRule[i].iEnd = pOut->a[i].iEnd;
    switch( pOut->a[i].eType ){
      case NW_E_PERSON: aRule[i].iName = 0; break;
      case NW_E_ORG: aRule[i].iName = 1; break;
      case NW_E_GPE: aRule[i].iName = 2; break;
      case NW_E_LOC: aRule[i].iName = 3; break;
      case NW_E_NORP: aRule[i].iName = 4; break;
      case NW_E_EVENT: aRule[i].iName = 5; break;
      case NW_E_LAW: aRule[i].iName = 6; break;
      default: aRule[i].iName = -1; break;
    }
  }
  rc = nwNerTag(pS->z, pS->n, aRule, nOld, &spans);
  nwFree(aRule);
  if( rc==NW_OK ){
    /* a span longer than any name (a line of capitals) is no reading:
    ** the rules decide those words alone */
    for(i=0, k=0; i<spans.n; i++){
      if( spans.a[i].nWord<=NW_MAX_NAME_WORDS ) spans.a[k++] = spans.a[i];
    }
    spans.n = k;
    rc = harmoniseSpans(pS->z, &spans);
  }
  if( rc==NW_OK && spans.n>0 ){
    aMatched = nwMalloc((size_t)spans.n);
    if( aMatched==0 ) rc = NW_NOMEM; else memset(aMatched, 0, (size_t)spans.n);
  }
  if( rc ){ nwFree(spans.a); return rc; }
  /* rule names against the spans (both in text order; k: the first span
  ** that may overlap mention i); aMatched[m]: span m is taken */
  for(i=0, k=0, nKeep=0; i<nOld; i++){
    NwMention *pM = &pOut->a[i];
    int bKeep = 1, m;
    if( isNameType(pM->eType) ){
      int bSame = 0, bDiff = 0, bPartial = 0, bSuper = 1, mDiff = -1, bStrong;
      int bPrefix = 0;
      while( k<spans.n && spans.a[k].iEnd<=pM->iStart ) k++;
      for(m=k; m<spans.n && spans.a[m].iStart<pM->iEnd; m++){
        const NwNerSpan *q = &spans.a[m];
        if( q->iStart==pM->iStart && q->iEnd==pM->iEnd ){
          if( q->eType==nerClass(pM->eType) ){ bSame = 1; aMatched[m] = 1; }
          else{ bDiff = 1; mDiff = m; }
        }else{
          bPartial = 1;
          /* "Kigali" of "Kigali-based", "US" of "US-led": the rules' name
          ** before a lower-case suffix is the name */
          if( q->nWord==1 && q->iStart==pM->iStart && pM->iEnd+1<pS->n
           && pS->z[pM->iEnd]=='-' && islower((unsigned char)pS->z[pM->iEnd+1]) ){
            bPrefix = 1;
          }
        }
        if( q->iStart<pM->iStart || q->iEnd>pM->iEnd ) bSuper = 0;
      }
      bStrong = rulesOutweigh(pM, bSuper) || (bPrefix && pM->eEvidence!=NW_EV_CONTEXT);
      if( m==k ){
        bKeep = bStrong;                    /* the tagger reads no name here */
      }else if( !bPartial && bSame ){
        bKeep = 1;
      }else if( !bPartial && bDiff ){
        /* the same words, another class: "Barcelona" the team is an ORG,
        ** "Jordan" who scored is a person */
        bKeep = bStrong
             && !(pM->eType==NW_E_GPE && (spans.a[mDiff].eType==NW_NER_ORG
                                       || spans.a[mDiff].eType==NW_NER_PER));
        if( bKeep ) aMatched[mDiff] = 1;
      }else if( bStrong ){
        for(m=k; m<spans.n && spans.a[m].iStart<pM->iEnd; m++) aMatched[m] = 1;
        bKeep = 1;
      }else{
        bKeep = 0;
      }
    }else if( pM->eType==NW_E_DATE || pM->eType==NW_E_TIME ){
      /* a date is never a name: spans over it go */
      while( k<spans.n && spans.a[k].iEnd<=pM->iStart ) k++;
      for(m=k; m<spans.n && spans.a[m].iStart<pM->iEnd; m++) aMatched[m] = 1;
    }
    if( bKeep && pM->iRoleStart!=NW_UNSET ){
      /* a kept person's title ("Minister of Energy and Water Resources")
      ** holds no name of its own */
      int lo = 0, hi = spans.n;
      while( lo<hi ){
        int mid = lo + (hi-lo)/2;
        if( spans.a[mid].iEnd<=pM->iRoleStart ) lo = mid+1; else hi = mid;
      }
      for(; lo<spans.n && spans.a[lo].iStart<pM->iRoleEnd; lo++){
        if( spans.a[lo].iStart>=pM->iRoleStart && spans.a[lo].iEnd<=pM->iRoleEnd ){
          aMatched[lo] = 1;
        }
      }
    }
    if( bKeep ) pOut->a[nKeep++] = *pM;
  }
  pOut->n = nKeep;
  for(k=0; rc==NW_OK && k<spans.n; k++){
    if( !aMatched[k] ) rc = emitTagged(pS, &spans.a[k]);
  }
  if( rc==NW_OK ){
    rc = nwSortRecords(pOut->a, pOut->n, sizeof(NwMention), cmpMention);
  }
  if( rc==NW_OK ) teamsOfMatches(pS);
  nwFree(aMatched);
  nwFree(spans.a);
  return rc;
}
#endif

int nwEntities(NwEntityModel *p, const char *z, size_t n, const NwDate *pRef,
               NwMentionList *pOut){
  Scan s;
  int rc;
  /* not the link tables (11 KB): their counts say what is in use */
  memset(&s, 0, offsetof(Scan, aAcronym));
  s.nAcronym = s.nSurname = 0;
  s.eEvidence = 0;
  s.p = p;
  s.z = z;
  s.n = n;
  s.pRef = pRef;
  s.pOut = pOut;
  pOut->n = 0;
  rc = scanNumeric(&s);
  if( rc==NW_OK ) rc = scanNames(&s);
  if( rc==NW_OK ){
    int i;
    for(i=0; i<pOut->n; i++) tidyKey(pOut->a[i].zKey);
    applyAliases(&s);
    rc = nwSortRecords(pOut->a, pOut->n, sizeof(NwMention), cmpMention);
#ifndef NW_NER_OFF
    if( rc==NW_OK ) rc = applyTagger(&s);
    if( rc==NW_OK ){
      for(i=0; i<pOut->n; i++) tidyKey(pOut->a[i].zKey);
      applyAliases(&s);
    }
#endif
  }
  return rc;
}
