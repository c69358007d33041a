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
/* Point p at another text z[0..n) (an ICU break iterator is costly to
** open: one kept per connection is reused), from its first word. */
int nwWordsRestart(NwWords *p, const UChar *z, int32_t n);
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

/* What a passage is (passages().kind).  NW_KIND_TEXT is prose and
** headings; the others carry no reusable content:
**   DATELINE     where and when a story was filed: "LONDON 1996-08-22",
**                "WASHINGTON (AP) —", a date or time alone
**   SLUG         credits and desk tags: a byline, "(Reporting by ...)",
**                "-- London Newsroom +44 171 542 7658", a lone source
**   TICKER       market and data lines in capitals and codes with figures
**                or "=": "AMT C$ 100 MLN COUPON 6.625 MATURITY 24.SEP.02"
**   TABLE        table rows: a label and columns of figures
**   SCORE        result lines: names and scores, "East Stirling 0 Albion 1"
**   BOILERPLATE  site furniture: "No comments:", "Share this", "___" */
#define NW_KIND_TEXT        0
#define NW_KIND_DATELINE    1
#define NW_KIND_SLUG        2
#define NW_KIND_TICKER      3
#define NW_KIND_TABLE       4
#define NW_KIND_SCORE       5
#define NW_KIND_BOILERPLATE 6
const char *nwKindName(int eKind);           /* "text", "dateline" ... */

/* The kind the line rules give z[0..n) (UTF-8, one line): DATELINE, SLUG,
** BOILERPLATE or TEXT. */
int nwBoilerplateKind(NwBoilerplate *p, const char *z, size_t n);

/* Passages: paragraphs (as nwParagraphNext) with their structural kind.
** A dateline that opens a paragraph ("WASHINGTON (AP) — The ...") is a
** passage of its own, kind DATELINE, and the prose after it another, so
** both keep exact offsets.  Lines are also classed by their shape alone
** (share of figures, capitalised and lower-case words, codes, "="), and a
** borderline line (short, few lower-case words, a figure or capitals)
** takes the kind of a neighbour in a run of table, score or ticker lines,
** or is a TABLE row when it is one of three borderline lines in a row that
** end with a figure: so *peKind is TEXT, DATELINE, TICKER, TABLE or SCORE;
** nwBoilerplateKind() tells the rest.  Two paragraphs of lookahead; linear.
** pBp (for the dateline rule) must outlive the iterator. */
typedef struct NwPassages NwPassages;
int nwPassagesOpen(const UChar *z, int32_t n, NwBoilerplate *pBp,
                   NwPassages **pp);
int nwPassagesNext(NwPassages *p, NwSpan *pSpan, int *peKind);
void nwPassagesClose(NwPassages *p);

#endif
