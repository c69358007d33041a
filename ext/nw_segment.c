/*
** nw_segment.c: sentence, word and paragraph segmentation, boilerplate.
**
** SQL surface (glue in nw_sql_text.c):
**
**     SELECT seq, text FROM sentences('U.S. officials met Gen. Smith. He left.');
**     SELECT seq, text, boilerplate FROM passages(:body);
**     SELECT token, norm, stem FROM tokens('Announcements were announced.');
*/
#include <string.h>
#include <unicode/ubrk.h>
#include <unicode/uchar.h>
#include "nw_segment.h"
#include "nw_text.h"
#include "nw_pattern.h"
#include "nw_mem.h"

static int isLineBreak(UChar c){
  return c=='\n' || c=='\r' || c==0x0b || c==0x0c || c==0x85
      || c==0x2028 || c==0x2029;
}

/* Characters that may open a word: quotes and brackets. */
static int isOpener(UChar c){
  return nwIsDoubleQuote(c) || nwIsApostrophe(c) || c=='(' || c=='[';
}

/* ------------------------------------------------- abbreviation filter */

/* Abbreviations always followed by a capitalised name. */
static const char *const azTitle[] = {
  "adm", "amb", "ass", "assoc", "asst", "atty", "brig", "capt", "cdr",
  "cllr", "cmdr", "col", "cpl", "cpt", "dep", "det", "dr", "eng", "engr",
  "fr", "ft", "gen", "gens", "gov", "hon", "insp", "lt", "maj", "messrs",
  "mlle", "mme", "mr", "mrs", "ms", "msgr", "mt", "mx", "pres", "prof",
  "pvt", "rep", "reps", "rev", "sen", "sens", "sgt", "st", "supt", "vs", 0
};
/* Abbreviations always followed by a number: "Jan. 5", "No. 10". */
static const char *const azBeforeNumber[] = {
  "approx", "apr", "art", "aug", "ca", "ch", "dec", "est", "feb", "fig",
  "jan", "jul", "jun", "mar", "no", "nos", "nov", "nr", "oct", "op", "p",
  "para", "pp", "sec", "sep", "sept", "vol", "vs", 0
};
/* Words that usually open a sentence: after "U.S." or an initial, a
** capitalised word from this list means the period did end a sentence. */
static const char *const azStarter[] = {
  "a", "according", "after", "an", "and", "as", "at", "before", "both",
  "but", "earlier", "for", "he", "her", "his", "how", "however", "i", "if",
  "in", "it", "its", "last", "later", "many", "meanwhile", "most", "no",
  "officials", "on", "one", "or", "our", "she", "since", "so", "some",
  "that", "the", "their", "then", "there", "these", "they", "this", "those",
  "two", "we", "what", "when", "while", "who", "why", "with", "yet", "you", 0
};

/* The lists are sorted (test_segment checks it), so a binary search: the
** filter runs at every sentence end. */
static int inSortedList(const char *zWord, const char *const *azList,
                        int nList){
  int lo = 0, hi = nList-1;
  while( lo<=hi ){
    int mid = (lo+hi)/2;
    int c = strcmp(zWord, azList[mid]);
    if( c==0 ) return 1;
    if( c<0 ) hi = mid-1; else lo = mid+1;
  }
  return 0;
}
#define inList(zWord, azList) \
  inSortedList(zWord, azList, (int)(sizeof(azList)/sizeof(azList[0]))-1)

/* The longest word of azTitle and azBeforeNumber. */
#define NW_ABBREV_MAX 6

static int listSorted(const char *const *azList, size_t nMax){
  int i;
  for(i=0; azList[i]; i++){
    if( strlen(azList[i])>nMax ) return 0;
    if( i>0 && strcmp(azList[i-1], azList[i])>=0 ) return 0;
  }
  return 1;
}
int nwAbbreviationListsSorted(void){
  return listSorted(azTitle, NW_ABBREV_MAX)
      && listSorted(azBeforeNumber, NW_ABBREV_MAX)
      && listSorted(azStarter, 15);
}

/* Copy z[0..n) into zOut as lower-case ASCII; 0 if it does not fit or is
** not ASCII.  Dots are kept only when bDots. */
static int lowerAscii(const UChar *z, int32_t n, char *zOut, int nOut,
                      int bDots){
  int32_t i;
  int j = 0;
  for(i=0; i<n; i++){
    UChar c = z[i];
    if( c=='.' && !bDots ) continue;
    if( c>=0x80 || j>=nOut-1 ) return 0;
    zOut[j++] = (char)((c>='A' && c<='Z') ? c+'a'-'A' : c);
  }
  zOut[j] = 0;
  return j;
}

/* "F", "U.S", "D.C", "Ph.D", "a.m": an initial or a dotted acronym. */
static int isInitialOrAcronym(const UChar *z, int32_t n){
  int32_t i, nSeg = 0, nDot = 0;
  for(i=0; i<n; i++){
    if( z[i]=='.' ){
      if( nSeg==0 ) return 0;
      nDot++;
      nSeg = 0;
    }else if( u_isalpha(z[i]) && ++nSeg<=2 ){
      continue;
    }else{
      return 0;
    }
  }
  if( nSeg==0 ) return 0;
  return nDot>0 || (n==1 && u_isupper(z[0]));
}

/* True if the ICU break at iBreak should be removed. */
static int sentenceBreakSuppressed(const UChar *z, int32_t n, int32_t iBreak){
  int32_t k = iBreak, j = iBreak, w;
  UChar32 c;
  char zWord[16], zNext[16];
  while( k>0 && nwIsSpaceFast(z[k-1]) ){
    if( isLineBreak(z[k-1]) ) return 0;     /* a line break is final */
    k--;
  }
  while( j<n && isOpener(z[j]) ) j++;
  if( j>=n ) return 0;
  U16_GET(z, 0, j, n, c);
  if( u_islower(c) ) return 1;              /* "Why?" she asked. */
  if( k<2 || z[k-1]!='.' ) return 0;

  /* The word that carries the period, without it. */
  w = k-1;
  while( w>0 && !nwIsSpaceFast(z[w-1]) && !isOpener(z[w-1]) ) w--;
  if( isInitialOrAcronym(z+w, k-1-w) ){
    int32_t e = j;
    while( e<n && u_isalpha(z[e]) ) e++;
    if( e>j && lowerAscii(z+j, e-j, zNext, sizeof(zNext), 0)
     && inList(zNext, azStarter) ){
      return 0;
    }
    return 1;
  }
  /* Both lists hold words of at most NW_ABBREV_MAX letters; the next
  ** character is tested first, as it is cheaper than the lookup. */
  if( k-1-w>NW_ABBREV_MAX ) return 0;
  if( !lowerAscii(z+w, k-1-w, zWord, sizeof(zWord), 0) ) return 0;
  if( (u_isupper(c) || u_istitle(c)) && inList(zWord, azTitle) ) return 1;
  if( u_isdigit(c) && inList(zWord, azBeforeNumber) ) return 1;
  return 0;
}

/* ----------------------------------------------------------- sentences */

struct NwSentences {
  NwBreakCache *pCache;  /* where pBrk came from and goes back to, or 0 */
  UBreakIterator *pBrk;
  const UChar *z;
  int32_t n;
  int32_t iPos;          /* start of the next sentence */
};

/* The cache's slot for eType. */
static UBreakIterator **cacheSlot(NwBreakCache *pCache,
                                  UBreakIteratorType eType){
  if( pCache==0 ) return 0;
  return eType==UBRK_SENTENCE ? &pCache->pSentence : &pCache->pWord;
}

/* A break iterator of type eType over z[0..n): the cached one if there is
** one (ubrk_setText is cheap; ubrk_open costs about 3 us, as long as a
** news paragraph takes to segment), else a new one. */
static int openBreakIterator(NwBreakCache *pCache, UBreakIteratorType eType,
                             const UChar *z, int32_t n, UBreakIterator **pp){
  UErrorCode err = U_ZERO_ERROR;
  UBreakIterator **ppSlot = cacheSlot(pCache, eType);
  if( ppSlot && *ppSlot ){
    *pp = *ppSlot;
    *ppSlot = 0;
    ubrk_setText(*pp, z, n, &err);
  }else{
    *pp = ubrk_open(eType, "en", z, n, &err);
  }
  if( U_FAILURE(err) ){
    if( *pp ) ubrk_close(*pp);
    *pp = 0;
    return err==U_MEMORY_ALLOCATION_ERROR ? NW_NOMEM : NW_ERROR;
  }
  return NW_OK;
}

/* Give pBrk back to the cache if its slot is free (another cursor of the
** same connection may hold one), else close it.  It is pointed at an
** empty text so that it never keeps the caller's. */
static void closeBreakIterator(NwBreakCache *pCache, UBreakIteratorType eType,
                               UBreakIterator *pBrk){
  static const UChar empty[1] = {0};
  UBreakIterator **ppSlot = cacheSlot(pCache, eType);
  UErrorCode err = U_ZERO_ERROR;
  if( pBrk==0 ) return;
  if( ppSlot && *ppSlot==0 ){
    ubrk_setText(pBrk, empty, 0, &err);
    if( U_SUCCESS(err) ){
      *ppSlot = pBrk;
      return;
    }
  }
  ubrk_close(pBrk);
}

void nwBreakCacheClear(NwBreakCache *pCache){
  if( pCache->pSentence ) ubrk_close(pCache->pSentence);
  if( pCache->pWord ) ubrk_close(pCache->pWord);
  pCache->pSentence = pCache->pWord = 0;
}

int nwSentencesOpenCached(NwBreakCache *pCache, const UChar *z, int32_t n,
                          NwSentences **pp){
  NwSentences *p = nwMalloc(sizeof(*p));
  int rc;
  *pp = 0;
  if( p==0 ) return NW_NOMEM;
  memset(p, 0, sizeof(*p));
  p->pCache = pCache;
  p->z = z;
  p->n = n;
  if( n>0
   && (rc = openBreakIterator(pCache, UBRK_SENTENCE, z, n, &p->pBrk))!=0 ){
    nwFree(p);
    return rc;
  }
  *pp = p;
  return NW_OK;
}

int nwSentencesNext(NwSentences *p, NwSpan *pSpan){
  while( p->pBrk && p->iPos<p->n ){
    int32_t iEnd = ubrk_following(p->pBrk, p->iPos);
    int32_t iStart = p->iPos;
    while( iEnd!=UBRK_DONE && sentenceBreakSuppressed(p->z, p->n, iEnd) ){
      iEnd = ubrk_next(p->pBrk);
    }
    if( iEnd==UBRK_DONE ) iEnd = p->n;
    p->iPos = iEnd;
    while( iStart<iEnd && nwIsSpaceFast(p->z[iStart]) ) iStart++;
    while( iEnd>iStart && nwIsSpaceFast(p->z[iEnd-1]) ) iEnd--;
    if( iStart<iEnd ){
      pSpan->iStart = iStart;
      pSpan->iEnd = iEnd;
      return NW_ROW;
    }
  }
  return NW_DONE;
}

int nwSentencesOpen(const UChar *z, int32_t n, NwSentences **pp){
  return nwSentencesOpenCached(0, z, n, pp);
}

void nwSentencesClose(NwSentences *p){
  if( p==0 ) return;
  closeBreakIterator(p->pCache, UBRK_SENTENCE, p->pBrk);
  nwFree(p);
}

/* --------------------------------------------------------------- words */

struct NwWords {
  NwBreakCache *pCache;  /* where pBrk came from and goes back to, or 0 */
  UBreakIterator *pBrk;
  int32_t iPos;
};

int nwWordsOpenCached(NwBreakCache *pCache, const UChar *z, int32_t n,
                      NwWords **pp){
  NwWords *p = nwMalloc(sizeof(*p));
  int rc;
  *pp = 0;
  if( p==0 ) return NW_NOMEM;
  memset(p, 0, sizeof(*p));
  p->pCache = pCache;
  if( n>0 && (rc = openBreakIterator(pCache, UBRK_WORD, z, n, &p->pBrk))!=0 ){
    nwFree(p);
    return rc;
  }
  *pp = p;
  return NW_OK;
}

int nwWordsNext(NwWords *p, NwSpan *pSpan){
  int32_t iEnd;
  if( p->pBrk==0 ) return NW_DONE;
  while( (iEnd = ubrk_next(p->pBrk))!=UBRK_DONE ){
    int32_t iStart = p->iPos;
    p->iPos = iEnd;
    /* Rule status below UBRK_WORD_NONE_LIMIT: spaces and punctuation. */
    if( ubrk_getRuleStatus(p->pBrk)>=UBRK_WORD_NONE_LIMIT ){
      pSpan->iStart = iStart;
      pSpan->iEnd = iEnd;
      return NW_ROW;
    }
  }
  return NW_DONE;
}

int nwWordsOpen(const UChar *z, int32_t n, NwWords **pp){
  return nwWordsOpenCached(0, z, n, pp);
}

void nwWordsClose(NwWords *p){
  if( p==0 ) return;
  closeBreakIterator(p->pCache, UBRK_WORD, p->pBrk);
  nwFree(p);
}

/* ---------------------------------------------------------- paragraphs */

int nwParagraphNext(const UChar *z, int32_t n, int32_t *piPos, NwSpan *pSpan){
  int32_t i = *piPos;
  while( i<n ){
    int32_t iStart, iEnd;
    while( i<n && nwIsSpaceFast(z[i]) ) i++;      /* skips blank lines too */
    iStart = i;
    while( i<n && !isLineBreak(z[i]) ) i++;
    iEnd = i;
    while( iEnd>iStart && nwIsSpaceFast(z[iEnd-1]) ) iEnd--;
    if( iEnd>iStart ){
      *piPos = i;
      pSpan->iStart = iStart;
      pSpan->iEnd = iEnd;
      return NW_ROW;
    }
  }
  *piPos = n;
  return NW_DONE;
}

/* --------------------------------------------------------- boilerplate */

/* Lines longer than this (bytes) are never boilerplate. */
#define NW_BOILERPLATE_MAX 160

#define NW_MONTH "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may" \
  "|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?" \
  "|nov(?:ember)?|dec(?:ember)?)"
#define NW_WEEKDAY "(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)" \
  "(?:day)?"
/* A capitalised word of a name, possibly "al-Sudani" or "U.S.". */
#define NW_CAPWORD "\\(?\\p{Lu}[\\p{L}\\p{M}'\\x{2019}.&-]*\\)?"

/* The line rules, one pattern matched whole.  The named groups tell the
** kind: dateline, slug, else (furniture) boilerplate. */
static const char zBoilerplate[] =
  "^(?:"
  "(?i:"
  /* blog and site furniture */
  "(?:no|\\d+|one)\\s+comments?\\s*:?"
  "|post\\s+a\\s+comment|leave\\s+a\\s+(?:comment|reply)"
  "|share(?:\\s+this(?:\\s+(?:article|story|post|page))?)?"
    "(?:\\s*(?:on|via|to)\\s+\\w+)?\\s*:?"
  "|tweet|pin\\s+it|e-?mail\\s+this|blogthis!?|print(?:\\s+this)?"
  "|permalink|links?|home|menu|search|top|advertisement"
  "|sponsored(?:\\s+content)?|(?:newer|older|next|previous)\\s+posts?"
  "|subscribe(?:\\s+to)?\\s*:.*|labels?\\s*:.*|tags?\\s*:.*"
  "|filed\\s+under\\b.*|categor(?:y|ies)\\s*:.*|posted\\s+(?:by|in|on)\\b.*"
  "|read\\s+(?:more|also|next)\\b.*|see\\s+also\\s*:.*|click\\s+here\\b.*"
  "|related(?:\\s+(?:articles?|stories|posts|news|content))?\\s*:.*"
  "|all\\s+rights\\s+reserved.*|(?:\\x{a9}|\\(c\\)|copyright)\\s.*"
  "|follow\\s+us\\b.*|sign\\s+up\\b.*|(?:photo|image)(?:\\s+credit)?\\s*:.*"
  "|source\\s*:.*|\\S*\\.html?"
  /* markup alone: "<tweet tweet-id=\"7585\"><tweet/>." */
  "|(?:<[^<>]{1,100}>\\s*){1,4}\\.?"
  /* a social handle to follow: "Follow Jeff Poor on Twitter @jeff_poor." */
  "|follow\\s.{0,60}@\\w+\\.?"
  /* a separator: "___", "-----", "* * *" */
  "|(?:[_=*~#.\\x{2013}\\x{2014}-]\\s?){3,}"
  /* credits and desk tags */
  "|(?<slug>\\(?(?:additional\\s+)?(?:reporting|writing|editing)\\s+by\\b.*"
  "|(?:for\\s+(?:media|press)\\s+(?:enquiries|inquiries)"
    "|(?:media|press)\\s+contacts?|contact\\s*:)\\b.*"
  /* a byline */
  "|by\\s+" NW_CAPWORD "(?:\\s+" NW_CAPWORD "){0,3}"
    "(?:\\s*(?:,|\\||and|-|\\x{2013}|\\x{2014}).*)?)"
  /* a date alone, with an optional time; a time alone */
  "|(?<date>(?:" NW_WEEKDAY "\\.?,?\\s+)?"
  "(?:" NW_MONTH "\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}"
  "|\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?" NW_MONTH "\\.?,?\\s+\\d{4}"
  "|" NW_MONTH "\\s+\\d{4}|\\d{4}-\\d{1,2}-\\d{1,2}"
  "|\\d{1,2}[/.]\\d{1,2}[/.]\\d{2,4}|" NW_WEEKDAY ")"
  "(?:,?\\s*(?:at\\s+)?\\d{1,2}[:.]\\d{2}(?:\\s*[ap]\\.?m\\.?)?"
    "(?:\\s+\\p{L}{2,5})?)?"
  "(?:\\s*(?:\\||-|\\x{2013})?\\s*(?:last\\s+)?updated\\b.*)?\\.?"
  "|\\d{1,2}(?:[:.]\\d{2})?\\s*[ap]\\.?m\\.?(?:\\s+\\p{L}{2,5})?[.:]?)"
  ")"
  /* a dateline: "Nairobi - Staff", "BAGHDAD (Reuters) -" */
  "|(?<dateline>\\p{Lu}[\\p{L}\\p{M}]+(?:\\s+\\p{Lu}[\\p{L}\\p{M}]+)?\\s*"
    "(?:\\(\\p{L}+\\)\\s*)?[-\\x{2013}\\x{2014}]\\s*"
    "(?:\\p{Lu}[\\p{L}\\p{M}]*(?:\\s+\\p{Lu}[\\p{L}\\p{M}]*)?)?)"
  /* a desk tag: "-- London Newsroom +44 171 542 7658" */
  "|(?<desk>(?:--|\\x{2014})\\s*\\p{Lu}.*\\d{3}.*)"
  /* a lone source: at most five capitalised words, nothing else */
  "|(?<source>" NW_CAPWORD "(?:\\s+(?:of|the|for|and|on|al|el|de|du|la|"
    NW_CAPWORD ")){0,4}(?<!\\p{Ll}\\.))"   /* "Thanks." is a sentence */
  ")\\s*$";

/* A dateline at the start of a paragraph: a place in capitalised words
** with an optional region ("MANCHESTER, N.H.", "CARLSBAD , California"),
** then an agency in brackets, a date and a dash, each optional; which
** combinations make a dateline is decided by datelineAccepted(). */
#define NW_PLACEWORD "\\p{Lu}[\\p{L}\\p{M}'\\x{2019}.&]*(?:-\\p{L}[\\p{L}\\p{M}'\\x{2019}.&]*)*"
static const char zDateline[] =
  "^(?<place>" NW_PLACEWORD "(?:[ \\t]+" NW_PLACEWORD "){0,3})"
  "(?<region>[ \\t]*,[ \\t]*(?!(?i:" NW_MONTH ")\\b)" NW_PLACEWORD "(?:[ \\t]+" NW_PLACEWORD "){0,2}"
    "(?:[ \\t]*\\.)?)?"
  "(?:[ \\t]*\\([ \\t]*(?<agency>\\p{Lu}[\\p{L}.&]*(?:[ \\t]+\\p{Lu}[\\p{L}.&]*)"
    "{0,2})[ \\t]*\\))?"
  "(?:[ \\t]*,?[ \\t]*(?<date>(?<iso>\\d{4}-\\d{2}-\\d{2})"
    "|(?i:" NW_MONTH ")\\.?[ \\t]+\\d{1,2}(?:,?[ \\t]+\\d{4})?"
    "|\\d{1,2}[ \\t]+(?i:" NW_MONTH ")\\.?(?:,?[ \\t]+\\d{4})?))?"
  "(?:[ \\t]*\\([ \\t]*(?<agency2>\\p{Lu}[\\p{L}.&]*(?:[ \\t]+\\p{Lu}[\\p{L}.&]*)"
    "{0,2})[ \\t]*\\))?"
  "(?:[ \\t]*(?<dash>--?|[\\x{2013}\\x{2014}\\x{2015}]))?"
  /* something after the place, else backtrack ("LONDON, Aug 22 -" is not
  ** the place "LONDON" in the region "Aug") */
  "(?(<agency>)|(?(<agency2>)|(?(<date>)|(?(<dash>)|(?(<region>)|(*FAIL))))))"
  "(?=\\s|$)";

/* The first bytes of a paragraph the dateline pattern looks at. */
#define NW_DATELINE_SCAN 160

#define NW_UNSET (~(size_t)0)

struct NwBoilerplate {
  NwPattern *pPattern;
  NwPattern *pDateline;
  int iSlug, iDate, iDateline, iDesk, iSource;      /* groups of pPattern */
  int iPlace, iRegion, iAgency, iAgency2, iWhen, iIso, iDash; /* pDateline */
};

int nwBoilerplateOpen(NwBoilerplate **pp, char *zErr, int nErr){
  NwBoilerplate *p = nwMalloc(sizeof(*p));
  int rc;
  *pp = 0;
  if( p==0 ) return NW_NOMEM;
  memset(p, 0, sizeof(*p));
  rc = nwPatternCompile(zBoilerplate, 0, &p->pPattern, zErr, nErr);
  if( rc==NW_OK ) rc = nwPatternCompile(zDateline, 0, &p->pDateline, zErr, nErr);
  if( rc ){
    nwBoilerplateClose(p);
    return rc;
  }
  p->iSlug = nwPatternGroup(p->pPattern, "slug");
  p->iDate = nwPatternGroup(p->pPattern, "date");
  p->iDateline = nwPatternGroup(p->pPattern, "dateline");
  p->iDesk = nwPatternGroup(p->pPattern, "desk");
  p->iSource = nwPatternGroup(p->pPattern, "source");
  p->iPlace = nwPatternGroup(p->pDateline, "place");
  p->iRegion = nwPatternGroup(p->pDateline, "region");
  p->iAgency = nwPatternGroup(p->pDateline, "agency");
  p->iAgency2 = nwPatternGroup(p->pDateline, "agency2");
  p->iWhen = nwPatternGroup(p->pDateline, "date");
  p->iIso = nwPatternGroup(p->pDateline, "iso");
  p->iDash = nwPatternGroup(p->pDateline, "dash");
  *pp = p;
  return NW_OK;
}

/* True if group i took part in the match nwPatternFind() reported. */
static int groupSet(const size_t *aOv, int nPair, int i){
  return i>0 && i<nPair && aOv[2*i]!=NW_UNSET;
}

int nwBoilerplateKind(NwBoilerplate *p, const char *z, size_t n){
  size_t aOv[2*16];
  int nPair;
  if( n==0 || n>NW_BOILERPLATE_MAX ) return NW_KIND_TEXT;
  nPair = nwPatternFind(p->pPattern, z, n, 0, aOv, 2*16);
  if( nPair==0 ) return NW_KIND_TEXT;
  if( groupSet(aOv, nPair, p->iDate) || groupSet(aOv, nPair, p->iDateline) ){
    return NW_KIND_DATELINE;
  }
  if( groupSet(aOv, nPair, p->iSlug) || groupSet(aOv, nPair, p->iDesk)
   || groupSet(aOv, nPair, p->iSource) ){
    return NW_KIND_SLUG;
  }
  return NW_KIND_BOILERPLATE;
}

int nwIsBoilerplate(NwBoilerplate *p, const char *z, size_t n){
  return nwBoilerplateKind(p, z, n)!=NW_KIND_TEXT;
}

void nwBoilerplateClose(NwBoilerplate *p){
  if( p==0 ) return;
  nwPatternFree(p->pPattern);
  nwPatternFree(p->pDateline);
  nwFree(p);
}

const char *nwKindName(int eKind){
  static const char *const azName[] = { "text", "dateline", "slug",
    "ticker", "table", "score", "boilerplate" };
  if( eKind<0 || eKind>NW_KIND_BOILERPLATE ) return "text";
  return azName[eKind];
}

/* ------------------------------------------------------------ datelines */

/* No ASCII lower-case letter in z[0..n), and two letters or more. */
static int allCapitals(const char *z, size_t n){
  size_t i;
  int nUpper = 0;
  for(i=0; i<n; i++){
    if( z[i]>='a' && z[i]<='z' ) return 0;
    if( z[i]>='A' && z[i]<='Z' ) nUpper++;
  }
  return nUpper>=2;
}

/* Which matches of zDateline are datelines.  An agency in brackets makes
** one with a dash, a date or a place in capitals ("Richard Hadlee (New
** Zealand)" is none); a place in capitals needs a dash or a date after it
** ("WASHINGTON —", "BRUSSELS 1996-08-22") or, alone on its line, a
** region ("ALLENTOWN , Pa ."); a place in mixed case needs a
** date and a dash ("Washington, Aug. 22 —") or an ISO date ("Carlsbad ,
** California 1996-08-24"), so that "Still, Sanders - " is prose.  A date
** written in words with nothing after it must end the line: "President
** Obama Aug. 22 said" is prose. */
static int datelineAccepted(NwBoilerplate *p, const char *z,
                            const size_t *aOv, int nPair, int bWholeLine){
  int bAgency = groupSet(aOv, nPair, p->iAgency)
             || groupSet(aOv, nPair, p->iAgency2);
  int bDate = groupSet(aOv, nPair, p->iWhen);
  int bIso = groupSet(aOv, nPair, p->iIso);
  int bDash = groupSet(aOv, nPair, p->iDash);
  int bCaps = groupSet(aOv, nPair, p->iPlace) && allCapitals(
      z + aOv[2*p->iPlace], aOv[2*p->iPlace+1] - aOv[2*p->iPlace]);
  if( bAgency ) return bDash || bDate || bCaps;
  if( bDate && !bIso && !bDash && !bWholeLine ) return 0;
  if( bCaps ) return bDash || bDate || (bWholeLine
                                        && groupSet(aOv, nPair, p->iRegion));
  return bIso || (bDate && bDash);
}

/* Cheap test before the pattern: a dateline has a dash, a bracket, a comma
** or a digit within its first 60 characters, and starts with a capital. */
static int mayOpenWithDateline(const UChar *z, int32_t n){
  int32_t i;
  if( n<2 || !u_isupper(z[0]) ) return 0;
  for(i=1; i<n && i<60; i++){
    if( nwIsDash(z[i]) || z[i]=='(' || z[i]==','
     || (z[i]>='0' && z[i]<='9') ){
      return 1;
    }
  }
  return 0;
}

/* UTF-16 units of the first nByte bytes of z (UTF-8 made from UTF-16). */
static int32_t utf16Units(const char *z, size_t nByte){
  size_t i;
  int32_t n = 0;
  for(i=0; i<nByte; i++){
    unsigned char c = (unsigned char)z[i];
    if( (c & 0xc0)!=0x80 ) n += (c>=0xf0) ? 2 : 1;
  }
  return n;
}

/* Length in UTF-16 units of the dateline that opens z[0..n), 0 if none.
** pBuf is scratch space for the UTF-8 the pattern reads. */
static int32_t datelineLength(NwBoilerplate *p, const UChar *z, int32_t n,
                              NwBuf *pBuf){
  size_t aOv[2*16];
  int32_t nScan = n<NW_DATELINE_SCAN ? n : NW_DATELINE_SCAN;
  int nPair;
  if( !mayOpenWithDateline(z, n) ) return 0;
  if( nScan<n && U16_IS_LEAD(z[nScan-1]) ) nScan--;   /* keep pairs whole */
  pBuf->n = 0;
  if( nwBufAppendUtf16(pBuf, z, nScan)!=NW_OK ) return 0;
  nPair = nwPatternFind(p->pDateline, pBuf->z, pBuf->n, 0, aOv, 2*16);
  if( nPair==0 || aOv[1]==0 ) return 0;
  if( !datelineAccepted(p, pBuf->z, aOv, nPair,
                        nScan==n && aOv[1]==pBuf->n) ){
    return 0;
  }
  return utf16Units(pBuf->z, aOv[1]);
}

/* ---------------------------------------------------------- line shape */

/* What the words of a line are.  A word is a run of non-space characters:
** a figure has digits and no letter ("6-3", "+16.4", "27,535.5"); a code
** has digits and letters ("Baa1", "H1", "24.SEP.02"); a capitals word
** two letters or more and no lower-case one ("MLN", "S&P"); a capitalised
** word starts upper-case; a lower-case word starts lower-case. */
typedef struct NwShape NwShape;
struct NwShape {
  int nWord, nFigure, nCode, nCapitals, nCapitalised, nLower;
  int nScore;        /* scores: "6-3", "2-1" */
  int nNameFigure;   /* a name word followed by a figure */
  int nTrailing;     /* figures that end the line ("... 27,535.5 27,246.5") */
  int bEquals;       /* a "=" alone, as market lines leave an empty field */
  int bField;        /* "Label : value" */
  int bSentenceEnd;  /* ends with . ! or ? */
  int bFigureStop;   /* ends with a figure and a period: "... in 2016." */
  int32_t nChar;
};

enum { W_NONE, W_FIGURE, W_CODE, W_CAPITALS, W_CAPITALISED, W_LOWER };

/* "6-3", "10-7": one or two digits, a dash, one or two digits. */
static int isScore(const UChar *z, int32_t n){
  int32_t i = 0, a = 0, b = 0;
  while( i<n && z[i]>='0' && z[i]<='9' ){ i++; a++; }
  if( a<1 || a>2 || i>=n || !nwIsDash(z[i]) ) return 0;
  i++;
  while( i<n && z[i]>='0' && z[i]<='9' ){ i++; b++; }
  while( i<n && (z[i]==',' || z[i]=='.' || z[i]==';') ) i++;
  return b>=1 && b<=2 && i==n;
}

static int wordClass(const UChar *z, int32_t n){
  int32_t i;
  int nDigit = 0, nLetter = 0, nLow = 0;
  UChar32 cFirst = 0;
  for(i=0; i<n; ){
    UChar32 c;
    U16_NEXT(z, i, n, c);
    if( c<0x80 ){                    /* ASCII: what ICU says, without it */
      if( c>='0' && c<='9' ){
        nDigit++;
      }else if( (c>='a' && c<='z') || (c>='A' && c<='Z') ){
        if( nLetter++==0 ) cFirst = c;
        if( c>='a' ) nLow++;
      }
    }else if( u_isdigit(c) ){
      nDigit++;
    }else if( u_isalpha(c) ){
      if( nLetter++==0 ) cFirst = c;
      if( u_islower(c) ) nLow++;
    }
  }
  if( nDigit>0 ) return nLetter==0 ? W_FIGURE : W_CODE;
  if( nLetter==0 ) return W_NONE;
  if( u_islower(cFirst) ) return W_LOWER;
  if( nLow==0 && nLetter>=2 ) return W_CAPITALS;
  return W_CAPITALISED;
}

static void lineShape(const UChar *z, int32_t n, NwShape *pS){
  int32_t i = 0;
  int ePrev = W_NONE;
  int nConnector = 0;          /* a unit or connector after a figure */
  memset(pS, 0, sizeof(*pS));
  pS->nChar = n;
  while( i<n ){
    int32_t iStart;
    int e;
    while( i<n && nwIsSpaceFast(z[i]) ) i++;
    if( i>=n ) break;
    iStart = i;
    while( i<n && !nwIsSpaceFast(z[i]) ) i++;
    e = wordClass(z+iStart, i-iStart);
    if( e==W_NONE ){
      if( i-iStart==1 && z[iStart]=='=' ) pS->bEquals = 1;
      if( z[i-1]==':' && pS->nWord>0 && pS->nWord<=3 ) pS->bField = 1;
      continue;
    }
    if( z[i-1]==':' && pS->nWord<3 ) pS->bField = 1;
    pS->nWord++;
    switch( e ){
      case W_FIGURE:
        pS->nFigure++;
        pS->nTrailing++;
        pS->nLower -= nConnector;    /* it was a unit or connector */
        nConnector = 0;
        if( isScore(z+iStart, i-iStart) ) pS->nScore++;
        if( ePrev==W_CAPITALS || ePrev==W_CAPITALISED ) pS->nNameFigure++;
        break;
      case W_CODE:       pS->nCode++;        break;
      case W_CAPITALS:   pS->nCapitals++;    break;
      case W_CAPITALISED: pS->nCapitalised++; break;
      default:           pS->nLower++;       break;
    }
    /* "28.9 vs 24.5", "1,300 tonnes 1,250 tonnes": a lower-case word
    ** right after a figure, before another figure or the end of the line,
    ** is a unit or a connector: no prose, and the run of trailing figures
    ** goes on */
    if( e==W_LOWER && ePrev==W_FIGURE ){
      nConnector++;
    }else if( e!=W_FIGURE ){
      pS->nTrailing = 0;
      nConnector = 0;
    }
    ePrev = e;
  }
  pS->nLower -= nConnector;          /* a unit that ends the line */
  if( n>0 ){
    UChar c = z[n-1];
    pS->bSentenceEnd = (c=='.' || c=='!' || c=='?');
    pS->bFigureStop = c=='.' && n>1 && z[n-2]>='0' && z[n-2]<='9';
  }
}

/* Longer lines are prose, whatever their figures. */
#define NW_SHAPE_MAX_WORDS 40
#define NW_SHAPE_MAX_CHARS 300

/* The kind of a line by its shape alone: TABLE, SCORE, TICKER or TEXT. */
static int shapeKind(const NwShape *s){
  int nFig = s->nFigure + s->nCode;
  int bFewLower = s->nLower<=2 && s->nLower*4<=s->nWord;
  int bLabel = s->nLower<=3 && s->nLower*2<=s->nWord;  /* a label in words */
  if( s->nWord==0 || s->nWord>NW_SHAPE_MAX_WORDS
   || s->nChar>NW_SHAPE_MAX_CHARS ){
    return NW_KIND_TEXT;
  }
  if( bFewLower && s->nScore>=2 ) return NW_KIND_SCORE;   /* "2-6 7-6 6-3" */
  if( bLabel && s->nTrailing>=3 ) return NW_KIND_TABLE;
  /* "NAC Breda 1 NEC Nijmegen 1": names in mixed case with figures */
  if( bFewLower && s->nCapitalised>=1 && s->nNameFigure>=2 ){
    return NW_KIND_SCORE;
  }
  if( s->nLower==0 && s->nCapitals>=2 && s->nCapitals>=s->nCapitalised
   && (nFig>=1 || s->bEquals)
   /* a headline in capitals ending with a period stays text */
   && !(s->bSentenceEnd && nFig*10<s->nWord*3) ){
    return NW_KIND_TICKER;
  }
  if( bFewLower && s->nFigure>=1
   && (s->nScore>=2 || (s->nScore>=1 && s->nCapitalised+s->nCapitals>=1)
       || s->nNameFigure>=2) ){
    return NW_KIND_SCORE;
  }
  /* "Gross foreign debt 27,535.5 27,246.5", not "... in 2015 and 2016." */
  if( bLabel && s->nTrailing>=2 && !s->bFigureStop ) return NW_KIND_TABLE;
  /* a field of a form: "Sale Amount : 1,820,000", "Rating : Baa1" */
  if( s->bField && nFig>=1 && s->nLower==0 && s->nWord<=8 ){
    return NW_KIND_TABLE;
  }
  if( s->nLower<=1 && s->nFigure>=2 && s->nFigure*10>=s->nWord*3 ){
    return NW_KIND_TABLE;
  }
  return NW_KIND_TEXT;
}

/* A short line that is a table, score or ticker line when its neighbour
** is one: capitals only, a figure among few lower-case words, a field. */
static int shapeBorderline(const NwShape *s){
  if( s->nWord==0 || s->nWord>15 || s->nChar>160 ) return 0;
  if( s->nLower==0 && s->nCapitals>=2 ) return 1;
  if( s->nFigure+s->nCode>=1 && s->nLower*2<=s->nWord ) return 1;
  return s->bField && s->nLower<=1;
}

static int isStructure(int eKind){
  return eKind==NW_KIND_TICKER || eKind==NW_KIND_TABLE
      || eKind==NW_KIND_SCORE;
}

/* ------------------------------------------------------------ passages */

typedef struct NwUnit NwUnit;
struct NwUnit {
  NwSpan span;
  int eKind;         /* by its shape alone, or DATELINE */
  int bBorderline;
  int bFigureEnd;    /* borderline and ends with a figure: a row of a run */
};

struct NwPassages {
  const UChar *z;
  int32_t n;
  int32_t iPos;              /* nwParagraphNext()'s position */
  NwBoilerplate *pBp;
  NwBuf scratch;             /* UTF-8 of a paragraph's start */
  NwUnit aQueue[4];          /* units read ahead, in text order */
  int nQueue;
  int ePrevKind;             /* kind of the unit handed out last */
  int bPrevFigureEnd;        /* and whether it was a row of a run */
  int bDone;
};

int nwPassagesOpen(const UChar *z, int32_t n, NwBoilerplate *pBp,
                   NwPassages **pp){
  NwPassages *p = nwMalloc(sizeof(*p));
  *pp = 0;
  if( p==0 ) return NW_NOMEM;
  memset(p, 0, sizeof(*p));
  p->z = z;
  p->n = n;
  p->pBp = pBp;
  *pp = p;
  return NW_OK;
}

static void pushUnit(NwPassages *p, int32_t iStart, int32_t iEnd, int eKind){
  NwUnit *u = &p->aQueue[p->nQueue++];
  u->span.iStart = iStart;
  u->span.iEnd = iEnd;
  u->eKind = eKind;
  u->bBorderline = 0;
  u->bFigureEnd = 0;
  if( eKind!=NW_KIND_DATELINE && iEnd-iStart<=NW_SHAPE_MAX_CHARS ){
    NwShape s;           /* longer lines are prose: not even scanned */
    lineShape(p->z+iStart, iEnd-iStart, &s);
    u->eKind = shapeKind(&s);
    u->bBorderline = shapeBorderline(&s);
    u->bFigureEnd = u->bBorderline && s.nTrailing>=1 && !s.bFigureStop;
  }
}

/* Read the next paragraph into the queue: one unit, or two when a
** dateline opens it. */
static void readParagraph(NwPassages *p){
  NwSpan s;
  int32_t nDate, iRest;
  if( nwParagraphNext(p->z, p->n, &p->iPos, &s)!=NW_ROW ){
    p->bDone = 1;
    return;
  }
  nDate = datelineLength(p->pBp, p->z+s.iStart, s.iEnd-s.iStart, &p->scratch);
  if( nDate==0 ){
    pushUnit(p, s.iStart, s.iEnd, NW_KIND_TEXT);
    return;
  }
  iRest = s.iStart + nDate;
  while( iRest<s.iEnd && nwIsSpaceFast(p->z[iRest]) ) iRest++;
  pushUnit(p, s.iStart, s.iStart+nDate, NW_KIND_DATELINE);
  if( iRest<s.iEnd ) pushUnit(p, iRest, s.iEnd, NW_KIND_TEXT);
}

/* The kind of the borderline unit u: that of a neighbour in a table,
** score or ticker run, else TABLE when it is one of three rows in a row
** that end with a figure ("Wasim Akram b Croft 6", "Net 56.06"). */
static int borderlineKind(NwPassages *p, const NwUnit *u){
  const NwUnit *pNext = p->nQueue>0 ? &p->aQueue[0] : 0;
  const NwUnit *pNext2 = p->nQueue>1 ? &p->aQueue[1] : 0;
  if( isStructure(p->ePrevKind) ) return p->ePrevKind;
  if( pNext && isStructure(pNext->eKind) ) return pNext->eKind;
  if( u->bFigureEnd && pNext && pNext->bFigureEnd
   && (p->bPrevFigureEnd || (pNext2 && pNext2->bFigureEnd)) ){
    return NW_KIND_TABLE;
  }
  return NW_KIND_TEXT;
}

int nwPassagesNext(NwPassages *p, NwSpan *pSpan, int *peKind){
  NwUnit u;
  while( p->nQueue<3 && !p->bDone ) readParagraph(p);
  if( p->nQueue==0 ) return NW_DONE;
  u = p->aQueue[0];
  memmove(&p->aQueue[0], &p->aQueue[1], sizeof(NwUnit)*(size_t)(--p->nQueue));
  *pSpan = u.span;
  *peKind = u.eKind;
  if( u.eKind==NW_KIND_TEXT && u.bBorderline ) *peKind = borderlineKind(p, &u);
  p->ePrevKind = *peKind;          /* so a run carries on */
  p->bPrevFigureEnd = u.bFigureEnd;
  return NW_ROW;
}

void nwPassagesClose(NwPassages *p){
  if( p==0 ) return;
  nwBufClear(&p->scratch);
  nwFree(p);
}
