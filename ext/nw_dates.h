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
**   TIME   15:00 (24-hour)
**   NUMBER, QUANTITY, MONEY, PERCENT: a number; exact digits as text when
**          it has more than 15 significant digits
*/
#ifndef NW_DATES_H
#define NW_DATES_H
#include <stddef.h>

typedef struct NwDate NwDate;
struct NwDate {
  int y, m, d;             /* y==0: no date */
};

/* Parse "YYYY-MM-DD" (trailing time allowed).  0 on success. */
int nwDateParse(const char *z, NwDate *p);
/* Is y-m-d a real day of the Gregorian calendar? */
int nwDateValid(int y, int m, int d);

/* The kinds of expression the scanner tells apart. */
#define NW_T_DATE     1     /* absolute or partial calendar date */
#define NW_T_YEAR     2     /* a year after a preposition */
#define NW_T_RELATIVE 3     /* yesterday, last month, Thursday, 3 days ago */
#define NW_T_TIME     4

/* Interpret the date or time expression z[0..n) of kind eKind against
** pRef (NULL or y==0: unknown).  Writes the value to zOut (NUL-terminated,
** empty when unresolvable).  zBefore is the word before the expression,
** lower-cased ("since", "until", ...), or "". */
void nwTemporalValue(const char *z, size_t n, int eKind, const NwDate *pRef,
                     const char *zBefore, char *zOut, size_t nOut);

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
