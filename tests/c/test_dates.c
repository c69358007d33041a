/* Unit tests of nw_dates.c: calendar values of date, time and number
** expressions. */
#include "check.h"
#include <stdint.h>
#include "nw_dates.h"

static const char *tv(const char *z, int eKind, const NwDate *pRef,
                      const char *zBefore){
  static char zOut[64];
  nwTemporalValue(z, strlen(z), eKind, pRef, zBefore, zOut, sizeof(zOut));
  return zOut;
}

static double num(const char *z){
  double v = -1;
  char zDigits[64];
  if( nwNumberValue(z, strlen(z), &v, zDigits, sizeof(zDigits)) ) return -1;
  return v;
}

static NwDate mk(int y, int m, int d){
  NwDate r;
  r.y = y; r.m = m; r.d = d;
  return r;
}

static int isDate(const NwDate *p, int y, int m, int d){
  return p->y==y && p->m==m && p->d==d;
}

/* Strict reference dates: exactly YYYY-MM-DD, an optional time. */
static void checkReferenceParser(void){
  NwDate r;
  CHECK(nwDateParse("0001-01-01", &r)==0 && isDate(&r, 1, 1, 1)
        && nwDateParse("9999-12-31", &r)==0 && isDate(&r, 9999, 12, 31),
        "reference dates at both ends of the range");
  CHECK(nwDateParse("2024-02-29", &r)==0 && nwDateParse("2023-02-29", &r)!=0
        && nwDateParse("2000-02-29", &r)==0 && nwDateParse("1900-02-29", &r)!=0,
        "reference leap days");
  CHECK(nwDateParse("2024-08-15T10:30", &r)==0 && isDate(&r, 2024, 8, 15)
        && nwDateParse("2024-08-15 10:30:00", &r)==0
        && nwDateParse("2024-08-15T10:30:00.5Z", &r)==0
        && nwDateParse("2024-08-15T10:30:00+02:00", &r)==0
        && nwDateParse("2024-08-15T10:30-0500", &r)==0
        && nwDateParse("2024-08-15T10:30+02", &r)==0,
        "a time may follow the reference date");
  CHECK(nwDateParse("2024- 8- 5", &r)!=0 && r.y==0
        && nwDateParse("2024-08-15 junk", &r)!=0
        && nwDateParse("2024-08-15T", &r)!=0
        && nwDateParse("2024-08-15 ", &r)!=0
        && nwDateParse("2024-08-15T24:00", &r)!=0
        && nwDateParse("2024-08-15T10:60", &r)!=0
        && nwDateParse("2024-08-15T10:30:00.", &r)!=0
        && nwDateParse("2024-08-15T10:30Zx", &r)!=0
        && nwDateParse("2024-08-15T10:30+2", &r)!=0
        && nwDateParse("+2024-08-15", &r)!=0
        && nwDateParse(" 2024-08-15", &r)!=0
        && nwDateParse("2024-8-15", &r)!=0
        && nwDateParse("20240815", &r)!=0
        && nwDateParse("0000-01-01", &r)!=0
        && nwDateParse("2024-00-10", &r)!=0
        && nwDateParse("2024-13-10", &r)!=0
        && nwDateParse("2024-01-00", &r)!=0
        && nwDateParse("", &r)!=0 && nwDateParse(0, &r)!=0,
        "sloppy reference dates fail");
  CHECK(nwDateParseN("2024-08-15\0junk", 15, &r)!=0
        && nwDateParseN("2024-08-15junk", 10, &r)==0 && isDate(&r, 2024, 8, 15)
        && nwDateParseN("2024-08-1", 9, &r)!=0,
        "a reference date by length: a NUL inside fails");
}

/* Date arithmetic: month-end clamping, leap days, the ends of the range,
** and any int64_t count without overflow. */
/* nwDateFromHeader: the dates of "Published:" headers (newswire_date()) */
static int hd(const char *z, int y, int m, int d){
  NwDate r;
  if( y==0 ) return nwDateFromHeader(z, strlen(z), &r)!=0 && r.y==0 && r.m==0 && r.d==0;
  return nwDateFromHeader(z, strlen(z), &r)==0 && isDate(&r, y, m, d);
}

static void checkHeaderDates(void){
  CHECK(hd("2016-08-15", 2016, 8, 15) && hd(" 2016-08-15T10:30:00Z ", 2016, 8, 15),
        "header date: ISO, with a time");
  CHECK(hd("August 15, 2016", 2016, 8, 15) && hd("15 August 2016", 2016, 8, 15)
        && hd("Aug. 15, 2016", 2016, 8, 15) && hd("Monday, 15th of August 2016", 2016, 8, 15),
        "header date: written");
  CHECK(hd("Aug. 15, 2016 10:30 a.m. EDT", 2016, 8, 15) && hd("August 15, 2016 at 3 pm", 2016, 8, 15),
        "header date: a time after it is ignored");
  CHECK(hd("15/08/2016", 2016, 8, 15) && hd("15.08.2016", 2016, 8, 15)
        && hd("15-08-2016", 2016, 8, 15) && hd("2016/08/15", 2016, 8, 15),
        "header date: numeric, day first");
  CHECK(hd("08/15/2016", 0, 0, 0) && hd("15/08/16", 0, 0, 0) && hd("August 2016", 0, 0, 0)
        && hd("2016", 0, 0, 0) && hd("yesterday", 0, 0, 0) && hd("31 February 2016", 0, 0, 0)
        && hd("Updated August 15, 2016", 0, 0, 0) && hd("", 0, 0, 0)
        && hd("15 August 2016 2017", 0, 0, 0),
        "header date: month first, two-digit years, partial dates and other words fail");
  CHECK(nwDateFromHeader(0, 5, 0 ? 0 : &(NwDate){1, 1, 1})!=0
        && nwDateFromHeader("2016-08-15\0x", 12, &(NwDate){1, 1, 1})!=0,
        "header date: NULL and an inner NUL fail");
}

static void checkArithmetic(void){
  NwDate d, r;
  d = mk(2024, 1, 31);
  CHECK(nwDateAddMonths(&d, 1, &r)==0 && isDate(&r, 2024, 2, 29), "Jan 31 + 1 month: Feb 29 in a leap year");
  d = mk(2023, 1, 31);
  CHECK(nwDateAddMonths(&d, 1, &r)==0 && isDate(&r, 2023, 2, 28), "Jan 31 + 1 month: Feb 28");
  d = mk(2024, 3, 31);
  CHECK(nwDateAddMonths(&d, -1, &r)==0 && isDate(&r, 2024, 2, 29)
        && nwDateAddMonths(&d, -13, &r)==0 && isDate(&r, 2023, 2, 28)
        && nwDateAddMonths(&d, 1, &r)==0 && isDate(&r, 2024, 4, 30),
        "month arithmetic clamps to the month's end");
  d = mk(2024, 2, 29);
  CHECK(nwDateAddYears(&d, 1, &r)==0 && isDate(&r, 2025, 2, 28)
        && nwDateAddYears(&d, 4, &r)==0 && isDate(&r, 2028, 2, 29)
        && nwDateAddYears(&d, -124, &r)==0 && isDate(&r, 1900, 2, 28)
        && nwDateAddYears(&d, -24, &r)==0 && isDate(&r, 2000, 2, 29),
        "leap day plus years");
  CHECK(nwDateAddDays(&d, 1, &r)==0 && isDate(&r, 2024, 3, 1)
        && nwDateAddDays(&d, -365, &r)==0 && isDate(&r, 2023, 3, 1)
        && nwDateAddDays(&d, -366, &r)==0 && isDate(&r, 2023, 2, 28)
        && nwDateAddDays(&d, 366, &r)==0 && isDate(&r, 2025, 3, 1),
        "leap day plus days");
  d = mk(1, 1, 1);
  CHECK(nwDateAddDays(&d, -1, &r)!=0 && r.y==0 && nwDateAddMonths(&d, -1, &r)!=0
        && nwDateAddYears(&d, -1, &r)!=0 && nwDateAddDays(&d, 0, &r)==0
        && isDate(&r, 1, 1, 1), "nothing before 0001-01-01");
  CHECK(nwDateAddDays(&d, 3652058, &r)==0 && isDate(&r, 9999, 12, 31)
        && nwDateAddDays(&d, 3652059, &r)!=0
        && nwDateAddMonths(&d, 119987, &r)==0 && isDate(&r, 9999, 12, 1)
        && nwDateAddMonths(&d, 119988, &r)!=0
        && nwDateAddYears(&d, 9998, &r)==0 && isDate(&r, 9999, 1, 1)
        && nwDateAddYears(&d, 9999, &r)!=0, "from year 1 to year 9999 and no further");
  d = mk(9999, 12, 31);
  CHECK(nwDateAddDays(&d, 1, &r)!=0 && nwDateAddMonths(&d, 1, &r)!=0
        && nwDateAddYears(&d, 1, &r)!=0
        && nwDateAddDays(&d, -3652058, &r)==0 && isDate(&r, 1, 1, 1)
        && nwDateAddMonths(&d, -119987, &r)==0 && isDate(&r, 1, 1, 31),
        "nothing after 9999-12-31");
  CHECK(nwDateAddDays(&d, INT64_MAX, &r)!=0 && nwDateAddDays(&d, INT64_MIN, &r)!=0
        && nwDateAddMonths(&d, INT64_MAX, &r)!=0 && nwDateAddMonths(&d, INT64_MIN, &r)!=0
        && nwDateAddYears(&d, INT64_MAX, &r)!=0 && nwDateAddYears(&d, INT64_MIN, &r)!=0,
        "any count without overflow");
  d = mk(2024, 2, 30);
  CHECK(nwDateAddDays(&d, 0, &r)!=0 && nwDateAddMonths(&d, 0, &r)!=0, "an invalid date fails");
  d = mk(INT32_MAX, 12, 31);
  CHECK(nwDateAddDays(&d, 0, &r)!=0 && nwDateAddMonths(&d, -1, &r)!=0, "a wild year fails");
  d = mk(2024, 13, 1);
  CHECK(nwDateAddMonths(&d, 0, &r)!=0, "month 13 fails");
}

/* Values through nwTemporalValue at the ends of the range and with
** counts too large for any date. */
static void checkBounds(const NwDate *pRef){
  NwDate y1 = mk(1, 1, 1), y9999 = mk(9999, 12, 31), bad;
  char z[8];
  CHECK_STR(tv("30000 months ago", NW_T_RELATIVE, pRef, ""), "", "30000 months ago: before year 1");
  CHECK_STR(tv("99999999999 months ago", NW_T_RELATIVE, pRef, ""), "", "huge months");
  CHECK_STR(tv("5000000000 years ago", NW_T_RELATIVE, pRef, ""), "", "huge years");
  CHECK_STR(tv("99999999999999999999 days ago", NW_T_RELATIVE, pRef, ""), "", "huge days");
  CHECK_STR(tv("99999999999999999999 weeks ago", NW_T_RELATIVE, pRef, ""), "", "huge weeks");
  CHECK_STR(tv("10000001 days ago", NW_T_RELATIVE, pRef, ""), "", "a count over NW_COUNT_MAX");
  CHECK_STR(tv("2023 years ago", NW_T_RELATIVE, pRef, ""), "0001", "year 1 exactly");
  CHECK_STR(tv("2024 years ago", NW_T_RELATIVE, pRef, ""), "", "year 0 is out");
  CHECK_STR(tv("1 year ago", NW_T_RELATIVE, pRef, ""), "2023", "1 year ago is not this year");
  CHECK_STR(tv("one month ago", NW_T_RELATIVE, pRef, ""), "2024-07", "one month ago is not this month");
  CHECK_STR(tv("2 weeks ago", NW_T_RELATIVE, pRef, ""), "2024-08-01", "weeks ago");
  CHECK_STR(tv("13 months ago", NW_T_RELATIVE, &y1, ""), "", "13 months before year 1");
  CHECK_STR(tv("yesterday", NW_T_RELATIVE, &y1, ""), "", "yesterday of 0001-01-01");
  CHECK_STR(tv("last week", NW_T_RELATIVE, &y1, ""), "", "last week of 0001-01-01");
  CHECK_STR(tv("past week", NW_T_RELATIVE, &y1, ""), "", "past week of 0001-01-01");
  CHECK_STR(tv("this week", NW_T_RELATIVE, &y1, ""), "0001-W01", "the first ISO week");
  CHECK_STR(tv("last Sunday", NW_T_RELATIVE, &y1, ""), "", "last Sunday of 0001-01-01");
  CHECK_STR(tv("December", NW_T_DATE, &y1, ""), "", "a month without year before year 1");
  CHECK_STR(tv("next year", NW_T_RELATIVE, &y9999, ""), "", "next year of 9999");
  CHECK_STR(tv("next month", NW_T_RELATIVE, &y9999, ""), "", "next month of 9999-12");
  CHECK_STR(tv("next week", NW_T_RELATIVE, &y9999, ""), "", "next week of 9999-12-31");
  CHECK_STR(tv("tomorrow", NW_T_RELATIVE, &y9999, ""), "", "tomorrow of 9999-12-31");
  CHECK_STR(tv("next Friday", NW_T_RELATIVE, &y9999, ""), "", "next Friday of 9999-12-31");
  CHECK_STR(tv("this week", NW_T_RELATIVE, &y9999, ""), "9999-W52", "the last ISO week");
  CHECK_STR(tv("5 January", NW_T_DATE, &y9999, ""), "", "5 January after 9999");
  CHECK_STR(tv("today", NW_T_RELATIVE, &y9999, "since"), "9999-12-31/9999-12-31", "since today at the end");
  /* text no scanner match gives, as a fuzz target passes it */
  CHECK_STR(tv("late 2024-13-00", NW_T_DATE, pRef, ""), "", "month 13 is no month");
  CHECK_STR(tv("2024-13", NW_T_DATE, pRef, ""), "", "month 13 without day");
  CHECK_STR(tv("99999999999999999999 August", NW_T_DATE, pRef, ""), "", "a huge day");
  CHECK_STR(tv("5 August 0000", NW_T_DATE, pRef, ""), "", "year 0 written out");
  CHECK_STR(tv("99999999999999999999:30", NW_T_TIME, pRef, ""), "", "a huge hour");
  CHECK_STR(tv("since abcd", NW_T_YEAR, pRef, ""), "", "a year that is no number");
  CHECK_STR(tv("0000", NW_T_YEAR, pRef, ""), "", "year 0 alone");
  CHECK_STR(tv("yesterday", 99, pRef, ""), "", "an unknown kind");
  bad = mk(2024, 2, 30);
  CHECK_STR(tv("yesterday", NW_T_RELATIVE, &bad, ""), "", "an invalid reference is no reference");
  bad = mk(INT32_MIN, 1, 1);
  CHECK_STR(tv("5 August", NW_T_DATE, &bad, "since"), "", "a wild reference is no reference");
  CHECK_STR(tv("5 August 2024", NW_T_DATE, &bad, "since"), "2024-08-05/..", "an absolute date needs none");
  z[0] = 'x';
  nwTemporalValue("today", 5, NW_T_RELATIVE, pRef, 0, z, 0);
  CHECK(z[0]=='x', "nOut 0 writes nothing");
  nwTemporalValue("today", 5, NW_T_RELATIVE, pRef, "since", z, sizeof(z));
  CHECK(strlen(z)<sizeof(z), "a short buffer is cut, not overrun");
  nwTemporalValue(0, 0, NW_T_RELATIVE, pRef, 0, z, sizeof(z));
  CHECK(z[0]==0, "no text, no value");
}

/* A value is empty or starts with a year of 0001..9999. */
static int valueInRange(const char *z){
  int y;
  if( z[0]==0 ) return 1;
  if( strlen(z)<4 || sscanf(z, "%4d", &y)!=1 ) return 0;
  return y>=1 && y<=9999 && (z[4]==0 || z[4]=='-');
}

/* Every expression against every reference date of the first and last
** 800 days of the range, and against every 97th day between. */
static void checkSweep(void){
  static const char *az[] = {"yesterday", "tomorrow", "last week", "next week",
    "past week", "this week", "last month", "next month", "last year",
    "next year", "last Monday", "next Sunday", "Wednesday", "5 January",
    "31 December", "late February", "3 days ago", "11 months ago",
    "2 years ago", "52 weeks ago"};
  const int aKind[] = {NW_T_RELATIVE, NW_T_RELATIVE, NW_T_RELATIVE,
    NW_T_RELATIVE, NW_T_RELATIVE, NW_T_RELATIVE, NW_T_RELATIVE, NW_T_RELATIVE,
    NW_T_RELATIVE, NW_T_RELATIVE, NW_T_RELATIVE, NW_T_RELATIVE, NW_T_RELATIVE,
    NW_T_DATE, NW_T_DATE, NW_T_DATE, NW_T_RELATIVE, NW_T_RELATIVE,
    NW_T_RELATIVE, NW_T_RELATIVE};
  const NwDate first = {1, 1, 1};
  int64_t i, nBad = 0, nRound = 0;
  for(i=0; i<=3652058; i += (i<800 || i>3652058-800) ? 1 : 97){
    NwDate ref, back;
    size_t k;
    if( nwDateAddDays(&first, i, &ref) ){ nBad++; continue; }
    if( nwDateAddDays(&ref, -i, &back) || !isDate(&back, 1, 1, 1) ) nRound++;
    for(k=0; k<sizeof(az)/sizeof(az[0]); k++){
      if( !valueInRange(tv(az[k], aKind[k], &ref, "")) ){
        if( nBad++<5 ) printf("# %s at %04d-%02d-%02d: %s\n", az[k], ref.y,
                              ref.m, ref.d, tv(az[k], aKind[k], &ref, ""));
      }
    }
  }
  CHECK(nBad==0, "every value in the sweep lies in years 1..9999");
  CHECK(nRound==0, "adding and subtracting days round-trips");
}

int main(void){
  NwDate ref;            /* Thursday 15 August 2024 */
  NwDate none = {0, 0, 0};
  char zDigits[64];
  double v;
  CHECK(nwDateParse("2024-08-15", &ref)==0, "reference date parses");
  CHECK(nwDateParse("2024-02-30", &none)!=0 && nwDateParse("15/08/2024", &none)!=0
        && nwDateParse("2024-08-15x", &none)!=0, "bad reference dates fail");
  none.y = 0;
  checkHeaderDates();

  CHECK_STR(tv("the 31st of July 2024", NW_T_DATE, &ref, ""), "2024-07-31", "ordinal day of month year");
  CHECK_STR(tv("July 31, 2024", NW_T_DATE, &ref, ""), "2024-07-31", "US order");
  CHECK_STR(tv("Thursday, August 15, 2024", NW_T_DATE, &ref, ""), "2024-08-15", "weekday and date");
  CHECK_STR(tv("2024-07-31", NW_T_DATE, &ref, ""), "2024-07-31", "ISO");
  CHECK_STR(tv("15/08/2024", NW_T_DATE, &ref, ""), "2024-08-15", "day/month/year");
  CHECK_STR(tv("5 August", NW_T_DATE, &ref, ""), "2024-08-05", "no year: the reference's");
  CHECK_STR(tv("5 December", NW_T_DATE, &ref, ""), "2023-12-05", "no year: the nearest, not eight months ahead");
  CHECK_STR(tv("5 August", NW_T_DATE, &none, ""), "", "no year and no reference: unresolved");
  CHECK_STR(tv("September 2025", NW_T_DATE, &ref, ""), "2025-09", "month and year");
  CHECK_STR(tv("early September", NW_T_DATE, &ref, ""), "2024-09-01/2024-09-10", "early month");
  CHECK_STR(tv("late February 2024", NW_T_DATE, &ref, ""), "2024-02-21/2024-02-29", "late month, leap year");
  CHECK_STR(tv("December 2021", NW_T_DATE, &ref, "since"), "2021-12/2024-08-15", "since: up to the reference date");
  CHECK_STR(tv("December 2021", NW_T_DATE, &none, "since"), "2021-12/..", "since without reference: open interval");
  CHECK_STR(tv("31 February 2024", NW_T_DATE, &ref, ""), "", "impossible date");
  CHECK_STR(tv("2014", NW_T_YEAR, &ref, "since"), "2014/2024-08-15", "since a year");
  CHECK_STR(tv("Thursday", NW_T_RELATIVE, &ref, ""), "2024-08-15", "weekday on or before");
  CHECK_STR(tv("Tuesday", NW_T_RELATIVE, &ref, ""), "2024-08-13", "weekday before");
  CHECK_STR(tv("last Thursday", NW_T_RELATIVE, &ref, ""), "2024-08-08", "last weekday");
  CHECK_STR(tv("next Monday", NW_T_RELATIVE, &ref, ""), "2024-08-19", "next weekday");
  CHECK_STR(tv("yesterday", NW_T_RELATIVE, &ref, ""), "2024-08-14", "yesterday");
  CHECK_STR(tv("last month", NW_T_RELATIVE, &ref, ""), "2024-07", "last month");
  CHECK_STR(tv("last year", NW_T_RELATIVE, &ref, ""), "2023", "last year");
  CHECK_STR(tv("next year", NW_T_RELATIVE, &ref, ""), "2025", "next year");
  CHECK_STR(tv("last week", NW_T_RELATIVE, &ref, ""), "2024-W32", "last week as an ISO week");
  CHECK_STR(tv("three days ago", NW_T_RELATIVE, &ref, ""), "2024-08-12", "days ago");
  CHECK_STR(tv("two years ago", NW_T_RELATIVE, &ref, ""), "2022", "years ago");
  CHECK_STR(tv("yesterday", NW_T_RELATIVE, &none, ""), "", "relative without reference");
  CHECK_STR(tv("9:14 AM", NW_T_TIME, &ref, ""), "09:14", "morning time");
  CHECK_STR(tv("5 p.m.", NW_T_TIME, &ref, ""), "17:00", "p.m.");
  CHECK_STR(tv("12:30 am", NW_T_TIME, &ref, ""), "00:30", "half past midnight");
  CHECK_STR(tv("noon", NW_T_TIME, &ref, ""), "12:00", "noon");

  CHECK(num("2,500")==2500, "thousands separator");
  CHECK(num("some 2,500")==2500, "approximate words are not numbers");
  CHECK(num("1.5 million")==1500000, "scale word");
  CHECK(num("$240 million")==240e6, "money");
  CHECK(num("240m")==240e6, "m suffix");
  CHECK(num("four")==4 && num("twenty-five")==25 && num("a dozen")==12, "number words");
  CHECK(num("two hundred")==200 && num("three thousand")==3000, "number words with scale");
  CHECK(num("no number here")==-1, "no number");
  CHECK(nwNumberValue("12345678901234567890123", 23, &v, zDigits, sizeof(zDigits))==0
        && strcmp(zDigits, "12345678901234567890123")==0, "huge numbers keep their digits");
  CHECK(nwMonthNumber("Sept.", 5)==9 && nwMonthNumber("may", 3)==5
        && nwMonthNumber("Mayor", 5)==0, "month names");
  checkReferenceParser();
  checkArithmetic();
  checkBounds(&ref);
  checkSweep();
  printf("%d failed\n", nFailed);
  return nFailed!=0;
}
