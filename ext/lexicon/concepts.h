/*
** concepts.h: the concept table of the lexgen build tool (concepts.c).
*/
#ifndef NW_LEXGEN_CONCEPTS_H
#define NW_LEXGEN_CONCEPTS_H
#include <stddef.h>

/* The initialiser lines of nwLexConcepts ("  {0x...ull, 0x...ull},\n",
** stem hash and the hash of the stem naming its concept, sorted by key) in *pzOut (malloc()ed, *pnOut bytes), from WordNet in zWordNet
** and spelling.tsv, synonyms.tsv in zData; a comment line in zSummary.
** zSkip (NULL: none) leaves resources out, for ablations: a comma-separated
** list of synsets, derivation, inflection, spelling, synonyms.  Exits on
** an error. */
void conceptsWrite(const char *zWordNet, const char *zData, const char *zSkip,
                   char **pzOut, size_t *pnOut, char *zSummary, size_t nSummary);

#endif
