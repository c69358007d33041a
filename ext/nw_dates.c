/*
** nw_dates.c: calendar arithmetic and the values of date, time and number
** expressions.  The expressions are found by the entity scanner
** (nw_entities.c); this file only interprets the text of each.
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <ctype.h>
#include "nw_dates.h"

/* ------------------------------------------------------------ calendar */

static int isLeap(int y){ return (y%4==0 && y%100!=0) || y%400==0; }

static int daysInMonth(int y, int m){
  static const int a[] = {31,28,31,30,31,30,31,31,30,31,30,31};
  return m==2 && isLeap(y) ? 29 : a[m-1];
}

int nwDateValid(int y, int m, int d){
  return y>=1 && y<=9999 && m>=1 && m<=12 && d>=1 && d<=daysInMonth(y, m);
}

/* Days since 1970-01-01 (H. Hinnant's days_from_civil). */
static long daysFromCivil(int y, int m, int d){
  long era, yoe, doy, doe;
  y -= m<=2;
  era = (y>=0 ? y : y-399) / 400;
  yoe = y - era*400;
  doy = (153*(m + (m>2 ? -3 : 9)) + 2)/5 + d-1;
  doe = yoe*365 + yoe/4 - yoe/100 + doy;
  return era*146097 + doe - 719468;
}

static NwDate civilFromDays(long z){
  NwDate r;
  long era, doe, yoe, doy, mp;
  z += 719468;
  era = (z>=0 ? z : z-146096) / 146097;
  doe = z - era*146097;
  yoe = (doe - doe/1460 + doe/36524 - doe/146096) / 365;
  doy = doe - (365*yoe + yoe/4 - yoe/100);
  mp = (5*doy + 2)/153;
  r.d = (int)(doy - (153*mp+2)/5 + 1);
  r.m = (int)(mp<10 ? mp+3 : mp-9);
  r.y = (int)(yoe + era*400 + (r.m<=2));
  return r;
}

/* 1 = Monday ... 7 = Sunday */
static int weekday(long days){
  long w = (days + 3) % 7;       /* 1970-01-01 was a Thursday */
  if( w<0 ) w += 7;
  return (int)w + 1;
}

static NwDate addDays(const NwDate *p, long n){
  return civilFromDays(daysFromCivil(p->y, p->m, p->d) + n);
}

static NwDate addMonths(const NwDate *p, int n){
  NwDate r = *p;
  int m0 = r.y*12 + (r.m-1) + n;
  r.y = m0/12;
  r.m = m0%12 + 1;
  if( r.d>daysInMonth(r.y, r.m) ) r.d = daysInMonth(r.y, r.m);
  return r;
}

/* "2024-W32": the ISO week of a date. */
static void isoWeek(const NwDate *p, char *zOut, size_t nOut){
  long days = daysFromCivil(p->y, p->m, p->d);
  NwDate thu = civilFromDays(days - weekday(days) + 4);  /* its Thursday */
  long jan1 = daysFromCivil(thu.y, 1, 1);
  int week = (int)((daysFromCivil(thu.y, thu.m, thu.d) - jan1)/7) + 1;
  snprintf(zOut, nOut, "%04d-W%02d", thu.y, week);
}

int nwDateParse(const char *z, NwDate *p){
  int y, m, d, n = 0;
  p->y = p->m = p->d = 0;
  if( z==0 || sscanf(z, "%4d-%2d-%2d%n", &y, &m, &d, &n)!=3 || n!=10 ) return -1;
  if( z[10]!=0 && z[10]!='T' && z[10]!=' ' ) return -1;
  if( !nwDateValid(y, m, d) ) return -1;
  p->y = y; p->m = m; p->d = d;
  return 0;
}

/* --------------------------------------------------------------- words */

/* strncasecmp() for ASCII, without needing POSIX headers. */
static int prefixCaseEq(const char *z, const char *zWord, size_t n){
  size_t i;
  for(i=0; i<n; i++){
    if( tolower((unsigned char)z[i])!=tolower((unsigned char)zWord[i]) ) return 0;
    if( zWord[i]==0 ) return 0;
  }
  return 1;
}

static int wordIs(const char *z, size_t n, const char *zWord){
  return strlen(zWord)==n && prefixCaseEq(z, zWord, n);
}

int nwMonthNumber(const char *z, size_t n){
  static const char *az[] = {"january","february","march","april","may","june",
    "july","august","september","october","november","december"};
  int i;
  if( n>0 && z[n-1]=='.' ) n--;
  if( n<3 ) return 0;
  for(i=0; i<12; i++){
    if( wordIs(z, n, az[i]) ) return i+1;
    if( (n==3 || (n==4 && i==8)) && prefixCaseEq(z, az[i], n) ) return i+1;
  }
  return 0;
}

int nwWeekdayNumber(const char *z, size_t n){
  static const char *az[] = {"monday","tuesday","wednesday","thursday",
    "friday","saturday","sunday"};
  int i;
  for(i=0; i<7; i++){
    if( wordIs(z, n, az[i]) ) return i+1;
  }
  return 0;
}

/* The words of an expression: runs of letters, or of digits with the
** , and . inside them.  Returns the number found (at most nMax). */
typedef struct Word Word;
struct Word { const char *z; size_t n; int bDigit; };

static int splitWords(const char *z, size_t n, Word *a, int nMax){
  size_t i = 0;
  int k = 0;
  while( i<n && k<nMax ){
    unsigned char c = (unsigned char)z[i];
    size_t j = i;
    if( isdigit(c) ){
      while( j<n && (isdigit((unsigned char)z[j]) || ((z[j]==',' || z[j]=='.')
             && j+1<n && isdigit((unsigned char)z[j+1]))) ) j++;
      a[k].bDigit = 1;
    }else if( isalpha(c) ){
      while( j<n && isalpha((unsigned char)z[j]) ) j++;
      a[k].bDigit = 0;
    }else{
      i++;
      continue;
    }
    a[k].z = z+i;
    a[k].n = j-i;
    k++;
    i = j;
  }
  return k;
}

/* ------------------------------------------------------------- numbers */

static const char *const azUnits[] = {"zero","one","two","three","four",
  "five","six","seven","eight","nine","ten","eleven","twelve","thirteen",
  "fourteen","fifteen","sixteen","seventeen","eighteen","nineteen"};
static const char *const azTens[] = {"","","twenty","thirty","forty","fifty",
  "sixty","seventy","eighty","ninety"};

static double scaleOf(const char *z, size_t n){
  if( wordIs(z, n, "hundred") ) return 1e2;
  if( wordIs(z, n, "thousand") || wordIs(z, n, "k") ) return 1e3;
  if( wordIs(z, n, "million") || wordIs(z, n, "m") || wordIs(z, n, "mln") ) return 1e6;
  if( wordIs(z, n, "billion") || wordIs(z, n, "bn") ) return 1e9;
  if( wordIs(z, n, "trillion") || wordIs(z, n, "tn") ) return 1e12;
  return 0;
}

static int smallNumber(const char *z, size_t n){
  int i;
  for(i=0; i<20; i++) if( wordIs(z, n, azUnits[i]) ) return i;
  for(i=2; i<10; i++) if( wordIs(z, n, azTens[i]) ) return i*10;
  if( wordIs(z, n, "dozen") || wordIs(z, n, "dozens") ) return 12;
  return -1;
}

int nwNumberValue(const char *z, size_t n, double *pValue,
                  char *zDigits, size_t nDigits){
  Word a[16];
  int nWord = splitWords(z, n, a, 16), i, bFound = 0;
  double total = 0, cur = 0;
  if( zDigits && nDigits ) zDigits[0] = 0;
  for(i=0; i<nWord; i++){
    double scale;
    int v;
    if( a[i].bDigit ){
      char zBuf[64];
      size_t k, m = 0, nSig = 0;
      int bLead = 1;
      for(k=0; k<a[i].n; k++){
        char c = a[i].z[k];
        if( c==',' ) continue;
        if( c>='0' && c<='9' ){
          if( c!='0' ) bLead = 0;
          if( !bLead ) nSig++;
        }
        if( m<sizeof(zBuf)-1 ) zBuf[m++] = c;
      }
      zBuf[m] = 0;
      if( nSig>15 && zDigits ){
        size_t c = 0;
        for(k=0; k<a[i].n && c+1<nDigits; k++){
          if( a[i].z[k]!=',' ) zDigits[c++] = a[i].z[k];
        }
        zDigits[c] = 0;
      }
      cur += strtod(zBuf, 0);
      bFound = 1;
    }else if( (scale = scaleOf(a[i].z, a[i].n))>0 ){
      if( !bFound && !(i>0 && wordIs(a[i-1].z, a[i-1].n, "a")) ) continue;
      if( !bFound ){ cur = 1; bFound = 1; }           /* "a hundred" */
      if( scale>=1e3 ){ total += (cur ? cur : 1)*scale; cur = 0; }
      else cur = (cur ? cur : 1)*scale;
    }else if( (v = smallNumber(a[i].z, a[i].n))>=0 ){
      cur += v;
      bFound = 1;
    }
  }
  if( !bFound ) return -1;
  *pValue = total + cur;
  return 0;
}

/* ---------------------------------------------------------- temporals */

static void formatDate(int y, int m, int d, char *zOut, size_t nOut){
  if( !nwDateValid(y, m, d) ){ zOut[0] = 0; return; }
  snprintf(zOut, nOut, "%04d-%02d-%02d", y, m, d);
}

/* The year of a date written without one: news reports the past far
** more than the future, so a date more than 90 days after the reference
** is last year's, and one more than 275 days before it is next year's. */
static int nearestYear(const NwDate *pRef, int m, int d){
  int y = pRef->y;
  long ref = daysFromCivil(pRef->y, pRef->m, pRef->d);
  long day = daysFromCivil(y, m, d ? d : 15);
  if( day-ref>90 ) y--;
  else if( ref-day>275 ) y++;
  return y;
}

/* "early", "mid" or "late" month m of year y as an interval. */
static void partOfMonth(int y, int m, const char *zPart, char *zOut,
                        size_t nOut){
  int d0 = 1, d1 = 10;
  if( strcmp(zPart, "mid")==0 ){ d0 = 11; d1 = 20; }
  if( strcmp(zPart, "late")==0 ){ d0 = 21; d1 = daysInMonth(y, m); }
  snprintf(zOut, nOut, "%04d-%02d-%02d/%04d-%02d-%02d", y, m, d0, y, m, d1);
}

static void calendarValue(Word *a, int nWord, const NwDate *pRef,
                          char *zOut, size_t nOut){
  int y = 0, m = 0, d = 0, i, aNum[3], nNum = 0;
  const char *zPart = 0;
  for(i=0; i<nWord; i++){
    if( a[i].bDigit ){
      if( nNum<3 ) aNum[nNum++] = atoi(a[i].z);
      if( a[i].n==4 ) y = atoi(a[i].z);
      else if( d==0 ) d = atoi(a[i].z);
    }else if( nwMonthNumber(a[i].z, a[i].n) && m==0 ){
      m = nwMonthNumber(a[i].z, a[i].n);
    }else if( wordIs(a[i].z, a[i].n, "early") ) zPart = "early";
    else if( wordIs(a[i].z, a[i].n, "mid") ) zPart = "mid";
    else if( wordIs(a[i].z, a[i].n, "late") ) zPart = "late";
  }
  if( m==0 && nNum==3 ){
    if( aNum[0]>31 ){ y = aNum[0]; m = aNum[1]; d = aNum[2]; }   /* ISO */
    else{
      /* day/month/year unless only month/day/year can be a date */
      y = aNum[2]; d = aNum[0]; m = aNum[1];
      if( m>12 && d<=12 ){ m = aNum[0]; d = aNum[1]; }
      if( y<100 ) y += 2000;
    }
  }
  zOut[0] = 0;
  if( m==0 && y && zPart ){
    /* "early 2024": January-April, "mid": May-August, "late": the rest */
    int m0 = strcmp(zPart, "early")==0 ? 1 : strcmp(zPart, "mid")==0 ? 5 : 9;
    snprintf(zOut, nOut, "%04d-%02d/%04d-%02d", y, m0, y, m0+3);
    return;
  }
  if( m==0 ) return;
  if( y==0 ){
    if( pRef==0 || pRef->y==0 ) return;
    y = nearestYear(pRef, m, d);
  }
  if( d ) formatDate(y, m, d, zOut, nOut);
  else if( zPart ) partOfMonth(y, m, zPart, zOut, nOut);
  else snprintf(zOut, nOut, "%04d-%02d", y, m);
}

static void relativeValue(Word *a, int nWord, const NwDate *pRef,
                          char *zOut, size_t nOut){
  NwDate r;
  int i, iDir = 0, bPast = 0;
  long ref;
  zOut[0] = 0;
  if( pRef==0 || pRef->y==0 ) return;
  ref = daysFromCivil(pRef->y, pRef->m, pRef->d);
  for(i=0; i<nWord; i++){
    const char *z = a[i].z;
    size_t n = a[i].n;
    int wd;
    if( wordIs(z, n, "yesterday") ){ r = addDays(pRef, -1); break; }
    if( wordIs(z, n, "today") || wordIs(z, n, "tonight") ){ r = *pRef; break; }
    if( wordIs(z, n, "tomorrow") ){ r = addDays(pRef, 1); break; }
    if( wordIs(z, n, "last") || wordIs(z, n, "previous") ){ iDir = -1; continue; }
    if( wordIs(z, n, "past") ){ iDir = -1; bPast = 1; continue; }
    if( wordIs(z, n, "next") || wordIs(z, n, "coming") ){ iDir = 1; continue; }
    if( wordIs(z, n, "this") ){ iDir = 0; continue; }
    if( (wd = nwWeekdayNumber(z, n))!=0 ){
      int cur = weekday(ref);
      long delta;
      if( iDir<0 ){ delta = -((cur - wd + 6) % 7 + 1); }
      else if( iDir>0 ){ delta = (wd - cur + 6) % 7 + 1; }
      else{ delta = -((cur - wd + 7) % 7); }       /* on or before */
      r = addDays(pRef, delta);
      break;
    }
    if( wordIs(z, n, "week") || wordIs(z, n, "weeks") ){
      if( i>0 && wordIs(a[nWord-1].z, a[nWord-1].n, "ago") ) continue;
      if( bPast ){
        NwDate s = addDays(pRef, -7);
        char z0[16], z1[16];
        formatDate(s.y, s.m, s.d, z0, sizeof(z0));
        formatDate(pRef->y, pRef->m, pRef->d, z1, sizeof(z1));
        snprintf(zOut, nOut, "%s/%s", z0, z1);
        return;
      }
      r = addDays(pRef, 7*iDir);
      isoWeek(&r, zOut, nOut);
      return;
    }
    if( wordIs(z, n, "month") ){
      r = addMonths(pRef, iDir);
      snprintf(zOut, nOut, "%04d-%02d", r.y, r.m);
      return;
    }
    if( wordIs(z, n, "year") ){
      snprintf(zOut, nOut, "%04d", pRef->y + iDir);
      return;
    }
    if( wordIs(z, n, "ago") && i>=2 ){
      double v;
      const char *zUnit = a[i-1].z;
      if( nwNumberValue(a[0].z, (size_t)(a[i-1].z - a[0].z), &v, 0, 0) ) return;
      if( prefixCaseEq(zUnit, "day", 3) ) r = addDays(pRef, -(long)v);
      else if( prefixCaseEq(zUnit, "week", 4) ) r = addDays(pRef, -7*(long)v);
      else if( prefixCaseEq(zUnit, "month", 5) ){
        r = addMonths(pRef, -(int)v);
        snprintf(zOut, nOut, "%04d-%02d", r.y, r.m);
        return;
      }else if( prefixCaseEq(zUnit, "year", 4) ){
        snprintf(zOut, nOut, "%04d", pRef->y - (int)v);
        return;
      }else return;
      break;
    }
  }
  if( i>=nWord ) return;
  formatDate(r.y, r.m, r.d, zOut, nOut);
}

static void timeValue(Word *a, int nWord, char *zOut, size_t nOut){
  int h = -1, mi = 0, i;
  zOut[0] = 0;
  for(i=0; i<nWord; i++){
    if( a[i].bDigit && h<0 ){
      h = atoi(a[i].z);
    }else if( a[i].bDigit && h>=0 ){
      mi = atoi(a[i].z);
    }else if( wordIs(a[i].z, a[i].n, "noon") ){ h = 12; mi = 0; }
    else if( wordIs(a[i].z, a[i].n, "midnight") ){ h = 0; mi = 0; }
    else if( (wordIs(a[i].z, a[i].n, "pm") || wordIs(a[i].z, a[i].n, "p"))
           && h>=0 && h<12 ){ h += 12; }
    else if( (wordIs(a[i].z, a[i].n, "am") || wordIs(a[i].z, a[i].n, "a"))
           && h==12 ){ h = 0; }
  }
  if( h<0 || h>23 || mi<0 || mi>59 ) return;
  snprintf(zOut, nOut, "%02d:%02d", h, mi);
}

void nwTemporalValue(const char *z, size_t n, int eKind, const NwDate *pRef,
                     const char *zBefore, char *zOut, size_t nOut){
  Word a[16];
  int nWord;
  size_t i;
  /* "2024-07-31", "15/08/2024": separators become spaces, so the digit
  ** runs come apart */
  char zBuf[128];
  if( n>=sizeof(zBuf) ) n = sizeof(zBuf)-1;
  memcpy(zBuf, z, n);
  zBuf[n] = 0;
  for(i=0; i<n; i++) if( zBuf[i]=='-' || zBuf[i]=='/' ) zBuf[i] = ' ';
  nWord = splitWords(zBuf, n, a, 16);
  zOut[0] = 0;
  switch( eKind ){
    case NW_T_DATE:     calendarValue(a, nWord, pRef, zOut, nOut); break;
    case NW_T_YEAR:
      if( nWord>0 ) snprintf(zOut, nOut, "%.4s", a[nWord-1].z);
      break;
    case NW_T_RELATIVE: relativeValue(a, nWord, pRef, zOut, nOut); break;
    case NW_T_TIME:     timeValue(a, nWord, zOut, nOut); break;
  }
  /* "since X": from X to the reference date, or open-ended without one */
  if( zOut[0] && zBefore && strcmp(zBefore, "since")==0
   && eKind!=NW_T_TIME && strchr(zOut, '/')==0 ){
    size_t m = strlen(zOut);
    if( pRef && pRef->y ){
      snprintf(zOut+m, nOut-m, "/%04d-%02d-%02d", pRef->y, pRef->m, pRef->d);
    }else{
      snprintf(zOut+m, nOut-m, "/..");
    }
  }
}
