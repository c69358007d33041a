/*
** nw_pattern.h: PCRE2 (8-bit, JIT when available) with SQLite's allocator
** and bounded matching.  Pure core: no SQLite.
**
** A compiled NwPattern holds its own match data, so it is not thread-safe:
** keep one per connection (connections are never used by two threads at
** once) or per cursor.
*/
#ifndef NW_PATTERN_H
#define NW_PATTERN_H
#include <stddef.h>
#include <stdint.h>

typedef struct NwPattern NwPattern;

/* Compile zPattern with PCRE2_UTF|PCRE2_UCP plus flags (PCRE2_* options).
** On failure returns NW_ERROR and writes "offset N: message" to zErr. */
int nwPatternCompile(const char *zPattern, uint32_t flags, NwPattern **pp,
                     char *zErr, int nErr);
void nwPatternFree(NwPattern *p);

/* 1 if z[0..n) (valid UTF-8) matches, 0 if not or if the match limit was
** hit (a defined answer for pathological input, never a hang).  When
** there is a match and aOv is not NULL, aOv[0..1] get the byte offsets of
** the whole match. */
int nwPatternMatch(NwPattern *p, const char *z, size_t n, size_t *aOv);

/* Find the next match in z[0..n) at or after byte iStart.  Returns the
** number of capture pairs written to aOv (2 per group, group 0 first,
** PCRE2_UNSET for groups that did not take part), at most nOv/2, or 0
** when there is no (further) match or the match limit was hit. */
int nwPatternFind(NwPattern *p, const char *z, size_t n, size_t iStart,
                  size_t *aOv, int nOv);

/* The number of the named group zName, or -1. */
int nwPatternGroup(NwPattern *p, const char *zName);

/* "10.42 2022-12-11 (JIT)" or similar, for newswire_version(). */
const char *nwPatternVersion(char *zBuf, int nBuf);

#endif
