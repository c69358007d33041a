#define _POSIX_C_SOURCE 200809L
/*
** bench: throughput and peak memory of newswire's text functions over a
** generated news-like corpus, through the real SQLite API.
**
**   bench EXT FUNCTION [MB]      FUNCTION: normalize sentences passages tokens
**                                          tokens1 signature entities claims
**                                          similar similar40
**                                          icu-words icu-sentences
**
** The corpus is made here, deterministically: articles of ~3 KB with
** headlines, datelines, quotes (curly and straight), abbreviations, names
** with diacritics, figures and blog boilerplate.  It is written to a file
** too (bench EXT --write FILE MB) so that peer tools read the same input.
** Prints one line: function, MB, seconds, MB/s, rows, peak RSS.
**
** similar: similar_passage() of each sentence with the next (pairs a
** second); similar40: of two sentences with the next two (about 40 words
** a side); the pairs are made before the clock starts, and the line gives
** pairs/s and microseconds a call.
**
** icu-words and icu-sentences are the reference the issues measure against:
** ICU's own word and sentence BreakIterators over the same bodies, read with
** the same SELECT, each decoded from UTF-8 to UTF-16 (the iterators need it)
** and the iterator reused with ubrk_setText(), counting boundaries.
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <sys/resource.h>
#include <sqlite3.h>
#include <unicode/ubrk.h>
#include <unicode/ustring.h>

static unsigned long long rngState = 0x9E3779B97F4A7C15ull;
static unsigned rnd(unsigned n){
  rngState ^= rngState<<13; rngState ^= rngState>>7; rngState ^= rngState<<17;
  return (unsigned)(rngState % n);
}
#define PICK(a) a[rnd(sizeof(a)/sizeof(a[0]))]

static const char *azName[] = {
  "Sahra Abdi", "Gen. Peter Langat", "Dr. Amina Yusuf", "José Álvarez",
  "Mohammed al-Hashemi", "Muhammad al-Hashimi", "Ms. Łucja Nowak",
  "U.S. Ambassador John F. Miller", "Prime Minister Abdurrahman Nuur",
  "Zoë Brontë", "the spokesperson", "Minister Søren Ødegaard" };
static const char *azOrg[] = {
  "the Foreign Ministry", "the Joint Technical Commission (JTC)",
  "the U.N. Security Council", "Reuters", "the Higher Military Commission",
  "Dae’sh", "the European Union", "the Ministry of Water Resources" };
static const char *azPlace[] = {
  "Mogadishu", "Nairobi", "Baghdad", "Erbil", "São Paulo", "Zürich",
  "Kraków", "the Gedo region", "Beled Hawo", "Washington" };
static const char *azVerb[] = {
  "said", "told reporters", "announced", "stressed", "confirmed", "added",
  "noted", "warned", "denied" };
static const char *azClause[] = {
  "the talks would resume next month", "some 2,500 troops remain in the country",
  "about 150 attacks were recorded since December 2021",
  "the agreement was postponed due to recent developments",
  "$240 million had been pledged for the pipeline",
  "the commission focused on assessing the threat",
  "the withdrawal would begin in September 2025",
  "no decision had been taken on the timetable",
  "the announcement was expected on Jan. 5 at No. 10 Downing St.",
  "unemployment rose by 12 percent over the past year" };
static const char *azBoiler[] = {
  "No comments:", "Post a Comment", "Share this", "link",
  "Thursday, August 15, 2024", "By Jane Doe" };

/* Append one article to b. */
static void article(char **pz, size_t *pn, size_t *pcap){
  char buf[1024];
  int nPara = 4 + rnd(6), i, j;
  #define ADD(...) do{ int k = snprintf(buf, sizeof(buf), __VA_ARGS__); \
    if( *pn + k + 1 > *pcap ){ *pcap = (*pcap + k + 1)*2; *pz = realloc(*pz, *pcap); } \
    memcpy(*pz + *pn, buf, k); *pn += k; (*pz)[*pn] = 0; }while(0)
  ADD("%s delays decision on %s talks\n", PICK(azPlace), PICK(azPlace));
  if( rnd(3)==0 ) ADD("%s\n\n", PICK(azBoiler));
  for(i=0; i<nPara; i++){
    for(j=0; j<2+(int)rnd(3); j++){
      switch( rnd(4) ){
        case 0: ADD("%s %s that %s. ", PICK(azName), PICK(azVerb), PICK(azClause)); break;
        case 1: ADD("“We were very close to %s,” %s %s. ", PICK(azClause), PICK(azName), PICK(azVerb)); break;
        case 2: ADD("According to %s, %s in %s. ", PICK(azOrg), PICK(azClause), PICK(azPlace)); break;
        default: ADD("\"Is %s?\" asked %s of %s. ", PICK(azClause), PICK(azName), PICK(azOrg));
      }
    }
    ADD(rnd(2) ? "\n" : "\n\n");
  }
  if( rnd(2)==0 ) ADD("%s\n%s\n", PICK(azBoiler), PICK(azBoiler));
}

static double now(void){
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return ts.tv_sec + ts.tv_nsec/1e9;
}
static long peakMb(void){
  struct rusage ru;
  getrusage(RUSAGE_SELF, &ru);
  return ru.ru_maxrss/1024;
}

/* The ICU reference: every body through one break iterator of type eType;
** returns the number of boundaries, or -1 on an ICU error. */
static long long icuBoundaries(sqlite3 *db, UBreakIteratorType eType){
  UErrorCode st = U_ZERO_ERROR;
  UBreakIterator *pBrk = ubrk_open(eType, "en", 0, 0, &st);
  sqlite3_stmt *pQ = 0;
  UChar *aBuf = 0;
  int32_t nBuf = 0;
  long long nB = 0;
  if( U_FAILURE(st) ) return -1;
  sqlite3_prepare_v2(db, "SELECT body FROM docs", -1, &pQ, 0);
  while( sqlite3_step(pQ)==SQLITE_ROW ){
    const char *z = (const char*)sqlite3_column_text(pQ, 0);
    int n = sqlite3_column_bytes(pQ, 0);
    int32_t nOut = 0;
    if( n+1>nBuf ){ nBuf = 2*n+1; aBuf = realloc(aBuf, nBuf*sizeof(UChar)); }
    st = U_ZERO_ERROR;
    u_strFromUTF8(aBuf, nBuf, &nOut, z, n, &st);
    ubrk_setText(pBrk, aBuf, nOut, &st);
    if( U_FAILURE(st) ){ nB = -1; break; }
    while( ubrk_next(pBrk)!=UBRK_DONE ) nB++;
  }
  sqlite3_finalize(pQ);
  ubrk_close(pBrk);
  free(aBuf);
  return nB;
}

int main(int argc, char **argv){
  sqlite3 *db;
  sqlite3_stmt *pIns, *pQ;
  char *zErr = 0, *z = 0;
  size_t n = 0, cap = 0, total = 0, target;
  double t0, dt;
  long long nRows = 0;
  const char *zSql;
  if( argc<3 ){ fprintf(stderr, "usage: bench EXT FUNCTION [MB]\n"); return 2; }
  target = (size_t)(argc>3 ? atof(argv[3]) : 100) * 1000000;
  if( strcmp(argv[2], "--write")==0 ){      /* bench EXT --write FILE MB */
    FILE *f = fopen(argv[3], "w");
    target = (size_t)(argc>4 ? atof(argv[4]) : 100) * 1000000;
    while( f && total<target ){ n = 0; article(&z, &n, &cap); fwrite(z, 1, n, f); fputc('\f', f); total += n; }
    if( f ) fclose(f);
    free(z);
    return f==0;
  }
  if( strcmp(argv[2], "normalize")==0 ) zSql = "SELECT sum(length(normalize(body))) FROM docs";
  else if( strcmp(argv[2], "sentences")==0 ) zSql = "SELECT count(*) FROM docs, sentences(docs.body) s WHERE length(s.text)>0";
  else if( strcmp(argv[2], "passages")==0 ) zSql = "SELECT count(*) FROM docs, passages(docs.body) p WHERE p.boilerplate>=0";
  else if( strcmp(argv[2], "tokens")==0 ) zSql = "SELECT count(*) FROM docs, tokens(docs.body) t WHERE length(t.norm)+length(t.stem)>0";
  else if( strcmp(argv[2], "tokens1")==0 ) zSql = "SELECT count(*) FROM docs, tokens(docs.body) t WHERE t.start>0";
  else if( strcmp(argv[2], "signature")==0 ) zSql = "SELECT count(*) FROM docs, passages(docs.body) p WHERE length(passage_signature(p.text))>0";
  else if( strcmp(argv[2], "similar")==0 || strcmp(argv[2], "similar40")==0 ) zSql = "SELECT count(*) FROM pairs WHERE similar_passage(a, b)>=0";
  else if( strcmp(argv[2], "icu-words")==0 || strcmp(argv[2], "icu-sentences")==0 ) zSql = 0;
  else if( strcmp(argv[2], "claims")==0 ) zSql = "SELECT count(*) FROM docs, claims(docs.body) c WHERE length(c.content)>0";
  else if( strcmp(argv[2], "entities")==0 ) zSql = "SELECT count(*) FROM docs, entities(docs.body, '2024-08-15') e WHERE length(e.key)>=0";
  else { fprintf(stderr, "bench: unknown function %s\n", argv[2]); return 2; }

  sqlite3_open(":memory:", &db);
  sqlite3_enable_load_extension(db, 1);
  if( sqlite3_load_extension(db, argv[1], 0, &zErr) ){ fprintf(stderr, "%s\n", zErr); return 1; }
  sqlite3_exec(db, "CREATE TABLE docs(body TEXT); BEGIN", 0, 0, 0);
  sqlite3_prepare_v2(db, "INSERT INTO docs VALUES(?)", -1, &pIns, 0);
  while( total<target ){
    n = 0;
    article(&z, &n, &cap);
    sqlite3_bind_text(pIns, 1, z, (int)n, SQLITE_STATIC);
    sqlite3_step(pIns);
    sqlite3_reset(pIns);
    total += n;
  }
  sqlite3_finalize(pIns);
  sqlite3_exec(db, "COMMIT", 0, 0, 0);
  free(z);
  long base = peakMb();

  if( zSql==0 ){
    t0 = now();
    nRows = icuBoundaries(db, argv[2][4]=='w' ? UBRK_WORD : UBRK_SENTENCE);
    dt = now() - t0;
    if( nRows<0 ){ fprintf(stderr, "bench: ICU failed\n"); return 1; }
    printf("%-13s %6.1f MB  %7.2f s  %7.1f MB/s  %10lld rows  peak %ld MB (corpus loaded: %ld MB)\n",
           argv[2], total/1e6, dt, total/1e6/dt, nRows, peakMb(), base);
    sqlite3_close(db);
    return 0;
  }
  if( strncmp(argv[2], "similar", 7)==0 ){
    int b40 = argv[2][7]=='4';
    char *zPairs = sqlite3_mprintf(
      "CREATE TABLE s AS SELECT s.text FROM docs, sentences(docs.body) s WHERE length(s.text)>20;"
      "CREATE TABLE pairs AS SELECT %s FROM s x JOIN s y ON y.rowid=x.rowid+%d %s LIMIT 200000",
      b40 ? "x.text||' '||x2.text AS a, y.text||' '||y2.text AS b" : "x.text AS a, y.text AS b",
      b40 ? 2 : 1,
      b40 ? "JOIN s x2 ON x2.rowid=x.rowid+1 JOIN s y2 ON y2.rowid=y.rowid+1" : "");
    if( sqlite3_exec(db, zPairs, 0, 0, &zErr) ){ fprintf(stderr, "bench: %s\n", zErr); return 1; }
    sqlite3_free(zPairs);
  }
  sqlite3_prepare_v2(db, zSql, -1, &pQ, 0);
  t0 = now();
  if( sqlite3_step(pQ)==SQLITE_ROW ) nRows = sqlite3_column_int64(pQ, 0);
  dt = now() - t0;
  if( sqlite3_errcode(db)!=SQLITE_OK && sqlite3_errcode(db)!=SQLITE_ROW ){
    fprintf(stderr, "bench: %s\n", sqlite3_errmsg(db));
    return 1;
  }
  sqlite3_finalize(pQ);
  if( strncmp(argv[2], "similar", 7)==0 ){
    printf("%-13s %8lld pairs  %7.2f s  %9.0f pairs/s  %6.1f us a call  peak %ld MB\n",
           argv[2], nRows, dt, nRows/dt, dt*1e6/(nRows ? nRows : 1), peakMb());
    sqlite3_close(db);
    return 0;
  }
  printf("%-13s %6.1f MB  %7.2f s  %7.1f MB/s  %10lld rows  peak %ld MB (corpus loaded: %ld MB)\n",
         argv[2], total/1e6, dt, total/1e6/dt, nRows, peakMb(), base);
  sqlite3_close(db);
  return 0;
}
