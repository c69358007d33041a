/*
** nw_lexicon.h: word lists compiled into the extension.  Pure data.
*/
#ifndef NW_LEXICON_H
#define NW_LEXICON_H

/* Groups of words that translators and rewriting editors use for one
** another in news copy, one group per string, words separated by spaces;
** the first word names the group.  NULL-terminated. */
extern const char *const nwLexSynonyms[];

/* Names that stand for a country's government in news copy more often
** than for their city ("Washington said"), as "key|TYPE|Name" lines;
** they take precedence over nwLexPlaces. */
extern const char *const nwLexMetonyms[];

#endif
