/*
** nwInt.h: the internal header of the SQL glue.  Pure cores include only
** their own headers (nw_text.h, nw_segment.h, ...); the files that talk to
** SQLite include this one.  newswire.c alone uses SQLITE_EXTENSION_INIT1.
*/
#ifndef NW_INT_H
#define NW_INT_H

#include "sqlite3ext.h"
SQLITE_EXTENSION_INIT3

#include "nw_mem.h"
#include "nw_text.h"
#include "nw_segment.h"
#include "nw_pattern.h"
#include "nw_stem.h"
#include "nw_similar.h"
#include "nw_align.h"
#include "nw_entities.h"
#include "nw_claims.h"

#define NEWSWIRE_VERSION "0.1.0"
#define NW_MIN_SQLITE_VERSION 3031000   /* SQLITE_INNOCUOUS, vtab_config */
#define NW_MIN_SQLITE_TEXT "3.31.0"

/*
** Per-connection state, created by sqlite3_newswire_init() and shared by
** every function and module it registers.  A connection never runs two
** statements at the same time, so the scratch objects below are used by
** one call at a time.  Everything is created on first use.  Each
** registration holds a reference; the last destructor frees it.
*/
typedef struct NwContext NwContext;
struct NwContext {
  int nRef;
  NwNormalizer *pNorm;           /* normalize(), tokens.norm */
  NwBoilerplate *pBoilerplate;   /* passages.boilerplate */
  NwStemmer *pStemmer;           /* tokens.stem (Snowball English) */
  NwSynonyms *pSynonyms;         /* similarity features */
  NwEntityModel *pEntities;      /* entities(): lexicons and patterns */
  NwClaimModel *pClaims;         /* claims(): patterns */
  /* newswire_progress(): when it last printed, what, and the line. */
  sqlite3_int64 iProgressMs, iProgressDone, iProgressTotal;
  char zProgress[100];
};

NwContext *nwContextNew(void);
NwContext *nwContextRef(NwContext *p);
void nwContextUnref(void *p);            /* usable as a destructor */
/* Each returns NW_OK and sets *pp, or an error code and, for NW_ERROR,
** a message in zErr[0..nErr). */
int nwContextNormalizer(NwContext *p, NwNormalizer **pp);
int nwContextBoilerplate(NwContext *p, NwBoilerplate **pp,
                         char *zErr, int nErr);
int nwContextStemmer(NwContext *p, NwStemmer **pp);
/* The claims patterns, compiled on first use. */
int nwContextClaims(NwContext *p, NwClaimModel **pp, char *zErr, int nErr);
/* The entity model, built on first use. */
int nwContextEntities(NwContext *p, NwEntityModel **pp, char *zErr, int nErr);
/* Fill pF's tools (normaliser, stemmer, synonyms) from the context. */
int nwContextFeaturizer(NwContext *p, NwFeaturizer *pF);

/* entities(): the user's entity_aliases rows, read into pModel again only
** when the database may have changed since the last read (nw_aliases.c).
** *ppCache is created on first use; an error is left in pVtab. */
typedef struct NwAliasCache NwAliasCache;
int nwAliasesRefresh(NwAliasCache **ppCache, sqlite3 *db, sqlite3_vtab *pVtab,
                     NwEntityModel *pModel);
void nwAliasCacheFree(NwAliasCache *p);

/* Registration, one function per glue file. */
int nwRegisterFunctions(sqlite3 *db, NwContext *pCtx);   /* nw_func.c */
int nwRegisterTvfs(sqlite3 *db, NwContext *pCtx);        /* nw_tvf.c */
int nwRegisterPairTvfs(sqlite3 *db, NwContext *pCtx);    /* nw_pairtvf.c */
int nwRegisterIndex(sqlite3 *db, NwContext *pCtx);       /* nw_index.c */
int nwRegisterProgress(sqlite3 *db, NwContext *pCtx);    /* nw_progress.c */

/* xConnect of the table-valued functions: declare zSchema, allocate a
** zeroed vtab of szVtab bytes, mark it innocuous if bInnocuous. */
int nwVtabConnect(sqlite3 *db, const char *zSchema, size_t szVtab,
                  int bInnocuous, sqlite3_vtab **ppVtab);

/* Replace a virtual table's error message (frees the old one). */
void nwVtabError(sqlite3_vtab *pVtab, const char *zFmt, ...);

/* Report rc from a core in a scalar function: "zFunc(): <detail>", or
** SQLite's own out-of-memory and too-big errors. */
void nwResultError(sqlite3_context *ctx, const char *zFunc, int rc,
                   const char *zFmt, ...);

#endif
