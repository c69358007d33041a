/* Unit tests of nwTimex() and nwTenseAround() (nw_dates.c): the TIMEX3
** forms of issue 12 and their TimeML values, against Thursday 15 August
** 2024 unless a test says otherwise. */
#include "check.h"
#include <stdint.h>
#include "nw_dates.h"

static char zValue[64], zTimex[64];
static int eLast;

/* The timex of z of kind eKind (tense iTense, state pSt). */
static const char *tx(const char *z, int eKind, const NwDate *pRef,
                      const char *zBefore, int iTense, NwTimexState *pSt){
  eLast = nwTimex(z, strlen(z), eKind, pRef, zBefore, iTense, pSt,
                  zValue, sizeof(zValue), zTimex, sizeof(zTimex));
  return zTimex;
}
#define TX(z, k) tx(z, k, &ref, "", NW_TENSE_NONE, 0)

static int tense(const char *z, const char *zExpr){
  const char *p = strstr(z, zExpr);
  size_t s = (size_t)(p - z);
  return nwTenseAround(z, strlen(z), s, s + strlen(zExpr));
}

int main(void){
  NwDate ref, oct89, jan90, none = {0, 0, 0};
  NwTimexState st;
  nwDateParse("2024-08-15", &ref);
  nwDateParse("1989-10-26", &oct89);
  nwDateParse("1990-01-20", &jan90);

  /* references to the present, past and future */
  CHECK_STR(TX("now", NW_T_REF), "PRESENT_REF", "now");
  CHECK(eLast==NW_TX_DATE && strcmp(zValue, "PRESENT_REF")==0, "now is a DATE, value as timex");
  CHECK_STR(TX("currently", NW_T_REF), "PRESENT_REF", "currently");
  CHECK_STR(TX("formerly", NW_T_REF), "PAST_REF", "formerly");
  CHECK_STR(TX("recently", NW_T_REF), "PAST_REF", "recently");
  CHECK_STR(TX("the past", NW_T_REF), "PAST_REF", "the past");
  CHECK_STR(TX("the future", NW_T_REF), "FUTURE_REF", "the future");
  CHECK_STR(TX("the near future", NW_T_REF), "FUTURE_REF", "the near future");

  /* quarters and halves */
  CHECK_STR(tx("the third quarter", NW_T_QUARTER, &oct89, "", 0, 0), "1989-Q3", "the third quarter: the last one");
  CHECK_STR(tx("the fourth quarter", NW_T_QUARTER, &oct89, "", 0, 0), "1989-Q4", "the fourth quarter: the current one");
  CHECK_STR(tx("the fourth quarter", NW_T_QUARTER, &jan90, "", 0, 0), "1989-Q4", "the fourth quarter in January: last year's");
  CHECK_STR(tx("third-quarter", NW_T_QUARTER, &oct89, "", 0, 0), "1989-Q3", "third-quarter (adjective)");
  CHECK_STR(tx("the quarter", NW_T_QUARTER, &oct89, "", 0, 0), "1989-Q3", "the quarter: the last finished");
  CHECK_STR(tx("this quarter", NW_T_QUARTER, &oct89, "", 0, 0), "1989-Q4", "this quarter");
  CHECK_STR(tx("next quarter", NW_T_QUARTER, &oct89, "", 0, 0), "1990-Q1", "next quarter, across the year");
  CHECK_STR(tx("last quarter", NW_T_QUARTER, &jan90, "", 0, 0), "1989-Q4", "last quarter, across the year");
  CHECK_STR(TX("the first quarter of 2013", NW_T_QUARTER), "2013-Q1", "a quarter of a year");
  CHECK_STR(TX("the fiscal first quarter", NW_T_QUARTER), "2024-Q1", "a fiscal quarter");
  CHECK_STR(TX("fiscal 2013 first quarter", NW_T_QUARTER), "2013-Q1", "fiscal year's quarter");
  CHECK_STR(TX("last year's third quarter", NW_T_QUARTER), "2023-Q3", "last year's quarter");
  CHECK_STR(TX("the first half of 2013", NW_T_QUARTER), "2013-H1", "first half of a year");
  CHECK_STR(TX("the second half", NW_T_QUARTER), "2024-H2", "the second half in August: this one");
  CHECK_STR(tx("the second half", NW_T_QUARTER, &jan90, "", 0, 0), "1989-H2", "the second half in January: last year's");
  CHECK_STR(tx("the first half of next year", NW_T_QUARTER, &ref, "", 0, 0), "2025-H1", "half of next year");
  memset(&st, 0, sizeof(st));
  tx("the third quarter", NW_T_QUARTER, &oct89, "", 0, &st);
  CHECK_STR(tx("the year-earlier quarter", NW_T_QUARTER, &oct89, "", 0, &st), "1988-Q3", "year-earlier: the quarter a year before");
  CHECK_STR(tx("a year earlier", NW_T_DURATION, &oct89, "", 0, &st), "1988-Q3", "a year earlier after a quarter");
  CHECK(eLast==NW_TX_DATE, "a year earlier is a DATE");
  CHECK_STR(tx("year-ago", NW_T_QUARTER, &oct89, "", 0, 0), "1988", "year-ago without a quarter: last year");
  CHECK_STR(tx("the quarter", NW_T_QUARTER, &none, "", 0, 0), "", "a quarter without reference date: no value");

  /* seasons */
  CHECK_STR(TX("this summer", NW_T_SEASON), "2024-SU", "this summer");
  CHECK_STR(TX("last summer", NW_T_SEASON), "2023-SU", "last summer, in summer");
  CHECK_STR(TX("this spring", NW_T_SEASON), "2024-SP", "this spring");
  CHECK_STR(TX("last spring", NW_T_SEASON), "2024-SP", "last spring, in summer: this year's");
  CHECK_STR(TX("next winter", NW_T_SEASON), "2024-WI", "next winter");
  CHECK_STR(tx("this winter", NW_T_SEASON, &jan90, "", 0, 0), "1989-WI", "this winter in January: the one that began in December");
  CHECK_STR(TX("the fall of 1989", NW_T_SEASON), "1989-FA", "the fall of a year");
  CHECK_STR(TX("last fall", NW_T_SEASON), "2023-FA", "last fall");
  CHECK_STR(tx("fall", NW_T_SEASON, &ref, "prices", 0, 0), "", "the verb fall");
  CHECK(eLast==NW_TX_NONE, "the verb fall is no expression");
  CHECK_STR(tx("the fall", NW_T_SEASON, &ref, "in", 0, 0), "2023-FA", "in the fall (no tense): the last");
  CHECK_STR(tx("the fall", NW_T_SEASON, &ref, "in", NW_TENSE_FUTURE, 0), "2024-FA", "will ... in the fall: the next");
  CHECK_STR(tx("summer", NW_T_SEASON, &ref, "camp", 0, 0), "", "summer without a determiner or preposition");

  /* decades */
  CHECK_STR(TX("the 1990s", NW_T_DECADE), "199X", "the 1990s");
  CHECK_STR(TX("the mid-1990s", NW_T_DECADE), "199X", "the mid-1990s");
  CHECK_STR(TX("the '80s", NW_T_DECADE), "198X", "the '80s");
  CHECK_STR(TX("45.6s", NW_T_DECADE), "", "a decimal is no decade");
  CHECK_STR(TX("0005s", NW_T_DECADE), "", "no decade before year 10");

  /* durations */
  CHECK_STR(TX("three years", NW_T_DURATION), "P3Y", "three years");
  CHECK(eLast==NW_TX_DURATION && strcmp(zValue, "P3Y")==0, "a DURATION, value as timex");
  CHECK_STR(TX("three-year", NW_T_DURATION), "P3Y", "three-year");
  CHECK_STR(TX("two hours", NW_T_DURATION), "PT2H", "two hours");
  CHECK_STR(TX("30 minutes", NW_T_DURATION), "PT30M", "minutes");
  CHECK_STR(TX("a week", NW_T_DURATION), "P1W", "a week");
  CHECK_STR(TX("the past two months", NW_T_DURATION), "P2M", "the past two months");
  CHECK_STR(TX("the first nine months", NW_T_DURATION), "P9M", "the first nine months");
  CHECK_STR(TX("the past week", NW_T_DURATION), "P1W", "the past week");
  CHECK_STR(TX("several years", NW_T_DURATION), "PXY", "several years");
  CHECK_STR(TX("a few days", NW_T_DURATION), "PXD", "a few days");
  CHECK_STR(TX("a couple of years", NW_T_DURATION), "P2Y", "a couple of years");
  CHECK_STR(TX("two decades", NW_T_DURATION), "P20Y", "decades in years");
  CHECK_STR(TX("1.5 days", NW_T_DURATION), "P1.5D", "a fraction");
  CHECK_STR(TX("20002600.51 weeks", NW_T_DURATION), "P20002600.51W", "a large fraction: no exponent");
  CHECK_STR(tx("months", NW_T_DURATION, &ref, "for", 0, 0), "PXM", "for months");
  CHECK_STR(tx("months", NW_T_DURATION, &ref, "the", 0, 0), "", "months alone: nothing");
  CHECK(eLast==NW_TX_NONE, "months alone is no expression");
  CHECK_STR(TX("recent weeks", NW_T_DURATION), "PXW", "recent weeks");
  CHECK_STR(TX("a year ago", NW_T_DURATION), "2023", "a year ago: a DATE");
  CHECK_STR(TX("two weeks earlier", NW_T_DURATION), "2024-08-01", "two weeks earlier");
  CHECK_STR(TX("six months ago", NW_T_DURATION), "2024-02", "six months ago");
  CHECK_STR(tx("a year ago", NW_T_DURATION, &none, "", 0, 0), "", "a year ago without reference date");

  /* sets */
  CHECK_STR(TX("every week", NW_T_SET), "P1W", "every week");
  CHECK(eLast==NW_TX_SET, "every week is a SET");
  CHECK_STR(TX("every other week", NW_T_SET), "P2W", "every other week");
  CHECK_STR(TX("daily", NW_T_SET), "P1D", "daily");
  CHECK_STR(TX("annually", NW_T_SET), "P1Y", "annually");
  CHECK_STR(TX("hourly", NW_T_SET), "PT1H", "hourly");
  CHECK_STR(TX("each Monday", NW_T_SET), "XXXX-WXX-1", "each Monday");
  CHECK_STR(TX("each July", NW_T_SET), "XXXX-07", "each July");
  CHECK_STR(TX("every summer", NW_T_SET), "XXXX-SU", "every summer");
  CHECK_STR(TX("every morning", NW_T_SET), "XXXX-XX-XXTMO", "every morning");
  memset(&st, 0, sizeof(st));
  st.bAfterFigure = 1;
  CHECK_STR(tx("a year", NW_T_DURATION, &ref, "", 0, &st), "P1Y", "$5 a year: P1Y");
  CHECK(eLast==NW_TX_SET, "$5 a year is a SET");
  CHECK_STR(tx("a day", NW_T_DURATION, &ref, "twice", 0, 0), "P1D", "twice a day");
  CHECK(eLast==NW_TX_SET, "twice a day is a SET");

  /* parts of the day, clock times with their date */
  CHECK_STR(TX("this morning", NW_T_PARTDAY), "2024-08-15TMO", "this morning");
  CHECK(eLast==NW_TX_TIME, "this morning is a TIME");
  CHECK_STR(TX("last night", NW_T_PARTDAY), "2024-08-14TNI", "last night");
  CHECK_STR(TX("yesterday afternoon", NW_T_PARTDAY), "2024-08-14TAF", "yesterday afternoon");
  CHECK_STR(TX("Tuesday evening", NW_T_PARTDAY), "2024-08-13TEV", "Tuesday evening");
  CHECK_STR(tx("Friday evening", NW_T_PARTDAY, &ref, "", NW_TENSE_FUTURE, 0), "2024-08-16TEV", "will ... Friday evening");
  CHECK_STR(tx("this morning", NW_T_PARTDAY, &none, "", 0, 0), "XXXX-XX-XXTMO", "this morning without reference date");
  CHECK_STR(TX("6 p.m.", NW_T_TIME), "2024-08-15T18:00", "a clock time takes the reference date");
  CHECK(strcmp(zValue, "18:00")==0 && eLast==NW_TX_TIME, "its value stays HH:MM");
  CHECK_STR(tx("6 p.m.", NW_T_TIME, &none, "", 0, 0), "XXXX-XX-XXT18:00", "a clock time without reference date");

  /* the forms of before, in TimeML */
  CHECK_STR(TX("5 August", NW_T_DATE), "2024-08-05", "a day");
  CHECK_STR(tx("December 2021", NW_T_DATE, &ref, "since", 0, 0), "2021-12", "since X: its timex is X");
  CHECK(strcmp(zValue, "2021-12/2024-08-15")==0, "since X: its value the interval");
  CHECK_STR(TX("early September", NW_T_DATE), "2024-09", "early September: the month");
  CHECK(strcmp(zValue, "2024-09-01/2024-09-10")==0, "early September: its value the interval");
  CHECK_STR(tx("August 1", NW_T_DATE, &ref, "since", 0, 0), "2024-08-01", "since August 1: the day, not the month");
  CHECK_STR(TX("past week", NW_T_RELATIVE), "2024-08-08", "past week: its start");
  CHECK_STR(tx("early May", NW_T_DATE, &ref, "since", 0, 0), "2024-05", "since early May: the month");
  CHECK_STR(tx("December 2021", NW_T_DATE, &none, "since", 0, 0), "2021-12", "since X without reference: X");
  CHECK_STR(TX("late February 2024", NW_T_DATE), "2024-02", "late February: the month");
  CHECK_STR(TX("early 2024", NW_T_DATE), "2024", "early 2024: the year");
  CHECK_STR(TX("last June", NW_T_RELATIVE), "2024-06", "last June, in August");
  CHECK_STR(TX("last August", NW_T_RELATIVE), "2023-08", "last August, in August");
  CHECK_STR(TX("next March", NW_T_RELATIVE), "2025-03", "next March");
  CHECK_STR(TX("this September", NW_T_RELATIVE), "2024-09", "this September");
  CHECK_STR(TX("June last year", NW_T_RELATIVE), "2023-06", "June last year");
  CHECK_STR(TX("tonight", NW_T_RELATIVE), "2024-08-15TNI", "tonight");

  /* direction from the tense */
  CHECK_STR(tx("Monday", NW_T_RELATIVE, &ref, "", NW_TENSE_FUTURE, 0), "2024-08-19", "will meet on Monday: forward");
  CHECK_STR(tx("Monday", NW_T_RELATIVE, &ref, "", NW_TENSE_PAST, 0), "2024-08-12", "met on Monday: back");
  CHECK_STR(tx("Thursday", NW_T_RELATIVE, &ref, "", NW_TENSE_FUTURE, 0), "2024-08-15", "will ... Thursday on a Thursday: that day");
  CHECK_STR(tx("in February", NW_T_DATE, &ref, "", NW_TENSE_FUTURE, 0), "2025-02", "will ... in February: next February");
  CHECK_STR(tx("5 December", NW_T_DATE, &ref, "", NW_TENSE_FUTURE, 0), "2024-12-05", "will ... 5 December: forward");
  CHECK_STR(tx("October 7", NW_T_DATE, &ref, "since", 0, 0), "2023-10-07", "since October 7: the last one");
  CHECK(strcmp(zValue, "2023-10-07/2024-08-15")==0, "since October 7: start before end");
  CHECK_STR(tx("2030", NW_T_YEAR, &ref, "since", 0, 0), "2030", "since a later year: no interval");
  CHECK(strcmp(zValue, "2030")==0, "since a later year: its value the year alone");

  CHECK(tense("The board will meet on Monday.", "Monday")==NW_TENSE_FUTURE, "tense: will");
  CHECK(tense("The board met on Monday.", "Monday")==NW_TENSE_PAST, "tense: met");
  CHECK(tense("She said it will be held Dec. 7.", "Dec. 7")==NW_TENSE_FUTURE, "tense: will be held (participle after be)");
  CHECK(tense("The deal had been due to be unveiled on Wednesday.", "Wednesday")==NW_TENSE_PAST, "tense: had been due");
  CHECK(tense("On Monday, the board voted.", "Monday")==NW_TENSE_PAST, "tense: after the expression");
  CHECK(tense("Talks end. On Monday the board meets.", "Monday")==NW_TENSE_NONE, "tense: not across a sentence end");
  CHECK(tense("Monday", "Monday")==NW_TENSE_NONE, "tense: none");
  CHECK(tense("Talks are set to resume Monday in Belfast.", "Monday")==NW_TENSE_FUTURE, "tense: set to resume");
  CHECK(tense("It is to resume trading in Paris Tuesday.", "Tuesday")==NW_TENSE_FUTURE, "tense: is to resume");
  CHECK(tense("Thermo agreed to purchase the line in February.", "February")==NW_TENSE_FUTURE, "tense: agreed to purchase");
  CHECK(tense("The offer had been scheduled to expire Friday.", "Friday")==NW_TENSE_PAST, "tense: had been scheduled to");
  CHECK(tense("He will succeed Daniel Davison Feb. 1.", "Feb. 1")==NW_TENSE_FUTURE, "tense: succeed is no past");
  CHECK(tense("The thrift agreed on Feb. 1.", "Feb. 1")==NW_TENSE_PAST, "tense: agreed is a past");
  CHECK(tense("The thrift announced the plan Aug. 21.", "Aug. 21")==NW_TENSE_PAST, "tense: the plan is a noun");
  CHECK(tense("A new office of the chairman, effective Feb. 1.", "Feb. 1")==NW_TENSE_FUTURE, "tense: effective");
  CHECK(tense("On Tuesday, the league plans to hold a news conference.", "Tuesday")==NW_TENSE_FUTURE, "tense: plans to, after");
  CHECK(tense("On Friday, the government planned to hold talks.", "Friday")!=NW_TENSE_FUTURE, "tense: planned to, after: what was done that day");

  /* any bytes, any kind */
  CHECK_STR(tx("", NW_T_DURATION, &ref, 0, 0, 0), "", "empty text");
  CHECK_STR(tx("\xff\xfe quarter", 99, &ref, 0, 0, 0), "", "unknown kind");
  CHECK_STR(tx("9999 years ago", NW_T_DURATION, &ref, 0, 0, 0), "", "a date before year 1");
  CHECK_STR(tx("next quarter", NW_T_QUARTER, &(NwDate){9999, 12, 31}, 0, 0, 0), "", "next quarter at 9999-12-31");
  CHECK_STR(tx("last summer", NW_T_SEASON, &(NwDate){1, 1, 1}, 0, 0, 0), "", "last summer at 0001-01-01");
  CHECK_STR(tx("99999999999999999999 years", NW_T_DURATION, &ref, 0, 0, 0), "", "a huge count: no value");
  printf("%d failed\n", nFailed);
  return nFailed!=0;
}
