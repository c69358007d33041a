/*
** nw_claims.c: quotations and reported speech with their speakers (see
** nw_claims.h).
**
** SQL surface (glue in nw_sql_claims.c):
**
**     SELECT speaker, speaker_resolved, cue, kind, content FROM claims(:body);
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <ctype.h>
#include "nw_claims.h"
#include "nw_text.h"
#include "nw_segment.h"
#include "nw_pattern.h"
#include "nw_mem.h"

/* A quotation never closed ends with its paragraph; none is longer. */
#define NW_MAX_QUOTE 20000
/* Shorter quotations with no reporting verb are scare quotes or titles. */
#define NW_MIN_UNATTRIBUTED_WORDS 8
/* How far from a quotation its attribution may stand (bytes). */
#define NW_ATTRIBUTION_REACH 160

#define NW_CUE "(?:said|says|say|told|tells|added|adds|stressed|stresses|" \
  "confirmed|confirms|announced|announces|noted|notes|warned|warns|" \
  "explained|explains|insisted|insists|declared|declares|stated|states|" \
  "continued|argued|argues|asked|wrote|writes|claimed|claims|denied|" \
  "urged|reiterated|emphasi[sz]ed|maintains|maintained|acknowledged|" \
  "admitted|predicted|estimated|estimates|hinted|replied|responded|" \
  "concluded|has\\s+said|had\\s+said|went\\s+on|" \
  /* more speech, writing */ \
  "reported|reports|recalled|recalls|suggested|suggests|revealed|" \
  "conceded|concedes|contended|contends|countered|" \
  "complained|complains|cautioned|boasted|joked|pointed\\s+out|" \
  "testified|disclosed|alleged|alleges|asserted|asserts|tweeted|" \
  "tweets|wrote\\s+on\\s+\\w+|" \
  /* belief, in the present: "is expected to", "was thought" are no one's */ \
  "believes|believe|thinks|think|expects|feels|fears|worries|doubts|" \
  "knows|hopes|" \
  /* intention */ \
  "promised|promises|vowed|vows|pledged|pledges)"
#define NW_TIMEPH "(?:\\s+(?:(?:on\\s+)?(?:Monday|Tuesday|Wednesday|" \
  "Thursday|Friday|Saturday|Sunday)|yesterday|today|on\\s+\\w+|" \
  "in\\s+(?:a|an|its|his|her|their)\\s+(?:statement|interview|speech|" \
  "post|letter|report|briefing)(?:\\s+to\\s+[^,.;:]{1,40}?)?|" \
  "last\\s+\\w+|this\\s+\\w+|earlier|later|again|also|repeatedly|publicly))*"
#define NW_SPK "[^,.;:!?\\x{201c}\\x{201d}\"\\n]"
/* A speaker, possibly with one or two appositions: "The shop's owner, Raj
** Patel,", "Harlow Foods, the Ohio-based maker of frozen meals,",
** "Matthew Prince, chief executive of CloudFlare, a San Francisco company," */
#define NW_SPEAKER(name, n) "(?<" name ">" NW_SPK "{1," #n "}?" \
  "(?:(?:,\\s+" NW_SPK "{1,120}?){1,2},)?)"

/* After a closing quote: ", she said" / ", said the spokesman". */
static const char zAfter[] =
  "^[\\s,]*(?:(?<c1>" NW_CUE ")\\s+(?<s1>" NW_SPK "{1,60}?)"
    "(?=\\s*(?:[,.;:!?]|$)|\\s+(?:on|in|at|during|after|before|that|when|"
    "while|as|who)\\b)"
  "|(?<s2>" NW_SPK "{1,60}?)\\s+(?<c2>" NW_CUE "))(?![\\p{L}])";

/* Before an opening quote: "The Ministry said, ", "She added that ",
** "The spokesman told Al-Hurra website: ", "According to the ministry, ". */
static const char zBefore[] =
  "(?:" NW_SPEAKER("s", 80) "\\s+(?:(?<c>told|tells)\\s+(?<r>" NW_SPK
    "{1,50}?)|(?<c2>" NW_CUE "(?:\\s+\\w+\\s+by\\s+saying)?))" NW_TIMEPH
    "\\s*(?:that|,|:)?\\s*"
  "|(?<c3>(?i:according\\s+to))\\s+(?<s3>" NW_SPK "{1,80}?)\\s*,\\s*"
  /* a quotation that goes on with the same speaker: ', noting that "' */
  "|^[\\s,]*(?<c4>(?:noting|adding|stressing|pointing\\s+out|saying|"
    "explaining|warning|insisting|continuing)(?:\\s+that)?)\\s*[,:]?\\s*)$";

/* What may open a sentence before its speaker: an adverbial phrase
** closed by a comma ("In an interview with Time magazine, Khan said",
** "On Thursday, Mr. Clinton said") or a conjunction ("But Trump said"). */
#define NW_LEAD "(?:(?:(?:In|On|At|After|Before|During|Earlier|Later|Last|" \
  "This|Since|Speaking|Asked|Meanwhile|However|Similarly|Separately|Now|" \
  "Then|Today|Yesterday|From|Following|As|When|While|For|With|Despite|" \
  "Still|Yet|Instead|Also|Indeed|Again|Previously|Recently|Privately|" \
  "Publicly|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|" \
  "\\p{Lu}\\p{Ll}+ing)\\b" \
  "[^,;:\"\\x{201c}\\x{201d}\\n]{0,80}?,\\s+" \
  "(?:[^,;:\"\\x{201c}\\x{201d}\\n]{1,80}?,\\s+)?)|(?:But|And|Yet|So|Still|Now|" \
  "Meanwhile|Instead)\\s+)?"
/* A verb after its subject: "Trump attacked Clinton …, saying …". */
#define NW_VERB "(?:\\p{Ll}+(?:ed|es|s)|took|made|went|spoke|gave|hit|" \
  "struck|came|stood|sent|met|led|ran|kept|held|left|told|said|wrote|" \
  "is|was|has|had)\\b"
/* After the cue of a sentence that ends with it: "…, Ben Carson said after
** the attacks." */
#define NW_TAIL "(?:\\s+(?:after|before|during|at|in|on|of|about|when|" \
  "while|as|from|to)\\b[^,.;:\"\\x{201c}\\x{201d}]{0,60}?)?"

/* A sentence of reported speech. */
static const char zIndirect[] =
  "^(?:" NW_LEAD NW_SPEAKER("s", 120) "\\s+(?:(?<c>told|tells)\\s+(?<r>"
    NW_SPK "{1,50}?)|(?<c2>" NW_CUE "))" NW_TIMEPH "(?:\\s+that)?\\s+"
    "(?<x>\\S.{6,}?)"
  "|(?<c3>(?i:according\\s+to))\\s+(?<s3>" NW_SPK "{1,200}?),\\s*"
    "(?<x3>\\S.{6,}?)"
  "|(?<x4>\\S.{6,}?),?\\s+(?<c4>(?i:according\\s+to))\\s+(?<s4>" NW_SPK
    "{1,80}?)"
  "|(?<x5>\\S.{6,}?),\\s*(?:(?<s5>" NW_SPK "{1,60}?)\\s+(?<c5>said|says|"
    "say|added|adds|stressed|noted|note|warned|warn|insisted|insist|"
    "confirmed|announced|told(?:\\s+[^\\s,.;:\"\\x{201c}\\x{201d}]{1,30}){0,4}?|"
    "wrote|reported|report|argue|argued|show|shows|showed|found|"
    "believe|believed|contend|contended|suggest|suggested|predict|"
    "predicted|estimate|estimated|agree|agreed|explained|acknowledged|"
    "acknowledge|conceded|concede)|(?<c6>said|says|added)\\s+(?<s6>(?:[^\\s,.;:]+\\s+){0,4}"
    "[^\\s,.;:]+(?:,\\s+[^,.;:\"\\x{201c}\\x{201d}]{1,100})?))" NW_TIMEPH
    NW_TAIL
  /* "Now, she said, the Christians and Muslims don't mix much." */
  "|(?<x10>[^;:\"\\x{201c}\\x{201d}]{3,}?),\\s+(?<s10>" NW_SPK "{1,60}?)"
    "\\s+(?<c10>said|says|say|added|adds|argued|argues|argue|noted|notes|"
    "note|wrote|believe|believes|suggest|suggests|contend|contends|"
    "writes|insisted|insists|explained|explains|warned|warns|told\\s+"
    "[^,]{1,40}?)" NW_TIMEPH ",\\s+(?<x11>\\S.{6,}?)"
  /* "Trump attacked Clinton on Monday, saying she was unfit." */
  "|" NW_LEAD "(?<s7>" NW_SPK "{1,60}?)\\s+(?<v7>" NW_VERB ")[^;:\"\\x{201c}"
    "\\x{201d}]{0,120}?,\\s+(?<c7>saying|adding|arguing|noting|warning|"
    "insisting|claiming|writing|explaining|declaring|asserting|"
    "suggesting|telling\\s+[^,]{1,40}?(?=\\s+that\\b))"
    /* "adding to the confusion", "warning of riots": no statement */
    "(?!\\s+(?:to|of|up|in|on|for|about|against)\\b"
    "(?![^,]{0,30}?\\bthat\\b))"
    "(?:\\s+(?:in|on|at|to|for|about)\\s+[^,]{1,30}?(?=\\s+that\\b))?"
    "(?:\\s+that)?\\s+(?<x7>\\S.{6,}?)"
  ")"
  "\\s*[.!?]?[\\x{201d}\"]?\\s*$";

/* The lexicon of cueScan: words of up to NW_LEX_WORD-1 letters. */
#define NW_LEX_WORD 16
#define NW_LEX_SLOTS 1024
struct NwClaimModel {
  NwPattern *pAfter, *pBefore, *pIndirect;
  struct { char z[NW_LEX_WORD]; unsigned f; } aLex[NW_LEX_SLOTS];
};
static void lexBuild(NwClaimModel *p);

int nwClaimModelNew(NwClaimModel **pp, char *zErr, int nErr){
  NwClaimModel *p = nwMalloc(sizeof(*p));
  int rc;
  *pp = 0;
  if( p==0 ) return NW_NOMEM;
  memset(p, 0, sizeof(*p));
  lexBuild(p);
  rc = nwPatternCompile(zAfter, 0, &p->pAfter, zErr, nErr);
  if( rc==NW_OK ) rc = nwPatternCompile(zBefore, 0, &p->pBefore, zErr, nErr);
  if( rc==NW_OK ) rc = nwPatternCompile(zIndirect, 0, &p->pIndirect, zErr, nErr);
  if( rc ){
    nwClaimModelFree(p);
    return rc;
  }
  *pp = p;
  return NW_OK;
}

void nwClaimModelFree(NwClaimModel *p){
  if( p==0 ) return;
  nwPatternFree(p->pAfter);
  nwPatternFree(p->pBefore);
  nwPatternFree(p->pIndirect);
  nwFree(p);
}

void nwClaimListClear(NwClaimList *p){
  nwFree(p->a);
  nwFree(p->aPart);
  memset(p, 0, sizeof(*p));
}

const size_t *nwClaimPiece(const NwClaimList *p, const NwClaim *pC, int k){
  return pC->nPart ? p->aPart[pC->iPart+k] : pC->aContent;
}

/* ------------------------------------------------------------- helpers */

typedef struct Span Span;
struct Span { size_t s, e; };

typedef struct Quote Quote;
struct Quote {
  size_t iOpen, iStart, iEnd, iClose;   /* mark, content, content, mark end */
  int bUsed;
  int bCont;        /* goes on from the quote before, left open at the end
                    ** of its paragraph (this one opens the next) */
  int iClaim;       /* the direct claim it is part of, or -1 */
};

typedef struct Scan Scan;
struct Scan {
  NwClaimModel *p;
  const char *z;
  const char *zPat;          /* z with abbreviating full stops masked */
  size_t n;
  Span *aSent; int nSent;
  Quote *aQuote; int nQuote, nQuoteAlloc;
  NwClaimList *pOut;
  int nDirect;               /* pOut->a[0..nDirect): the direct claims */
  struct Word *aWord; int nWordAlloc;   /* one sentence's words (cueScan) */
};

static NwClaim *addClaim(Scan *pS){
  NwClaimList *p = pS->pOut;
  NwClaim *pC;
  if( nwArrayGrow((void**)&p->a, &p->nAlloc, p->n+1, sizeof(NwClaim)) ) return 0;
  pC = &p->a[p->n++];
  memset(pC, 0, sizeof(*pC));
  pC->aSpeaker[0] = pC->aCue[0] = pC->aRecipient[0] = NW_NOSPAN;
  pC->aSpeaker[1] = pC->aCue[1] = pC->aRecipient[1] = NW_NOSPAN;
  return pC;
}

/* Sentences as byte spans of the UTF-8 text. */
static int sentenceSpans(Scan *pS){
  NwText t = {0, 0};
  NwSentences *pIt = 0;
  NwSpan sp;
  int32_t iUnit = 0, nAlloc = 0;
  size_t iByte = 0;
  int rc = nwTextInit(&t, pS->z, (int64_t)pS->n);
  if( rc==NW_OK ) rc = nwSentencesOpen(t.z, t.n, &pIt);
  while( rc==NW_OK && nwSentencesNext(pIt, &sp)==NW_ROW ){
    size_t aB[2];
    int32_t aU[2] = {sp.iStart, sp.iEnd}, k;
    for(k=0; k<2; k++){
      while( iUnit<aU[k] ){
        UChar32 c;
        U16_NEXT(t.z, iUnit, t.n, c);
        iByte += c<0x80 ? 1 : c<0x800 ? 2 : c<0x10000 ? 3 : 4;
      }
      aB[k] = iByte;
    }
    rc = nwArrayGrow((void**)&pS->aSent, &nAlloc, pS->nSent+1, sizeof(Span));
    if( rc==NW_OK ){
      pS->aSent[pS->nSent].s = aB[0];
      pS->aSent[pS->nSent].e = aB[1];
      pS->nSent++;
    }
  }
  nwSentencesClose(pIt);
  nwTextClear(&t);
  return rc;
}

/* 1 for an opening mark at z[i], 2 for a closing one, 0 for none; *pn is
** its length.  A straight quote opens after a space or line start. */
static int quoteMark(const char *z, size_t n, size_t i, int bIn, size_t *pn){
  const unsigned char *u = (const unsigned char*)z;
  if( i+2<n && u[i]==0xE2 && u[i+1]==0x80 && (u[i+2]==0x9C || u[i+2]==0x9D) ){
    *pn = 3;
    return u[i+2]==0x9C ? 1 : 2;
  }
  if( i+1<n && u[i]==0xC2 && (u[i+1]==0xAB || u[i+1]==0xBB) ){
    *pn = 2;
    return u[i+1]==0xAB ? 1 : 2;
  }
  if( u[i]=='"' ){
    *pn = 1;
    return bIn ? 2 : 1;
  }
  if( u[i]=='\'' && i+1<n && u[i+1]=='\'' ){   /* ''…'' as some wires write */
    *pn = i+2<n && u[i+2]=='\'' ? 3 : 2;      /* ''' closes a nested '…' too */
    return bIn ? 2 : 1;
  }
  return 0;
}

static int addQuote(Scan *pS, size_t iOpen, size_t iStart, size_t iEnd,
                    size_t iClose, int bCont){
  Quote *q;
  if( iEnd<=iStart ) return NW_OK;
  if( nwArrayGrow((void**)&pS->aQuote, &pS->nQuoteAlloc, pS->nQuote+1,
                  sizeof(Quote)) ) return NW_NOMEM;
  q = &pS->aQuote[pS->nQuote++];
  q->iOpen = iOpen; q->iStart = iStart; q->iEnd = iEnd; q->iClose = iClose;
  q->bUsed = 0;
  q->bCont = bCont && pS->nQuote>1;
  q->iClaim = -1;
  return NW_OK;
}

/* Find every quotation.  A quote still open at a paragraph's end goes on
** if the next paragraph opens with a quote mark (the next piece, bCont),
** else it ends there. */
static int findQuotes(Scan *pS){
  const char *z = pS->z;
  size_t i = 0, iOpen = 0, iStart = 0, m;
  int bIn = 0, bCont = 0, rc = NW_OK;
  while( rc==NW_OK && i<pS->n ){
    int e;
    if( z[i]=='\n' && bIn ){
      size_t k = i, iEnd = i;
      while( k<pS->n && (z[k]=='\n' || z[k]=='\r' || z[k]==' ' || z[k]=='\t') ) k++;
      while( iEnd>iStart && (z[iEnd-1]==' ' || z[iEnd-1]=='\r' || z[iEnd-1]=='\t') ) iEnd--;
      if( k<pS->n && quoteMark(z, pS->n, k, 0, &m)==1 ){
        rc = addQuote(pS, iOpen, iStart, iEnd, i, bCont);
        bCont = 1;                 /* the quotation goes on */
        iOpen = k;
        iStart = k + m;
        i = k + m;
        continue;
      }
      rc = addQuote(pS, iOpen, iStart, iEnd, i, bCont);
      bIn = 0;
      i++;
      continue;
    }
    if( bIn && i-iStart>NW_MAX_QUOTE ){
      rc = addQuote(pS, iOpen, iStart, i, i, bCont);
      bIn = 0;
      continue;
    }
    e = quoteMark(z, pS->n, i, bIn, &m);
    if( e==1 && !bIn ){
      bIn = 1;
      bCont = 0;
      iOpen = i;
      iStart = i + m;
    }else if( e==2 && bIn ){
      rc = addQuote(pS, iOpen, iStart, i, i + m, bCont);
      bIn = 0;
    }
    i += e ? m : 1;
  }
  if( rc==NW_OK && bIn ) rc = addQuote(pS, iOpen, iStart, pS->n, pS->n, bCont);
  return rc;
}

static int wordCount(const char *z, size_t s, size_t e){
  int n = 0, bWord = 0;
  for(; s<e; s++){
    int bSpace = z[s]==' ' || z[s]=='\n' || z[s]=='\t';
    if( !bSpace && !bWord ) n++;
    bWord = !bSpace;
  }
  return n;
}

/* The sentence holding byte i. */
static const Span *sentenceAt(const Scan *pS, size_t i){
  int lo = 0, hi = pS->nSent;
  while( lo<hi ){
    int mid = (lo+hi)/2;
    if( pS->aSent[mid].e<=i ) lo = mid+1; else hi = mid;
  }
  return lo<pS->nSent ? &pS->aSent[lo] : 0;
}

static int groupSet(const size_t *aOv, int nPair, int g){
  return g>0 && g<nPair && aOv[2*g]!=NW_NOSPAN;
}

static void setSpan(size_t *a, const size_t *aOv, int nPair, int g,
                    size_t iBase){
  if( g>0 && g<nPair && aOv[2*g]!=NW_NOSPAN ){
    size_t s = aOv[2*g], e = aOv[2*g+1];
    a[0] = iBase + s;
    a[1] = iBase + e;
  }
}

static void trimSpan(const char *z, size_t *a){
  if( a[0]==NW_NOSPAN ) return;
  while( a[0]<a[1] && (z[a[0]]==' ' || z[a[0]]=='\n') ) a[0]++;
  while( a[1]>a[0] && (z[a[1]-1]==' ' || z[a[1]-1]=='\n' || z[a[1]-1]==',') ) a[1]--;
}

/* Does z[0..n) open with a word that starts a group of speakers, a
** number or quantifier ("four sources familiar with…", "many workers")
** or a plural of people ("officials", "critics", "analysts")? */
static int isGroupWord(const char *z, size_t n){
  static const char *const az[] = {"two","three","four","five","six","seven",
    "eight","nine","ten","several","many","some","most","both","few",
    "other","all","more","officials","sources","critics","analysts",
    "experts","aides","advisers","advisors","supporters","opponents",
    "residents","witnesses","voters","economists","investigators",
    "prosecutors","lawyers","researchers","scientists","democrats",
    "republicans","people","leaders","organizers","police",0};
  size_t w = 0;
  int k;
  while( w<n && isalpha((unsigned char)z[w]) ) w++;
  for(k=0; az[k]; k++){
    if( strlen(az[k])==w && memcmp(az[k], z, w)==0 ) return 1;
  }
  return 0;
}

/* A speaker must look like one: a pronoun, or words that open with a
** capital or with "the", "a", "one", a number... */
static int plausibleSpeaker(const char *z, const size_t *a){
  size_t s = a[0];
  if( s==NW_NOSPAN || a[1]<=s ) return 0;
  if( a[1]-s>200 ) return 0;       /* a name and its apposition */
  if( isupper((unsigned char)z[s]) || (unsigned char)z[s]>=0x80 ) return 1;
  if( isdigit((unsigned char)z[s]) ) return 1;   /* "42% say", "two-thirds" */
  {                                   /* "chief executive Claudine Uwase" */
    size_t i;
    for(i=s+1; i<a[1]; i++){
      if( z[i-1]==' ' && isupper((unsigned char)z[i]) ) return 1;
    }
  }
  return strncmp(z+s, "he ", 3)==0 || strncmp(z+s, "she ", 4)==0
      || strncmp(z+s, "they ", 5)==0 || strncmp(z+s, "we ", 3)==0
      || strncmp(z+s, "the ", 4)==0 || strncmp(z+s, "a ", 2)==0
      || strncmp(z+s, "an ", 3)==0 || strncmp(z+s, "one ", 4)==0
      || a[1]-s==2 || a[1]-s==3 || a[1]-s==4    /* he, she, they, we */
      || isGroupWord(z+s, a[1]-s);
}

/* ---------------------------------------------------------- attribution */

/* Match pattern p on z[s..e); fills aOv with offsets relative to s. */
static int matchIn(NwPattern *p, const char *z, size_t s, size_t e,
                   size_t *aOv, int nOv){
  if( e<=s ) return 0;
  return nwPatternFind(p, z+s, e-s, 0, aOv, nOv);
}

static int group(NwPattern *p, const char *zName){
  return nwPatternGroup(p, zName);
}

/* Is the full stop at z[i] (after byte s) one of an abbreviation in a
** name: an honorific or title ("Mr. Trump", "Sen. Warren"), a company
** suffix ("Apple Inc."), an initial ("John F. Kennedy", "U.S.")? */
static int isAbbrevStop(const char *z, size_t s, size_t i){
  static const char *const az[] = {"Mr","Mrs","Ms","Mx","Dr","Sen","Sens","Rep",
    "Reps","Gov","Gen","Lt","Col","Sgt","Capt","Cmdr","Adm","Maj","Prof",
    "Rev","Atty","Supt","Pres","Sec","Amb","Hon","Messrs","Jr","Sr","St",
    "Inc","Co","Corp","Ltd","Bros",0};
  size_t w = i;
  int k;
  while( w>s && isalpha((unsigned char)z[w-1]) ) w--;
  if( w>s && ((unsigned char)z[w-1]>=0x80 || isalnum((unsigned char)z[w-1])) ) return 0;
  if( i-w==1 ) return isupper((unsigned char)z[w])!=0;
  for(k=0; az[k]; k++){
    if( strlen(az[k])==i-w && memcmp(az[k], z+w, i-w)==0 ) return 1;
  }
  return 0;
}

/* The end of the clause after byte i: a sentence end, a line break or an
** opening quote, within NW_ATTRIBUTION_REACH. */
static size_t clauseEnd(const Scan *pS, size_t i){
  size_t e = i, m;
  while( e<pS->n && e-i<NW_ATTRIBUTION_REACH ){
    char c = pS->zPat[e];
    if( c=='\n' || c=='.' || c=='!' || c=='?' || c==';' ) break;
    if( quoteMark(pS->z, pS->n, e, 0, &m)==1 && e>i ) break;
    e++;
  }
  return e;
}

/* Attribute quotation iQ: returns 1 and fills pC if a reporting verb
** stands after or before it. */
static int lexiconAttribution(Scan *pS, const Quote *q, size_t sBefore,
                              NwClaim *pC);

static int attribute(Scan *pS, int iQ, NwClaim *pC){
  NwClaimModel *p = pS->p;
  const Quote *q = &pS->aQuote[iQ];
  size_t aOv[40], s, e;
  int nPair;
  const Span *pSen;
  pC->aSpeaker[0] = pC->aSpeaker[1] = pC->aCue[0] = pC->aCue[1] = NW_NOSPAN;
  pC->aRecipient[0] = pC->aRecipient[1] = NW_NOSPAN;
  memset(aOv, 0xff, sizeof(aOv));
  /* after: "…," she said -- not after a quotation that ends its
  ** sentence with a full stop ("…." The next sentence) */
  s = q->iClose;
  e = clauseEnd(pS, s);
  if( q->iEnd>q->iStart && pS->z[q->iEnd-1]=='.' ) e = s;
  if( (nPair = matchIn(p->pAfter, pS->zPat, s, e, aOv, 40))>0 ){
    setSpan(pC->aSpeaker, aOv, nPair, group(p->pAfter, "s1"), s);
    setSpan(pC->aSpeaker, aOv, nPair, group(p->pAfter, "s2"), s);
    setSpan(pC->aCue, aOv, nPair, group(p->pAfter, "c1"), s);
    setSpan(pC->aCue, aOv, nPair, group(p->pAfter, "c2"), s);
    trimSpan(pS->z, pC->aSpeaker);
    if( plausibleSpeaker(pS->z, pC->aSpeaker) ) return 1;
  }
  /* before: She said, "…" -- from the clause start to the quote */
  pSen = sentenceAt(pS, q->iOpen);
  s = pSen ? pSen->s : 0;
  if( iQ>0 && pS->aQuote[iQ-1].iClose>s && pS->aQuote[iQ-1].iClose<=q->iOpen ){
    s = pS->aQuote[iQ-1].iClose;
  }
  if( q->iOpen-s>NW_ATTRIBUTION_REACH ) s = q->iOpen - NW_ATTRIBUTION_REACH;
  while( s<q->iOpen && ((unsigned char)pS->z[s]&0xC0)==0x80 ) s++;
  memset(aOv, 0xff, sizeof(aOv));
  if( (nPair = matchIn(p->pBefore, pS->zPat, s, q->iOpen, aOv, 40))>0 ){
    pC->aSpeaker[0] = pC->aCue[0] = NW_NOSPAN;
    setSpan(pC->aSpeaker, aOv, nPair, group(p->pBefore, "s"), s);
    setSpan(pC->aSpeaker, aOv, nPair, group(p->pBefore, "s3"), s);
    setSpan(pC->aCue, aOv, nPair, group(p->pBefore, "c"), s);
    setSpan(pC->aCue, aOv, nPair, group(p->pBefore, "c2"), s);
    setSpan(pC->aCue, aOv, nPair, group(p->pBefore, "c3"), s);
    setSpan(pC->aRecipient, aOv, nPair, group(p->pBefore, "r"), s);
    trimSpan(pS->z, pC->aSpeaker);
    if( plausibleSpeaker(pS->z, pC->aSpeaker) ) return 1;
    setSpan(pC->aCue, aOv, nPair, group(p->pBefore, "c4"), s);
    if( pC->aCue[0]!=NW_NOSPAN && pS->pOut->n>0 ){
      /* the speaker of the claim just before goes on */
      const NwClaim *pPrev = &pS->pOut->a[pS->pOut->n-1];
      memcpy(pC->aSpeaker, pPrev->aSpeaker, sizeof(pC->aSpeaker));
      snprintf(pC->zResolved, sizeof(pC->zResolved), "%s", pPrev->zResolved);
      return 1;
    }
  }
  if( lexiconAttribution(pS, q, s, pC) ) return 1;
  pC->aSpeaker[0] = pC->aSpeaker[1] = NW_NOSPAN;
  pC->aCue[0] = pC->aCue[1] = NW_NOSPAN;
  pC->aRecipient[0] = pC->aRecipient[1] = NW_NOSPAN;
  return 0;
}

/* The last quotation of the chain that starts at quotation i: the pieces
** of one quotation over paragraphs (bCont). */
static int chainEnd(const Scan *pS, int i){
  while( i+1<pS->nQuote && pS->aQuote[i+1].bCont ) i++;
  return i;
}

/* Add quotations i..j as pieces of claim pC's content, the last claim
** made: its pieces are the last of the list's. */
static int addPieces(Scan *pS, NwClaim *pC, int i, int j){
  NwClaimList *pL = pS->pOut;
  if( pC->nPart==0 ) pC->iPart = pL->nPart;
  for(; i<=j; i++){
    Quote *q = &pS->aQuote[i];
    q->bUsed = 1;
    q->iClaim = (int)(pC - pL->a);
    if( pC->nPart<NW_CLAIM_MAX_PARTS ){
      if( nwArrayGrow((void**)&pL->aPart, &pL->nPartAlloc, pL->nPart+1,
                      sizeof(pL->aPart[0])) ){
        return NW_NOMEM;
      }
      pL->aPart[pL->nPart][0] = q->iStart;
      pL->aPart[pL->nPart][1] = q->iEnd;
      pL->nPart++;
      pC->nPart++;
    }else{
      pL->aPart[pC->iPart+NW_CLAIM_MAX_PARTS-1][1] = q->iEnd;
    }
    pC->aContent[1] = q->iEnd;
  }
  return NW_OK;
}

/* Is z[s..e) only white space and punctuation within one paragraph (what
** may stand between two quotations of one statement: ", " or ". ")? */
static int isQuoteGap(const char *z, size_t s, size_t e){
  if( e<s || e-s>4 ) return 0;
  for(; s<e; s++){
    if( z[s]!=' ' && z[s]!=',' && z[s]!='.' && z[s]!=':' && z[s]!=';' ) return 0;
  }
  return 1;
}

/* Direct claims, one per statement: an attributed quotation with its
** pieces over paragraphs, and the quotations that go on in the same
** paragraph with no attribution of their own ("…," she said, "…"; "…."
** "…"), each a piece of the one claim. */
static int directClaims(Scan *pS){
  int i;
  for(i=0; i<pS->nQuote; i++){
    Quote *q = &pS->aQuote[i];
    NwClaim c, *pC;
    const Span *pSen;
    int j = chainEnd(pS, i), k, bAttributed;
    memset(&c, 0, sizeof(c));
    if( q->bUsed ) continue;
    bAttributed = attribute(pS, i, &c);
    /* the attribution after the last paragraph's piece */
    for(k=i+1; !bAttributed && k<=j; k++) bAttributed = attribute(pS, k, &c);
    if( !bAttributed ){
      /* "…" with no verb: a scare quote unless it is long; a long one
      ** goes to the speaker of the claim just before, if it is close */
      if( wordCount(pS->z, q->iStart, pS->aQuote[j].iEnd)<NW_MIN_UNATTRIBUTED_WORDS ) continue;
      c.aSpeaker[0] = c.aSpeaker[1] = NW_NOSPAN;
      c.aCue[0] = c.aCue[1] = NW_NOSPAN;
      c.aRecipient[0] = c.aRecipient[1] = NW_NOSPAN;
      if( pS->pOut->n>0 ){
        const NwClaim *pPrev = &pS->pOut->a[pS->pOut->n-1];
        if( pPrev->eKind==NW_CLAIM_DIRECT && q->iOpen-pPrev->aContent[1]<400 ){
          memcpy(c.aSpeaker, pPrev->aSpeaker, sizeof(c.aSpeaker));
          snprintf(c.zResolved, sizeof(c.zResolved), "%s", pPrev->zResolved);
        }
      }
    }
    pC = addClaim(pS);
    if( pC==0 ) return NW_NOMEM;
    *pC = c;
    pC->eKind = NW_CLAIM_DIRECT;
    pC->aContent[0] = q->iStart;
    pC->nPart = 0;
    if( addPieces(pS, pC, i, j) ) return NW_NOMEM;
    /* the quotations that go on: "…," she said, "…" or "…." "…" */
    while( j+1<pS->nQuote && !pS->aQuote[j+1].bUsed ){
      Quote *q2 = &pS->aQuote[j+1];
      size_t g = pS->aQuote[j].iClose;
      NwClaim c2;
      int j2 = chainEnd(pS, j+1);
      if( pC->aCue[0]!=NW_NOSPAN && pC->aCue[0]>=g && pC->aCue[1]<=q2->iOpen ){
        /* the attribution stands between them */
        g = pC->aSpeaker[1]!=NW_NOSPAN && pC->aSpeaker[1]>pC->aCue[1]
          && pC->aSpeaker[1]<=q2->iOpen ? pC->aSpeaker[1] : pC->aCue[1];
      }
      if( !isQuoteGap(pS->z, g, q2->iOpen) ) break;
      memset(&c2, 0, sizeof(c2));
      if( attribute(pS, j+1, &c2) && (c2.aCue[0]!=pC->aCue[0]
                                    || c2.aCue[1]!=pC->aCue[1]) ){
        break;                     /* its own attribution: a new claim */
      }
      if( addPieces(pS, pC, j+1, j2) ) return NW_NOMEM;
      j = j2;
    }
    if( pC->nPart==1 ){           /* one piece: the content itself */
      pC->nPart = 0;
      pS->pOut->nPart = pC->iPart;
    }
    i = j;
    pSen = sentenceAt(pS, q->iOpen);
    pC->aSentence[0] = pSen ? pSen->s : q->iOpen;
    pC->aSentence[1] = pSen ? pSen->e : q->iClose;
  }
  return NW_OK;
}

/* The byte length of the white space character at z[i] (before e), as
** PCRE2's \s with UCP has it, or 0. */
static size_t spaceAt(const char *z, size_t i, size_t e){
  const unsigned char *u = (const unsigned char*)z + i;
  size_t n = e - i;
  if( *u==' ' || (*u>=0x09 && *u<=0x0D) ) return 1;
  if( n>=2 && u[0]==0xC2 && (u[1]==0x85 || u[1]==0xA0) ) return 2;
  if( n>=3 && u[0]==0xE1 && u[1]==0x9A && u[2]==0x80 ) return 3;
  if( n>=3 && u[0]==0xE2 && u[1]==0x80
   && (u[2]<=0x8A || u[2]==0xA8 || u[2]==0xA9 || u[2]==0xAF) ) return 3;
  if( n>=3 && u[0]==0xE2 && u[1]==0x81 && u[2]==0x9F ) return 3;
  if( n>=3 && u[0]==0xE3 && u[1]==0x80 && u[2]==0x80 ) return 3;
  return 0;
}

/* Longer runs of white space inside a sentence make it layout (a table,
** preformatted text), not reported speech.  The bound keeps the indirect
** pattern linear: its lazy content and its \s* scan the white space after
** each position, so a run of R characters costs R*R. */
#define NW_MAX_SPACE_RUN 32

/* The sentence [s,e) to match for reported speech: *pE is e less the white
** space at its end (the pattern's final \s* takes it, so the match is the
** same, but scanning it from each position of the content would be
** quadratic).  0 if the sentence has a longer run than NW_MAX_SPACE_RUN. */
static int speechSubject(const char *z, size_t s, size_t e, size_t *pE){
  size_t i = s, nRun = 0, m;
  *pE = s;
  while( i<e ){
    if( (m = spaceAt(z, i, e))!=0 ){
      nRun++;
      i += m;
    }else{
      if( nRun>NW_MAX_SPACE_RUN ) return 0;
      nRun = 0;
      i++;
      *pE = i;
    }
  }
  return 1;
}

/* ------------------------------------------------- cues in a sentence */

#define NW_MASKED_STOP '\x1f'   /* see maskAbbrevStops */
static int inWordList(const char *zList, const char *z, size_t n);

/* A word of a sentence for cueScan: bytes [s,e) of z, and the punctuation
** that stands between it and the word before (0 if none). */
typedef struct Word Word;
struct Word { size_t s, e; unsigned f; char cBefore; };

/* What a word is to cueScan: bits of Word.f, from the model's lexicon. */
#define NW_W_SPEECH   0x000001
#define NW_W_WRITING  0x000002
#define NW_W_BELIEF   0x000004
#define NW_W_INTENT   0x000008
#define NW_W_EVAL     0x000010
#define NW_W_DOC      0x000020
#define NW_W_TELL     0x000040
#define NW_W_AUX      0x000080
#define NW_W_CLAUSE   0x000100
#define NW_W_PRONOUN  0x000200
#define NW_W_PASSIVE  0x000400
#define NW_W_AFTERCUE 0x000800
#define NW_W_CONJ     0x001000   /* but and yet so still now … */
#define NW_W_PERSON   0x002000   /* he she they we i */
#define NW_W_PREP     0x004000   /* of for at: inside a subject */
#define NW_W_OF       0x008000
#define NW_W_PARTICLE 0x010000   /* "pointed out", "referring to" */
#define NW_W_THAT     0x020000
#define NW_W_DET      0x040000   /* may open a subject */
#define NW_W_ART      0x080000   /* the a an */
#define NW_W_ANDBUT   0x100000
#define NW_W_KDOC     0x200000   /* the classes of nwClaimCueClass */
#define NW_W_KWRITE   0x400000
#define NW_W_KBELIEF  0x800000
#define NW_W_KINTENT  0x1000000
#define NW_W_KEVAL    0x2000000
#define NW_W_MODAL    0x4000000  /* will would could: not yet said */
#define NW_W_NEEDTHAT 0x8000000  /* transitive too: a cue only before "that" */
#define NW_W_NOUNISH  0x10000000 /* states, attacks: a plural noun too */
#define NW_W_NOCONTENT 0x20000000 /* cannot open a content: by, from */
#define NW_W_ACCORDING 0x40000000
#define NW_W_LABEL    0x80000000u  /* "Photo:", "Update:": no source */
#define NW_W_CUE (NW_W_SPEECH|NW_W_WRITING|NW_W_BELIEF|NW_W_INTENT|NW_W_EVAL)

/* Cue words by the role they give the words around them.  Learned from
** the PolNeAR training split: the word forms that are an attribution's cue
** in at least half of their occurrences, with their inflections. */
static const char zCueSpeech[] = "said says say saying told tells telling "
  "added adds adding noted notes noting stressed stresses stressing "
  "reiterated reiterates recalled recalls recalling stated stating "
  "asserted asserts asserting argued argues argue arguing insisted insists "
  "insist insisting claimed claiming explained explains explaining "
  "acknowledged acknowledges acknowledging replied responded announced "
  "announces announcing declared declares declaring suggested suggesting "
  "warned warns warning urged urges urging predicted predicts predicting "
  "conceded concedes joked remarked lamented laments complained complains "
  "complaining questioned cited citing reminded echoed boasted boasts "
  "bragged pleaded admitted admits confirmed confirms denied denies "
  "mentioned disclosed revealed reported asked asks asking indicated "
  "indicates signaled signalled emphasized emphasised contended contends "
  "maintained maintains testified alleged alleges countered cautioned "
  "observed described describes describing demanded demands vowed "
  /* more from the training split (a cue in at least 55% of uses) */
  "referenced thanking cites wondered warn mentioning expressed chants "
  "chanted thanked remarking sounded shouted hints assured "
  "referring reads voiced repeating remembered indicate reveals invoked "
  "suggest referred discussed questioning reminding quoted "
  "declare continued listed offered talked acknowledge encouraged retorted "
  "quipped";
static const char zCueWriting[] = "wrote writes writing tweeted tweets "
  "tweeting posted emailed texted";
static const char zCueBelief[] = "believes believe believed thinks think "
  "feels fears feared worries doubts suspects expects hopes hoped hoping "
  "assumes knows acknowledges seemed seems appears appeared convinced "
  "expecting know knew fear hope expect feel doubt prefer prefers preferred";
static const char zCueIntention[] = "promised promises promising pledged "
  "pledges plans planned intends wants wanted seeks sought aims threatened "
  "threatens vows vowing refused refuses declined pledging refusing "
  "ordered want decided agreed agree";
static const char zCueEvaluation[] = "blasted blasts slammed slams decried "
  "decries denounced denounces denouncing condemned condemns criticized "
  "criticizes criticizing criticised praised praises praising accused "
  "accuses accusing attacked attacks mocked mocks defended defends touted "
  "touting railed dismissed rejected blamed blames called calling calls "
  "endorsed hailed lauded chided scolded assailed bemoaned dismissing "
  "blasting portray portrayed endorses slamming likened mocking "
  "applauded championed challenged support supports supported supporting "
  "backed backing oppose opposes opposed opposing endorse endorsing";
/* Cues in their bare form, also nouns or words of other uses ("48%
** support", "Clinton's support", "I want to thank"): a cue only after a
** pronoun or a plural ("voters who support", "Republicans oppose"). */
static const char zCueBare[] = "support oppose want know feel hope fear "
  "expect prefer agree doubt";
/* A document's verbs: only with a document as the subject. */
static const char zCueDocument[] = "shows show showed found finds suggests "
  "indicates concluded concludes estimates estimated projects";
/* Recipients come between these cues and their content. */
static const char zCueTell[] = "told tells telling asked asks asking urged "
  "urges urging warned warns reminded assured";
/* Between a subject and its cue. */
static const char zAux[] = "also has have had did does do not never "
  "previously repeatedly again recently publicly privately once just often "
  "already still reportedly would will could may might should can then "
  "later quickly flatly explicitly openly even long first further "
  "specifically frequently consistently simply strongly initially earlier "
  "always only since soon immediately subsequently ultimately separately "
  "directly recently clearly falsely wrongly correctly loudly proudly "
  "angrily bluntly privately formally officially";
/* What ends a subject, walking back from its cue. */
static const char zClauseWord[] = "that which and but or because when "
  "while if as after before since though although where so than whom "
  "whose what how why to in on with by from into about over under "
  "between against during without through is was are were be been being "
  "has have had it its there here this these those not no";
static const char zPronoun[] = "he she they we i you who";
static const char zPassive[] = "is was are were be been being am";
/* Where a phrase stands between a cue and its content: "said on Monday
** that", "told CNN in an interview that". */
static const char zAfterCue[] = "on in at during last this earlier later "
  "monday tuesday wednesday thursday friday saturday sunday yesterday "
  "today tonight repeatedly again also publicly privately recently";

/* The words of each cue class (nwClaimCueClass): a document as the
** speaker, or the cue's words. */

static const char zDocument[] = "report reports poll polls polling survey "
    "surveys study studies filing filings document documents data records "
    "analysis memo papers census audit review investigation figures "
    "statistics research findings results emails footage video videos "
    "files memos transcripts ledgers numbers tallies";
static const char zWriting[] = "wrote writes tweeted tweets posted "
    "emailed texted published";
static const char zBelief[] = "believes believe believed thinks think "
    "expects feels fears worries doubts knows hopes";
static const char zIntention[] = "promised promises vowed vows pledged "
    "pledges plans intends wants";
static const char zEvaluation[] = "blasted praised slammed criticized "
    "criticised accused denounced condemned called mocked attacked";

/* The lexicon's lists with their bits (see NW_W_*). */
static const struct { const char *zList; unsigned f; } aLexList[] = {
  {zCueSpeech, NW_W_SPEECH}, {zCueWriting, NW_W_WRITING},
  {zCueBelief, NW_W_BELIEF}, {zCueIntention, NW_W_INTENT},
  {zCueEvaluation, NW_W_EVAL}, {zCueDocument, NW_W_DOC},
  {zCueTell, NW_W_TELL}, {zAux, NW_W_AUX}, {zClauseWord, NW_W_CLAUSE},
  {zPronoun, NW_W_PRONOUN}, {zPassive, NW_W_PASSIVE},
  {zAfterCue, NW_W_AFTERCUE},
  {"but and yet so still now meanwhile instead then however also", NW_W_CONJ},
  {"he she they we i", NW_W_PERSON}, {"of for at", NW_W_PREP},
  {"of", NW_W_OF}, {"out to", NW_W_PARTICLE}, {"that", NW_W_THAT},
  {"the a an his her their its one some many most several both all few "
   "other", NW_W_DET},
  {"the a an", NW_W_ART}, {"and but", NW_W_ANDBUT},
  {"will would could may might should can shall must", NW_W_MODAL},
  {"states attacks reports claims notes calls plans demands fears worries "
   "doubts hopes promises pledges vows blasts slams praises remarks "
   "comments tweets posts", NW_W_NOUNISH},
  {"by", NW_W_NOCONTENT}, {"according", NW_W_ACCORDING},
  {"photo photos update updated note related read watch source sources "
   "editor correction video warning example step answer question subject "
   "re fwd tags categories advertisement image caption credit file topics "
   "see also listen more transcript date time location where when what "
   "who why how q a labels label keywords filed category section author "
   "byline posted published dateline contact email phone tel web latest "
   "daily breaking exclusive", NW_W_LABEL},
  {"concluded concludes observed maintained maintains projects estimated "
   "estimates indicated indicates", NW_W_NEEDTHAT},
  {zDocument, NW_W_KDOC}, {zWriting, NW_W_KWRITE}, {zBelief, NW_W_KBELIEF},
  {zIntention, NW_W_KINTENT}, {zEvaluation, NW_W_KEVAL},
};

static unsigned lexFlags(const NwClaimModel *p, const char *z, size_t n);

/* The bits of any word of z[s..e), or-ed. */
static unsigned lexFlagsIn(const NwClaimModel *p, const char *z, size_t s,
                           size_t e){
  unsigned f = 0;
  while( s<e ){
    size_t w = s;
    while( w<e && isalpha((unsigned char)z[w]) ) w++;
    if( w>s ) f |= lexFlags(p, z+s, w-s);
    s = w<e ? w+1 : e;
  }
  return f;
}

/* nwClaimCueClass through the model's lexicon. */
static const char *cueClassOf(const NwClaimModel *p, const char *z,
                              const NwClaim *pC){
  unsigned f;
  if( pC->aCue[0]==NW_NOSPAN ) return 0;
  if( pC->aSpeaker[0]!=NW_NOSPAN
   && (lexFlagsIn(p, z, pC->aSpeaker[0], pC->aSpeaker[1]) & NW_W_KDOC) ){
    return "document";
  }
  f = lexFlagsIn(p, z, pC->aCue[0], pC->aCue[1]);
  if( pC->aCue[1]-pC->aCue[0]==2 && (z[pC->aCue[0]]=='T' || z[pC->aCue[0]]=='t')
   && z[pC->aCue[0]+1]=='o' ) return "belief";       /* "To Ms. Gil, …" */
  if( f & (NW_W_KWRITE|NW_W_WRITING) ) return "writing";
  if( f & (NW_W_KBELIEF|NW_W_BELIEF) ) return "belief";
  if( f & (NW_W_KINTENT|NW_W_INTENT) ) return "intention";
  if( f & (NW_W_KEVAL|NW_W_EVAL) ) return "evaluation";
  return "speech";
}

static unsigned lexHash(const char *z, size_t n){
  unsigned h = 2166136261u;
  size_t i;
  for(i=0; i<n; i++) h = (h ^ (unsigned char)tolower((unsigned char)z[i])) * 16777619u;
  return h;
}

/* The bits of word z[0..n) (any case), 0 for a word not in the lexicon. */
static unsigned lexFlags(const NwClaimModel *p, const char *z, size_t n){
  unsigned h;
  size_t i;
  if( n==0 || n>=NW_LEX_WORD ) return 0;
  for(i=0; i<n; i++) if( !isalpha((unsigned char)z[i]) ) return 0;
  h = lexHash(z, n) & (NW_LEX_SLOTS-1);
  while( p->aLex[h].z[0] ){
    const char *w = p->aLex[h].z;
    for(i=0; i<n && w[i]==tolower((unsigned char)z[i]); i++){}
    if( i==n && w[n]==0 ) return p->aLex[h].f;
    h = (h+1) & (NW_LEX_SLOTS-1);
  }
  return 0;
}

/* Fill the model's lexicon from aLexList. */
static void lexBuild(NwClaimModel *p){
  size_t k;
  for(k=0; k<sizeof(aLexList)/sizeof(aLexList[0]); k++){
    const char *z = aLexList[k].zList;
    while( *z ){
      size_t n = strcspn(z, " "), i;
      unsigned h = lexHash(z, n) & (NW_LEX_SLOTS-1);
      while( p->aLex[h].z[0] ){
        if( strlen(p->aLex[h].z)==n && memcmp(p->aLex[h].z, z, n)==0 ) break;
        h = (h+1) & (NW_LEX_SLOTS-1);
      }
      for(i=0; i<n; i++) p->aLex[h].z[i] = z[i];
      p->aLex[h].z[n] = 0;
      p->aLex[h].f |= aLexList[k].f;
      z += n;
      while( *z==' ' ) z++;
    }
  }
}

/* Is the byte at z[i] the start of a character that ends a word: white
** space, punctuation, a quote mark or a dash?  *pn: its length. */
static int wordBreak(const char *z, size_t i, size_t e, size_t *pn){
  const unsigned char *u = (const unsigned char*)z + i;
  *pn = 1;
  if( *u<0x80 ){
    return !(isalnum(*u) || *u=='\'' || *u=='-' || *u=='.' || *u=='&'
             || *u==(unsigned char)NW_MASKED_STOP || *u=='%' || *u=='$');
  }
  if( e-i>=3 && u[0]==0xE2 && u[1]==0x80
   && (u[2]==0x9C || u[2]==0x9D || u[2]==0x93 || u[2]==0x94 || u[2]==0x98) ){
    *pn = 3;                     /* “ ” – — ‘ (’ stays: "Obama’s") */
    return 1;
  }
  if( e-i>=2 && u[0]==0xC2 && (u[1]==0xAB || u[1]==0xBB || u[1]==0xA0) ){
    *pn = 2;
    return 1;
  }
  while( *pn<e-i && (u[*pn]&0xC0)==0x80 ) (*pn)++;
  return spaceAt(z, i, e)!=0;
}

/* The words of sentence [s,e) of the masked text, in pS->aWord; their
** number, or -1 on OOM. */
static int sentenceWords(Scan *pS, size_t s, size_t e){
  const char *z = pS->zPat;
  int n = 0;
  char cPunct = 0;
  size_t i = s, m;
  while( i<e ){
    if( wordBreak(z, i, e, &m) ){
      char c = z[i];
      if( m==3 ) c = '"';              /* a quote mark or a dash */
      if( c!=' ' && c!='\n' && c!='\t' && c!='\r' && (m==1 || m==3) ) cPunct = c;
      i += m;
      continue;
    }else{
      size_t w = i;
      while( i<e && !wordBreak(z, i, e, &m) ) i += m;
      if( nwArrayGrow((void**)&pS->aWord, &pS->nWordAlloc, n+1, sizeof(Word)) ){
        return -1;
      }
      /* a final full stop is the sentence's, not the word's */
      pS->aWord[n].s = w;
      pS->aWord[n].e = i;
      while( pS->aWord[n].e>w+1 && z[pS->aWord[n].e-1]=='.' ) pS->aWord[n].e--;
      pS->aWord[n].cBefore = cPunct;
      pS->aWord[n].f = lexFlags(pS->p, z + w, pS->aWord[n].e - w);
      cPunct = 0;
      n++;
    }
  }
  return n;
}

static int isCapWord(const char *z, const Word *w){
  unsigned char c = (unsigned char)z[w->s];
  return isupper(c) || isdigit(c) || c>=0x80;
}

/* The subject of the clause that opens the sentence (words a[0..nMax)):
** a pronoun, a run of capitalised words ("Sen. Marco Rubio"), or "the"
** and up to three words before a verb-like word; *piEnd its end. */
static int clauseSubject(const char *z, const Word *a, int nMax, int *piEnd){
  int k = 0;
  if( nMax<=0 ) return 0;
  if( (a[0].f & NW_W_CONJ) ) k = 1;
  if( k>=nMax ) return 0;
  if( (a[k].f & NW_W_PERSON) ){
    *piEnd = k+1;
    return 1;
  }
  if( (a[k].f & NW_W_ART) ){
    int j = k+1;
    while( j<nMax && j<k+4 && !a[j].cBefore && !(a[j].f & NW_W_CLAUSE)
        && !(a[j].f & NW_W_AUX) && !(a[j].f & NW_W_CUE)
        && !(islower((unsigned char)z[a[j].s]) && a[j].e-a[j].s>3
             && z[a[j].e-2]=='e' && z[a[j].e-1]=='d') ) j++;
    if( j==k+1 ) return 0;
    *piEnd = j;
    return 1;
  }
  if( isCapWord(z, &a[k]) ){
    int j = k+1;
    while( j<nMax && j<k+6 && !a[j].cBefore
        && (isCapWord(z, &a[j]) || (a[j].f & NW_W_OF)) ) j++;
    *piEnd = j;
    return 1;
  }
  return 0;
}

static int isSaidToBe(const NwClaimModel *p, const char *z, size_t n,
                      unsigned f, const size_t *aNext);
static int nounishHere(const NwClaimModel *p, const char *z, unsigned f,
                       size_t iCue, size_t eCue, const size_t *aPrev,
                       const size_t *aNext);

/* Does the subject word w name more than one, or a person as a pronoun:
** "they", "who", "voters", "Republicans" (not "Clinton's", "48%")? */
static int pluralSubject(const char *z, const Word *w){
  size_t n = w->e - w->s;
  const char *p = z + w->s;
  if( (w->f & NW_W_PRONOUN) && !(n==2 && (p[0]=='h' || p[0]=='H')) ) return 1;
  if( (w->f & NW_W_PRONOUN) ) return 0;                    /* he */
  if( n==3 && (p[0]=='s' || p[0]=='S') && p[1]=='h' ) return 0;  /* she */
  if( isGroupWord(p, n) ) return 1;
  if( n<4 || p[n-1]!='s' || p[n-2]=='\'' || p[n-2]=='s' || p[n-2]=='u' ) return 0;
  if( n>=4 && (unsigned char)p[n-2]==0x99 ) return 0;    /* ’s */
  return isalpha((unsigned char)p[0]) != 0;
}

/* The subject of a cue a[iCue] that follows a comma or a closing
** parenthesis: a name that opens the sentence and its appositions, "Cory
** James, 22, of Flint, Mich., said", "Meanwhile, Trump, the nominee,
** said"; or a name and its parenthesis, "Gov. Mary Fallin (R-OK) said".
** 1 with [*piSub, *piEnd) its words, else 0. */
static int appositionSubject(const char *z, const Word *a, int iCue,
                             int *piSub, int *piEnd){
  int k0 = 0, p, k;
  if( a[iCue].cBefore==')' ){
    for(k=iCue-1; k>0 && k>=iCue-6 && a[k].cBefore!='('; k--){
      if( a[k].cBefore=='"' || a[k].cBefore==',' ) return 0;
    }
    if( k<=0 || a[k].cBefore!='(' || !isCapWord(z, &a[k-1])
     || (a[k-1].f & (NW_W_CLAUSE|NW_W_AUX|NW_W_CUE)) ) return 0;
    p = k - 1;
    while( p>0 && p>k-6 && !a[p].cBefore && isCapWord(z, &a[p-1])
        && !(a[p-1].f & (NW_W_CLAUSE|NW_W_CONJ|NW_W_AFTERCUE)) ) p--;
    *piSub = p;
    *piEnd = iCue;
    return 1;
  }
  if( iCue<3 || iCue>40 ) return 0;
  if( (a[0].f & NW_W_CONJ) && iCue>1 && a[1].cBefore==',' ) k0 = 1;
  if( !isCapWord(z, &a[k0])
   || (a[k0].f & (NW_W_CLAUSE|NW_W_CONJ|NW_W_AFTERCUE|NW_W_LABEL|NW_W_AUX
                  |NW_W_CUE|NW_W_DOC|NW_W_PREP|NW_W_DET)) ) return 0;
  /* the first piece: a name, up to six capitalised words ("Bank of
  ** America"), or a pronoun */
  for(p=k0+1; p<iCue && !a[p].cBefore; p++){
    if( !isCapWord(z, &a[p]) && !(a[p].f & NW_W_OF) ) return 0;
  }
  if( p>=iCue || p-k0>6 || (a[p].cBefore!=',' && a[p].cBefore!='(') ) return 0;
  if( (a[p-1].f & NW_W_OF) ) return 0;
  for(k=p; k<iCue; k++){
    char c = a[k].cBefore;
    if( c=='"' || c==';' || c==':' || c=='.' || c=='?' || c=='!' ) return 0;
  }
  *piSub = k0;
  *piEnd = iCue;
  return 1;
}

/* The attribution of quotation q by any cue of the lexicon, when the
** patterns (whose cues are the common ones) found none: after it, '“…”
** she posted.', '“…,” Kelly charged in her assault'; before it, 'the
** Christie supporter retorted: “…”', 'Breitbart News responded:'.  The
** clause before the quotation starts at byte sBefore.  1 if it filled pC. */
static int lexiconAttribution(Scan *pS, const Quote *q, size_t sBefore,
                              NwClaim *pC){
  const char *z = pS->zPat;
  const Word *a;
  int n, k, j;
  size_t e = clauseEnd(pS, q->iClose), aSp[2];
  if( !(q->iEnd>q->iStart && pS->z[q->iEnd-1]=='.') && e>q->iClose ){
    n = sentenceWords(pS, q->iClose, e);
    if( n<0 ) return 0;
    a = pS->aWord;
    if( n>=2 && (!a[0].cBefore || a[0].cBefore==',' || a[0].cBefore=='"') ){
      k = 0;
      if( (a[0].f & NW_W_PERSON) ){
        k = 1;
      }else if( isCapWord(z, &a[0]) && !(a[0].f & (NW_W_CLAUSE|NW_W_CONJ|NW_W_AFTERCUE|NW_W_LABEL)) ){
        for(k=1; k<n && k<4 && !a[k].cBefore && isCapWord(z, &a[k]); k++){}
      }
      j = k;
      while( j<n && (a[j].f & NW_W_AUX) && !(a[j].f & NW_W_MODAL) && !a[j].cBefore ) j++;
      if( k>0 && j<n && !a[j].cBefore && (a[j].f & NW_W_CUE)
       && islower((unsigned char)z[a[j].s])
       && !inWordList(zCueBare, z+a[j].s, a[j].e-a[j].s)
       && (j+1==n || a[j+1].cBefore || (a[j+1].f & (NW_W_AFTERCUE|NW_W_PREP|NW_W_PARTICLE|NW_W_CLAUSE))) ){
        aSp[0] = a[0].s;
        aSp[1] = a[k-1].e;
        if( plausibleSpeaker(pS->z, aSp) ){
          pC->aSpeaker[0] = aSp[0];
          pC->aSpeaker[1] = aSp[1];
          pC->aCue[0] = a[j].s;
          pC->aCue[1] = a[j].e;
          return 1;
        }
      }
    }
  }
  if( q->iOpen>sBefore ){
    size_t b = q->iOpen;
    while( b>sBefore && (pS->z[b-1]==' ' || pS->z[b-1]=='\n') ) b--;
    if( b==sBefore || (pS->z[b-1]!=':' && pS->z[b-1]!=',') ) return 0;
    n = sentenceWords(pS, sBefore, b);
    if( n<2 ) return 0;
    a = pS->aWord;
    j = n - 1;
    if( !(a[j].f & NW_W_CUE) || !islower((unsigned char)z[a[j].s]) || a[j].cBefore
     || inWordList(zCueBare, z+a[j].s, a[j].e-a[j].s) ) return 0;
    k = j - 1;
    while( k>=0 && (a[k].f & NW_W_AUX) && !(a[k].f & NW_W_MODAL) && !a[k+1].cBefore ) k--;
    if( k<0 || a[k+1].cBefore ) return 0;
    if( (a[k].f & NW_W_PERSON) ){
      aSp[0] = a[k].s;
    }else{
      int i0 = k;
      if( !isCapWord(z, &a[k]) && !(a[k].f & NW_W_PRONOUN) ){
        /* "the Christie supporter" */
        while( i0>0 && i0>k-4 && !a[i0].cBefore && !(a[i0-1].f & (NW_W_CLAUSE|NW_W_CUE))
            && !(a[i0].f & NW_W_ART) ) i0--;
        if( !(a[i0].f & NW_W_ART) ) return 0;
      }else{
        while( i0>0 && i0>k-5 && !a[i0].cBefore && isCapWord(z, &a[i0-1])
            && !(a[i0-1].f & (NW_W_CLAUSE|NW_W_CONJ|NW_W_AFTERCUE)) ) i0--;
      }
      if( (a[i0].f & (NW_W_CLAUSE|NW_W_LABEL)) && !(a[i0].f & NW_W_PRONOUN) ) return 0;
      aSp[0] = a[i0].s;
    }
    aSp[1] = a[k].e;
    if( !plausibleSpeaker(pS->z, aSp) ) return 0;
    pC->aSpeaker[0] = aSp[0];
    pC->aSpeaker[1] = aSp[1];
    pC->aCue[0] = a[j].s;
    pC->aCue[1] = a[j].e;
    return 1;
  }
  return 0;
}

/* Is the sentence of words a[0..n) a headline in title case: five words
** or more, every word of four letters or more capitalised but one? */
static int isTitleCase(const char *z, const Word *a, int n){
  int k, nLower = 0, nCap = 0;
  if( n<5 ) return 0;
  for(k=0; k<n; k++){
    if( a[k].e-a[k].s<4 ) continue;
    if( islower((unsigned char)z[a[k].s]) ){
      if( ++nLower>1 ) return 0;
    }else if( isupper((unsigned char)z[a[k].s]) ){
      nCap++;
    }
  }
  return nCap>=4;
}

/* Reported speech anywhere in sentence [s,e): "…, and Trump said the wall
** would be built", "voters who say the economy is weak", "Rubio thanked
** Miami and said it was great to be home".  The first cue word with a
** plausible subject before it and three words or more of content after it
** gives the claim (speaker, cue, content to the sentence's end).  Returns
** 1 if it filled pC; -1 on OOM. */
static int cueScan(Scan *pS, size_t s, size_t e, NwClaim *pC){
  const char *z = pS->zPat;
  int n = sentenceWords(pS, s, e), i, bTitle = -1;
  Word *a = pS->aWord;
  if( n<0 ) return -1;
  /* "Sanders: Clinton Email Story Has Moved", "Lopez: Well, no one …": a
  ** source of up to six words and a colon open the sentence */
  for(i=1; i<n && i<=6 && !a[i].cBefore; i++){}
  if( i<n && i<=6 && a[i].cBefore==':' && n-i>=3 && isCapWord(z, &a[0])
   && !(a[0].f & (NW_W_CLAUSE|NW_W_CONJ|NW_W_AFTERCUE|NW_W_LABEL))
   && !(i==1 && a[0].e-a[0].s>1 && isupper((unsigned char)z[a[0].e-1]))
   && z[a[i-1].e]==':' ){
    pC->aSpeaker[0] = a[0].s;
    pC->aSpeaker[1] = a[i-1].e;
    pC->aCue[0] = a[i-1].e;
    pC->aCue[1] = a[i-1].e + 1;
    pC->aContent[0] = a[i].s;
    pC->aContent[1] = a[n-1].e;
    return 1;
  }
  for(i=1; i+3<=n; i++){
    if( (a[i].f & NW_W_ACCORDING) && i+2<n && (a[i+1].f & NW_W_PARTICLE)
     && !a[i+1].cBefore && !a[i+2].cBefore ){
      /* "…, according to Andrew McCarthy, …" */
      int iEnd = i + 2;
      while( iEnd<n && iEnd<i+14 && !a[iEnd].cBefore ) iEnd++;
      if( i>=3 && (a[i].cBefore==',' || a[i].cBefore==0) ){
        pC->aContent[0] = a[0].s;
        pC->aContent[1] = a[i-1].e;
      }else if( n-iEnd>=3 ){
        pC->aContent[0] = a[iEnd].s;
        pC->aContent[1] = a[n-1].e;
      }else{
        continue;
      }
      pC->aSpeaker[0] = a[i+2].s;
      pC->aSpeaker[1] = a[iEnd-1].e;
      pC->aCue[0] = a[i].s;
      pC->aCue[1] = a[i+1].e;
      return 1;
    }
  }
  for(i=1; i+3<=n; i++){
    int bDoc = 0, j, k, iSub, iSubEnd, iCon, iSub0, bComma;
    if( !(a[i].f & NW_W_CUE) ){
      if( !(a[i].f & NW_W_DOC) ) continue;
      bDoc = 1;
    }
    if( isupper((unsigned char)z[a[i].s]) ){
      /* a name, a title; or a headline in title case: "Bernie Sanders
      ** Says He's Already Started Writing His Inaugural Address" */
      int iS;
      if( bTitle<0 ) bTitle = isTitleCase(z, a, n);
      if( !bTitle || bDoc || !(a[i].f & NW_W_CUE) || (a[i].f & NW_W_AUX)
       || n-i<4 || a[i].cBefore || a[i+1].cBefore ) continue;
      for(iS=i; iS>0 && iS>i-4 && !a[iS].cBefore && isCapWord(z, &a[iS-1])
          && !(a[iS-1].f & (NW_W_CLAUSE|NW_W_CUE|NW_W_AUX|NW_W_CONJ)); iS--){}
      if( iS==i ) continue;
      iCon = i + 1;
      if( (a[iCon].f & NW_W_THAT) ) iCon++;
      if( n-iCon<3 ) continue;
      pC->aSpeaker[0] = a[iS].s;
      pC->aSpeaker[1] = a[i-1].e;
      pC->aCue[0] = a[i].s;
      pC->aCue[1] = a[i].e;
      pC->aContent[0] = a[iCon].s;
      pC->aContent[1] = a[n-1].e;
      return 1;
    }
    if( i+2<n && (a[i+1].f & NW_W_PARTICLE) && z[a[i+1].s]=='t'
     && (a[i].f & (NW_W_SPEECH|NW_W_DOC)) ){
      size_t aNext[2];
      aNext[0] = a[i+1].s;
      aNext[1] = a[i+1].e;
      if( isSaidToBe(pS->p, z, a[n-1].e, a[i].f, aNext) ) continue;
    }
    if( a[i].cBefore==',' && (a[i].f & (NW_W_SPEECH|NW_W_WRITING)) && i>=3
     && i+1<n && !a[i+1].cBefore ){
      /* "…, said Steve Grubbs, an Iowa operative": the source after */
      int iEnd = i + 1, bVerb = 0;
      while( iEnd<n && iEnd<i+7 && !a[iEnd].cBefore ){
        if( a[iEnd].f & (NW_W_PASSIVE|NW_W_MODAL) ) bVerb = 1;
        iEnd++;
      }
      if( !bVerb && (isCapWord(z, &a[i+1]) || (a[i+1].f & NW_W_ART))
       && (iEnd==n || a[iEnd].cBefore==',' || a[iEnd].cBefore=='(') ){
        pC->aSpeaker[0] = a[i+1].s;
        pC->aSpeaker[1] = a[iEnd-1].e;
        pC->aCue[0] = a[i].s;
        pC->aCue[1] = a[i].e;
        pC->aContent[0] = a[0].s;
        pC->aContent[1] = a[i-1].e;
        return 1;
      }
    }
    /* "Marco Rubio says, win or lose, he's staying": a comma after a
    ** speech cue whose subject opens the sentence */
    bComma = i+1<n && a[i+1].cBefore==',' && (a[i].f & NW_W_SPEECH)
          && !(a[i].f & NW_W_TELL) && !a[i].cBefore;
    if( i+1<n && a[i+1].cBefore && a[i+1].cBefore!='"' && !bComma ) continue;
    if( (a[i].cBefore==',' || a[i].cBefore==')') && !bDoc ){
      /* "Cory James, 22, of Flint, Mich., said …", "Sen. Jack Reed
      ** (D-R.I.) said …": the subject and its appositions */
      int r = appositionSubject(z, a, i, &iSub, &iSubEnd);
      if( r ){
        iCon = i + 1;
        if( (a[iCon].f & NW_W_THAT) ) iCon++;
        if( n-iCon<3 || (a[iCon].f & NW_W_NOCONTENT) ) continue;
        pC->aSpeaker[0] = a[iSub].s;
        pC->aSpeaker[1] = a[iSubEnd-1].e;
        if( z[pC->aSpeaker[1]]==')' ) pC->aSpeaker[1]++;
        pC->aCue[0] = a[i].s;
        pC->aCue[1] = a[i].e;
        pC->aContent[0] = a[iCon].s;
        pC->aContent[1] = a[n-1].e;
        return 1;
      }
    }
    /* back over auxiliaries and adverbs: "has repeatedly said" */
    j = i - 1;
    if( a[i].cBefore ) j = -1;
    while( j>=0 && !a[j+1].cBefore && (a[j].f & NW_W_AUX) ){
      if( a[j].f & NW_W_MODAL ) break;
      j--;
    }
    if( j>=0 && ((a[j].f & (NW_W_PASSIVE|NW_W_MODAL|NW_W_DET|NW_W_PREP))
                 || a[j+1].cBefore) ) continue;
    if( j<0 ) continue;
    if( (a[i].f & NW_W_NEEDTHAT) && !(i+1<n && (a[i+1].f & NW_W_THAT)) ) continue;
    /* "30 states", "amid attacks": a plural noun unless a name or a
    ** pronoun stands right before it */
    if( (a[i].f & NW_W_NOUNISH) && !(a[j].f & NW_W_PRONOUN)
     && ((a[j].f & NW_W_DET) || isdigit((unsigned char)z[a[j].s])
         || isGroupWord(z+a[j].s, a[j].e-a[j].s)
         || (j>0 && (isdigit((unsigned char)z[a[j-1].s])
                     || isGroupWord(z+a[j-1].s, a[j-1].e-a[j-1].s)))) ) continue;
    if( (a[i].f & NW_W_NOUNISH) ){
      size_t aPrev[2], aNext[2];
      aPrev[0] = a[i-1].s;
      aPrev[1] = a[i-1].e;
      aNext[0] = a[i+1].s;
      aNext[1] = a[i+1].e;
      if( nounishHere(pS->p, z, a[i].f, a[i].s, a[i].e, aPrev, aNext) ) continue;
    }
    iSubEnd = j + 1;
    if( (a[j].f & NW_W_PRONOUN) ){
      iSub = j;
    }else if( (a[j].f & NW_W_ANDBUT) && j>0 ){
      /* "Rubio thanked Miami and said …": the clause's subject */
      int iEnd;
      if( !clauseSubject(z, a, j, &iEnd) ) continue;
      iSub = a[0].cBefore=='"' || (a[0].f & NW_W_CONJ) ? 1 : 0;
      iSubEnd = iEnd;
    }else{
      if( bDoc && j>0 && (a[j-1].f & NW_W_KDOC) && !a[j].cBefore
       && inWordList("there here", z+a[j].s, a[j].e-a[j].s) ){
        j--;                                 /* "Polls there show" */
      }
      if( (a[j].f & NW_W_CLAUSE) ) continue;
      iSub = j;
      while( iSub>0 && iSubEnd-iSub<10 && !a[iSub].cBefore
          && !(a[iSub-1].f & NW_W_CLAUSE)
          && !(a[iSub-1].f & NW_W_PRONOUN) ){
        if( (a[iSub-1].f & NW_W_PREP) && iSub-1>0
         && ((a[iSub-1].f & NW_W_OF) || z[a[iSub-1].s]=='f'
             || isCapWord(z, &a[iSub])) ){
          iSub--;                  /* "a spokesman for the campaign" */
          continue;
        }
        iSub--;
      }
      /* its first word: "the"/"a" or a capital, a number, a group */
      iSub0 = iSub;
      while( iSub<iSubEnd-1 && !isCapWord(z, &a[iSub])
          && !(a[iSub].f & NW_W_DET)
          && !isGroupWord(z+a[iSub].s, a[iSub].e-a[iSub].s) ) iSub++;
      {
        size_t aSp[2];
        aSp[0] = a[iSub].s;
        aSp[1] = a[iSubEnd-1].e;
        if( !plausibleSpeaker(pS->z, aSp)
         || (!isCapWord(z, &a[iSub]) && !(a[iSub].f & (NW_W_DET|NW_W_PRONOUN))
             && !isGroupWord(z+a[iSub].s, a[iSub].e-a[iSub].s)) ){
          /* a plural with no article: "hacking specialists say",
          ** "forecasters expect" (up to three words) */
          if( (bDoc && !(a[iSubEnd-1].f & NW_W_KDOC)) || iSubEnd-iSub0>3
           || !(a[i].f & (NW_W_SPEECH|NW_W_WRITING|NW_W_BELIEF|NW_W_DOC))
           || !pluralSubject(z, &a[iSubEnd-1]) || (a[iSubEnd-1].f & NW_W_PRONOUN)
           || (a[iSubEnd-1].f & (NW_W_CUE|NW_W_DOC|NW_W_CLAUSE|NW_W_AUX|NW_W_NOUNISH)) ) continue;
          for(k=iSub0; k<iSubEnd; k++){
            if( a[k].f & (NW_W_CLAUSE|NW_W_AUX|NW_W_CUE|NW_W_PASSIVE) ) break;
          }
          if( k<iSubEnd ) continue;
          iSub = iSub0;
        }
      }
      if( bDoc && !(lexFlagsIn(pS->p, pS->z, a[iSub].s, a[iSubEnd-1].e)
                    & NW_W_KDOC) ){
        /* "A study by the watchdog group Media Matters found": the
        ** document is further back, before "by", "of", "from" */
        for(k=iSub-1; k>=0 && k>=i-16; k--){
          if( a[k+1].cBefore || (a[k].f & (NW_W_CUE|NW_W_PASSIVE|NW_W_MODAL)) ){
            k = -1;
            break;
          }
          if( a[k].f & NW_W_KDOC ) break;
        }
        if( k<0 || k<i-16 ) continue;
        iSub = k;
        while( iSub>0 && iSub>k-4 && !a[iSub].cBefore
            && !(a[iSub-1].f & (NW_W_CLAUSE|NW_W_CUE|NW_W_PASSIVE))
            && !(a[iSub-1].f & NW_W_CONJ) ) iSub--;
      }
    }
    if( bDoc && iSubEnd-iSub>0 && (a[iSub].f & NW_W_PRONOUN) ) continue;
    if( bComma && (iSub>1 || (iSub==1 && !(a[0].f & NW_W_CONJ))) ) continue;
    if( inWordList(zCueBare, z+a[i].s, a[i].e-a[i].s)
     && !pluralSubject(z, &a[iSubEnd-1]) ) continue;
    /* the content: after "that", a recipient or a phrase of time */
    iCon = i + 1;
    if( (a[iCon].f & NW_W_PARTICLE) ) iCon++;
    if( iCon<n && ((a[i].f & NW_W_TELL) || (a[iCon].f & NW_W_AFTERCUE)) ){
      for(k=iCon; k<n && k<iCon+10 && (k==iCon || !a[k].cBefore
                                      || a[k].cBefore==','); k++){
        if( (a[k].f & NW_W_THAT) ){
          iCon = k + 1;
          break;
        }
      }
    }else if( iCon<n && (a[iCon].f & NW_W_THAT) ){
      iCon++;
    }
    if( n-iCon<3 || (a[iCon].f & NW_W_NOCONTENT) ) continue;
    pC->aSpeaker[0] = a[iSub].s;
    pC->aSpeaker[1] = a[iSubEnd-1].e;
    pC->aCue[0] = a[i].s;
    pC->aCue[1] = a[i].e;
    pC->aContent[0] = a[iCon].s;
    pC->aContent[1] = a[n-1].e;
    return 1;
  }
  {
    /* "In a CNN poll released Thursday, Clinton held a 24-point lead": a
    ** document opening the sentence; "To Ms. Gil, skateboarding is …":
    ** a person's view */
    int k0 = (n>0 && (a[0].f & NW_W_CONJ) && !(a[0].f & NW_W_CLAUSE)) ? 1 : 0, c;
    if( k0+1<n && !a[k0+1].cBefore && a[k0].e-a[k0].s==2
     && (memcmp(z+a[k0].s, "In", 2)==0 || memcmp(z+a[k0].s, "in", 2)==0
         || memcmp(z+a[k0].s, "To", 2)==0) ){
      int bTo = z[a[k0].s]=='T', bDocNP = 0;
      for(c=k0+1; c<n && c<k0+14 && !a[c].cBefore; c++){
        if( a[c].f & NW_W_KDOC ) bDocNP = 1;
        if( a[c].f & (NW_W_CUE|NW_W_PASSIVE|NW_W_MODAL) ) break;
      }
      if( c<n && a[c].cBefore==',' && n-c>=3
       && (bTo ? (c-k0<=4 && (isCapWord(z, &a[k0+1]) || (a[k0+1].f & NW_W_PRONOUN))
                  && !(a[k0+1].f & (NW_W_CLAUSE|NW_W_DET)))
               : bDocNP) ){
        pC->aSpeaker[0] = a[k0+1].s;
        pC->aSpeaker[1] = a[c-1].e;
        pC->aCue[0] = a[k0].s;
        pC->aCue[1] = a[k0].e;
        pC->aContent[0] = a[c].s;
        pC->aContent[1] = a[n-1].e;
        return 1;
      }
    }
  }
  /* a statement as a noun and its holder: "Trump's claim that Mexico
  ** will pay", "her promise that taxes would not rise" */
  for(i=1; i+4<=n; i++){
    const Word *w = &a[i-1];
    size_t nw = w->e - w->s, eSp;
    int iS;
    if( a[i].cBefore || a[i+1].cBefore || !(a[i+1].f & NW_W_THAT)
     || !inWordList("claim claims assertion assertions argument suggestion "
                    "promise promises pledge warning warnings belief "
                    "insistence view contention charge charges accusation "
                    "accusations", z+a[i].s, a[i].e-a[i].s) ) continue;
    if( inWordList("his her their its", z+w->s, nw) ){
      pC->aSpeaker[0] = w->s;
      pC->aSpeaker[1] = w->e;
    }else{
      if( nw<3 || !isCapWord(z, w) ) continue;
      if( z[w->e-2]=='\'' && (z[w->e-1]=='s' || z[w->e-1]=='S') ) eSp = w->e - 2;
      else if( nw>4 && (unsigned char)z[w->e-2]==0x99 && (unsigned char)z[w->e-3]==0x80
            && z[w->e-1]=='s' ) eSp = w->e - 4;
      else continue;
      for(iS=i-1; iS>0 && iS>i-4 && !a[iS].cBefore && isCapWord(z, &a[iS-1])
          && !(a[iS-1].f & (NW_W_CLAUSE|NW_W_CONJ|NW_W_AFTERCUE)); iS--){}
      pC->aSpeaker[0] = a[iS].s;
      pC->aSpeaker[1] = eSp;
    }
    pC->aCue[0] = a[i].s;
    pC->aCue[1] = a[i].e;
    pC->aContent[0] = a[i+2].s;
    pC->aContent[1] = a[n-1].e;
    return 1;
  }
  return 0;
}

/* The word before byte i (over white space) and the one at or after
** byte i, as spans of z, or empty spans. */
static void wordsAround(const char *z, size_t n, size_t iB, size_t iA,
                        size_t *aPrev, size_t *aNext){
  size_t k = iB;
  while( k>0 && z[k-1]==' ' ) k--;
  aPrev[1] = k;
  while( k>0 && isalnum((unsigned char)z[k-1]) ) k--;
  aPrev[0] = k;
  k = iA;
  while( k<n && z[k]==' ' ) k++;
  aNext[0] = k;
  while( k<n && isalpha((unsigned char)z[k]) ) k++;
  aNext[1] = k;
}

/* Is a speech cue of flags f, followed by the word aNext, a passive
** "said to be", "reported to have": no one's statement?  ("seems to be",
** "appears to have" are beliefs.) */
static int isSaidToBe(const NwClaimModel *p, const char *z, size_t n,
                      unsigned f, const size_t *aNext){
  size_t k = aNext[1];
  if( !(f & (NW_W_SPEECH|NW_W_DOC)) || (f & (NW_W_INTENT|NW_W_BELIEF)) ) return 0;
  if( aNext[1]-aNext[0]!=2 || strncmp(z+aNext[0], "to", 2)!=0 ) return 0;
  while( k<n && z[k]==' ' ) k++;
  (void)p;
  return (n-k>=3 && strncmp(z+k, "be", 2)==0 && !isalpha((unsigned char)z[k+2]))
      || (n-k>=5 && strncmp(z+k, "have", 4)==0 && !isalpha((unsigned char)z[k+4]));
}

/* Is a cue of flags f that may be a plural noun ("states", "attacks")
** that noun here, by the words around it: a possessive before it
** ("Clinton's attacks"); for "states" and "attacks", the nouns far more
** often than the verbs, a preposition after it ("attacks on her record")
** or any lower-case word before it ("swing states")?  Not before "that"
** ("the report states that"). */
static int nounishHere(const NwClaimModel *p, const char *z, unsigned f,
                       size_t iCue, size_t eCue, const size_t *aPrev,
                       const size_t *aNext){
  size_t nP = aPrev[1]-aPrev[0], nN = aNext[1]-aNext[0];
  unsigned fPrev, fNext;
  if( !(f & NW_W_NOUNISH) ) return 0;
  fNext = lexFlags(p, z+aNext[0], nN);
  if( fNext & NW_W_THAT ) return 0;
  if( nN>0 && inWordList("states attacks", z+iCue, eCue-iCue)
   && inWordList("on in of from like such with where against at across "
                 "during over", z+aNext[0], nN) ) return 1;
  if( nP==0 ) return 0;
  fPrev = lexFlags(p, z+aPrev[0], nP);
  if( fPrev & NW_W_PRONOUN ) return 0;
  if( nP>2 && (z[aPrev[1]-1]=='s' || z[aPrev[1]-1]=='S')
   && (z[aPrev[1]-2]=='\'' || (unsigned char)z[aPrev[1]-2]==0x99) ) return 1;
  return islower((unsigned char)z[aPrev[0]])!=0
      && inWordList("states attacks", z+iCue, eCue-iCue);
}

/* Is a pattern's one-word cue no cue here: a plural noun after a number
** or a quantity ("30 states"), a transitive verb with no "that" ("The
** commission concluded its session")? */
static int cueWordBad(Scan *pS, const NwClaim *pC){
  size_t aPrev[2], aNext[2];
  unsigned f;
  const char *z = pS->z;
  if( pC->aCue[0]==NW_NOSPAN ) return 0;
  f = lexFlags(pS->p, z+pC->aCue[0], pC->aCue[1]-pC->aCue[0]);
  wordsAround(z, pS->n, pC->aCue[0], pC->aCue[1], aPrev, aNext);
  if( isSaidToBe(pS->p, z, pS->n, f, aNext) ) return 1;
  if( !(f & (NW_W_NOUNISH|NW_W_NEEDTHAT)) ) return 0;
  if( (f & NW_W_NEEDTHAT) && !(lexFlags(pS->p, z+aNext[0], aNext[1]-aNext[0]) & NW_W_THAT) ){
    return 1;
  }
  if( nounishHere(pS->p, z, f, pC->aCue[0], pC->aCue[1], aPrev, aNext) ) return 1;
  if( (f & NW_W_NOUNISH) && aPrev[1]>aPrev[0]
   && (isdigit((unsigned char)z[aPrev[0]])
       || isGroupWord(z+aPrev[0], aPrev[1]-aPrev[0])
       || (lexFlags(pS->p, z+aPrev[0], aPrev[1]-aPrev[0]) & NW_W_DET)) ){
    return 1;
  }
  return 0;
}

/* Is the speaker a pattern found a clause before an inverted cue, not a
** name: "In a year when …, candidates have more room …, said Steve
** Grubbs" (its part before the apposition has more than six words, or a
** verb "is", "was", "will")?  cueScan reads it the other way round. */
static int speakerIsClause(Scan *pS, const size_t *aSp, const size_t *aCue){
  size_t i, e;
  int nWord = 0, bVerb = 0;
  if( aSp[0]!=NW_NOSPAN && aCue[0]!=NW_NOSPAN && aCue[1]<=aSp[0]
   && aSp[1]>aSp[0] && aSp[1]-aSp[0]<200 ){
    /* the source after its cue is a clause, "…, said the queues were
    ** shorter", when it holds a verb "is", "were", "will" */
    const char *zComma = memchr(pS->z+aSp[0], ',', aSp[1]-aSp[0]);
    size_t eFirst = zComma ? (size_t)(zComma - pS->z) : aSp[1];
    if( lexFlagsIn(pS->p, pS->z, aSp[0], eFirst) & (NW_W_PASSIVE|NW_W_MODAL) ){
      return 1;
    }
  }
  if( aSp[0]==NW_NOSPAN || aSp[1]<=aSp[0] || aSp[1]>=pS->n || pS->z[aSp[1]]!=',' ) return 0;
  /* the inverted order: ", said Steve", ", said the" */
  if( aCue[0]==NW_NOSPAN || aCue[1]+1>=pS->n || pS->z[aCue[1]]!=' '
   || memchr(pS->z+aCue[0], ' ', aCue[1]-aCue[0])   /* "has said": not inverted */
   || !(isupper((unsigned char)pS->z[aCue[1]+1])
        || strncmp(pS->z+aCue[1]+1, "the ", 4)==0) ) return 0;
  if( lexFlags(pS->p, pS->z+aCue[1]+1, strcspn(pS->z+aCue[1]+1, " ,.;:"))
      & NW_W_AFTERCUE ) return 0;        /* "said Tuesday" */
  e = aSp[1];
  for(i=aSp[0]; i<e; ){
    size_t w = i;
    if( pS->z[i]==',' || pS->z[i]=='(' ){
      if( nWord>6 ) return 1;          /* a piece too long for a name */
      nWord = 0;
    }
    while( w<e && isalpha((unsigned char)pS->z[w]) ) w++;
    if( w>i ){
      nWord++;
      if( lexFlags(pS->p, pS->z+i, w-i) & (NW_W_PASSIVE|NW_W_MODAL) ) bVerb = 1;
    }
    i = w<e ? w+1 : e;
  }
  return nWord>6 || bVerb;
}

/* The claim cueScan finds in sentence pSen (to eSubject), if any, added to
** the output. */
static int cueClaim(Scan *pS, const Span *pSen, size_t eSubject, int bQuoted){
  NwClaim c, *pC;
  int r;
  memset(&c, 0, sizeof(c));
  c.aRecipient[0] = c.aRecipient[1] = NW_NOSPAN;
  r = cueScan(pS, pSen->s, eSubject, &c);
  if( r<0 ) return NW_NOMEM;
  if( r==0 ) return NW_OK;
  pC = addClaim(pS);
  if( pC==0 ) return NW_NOMEM;
  c.eKind = bQuoted ? NW_CLAIM_MIXED : NW_CLAIM_INDIRECT;
  c.aSentence[0] = pSen->s;
  c.aSentence[1] = pSen->e;
  *pC = c;
  return NW_OK;
}

/* Cues of the same speaker that go on a claim after a comma: "…, adding
** that …", "…, telling reporters that …".  The first four take "that"
** or content directly; the rest only "that" ("warning of", "promising
** to" are no statement). */
static const char zParticipleCue[] = "saying adding noting stressing "
  "insisting arguing explaining asserting declaring acknowledging "
  "admitting conceding writing tweeting";
static const char zParticipleThat[] = "warning suggesting claiming "
  "predicting promising vowing";
static const char zTellCue[] = "telling assuring informing reminding";
/* Words after a participle that make it no statement: "adding to the
** confusion", "insisting on a recount" (unless "that" follows soon:
** "saying on Monday that") */
static const char zNotAfterParticiple[] = "to of up in on for about against";

/* Is byte range [s, e) of z free of quotation marks (quoteMark())? */
static int noQuoteMark(const char *z, size_t s, size_t e){
  size_t m;
  for(; s<e; s++) if( quoteMark(z, e, s, 0, &m) ) return 0;
  return 1;
}

/* Split claim *pC (the claim at *piCur) at word k of its content words a:
** its content ends with word k-1, and a claim added after it, a copy of
** it, has the cue a[iCue] and its content from a[iCon].  The new claim,
** which the caller finishes, then copies to *pC; 0 on OOM. */
static NwClaim *splitClaim(Scan *pS, const NwClaim *pC, int *piCur,
                           const Word *a, int k, int iCue, int iCon){
  NwClaim *pA, *pB = addClaim(pS);
  if( pB==0 ) return 0;
  pA = &pS->pOut->a[*piCur];
  *pB = *pC;
  pB->aCue[0] = a[iCue].s;
  pB->aCue[1] = a[iCue].e;
  pB->aContent[0] = a[iCon].s;
  pB->nPart = 0;
  pA->aContent[1] = a[k-1].e;
  pA->nPart = 0;
  *piCur = (int)(pB - pS->pOut->a);
  return pB;
}

/* Word k (after a comma) of claim *pC's content words a[0..nW): if it is
** a participle cue of the same speaker, the content is cut before the
** comma and a claim of the same speaker is added with that cue (and its
** recipient) and the rest as content: 1, with *piCur the new claim, *pC a
** copy of it and *pkFrom the first word of its content; 0 if it is none;
** -1 on OOM. */
static int participleSplit(Scan *pS, NwClaim *pC, int *piCur, const Word *a,
                           int nW, int k, int *pkFrom){
  const char *z = pS->zPat;
  size_t n = a[k].e - a[k].s;
  int iCon = k + 1, iRec = -1, bThatOnly = 0, iA = *piCur, j;
  NwClaim *pA, *pB;
  if( inWordList(zTellCue, z+a[k].s, n) ){
    /* "telling reporters that", "telling Fox News that": up to 4 words */
    iRec = iCon;
    while( iCon<nW && iCon<iRec+4 && !a[iCon].cBefore && !(a[iCon].f & NW_W_THAT) ) iCon++;
    if( iCon==iRec || iCon>=nW || !(a[iCon].f & NW_W_THAT) || a[iCon].cBefore ) return 0;
  }else{
    if( inWordList(zParticipleThat, z+a[k].s, n) ) bThatOnly = 1;
    else if( !inWordList(zParticipleCue, z+a[k].s, n) ) return 0;
    if( iCon<nW && inWordList(zNotAfterParticiple, z+a[iCon].s,
                              a[iCon].e-a[iCon].s) ){
      /* "saying on Monday that", "adding in a statement that": a short
      ** phrase before "that" is no part of the content */
      for(j=iCon; j<nW && j<iCon+5 && !a[j].cBefore && !(a[j].f & NW_W_THAT); j++){}
      if( j==iCon || j>=iCon+5 || j>=nW || !(a[j].f & NW_W_THAT) || a[j].cBefore ){
        return 0;
      }
      iCon = j;
    }
  }
  if( iCon<nW && (a[iCon].f & NW_W_THAT) && !a[iCon].cBefore ) iCon++;
  else if( bThatOnly ) return 0;
  if( iCon+2>=nW || (a[iCon].f & NW_W_NOCONTENT) || a[iCon].cBefore==';' ) return 0;
  pB = splitClaim(pS, pC, piCur, a, k, k, iCon);
  if( pB==0 ) return -1;
  pA = &pS->pOut->a[iA];
  if( iRec>=0 ){
    pB->aRecipient[0] = a[iRec].s;
    pB->aRecipient[1] = a[iCon-2].e;
  }else{
    pB->aRecipient[0] = pB->aRecipient[1] = NW_NOSPAN;
  }
  /* the quotation mark that opens it, if any, belongs to it */
  while( pB->aContent[0]>a[iCon-1].e && !isspace((unsigned char)pS->z[pB->aContent[0]-1]) ){
    pB->aContent[0]--;
  }
  /* "X, the ministry said, adding …": the attribution closed the content */
  {
    size_t b = pA->aSpeaker[0]!=NW_NOSPAN && pA->aSpeaker[0]<pA->aCue[0]
             ? pA->aSpeaker[0] : pA->aCue[0];
    if( pA->aCue[0]!=NW_NOSPAN && b>pA->aContent[0] && pA->aCue[1]<=pA->aContent[1]
     && pA->aCue[1]+1>=pA->aContent[1] ){
      while( b>pA->aContent[0] && (pS->z[b-1]==' ' || pS->z[b-1]==',') ) b--;
      if( b>pA->aContent[0] ) pA->aContent[1] = b;
    }
  }
  trimSpan(pS->z, pA->aContent);
  if( pA->eKind==NW_CLAIM_MIXED && noQuoteMark(pS->z, pA->aContent[0], pA->aContent[1]) ){
    pA->eKind = NW_CLAIM_INDIRECT;
  }
  if( pB->eKind==NW_CLAIM_MIXED && noQuoteMark(pS->z, pB->aContent[0], pB->aContent[1]) ){
    pB->eKind = NW_CLAIM_INDIRECT;
  }
  *pC = *pB;
  *pkFrom = iCon;
  return 1;
}

/* A claim whose content goes on with a second cue of the same speaker,
** "She said she had met with Manafort twice but said neither played a
** role", is two: the first content ends before "but", the second is what
** follows the second cue.  For the claims [iFrom, n) just added; -1 on
** OOM. */
static int splitCoordinated(Scan *pS, int iFrom){
  int iC, iEnd = pS->pOut->n;   /* each claim splits once: no claim it
                                ** adds is read again (a long sentence of
                                ** "and said" is read once) */
  for(iC=iFrom; iC<iEnd; iC++){
    NwClaim c;
    int nW, k, iCur = iC, kFrom = 0;
    if( pS->pOut->a[iC].aContent[0]==NW_NOSPAN ) continue;
    c = pS->pOut->a[iC];
    nW = sentenceWords(pS, c.aContent[0], c.aContent[1]);
    if( nW<0 ) return -1;
    /* the words are read once: a claim split off is split again further
    ** on ("said …, and said …, and said …") */
    for(k=3; k+4<nW; k++){
      if( k<kFrom+3 ) continue;
      const Word *a = pS->aWord;
      const char *z = pS->zPat;
      int j = k + 1, iSp = -1, iSpEnd = -1;
      unsigned fCue;
      if( a[k].cBefore==',' ){
        int r = participleSplit(pS, &c, &iCur, a, nW, k, &kFrom);
        if( r<0 ) return -1;
        if( r>0 ){ k = kFrom; continue; }
      }
      if( (a[k].f & NW_W_ANDBUT) || ((a[k].cBefore==';' || a[k].cBefore==',')
          && inWordList("and but while whereas", z+a[k].s, a[k].e-a[k].s)) ){
        /* "… and they rejected …", "…; Republicans denounced …": a
        ** subject of its own */
        if( (a[j].f & NW_W_PERSON) && !a[j].cBefore ){
          iSp = j;
          iSpEnd = ++j;
        }else if( isCapWord(z, &a[j]) && !a[j].cBefore
               && !(a[j].f & (NW_W_CLAUSE|NW_W_CONJ|NW_W_AFTERCUE|NW_W_DET)) ){
          iSp = j++;
          while( j<nW && j<iSp+3 && !a[j].cBefore && isCapWord(z, &a[j]) ) j++;
          iSpEnd = j;
        }
        if( iSp>=0 && (j>=nW || a[j].cBefore) ) continue;
        fCue = iSp>=0 ? (NW_W_CUE|NW_W_DOC) : NW_W_CUE;
      }else{
        continue;
      }
      while( j<nW && (a[j].f & NW_W_AUX) && !(a[j].f & NW_W_MODAL) && !a[j].cBefore ) j++;
      if( j+3>=nW || !(a[j].f & fCue) || a[j].cBefore ) continue;
      if( isupper((unsigned char)pS->z[a[j].s]) ) continue;
      if( (a[j].f & NW_W_NOUNISH) && iSp<0 ) continue;
      /* "appeared on a show", "appeared at his side" */
      if( (a[j].f & NW_W_BELIEF) && (a[j+1].f & (NW_W_AFTERCUE|NW_W_PREP)) ) continue;
      if( (a[j].f & NW_W_DOC) && !(a[j].f & NW_W_CUE)
       && !(lexFlagsIn(pS->p, pS->z, a[iSp].s, a[iSpEnd-1].e) & NW_W_KDOC) ) continue;
      if( iSp<0 && !(a[j].f & (NW_W_SPEECH|NW_W_WRITING))
       && !(a[j].e-a[j].s>3 && z[a[j].e-2]=='e' && z[a[j].e-1]=='d') ) continue;
      if( inWordList(zCueBare, z+a[j].s, a[j].e-a[j].s)
       && !(iSp>=0 && pluralSubject(z, &a[iSpEnd-1])) ) continue;
      {
        NwClaim *pB;
        int iCon = j + 1, iA = iCur;
        if( (a[iCon].f & NW_W_PARTICLE) && !a[iCon].cBefore ) iCon++;
        if( a[iCon].f & NW_W_THAT ) iCon++;
        if( iCon+2>=nW || (a[iCon].f & NW_W_NOCONTENT) ) continue;
        pB = splitClaim(pS, &c, &iCur, a, k, j, iCon);
        if( pB==0 ) return -1;
        if( iSp>=0 ){
          pB->aSpeaker[0] = a[iSp].s;
          pB->aSpeaker[1] = a[iSpEnd-1].e;
          pB->zResolved[0] = 0;
          pB->eKind = NW_CLAIM_INDIRECT;
        }
        trimSpan(pS->z, pS->pOut->a[iA].aContent);
        c = *pB;
        kFrom = iCon;
        k = iCon;
      }
    }
  }
  return 0;
}

/* Is quotation k part of a claim with a speaker?  (A quotation whose
** claim has none lets the sentence around it find one: "Mr. Coll said he
** was troubled that ''…''".) */
static int quoteHasSpeaker(const Scan *pS, int k, int bCue){
  const Quote *q = &pS->aQuote[k];
  if( !q->bUsed ) return 0;
  /* with bCue, a speaker carried over from the claim before (no cue) is
  ** no attribution of its own */
  return q->iClaim<0 || (pS->pOut->a[q->iClaim].aSpeaker[0]!=NW_NOSPAN
                         && (!bCue || pS->pOut->a[q->iClaim].aCue[0]!=NW_NOSPAN));
}

/* Speakers a pattern took too far or too short: "Rubio thanked Miami
** and" becomes "Rubio" (the clause's subject); a lone "and", "As",
** "Sunday" is no speaker.  -1 on OOM. */
static int trimSpeakers(Scan *pS){
  int i;
  for(i=0; i<pS->pOut->n; i++){
    NwClaim *pC = &pS->pOut->a[i];
    int nW, iEnd;
    if( pC->aSpeaker[0]==NW_NOSPAN || pC->aSpeaker[1]<=pC->aSpeaker[0] ) continue;
    if( pC->aSpeaker[1]-pC->aSpeaker[0]>200 ) continue;
    nW = sentenceWords(pS, pC->aSpeaker[0], pC->aSpeaker[1]);
    if( nW<0 ) return -1;
    if( nW==0 ) continue;
    if( nW>1 && (pS->aWord[0].f & NW_W_CONJ) && !pS->aWord[1].cBefore ){
      /* "Then the senator", "But Trump" */
      pC->aSpeaker[0] = pS->aWord[1].s;
      pC->zResolved[0] = 0;
      memmove(pS->aWord, pS->aWord+1, sizeof(Word)*(size_t)(nW-1));
      nW--;
    }
    if( nW==1 && (pS->aWord[0].f & (NW_W_CLAUSE|NW_W_CONJ|NW_W_AFTERCUE))
     && !(pS->aWord[0].f & NW_W_PRONOUN) ){
      pC->aSpeaker[0] = pC->aSpeaker[1] = NW_NOSPAN;
      pC->zResolved[0] = 0;
    }else if( nW>1 && (pS->aWord[nW-1].f & NW_W_ANDBUT) ){
      if( clauseSubject(pS->zPat, pS->aWord, nW-1, &iEnd) ){
        int k0 = (pS->aWord[0].f & NW_W_CONJ) ? 1 : 0;
        pC->aSpeaker[0] = pS->aWord[k0].s;
        pC->aSpeaker[1] = pS->aWord[iEnd-1].e;
      }else{
        pC->aSpeaker[0] = pC->aSpeaker[1] = NW_NOSPAN;
      }
      pC->zResolved[0] = 0;
    }
  }
  return 0;
}

/* The direct claims with no speaker take the speaker and cue of the
** reported speech found in their sentence (which is then dropped): both
** lists are in text order, walked once together. */
static void adoptSpeakers(Scan *pS){
  NwClaim *a = pS->pOut->a;
  int iD, iI = pS->nDirect, n = pS->pOut->n, k, bDrop = 0;
  for(iD=0; iD<pS->nDirect; iD++){
    NwClaim *pD = &a[iD];
    if( pD->aSpeaker[0]!=NW_NOSPAN && pD->aCue[0]!=NW_NOSPAN ) continue;
    while( iI<n && a[iI].aSentence[1]<=pD->aContent[0] ) iI++;
    if( iI<n && a[iI].aSentence[0]<=pD->aContent[0]
     && a[iI].aContent[0]!=NW_NOSPAN && a[iI].aSpeaker[0]!=NW_NOSPAN ){
      NwClaim *pI = &a[iI];
      size_t nQ = pD->aContent[1] - pD->aContent[0];
      size_t nC = pI->aContent[1] - pI->aContent[0];
      memcpy(pD->aSpeaker, pI->aSpeaker, sizeof(pD->aSpeaker));
      memcpy(pD->aCue, pI->aCue, sizeof(pD->aCue));
      memcpy(pD->aRecipient, pI->aRecipient, sizeof(pD->aRecipient));
      pD->zResolved[0] = 0;
      if( nC>nQ + nQ/4 + 8 ){       /* the quotation is part of it: mixed */
        memcpy(pD->aContent, pI->aContent, sizeof(pD->aContent));
        memcpy(pD->aSentence, pI->aSentence, sizeof(pD->aSentence));
        pD->nPart = 0;
        pD->eKind = NW_CLAIM_MIXED;
      }
      pI->aContent[0] = NW_NOSPAN;  /* dropped below */
      bDrop = 1;
      iI++;
    }
  }
  if( bDrop ){
    int j = pS->nDirect;
    for(k=pS->nDirect; k<n; k++){
      if( a[k].aContent[0]!=NW_NOSPAN ) a[j++] = a[k];
    }
    pS->pOut->n = j;
  }
}

/* Reported speech before the first quotation of sentence pSen (its
** quotations from iQuote on), whose quotation has a speaker: a claim when
** the quotation's cue comes after it ("Trump said that it was “a
** disaster”" is one claim). */
static int beforeQuoteClaim(Scan *pS, const Span *pSen, int iQuote){
  size_t e, eSub;
  int k;
  NwClaim c, *pC;
  if( iQuote>0 && pS->aQuote[iQuote-1].iClose>pSen->s ) return NW_OK;
  if( iQuote>=pS->nQuote || pS->aQuote[iQuote].iOpen>=pSen->e ) return NW_OK;
  e = pS->aQuote[iQuote].iOpen;
  if( e<=pSen->s || e-pSen->s<20 ) return NW_OK;
  if( !speechSubject(pS->z, pSen->s, e, &eSub) ) return NW_OK;
  memset(&c, 0, sizeof(c));
  c.aRecipient[0] = c.aRecipient[1] = NW_NOSPAN;
  k = cueScan(pS, pSen->s, eSub, &c);
  if( k<0 ) return NW_NOMEM;
  if( k==0 ) return NW_OK;
  {
    /* the first quotation's claim has a cue of its own after it: '…:
    ** “Change the world,” she said' (one with none, or with the cue
    ** before it, is the same statement) */
    const Quote *q = &pS->aQuote[iQuote];
    const NwClaim *pD;
    if( !q->bUsed || q->iClaim<0 || q->iClaim>=pS->nDirect ) return NW_OK;
    size_t b = q->iOpen;
    pD = &pS->pOut->a[q->iClaim];
    if( pD->aCue[0]==NW_NOSPAN || pD->aCue[0]<q->iClose ) return NW_OK;
    /* a statement of its own after a colon or a comma, not a fragment
    ** of the sentence's ("called it “extremely careless”") */
    if( wordCount(pS->z, q->iStart, q->iEnd)<NW_MIN_UNATTRIBUTED_WORDS ) return NW_OK;
    while( b>pSen->s && pS->z[b-1]==' ' ) b--;
    if( b==pSen->s || (pS->z[b-1]!=':' && pS->z[b-1]!=',') ) return NW_OK;
  }
  pC = addClaim(pS);
  if( pC==0 ) return NW_NOMEM;
  c.eKind = NW_CLAIM_INDIRECT;
  c.aSentence[0] = pSen->s;
  c.aSentence[1] = pSen->e;
  *pC = c;
  return NW_OK;
}

/* "Trump attacked the press on Monday, saying …": when the verb before
** the participle is itself a cue (attacked, praised, told, defended), it
** is a claim of the same speaker too, its content the words up to the
** comma, added before the participle's claim *ppC (which moves: *ppC is
** updated).  NW_OK or NW_NOMEM. */
static int verbBeforeParticiple(Scan *pS, const Span *pSen, const size_t *aOv,
                                NwClaim **ppC){
  const NwClaimModel *p = pS->p;
  int gV = group(p->pIndirect, "v7"), gC = group(p->pIndirect, "c7");
  size_t v0 = pSen->s + aOv[2*gV], v1 = pSen->s + aOv[2*gV+1], e;
  NwClaim *pV, *pP, c;
  if( !(lexFlags(p, pS->zPat+v0, v1-v0)
        & (NW_W_SPEECH|NW_W_WRITING|NW_W_EVAL|NW_W_BELIEF|NW_W_INTENT)) ){
    return NW_OK;
  }
  e = pSen->s + aOv[2*gC];
  while( e>v1 && (pS->z[e-1]==' ' || pS->z[e-1]==',') ) e--;
  while( v1<e && pS->z[v1]==' ' ) v1++;
  if( e<=v1 || wordCount(pS->z, v1, e)<2 ) return NW_OK;
  c = **ppC;
  pP = addClaim(pS);
  if( pP==0 ) return NW_NOMEM;
  /* the participle's claim moves last: the verb's goes first, in text
  ** order, in its place */
  *pP = c;
  pV = pP - 1;
  pV->aCue[0] = v0;
  pV->aCue[1] = pSen->s + aOv[2*gV+1];
  pV->aRecipient[0] = pV->aRecipient[1] = NW_NOSPAN;
  pV->aContent[0] = v1;
  pV->aContent[1] = e;
  pV->eKind = NW_CLAIM_INDIRECT;
  pV->nPart = 0;
  *ppC = pP;
  return NW_OK;
}

/* Indirect (and mixed) claims: sentences of reported speech whose
** quotations, if any, are not claims of their own. */
static int indirectClaims(Scan *pS){
  NwClaimModel *p = pS->p;
  int i, k;
  static const char *const azX[] = {"x","x3","x4","x5","x10","x7",0};
  static const char *const azS[] = {"s","s3","s4","s5","s6","s10","s7",0};
  static const char *const azC[] = {"c","c2","c3","c4","c5","c6","c10","c7",0};
  int iQuote = 0;              /* first quotation not before the sentence */
  int nBefore = pS->pOut->n;
  for(i=0; i<pS->nSent; i++){
    const Span *pSen = &pS->aSent[i];
    size_t aOv[80], eSubject;
    if( pS->pOut->n>nBefore && splitCoordinated(pS, nBefore) ) return NW_NOMEM;
    nBefore = pS->pOut->n;
    int nPair, bQuoted = 0, bDirect = 0, bAccording;
    NwClaim *pC;
    /* Sentences and quotations are both in text order: one forward pass
    ** over the quotations serves every sentence. */
    while( iQuote<pS->nQuote && pS->aQuote[iQuote].iOpen<pSen->s ) iQuote++;
    if( iQuote>0 && pS->aQuote[iQuote-1].iClose>pSen->s ){
      /* a quotation opened in a sentence before runs into this one */
      bQuoted = 1;
      if( quoteHasSpeaker(pS, iQuote-1, 0) ) bDirect = 1;
    }
    for(k=iQuote; k<pS->nQuote && pS->aQuote[k].iOpen<pSen->e; k++){
      /* a quotation after the sentence's first words, "He said reform
      ** “is a ‘when’ question”", is attributed by them */
      int bInside = pS->aQuote[k].iOpen > pSen->s + 2;
      bQuoted = 1;
      if( quoteHasSpeaker(pS, k, bInside) ) bDirect = 1;
    }
    if( bDirect ){
      /* the sentence's words before its first quotation: "Rhimes declared
      ** the need for strong will: “Change the world,” she said." */
      int rc = beforeQuoteClaim(pS, pSen, iQuote);
      if( rc ) return rc;
      continue;
    }
    if( !speechSubject(pS->z, pSen->s, pSen->e, &eSubject) ) continue;
    memset(aOv, 0xff, sizeof(aOv));
    if( (nPair = matchIn(p->pIndirect, pS->zPat, pSen->s, eSubject, aOv, 80))<=0 ){
      int rc = cueClaim(pS, pSen, eSubject, bQuoted);
      if( rc ) return rc;
      continue;
    }
    pC = addClaim(pS);
    if( pC==0 ) return NW_NOMEM;
    pC->eKind = bQuoted ? NW_CLAIM_MIXED : NW_CLAIM_INDIRECT;
    pC->aContent[0] = pC->aContent[1] = NW_NOSPAN;
    for(k=0; azX[k]; k++) setSpan(pC->aContent, aOv, nPair, group(p->pIndirect, azX[k]), pSen->s);
    for(k=0; azS[k]; k++) setSpan(pC->aSpeaker, aOv, nPair, group(p->pIndirect, azS[k]), pSen->s);
    for(k=0; azC[k]; k++) setSpan(pC->aCue, aOv, nPair, group(p->pIndirect, azC[k]), pSen->s);
    if( groupSet(aOv, nPair, group(p->pIndirect, "x11")) ){
      /* a parenthetical cue: the content runs on after it */
      pC->aContent[1] = pSen->s + aOv[2*group(p->pIndirect, "x11")+1];
    }
    setSpan(pC->aRecipient, aOv, nPair, group(p->pIndirect, "r"), pSen->s);
    trimSpan(pS->z, pC->aSpeaker);
    trimSpan(pS->z, pC->aContent);
    /* "according to two diplomats": any words will do after "according" */
    bAccording = pC->aCue[0]!=NW_NOSPAN && (pS->z[pC->aCue[0]]=='a'
                                          || pS->z[pC->aCue[0]]=='A');
    /* "…, officials said": the construction vouches for the speaker */
    if( groupSet(aOv, nPair, group(p->pIndirect, "x5"))
     || groupSet(aOv, nPair, group(p->pIndirect, "x10")) ) bAccording = 1;
    if( (!bAccording && !plausibleSpeaker(pS->z, pC->aSpeaker))
     || pC->aSpeaker[0]==NW_NOSPAN || pC->aContent[0]==NW_NOSPAN
     || cueWordBad(pS, pC) ){
      int rc;
      pS->pOut->n--;
      rc = cueClaim(pS, pSen, eSubject, bQuoted);
      if( rc ) return rc;
      continue;
    }
    if( speakerIsClause(pS, pC->aSpeaker, pC->aCue) ){
      /* read the other way round if cueScan can; else keep it */
      NwClaim c;
      int r;
      memset(&c, 0, sizeof(c));
      c.aRecipient[0] = c.aRecipient[1] = NW_NOSPAN;
      r = cueScan(pS, pSen->s, eSubject, &c);
      if( r<0 ) return NW_NOMEM;
      if( r ){
        pC = &pS->pOut->a[pS->pOut->n-1];
        c.eKind = pC->eKind;
        *pC = c;
      }
    }
    pC->aSentence[0] = pSen->s;
    pC->aSentence[1] = pSen->e;
    if( groupSet(aOv, nPair, group(p->pIndirect, "v7"))
     && pC->aCue[0]==pSen->s + aOv[2*group(p->pIndirect, "c7")] ){
      int rc = verbBeforeParticiple(pS, pSen, aOv, &pC);
      if( rc ) return rc;
    }
  }
  if( pS->pOut->n>nBefore && splitCoordinated(pS, nBefore) ) return NW_NOMEM;
  return NW_OK;
}

/* Is word w a participle that reports: a cue of any class ending in
** "ing" ("saying", "referring", "citing", "warning")? */
static int isCueParticiple(const char *z, const Word *w){
  size_t n = w->e - w->s;
  return (w->f & (NW_W_CUE|NW_W_DOC)) && n>4 && islower((unsigned char)z[w->s])
      && memcmp(z + w->e - 3, "ing", 3)==0;
}

/* How many words after a quotation's attribution a participle of the
** same speaker may stand: '"…," Trump said in August, referring to
** Obama' */
#define NW_TRAIL_WORDS 30

/* The participle after a direct claim's attribution is a claim of the
** same speaker: '"…," said Eric Herzik, who chairs the department,
** citing another reason', '"…," he added, while also saying that he
** expects to do well'.  Each direct claim looks from its attribution to
** the end of its sentence or the next direct claim, whichever is first
** (each byte once).  NW_NOMEM on OOM. */
static int trailingClaims(Scan *pS){
  int i, nDirect = pS->nDirect;
  for(i=0; i<nDirect; i++){
    const NwClaim *pD = &pS->pOut->a[i];
    const Span *pSen;
    size_t s, e;
    int nW, k;
    if( pD->aSpeaker[0]==NW_NOSPAN || pD->aCue[0]==NW_NOSPAN
     || pD->aCue[0]<pD->aContent[1] ) continue;
    s = pD->aCue[1];
    if( pD->aSpeaker[1]>s ) s = pD->aSpeaker[1];
    pSen = sentenceAt(pS, s);
    if( pSen==0 || pSen->s>s ) continue;
    e = pSen->e;
    if( i+1<nDirect && pS->pOut->a[i+1].aContent[0]<e ){
      e = pS->pOut->a[i+1].aContent[0];
    }
    if( e<=s ) continue;
    nW = sentenceWords(pS, s, e);
    if( nW<0 ) return NW_NOMEM;
    for(k=0; k<nW && k<NW_TRAIL_WORDS; k++){
      const Word *a = pS->aWord;
      int j = k, iCon, iSp;
      NwClaim *pC;
      if( a[k].cBefore!=',' ) continue;
      if( a[k].e-a[k].s==3 && memcmp(pS->zPat+a[k].s, "who", 3)==0 ){
        /* '"…," said Beck, who said there were “too many …”' */
        j = k + 1;
        while( j<nW && (a[j].f & NW_W_AUX) && !(a[j].f & NW_W_MODAL) && !a[j].cBefore ) j++;
        if( j>=nW || a[j].cBefore || !(a[j].f & NW_W_CUE)
         || !islower((unsigned char)pS->zPat[a[j].s]) ) continue;
        iSp = k;
      }else{
        iSp = -1;
        j = k;
      }
      /* ", while also saying", ", before adding" */
      if( iSp<0 ){
        while( j<nW && j<k+2 && !isCueParticiple(pS->zPat, &a[j])
            && (inWordList("while also before after and then", pS->zPat+a[j].s,
                           a[j].e-a[j].s)) ) j++;
        if( j>=nW || (j>k && a[j].cBefore) || !isCueParticiple(pS->zPat, &a[j]) ) continue;
      }
      iCon = j + 1;
      if( iCon<nW && (a[iCon].f & NW_W_PARTICLE) && !a[iCon].cBefore ) iCon++;
      if( iCon<nW && (a[iCon].f & NW_W_THAT) ) iCon++;
      if( nW-iCon<2 || (a[iCon].f & NW_W_NOCONTENT) ) break;
      pC = addClaim(pS);
      if( pC==0 ) return NW_NOMEM;
      pD = &pS->pOut->a[i];
      if( iSp>=0 ){
        pC->aSpeaker[0] = a[iSp].s;
        pC->aSpeaker[1] = a[iSp].e;
      }else{
        memcpy(pC->aSpeaker, pD->aSpeaker, sizeof(pC->aSpeaker));
        snprintf(pC->zResolved, sizeof(pC->zResolved), "%s", pD->zResolved);
      }
      pC->aCue[0] = pS->aWord[j].s;
      pC->aCue[1] = pS->aWord[j].e;
      if( (a[j+1].f & NW_W_PARTICLE) && iCon>j+1 ) pC->aCue[1] = pS->aWord[j+1].e;
      pC->aContent[0] = pS->aWord[iCon].s;
      pC->aContent[1] = pS->aWord[nW-1].e;
      pC->aSentence[0] = pSen->s;
      pC->aSentence[1] = pSen->e;
      pC->eKind = NW_CLAIM_INDIRECT;
      {
        size_t m, x;
        for(x=pC->aContent[0]; x<pC->aContent[1]; x++){
          if( quoteMark(pS->z, pS->n, x, 0, &m) ){
            pC->eKind = NW_CLAIM_MIXED;
            break;
          }
        }
      }
      break;
    }
  }
  return NW_OK;
}

/* A paragraph of statement text followed by a line holding only its
** source's name (a block quote): the line is the speaker. */
static int isSourceLine(const char *z, size_t s, size_t e){
  int nWord = 0, bWord = 0;
  size_t i;
  if( e<=s || e-s>60 || !isupper((unsigned char)z[s]) ) return 0;
  if( z[e-1]=='.' || z[e-1]==':' || z[e-1]=='?' || z[e-1]=='!' ) return 0;
  for(i=s; i<e; i++){
    int bSpace = z[i]==' ';
    if( !bSpace && !bWord ){
      nWord++;
      /* every word capitalised, but for short connectors */
      if( !isupper((unsigned char)z[i]) && (unsigned char)z[i]<0x80
       && strncmp(z+i, "of ", 3)!=0 && strncmp(z+i, "the ", 4)!=0
       && strncmp(z+i, "and ", 4)!=0 && strncmp(z+i, "al-", 3)!=0 ) return 0;
      if( isdigit((unsigned char)z[i]) ) return 0;
    }
    bWord = !bSpace;
  }
  if( nWord==1 ){                     /* "ENDS", "UPDATE": not a name */
    for(i=s; i<e && !islower((unsigned char)z[i]); i++){}
    if( i==e ) return 0;
  }
  return nWord>=1 && nWord<=6;
}

/* Claims in pS->pOut->a[*pi .. iEnd) whose content overlaps [s,e): those
** with no cue get the source line [ls,le) as speaker.  The claims of that
** range are disjoint and in text order, and the paragraphs asked about
** come in text order, so *pi only moves forward.  Returns 1 if any
** overlaps. */
static int claimBlockSource(Scan *pS, int *pi, int iEnd, size_t s, size_t e,
                            size_t ls, size_t le){
  NwClaim *a = pS->pOut->a;
  int k, bClaimed = 0;
  while( *pi<iEnd && a[*pi].aContent[1]<=s ) (*pi)++;
  for(k=*pi; k<iEnd && a[k].aContent[0]<e; k++){
    bClaimed = 1;
    if( a[k].aCue[0]==NW_NOSPAN ){          /* a quotation with no cue */
      a[k].aSpeaker[0] = ls;
      a[k].aSpeaker[1] = le;
      a[k].zResolved[0] = 0;
    }
  }
  return bClaimed;
}

/* Lines are visited once each, in order; the claims found so far (direct
** ones, then indirect ones, each list in text order) and the quotations
** are walked by forward cursors, not once per line. */
static int blockQuoteClaims(Scan *pS){
  const char *z = pS->z;
  size_t aPrev[2] = {NW_NOSPAN, NW_NOSPAN}, i = 0;
  int iDirect = 0, iIndirect = pS->nDirect, iQuote = 0;
  const int nClaim = pS->pOut->n;
  while( i<pS->n ){
    size_t s = i, e;
    int bClaimed = 0;
    while( i<pS->n && z[i]!='\n' ) i++;
    e = i;
    i++;
    while( s<e && (z[s]==' ' || z[s]=='\t' || z[s]=='\r') ) s++;
    while( e>s && (z[e-1]==' ' || z[e-1]=='\t' || z[e-1]=='\r') ) e--;
    if( e==s ) continue;
    if( aPrev[0]!=NW_NOSPAN && isSourceLine(z, s, e)
     && wordCount(z, aPrev[0], aPrev[1])>=12 ){
      /* the claims made by this pass lie before aPrev: none is looked at */
      bClaimed |= claimBlockSource(pS, &iDirect, pS->nDirect, aPrev[0],
                                   aPrev[1], s, e);
      bClaimed |= claimBlockSource(pS, &iIndirect, nClaim, aPrev[0],
                                   aPrev[1], s, e);
      while( iQuote<pS->nQuote && pS->aQuote[iQuote].iOpen<aPrev[0] ) iQuote++;
      if( iQuote<pS->nQuote && pS->aQuote[iQuote].iOpen<aPrev[1] ) bClaimed = 1;
      if( !bClaimed ){
        NwClaim *pC = addClaim(pS);
        if( pC==0 ) return NW_NOMEM;
        pC->eKind = NW_CLAIM_DIRECT;
        pC->aSpeaker[0] = s;
        pC->aSpeaker[1] = e;
        pC->aContent[0] = pC->aSentence[0] = aPrev[0];
        pC->aContent[1] = pC->aSentence[1] = aPrev[1];
      }
    }
    aPrev[0] = s;
    aPrev[1] = e;
  }
  return NW_OK;
}

/* ----------------------------------------------------------- resolution */

/* Claims in text order, by where their content starts (nwSortRecords():
** equal starts keep the order they were found in). */
static int cmpClaim(const void *a, const void *b){
  const NwClaim *x = a, *y = b;
  if( x->aContent[0]!=y->aContent[0] ) return x->aContent[0]<y->aContent[0] ? -1 : 1;
  return 0;
}

/* Case-insensitive: does zHay contain the word zWord? */
static int hasWord(const char *zHay, const char *zWord){
  size_t n = strlen(zWord), i;
  if( n==0 ) return 0;
  for(i=0; zHay[i]; i++){
    size_t k;
    if( i>0 && isalpha((unsigned char)zHay[i-1]) ) continue;
    for(k=0; k<n && zHay[i+k] && tolower((unsigned char)zHay[i+k])==tolower((unsigned char)zWord[k]); k++){}
    if( k==n && !isalpha((unsigned char)zHay[i+k]) ) return 1;
  }
  return 0;
}

/* The head word of a speaker: the word before " of " ("the Ministry of
** Energy" -> "Ministry"), else the last word ("A US State Department
** spokesman" -> "spokesman"). */
static void speakerHead(const char *zSp, char *zHead, size_t nHead){
  const char *zOf = strstr(zSp, " of ");
  const char *zEnd = zOf ? zOf : zSp + strlen(zSp);
  const char *zStart = zEnd;
  while( zStart>zSp && zStart[-1]!=' ' ) zStart--;
  snprintf(zHead, nHead, "%.*s", (int)(zEnd-zStart), zStart);
}

/* Does a speaker with this head word name a body rather than a person? */
static int isBodyHead(const char *zHead){
  static const char *const az[] = {"ministry","department","commission","committee",
    "council","government","office","agency","authority","army","forces",
    "police","court","parliament","embassy","presidency","administration",
    "spokesman's","statement","ministries","military","coalition","studies",
    "study","report","survey","data","figures","documents","sources",0};
  int i;
  for(i=0; az[i]; i++) if( hasWord(az[i], zHead) && strlen(az[i])==strlen(zHead) ) return 1;
  return 0;
}

/* How many claims back "the spokesman", "the ministry" or a lone surname
** looks for the speaker it stands for.  A window, not the whole list: a
** page of unresolvable speakers made every claim walk every earlier one. */
#define NW_RESOLVE_WINDOW 64

/* The claims before the one being resolved that a pronoun can stand for:
** the last with a named speaker, and the last whose named speaker is a
** person (not a body: "the ministry").  Kept up to date as claims are
** resolved in order, so a pronoun costs O(1), however many claims came
** before it. */
typedef struct Antecedents Antecedents;
struct Antecedents {
  int iLast;                 /* or -1 */
  int iLastPerson;           /* or -1 */
};

static void antecedentsAdd(Antecedents *p, const NwClaim *pC, int i){
  char zK[128];
  if( pC->zResolved[0]==0 ) return;
  p->iLast = i;
  speakerHead(pC->zResolved, zK, sizeof(zK));
  if( !isBodyHead(zK) ) p->iLastPerson = i;
}

/* How far back "the senator" looks in the text for a senator named. */
#define NW_ROLE_WINDOW 3000

/* "the senator" -> the last "Sen. Marco Rubio" or "Senator Marco Rubio"
** written in the NW_ROLE_WINDOW bytes before byte iBefore: the title with
** the one to three capitalised words after it, into zOut (the name alone
** after a lower-case role: "spokeswoman Sahra Mohamed Abdi").  0 if none. */
static int roleNamed(const Scan *pS, const char *zHead, size_t iBefore,
                     char *zOut, size_t nOut){
  static const char *const aRole[][4] = {
    {"senator", "Senator", "Sen.", "senator"},
    {"governor", "Governor", "Gov.", "governor"},
    {"president", "President", "president", 0},
    {"congressman", "Congressman", "Rep.", 0},
    {"congresswoman", "Congresswoman", "Rep.", 0},
    {"mayor", "Mayor", "mayor", 0},
    {"minister", "Minister", "minister", 0},
    {"secretary", "Secretary", "secretary", 0},
    {"general", "Gen.", "General", 0},
    {"judge", "Judge", "judge", 0},
    {"ambassador", "Ambassador", "ambassador", 0},
    {"spokesman", "spokesman", "Spokesman", 0},
    {"spokeswoman", "spokeswoman", "Spokeswoman", 0},
    {"spokesperson", "spokesperson", "Spokesperson", 0},
    {"candidate", "candidate", 0, 0},
    {"chairman", "Chairman", "chairman", 0},
    {"director", "Director", "director", 0},
  };
  const char *z = pS->z;
  size_t r, lo = iBefore>NW_ROLE_WINDOW ? iBefore-NW_ROLE_WINDOW : 0, p;
  for(r=0; r<sizeof(aRole)/sizeof(aRole[0]); r++){
    size_t nH = strlen(aRole[r][0]), k;
    for(k=0; k<nH && zHead[k] && tolower((unsigned char)zHead[k])==aRole[r][0][k]; k++){}
    if( k==nH && zHead[k]==0 ) break;
  }
  if( r==sizeof(aRole)/sizeof(aRole[0]) ) return 0;
  for(p=iBefore; p>lo; p--){
    int f;
    size_t i = p - 1;
    if( i>0 && isalpha((unsigned char)z[i-1]) ) continue;
    for(f=1; f<4 && aRole[r][f]; f++){
      size_t nF = strlen(aRole[r][f]), e, nName = 0;
      if( i+nF+2>iBefore || memcmp(z+i, aRole[r][f], nF)!=0 ) continue;
      if( z[i+nF]!=' ' || !isupper((unsigned char)z[i+nF+1]) ) continue;
      e = i + nF + 1;
      while( nName<3 && e<iBefore && isupper((unsigned char)z[e]) ){
        size_t w = e;
        while( w<iBefore && (isalpha((unsigned char)z[w]) || z[w]=='.'
                             || z[w]=='-' || z[w]=='\'') ) w++;
        nName++;
        e = w;
        if( e+1<iBefore && z[e]==' ' && isupper((unsigned char)z[e+1]) ) e++;
        else break;
      }
      while( e>i && (z[e-1]==' ' || z[e-1]=='.') ) e--;
      {
        size_t s0 = islower((unsigned char)aRole[r][f][0]) ? i+nF+1 : i;
        if( e<=s0 ) continue;
        snprintf(zOut, nOut, "%.*s", (int)(e-s0), z+s0);
        return 1;
      }
    }
  }
  return 0;
}

/* The named speaker of claim i, if it can be found (see resolveSpeakers). */
static void resolveOne(Scan *pS, int i, const Antecedents *pAnte){
  NwClaim *pC = &pS->pOut->a[i];
  char zSp[128], zHead[128], zK[128];
  size_t n;
  int k, kMin;
  if( pC->zResolved[0] || pC->aSpeaker[0]==NW_NOSPAN ) return;
  n = pC->aSpeaker[1] - pC->aSpeaker[0];
  if( n>=sizeof(zSp) ) n = sizeof(zSp)-1;
  memcpy(zSp, pS->z+pC->aSpeaker[0], n);
  zSp[n] = 0;
  if( strchr(zSp, ',') ){
    /* "The shop's owner, Raj Patel": the part that is a name */
    char *zPart = zSp, *zNext;
    for(; zPart; zPart = zNext){
      zNext = strchr(zPart, ',');
      if( zNext ) *zNext++ = 0;
      while( *zPart==' ' ) zPart++;
      if( isupper((unsigned char)*zPart) && strchr(zPart, ' ')
       && !hasWord(zPart, "the") && !hasWord(zPart, "of") ){
        snprintf(pC->zResolved, sizeof(pC->zResolved), "%s", zPart);
        return;
      }
    }
    n = strcspn(pS->z+pC->aSpeaker[0], ",");
    if( n>=sizeof(zSp) ) n = sizeof(zSp)-1;
    memcpy(zSp, pS->z+pC->aSpeaker[0], n);
    zSp[n] = 0;
  }
  speakerHead(zSp, zHead, sizeof(zHead));
  if( strcmp(zSp, "who")==0 ){
    /* "Beck, who said …": the name before the relative pronoun */
    size_t e = pC->aSpeaker[0], b;
    while( e>0 && pS->z[e-1]==' ' ) e--;
    if( e>0 && pS->z[e-1]==',' ) e--;
    b = e;
    for(k=0; k<5 && b>0; k++){
      size_t w = b;
      while( w>0 && pS->z[w-1]==' ' ) w--;
      if( w==b && k>0 ) break;
      {
        size_t w2 = w;
        while( w2>0 && (isalpha((unsigned char)pS->z[w2-1]) || pS->z[w2-1]=='.'
                        || pS->z[w2-1]=='-' || pS->z[w2-1]=='\'') ) w2--;
        if( w2==w || !isupper((unsigned char)pS->z[w2]) ) break;
        b = w2;
      }
    }
    if( b<e && e-b<sizeof(pC->zResolved) ){
      memcpy(pC->zResolved, pS->z+b, e-b);
      pC->zResolved[e-b] = 0;
      return;
    }
  }
  if( strchr(zSp, ' ')==0 && hasWord("he she they we it i", zSp) ){
    k = hasWord("he she", zSp) ? pAnte->iLastPerson : pAnte->iLast;
    if( k>=0 ) snprintf(pC->zResolved, sizeof(pC->zResolved), "%s", pS->pOut->a[k].zResolved);
    return;
  }
  if( strncmp(zSp, "the ", 4)==0 || strncmp(zSp, "The ", 4)==0
   || strchr(zSp, ' ')==0 ){
    kMin = i>NW_RESOLVE_WINDOW ? i-NW_RESOLVE_WINDOW : 0;
    for(k=i-1; k>=kMin; k--){
      const NwClaim *pK = &pS->pOut->a[k];
      if( pK->zResolved[0]==0 ) continue;
      speakerHead(pK->zResolved, zK, sizeof(zK));
      if( hasWord(zK, zHead) && strlen(zK)==strlen(zHead) ) break;
      if( strchr(zSp, ' ')==0 && hasWord(pK->zResolved, zSp) ) break;
    }
    if( k>=kMin ){
      snprintf(pC->zResolved, sizeof(pC->zResolved), "%s", pS->pOut->a[k].zResolved);
      return;
    }
    if( strchr(zSp, ' ')!=0
     && roleNamed(pS, zHead, pC->aSpeaker[0], pC->zResolved, sizeof(pC->zResolved)) ){
      return;
    }
  }
  snprintf(pC->zResolved, sizeof(pC->zResolved), "%s", zSp);
}

/* Each claim's named speaker: "he" or "she" is the last person who spoke
** before, other pronouns the last speaker; "the spokesman" or "the
** ministry" the last speaker with that head word, a lone surname the
** last speaker whose name has it, among the NW_RESOLVE_WINDOW claims
** before. */
static void resolveSpeakers(Scan *pS){
  Antecedents ante = {-1, -1};
  int i;
  for(i=0; i<pS->pOut->n; i++){
    resolveOne(pS, i, &ante);
    antecedentsAdd(&ante, &pS->pOut->a[i], i);
  }
}

/* The text the patterns see: z with each full stop of an abbreviation
** in a name replaced by NW_MASKED_STOP, a byte for byte copy, so that the
** patterns' speakers ("[^,.;:…]") run over "Mr. Trump" and every offset
** stays valid.  One pass: each full stop looks back over its own word. */
static char *maskAbbrevStops(const char *z, size_t n){
  char *zPat = nwMalloc(n ? n : 1);
  size_t i;
  if( zPat==0 ) return 0;
  if( n ) memcpy(zPat, z, n);
  for(i=0; i<n; i++){
    /* "Mr.", "F.", and the stop of "(D-Va.)" */
    if( z[i]=='.' && (isAbbrevStop(z, 0, i) || (i+1<n && z[i+1]==')')) ){
      zPat[i] = NW_MASKED_STOP;
    }
  }
  return zPat;
}

/* ------------------------------------------------------------ cue class */

/* Is the word z[0..n) (any case) one of the space-separated words of
** zList? */
static int inWordList(const char *zList, const char *z, size_t n){
  const char *p = zList;
  while( *p ){
    size_t k = strcspn(p, " ");
    if( k==n ){
      size_t i;
      for(i=0; i<n && tolower((unsigned char)z[i])==p[i]; i++){}
      if( i==n ) return 1;
    }
    p += k;
    while( *p==' ' ) p++;
  }
  return 0;
}

/* The first word of z[s..e) found in zList, or 0. */
static int anyWordIn(const char *zList, const char *z, size_t s, size_t e){
  while( s<e ){
    size_t w = s;
    while( w<e && isalpha((unsigned char)z[w]) ) w++;
    if( w>s && inWordList(zList, z+s, w-s) ) return 1;
    s = w<e ? w+1 : e;
  }
  return 0;
}

const char *nwClaimCueClass(const char *z, const NwClaim *pC){
  const size_t *c = pC->aCue;
  if( c[0]==NW_NOSPAN ) return 0;
  if( pC->aSpeaker[0]!=NW_NOSPAN
   && anyWordIn(zDocument, z, pC->aSpeaker[0], pC->aSpeaker[1]) ){
    return "document";
  }
  if( anyWordIn(zWriting, z, c[0], c[1]) ) return "writing";
  if( anyWordIn(zBelief, z, c[0], c[1]) ) return "belief";
  if( anyWordIn(zIntention, z, c[0], c[1]) ) return "intention";
  if( anyWordIn(zEvaluation, z, c[0], c[1]) ) return "evaluation";
  return "speech";
}

int nwClaims(NwClaimModel *p, const char *z, size_t n, NwClaimList *pOut){
  Scan s;
  char *zPat;
  int rc;
  memset(&s, 0, sizeof(s));
  s.p = p;
  s.z = z;
  s.n = n;
  s.pOut = pOut;
  pOut->n = 0;
  s.zPat = zPat = maskAbbrevStops(z, n);
  if( zPat==0 ) return NW_NOMEM;
  rc = sentenceSpans(&s);
  if( rc==NW_OK ) rc = findQuotes(&s);
  if( rc==NW_OK ) rc = directClaims(&s);
  s.nDirect = pOut->n;
  if( rc==NW_OK ) rc = indirectClaims(&s);
  if( rc==NW_OK ) adoptSpeakers(&s);
  if( rc==NW_OK && trimSpeakers(&s) ) rc = NW_NOMEM;
  if( rc==NW_OK ) rc = blockQuoteClaims(&s);
  if( rc==NW_OK ) rc = trailingClaims(&s);
  if( rc==NW_OK ) rc = nwSortRecords(pOut->a, pOut->n, sizeof(NwClaim), cmpClaim);
  if( rc==NW_OK ){
    int i;
    resolveSpeakers(&s);
    for(i=0; i<pOut->n; i++) pOut->a[i].zCueClass = cueClassOf(p, z, &pOut->a[i]);
  }
  nwFree(s.aSent);
  nwFree(s.aQuote);
  nwFree(s.aWord);
  nwFree(zPat);
  return rc;
}
