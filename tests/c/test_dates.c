/* Unit tests of nw_dates.c: calendar values of date, time and number
** expressions. */
#include "check.h"
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

int main(void){
  NwDate ref;            /* Thursday 15 August 2024 */
  NwDate none = {0, 0, 0};
  char zDigits[64];
  double v;
  CHECK(nwDateParse("2024-08-15", &ref)==0, "reference date parses");
  CHECK(nwDateParse("2024-02-30", &none)!=0 && nwDateParse("15/08/2024", &none)!=0
        && nwDateParse("2024-08-15x", &none)!=0, "bad reference dates fail");
  none.y = 0;

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
  printf("%d failed\n", nFailed);
  return nFailed!=0;
}
