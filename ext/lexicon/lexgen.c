/*
** lexgen.c: compiles the lexicon data files (ext/lexicon/NAME.tsv) and the
** ISO 3166 tables of Debian's iso-codes into one C source, the arrays that
** nw_lexicon_data.h and nw_lexicon.h declare.  Run by the Makefile:
**
**     lexgen -d ext/lexicon -i /usr/share/iso-codes/json \
**            -w /usr/share/wordnet -v 4.15.0 -o build/gen/nw_lexicon_data.c
**
** The same inputs give the same bytes: no time, no directory, no order but
** the files' own.  Bad data stops it with "file:line: what is wrong".
** A build tool, not part of the extension: it uses malloc() and exits on
** the first error.
**
** nwLexPlaces is filled in four passes; the lexicon keeps the first entry
** for a name, so the order decides where two places share one:
**   1. places.tsv, in file order;
**   2. countries.tsv, the project's names of the ISO 3166-1 countries;
**   3. the names iso_3166-1.json adds (a country it has and countries.tsv
**      lacks gets a key made of its name);
**   4. the first-level subdivisions of iso_3166-2.json that pass the rules
**      of keepSubdivision(), and those subdivisions.tsv names.
*/
#include <ctype.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "concepts.h"

#define MAX_COLS 4
#define MAX_KEY 100          /* nw_entities.c prints "gpe:KEY" into 128 */
#define MAX_WORD 63          /* nwLexHas() finds no word of 64 bytes */
#define MIN_LETTERS 5        /* shorter subdivision names ("Nord", "Bono",
                             ** "Sila") are as often something else */

static void die(const char *zFmt, ...){
  va_list ap;
  fprintf(stderr, "lexgen: ");
  va_start(ap, zFmt);
  vfprintf(stderr, zFmt, ap);
  va_end(ap);
  fprintf(stderr, "\n");
  exit(1);
}

static void *xrealloc(void *p, size_t n){
  p = realloc(p, n ? n : 1);
  if( p==0 ) die("out of memory (%zu bytes)", n);
  return p;
}

static char *xstrndup(const char *z, size_t n){
  char *zNew = xrealloc(0, n+1);
  memcpy(zNew, z, n);
  zNew[n] = 0;
  return zNew;
}

static char *readFile(const char *zPath, const char *zHint){
  FILE *f = fopen(zPath, "rb");
  char *z = 0;
  size_t n = 0, nAlloc = 0, nRead;
  if( f==0 ) die("cannot open %s%s", zPath, zHint);
  do{
    if( n+65536>nAlloc ) z = xrealloc(z, nAlloc = 2*nAlloc+65536);
    nRead = fread(z+n, 1, nAlloc-n-1, f);
    n += nRead;
  }while( nRead>0 );
  if( ferror(f) ) die("cannot read %s", zPath);
  fclose(f);
  z[n] = 0;
  return z;
}

static const char *baseName(const char *zPath){
  const char *z = strrchr(zPath, '/');
  return z ? z+1 : zPath;
}

/* ------------------------------------------------------ string sets */

/* Strings by value, open addressing; zVal is what the key maps to. */
typedef struct Set Set;
struct Set { char **az; char **azVal; size_t nSlot, nUsed; };

static size_t hashStr(const char *z){
  size_t h = 2166136261u;
  while( *z ) h = (h ^ (unsigned char)*z++) * 16777619u;
  return h;
}

static size_t setSlot(const Set *p, const char *z){
  size_t i = hashStr(z) & (p->nSlot-1);
  while( p->az[i] && strcmp(p->az[i], z)!=0 ) i = (i+1) & (p->nSlot-1);
  return i;
}

static const char *setGet(const Set *p, const char *z){
  size_t i;
  if( p->nSlot==0 ) return 0;
  i = setSlot(p, z);
  return p->az[i] ? (p->azVal[i] ? p->azVal[i] : p->az[i]) : 0;
}

/* Adds z (copied) with the value zVal (copied, may be NULL); 0 if it was
** there already, which leaves its value. */
static int setAdd(Set *p, const char *z, const char *zVal){
  size_t i;
  if( 2*(p->nUsed+1)>p->nSlot ){
    Set old = *p;
    size_t j;
    p->nSlot = old.nSlot ? 2*old.nSlot : 1024;
    p->az = xrealloc(0, p->nSlot*sizeof(char*));
    p->azVal = xrealloc(0, p->nSlot*sizeof(char*));
    memset(p->az, 0, p->nSlot*sizeof(char*));
    for(j=0; j<old.nSlot; j++){
      if( old.az[j]==0 ) continue;
      i = setSlot(p, old.az[j]);
      p->az[i] = old.az[j];
      p->azVal[i] = old.azVal[j];
    }
    free(old.az);
    free(old.azVal);
  }
  i = setSlot(p, z);
  if( p->az[i] ) return 0;
  p->az[i] = xstrndup(z, strlen(z));
  p->azVal[i] = zVal ? xstrndup(zVal, strlen(zVal)) : 0;
  p->nUsed++;
  return 1;
}

/* ------------------------------------------------------- data files */

typedef struct Row Row;
struct Row {
  const char *zFile;
  int iLine;
  char *az[MAX_COLS];
};

typedef struct Rows Rows;
struct Rows { Row *a; int n; };

static void failAt(const Row *p, const char *zFmt, ...){
  va_list ap;
  fprintf(stderr, "lexgen: %s:%d: ", p->zFile, p->iLine);
  va_start(ap, zFmt);
  vfprintf(stderr, zFmt, ap);
  va_end(ap);
  fprintf(stderr, "\n");
  exit(1);
}

/* Is z well-formed UTF-8 with no control character? */
static int isCleanUtf8(const unsigned char *z){
  while( *z ){
    int n = *z<0x80 ? 0 : (*z&0xE0)==0xC0 ? 1 : (*z&0xF0)==0xE0 ? 2
          : (*z&0xF8)==0xF0 ? 3 : -1;
    if( n<0 || (*z<0x20 && *z!='\t') || *z==0x7F || (n==1 && *z<0xC2) ) return 0;
    z++;
    while( n-- > 0 ){
      if( (*z&0xC0)!=0x80 ) return 0;
      z++;
    }
  }
  return 1;
}

/* The lines of zDir/zName that are not blank nor '#' comments, each of
** exactly nCol TAB-separated fields, none empty. */
static Rows readRows(const char *zDir, const char *zName, int nCol){
  Rows r = {0, 0};
  size_t nPath = strlen(zDir)+strlen(zName)+2;
  char *zPath = xrealloc(0, nPath);
  char *z, *zLine;
  int iLine = 0, nAlloc = 0;
  snprintf(zPath, nPath, "%s/%s", zDir, zName);
  z = readFile(zPath, "");
  for(zLine=z; *zLine; ){
    char *zEnd = strchr(zLine, '\n');
    Row row;
    int i;
    if( zEnd ) *zEnd = 0;
    iLine++;
    row.zFile = zPath;
    row.iLine = iLine;
    if( zLine[0] && zLine[0]!='#' ){
      char *zField = zLine;
      memset(row.az, 0, sizeof(row.az));
      if( strchr(zLine, '\r') ) failAt(&row, "a carriage return; use \\n line ends");
      if( !isCleanUtf8((unsigned char*)zLine) ){
        failAt(&row, "not UTF-8, or a control character; write UTF-8 text");
      }
      for(i=0; zField; i++){
        char *zTab = strchr(zField, '\t');
        if( zTab ) *zTab = 0;
        if( i<MAX_COLS ) row.az[i] = zField;
        if( i<nCol && zField[0]==0 ) failAt(&row, "column %d is empty", i+1);
        zField = zTab ? zTab+1 : 0;
      }
      if( i!=nCol ){
        failAt(&row, "%d columns, expected %d (TAB-separated: see the "
               "comment at the top of the file)", i, nCol);
      }
      if( r.n==nAlloc ) r.a = xrealloc(r.a, (size_t)(nAlloc = 2*nAlloc+256)*sizeof(Row));
      r.a[r.n++] = row;
    }
    if( zEnd==0 ) break;
    zLine = zEnd+1;
  }
  return r;
}

static void checkKey(const Row *p, const char *zKey){
  const char *z;
  if( strlen(zKey)>MAX_KEY ) failAt(p, "key \"%s\" is longer than %d bytes", zKey, MAX_KEY);
  for(z=zKey; *z; z++){
    if( !islower((unsigned char)*z) && !isdigit((unsigned char)*z) && *z!='_' ){
      failAt(p, "key \"%s\" is not lower_snake ASCII (a-z, 0-9, _)", zKey);
    }
  }
}

static void checkType(const Row *p, const char *zType){
  if( strcmp(zType, "GPE")!=0 && strcmp(zType, "LOC")!=0 ){
    failAt(p, "type \"%s\" is neither GPE nor LOC", zType);
  }
}

/* A '|'-separated list of names: none empty, none twice, no space at an
** end. */
static void checkNames(const Row *p, const char *zNames){
  Set seen = {0, 0, 0, 0};
  const char *z = zNames;
  for(;;){
    size_t n = strcspn(z, "|");
    char *zName = xstrndup(z, n);
    if( n==0 ) failAt(p, "an empty name in \"%s\"", zNames);
    if( isspace((unsigned char)z[0]) || isspace((unsigned char)z[n-1]) ){
      failAt(p, "name \"%s\" starts or ends with a space", zName);
    }
    if( !setAdd(&seen, zName, 0) ) failAt(p, "name \"%s\" twice", zName);
    free(zName);
    if( z[n]==0 ) break;
    z += n+1;
  }
}

/* A one-column list that code binary-searches: strcmp order, no repeat. */
static void checkSorted(const Rows *pR, int bWord){
  int i;
  for(i=0; i<pR->n; i++){
    const Row *p = &pR->a[i];
    if( bWord && strlen(p->az[0])>MAX_WORD ){
      failAt(p, "\"%s\" is longer than %d bytes", p->az[0], MAX_WORD);
    }
    if( i>0 && strcmp(pR->a[i-1].az[0], p->az[0])>=0 ){
      failAt(p, "\"%s\" is not after \"%s\" (strcmp order, no repeats; "
             "sort with LC_ALL=C sort)", p->az[0], pR->a[i-1].az[0]);
    }
  }
}

/* ------------------------------------------------------------ JSON */

/* iso-codes holds {"3166-1": [{"alpha_2": "AW", ...}, ...]}: one array of
** flat objects with string values, which is all this reads. */
typedef struct Obj Obj;
struct Obj { int nField; char *azName[8]; char *azValue[8]; };

typedef struct Json Json;
struct Json { const char *zPath; const char *z; size_t i; };

static void jsonFail(const Json *p, const char *zWhat){
  size_t k;
  int iLine = 1;
  for(k=0; k<p->i; k++) if( p->z[k]=='\n' ) iLine++;
  die("%s:%d: %s", p->zPath, iLine, zWhat);
}

static void jsonSpace(Json *p){
  while( p->z[p->i]==' ' || p->z[p->i]=='\n' || p->z[p->i]=='\t'
      || p->z[p->i]=='\r' ) p->i++;
}

static void jsonExpect(Json *p, char c){
  char zMsg[40];
  jsonSpace(p);
  if( p->z[p->i]!=c ){
    snprintf(zMsg, sizeof(zMsg), "expected '%c'", c);
    jsonFail(p, zMsg);
  }
  p->i++;
}

static void putUtf8(char **pz, size_t *pn, size_t *pAlloc, unsigned c){
  char a[4];
  int n = 0;
  if( c<0x80 ){ a[n++] = (char)c; }
  else if( c<0x800 ){ a[n++] = (char)(0xC0|(c>>6)); a[n++] = (char)(0x80|(c&0x3F)); }
  else if( c<0x10000 ){
    a[n++] = (char)(0xE0|(c>>12)); a[n++] = (char)(0x80|((c>>6)&0x3F));
    a[n++] = (char)(0x80|(c&0x3F));
  }else{
    a[n++] = (char)(0xF0|(c>>18)); a[n++] = (char)(0x80|((c>>12)&0x3F));
    a[n++] = (char)(0x80|((c>>6)&0x3F)); a[n++] = (char)(0x80|(c&0x3F));
  }
  if( *pn+5>*pAlloc ) *pz = xrealloc(*pz, *pAlloc = 2**pAlloc+64);
  memcpy(*pz+*pn, a, (size_t)n);
  *pn += (size_t)n;
}

static unsigned jsonHex4(Json *p){
  unsigned v = 0;
  int k;
  for(k=0; k<4; k++){
    char c = p->z[p->i++];
    v <<= 4;
    if( c>='0' && c<='9' ) v |= (unsigned)(c-'0');
    else if( c>='a' && c<='f' ) v |= (unsigned)(c-'a'+10);
    else if( c>='A' && c<='F' ) v |= (unsigned)(c-'A'+10);
    else jsonFail(p, "bad \\u escape");
  }
  return v;
}

static char *jsonString(Json *p){
  char *z = 0;
  size_t n = 0, nAlloc = 0;
  jsonExpect(p, '"');
  for(;;){
    unsigned char c = (unsigned char)p->z[p->i++];
    if( c==0 ) jsonFail(p, "unterminated string");
    if( c=='"' ) break;
    if( c=='\\' ){
      char e = p->z[p->i++];
      unsigned u;
      switch( e ){
        case 'n': u = '\n'; break;
        case 't': u = '\t'; break;
        case 'r': u = '\r'; break;
        case 'b': u = '\b'; break;
        case 'f': u = '\f'; break;
        case 'u':
          u = jsonHex4(p);
          if( u>=0xD800 && u<0xDC00 && p->z[p->i]=='\\' && p->z[p->i+1]=='u' ){
            unsigned lo;
            p->i += 2;
            lo = jsonHex4(p);
            if( lo<0xDC00 || lo>0xDFFF ) jsonFail(p, "bad surrogate pair");
            u = 0x10000 + ((u-0xD800)<<10) + (lo-0xDC00);
          }
          break;
        case '"': case '\\': case '/': u = (unsigned char)e; break;
        default: jsonFail(p, "bad escape"); u = 0;
      }
      putUtf8(&z, &n, &nAlloc, u);
    }else{
      if( n+2>nAlloc ) z = xrealloc(z, nAlloc = 2*nAlloc+64);
      z[n++] = (char)c;
    }
  }
  z = xrealloc(z, n+1);
  z[n] = 0;
  return z;
}

/* The array named zTable of the object in file zPath. */
static Obj *jsonTable(const char *zPath, const char *zTable, int *pn){
  Json j;
  Obj *a = 0;
  int n = 0, nAlloc = 0;
  char *zName;
  j.zPath = zPath;
  j.z = readFile(zPath, "; install iso-codes (make deps) or set ISO_CODES");
  j.i = 0;
  jsonExpect(&j, '{');
  zName = jsonString(&j);
  if( strcmp(zName, zTable)!=0 ) jsonFail(&j, "not the table expected");
  jsonExpect(&j, ':');
  jsonExpect(&j, '[');
  for(;;){
    Obj o;
    memset(&o, 0, sizeof(o));
    jsonExpect(&j, '{');
    for(;;){
      if( o.nField==8 ) jsonFail(&j, "more than 8 fields");
      o.azName[o.nField] = jsonString(&j);
      jsonExpect(&j, ':');
      o.azValue[o.nField++] = jsonString(&j);
      jsonSpace(&j);
      if( j.z[j.i]!=',' ) break;
      j.i++;
    }
    jsonExpect(&j, '}');
    if( n==nAlloc ) a = xrealloc(a, (size_t)(nAlloc = 2*nAlloc+256)*sizeof(Obj));
    a[n++] = o;
    jsonSpace(&j);
    if( j.z[j.i]!=',' ) break;
    j.i++;
  }
  jsonExpect(&j, ']');
  *pn = n;
  return a;
}

static const char *objGet(const Obj *p, const char *zName){
  int i;
  for(i=0; i<p->nField; i++) if( strcmp(p->azName[i], zName)==0 ) return p->azValue[i];
  return 0;
}

/* ---------------------------------------------------- names and keys */

/* An ISO name as news copy writes it: a parenthesis dropped ("Holy See
** (Vatican City State)"), "Korea, Republic of" turned round; NULL for
** other comma forms ("Virgin Islands, U.S.") and names with '|'. */
static char *usableName(const char *zIso){
  char *z = xrealloc(0, strlen(zIso)+2), *zComma;
  size_t n = 0;
  const char *s;
  int depth = 0;
  for(s=zIso; *s; s++){
    if( *s=='(' ) depth++;
    else if( *s==')' && depth>0 ) depth--;
    else if( depth==0 ) z[n++] = *s;
  }
  while( n>0 && z[n-1]==' ' ) n--;
  z[n] = 0;
  while( strstr(z, "  ") ) memmove(strstr(z, "  "), strstr(z, "  ")+1, strlen(strstr(z, "  ")));
  zComma = strchr(z, ',');
  if( strchr(z, '|') || z[0]==0 ){ free(z); return 0; }
  if( zComma ){
    const char *zTail = zComma+1;
    size_t nTail;
    char *zNew;
    while( *zTail==' ' ) zTail++;
    nTail = strlen(zTail);
    if( strchr(zTail, ',')
     || !((nTail>=3 && strcmp(zTail+nTail-3, " of")==0)
          || (nTail>=7 && strcmp(zTail+nTail-7, " of the")==0)) ){
      free(z);
      return 0;
    }
    zNew = xrealloc(0, strlen(z)+2);
    snprintf(zNew, strlen(z)+2, "%s %.*s", zTail, (int)(zComma-z), z);
    free(z);
    return zNew;
  }
  return z;
}

/* The ASCII letter a Latin letter with a mark reads as, or 0 (dropped). */
static char foldLatin(unsigned c){
  static const struct { unsigned lo, hi; char c; } aRange[] = {
    {0xC0,0xC6,'a'},{0xC7,0xC7,'c'},{0xC8,0xCB,'e'},{0xCC,0xCF,'i'},
    {0xD0,0xD0,'d'},{0xD1,0xD1,'n'},{0xD2,0xD6,'o'},{0xD8,0xD8,'o'},
    {0xD9,0xDC,'u'},{0xDD,0xDD,'y'},{0xDE,0xDE,'t'},{0xDF,0xDF,'s'},
    {0xE0,0xE6,'a'},{0xE7,0xE7,'c'},{0xE8,0xEB,'e'},{0xEC,0xEF,'i'},
    {0xF0,0xF0,'d'},{0xF1,0xF1,'n'},{0xF2,0xF6,'o'},{0xF8,0xF8,'o'},
    {0xF9,0xFC,'u'},{0xFD,0xFD,'y'},{0xFE,0xFE,'t'},{0xFF,0xFF,'y'},
    {0x100,0x105,'a'},{0x106,0x10D,'c'},{0x10E,0x111,'d'},{0x112,0x11B,'e'},
    {0x11C,0x123,'g'},{0x124,0x127,'h'},{0x128,0x133,'i'},{0x134,0x135,'j'},
    {0x136,0x138,'k'},{0x139,0x142,'l'},{0x143,0x14B,'n'},{0x14C,0x153,'o'},
    {0x154,0x159,'r'},{0x15A,0x161,'s'},{0x162,0x167,'t'},{0x168,0x173,'u'},
    {0x174,0x175,'w'},{0x176,0x178,'y'},{0x179,0x17E,'z'},{0x17F,0x17F,'s'},
    {0x1A0,0x1A1,'o'},{0x1AF,0x1B0,'u'},{0x1CD,0x1CE,'a'},{0x1CF,0x1D0,'i'},
    {0x1D1,0x1D2,'o'},{0x1D3,0x1DC,'u'},{0x218,0x219,'s'},{0x21A,0x21B,'t'},
    {0x1E00,0x1E01,'a'},{0x1E02,0x1E07,'b'},{0x1E08,0x1E09,'c'},
    {0x1E0A,0x1E13,'d'},{0x1E14,0x1E1D,'e'},{0x1E1E,0x1E1F,'f'},
    {0x1E20,0x1E21,'g'},{0x1E22,0x1E2B,'h'},{0x1E2C,0x1E2F,'i'},
    {0x1E30,0x1E35,'k'},{0x1E36,0x1E3D,'l'},{0x1E3E,0x1E43,'m'},
    {0x1E44,0x1E4B,'n'},{0x1E4C,0x1E53,'o'},{0x1E54,0x1E57,'p'},
    {0x1E58,0x1E5F,'r'},{0x1E60,0x1E69,'s'},{0x1E6A,0x1E71,'t'},
    {0x1E72,0x1E7B,'u'},{0x1E7C,0x1E7F,'v'},{0x1E80,0x1E89,'w'},
    {0x1E8A,0x1E8D,'x'},{0x1E8E,0x1E8F,'y'},{0x1E90,0x1E95,'z'},
    {0x1EA0,0x1EB7,'a'},{0x1EB8,0x1EC7,'e'},{0x1EC8,0x1ECB,'i'},
    {0x1ECC,0x1EE3,'o'},{0x1EE4,0x1EF1,'u'},{0x1EF2,0x1EF9,'y'},
  };
  size_t i;
  for(i=0; i<sizeof(aRange)/sizeof(aRange[0]); i++){
    if( c>=aRange[i].lo && c<=aRange[i].hi ) return aRange[i].c;
  }
  return 0;
}

/* Decodes the UTF-8 character at *pz (well-formed: the JSON was decoded
** by this program or checked by isCleanUtf8()) and moves past it. */
static unsigned nextChar(const unsigned char **pz){
  const unsigned char *z = *pz;
  unsigned c = *z++;
  int n = c<0x80 ? 0 : c<0xE0 ? 1 : c<0xF0 ? 2 : 3;
  if( n ) c &= 0x3F>>n;
  while( n-- > 0 && (*z&0xC0)==0x80 ) c = (c<<6) | (*z++ & 0x3F);
  *pz = z;
  return c;
}

/* The name as a key: ASCII letters and digits folded to lower case, marks
** dropped ("Tiền Giang" -> "tien_giang"), apostrophes dropped, any other
** run of characters one '_'. */
static char *slugOf(const char *zName){
  const unsigned char *z = (const unsigned char*)zName;
  char *zOut = xrealloc(0, strlen(zName)+1);
  size_t n = 0;
  while( *z ){
    unsigned c = nextChar(&z);
    char a = 0;
    if( c<0x80 && isalnum((int)c) ) a = (char)tolower((int)c);
    else if( c>=0x80 ) a = foldLatin(c);
    if( a ){
      zOut[n++] = a;
    }else if( c!='\'' && c!=0x2019 && c!=0x2BB && c!=0x2BC && c!=0x2BF
           && c!=0x2BE && !(c>=0x300 && c<0x370) ){
      if( n>0 && zOut[n-1]!='_' ) zOut[n++] = '_';
    }
  }
  if( n>64 ) n = 64;                /* keys stay short: see MAX_KEY */
  while( n>0 && zOut[n-1]=='_' ) n--;
  zOut[n] = 0;
  return zOut;
}

/* ------------------------------------------------------------ WordNet */

/* The lemmas WordNet writes in lower case (common words: "centre",
** "delta", "batman"); a proper name such as "Texas" is capitalised there. */
static void loadWordNet(const char *zDir, Set *pWords){
  static const char *const azFile[] = {"data.noun", "data.verb", "data.adj", "data.adv"};
  size_t k;
  for(k=0; k<sizeof(azFile)/sizeof(azFile[0]); k++){
    size_t nPath = strlen(zDir)+strlen(azFile[k])+2;
    char *zPath = xrealloc(0, nPath), *z, *zLine;
    snprintf(zPath, nPath, "%s/%s", zDir, azFile[k]);
    z = readFile(zPath, "; install wordnet-base (make deps) or set WORDNET");
    for(zLine=z; *zLine; ){
      char *zEnd = strchr(zLine, '\n');
      if( zEnd ) *zEnd = 0;
      if( zLine[0]!=' ' ){
        /* offset lex_filenum ss_type w_cnt (hex) word lex_id word lex_id ... */
        char *azTok[4 + 2*256];
        int nTok = 0, nWord, i;
        char *zTok = strtok(zLine, " ");
        while( zTok && nTok<(int)(sizeof(azTok)/sizeof(azTok[0])) ){
          azTok[nTok++] = zTok;
          zTok = strtok(0, " ");
        }
        nWord = nTok>3 ? (int)strtol(azTok[3], 0, 16) : 0;
        for(i=0; i<nWord && 4+2*i<nTok; i++){
          char *zW = azTok[4+2*i], *zParen = strchr(zW, '(');
          if( zParen ) *zParen = 0;                /* adjectives: "big(a)" */
          if( islower((unsigned char)zW[0]) && strchr(zW, '_')==0 ){
            setAdd(pWords, zW, 0);
          }
        }
      }
      if( zEnd==0 ) break;
      zLine = zEnd+1;
    }
    free(z);
    free(zPath);
  }
}

/* Is the word z[0..n) a common English word: a lower-case WordNet lemma,
** in that form or with a plural ending taken off ("Lakes", "Highlands"),
** or a word of no meaning on its own ("of", "the", "al")? */
static int isCommonWord(const Set *pWords, const char *z, size_t n){
  static const char *const azGlue[] = {
    "al", "and", "da", "de", "del", "des", "di", "do", "du", "el", "la",
    "le", "les", "of", "the",
  };
  char zW[64];
  size_t i;
  if( n==0 || n>=sizeof(zW)-2 ) return 0;
  for(i=0; i<n; i++){
    if( (unsigned char)z[i]>=0x80 ) return 0;
    zW[i] = (char)tolower((unsigned char)z[i]);
  }
  zW[n] = 0;
  for(i=0; i<sizeof(azGlue)/sizeof(azGlue[0]); i++){
    if( strcmp(zW, azGlue[i])==0 ) return 1;
  }
  if( setGet(pWords, zW) ) return 1;
  if( n>3 && zW[n-1]=='s' ){
    zW[n-1] = 0;
    if( setGet(pWords, zW) ) return 1;
    if( zW[n-2]=='e' ){ zW[n-2] = 0; if( setGet(pWords, zW) ) return 1; }
    if( n>4 && strcmp(zW+n-3, "ie")==0 ){
      strcpy(zW+n-3, "y");
      if( setGet(pWords, zW) ) return 1;
    }
  }
  return 0;
}

/* ------------------------------------------------------------ output */

typedef struct Out Out;
struct Out { char *z; size_t n, nAlloc; };

static void outAppend(Out *p, const char *z, size_t n){
  if( p->n+n+1>p->nAlloc ) p->z = xrealloc(p->z, p->nAlloc = 2*(p->n+n)+65536);
  memcpy(p->z+p->n, z, n);
  p->n += n;
  p->z[p->n] = 0;
}

static void outPrintf(Out *p, const char *zFmt, ...){
  char zBuf[1024];
  va_list ap;
  int n;
  va_start(ap, zFmt);
  n = vsnprintf(zBuf, sizeof(zBuf), zFmt, ap);
  va_end(ap);
  if( n<0 || n>=(int)sizeof(zBuf) ) die("internal: line too long");
  outAppend(p, zBuf, (size_t)n);
}

/* "z" as a C string literal (UTF-8 kept; '?' escaped against trigraphs),
** on a line of its own. */
static void outLiteral(Out *p, const char *z){
  outAppend(p, "  \"", 3);
  for(; *z; z++){
    if( *z=='"' || *z=='\\' || *z=='?' ) outAppend(p, "\\", 1);
    outAppend(p, z, 1);
  }
  outAppend(p, "\",\n", 3);
}

/* A record "key|TYPE|name|name..." or "key|name|name..." (zType NULL). */
static void outRecord(Out *p, const char *zKey, const char *zType, const char *zNames){
  size_t n = strlen(zKey)+(zType ? strlen(zType) : 0)+strlen(zNames)+3;
  char *z = xrealloc(0, n);
  if( zType ) snprintf(z, n, "%s|%s|%s", zKey, zType, zNames);
  else snprintf(z, n, "%s|%s", zKey, zNames);
  outLiteral(p, z);
  free(z);
}

static void outArrayStart(Out *p, const char *zName, const char *zFrom){
  outPrintf(p, "\n/* %s */\nconst char *const %s[] = {\n", zFrom, zName);
}

static void outArrayEnd(Out *p){
  outAppend(p, "  NULL\n};\n", 10);
}

static void outList(Out *p, const char *zName, const Rows *pR){
  int i;
  outArrayStart(p, zName, baseName(pR->n ? pR->a[0].zFile : "(empty)"));
  for(i=0; i<pR->n; i++) outLiteral(p, pR->a[i].az[0]);
  outArrayEnd(p);
}

/* ------------------------------------------------------------ places */

/* Everything the place passes share: the keys given (to their primary
** name), the names given (to their key), the counts. */
typedef struct Lex Lex;
struct Lex {
  Set keys;                  /* key -> primary name */
  Set names;                 /* name -> key (the first) */
  Set keyType;               /* key -> GPE or LOC */
  Set nameSlugs;             /* every name of every list, as slugOf() */
  Out body;                  /* the generated nwLexPlaces lines */
  int nCountryNames;         /* names iso_3166-1.json added */
  int nIsoCountries;         /* countries with no countries.tsv line */
};

static char *slugOf(const char *zName);

/* Records the names of a '|'-list; zKey NULL: names of another list
** (organisations, groups), which only slugs record. */
static void lexAddNames(Lex *pL, const char *zKey, const char *zNames){
  const char *z = zNames;
  for(;;){
    size_t n = strcspn(z, "|");
    char *zName = xstrndup(z, n), *zSlug = slugOf(zName);
    if( zKey ) setAdd(&pL->names, zName, zKey);
    setAdd(&pL->nameSlugs, zSlug, 0);
    free(zSlug);
    free(zName);
    if( z[n]==0 ) break;
    z += n+1;
  }
}

static void lexAddKey(Lex *pL, const Row *p, const char *zKey, const char *zType,
                      const char *zNames){
  char *zPrimary = xstrndup(zNames, strcspn(zNames, "|"));
  checkKey(p, zKey);
  if( !setAdd(&pL->keys, zKey, zPrimary) ){
    failAt(p, "key \"%s\" is already used (keys are unique over places.tsv, "
           "countries.tsv and iso-codes)", zKey);
  }
  setAdd(&pL->keyType, zKey, zType);
  free(zPrimary);
}

static void passPlaces(Lex *pL, const Rows *pR){
  int i;
  outAppend(&pL->body, "  /* places.tsv */\n", 19);
  for(i=0; i<pR->n; i++){
    const Row *p = &pR->a[i];
    checkType(p, p->az[1]);
    checkNames(p, p->az[2]);
    lexAddKey(pL, p, p->az[0], p->az[1], p->az[2]);
    lexAddNames(pL, p->az[0], p->az[2]);
    outRecord(&pL->body, p->az[0], p->az[1], p->az[2]);
  }
}

static const Obj *findCountry(const Obj *a, int n, const char *zCode){
  int i;
  for(i=0; i<n; i++){
    const char *z = objGet(&a[i], "alpha_2");
    if( z && strcmp(z, zCode)==0 ) return &a[i];
  }
  return 0;
}

/* The '|'-list of the usable ISO names of a country that zHave (a
** '|'-list, may be NULL) lacks: common name, name, official name. */
static char *isoCountryNames(const Obj *pC, const Lex *pL, const char *zKey){
  static const char *const azField[] = {"common_name", "name", "official_name"};
  Out o = {0, 0, 0};
  size_t k;
  outAppend(&o, "", 0);
  for(k=0; k<sizeof(azField)/sizeof(azField[0]); k++){
    const char *zIso = objGet(pC, azField[k]);
    char *zName = zIso ? usableName(zIso) : 0;
    const char *zOwner = zName ? setGet(&pL->names, zName) : 0;
    if( zName && !(zOwner && strcmp(zOwner, zKey)==0) ){
      /* not yet a name of this country (another place may have it) */
      char *zCopy = xstrndup(o.z, o.n), *zTok;
      int bDup = 0;
      for(zTok=strtok(zCopy, "|"); zTok; zTok=strtok(0, "|")){
        if( strcmp(zTok, zName)==0 ) bDup = 1;
      }
      free(zCopy);
      if( !bDup ){
        if( o.n ) outAppend(&o, "|", 1);
        outAppend(&o, zName, strlen(zName));
      }
    }
    free(zName);
  }
  return o.z;
}

static void passCountries(Lex *pL, const Rows *pR, const Obj *aC, int nC){
  int i;
  outAppend(&pL->body, "  /* countries.tsv */\n", 22);
  for(i=0; i<pR->n; i++){
    const Row *p = &pR->a[i];
    if( i>0 && strcmp(pR->a[i-1].az[0], p->az[0])>=0 ){
      failAt(p, "code %s is not after %s (sorted by code, no repeats)",
             p->az[0], pR->a[i-1].az[0]);
    }
    if( findCountry(aC, nC, p->az[0])==0 ){
      failAt(p, "code %s is not in iso_3166-1.json", p->az[0]);
    }
    checkType(p, p->az[2]);
    checkNames(p, p->az[3]);
    lexAddKey(pL, p, p->az[1], p->az[2], p->az[3]);
    lexAddNames(pL, p->az[1], p->az[3]);
    outRecord(&pL->body, p->az[1], p->az[2], p->az[3]);
  }
}

static const Row *findRow(const Rows *pR, const char *zCode){
  int i;
  for(i=0; i<pR->n; i++) if( strcmp(pR->a[i].az[0], zCode)==0 ) return &pR->a[i];
  return 0;
}

static int cmpCode(const void *a, const void *b){
  const char *za = objGet((const Obj*)a, "alpha_2"), *zb = objGet((const Obj*)b, "alpha_2");
  return strcmp(za ? za : "", zb ? zb : "");
}

/* The names iso_3166-1.json adds, by code; a country countries.tsv lacks
** gets the key of its name. */
static void passIsoCountries(Lex *pL, const Rows *pR, Obj *aC, int nC,
                             const char *zJson){
  int i;
  qsort(aC, (size_t)nC, sizeof(Obj), cmpCode);
  outAppend(&pL->body, "  /* iso_3166-1.json */\n", 24);
  for(i=0; i<nC; i++){
    const char *zCode = objGet(&aC[i], "alpha_2");
    const Row *pRow = zCode ? findRow(pR, zCode) : 0;
    char *zKey, *zNames;
    const char *zType = "GPE";
    if( zCode==0 ) die("%s: a country without alpha_2", zJson);
    if( pRow ){
      zKey = xstrndup(pRow->az[1], strlen(pRow->az[1]));
      zType = pRow->az[2];
    }else{
      char *zFirst = isoCountryNames(&aC[i], pL, "");
      Row r;
      if( zFirst==0 || zFirst[0]==0 ){
        die("%s: country %s has no name usable in news copy; add a line for it "
            "to countries.tsv", zJson, zCode);
      }
      zFirst[strcspn(zFirst, "|")] = 0;
      zKey = slugOf(zFirst);
      r.zFile = zJson;
      r.iLine = 0;
      if( setGet(&pL->keys, zKey) ){
        die("%s: country %s would take the key \"%s\", which is used; give it "
            "a key in countries.tsv", zJson, zCode, zKey);
      }
      lexAddKey(pL, &r, zKey, zType, zFirst);
      free(zFirst);
      pL->nIsoCountries++;
    }
    zNames = isoCountryNames(&aC[i], pL, zKey);
    if( zNames && zNames[0] ){
      /* the primary name first, so that these names report it */
      const char *zPrimary = setGet(&pL->keys, zKey);
      size_t n = strlen(zPrimary)+strlen(zNames)+2;
      char *zAll = xrealloc(0, n);
      int bPrimaryNew = setGet(&pL->names, zPrimary)==0;
      const char *z;
      if( bPrimaryNew || strcmp(zPrimary, zNames)==0 ) snprintf(zAll, n, "%s", zNames);
      else snprintf(zAll, n, "%s|%s", zPrimary, zNames);
      for(z=zNames; *z; z++) if( *z=='|' ) pL->nCountryNames++;
      pL->nCountryNames++;
      lexAddNames(pL, zKey, zNames);
      outRecord(&pL->body, zKey, zType, zAll);
      free(zAll);
    }
    free(zNames);
    free(zKey);
  }
}

/* ------------------------------------------------------- subdivisions */

/* First-level subdivision types kept: those that news copy names as
** places of their own (states, provinces, regions, governorates, ...),
** not districts, municipalities, parishes or departments, whose names are
** often a town's or a common word's. */
static int isKeptType(const char *zType){
  static const char *const azType[] = {
    "Administrative region", "Autonomous city", "Autonomous community",
    "Autonomous province", "Autonomous region", "Autonomous republic",
    "Capital city", "Capital district", "Capital territory", "Emirate",
    "Federal district", "Federal territory", "Governorate", "Land",
    "Oblast", "Prefecture", "Province", "Region", "Regional state",
    "Republic", "Special administrative region", "State", "Territory",
    "Union territory",
  };
  size_t i;
  for(i=0; i<sizeof(azType)/sizeof(azType[0]); i++){
    if( strcmp(zType, azType[i])==0 ) return 1;
  }
  return 0;
}

/* Why a subdivision is left out, as the counts in the header name it. */
enum { SUB_KEPT, SUB_LEVEL, SUB_TYPE, SUB_FORM, SUB_SHORT, SUB_COMMON,
       SUB_GIVEN, SUB_LISTED, SUB_PROJECT, SUB_N };
static const char *const azSubWhy[SUB_N] = {
  "kept",
  "not first-level (has a parent)", "type not in isKeptType()",
  "a comma, parenthesis, slash, bracket or digit",
  "fewer than 5 letters (MIN_LETTERS)", "every word a common English word (WordNet)",
  "a given name, or one and a name (given_names.tsv: \"Diego Martin\")", "a name listed already",
  "left out by subdivisions.tsv",
};

static int countLetters(const char *zName){
  const unsigned char *z = (const unsigned char*)zName;
  int n = 0;
  while( *z ){
    unsigned c = nextChar(&z);
    if( (c<0x80 && isalpha((int)c)) || (c>=0xC0 && c!=0xD7 && c!=0xF7) ) n++;
  }
  return n;
}

static int allWordsCommon(const Set *pWords, const char *zName){
  const char *z = zName;
  while( *z ){
    size_t n = strcspn(z, " -");
    if( n>0 && !isCommonWord(pWords, z, n) ) return 0;
    z += n;
    if( *z ) z++;
  }
  return 1;
}

/* "Diego Martin", "Ali Sabieh": a given name, then a capitalised word
** that is not "del" or "de" ("Santiago del Estero" is a place). */
static int isPersonShaped(const Set *pWords, const Set *pGiven, const char *zName){
  size_t n = strcspn(zName, " ");
  char *zFirst = xstrndup(zName, n);
  const char *zNext = zName[n] ? zName+n+1 : 0;
  int bGiven = setGet(pGiven, zFirst)!=0;
  free(zFirst);
  return bGiven && zNext && isupper((unsigned char)zNext[0])
      && !isCommonWord(pWords, zNext, strcspn(zNext, " -"));
}

static int keepSubdivision(const Obj *pS, const Set *pWords, const Set *pGiven,
                           const Lex *pL){
  const char *zName = objGet(pS, "name"), *zType = objGet(pS, "type");
  if( objGet(pS, "parent") ) return SUB_LEVEL;
  if( zType==0 || !isKeptType(zType) ) return SUB_TYPE;
  if( zName==0 || strpbrk(zName, ",()[]/|0123456789") ) return SUB_FORM;
  if( countLetters(zName)<MIN_LETTERS ) return SUB_SHORT;
  if( allWordsCommon(pWords, zName) ) return SUB_COMMON;
  if( setGet(pGiven, zName) || isPersonShaped(pWords, pGiven, zName) ) return SUB_GIVEN;
  {
    /* "Somali" is a group already, "Kachin" a group and a state: a name
    ** any list has, with other marks or case too, stays what it is */
    char *zSlug = slugOf(zName);
    int bListed = setGet(&pL->nameSlugs, zSlug)!=0;
    free(zSlug);
    if( bListed ) return SUB_LISTED;
  }
  return SUB_KEPT;
}

/* subdivisions.tsv: "code TAB key": the subdivision's name goes to the
** place of that key (kept whatever the rules say), or is left out ("-"). */
static void passSubdivisions(Lex *pL, const Rows *pOwn, const Obj *aS, int nS,
                             const Set *pWords, const Set *pGiven,
                             int *aCount){
  int i;
  for(i=0; i<pOwn->n; i++){
    const Row *p = &pOwn->a[i];
    int k, bFound = 0;
    if( i>0 && strcmp(pOwn->a[i-1].az[0], p->az[0])>=0 ){
      failAt(p, "code %s is not after %s (sorted by code, no repeats)",
             p->az[0], pOwn->a[i-1].az[0]);
    }
    for(k=0; k<nS && !bFound; k++) bFound = strcmp(objGet(&aS[k], "code"), p->az[0])==0;
    if( !bFound ) failAt(p, "code %s is not in iso_3166-2.json", p->az[0]);
    if( strcmp(p->az[1], "-")!=0 && setGet(&pL->keys, p->az[1])==0 ){
      failAt(p, "key \"%s\" is not a key of places.tsv or countries.tsv", p->az[1]);
    }
  }
  outAppend(&pL->body, "  /* iso_3166-2.json */\n", 24);
  for(i=0; i<nS; i++){
    const char *zCode = objGet(&aS[i], "code"), *zName = objGet(&aS[i], "name");
    const Row *pRow = zCode ? findRow(pOwn, zCode) : 0;
    int eWhy;
    char *zKey;
    if( zCode==0 || zName==0 ) die("iso_3166-2.json: a subdivision without code or name");
    eWhy = pRow ? (strcmp(pRow->az[1], "-")==0 ? SUB_PROJECT : SUB_KEPT)
                : keepSubdivision(&aS[i], pWords, pGiven, pL);
    if( eWhy==SUB_KEPT && pRow==0 ){
      char *zSlug = slugOf(zName);
      if( setGet(&pL->nameSlugs, zSlug) ) eWhy = SUB_LISTED;   /* an earlier one */
      free(zSlug);
    }
    aCount[eWhy]++;
    if( eWhy!=SUB_KEPT ) continue;
    if( pRow ){
      const char *zPrimary = setGet(&pL->keys, pRow->az[1]);
      size_t n = strlen(zPrimary)+strlen(zName)+2;
      char *zAll = xrealloc(0, n);
      snprintf(zAll, n, "%s|%s", zPrimary, zName);
      if( strcmp(zPrimary, zName)==0 ) snprintf(zAll, n, "%s", zName);
      lexAddNames(pL, pRow->az[1], zName);
      outRecord(&pL->body, pRow->az[1], setGet(&pL->keyType, pRow->az[1]), zAll);
      free(zAll);
      continue;
    }
    zKey = slugOf(zName);
    if( zKey[0]==0 || setGet(&pL->keys, zKey) ){
      /* "limburg" taken: "limburg_nl", then "limburg_nl_li" */
      char *zCode2 = slugOf(zCode);
      size_t n = strlen(zKey)+strlen(zCode2)+2;
      char *zNew = xrealloc(0, n);
      snprintf(zNew, n, "%s%s%.2s", zKey, zKey[0] ? "_" : "", zCode2);
      if( setGet(&pL->keys, zNew) ){
        snprintf(zNew, n, "%s%s%s", zKey, zKey[0] ? "_" : "", zCode2);
      }
      free(zCode2);
      free(zKey);
      zKey = zNew;
    }
    {
      Row r;
      r.zFile = "iso_3166-2.json";
      r.iLine = 0;
      lexAddKey(pL, &r, zKey, "GPE", zName);
    }
    lexAddNames(pL, zKey, zName);
    outRecord(&pL->body, zKey, "GPE", zName);
    free(zKey);
  }
}

/* ------------------------------------------------- the other records */

/* norp.tsv and orgs.tsv: "key TAB names", keys unique in the file. */
static void outKeyNames(Out *p, const char *zArray, const Rows *pR){
  Set keys = {0, 0, 0, 0};
  int i;
  outArrayStart(p, zArray, baseName(pR->n ? pR->a[0].zFile : "(empty)"));
  for(i=0; i<pR->n; i++){
    const Row *pRow = &pR->a[i];
    checkKey(pRow, pRow->az[0]);
    checkNames(pRow, pRow->az[1]);
    if( !setAdd(&keys, pRow->az[0], 0) ) failAt(pRow, "key \"%s\" twice", pRow->az[0]);
    outRecord(p, pRow->az[0], 0, pRow->az[1]);
  }
  outArrayEnd(p);
}

/* metonyms.tsv: "key TAB type TAB names", the key a place's. */
static void outMetonyms(Out *p, const Rows *pR, const Lex *pL){
  int i;
  outArrayStart(p, "nwLexMetonyms", "metonyms.tsv");
  for(i=0; i<pR->n; i++){
    const Row *pRow = &pR->a[i];
    checkType(pRow, pRow->az[1]);
    checkNames(pRow, pRow->az[2]);
    if( setGet(&pL->keys, pRow->az[0])==0 ){
      failAt(pRow, "key \"%s\" is not a key of places.tsv or countries.tsv", pRow->az[0]);
    }
    outRecord(p, pRow->az[0], pRow->az[1], pRow->az[2]);
  }
  outArrayEnd(p);
}

/* synonyms.tsv: words of a-z and '-' separated by single spaces, at least
** two. */
static void checkSynonyms(const Rows *pR){
  int i;
  for(i=0; i<pR->n; i++){
    const Row *p = &pR->a[i];
    const char *z;
    if( strchr(p->az[0], ' ')==0 ) failAt(p, "a group of one word");
    for(z=p->az[0]; *z; z++){
      if( *z==' ' ? (z[1]==' ' || z[1]==0 || z==p->az[0])
                  : !(islower((unsigned char)*z) || *z=='-') ){
        failAt(p, "\"%s\": lower-case words separated by single spaces", p->az[0]);
      }
    }
  }
}

/* ------------------------------------------------------------- main */

typedef struct Args Args;
struct Args { const char *zData, *zIso, *zWordNet, *zIsoVersion, *zOut, *zSkip; };

static Args parseArgs(int argc, char **argv){
  Args a = {0, 0, 0, "unknown", 0, 0};
  int i;
  for(i=1; i+1<argc; i+=2){
    if( strcmp(argv[i], "-d")==0 ) a.zData = argv[i+1];
    else if( strcmp(argv[i], "-i")==0 ) a.zIso = argv[i+1];
    else if( strcmp(argv[i], "-w")==0 ) a.zWordNet = argv[i+1];
    else if( strcmp(argv[i], "-v")==0 ) a.zIsoVersion = argv[i+1];
    else if( strcmp(argv[i], "-o")==0 ) a.zOut = argv[i+1];
    else if( strcmp(argv[i], "-x")==0 ) a.zSkip = argv[i+1];
    else break;
  }
  if( i!=argc || !a.zData || !a.zIso || !a.zWordNet || !a.zOut ){
    die("usage: lexgen -d DATA_DIR -i ISO_CODES_JSON_DIR -w WORDNET_DIR "
        "[-v ISO_CODES_VERSION] [-x RESOURCE,...] -o OUT.c");
  }
  return a;
}

static void writeOut(const char *zOut, const Out *p){
  size_t n = strlen(zOut)+5;
  char *zTmp = xrealloc(0, n);
  FILE *f;
  snprintf(zTmp, n, "%s.tmp", zOut);
  f = fopen(zTmp, "wb");
  if( f==0 || fwrite(p->z, 1, p->n, f)!=p->n || fclose(f)!=0 ){
    die("cannot write %s", zTmp);
  }
  if( rename(zTmp, zOut)!=0 ) die("cannot rename %s to %s", zTmp, zOut);
  free(zTmp);
}

static char *isoPath(const char *zDir, const char *zFile){
  size_t n = strlen(zDir)+strlen(zFile)+2;
  char *z = xrealloc(0, n);
  snprintf(z, n, "%s/%s", zDir, zFile);
  return z;
}

int main(int argc, char **argv){
  Args a = parseArgs(argc, argv);
  Rows places = readRows(a.zData, "places.tsv", 3);
  Rows countries = readRows(a.zData, "countries.tsv", 4);
  Rows subdivisions = readRows(a.zData, "subdivisions.tsv", 2);
  Rows metonyms = readRows(a.zData, "metonyms.tsv", 3);
  Rows norp = readRows(a.zData, "norp.tsv", 2);
  Rows orgs = readRows(a.zData, "orgs.tsv", 2);
  Rows given = readRows(a.zData, "given_names.tsv", 1);
  Rows titles = readRows(a.zData, "titles.tsv", 1);
  Rows orgHeads = readRows(a.zData, "org_heads.tsv", 1);
  Rows locHeads = readRows(a.zData, "loc_heads.tsv", 1);
  Rows eventHeads = readRows(a.zData, "event_heads.tsv", 1);
  Rows lawHeads = readRows(a.zData, "law_heads.tsv", 1);
  Rows synonyms = readRows(a.zData, "synonyms.tsv", 1);
  char *zIso1 = isoPath(a.zIso, "iso_3166-1.json");
  char *zIso2 = isoPath(a.zIso, "iso_3166-2.json");
  int nC = 0, nS = 0, aCount[SUB_N], i;
  Obj *aC = jsonTable(zIso1, "3166-1", &nC);
  Obj *aS = jsonTable(zIso2, "3166-2", &nS);
  Set words = {0, 0, 0, 0}, givenSet = {0, 0, 0, 0};
  Lex lex;
  Out out = {0, 0, 0};

  memset(&lex, 0, sizeof(lex));
  memset(aCount, 0, sizeof(aCount));
  checkSorted(&given, 1);
  checkSorted(&titles, 0);
  checkSorted(&orgHeads, 1);
  checkSorted(&locHeads, 1);
  checkSorted(&eventHeads, 1);
  checkSorted(&lawHeads, 1);
  checkSynonyms(&synonyms);
  for(i=0; i<given.n; i++) setAdd(&givenSet, given.a[i].az[0], 0);
  loadWordNet(a.zWordNet, &words);

  passPlaces(&lex, &places);
  passCountries(&lex, &countries, aC, nC);
  passIsoCountries(&lex, &countries, aC, nC, "iso_3166-1.json");
  for(i=0; i<orgs.n; i++) lexAddNames(&lex, 0, orgs.a[i].az[1]);
  for(i=0; i<norp.n; i++) lexAddNames(&lex, 0, norp.a[i].az[1]);
  for(i=0; i<metonyms.n; i++) lexAddNames(&lex, 0, metonyms.a[i].az[2]);
  passSubdivisions(&lex, &subdivisions, aS, nS, &words, &givenSet, aCount);

  outPrintf(&out,
    "/*\n"
    "** nw_lexicon_data.c: GENERATED by ext/lexicon/lexgen.c; do not edit.\n"
    "** Edit the data files in ext/lexicon/ and run make.  Made from\n"
    "** the ext/lexicon/ files, iso_3166-1.json and iso_3166-2.json of iso-codes %s,\n"
    "** and the lower-case lemmas of WordNet (data.noun, .verb, .adj, .adv).\n"
    "**\n"
    "** nwLexPlaces: %d lines of places.tsv, %d of countries.tsv, %d names\n"
    "** from iso_3166-1.json (%d countries that countries.tsv lacks), and of\n"
    "** the %d subdivisions of iso_3166-2.json:\n",
    a.zIsoVersion, places.n, countries.n, lex.nCountryNames,
    lex.nIsoCountries, nS);
  for(i=0; i<SUB_N; i++) outPrintf(&out, "**   %5d %s\n", aCount[i], azSubWhy[i]);
  outPrintf(&out, "*/\n#include <stddef.h>\n#include \"nw_lexicon_data.h\"\n"
                  "#include \"nw_lexicon.h\"\n");
  outArrayStart(&out, "nwLexPlaces", "places.tsv, countries.tsv, iso-codes");
  outAppend(&out, lex.body.z, lex.body.n);
  outArrayEnd(&out);
  outMetonyms(&out, &metonyms, &lex);
  outKeyNames(&out, "nwLexNorp", &norp);
  outKeyNames(&out, "nwLexOrgs", &orgs);
  outList(&out, "nwLexGivenNames", &given);
  outList(&out, "nwLexTitles", &titles);
  outList(&out, "nwLexOrgHeads", &orgHeads);
  outList(&out, "nwLexLocHeads", &locHeads);
  outList(&out, "nwLexEventHeads", &eventHeads);
  outList(&out, "nwLexLawHeads", &lawHeads);
  outList(&out, "nwLexSynonyms", &synonyms);
  {
    char *zConcepts, zSummary[512];
    size_t nConcepts;
    conceptsWrite(a.zWordNet, a.zData, a.zSkip, &zConcepts, &nConcepts, zSummary,
                  sizeof(zSummary));
    outPrintf(&out, "\n/* WordNet (index, data, exc, cntlist.rev), spelling.tsv, synonyms.tsv:\n"
                    "** %s; see ext/lexicon/concepts.c */\n"
                    "const NwLexConcept nwLexConcepts[] = {\n", zSummary);
    outAppend(&out, zConcepts, nConcepts);
    outPrintf(&out, "  {0, 0}\n};\nconst int nwLexConceptCount = "
                    "(int)(sizeof(nwLexConcepts)/sizeof(nwLexConcepts[0]))-1;\n");
    free(zConcepts);
  }
  writeOut(a.zOut, &out);
  printf("lexgen: %s: %d places, %d subdivisions of %d kept\n", baseName(a.zOut),
         places.n+countries.n+lex.nIsoCountries+aCount[SUB_KEPT], aCount[SUB_KEPT], nS);
  return 0;
}
