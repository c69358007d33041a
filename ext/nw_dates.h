/*
** nw_dates.h: dates, times and numbers as written in news copy, turned
** into values.  Pure core: no SQLite.
**
** Value forms (documented in README "entities()"):
**   DATE   2024-07-31 | 2024-09 | 2024 | 2024-W32 (a week) |
**          2024-09-01/2024-09-10 (early, mid, late: an interval) |
**          2021-12/2024-08-15 (since X: to the reference date; 2021-12/..
**          without one) | NULL when it cannot be
**          resolved (a relative date without reference_date, 31 February)
**          or falls outside years 1..9999 ("30000 months ago")
**   TIME   15:00 (24-hour)
**   NUMBER, QUANTITY, MONEY, PERCENT: a number; exact digits as text when
**          it has more than 15 significant digits
*/
#ifndef NW_DATES_H
#define NW_DATES_H
#include <stddef.h>
#include <stdint.h>

/* Every date this file reads or computes lies in years 1..9999 (the
** range of "YYYY-MM-DD"); arithmetic that leaves it has no value. */
#define NW_YEAR_MIN 1
#define NW_YEAR_MAX 9999
/* The largest count of "N days/weeks/months/years ago" that is computed;
** a larger one has no value (it would leave the years anyway). */
#define NW_COUNT_MAX 10000000

typedef struct NwDate NwDate;
struct NwDate {
  int y, m, d;             /* y==0: no date */
};

/* Parse a reference date: exactly "YYYY-MM-DD", a real day of years
** 1..9999, optionally followed by a time ("T" or " ", then HH:MM,
** optional :SS and .fraction, optional Z or +HH:MM / -HHMM), which is
** ignored.  z[0..n) need not be NUL-terminated; a NUL inside fails.
** 0 on success; else -1 and *p is {0,0,0}. */
int nwDateParseN(const char *z, size_t n, NwDate *p);
/* The same for a NUL-terminated string (NULL fails). */
int nwDateParse(const char *z, NwDate *p);
/* Parse the date of a header ("Published: ..."): ISO as nwDateParseN;
** a numeric date day first, D/M/YYYY, D.M.YYYY or D-M-YYYY (15/08/2016
** is 15 August; 08/15/2016 fails: no month 15), or YYYY/M/D; a written
** date with a month name or abbreviation, one day and a four-digit year
** ("August 15, 2016", "15 August 2016", "Aug. 15, 2016", "Monday, 15th
** of August 2016").  A time of day after it ("10:30", "3:04 pm EDT", "at
** 3 pm") is ignored.  Any other word, a two-digit year or a missing part
** fails.  z[0..n) need not be NUL-terminated; a NUL inside fails.
** 0 on success; else -1 and *p is {0,0,0}. */
int nwDateFromHeader(const char *z, size_t n, NwDate *p);
/* Is y-m-d a real day of the Gregorian calendar in years 1..9999? */
int nwDateValid(int y, int m, int d);

/* Date arithmetic on valid dates (any other *p fails).  Each writes the
** result to *pOut and returns 0, or returns -1 (and *pOut = {0,0,0}) when
** *p is not valid or the result leaves years 1..9999.  Any n is safe:
** no overflow for any int64_t.  Months and years keep the day of month,
** clamped to the month's end (2024-01-31 + 1 month = 2024-02-29). */
int nwDateAddDays(const NwDate *p, int64_t n, NwDate *pOut);
int nwDateAddMonths(const NwDate *p, int64_t n, NwDate *pOut);
int nwDateAddYears(const NwDate *p, int64_t n, NwDate *pOut);

/* The kinds of expression the scanner tells apart. */
#define NW_T_DATE     1     /* absolute or partial calendar date */
#define NW_T_YEAR     2     /* a year after a preposition */
#define NW_T_RELATIVE 3     /* yesterday, last month, Thursday, 3 days ago */
#define NW_T_TIME     4
/* The TIMEX3 forms (issue 12), valued by nwTimex() only. */
#define NW_T_REF      5     /* now, currently, recently, the past, the future */
#define NW_T_QUARTER  6     /* the third quarter, first half of 1990,
                            ** third-quarter, year-earlier */
#define NW_T_SEASON   7     /* this summer, the fall of 1989 */
#define NW_T_DECADE   8     /* the 1990s, the '80s */
#define NW_T_DURATION 9     /* six months, two-year, the past two weeks,
                            ** for months; "a year ago/earlier" is a DATE */
#define NW_T_SET      10    /* every week, each Monday, daily */
#define NW_T_PARTDAY  11    /* this morning, last night, Friday evening */

/* TIMEX3 types, as nwTimex() returns them; NW_TX_NONE: not an expression
** after all (a bare "summer" or "months" without the words that make it
** one). */
#define NW_TX_NONE     0
#define NW_TX_DATE     1
#define NW_TX_TIME     2
#define NW_TX_DURATION 3
#define NW_TX_SET      4

/* The tense around an expression (nwTenseAround()). */
#define NW_TENSE_PAST   (-1)
#define NW_TENSE_NONE   0
#define NW_TENSE_FUTURE 1

/* What one text's earlier expressions leave for the later ones: the last
** quarter valued ("a year earlier" after "the third quarter" is that
** quarter a year before), and whether the expression follows a figure
** ("$5 a year" is a SET).  Zeroed before the first expression. */
typedef struct NwTimexState NwTimexState;
struct NwTimexState {
  int iQYear, iQuarter;      /* iQYear==0: no quarter yet */
  int bAfterFigure;          /* set by the caller for each expression */
};

/* Interpret the date or time expression z[0..n) of kind eKind against
** pRef (NULL, y==0 or any invalid date: unknown).  Writes the value to
** zOut (NUL-terminated, empty when unresolvable or outside years
** 1..9999; nOut>=1, 48 holds every value).  zBefore is the word before
** the expression, lower-cased ("since", "until", ...), "" or NULL.
** Safe for any bytes z[0..n) and any eKind: a fuzz target may call it
** with arbitrary text and an arbitrary *pRef. */
void nwTemporalValue(const char *z, size_t n, int eKind, const NwDate *pRef,
                     const char *zBefore, char *zOut, size_t nOut);

/* The value of the expression z[0..n) of kind eKind (any NW_T_*) and its
** TIMEX3 type.  zValue gets the `value` column: for kinds 1..4 exactly
** what nwTemporalValue() writes (with iTense: a weekday, or a month
** without year, looks forward in the future tense and back in the past;
** "since X" always looks back, and a start after the reference date is
** no interval), for the others the TimeML value.  zTimex gets the TimeML
** TIMEX3 value: 2024-08-15, 2024-08, 2024, 2024-W32, 2013-Q1, 2013-H1,
** 2024-SU, 199X, PRESENT_REF / PAST_REF / FUTURE_REF,
** 2024-08-15T18:00, 2024-08-15TMO, P3Y, PT2H, PXM, P1W, XXXX-WXX-1.
** Both are "" when unresolvable (nValue, nTimex >= 1; 48 holds any).
** pSt may be NULL.  Safe for any bytes and any *pRef. */
int nwTimex(const char *z, size_t n, int eKind, const NwDate *pRef,
            const char *zBefore, int iTense, NwTimexState *pSt,
            char *zValue, size_t nValue, char *zTimex, size_t nTimex);

/* The tense of the clause around z[s..e): the nearest marker before it
** within the sentence (at most 120 bytes back), else the nearest after
** it (at most 80 bytes on): "will", "'ll", "would", "plans to",
** "scheduled" and the like are NW_TENSE_FUTURE, "said", "was", "met"
** and words in -ed NW_TENSE_PAST; none: NW_TENSE_NONE.  Bounded work. */
int nwTenseAround(const char *z, size_t n, size_t s, size_t e);

/* Parse a number as written: "2,500", "1.5 million", "four",
** "twenty-five", "a dozen", "240m".  Returns 0 and sets *pValue (and
** zDigits to the exact digits when they exceed double precision, else
** ""), or -1 if z[0..n) holds no number. */
int nwNumberValue(const char *z, size_t n, double *pValue,
                  char *zDigits, size_t nDigits);

/* Month number of a month name or abbreviation (case-insensitive), or 0. */
int nwMonthNumber(const char *z, size_t n);
/* 1 (Monday) .. 7 (Sunday) for a weekday name, or 0. */
int nwWeekdayNumber(const char *z, size_t n);

#endif
