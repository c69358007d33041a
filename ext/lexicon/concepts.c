/*
** concepts.c: part of the lexgen build tool.  Reads WordNet 3.0 (Debian
** wordnet-base: index.*, data.*, *.exc, cntlist.rev) and the project's
** equivalence lists, and writes the concept table of nw_lexicon.h: the
** Snowball stem of a word (as nwStem() gives it, hashed as nwHashBytes()
** does) to the hash of the stem that names the concept it stands for.
** Two words with one concept are one feature to the similarity functions.
**
** A lemma (a-z only: no phrases, hyphens or digits) stands for one concept,
** the first sense (WordNet's most frequent) of its most frequent part of
** speech by the SemCor counts of cntlist.rev, so that only words whose
** usual meanings coincide meet ("buy" / "purchase"), never a word with a
** rare sense of another ("bank" the river side does not meet "shore").
** Then, in this order, each step overriding the earlier:
**   - derivation: a noun or adjective whose concept is derived (WordNet's
**     "+" pointer, from that very word) from a verb's own concept joins
**     the verb ("withdrawal" / "withdraw", "decision" / "decide"); one
**     level, verbs never join anything;
**   - inflection: an irregular form of verb.exc, noun.exc and adj.exc
**     ("bought", "rose", "mice") takes its lemma's concept unless it is a
**     more frequent lemma itself ("left");
**   - spelling: a British form that WordNet lists in a synset of the
**     American one ("programme" / "program", "organise" / "organize",
**     "colour" / "color", "centre" / "center", "defence" / "defense") takes
**     the American form's concept; the forms are found by the endings of
**     spellingRule(), and spelling.tsv adds pairs those endings miss;
**   - synonyms.tsv: the news equivalences WordNet lacks, a group of words
**     one concept whatever WordNet says.
** Where several lemmas share a stem, the most frequent decides (ties: the
** first in strcmp() order).  Concepts of one stem are left out.  The output is sorted by key, so the same
** inputs give the same bytes.
*/
#include <ctype.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <libstemmer.h>
#include "concepts.h"

static void cdie(const char *zWhat, const char *zArg){
  fprintf(stderr, "lexgen: %s%s\n", zWhat, zArg ? zArg : "");
  exit(1);
}

static void *cxrealloc(void *p, size_t n){
  p = realloc(p, n ? n : 1);
  if( p==0 ) cdie("out of memory", 0);
  return p;
}

static char *readAll(const char *zDir, const char *zName){
  size_t n = strlen(zDir)+strlen(zName)+2, nRead, nAlloc = 1<<20, nData = 0;
  char *zPath = cxrealloc(0, n), *z = cxrealloc(0, nAlloc);
  FILE *f;
  snprintf(zPath, n, "%s/%s", zDir, zName);
  f = fopen(zPath, "rb");
  if( f==0 ) cdie("cannot read (install wordnet-base: make deps) ", zPath);
  while( (nRead = fread(z+nData, 1, nAlloc-nData-1, f))>0 ){
    nData += nRead;
    if( nData+1>=nAlloc ) z = cxrealloc(z, nAlloc *= 2);
  }
  fclose(f);
  z[nData] = 0;
  free(zPath);
  return z;
}

/* ----------------------------------------------------- string -> int map */
typedef struct Map Map;
struct Map { char **az; int *aVal; size_t nSlot, nUsed; };

static size_t mhash(const char *z){
  size_t h = 5381;
  while( *z ) h = h*33 ^ (unsigned char)*z++;
  return h;
}
static size_t mslot(const Map *p, const char *z){
  size_t i = mhash(z) & (p->nSlot-1);
  while( p->az[i] && strcmp(p->az[i], z)!=0 ) i = (i+1) & (p->nSlot-1);
  return i;
}
static int *mget(const Map *p, const char *z){
  size_t i;
  if( p->nSlot==0 ) return 0;
  i = mslot(p, z);
  return p->az[i] ? &p->aVal[i] : 0;
}
/* The value of z, added as v if absent. */
static int *mput(Map *p, const char *z, int v){
  size_t i;
  if( 2*(p->nUsed+1)>p->nSlot ){
    Map m;
    size_t k;
    m.nSlot = p->nSlot ? 2*p->nSlot : 4096;
    m.nUsed = p->nUsed;
    m.az = cxrealloc(0, m.nSlot*sizeof(char*));
    m.aVal = cxrealloc(0, m.nSlot*sizeof(int));
    memset(m.az, 0, m.nSlot*sizeof(char*));
    for(k=0; k<p->nSlot; k++){
      if( p->az[k] ){
        size_t j = mslot(&m, p->az[k]);
        m.az[j] = p->az[k];
        m.aVal[j] = p->aVal[k];
      }
    }
    free(p->az);
    free(p->aVal);
    *p = m;
  }
  i = mslot(p, z);
  if( p->az[i]==0 ){
    size_t n = strlen(z)+1;
    p->az[i] = memcpy(cxrealloc(0, n), z, n);
    p->aVal[i] = v;
    p->nUsed++;
  }
  return &p->aVal[i];
}

/* ------------------------------------------------------------- WordNet */
#define NPOS 4                               /* n v a r */
static const char *const azPos[NPOS] = {"noun", "verb", "adj", "adv"};

typedef struct Lemma Lemma;
struct Lemma {
  char *z;
  int aFirst[NPOS];          /* synset id of the first sense, 0 if none */
  int nCount[NPOS];          /* SemCor tags (cntlist.rev) */
  int iConcept;              /* synset id (then root) of its concept */
};

/* Synset ids: pos*100000000 + offset (offsets are 8 digits). */
static int synId(int iPos, long off){ return iPos*100000000 + (int)off; }
static int posOf(char c){
  switch( c ){
    case 'n': return 0;
    case 'v': return 1;
    case 'a': case 's': return 2;
    case 'r': return 3;
  }
  return -1;
}

static int isPlainWord(const char *z){
  if( *z==0 || strlen(z)>40 ) return 0;
  for(; *z; z++) if( *z<'a' || *z>'z' ) return 0;
  return 1;
}

typedef struct Wn Wn;
struct Wn {
  Lemma *a; int n, nAlloc;
  Map lemmas;                /* word -> index in a */
  Map deriv;                 /* "synid word" -> synid of the verb it derives from */
  Map senses;                /* "word synid" -> 1: the word is in the synset */
};

static Lemma *lemmaGet(Wn *p, const char *z){
  int *pi = mput(&p->lemmas, z, p->n);
  if( *pi==p->n ){
    if( p->n>=p->nAlloc ) p->a = cxrealloc(p->a, (p->nAlloc = 2*p->nAlloc+1024)*sizeof(Lemma));
    memset(&p->a[p->n], 0, sizeof(Lemma));
    p->a[p->n].z = p->lemmas.az[mslot(&p->lemmas, z)];
    p->n++;
  }
  return &p->a[*pi];
}
static Lemma *lemmaFind(const Wn *p, const char *z){
  int *pi = mget(&p->lemmas, z);
  return pi ? &p->a[*pi] : 0;
}

static void forLines(char *z, void (*x)(Wn*, int, char*), Wn *p, int iPos){
  while( *z ){
    char *zEnd = strchr(z, '\n');
    if( zEnd ) *zEnd = 0;
    if( z[0]!=' ' && z[0] ) x(p, iPos, z);
    if( zEnd==0 ) break;
    z = zEnd+1;
  }
}

static int splitTok(char *z, char **az, int nMax){
  int n = 0;
  char *zTok = strtok(z, " ");
  while( zTok && n<nMax ){ az[n++] = zTok; zTok = strtok(0, " "); }
  return n;
}

static void indexLine(Wn *p, int iPos, char *z){
  char *az[512];
  int n = splitTok(z, az, 512), nPtr;
  Lemma *pL;
  if( n<6 || !isPlainWord(az[0]) ) return;
  nPtr = atoi(az[3]);
  if( 4+nPtr+2>=n ) return;
  pL = lemmaGet(p, az[0]);
  pL->aFirst[iPos] = synId(iPos, strtol(az[4+nPtr+2], 0, 10));
}

/* data.POS: off lex_filenum ss_type w_cnt(hex) [word lex_id]... p_cnt
** [sym off pos src/tgt(hex)]... */
static void dataLine(Wn *p, int iPos, char *z){
  char *az[4096], *azWord[256], zKey[80];
  int n, nWord, k, nPtr, i, self;
  char *zBar = strstr(z, " | ");
  if( zBar ) *zBar = 0;
  n = splitTok(z, az, 4096);
  if( n<5 ) return;
  self = synId(iPos, strtol(az[0], 0, 10));
  nWord = (int)strtol(az[3], 0, 16);
  if( nWord>255 || 4+2*nWord>=n ) return;
  for(i=0; i<nWord; i++){
    char *zW = az[4+2*i], *zParen = strchr(zW, '(');
    if( zParen ) *zParen = 0;
    for(k=0; zW[k]; k++) zW[k] = (char)tolower((unsigned char)zW[k]);
    azWord[i] = zW;
    if( isPlainWord(zW) ){
      snprintf(zKey, sizeof(zKey), "%s %d", zW, self);
      mput(&p->senses, zKey, 1);
    }
  }
  k = 4+2*nWord;
  nPtr = atoi(az[k++]);
  for(i=0; i<nPtr && k+3<n; i++, k+=4){
    int iTo = posOf(az[k+2][0]);
    unsigned st = (unsigned)strtoul(az[k+3], 0, 16);
    unsigned src = st>>8, tgt = st & 0xff;
    if( strcmp(az[k], "+")!=0 || iTo!=1 || iPos==1 ) continue;
    if( src==0 || (int)src>nWord || tgt==0 ) continue;
    if( !isPlainWord(azWord[src-1]) ) continue;
    /* "synid word" -> the first verb synset it derives from */
    snprintf(zKey, sizeof(zKey), "%d %s", self, azWord[src-1]);
    if( mget(&p->deriv, zKey)==0 ){
      mput(&p->deriv, zKey, synId(1, strtol(az[k+1], 0, 10)));
    }
  }
}

static void countLine(Wn *p, int iPos, char *z){
  /* lemma%ss_type:... sense_number tag_cnt */
  char *az[4];
  char *zPct;
  int iP;
  Lemma *pL;
  (void)iPos;
  if( splitTok(z, az, 4)!=3 ) return;
  zPct = strchr(az[0], '%');
  if( zPct==0 ) return;
  *zPct = 0;
  iP = zPct[1]-'1';                 /* 1 n, 2 v, 3 a, 4 r, 5 s */
  if( iP==4 ) iP = 2;
  if( iP<0 || iP>=NPOS || !isPlainWord(az[0]) ) return;
  pL = lemmaFind(p, az[0]);
  if( pL ) pL->nCount[iP] += atoi(az[2]);
}

static int lemmaTotal(const Lemma *p){
  return p->nCount[0]+p->nCount[1]+p->nCount[2]+p->nCount[3];
}
/* The part of speech of most SemCor tags; ties: n, v, a, r. */
static int lemmaPos(const Lemma *p){
  int i, best = -1;
  for(i=0; i<NPOS; i++){
    if( p->aFirst[i] && (best<0 || p->nCount[i]>p->nCount[best]) ) best = i;
  }
  return best;
}

/* --------------------------------------------------------- the stems */
typedef struct Entry Entry;
struct Entry { uint64_t h; int iConcept; int nCount; const char *zFrom; int bHead; };

static uint64_t fnv(const char *z, size_t n){
  uint64_t h = 14695981039346656037ull;
  size_t i;
  for(i=0; i<n; i++){ h ^= (unsigned char)z[i]; h *= 1099511628211ull; }
  return h;
}

typedef struct Stems Stems;
struct Stems {
  struct sb_stemmer *pStem;
  Map m;                     /* stem -> index in a */
  Entry *a; int n, nAlloc;
  /* forms whose stem takes, at the end, the concept of another word's
  ** stem (an irregular form its lemma's, a British spelling the American
  ** one's), so that a later step (synonyms.tsv) moves both */
  int *aAliasFrom, *aAliasTo, nAlias, nAliasAlloc;
};

static void stemAlias(Stems *p, const Entry *eFrom, const Entry *eTo){
  if( p->nAlias>=p->nAliasAlloc ){
    p->nAliasAlloc = 2*p->nAliasAlloc+256;
    p->aAliasFrom = cxrealloc(p->aAliasFrom, sizeof(int)*(size_t)p->nAliasAlloc);
    p->aAliasTo = cxrealloc(p->aAliasTo, sizeof(int)*(size_t)p->nAliasAlloc);
  }
  p->aAliasFrom[p->nAlias] = (int)(eFrom - p->a);
  p->aAliasTo[p->nAlias] = (int)(eTo - p->a);
  p->nAlias++;
}

static Entry *stemEntry(Stems *p, const char *zWord){
  const sb_symbol *z = sb_stemmer_stem(p->pStem, (const sb_symbol*)zWord, (int)strlen(zWord));
  char zStem[64];
  int n, *pi;
  if( z==0 ) cdie("libstemmer: out of memory", 0);
  n = sb_stemmer_length(p->pStem);
  if( n<=0 || n>=(int)sizeof(zStem) ) return 0;
  memcpy(zStem, z, (size_t)n);
  zStem[n] = 0;
  pi = mput(&p->m, zStem, p->n);
  if( *pi==p->n ){
    if( p->n>=p->nAlloc ) p->a = cxrealloc(p->a, (p->nAlloc = 2*p->nAlloc+1024)*sizeof(Entry));
    p->a[p->n].h = fnv(zStem, (size_t)n);
    p->a[p->n].iConcept = 0;
    p->a[p->n].nCount = -1;
    p->a[p->n].zFrom = 0;
    p->a[p->n].bHead = 0;
    p->n++;
  }
  return &p->a[*pi];
}

/* Give the stem of zWord the concept, if zWord (of nCount tags) is more
** frequent than the word that holds it (bForce: always). */
static void stemSet(Stems *p, const char *zWord, int iConcept, int nCount, int bForce){
  Entry *e = stemEntry(p, zWord);
  if( e==0 ) return;
  if( bForce || nCount>e->nCount
   || (nCount==e->nCount && e->zFrom && strcmp(zWord, e->zFrom)<0) ){
    e->iConcept = iConcept;
    e->nCount = bForce ? 0x7fffffff : nCount;
    e->zFrom = bForce ? 0 : zWord;
  }
}

/* British -> American endings, tried on every lemma. */
static int spellingRule(const char *z, char *zOut, size_t nOut){
  static const char *const az[][2] = {
    {"isation", "ization"}, {"ising", "izing"}, {"ised", "ized"},
    {"ise", "ize"}, {"yse", "yze"}, {"our", "or"}, {"ours", "ors"},
    {"tre", "ter"}, {"tres", "ters"}, {"ogue", "og"}, {"ence", "ense"},
    {"mme", "m"}, {"lled", "led"}, {"lling", "ling"}, {"eller", "eler"},
  };
  size_t n = strlen(z), i;
  for(i=0; i<sizeof(az)/sizeof(az[0]); i++){
    size_t nA = strlen(az[i][0]);
    if( n>nA+1 && strcmp(z+n-nA, az[i][0])==0 && n-nA+strlen(az[i][1])<nOut ){
      memcpy(zOut, z, n-nA);
      strcpy(zOut+n-nA, az[i][1]);
      return 1;
    }
  }
  return 0;
}

/* Do lemmas x and y share a synset? */
static int shareSynset(const Wn *p, const Lemma *x, const Lemma *y){
  int i;
  char zKey[80];
  for(i=0; i<NPOS; i++){
    if( x->aFirst[i] ){
      snprintf(zKey, sizeof(zKey), "%s %d", y->z, x->aFirst[i]);
      if( mget(&p->senses, zKey) ) return 1;
    }
    if( y->aFirst[i] ){
      snprintf(zKey, sizeof(zKey), "%s %d", x->z, y->aFirst[i]);
      if( mget(&p->senses, zKey) ) return 1;
    }
  }
  return 0;
}

static int cmpEntry(const void *a, const void *b){
  uint64_t x = ((const Entry*)a)->h, y = ((const Entry*)b)->h;
  return x<y ? -1 : x>y;
}
static int cmpLemma(const void *a, const void *b){
  return strcmp(((const Lemma*)a)->z, ((const Lemma*)b)->z);
}

/* Lines of a data file: "#" comments, blank lines skipped; each line's
** words split on spaces or tabs into az (at most nMax). */
static int dataWords(char **pz, char **az, int nMax){
  while( **pz ){
    char *z = *pz, *zEnd = strchr(z, '\n');
    int n = 0;
    if( zEnd ){ *zEnd = 0; *pz = zEnd+1; }else{ *pz = z+strlen(z); }
    if( z[0]=='#' ) continue;
    for(;;){
      while( *z==' ' || *z=='\t' || *z=='\r' ) *z++ = 0;
      if( *z==0 ) break;
      if( n<nMax ) az[n++] = z;
      while( *z && *z!=' ' && *z!='\t' && *z!='\r' ) z++;
    }
    if( n ) return n;
  }
  return 0;
}

/* Is resource zName in the comma-separated list zSkip? */
static int skipped(const char *zSkip, const char *zName){
  size_t n = strlen(zName);
  const char *z = zSkip;
  while( z && *z ){
    if( strncmp(z, zName, n)==0 && (z[n]==',' || z[n]==0) ) return 1;
    z = strchr(z, ',');
    if( z ) z++;
  }
  return 0;
}

void conceptsWrite(const char *zWordNet, const char *zData, const char *zSkip,
                   char **pzOut, size_t *pnOut, char *zSummary, size_t nSummary){
  static const char *const azExc[] = {"noun.exc", "verb.exc", "adj.exc"};
  Wn wn;
  Stems st;
  char *z, *zCur, *az[64], zKey[80];
  int i, k, nConcept = 0, nDeriv = 0, nExc = 0, nSpell = 0, nSyn = 0, nOut = 0;
  size_t nAlloc = 1<<20, nText = 0;
  char *zText;

  memset(&wn, 0, sizeof(wn));
  memset(&st, 0, sizeof(st));
  for(i=0; i<NPOS; i++){
    char zName[32];
    snprintf(zName, sizeof(zName), "index.%s", azPos[i]);
    z = readAll(zWordNet, zName);
    forLines(z, indexLine, &wn, i);
    free(z);
  }
  for(i=0; i<NPOS; i++){
    char zName[32];
    snprintf(zName, sizeof(zName), "data.%s", azPos[i]);
    z = readAll(zWordNet, zName);
    forLines(z, dataLine, &wn, i);
    free(z);
  }
  z = readAll(zWordNet, "cntlist.rev");
  forLines(z, countLine, &wn, 0);
  free(z);
  /* sorted, so that ties and the order of entries never depend on the
  ** order of the files' lines */
  qsort(wn.a, (size_t)wn.n, sizeof(Lemma), cmpLemma);
  for(i=0; i<wn.n; i++) *mget(&wn.lemmas, wn.a[i].z) = i;

  /* each lemma's concept: its first sense; a derived noun or adjective
  ** joins its verb */
  for(i=0; i<wn.n; i++){
    Lemma *pL = &wn.a[i];
    int iPos = lemmaPos(pL);
    if( iPos>=0 ) pL->iConcept = pL->aFirst[iPos];
  }
  /* derivation: only to a verb synset that is some lemma's own concept */
  if( !skipped(zSkip, "derivation") ){
    Map verbOf;                /* verb synset id -> 1 if some lemma's concept */
    memset(&verbOf, 0, sizeof(verbOf));
    for(i=0; i<wn.n; i++){
      if( wn.a[i].iConcept>=100000000 && wn.a[i].iConcept<200000000 ){
        snprintf(zKey, sizeof(zKey), "%d", wn.a[i].iConcept);
        mput(&verbOf, zKey, 1);
      }
    }
    for(i=0; i<wn.n; i++){
      Lemma *pL = &wn.a[i];
      int *pV;
      if( pL->iConcept==0 || (pL->iConcept>=100000000 && pL->iConcept<200000000) ) continue;
      snprintf(zKey, sizeof(zKey), "%d %s", pL->iConcept, pL->z);
      pV = mget(&wn.deriv, zKey);
      if( pV==0 ) continue;
      snprintf(zKey, sizeof(zKey), "%d", *pV);
      if( mget(&verbOf, zKey)==0 ) continue;
      pL->iConcept = *pV;
      nDeriv++;
    }
    for(i=0; i<(int)verbOf.nSlot; i++) free(verbOf.az[i]);
    free(verbOf.az);
    free(verbOf.aVal);
  }

  st.pStem = sb_stemmer_new("english", "UTF_8");
  if( st.pStem==0 ) cdie("libstemmer: no English stemmer", 0);
  for(i=0; i<wn.n && !skipped(zSkip, "synsets"); i++){
    if( wn.a[i].iConcept ) stemSet(&st, wn.a[i].z, wn.a[i].iConcept, lemmaTotal(&wn.a[i]), 0);
  }
  /* irregular forms */
  for(k=0; k<3 && !skipped(zSkip, "inflection"); k++){
    z = readAll(zWordNet, azExc[k]);
    zCur = z;
    while( dataWords(&zCur, az, 4)>=2 ){
      Lemma *pBase = lemmaFind(&wn, az[1]), *pSelf = lemmaFind(&wn, az[0]);
      if( !isPlainWord(az[0]) || pBase==0 || pBase->iConcept==0 ) continue;
      if( pSelf && lemmaTotal(pSelf)>=lemmaTotal(pBase) ) continue;
      {
        /* the form's own string must outlive z: keep the lemma's */
        Entry *e = stemEntry(&st, az[0]), *eBase;
        int iE = e ? (int)(e - st.a) : -1;
        if( e && e->nCount<lemmaTotal(pBase) ){
          eBase = stemEntry(&st, pBase->z);      /* may move st.a */
          e = &st.a[iE];
          e->iConcept = pBase->iConcept;
          e->nCount = lemmaTotal(pBase);
          e->zFrom = pBase->z;
          if( eBase ) stemAlias(&st, e, eBase);
          nExc++;
        }
      }
    }
    free(z);
  }
  /* British spellings that share a synset with the American form */
  for(i=0; i<wn.n && !skipped(zSkip, "spelling"); i++){
    char zUs[64];
    Lemma *pUs;
    if( !spellingRule(wn.a[i].z, zUs, sizeof(zUs)) ) continue;
    pUs = lemmaFind(&wn, zUs);
    if( pUs==0 || pUs->iConcept==0 || !shareSynset(&wn, &wn.a[i], pUs) ) continue;
    stemSet(&st, wn.a[i].z, pUs->iConcept, 0, 1);
    {
      int iE = (int)(stemEntry(&st, wn.a[i].z) - st.a);
      Entry *eUs = stemEntry(&st, pUs->z);
      if( eUs ) stemAlias(&st, &st.a[iE], eUs);
    }
    nSpell++;
  }
  /* spelling.tsv: "british american" pairs the endings miss */
  z = readAll(zData, "spelling.tsv");
  zCur = z;
  while( !skipped(zSkip, "spelling") && (k = dataWords(&zCur, az, 64))>0 ){
    Lemma *pUs;
    if( k!=2 || !isPlainWord(az[0]) || !isPlainWord(az[1]) ) cdie("spelling.tsv: want two lower-case words a line, got ", az[0]);
    pUs = lemmaFind(&wn, az[1]);
    if( pUs==0 || pUs->iConcept==0 ) cdie("spelling.tsv: not a WordNet lemma: ", az[1]);
    {
      Entry *e = stemEntry(&st, az[0]), *eUs;
      int iE = e ? (int)(e - st.a) : -1;
      if( e ){
        eUs = stemEntry(&st, pUs->z);
        e = &st.a[iE];
        e->iConcept = pUs->iConcept; e->nCount = 0x7fffffff; e->zFrom = 0;
        if( eUs ) stemAlias(&st, e, eUs);
      }
    }
    nSpell++;
  }
  free(z);
  /* synonyms.tsv: one concept a group, numbered after WordNet's */
  z = readAll(zData, "synonyms.tsv");
  zCur = z;
  while( !skipped(zSkip, "synonyms") && (k = dataWords(&zCur, az, 64))>0 ){
    int iGroup = 400000000 + (++nSyn);
    for(i=0; i<k; i++){
      Entry *e = stemEntry(&st, az[i]);
      if( e ){ e->iConcept = iGroup; e->nCount = 0x7fffffff; e->zFrom = 0; e->bHead = i==0; }
    }
  }
  free(z);

  /* the aliases, in the order made (a stem of a word that is itself an
  ** alias is resolved first only if it was made first) */
  for(i=0; i<st.nAlias; i++){
    Entry *eTo = &st.a[st.aAliasTo[i]];
    if( eTo->iConcept ) st.a[st.aAliasFrom[i]].iConcept = eTo->iConcept;
  }
  free(st.aAliasFrom);
  free(st.aAliasTo);
  /* Each concept is named by the hash of one of its stems, so that a stem
  ** keeps its own feature when it names its concept (a signature of text
  ** without synonyms is the stem signature): the first word of a
  ** synonyms.tsv group, else the stem of the most tags, else the smallest
  ** hash.  Stems alone in their concept, and the naming stems, are left
  ** out: a stem not in the table is its own feature. */
  qsort(st.a, (size_t)st.n, sizeof(Entry), cmpEntry);
  {
    Map best;                  /* concept -> index of its naming stem */
    memset(&best, 0, sizeof(best));
    for(i=0; i<st.n; i++){
      int *pBest;
      const Entry *e = &st.a[i], *b;
      if( e->iConcept==0 ) continue;
      snprintf(zKey, sizeof(zKey), "%d", e->iConcept);
      pBest = mput(&best, zKey, i);
      b = &st.a[*pBest];
      if( b==e ){ nConcept++; continue; }
      if( e->bHead>b->bHead || (e->bHead==b->bHead && e->nCount>b->nCount) ){
        *pBest = i;            /* ties: the smaller hash, seen first */
      }
    }
    zText = cxrealloc(0, nAlloc);
    for(i=0; i<st.n; i++){
      const Entry *e = &st.a[i], *b;
      char zLine[64];
      int nLine;
      if( e->iConcept==0 ) continue;
      if( i>0 && e->h==st.a[i-1].h ) cdie("two stems with one hash", 0);
      snprintf(zKey, sizeof(zKey), "%d", e->iConcept);
      b = &st.a[*mget(&best, zKey)];
      if( b==e ) continue;
      nLine = snprintf(zLine, sizeof(zLine), "  {0x%016llxull, 0x%016llxull},\n",
                       (unsigned long long)e->h, (unsigned long long)b->h);
      if( nText+(size_t)nLine+1>=nAlloc ) zText = cxrealloc(zText, nAlloc *= 2);
      memcpy(zText+nText, zLine, (size_t)nLine);
      nText += (size_t)nLine;
      nOut++;
    }
    zText[nText] = 0;
    for(i=0; i<(int)best.nSlot; i++) free(best.az[i]);
    free(best.az);
    free(best.aVal);
  }
  *pzOut = zText;
  *pnOut = nText;
  snprintf(zSummary, nSummary,
      "%d stems of %d WordNet lemmas to the stem naming their concept (%d\n"
      "** concepts in all; %d derived nouns and\n"
      "** adjectives joined to their verb, %d irregular forms, %d spellings,\n"
      "** %d groups of synonyms.tsv)", nOut, wn.n, nConcept, nDeriv, nExc,
      nSpell, nSyn);
  sb_stemmer_delete(st.pStem);
}
