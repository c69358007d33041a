/*
** nw_lexicon.h: word lists compiled into the extension.  Pure data.
*/
#ifndef NW_LEXICON_H
#define NW_LEXICON_H

/* Groups of words that translators and rewriting editors use for one
** another in news copy, one group per string, words separated by spaces;
** the first word names the group.  NULL-terminated. */
extern const char *const nwLexSynonyms[];

#endif
