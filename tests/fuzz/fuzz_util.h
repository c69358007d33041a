/* Shared by the fuzz targets, without SQLite: failing with a message,
** the time check, the shape of the input (header line, pairs) and the
** checks of date and time values.
**
** Time check (fuzzTimer*): a call over n input bytes may use
**     FUZZ_BUDGET_MS (default 100) ms + FUZZ_BUDGET_NS_PER_BYTE (default
**     20000) ns per byte
** of the fuzzing thread's CPU time (so a busy machine does not count),
** i.e. 21 s for a 1 MiB input.  A CPU-time timer (timer_create on
** CLOCK_THREAD_CPUTIME_ID) fires when the budget is spent and aborts with
** "fuzz: too slow: ...", while the slow call is still on the stack.  With
** ASan+UBSan and coverage instrumentation, the linear versions of
** entities() and claims() take 0.9 to 4.1 us per byte on 1 MB of each
** seed shape (the same at 250 KB), so a linear function meets the budget
** with a margin of 5 or more; the quadratic claims() took 225 s on the
** 1 MB quotes seed, 10 times the budget.  Models are built on first
** use, so each target runs once on a small sample, unchecked, before the
** first input (fuzzWarmUp).  FUZZ_BUDGET_MS=0 turns the check off; FUZZ_VERBOSE=1
** prints the CPU time of every call. */
#ifndef FUZZ_UTIL_H
#define FUZZ_UTIL_H
#ifndef _GNU_SOURCE
# define _GNU_SOURCE     /* clock_gettime(), timer_create(), SIGEV_THREAD_ID */
#endif
#include <stdint.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <signal.h>
#include <unistd.h>
#include <sys/syscall.h>

/* Stop the run with a message: libFuzzer reports abort() as a crash and
** saves the input. */
static void fuzzFail(const char *zWhat, const char *zDetail){
  fprintf(stderr, "fuzz: %s%s%s\n", zWhat, zDetail ? ": " : "",
          zDetail ? zDetail : "");
  abort();
}

/* ------------------------------------------------------- time check */

static int64_t fuzzCpuNs(void){
  struct timespec t;
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
  return (int64_t)t.tv_sec*1000000000 + t.tv_nsec;
}

static int64_t fuzzEnvInt(const char *zName, int64_t iDefault){
  const char *z = getenv(zName);
  return z && z[0] ? strtoll(z, 0, 10) : iDefault;
}

/* The budget in ns for an input of n bytes (0: no check). */
static int64_t fuzzBudgetNs(size_t n){
  static int64_t iMs = -1, iPerByte = -1;
  if( iMs<0 ){
    iMs = fuzzEnvInt("FUZZ_BUDGET_MS", 100);
    iPerByte = fuzzEnvInt("FUZZ_BUDGET_NS_PER_BYTE", 20000);
  }
  if( iMs==0 ) return 0;
  return iMs*1000000 + iPerByte*(int64_t)n;
}

/* Non-zero while the warm-up call runs: no time check then. */
static int *fuzzWarming(void){
  static int bWarming = 0;
  return &bWarming;
}

/* Run xOne once on zSample, unchecked, before the first real input: the
** models it builds on first use would otherwise count against it. */
static void fuzzWarmUp(int (*xOne)(const uint8_t*, size_t),
                       const char *zSample){
  static int bDone = 0;
  if( bDone ) return;
  bDone = 1;
  *fuzzWarming() = 1;
  xOne((const uint8_t*)zSample, strlen(zSample));
  *fuzzWarming() = 0;
}

/* The CPU timer of the fuzzing thread: it fires while a call that went
** past its budget is still running (a quadratic call on 1 MiB would run
** for minutes), so the report shows where it was stuck. */
typedef struct FuzzTimer FuzzTimer;
struct FuzzTimer {
  int bInit;
  timer_t id;
  char zMsg[160];      /* what the signal handler writes */
};
static FuzzTimer *fuzzTimer(void){
  static FuzzTimer t;
  return &t;
}

static void fuzzOnBudget(int sig){
  FuzzTimer *t = fuzzTimer();
  (void)sig;
  if( write(2, t->zMsg, strlen(t->zMsg))<0 ){ /* nothing to do */ }
  abort();
}

/* Arm the timer for budget ns of this thread's CPU time (0: disarm). */
static void fuzzTimerArm(int64_t budget){
  FuzzTimer *t = fuzzTimer();
  struct itimerspec its;
  if( !t->bInit ){
    struct sigevent sev;
    struct sigaction sa;
    memset(&sa, 0, sizeof(sa));
    sa.sa_handler = fuzzOnBudget;
    sigaction(SIGRTMIN+3, &sa, 0);
    memset(&sev, 0, sizeof(sev));
    sev.sigev_notify = SIGEV_THREAD_ID;
    sev.sigev_signo = SIGRTMIN+3;
    sev._sigev_un._tid = (pid_t)syscall(SYS_gettid);
    if( timer_create(CLOCK_THREAD_CPUTIME_ID, &sev, &t->id) ){
      fuzzFail("timer_create", 0);
    }
    t->bInit = 1;
  }
  memset(&its, 0, sizeof(its));
  its.it_value.tv_sec = budget/1000000000;
  its.it_value.tv_nsec = budget%1000000000;
  timer_settime(t->id, 0, &its, 0);
}

/* Start of a timed call of zWhat over n input bytes. */
static int64_t fuzzTimerStart(size_t n, const char *zWhat){
  int64_t budget = *fuzzWarming() ? 0 : fuzzBudgetNs(n);
  snprintf(fuzzTimer()->zMsg, sizeof(fuzzTimer()->zMsg),
           "fuzz: too slow: %s used more than %.3f s of CPU on %zu bytes "
           "(FUZZ_BUDGET_MS + FUZZ_BUDGET_NS_PER_BYTE*n): not linear?\n",
           zWhat, budget/1e9, n);
  fuzzTimerArm(budget);
  return fuzzCpuNs();
}

/* End of the timed call: disarm; FUZZ_VERBOSE=1 prints the time. */
static void fuzzTimerCheck(int64_t t0, size_t n, const char *zWhat){
  int64_t dt = fuzzCpuNs() - t0;
  fuzzTimerArm(0);
  if( fuzzEnvInt("FUZZ_VERBOSE", 0) ){
    fprintf(stderr, "fuzz: %s: %zu bytes, %.3f s CPU, %.3f us/byte\n",
            zWhat, n, dt/1e9, n ? dt/1e3/(double)n : 0.0);
  }
}

/* ------------------------------------------------------ input shape */

/* Is z[0..n) valid UTF-8 without NUL?  (Then the extension sees exactly
** these characters, and substr() on the input can check its offsets.) */
static int fuzzIsCleanUtf8(const uint8_t *z, size_t n){
  size_t i = 0;
  while( i<n ){
    uint8_t c = z[i];
    size_t k, len;
    uint32_t cp;
    if( c==0 ) return 0;
    if( c<0x80 ){ i++; continue; }
    if( c>=0xC2 && c<=0xDF ){ len = 2; cp = c & 0x1F; }
    else if( c>=0xE0 && c<=0xEF ){ len = 3; cp = c & 0x0F; }
    else if( c>=0xF0 && c<=0xF4 ){ len = 4; cp = c & 0x07; }
    else return 0;
    if( i+len>n ) return 0;
    for(k=1; k<len; k++){
      if( (z[i+k] & 0xC0)!=0x80 ) return 0;
      cp = (cp<<6) | (z[i+k] & 0x3F);
    }
    if( (len==3 && cp<0x800) || (len==4 && (cp<0x10000 || cp>0x10FFFF))
     || (cp>=0xD800 && cp<=0xDFFF) ) return 0;
    i += len;
  }
  return 1;
}

/* Character offsets of a clean UTF-8 text, to check the 1-based
** character offsets the functions return without substr() (which walks
** the text from its start on every call: quadratic over many rows). */
typedef struct FuzzChars FuzzChars;
struct FuzzChars {
  const uint8_t *z;
  size_t *aByte;     /* aByte[i]: byte offset of character i; [nChar] = n */
  int64_t nChar;     /* -1: not clean UTF-8, no checks */
};

static void fuzzCharsInit(FuzzChars *p, const uint8_t *z, size_t n){
  size_t i;
  p->z = z;
  p->aByte = 0;
  p->nChar = -1;
  if( !fuzzIsCleanUtf8(z, n) ) return;
  p->aByte = malloc((n+1)*sizeof(size_t));
  if( p->aByte==0 ) fuzzFail("out of memory", 0);
  p->nChar = 0;
  for(i=0; i<n; i++){
    if( (z[i] & 0xC0)!=0x80 ) p->aByte[p->nChar++] = i;
  }
  p->aByte[p->nChar] = n;
}

static void fuzzCharsFree(FuzzChars *p){
  free(p->aByte);
  p->aByte = 0;
}

/* Are characters [iStart, iStart+nLen) (1-based) inside the text, and,
** if zCol is not NULL, exactly the nCol bytes zCol?  Returns 0 if so (or
** when the text is not clean UTF-8), else why not. */
static const char *fuzzCharsCheck(const FuzzChars *p, int64_t iStart,
                                  int64_t nLen, const void *zCol,
                                  int nCol){
  size_t a, b;
  if( p->nChar<0 ) return 0;
  if( iStart<1 || nLen<0 || iStart-1+nLen>p->nChar ){
    return "offsets outside the text";
  }
  if( zCol==0 ) return 0;
  a = p->aByte[iStart-1];
  b = p->aByte[iStart-1+nLen];
  if( b-a!=(size_t)nCol || memcmp(p->z+a, zCol, b-a)!=0 ){
    return "the text at the row's offsets is not the row's text";
  }
  return 0;
}

/* The first line of the input (at most 40 bytes before a '\n') is a
** header, the rest is the text.  Without a '\n' there, no header. */
static void fuzzSplitHeader(const uint8_t *data, size_t size,
                            const uint8_t **pzHdr, size_t *pnHdr,
                            const uint8_t **pzText, size_t *pnText){
  size_t nScan = size<41 ? size : 41;
  const uint8_t *pNl = memchr(data, '\n', nScan);
  if( pNl ){
    *pzHdr = data; *pnHdr = (size_t)(pNl-data);
    *pzText = pNl+1; *pnText = size - *pnHdr - 1;
  }else{
    *pzHdr = 0; *pnHdr = 0;
    *pzText = data; *pnText = size;
  }
}

/* Cut z[0..n) at the first byte c: part one in (*pz, *pn), the rest
** after c returned in (*pzRest, *pnRest) (NULL when no c). */
static void fuzzCut(const uint8_t *z, size_t n, uint8_t c,
                    const uint8_t **pzRest, size_t *pnRest, size_t *pn){
  const uint8_t *p = z ? memchr(z, c, n) : 0;
  if( p ){
    *pn = (size_t)(p-z);
    *pzRest = p+1;
    *pnRest = n - *pn - 1;
  }else{
    *pn = n;
    *pzRest = 0;
    *pnRest = 0;
  }
}

/* Two texts: split at the first 0x1E (record separator), else in the
** middle, as fuzz_pair.h does for the core targets. */
static void fuzzSplitPair(const uint8_t *data, size_t size,
                          const uint8_t **pzA, size_t *pnA,
                          const uint8_t **pzB, size_t *pnB){
  const uint8_t *pSep = memchr(data, 0x1E, size);
  *pzA = data;
  *pnA = pSep ? (size_t)(pSep-data) : size/2;
  *pnB = size - *pnA - (pSep ? 1 : 0);
  *pzB = data + size - *pnB;
}

/* The reference date a header line asks for, in zOut (NUL-terminated);
** returns 0 for none (bind NULL).
**   no header           none
**   "@" + 4 bytes       a random real date of years 0001..9999 from them
**   "@" + fewer         0001-01-01 (even count) or 9999-12-31 (odd)
**   anything else       the header as written: "2024-08-15", but also
**                       "2024- 8- 5", "2024-02-30", "0000-00-00", junk */
static int fuzzRefDate(const uint8_t *zHdr, size_t nHdr, char *zOut,
                       size_t nOut){
  static const int aDays[] = {31,28,31,30,31,30,31,31,30,31,30,31};
  if( zHdr==0 ) return 0;
  if( nHdr>=1 && zHdr[0]=='@' ){
    if( nHdr>=5 ){
      int y = 1 + ((zHdr[1]<<8) | zHdr[2]) % 9999;
      int m = 1 + zHdr[3] % 12;
      int nDay = aDays[m-1]
               + (m==2 && ((y%4==0 && y%100!=0) || y%400==0));
      snprintf(zOut, nOut, "%04d-%02d-%02d", y, m, 1 + zHdr[4] % nDay);
    }else{
      snprintf(zOut, nOut, "%s", (nHdr%2) ? "9999-12-31" : "0001-01-01");
    }
  }else{
    snprintf(zOut, nOut, "%.*s", (int)nHdr, (const char*)zHdr);
  }
  return 1;
}

/* Is z a value entities() may give a DATE: D, D/D or D/.. where D is
** YYYY, YYYY-MM, YYYY-MM-DD (a real day), YYYY-Www or YYYY-Www-WE (a
** weekend), years 0001..9999?
** Returns 0 when it is, else why not. */
static int fuzzDigits(const char *z, int n){
  int i;
  for(i=0; i<n; i++) if( z[i]<'0' || z[i]>'9' ) return 0;
  return 1;
}
static const char *fuzzDatePart(const char *z, const char **pzEnd){
  static const int aDays[] = {31,28,31,30,31,30,31,31,30,31,30,31};
  int y, m, d;
  if( !fuzzDigits(z, 4) ) return "year is not 4 digits";
  y = atoi(z);
  if( y<1 || y>9999 ) return "year outside 0001..9999";
  z += 4;
  if( z[0]=='-' && z[1]=='W' ){
    if( !fuzzDigits(z+2, 2) ) return "week is not 2 digits";
    if( atoi(z+2)<1 || atoi(z+2)>53 ) return "week outside 1..53";
    *pzEnd = z+4;
    if( z[4]=='-' && z[5]=='W' && z[6]=='E' ) *pzEnd = z+7;
    return 0;
  }
  if( z[0]=='-' ){
    if( !fuzzDigits(z+1, 2) ) return "month is not 2 digits";
    m = atoi(z+1);
    if( m<1 || m>12 ) return "month outside 1..12";
    z += 3;
    if( z[0]=='-' ){
      if( !fuzzDigits(z+1, 2) ) return "day is not 2 digits";
      d = atoi(z+1);
      if( d<1 || d>aDays[m-1]+(m==2 && ((y%4==0 && y%100!=0) || y%400==0)) ){
        return "not a real day";
      }
      z += 3;
    }
  }
  *pzEnd = z;
  return 0;
}
static const char *fuzzCheckDateValue(const char *z){
  const char *zWhy, *zEnd = z;
  if( z==0 ) return 0;                     /* NULL: unresolved, allowed */
  if( (zWhy = fuzzDatePart(z, &zEnd))!=0 ) return zWhy;
  if( zEnd[0]==0 ) return 0;
  if( zEnd[0]!='/' ) return "junk after the date";
  if( strcmp(zEnd, "/..")==0 ) return 0;
  if( (zWhy = fuzzDatePart(zEnd+1, &zEnd))!=0 ) return zWhy;
  return zEnd[0] ? "junk after the interval" : 0;
}

/* What nwDateParse() and entities() may accept as a reference date:
** exactly YYYY-MM-DD, then nothing or a
** time after 'T' or ' ' (a digit first).  Returns 0, or why not. */
static const char *fuzzCheckRefDate(const char *z){
  int i;
  for(i=0; i<10; i++){
    if( i==4 || i==7 ){
      if( z[i]!='-' ) return "no '-' at offset 4 or 7";
    }else if( z[i]<'0' || z[i]>'9' ){
      return "not YYYY-MM-DD (a digit expected)";
    }
  }
  if( z[10]==0 ) return 0;
  if( (z[10]!='T' && z[10]!=' ') || z[11]<'0' || z[11]>'9' ){
    return "junk after the date";
  }
  return 0;
}

/* HH:MM, 00..23 and 00..59. */
static const char *fuzzCheckTimeValue(const char *z){
  if( z==0 ) return 0;
  if( strlen(z)!=5 || !fuzzDigits(z, 2) || z[2]!=':' || !fuzzDigits(z+3, 2) ){
    return "time is not HH:MM";
  }
  if( atoi(z)>23 || atoi(z+3)>59 ) return "time out of range";
  return 0;
}

/* The TimeML forms of a TIMEX3 value (the timex column; the value column
** of the forms issue 12 added), by type: DATE 2024-08-15 | 2024-08 | 2024
** | 2024-W32 | 2013-Q1 | 2013-H1 | 2024-SU | 199X | PRESENT_REF |
** PAST_REF | FUTURE_REF | 2024-08-15TNI; TIME (YYYY-MM-DD|XXXX-XX-XX)T
** (HH:MM|MO|AF|EV|NI); DURATION P3Y | PT2H | P1.5D | PXM | PXDE | PXCE;
** SET a duration, XXXX-WXX-1..7 | XXXX-WXX-WE | XXXX-WXX-WD | XXXX-MM |
** XXXX-SU | XXXX-XX-XXTMO.  Returns 0, or why not. */
static int fuzzPartOfDay(const char *z){
  return strcmp(z, "MO")==0 || strcmp(z, "AF")==0 || strcmp(z, "EV")==0
      || strcmp(z, "NI")==0;
}
static int fuzzSeason(const char *z){
  return strcmp(z, "SP")==0 || strcmp(z, "SU")==0 || strcmp(z, "FA")==0
      || strcmp(z, "WI")==0;
}
static const char *fuzzCheckDuration(const char *z){
  const char *p = z+1;
  if( z[0]!='P' ) return "duration does not start with P";
  if( strcmp(p, "XDE")==0 || strcmp(p, "XCE")==0 ) return 0;
  if( *p=='T' ) p++;
  if( *p=='X' ) p++;
  else{
    if( *p<'0' || *p>'9' ) return "duration without a count";
    while( (*p>='0' && *p<='9') || *p=='.' ) p++;
  }
  if( p[0]==0 || p[1]!=0 || strchr("SMHDWQY", p[0])==0 ) return "duration unit";
  return 0;
}
static const char *fuzzCheckTimex(const char *zType, const char *z){
  const char *zEnd = z, *zWhy;
  if( z==0 || zType==0 ) return 0;
  if( strcmp(zType, "DATE")==0 ){
    if( strcmp(z, "PRESENT_REF")==0 || strcmp(z, "PAST_REF")==0
     || strcmp(z, "FUTURE_REF")==0 ) return 0;
    if( strlen(z)==4 && fuzzDigits(z, 3) && z[3]=='X' ) return 0;
    if( fuzzDigits(z, 4) && z[4]=='-' && (z[5]=='Q' || z[5]=='H') ){
      int y = atoi(z);
      if( y<1 || y>9999 ) return "year outside 0001..9999";
      if( z[6]<'1' || z[6]>(z[5]=='Q' ? '4' : '2') || z[7] ) return "quarter or half";
      return 0;
    }
    if( fuzzDigits(z, 4) && z[4]=='-' && fuzzSeason(z+5) ){
      return atoi(z)<1 ? "year outside 0001..9999" : 0;
    }
    if( (zWhy = fuzzDatePart(z, &zEnd))!=0 ) return zWhy;
    if( zEnd[0]==0 ) return 0;
    if( zEnd-z==10 && zEnd[0]=='T' && fuzzPartOfDay(zEnd+1) ) return 0;
    return "junk after the date";
  }
  if( strcmp(zType, "TIME")==0 ){
    if( strncmp(z, "XXXX-XX-XX", 10)==0 ) zEnd = z+10;
    else if( (zWhy = fuzzDatePart(z, &zEnd))!=0 ) return zWhy;
    if( zEnd-z!=10 || zEnd[0]!='T' ) return "time without its day";
    if( fuzzPartOfDay(zEnd+1) ) return 0;
    return fuzzCheckTimeValue(zEnd+1);
  }
  if( strcmp(zType, "DURATION")==0 ) return fuzzCheckDuration(z);
  if( strcmp(zType, "SET")==0 ){
    if( z[0]=='P' ) return fuzzCheckDuration(z);
    if( strncmp(z, "XXXX-WXX-", 9)==0 ){
      if( (z[9]>='1' && z[9]<='7' && z[10]==0) || strcmp(z+9, "WE")==0
       || strcmp(z+9, "WD")==0 ) return 0;
      return "weekday of a set";
    }
    if( strncmp(z, "XXXX-XX-XXT", 11)==0 ) return fuzzPartOfDay(z+11) ? 0 : "part of day";
    if( strncmp(z, "XXXX-", 5)==0 ){
      if( fuzzSeason(z+5) ) return 0;
      if( fuzzDigits(z+5, 2) && z[7]==0 && atoi(z+5)>=1 && atoi(z+5)<=12 ) return 0;
    }
    return "not a set";
  }
  return "a timex on a type that has none";
}

#endif
