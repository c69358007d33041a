/*
** nw_lexicon_data.h: gazetteers and cue-word lists for entity extraction.
** Pure data, every array NULL-terminated, defined in
** build/gen/nw_lexicon_data.c, which ext/lexicon/lexgen.c generates from
** the data files of ext/lexicon/ (their header comments give the columns)
** and the ISO 3166 tables of iso-codes.
*/
#ifndef NW_LEXICON_DATA_H
#define NW_LEXICON_DATA_H

extern const char *const nwLexPlaces[];     /* "key|GPE or LOC|Name|Variant..." */
extern const char *const nwLexNorp[];       /* "key|Demonym|Plural|Variant..." */
extern const char *const nwLexOrgs[];       /* "key|Name|Variant|Acronym..." */
extern const char *const nwLexGivenNames[]; /* sorted, strcmp order */
extern const char *const nwLexTitles[];     /* lower case, strcmp order */
extern const char *const nwLexOrgHeads[];   /* strcmp order */
extern const char *const nwLexLocHeads[];   /* strcmp order */
extern const char *const nwLexEventHeads[]; /* strcmp order */
extern const char *const nwLexLawHeads[];   /* strcmp order */

#endif /* NW_LEXICON_DATA_H */
