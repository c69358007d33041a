/*
** nwInt.h: the internal header of the SQL glue, one section per glue file
** (as fts5Int.h has one per module).
**
** Pure cores (nw_text.c, nw_segment.c, ...) include only their own headers
** and no SQLite; the glue files, nw_sql_*.c and newswire.c, include this
** one.  newswire.c alone uses SQLITE_EXTENSION_INIT1 and holds the one
** registration table; each glue file exports the functions, table-valued
** function definitions and modules that table names.
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

/* The signature of a scalar SQL function. */
typedef void (*NwScalarFunc)(sqlite3_context*, int, sqlite3_value**);

/**************************************************************************
** nw_sql_context.c: per-connection state and the scalar error helper.
**
** Created by sqlite3_newswire_init() and shared by every function and
** module it registers.  A connection never runs two statements at the same
** time, so the scratch objects below are used by one call at a time.
** Everything is created on first use.  Each registration holds a
** reference; the last destructor frees it.
*/
typedef struct NwContext NwContext;
typedef struct NwIndexVtab NwIndexVtab;    /* nw_sql_index.c */
struct NwContext {
  int nRef;
  NwIndexVtab *pIndexes;         /* passage_index tables connected here */
  NwNormalizer *pNorm;           /* normalize(), tokens.norm */
  NwBoilerplate *pBoilerplate;   /* passages.boilerplate */
  NwStemmer *pStemmer;           /* tokens.stem (Snowball English) */
  NwSynonyms *pSynonyms;         /* similarity features */
  NwEntityModel *pEntities;      /* entities(): lexicons and patterns */
  NwClaimModel *pClaims;         /* claims(): patterns */
  NwBreakCache brk;              /* ICU iterators reused by every function */
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
/* Fill pF's tools (normaliser, stemmer, synonyms, break iterators) from
** the context. */
int nwContextFeaturizer(NwContext *p, NwFeaturizer *pF);

/* Report rc from a core in a scalar function: "zFunc(): <detail>", or
** SQLite's own out-of-memory and too-big errors. */
void nwResultError(sqlite3_context *ctx, const char *zFunc, int rc,
                   const char *zFmt, ...);

/**************************************************************************
** nw_sql_vtab.c: the one table-valued-function skeleton.
**
** Every table-valued function is an NwTvfDef: its name, its schema (the
** visible columns, then one hidden column per argument), how many
** arguments it takes and needs, and either
**   - xCompute, which fills NwRows with every row at once (word_diff,
**     reuse_spans, entities, claims), or
**   - xStart/xNext/xColumn/xReset, which stream rows from a cursor of
**     szCursor bytes that begins with an NwTvfCursor (sentences, passages,
**     tokens, passage_pairs).
** The skeleton does the rest: xBestIndex over the argument columns,
** missing arguments, NULL arguments (no rows), rowids, the error path.
*/
#define NW_TVF_MAX_ARG 4

typedef struct NwCell NwCell;
typedef struct NwRows NwRows;
typedef struct NwTvfDef NwTvfDef;
typedef struct NwTvfVtab NwTvfVtab;
typedef struct NwTvfCursor NwTvfCursor;

/* A computed value: integer, real, text (owned) or NULL.  A text of up
** to NW_CELL_SHORT bytes is held in the cell itself (bShort): a row of
** entities() has four texts or so, and a malloc and a free for each were
** a tenth of the function. */
#define NW_CELL_SHORT 23
struct NwCell {
  int eType;                 /* SQLITE_INTEGER, _FLOAT, _TEXT or 0 (NULL) */
  int bShort;                /* SQLITE_TEXT in zShort, not z */
  union {
    sqlite3_int64 i;
    double r;
    char *z;                 /* sqlite3_malloc'd UTF-8 for SQLITE_TEXT */
    char zShort[NW_CELL_SHORT+1];
  };
};

/* Argument 1 of a function with bText, read once before xCompute or
** xStart (a streaming function's is kept until xReset): the
** text as the cores take it (nwUtf8Clean(): up to the first NUL, each
** invalid sequence as U+FFFD), in UTF-8, with its byte -> character
** index for the offsets. */
typedef struct NwTvfText NwTvfText;
struct NwTvfText {
  const char *z;
  size_t n;
  NwUtf8Index idx;
  NwBuf repaired;            /* holds z when the input needed repair */
};

/* Every row a computed-whole function makes, nCol cells a row. */
struct NwRows {
  int nCol;
  int nRow, nAlloc;          /* in rows */
  NwCell *a;                 /* nRow*nCol cells */
};

struct NwTvfDef {
  const char *zName;
  const char *zSchema;       /* visible columns, then the arguments */
  int nCol;                  /* visible columns; argument i is nCol+i */
  int nArg, nArgRequired;
  const char *zUsage;        /* shown when a required argument is missing */
  /* How the missing-argument error names argument i; NULL: "argument N". */
  const char *azMissing[NW_TVF_MAX_ARG];
  /* NW_ERROR without a message of its own: "name(): <zFailed>"; NULL:
  ** "could not read the text". */
  const char *zFailed;
  int bInnocuous;            /* 0 if it reads the schema or other tables */
  int bText;                 /* argument 1 into pCur->text */
  /* Streaming, but every row is found before the first (claims(),
  ** entities()): planned as a function computed whole. */
  int bWhole;
  /* Computed whole: every row from the arguments (apArg[i] is NULL when
  ** argument i is not given; required ones are never SQL NULL). */
  int (*xCompute)(NwTvfCursor*, sqlite3_value **apArg, NwRows*);
  /* Streaming: xStart the arguments, xNext gives NW_ROW or NW_DONE,
  ** xColumn visible column iCol of the row, xReset frees what xStart
  ** made (also called on a cursor that never started). */
  size_t szCursor;
  int (*xStart)(NwTvfCursor*, sqlite3_value **apArg);
  int (*xNext)(NwTvfCursor*);
  int (*xColumn)(NwTvfCursor*, sqlite3_context*, int iCol);
  void (*xReset)(NwTvfCursor*);
  /* Frees NwTvfVtab.pState, a TVF's own per-table state (or 0). */
  void (*xFreeState)(void*);
};

struct NwTvfVtab {
  sqlite3_vtab base;
  const NwTvfDef *pDef;
  NwContext *pCtx;
  sqlite3 *db;
  void *pState;              /* the TVF's own, freed by pDef->xFreeState */
};

struct NwTvfCursor {
  sqlite3_vtab_cursor base;
  NwTvfVtab *pTab;
  sqlite3_int64 iRow;        /* current row, 1-based: also the rowid */
  int bEof;
  NwRows rows;               /* computed-whole functions only */
  NwTvfText text;            /* functions with bText only */
};

/* The definition of a function computed whole, in one initialiser. */
#define NW_TVF_COMPUTED(zFunc, zUse, nC, nA, nReq, bInno, bTxt, xComp, \
                        xFree, zSchem) \
  { .zName = zFunc, .zSchema = zSchem, .nCol = nC, .nArg = nA, \
    .nArgRequired = nReq, .zUsage = zUse, .bInnocuous = bInno, \
    .bText = bTxt, .xCompute = xComp, .xFreeState = xFree }

/* Register pDef as an eponymous table-valued function of db. */
int nwTvfRegister(sqlite3 *db, NwContext *pCtx, const NwTvfDef *pDef);

/* Replace a virtual table's error message (frees the old one). */
void nwVtabError(sqlite3_vtab *pVtab, const char *zFmt, ...);
/* The same, as "name(): <message>" for the cursor's function. */
void nwTvfError(NwTvfCursor *pCur, const char *zFmt, ...);

/* A new row of NULLs at the end of p; NULL on OOM. */
NwCell *nwRowsAppend(NwRows *p);
void nwCellInt(NwCell *p, sqlite3_int64 i);
void nwCellReal(NwCell *p, double r);
/* Copies of text into a cell; NW_NOMEM on failure.  Utf8: z[0..n) holds
** no NUL.  Static: a NUL-terminated constant.  Span16: the UTF-16 span
** [i0,i1) of a text decoded from UTF-8 z8, copied from z8 through pMap. */
int nwCellTextUtf8(NwCell *p, const char *z, size_t n);
int nwCellTextStatic(NwCell *p, const char *z);
int nwCellTextSpan16(NwCell *p, const char *z8, const NwCharMap *pMap,
                     int32_t i0, int32_t i1);
/* Start and length cells for the UTF-16 span [i0,i1) of a text. */
void nwCellSpan16(NwCell *pStart, NwCell *pLen, const NwCharMap *pMap,
                  int32_t i0, int32_t i1);
/* Text, start and length cells (each may be NULL) for the byte span
** aSpan of pIdx's UTF-8 text; none for an unset span (NW_NOSPAN). */
int nwCellsForByteSpan(NwCell *pText, NwCell *pStart, NwCell *pLen,
                       const NwUtf8Index *pIdx, const size_t *aSpan);
/* The same as results, for a streaming function's xColumn: the text of
** byte span aSpan of pText, or where it starts (1-based characters,
** bLength 0) or its length in characters (bLength 1); NULL for an unset
** span (NW_NOSPAN) or one that is not inside the text. */
void nwResultSpanText(sqlite3_context *ctx, const NwTvfText *pText,
                      const size_t *aSpan);
void nwResultSpanChars(sqlite3_context *ctx, const NwTvfText *pText,
                       const size_t *aSpan, int bLength);

/**************************************************************************
** nw_sql_text.c: normalize(); sentences(), passages(), tokens().
*/
void nwNormalizeFunc(sqlite3_context*, int, sqlite3_value**);
extern const NwTvfDef nwSentencesTvf, nwPassagesTvf, nwTokensTvf;

/**************************************************************************
** nw_sql_similar.c: similar_passage(), passage_signature(),
** signature_similarity(); word_diff(), reuse_spans().
*/
void nwSimilarPassageFunc(sqlite3_context*, int, sqlite3_value**);
void nwPassageSignatureFunc(sqlite3_context*, int, sqlite3_value**);
void nwSignatureSimilarityFunc(sqlite3_context*, int, sqlite3_value**);
extern const NwTvfDef nwWordDiffTvf, nwReuseSpansTvf;
/* The similarity bag of a text value (decoded, featurised); NW_OK or an
** error code.  passage_index uses it for text it is given. */
int nwBagFromValue(NwContext *pCtx, sqlite3_value *pVal, NwBag *pBag);

/**************************************************************************
** nw_sql_index.c: the passage_index module and passage_pairs().
*/
extern const sqlite3_module nwPassageIndexModule;
extern const NwTvfDef nwPassagePairsTvf, nwPassageBandsTvf;

/**************************************************************************
** nw_sql_index_shadow.c: passage_index's shadow tables, as stored: their
** layout, the checks before use (nothing in a database file is trusted)
** and reading signatures.  Functions with pzErr set *pzErr (an
** sqlite3_mprintf'd message without the "passage_index" prefix) on error.
*/
#define NW_INDEX_VERSION 2       /* 2: the bands in _band; 1: without */
#define NW_ALL_ROWS (-9223372036854775807LL - 1)   /* smallest rowid */
/* The shadow tables as xCreate makes them: the text SQLite stores in
** sqlite_schema after "CREATE TABLE <name>" (RENAME and VACUUM keep it). */
#define NW_CONFIG_LAYOUT "(key TEXT PRIMARY KEY, value) WITHOUT ROWID"
#define NW_SIG_LAYOUT    "(id INTEGER PRIMARY KEY, sig BLOB NOT NULL)"
#define NW_BAND_LAYOUT   "(k INTEGER PRIMARY KEY, data BLOB NOT NULL)"

/* Run, or prepare, one statement built from zFmt (sqlite3_mprintf). */
int nwIndexExec(sqlite3 *db, const char *zFmt, ...);
int nwIndexPrepare(sqlite3 *db, sqlite3_stmt **pp, const char *zFmt, ...);
/* *pp prepared from zFmt (its two %w: zDb, zName) unless it already is,
** and kept (SQLITE_PREPARE_PERSISTENT) until the owner finalizes it. */
int nwIndexPrepareKept(sqlite3 *db, sqlite3_stmt **pp, const char *zFmt,
                       const char *zDb, const char *zName);
/* True if zSql (from sqlite_schema) creates passage_index table zName. */
int nwIndexSqlIsModule(const char *zSql, const char *zName);
/* Everything about zDb.zName's shadow tables that the code relies on
** before reading a row: sqlite_schema (unless bSchema is 0) and the rows
** of _config, read by pConfig if given (it is reset); the index's band
** shape into *pShape (if not 0). */
typedef struct NwLshShape NwLshShape;
#define NW_CHECK_SCHEMA  1      /* read sqlite_schema too */
#define NW_CHECK_UPGRADE 2      /* format 1 (no _band) is fine: 'rebuild' */
int nwIndexCheckShadows(sqlite3 *db, const char *zDb, const char *zName,
                        int mFlags, sqlite3_stmt *pConfig,
                        NwLshShape *pShape, char **pzErr);
/* A stored signature: SQLITE_OK if usable, else SQLITE_CORRUPT_VTAB and
** *pzWhy (static). */
int nwSigCheckStored(sqlite3_value *pVal, const char **pzWhy);
/* A scan of zDb.zName_sig in rowid order from iMin; each step gives
** SQLITE_ROW with a checked *paSig, SQLITE_DONE, or an error. */
int nwSigScanOpen(sqlite3 *db, const char *zDb, const char *zName,
                  sqlite3_int64 iMin, sqlite3_stmt **ppStmt, char **pzErr);
int nwSigScanStep(sqlite3 *db, sqlite3_stmt *pStmt, const char *zName,
                  const unsigned char **paSig, sqlite3_int64 *piRowid,
                  char **pzErr);
/* The signatures with rowid >= iMin, in rowid order, into
** sqlite3_malloc'd arrays; and how many there are. */
int nwSigLoad(sqlite3 *db, const char *zDb, const char *zName,
              sqlite3_int64 iMin, unsigned char **paSig,
              sqlite3_int64 **paRowid, int *pn, char **pzErr);
int nwSigCount(sqlite3 *db, const char *zDb, const char *zName,
               sqlite3_int64 iMin, sqlite3_int64 *pn, char **pzErr);

/**************************************************************************
** nw_sql_index_bands.c: the band buckets of an index in zDb.zName_band
** (checked by nwIndexCheckShadows first).  Functions with pzErr set it
** on error, as above.
*/
#define NW_BANDS_NSTMT 6
typedef struct NwBandEntry NwBandEntry;
struct NwBandEntry { sqlite3_uint64 bk; sqlite3_int64 rowid; };
typedef struct NwBands NwBands;
struct NwBands {
  sqlite3 *db;
  const char *zDb, *zName;          /* the owner's strings */
  sqlite3_stmt *aStmt[NW_BANDS_NSTMT];  /* prepared on first use */
  /* Entries written since the last flush, not yet in _band. */
  NwBandEntry *aPend;
  size_t nPend, nPendAlloc;
  int nPendRows;                    /* passages they come from */
};
void nwBandsInit(NwBands *p, sqlite3 *db, const char *zDb, const char *zName);
void nwBandsFinalize(NwBands *p);   /* before DROP or RENAME */
void nwBandsFree(NwBands *p);       /* at the end: statements, pending */
/* The buckets of the signature of rowid, kept pending (flushed when
** there are many). */
int nwBandsAdd(NwBands *p, const NwLshShape *pShape, sqlite3_int64 rowid,
               const unsigned char *aSig, char **pzErr);
/* The pending entries written into _band as one segment (levels merged
** as they fill); or dropped, after a rollback took their rows back. */
int nwBandsFlush(NwBands *p, char **pzErr);
void nwBandsDiscard(NwBands *p);
/* xHit(pArg, band, rowid) for every entry, stored or pending, in a bucket
** of aQuery (a rowid may come more than once, deleted or rewritten rows
** too; a non-zero return stops the lookup and is returned). */
int nwBandsLookup(NwBands *p, const NwLshShape *pShape,
                  const unsigned char *aQuery,
                  int (*xHit)(void*, int, sqlite3_int64), void *pArg,
                  char **pzErr);
/* Segments above level 0 and rows of level 0: what a lookup seeks. */
int nwBandsSegments(NwBands *p, int *pnSeg, int *pnLevel0, char **pzErr);
/* _band written again from _sig; and then merged into one segment. */
int nwBandsRebuild(NwBands *p, const NwLshShape *pShape, char **pzErr);
int nwBandsOptimize(NwBands *p, const NwLshShape *pShape, char **pzErr);

/**************************************************************************
** nw_sql_entities.c: entities(), with the user's entity_aliases rows.
*/
extern const NwTvfDef nwEntitiesTvf;

/**************************************************************************
** nw_sql_claims.c: claims().
*/
extern const NwTvfDef nwClaimsTvf;

/**************************************************************************
** nw_sql_corpus.c: newswire_hash(), newswire_progress(), newswire_date().
*/
void nwHashFunc(sqlite3_context*, int, sqlite3_value**);
void nwDateFunc(sqlite3_context*, int, sqlite3_value**);
void nwProgressFunc(sqlite3_context*, int, sqlite3_value**);

#endif
