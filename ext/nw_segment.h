/*
** nw_segment.h: sentences, paragraphs, words and boilerplate lines.
** Pure core over UTF-16 text (see nw_text.h); no SQLite.
**
** Each iterator hands out spans [iStart, iEnd) of UTF-16 indices into the
** caller's text, which must outlive the iterator.  Next() returns NW_ROW
** with a span, NW_DONE at the end, or an error code.
*/
#ifndef NW_SEGMENT_H
#define NW_SEGMENT_H
#include <stdint.h>
#include <unicode/utypes.h>

#define NW_ROW  100
#define NW_DONE 101

typedef struct NwSpan NwSpan;
struct NwSpan {
  int32_t iStart;
  int32_t iEnd;
};

/* Sentences: ICU's sentence BreakIterator, then a filter that removes
** breaks after abbreviations ("Gen.", "U.S.", "Jan. 5", "No. 10",
** initials) and before a lower-case continuation ("?" she said).  Spans
** are trimmed of surrounding whitespace; empty sentences are skipped. */
typedef struct NwSentences NwSentences;
int nwSentencesOpen(const UChar *z, int32_t n, NwSentences **pp);
int nwSentencesNext(NwSentences *p, NwSpan *pSpan);
void nwSentencesClose(NwSentences *p);

/* Words: ICU's word BreakIterator; only segments that hold letters,
** digits, kana or ideographs are returned ("2,500" and "Dae'sh" are one
** word each). */
typedef struct NwWords NwWords;
int nwWordsOpen(const UChar *z, int32_t n, NwWords **pp);
int nwWordsNext(NwWords *p, NwSpan *pSpan);
void nwWordsClose(NwWords *p);

/* Paragraphs: every line break ends a paragraph (scraped articles use
** single newlines as often as blank lines).  *piPos is the scan position,
** 0 to start.  Spans are trimmed; blank lines are skipped. */
int nwParagraphNext(const UChar *z, int32_t n, int32_t *piPos, NwSpan *pSpan);

/* Boilerplate: lines that carry no article content ("No comments:",
** "Post a Comment", "Share this", "link", a date alone, a byline, a
** dateline, a lone source name).  The rules are compiled once; an
** NwBoilerplate is used by one thread at a time. */
typedef struct NwBoilerplate NwBoilerplate;
int nwBoilerplateOpen(NwBoilerplate **pp, char *zErr, int nErr);
int nwIsBoilerplate(NwBoilerplate *p, const char *z, size_t n);  /* UTF-8 */
void nwBoilerplateClose(NwBoilerplate *p);

#endif
