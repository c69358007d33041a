/*
** bench_index: build a passage_index over N generated passages and list
** every pair above a threshold, through the real SQLite API.
**
**   bench_index EXT N [THRESHOLD] [--write FILE] [--db FILE]
**   bench_index EXT N --query FILE
**
** Passages are 25-50 words drawn from a Zipf distribution over a 100,000
** word synthetic vocabulary (news-like: a few words everywhere, most rare).
** 5% are planted near-duplicates of an earlier passage: a share of their
** words replaced or dropped, so that their word-set Jaccard similarity is
** spread over [0.5, 1].  Prints build and pair times, passages/s, peak RSS
** and the recall of planted pairs whose true Jaccard is >= 0.5.
** --write saves the passages (one per line) and the planted pairs for a
** peer tool (FILE and FILE.pairs).  --db builds the index in database
** FILE (made anew) instead of in memory.  --query opens FILE in this
** fresh process and times MATCH ... AND k = 10 with 20 of the same
** generated passages (the first from a cold connection, then the median),
** one INSERT, and the MATCH after it; peak RSS is this process's.
*/
#define _POSIX_C_SOURCE 200809L
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <math.h>
#include <time.h>
#include <sys/resource.h>
#include <sqlite3.h>

#define VOCAB 100000
#define MAXW 60

static unsigned long long rng = 0x2545F4914F6CDD1Dull;
static unsigned long long next64(void){
  rng ^= rng<<13; rng ^= rng>>7; rng ^= rng<<17;
  return rng;
}
static double unif(void){ return (next64()>>11) * (1.0/9007199254740992.0); }

static char azWord[VOCAB][12];
static double aCdf[VOCAB];

static void makeVocab(void){
  static const char *syl[] = {"ka","lo","mi","ra","tu","ne","si","po","da","ve",
                              "zu","ga","ri","mo","te","la","shi","bo","ne","qua"};
  double sum = 0;
  int i;
  for(i=0; i<VOCAB; i++){
    int n = 2 + (int)(next64()%3), k;
    azWord[i][0] = 0;
    for(k=0; k<n; k++) strcat(azWord[i], syl[next64()%20]);
    /* make every word unique with a numeric-free suffix letter pair */
    azWord[i][strlen(azWord[i])] = 0;
    sum += 1.0/pow(i+1, 0.9);
    aCdf[i] = sum;
  }
  for(i=0; i<VOCAB; i++) aCdf[i] /= sum;
}

static int zipf(void){
  double u = unif();
  int lo = 0, hi = VOCAB-1;
  while( lo<hi ){ int mid = (lo+hi)/2; if( aCdf[mid]<u ) lo = mid+1; else hi = mid; }
  return lo;
}

typedef struct Passage { int n; int w[MAXW]; } Passage;

static double jaccard(const Passage *a, const Passage *b){
  int i, j, inter = 0, na = 0, nb = 0;
  /* sets: count distinct */
  for(i=0; i<a->n; i++){ int d = 0; for(j=0; j<i; j++) d |= a->w[j]==a->w[i]; if(!d){ na++; for(j=0;j<b->n;j++) if(b->w[j]==a->w[i]){ inter++; break; } } }
  for(i=0; i<b->n; i++){ int d = 0; for(j=0; j<i; j++) d |= b->w[j]==b->w[i]; if(!d) nb++; }
  return (double)inter/(na+nb-inter);
}

static void render(const Passage *p, char *z){
  int i;
  z[0] = 0;
  for(i=0; i<p->n; i++){ strcat(z, azWord[p->w[i]]); strcat(z, i+1<p->n ? " " : "."); }
}

static double now(void){
  struct timespec ts; clock_gettime(CLOCK_MONOTONIC, &ts);
  return ts.tv_sec + ts.tv_nsec/1e9;
}
static long peakMb(void){
  struct rusage ru; getrusage(RUSAGE_SELF, &ru); return ru.ru_maxrss/1024;
}

/* One MATCH ... k = 10 of passage i: its time in ms. */
static double matchOnce(sqlite3 *db, const Passage *p, int *pnHit,
                        int iWant, int *pbWant){
  sqlite3_stmt *pStmt = 0;
  char zText[MAXW*14];
  double t0 = now();
  render(p, zText);
  sqlite3_prepare_v2(db, "SELECT rowid FROM pidx WHERE pidx MATCH ? AND k = 10",
                     -1, &pStmt, 0);
  sqlite3_bind_text(pStmt, 1, zText, -1, SQLITE_STATIC);
  *pnHit = 0;
  *pbWant = 0;
  while( sqlite3_step(pStmt)==SQLITE_ROW ){
    (*pnHit)++;
    if( sqlite3_column_int(pStmt, 0)==iWant ) *pbWant = 1;
  }
  if( sqlite3_finalize(pStmt)!=SQLITE_OK ){
    fprintf(stderr, "%s\n", sqlite3_errmsg(db));
    exit(1);
  }
  return (now()-t0)*1000.0;
}

static int cmpDouble(const void *a, const void *b){
  double x = *(const double*)a, y = *(const double*)b;
  return x<y ? -1 : x>y;
}

/* Resident memory now, in MB (/proc/self/statm). */
static double rssMb(void){
  long nPage = 0, nRes = 0;
  FILE *f = fopen("/proc/self/statm", "r");
  if( f ){
    if( fscanf(f, "%ld %ld", &nPage, &nRes)!=2 ) nRes = 0;
    fclose(f);
  }
  return nRes * 4096.0 / 1048576.0;
}

static int queryBench(const char *zExt, const char *zFile, const Passage *aP,
                      int N){
  double rss0 = rssMb();
  sqlite3 *db;
  char *zErr = 0, zText[MAXW*14];
  double aMs[20], tFirst, tAfter;
  int i, nHit = 0, nHits = 0, bWant = 0;
  sqlite3_stmt *pStmt = 0;
  if( sqlite3_open_v2(zFile, &db, SQLITE_OPEN_READWRITE, 0) ) return 1;
  sqlite3_enable_load_extension(db, 1);
  if( sqlite3_load_extension(db, zExt, 0, &zErr) ){ fprintf(stderr, "%s\n", zErr); return 1; }
  tFirst = matchOnce(db, &aP[N/2], &nHit, -1, &bWant);
  nHits += nHit;
  for(i=0; i<20; i++){
    aMs[i] = matchOnce(db, &aP[(int)((i*7919LL) % N)], &nHit, -1, &bWant);
    nHits += nHit;
  }
  qsort(aMs, 20, sizeof(double), cmpDouble);
  render(&aP[3], zText);
  sqlite3_prepare_v2(db, "INSERT INTO pidx(rowid, text) VALUES(?, ?)", -1, &pStmt, 0);
  sqlite3_bind_int(pStmt, 1, N + 1);
  sqlite3_bind_text(pStmt, 2, zText, -1, SQLITE_STATIC);
  if( sqlite3_step(pStmt)!=SQLITE_DONE ){ fprintf(stderr, "%s\n", sqlite3_errmsg(db)); return 1; }
  sqlite3_finalize(pStmt);
  tAfter = matchOnce(db, &aP[3], &nHit, N + 1, &bWant);
  printf("MATCH k=10 on %d passages, fresh process: first %.1f ms, median %.1f ms, "
         "after one INSERT %.1f ms (%d rows, the new one among them: %s); "
         "resident memory of the connection (extension, ICU data, SQLite's cache): "
         "%.0f MB, SQLite's own high-water %.1f MB\n", N, tFirst, (aMs[9]+aMs[10])/2,
         tAfter, nHit, bWant ? "yes" : "no", rssMb() - rss0,
         sqlite3_memory_highwater(0)/1048576.0);
  sqlite3_exec(db, "DELETE FROM pidx WHERE rowid = (SELECT max(id) FROM pidx_sig)", 0, 0, 0);
  sqlite3_close(db);
  (void)nHits;
  return 0;
}

int main(int argc, char **argv){
  int N, i, nPlanted = 0, nPlanted50 = 0, nFound50 = 0;
  double threshold = 0.5, t0, tBuild, tPairs;
  Passage *aP;
  int *aSrc;                     /* planted: index of the source, or -1 */
  double *aJ;
  char zText[MAXW*14];
  const char *zFile = 0, *zDb = ":memory:", *zQuery = 0;
  sqlite3 *db;
  sqlite3_stmt *pStmt;
  char *zErr = 0;
  long nPairs = 0;
  unsigned char *aSeen;
  if( argc<3 ){ fprintf(stderr, "usage: bench_index EXT N [THRESHOLD] [--write FILE]\n"); return 2; }
  N = atoi(argv[2]);
  for(i=3; i<argc; i++){
    if( strcmp(argv[i], "--write")==0 && i+1<argc ) zFile = argv[++i];
    else if( strcmp(argv[i], "--db")==0 && i+1<argc ) zDb = argv[++i];
    else if( strcmp(argv[i], "--query")==0 && i+1<argc ) zQuery = argv[++i];
    else threshold = atof(argv[i]);
  }
  makeVocab();
  aP = malloc(sizeof(Passage)*(size_t)N);
  aSrc = malloc(sizeof(int)*(size_t)N);
  aJ = malloc(sizeof(double)*(size_t)N);
  aSeen = calloc((size_t)N, 1);
  for(i=0; i<N; i++){
    aSrc[i] = -1;
    if( i>100 && next64()%20==0 ){        /* a planted near-duplicate */
      int s = (int)(next64()%(unsigned)i), k;
      double f = unif()*0.3;             /* share of words changed */
      aP[i] = aP[s];
      for(k=0; k<aP[i].n; k++){
        if( unif()<f ) aP[i].w[k] = zipf();
      }
      if( next64()%2 && aP[i].n>20 ) aP[i].n -= (int)(unif()*aP[i].n*0.15);
      aSrc[i] = s;
      aJ[i] = jaccard(&aP[s], &aP[i]);
      nPlanted++;
      if( aJ[i]>=0.5 ) nPlanted50++;
    }else{
      int k;
      aP[i].n = 25 + (int)(next64()%26);
      for(k=0; k<aP[i].n; k++) aP[i].w[k] = zipf();
    }
  }
  if( zFile ){
    FILE *f = fopen(zFile, "w");
    char zPairs[1024];
    FILE *g;
    snprintf(zPairs, sizeof(zPairs), "%s.pairs", zFile);
    g = fopen(zPairs, "w");
    if( !f || !g ) return 1;
    for(i=0; i<N; i++){
      render(&aP[i], zText);
      fprintf(f, "%s\n", zText);
      if( aSrc[i]>=0 ) fprintf(g, "%d %d %.4f\n", aSrc[i], i, aJ[i]);
    }
    fclose(f); fclose(g);
    return 0;
  }

  if( zQuery ) return queryBench(argv[1], zQuery, aP, N);
  if( strcmp(zDb, ":memory:")!=0 ) remove(zDb);
  sqlite3_open(zDb, &db);
  sqlite3_enable_load_extension(db, 1);
  if( sqlite3_load_extension(db, argv[1], 0, &zErr) ){ fprintf(stderr, "%s\n", zErr); return 1; }
  t0 = now();
  sqlite3_exec(db, "CREATE VIRTUAL TABLE pidx USING passage_index(); BEGIN", 0, 0, 0);
  sqlite3_prepare_v2(db, "INSERT INTO pidx(rowid, text) VALUES(?, ?)", -1, &pStmt, 0);
  for(i=0; i<N; i++){
    render(&aP[i], zText);
    sqlite3_bind_int(pStmt, 1, i);
    sqlite3_bind_text(pStmt, 2, zText, -1, SQLITE_STATIC);
    if( sqlite3_step(pStmt)!=SQLITE_DONE ){ fprintf(stderr, "%s\n", sqlite3_errmsg(db)); return 1; }
    sqlite3_reset(pStmt);
  }
  sqlite3_finalize(pStmt);
  sqlite3_exec(db, "COMMIT", 0, 0, 0);
  tBuild = now()-t0;

  t0 = now();
  sqlite3_prepare_v2(db, "SELECT a, b FROM passage_pairs('pidx', ?)", -1, &pStmt, 0);
  sqlite3_bind_double(pStmt, 1, threshold);
  while( sqlite3_step(pStmt)==SQLITE_ROW ){
    int a = sqlite3_column_int(pStmt, 0), b = sqlite3_column_int(pStmt, 1);
    nPairs++;
    if( aSrc[b]==a && !aSeen[b] ){ aSeen[b] = 1; if( aJ[b]>=0.5 ) nFound50++; }
  }
  if( sqlite3_finalize(pStmt)!=SQLITE_OK ){ fprintf(stderr, "%s\n", sqlite3_errmsg(db)); return 1; }
  tPairs = now()-t0;
  printf("passage_index %8d passages: build %6.1f s (%7.0f passages/s), all pairs >= %.2f %6.1f s,"
         " total %6.1f s, %ld pairs, recall %.3f of %d planted pairs with J>=0.5, peak %ld MB\n",
         N, tBuild, N/tBuild, threshold, tPairs, tBuild+tPairs, nPairs,
         nPlanted50 ? (double)nFound50/nPlanted50 : 1.0, nPlanted50, peakMb());
  sqlite3_close(db);
  (void)nPlanted;
  return 0;
}
