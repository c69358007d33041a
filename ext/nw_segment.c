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
  "mr", "mrs", "ms", "mx", "dr", "prof", "gen", "lt", "col", "maj", "capt",
  "cpt", "sgt", "cpl", "pvt", "adm", "cmdr", "cdr", "brig", "gov", "sen",
  "rep", "rev", "fr", "hon", "pres", "supt", "insp", "amb", "atty", "st",
  "mt", "ft", "messrs", "mme", "mlle", "gens", "sens", "reps", "vs", "eng",
  "engr", "cllr", "det", "msgr", "dep", "ass", "asst", "assoc", 0
};
/* Abbreviations always followed by a number: "Jan. 5", "No. 10". */
static const char *const azBeforeNumber[] = {
  "no", "nos", "nr", "art", "vol", "fig", "pp", "p", "ch", "sec", "para",
  "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
  "nov", "dec", "approx", "ca", "est", "op", "vs", 0
};
/* Words that usually open a sentence: after "U.S." or an initial, a
** capitalised word from this list means the period did end a sentence. */
static const char *const azStarter[] = {
  "the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "but",
  "and", "or", "in", "on", "at", "this", "that", "these", "those", "there",
  "its", "his", "her", "their", "our", "after", "before", "when", "while",
  "however", "meanwhile", "yet", "so", "as", "if", "some", "many", "most",
  "what", "why", "how", "who", "according", "for", "with", "since", "then",
  "last", "earlier", "later", "officials", "both", "no", "one", "two", 0
};

static int inList(const char *zWord, const char *const *azList){
  int i;
  for(i=0; azList[i]; i++){
    if( strcmp(zWord, azList[i])==0 ) return 1;
  }
  return 0;
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
  while( k>0 && nwIsSpace(z[k-1]) ){
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
  while( w>0 && !nwIsSpace(z[w-1]) && !isOpener(z[w-1]) ) w--;
  if( isInitialOrAcronym(z+w, k-1-w) ){
    int32_t e = j;
    while( e<n && u_isalpha(z[e]) ) e++;
    if( e>j && lowerAscii(z+j, e-j, zNext, sizeof(zNext), 0)
     && inList(zNext, azStarter) ){
      return 0;
    }
    return 1;
  }
  if( !lowerAscii(z+w, k-1-w, zWord, sizeof(zWord), 0) ) return 0;
  if( inList(zWord, azTitle) && (u_isupper(c) || u_istitle(c)) ) return 1;
  if( inList(zWord, azBeforeNumber) && u_isdigit(c) ) return 1;
  return 0;
}

/* ----------------------------------------------------------- sentences */

struct NwSentences {
  UBreakIterator *pBrk;
  const UChar *z;
  int32_t n;
  int32_t iPos;          /* start of the next sentence */
};

static int openBreakIterator(UBreakIteratorType eType, const UChar *z,
                             int32_t n, UBreakIterator **pp){
  UErrorCode err = U_ZERO_ERROR;
  *pp = ubrk_open(eType, "en", z, n, &err);
  if( U_FAILURE(err) ){
    *pp = 0;
    return err==U_MEMORY_ALLOCATION_ERROR ? NW_NOMEM : NW_ERROR;
  }
  return NW_OK;
}

int nwSentencesOpen(const UChar *z, int32_t n, NwSentences **pp){
  NwSentences *p = nwMalloc(sizeof(*p));
  int rc;
  *pp = 0;
  if( p==0 ) return NW_NOMEM;
  memset(p, 0, sizeof(*p));
  p->z = z;
  p->n = n;
  if( n>0 && (rc = openBreakIterator(UBRK_SENTENCE, z, n, &p->pBrk))!=0 ){
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
    while( iStart<iEnd && nwIsSpace(p->z[iStart]) ) iStart++;
    while( iEnd>iStart && nwIsSpace(p->z[iEnd-1]) ) iEnd--;
    if( iStart<iEnd ){
      pSpan->iStart = iStart;
      pSpan->iEnd = iEnd;
      return NW_ROW;
    }
  }
  return NW_DONE;
}

void nwSentencesClose(NwSentences *p){
  if( p==0 ) return;
  if( p->pBrk ) ubrk_close(p->pBrk);
  nwFree(p);
}

/* --------------------------------------------------------------- words */

struct NwWords {
  UBreakIterator *pBrk;
  int32_t iPos;
};

int nwWordsOpen(const UChar *z, int32_t n, NwWords **pp){
  NwWords *p = nwMalloc(sizeof(*p));
  int rc;
  *pp = 0;
  if( p==0 ) return NW_NOMEM;
  memset(p, 0, sizeof(*p));
  if( n>0 && (rc = openBreakIterator(UBRK_WORD, z, n, &p->pBrk))!=0 ){
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

void nwWordsClose(NwWords *p){
  if( p==0 ) return;
  if( p->pBrk ) ubrk_close(p->pBrk);
  nwFree(p);
}

/* ---------------------------------------------------------- paragraphs */

int nwParagraphNext(const UChar *z, int32_t n, int32_t *piPos, NwSpan *pSpan){
  int32_t i = *piPos;
  while( i<n ){
    int32_t iStart, iEnd;
    while( i<n && nwIsSpace(z[i]) ) i++;      /* skips blank lines too */
    iStart = i;
    while( i<n && !isLineBreak(z[i]) ) i++;
    iEnd = i;
    while( iEnd>iStart && nwIsSpace(z[iEnd-1]) ) iEnd--;
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

static const char zBoilerplate[] =
  "^(?:"
  /* blog and site furniture */
  "(?i:(?:no|\\d+|one)\\s+comments?\\s*:?"
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
  "|\\(?(?:additional\\s+)?(?:reporting|writing|editing)\\s+by\\b.*"
  "|(?:for\\s+(?:media|press)\\s+(?:enquiries|inquiries)"
    "|(?:media|press)\\s+contacts?|contact\\s*:)\\b.*"
  /* a date alone, with an optional time */
  "|(?:" NW_WEEKDAY "\\.?,?\\s+)?"
  "(?:" NW_MONTH "\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}"
  "|\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?" NW_MONTH "\\.?,?\\s+\\d{4}"
  "|" NW_MONTH "\\s+\\d{4}|\\d{4}-\\d{1,2}-\\d{1,2}"
  "|\\d{1,2}[/.]\\d{1,2}[/.]\\d{2,4}|" NW_WEEKDAY ")"
  "(?:,?\\s*(?:at\\s+)?\\d{1,2}[:.]\\d{2}(?:\\s*[ap]\\.?m\\.?)?"
    "(?:\\s+\\p{L}{2,5})?)?"
  "(?:\\s*(?:\\||-|\\x{2013})?\\s*(?:last\\s+)?updated\\b.*)?"
  /* a byline */
  "|by\\s+" NW_CAPWORD "(?:\\s+" NW_CAPWORD "){0,3}"
    "(?:\\s*(?:,|\\||and|-|\\x{2013}|\\x{2014}).*)?"
  ")"
  /* a dateline: "Nairobi - Staff", "BAGHDAD (Reuters) -" */
  "|\\p{Lu}[\\p{L}\\p{M}]+(?:\\s+\\p{Lu}[\\p{L}\\p{M}]+)?\\s*"
    "(?:\\(\\p{L}+\\)\\s*)?[-\\x{2013}\\x{2014}]\\s*"
    "(?:\\p{Lu}[\\p{L}\\p{M}]*(?:\\s+\\p{Lu}[\\p{L}\\p{M}]*)?)?"
  /* a lone source: at most five capitalised words, nothing else */
  "|" NW_CAPWORD "(?:\\s+(?:of|the|for|and|on|al|el|de|du|la|"
    NW_CAPWORD ")){0,4}(?<!\\p{Ll}\\.)"   /* "Thanks." is a sentence */
  ")\\s*$";

struct NwBoilerplate {
  NwPattern *pPattern;
};

int nwBoilerplateOpen(NwBoilerplate **pp, char *zErr, int nErr){
  NwBoilerplate *p = nwMalloc(sizeof(*p));
  int rc;
  *pp = 0;
  if( p==0 ) return NW_NOMEM;
  rc = nwPatternCompile(zBoilerplate, 0, &p->pPattern, zErr, nErr);
  if( rc ){
    nwFree(p);
    return rc;
  }
  *pp = p;
  return NW_OK;
}

int nwIsBoilerplate(NwBoilerplate *p, const char *z, size_t n){
  if( n==0 || n>NW_BOILERPLATE_MAX ) return 0;
  return nwPatternMatch(p->pPattern, z, n, 0);
}

void nwBoilerplateClose(NwBoilerplate *p){
  if( p==0 ) return;
  nwPatternFree(p->pPattern);
  nwFree(p);
}
