/*
** nw_lexicon.h: word lists compiled into the extension.  Pure data.
*/
#ifndef NW_LEXICON_H
#define NW_LEXICON_H
#include <stddef.h>
#include <stdint.h>

/* Is the word z[0..n) in az, a list of nList words sorted in strcmp()
** order?  Words of 64 bytes or more are in no list. */
int nwLexHas(const char *z, size_t n, const char *const *az, int nList);

/* Groups of words that translators and rewriting editors use for one
** another in news copy, one group per string, words separated by spaces;
** the first word names the group.  NULL-terminated. */
extern const char *const nwLexSynonyms[];

/* Names that stand for a country's government in news copy more often
** than for their city ("Washington said"), as "key|TYPE|Name" lines;
** they take precedence over nwLexPlaces. */
extern const char *const nwLexMetonyms[];

/* The concept table (ext/lexicon/concepts.c, from WordNet, spelling.tsv
** and synonyms.tsv): the hash of a Snowball stem (nwHashBytes() of what
** nwStem() gives) and the hash of the stem that names its concept (the
** first word of a synonyms.tsv group, else its most frequent member),
** sorted by h; nwLexConceptCount entries, then {0, 0}.  A stem not in it
** stands for itself. */
typedef struct NwLexConcept NwLexConcept;
struct NwLexConcept { uint64_t h, hConcept; };
extern const NwLexConcept nwLexConcepts[];
extern const int nwLexConceptCount;
/* The feature of stem hash h: its concept's naming stem hash, or h. */
uint64_t nwLexConcept(uint64_t h);

#endif
