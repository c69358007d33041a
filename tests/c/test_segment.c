/* Unit tests of nw_segment.c: sentence, word and paragraph spans. */
#include <stdio.h>
#include <string.h>
#include "check.h"
#include "nw_text.h"
#include "nw_segment.h"
#include "nw_mem.h"

static int countSentences(const char *z){
  NwText t = {0, 0};
  NwSentences *p = 0;
  NwSpan s;
  int n = 0;
  if( nwTextInit(&t, z, -1) || nwSentencesOpen(t.z, t.n, &p) ) return -1;
  while( nwSentencesNext(p, &s)==NW_ROW ) n++;
  nwSentencesClose(p);
  nwTextClear(&t);
  return n;
}

/* The kinds nwPassagesNext() gives, as "dateline,text,...", into zOut. */
static void passageKinds(NwBoilerplate *pBp, const char *z, char *zOut,
                         size_t nOut){
  NwText t = {0, 0};
  NwPassages *p = 0;
  NwSpan s;
  int eKind;
  size_t n = 0;
  zOut[0] = 0;
  if( nwTextInit(&t, z, -1) || nwPassagesOpen(t.z, t.n, pBp, &p) ) return;
  while( nwPassagesNext(p, &s, &eKind)==NW_ROW ){
    n += (size_t)snprintf(zOut+n, nOut-n, "%s%s", n ? "," : "",
                          nwKindName(eKind));
    if( n>=nOut ) break;
  }
  nwPassagesClose(p);
  nwTextClear(&t);
}

static int countWords(const char *z){
  NwText t = {0, 0};
  NwWords *p = 0;
  NwSpan s;
  int n = 0;
  if( nwTextInit(&t, z, -1) || nwWordsOpen(t.z, t.n, &p) ) return -1;
  while( nwWordsNext(p, &s)==NW_ROW ) n++;
  nwWordsClose(p);
  nwTextClear(&t);
  return n;
}

static int countParagraphs(const char *z){
  NwText t = {0, 0};
  NwSpan s;
  int32_t iPos = 0;
  int n = 0;
  if( nwTextInit(&t, z, -1) ) return -1;
  while( nwParagraphNext(t.z, t.n, &iPos, &s)==NW_ROW ) n++;
  nwTextClear(&t);
  return n;
}

/* Sentences of z through the cache, as (start,end) pairs summed into a
** checksum, so that a cached iterator can be compared with a fresh one. */
static long sentenceChecksum(NwBreakCache *pCache, const char *z){
  NwText t = {0, 0};
  NwSentences *p = 0;
  NwSpan s;
  long sum = 0;
  if( nwTextInit(&t, z, -1) ) return -1;
  if( nwSentencesOpenCached(pCache, t.z, t.n, &p) ){ nwTextClear(&t); return -1; }
  while( nwSentencesNext(p, &s)==NW_ROW ) sum = sum*31 + s.iStart*7 + s.iEnd;
  nwSentencesClose(p);
  nwTextClear(&t);
  return sum;
}

static void testBreakCache(void){
  NwBreakCache cache = {0, 0};
  const char *zA = "Mr. Smith left. He said so! Then what? Nothing.";
  const char *zB = "One. Two, three. Four";
  NwText t = {0, 0};
  NwSentences *p1 = 0, *p2 = 0;
  NwWords *pW = 0;
  NwSpan s;
  int nW = 0;
  long a0 = sentenceChecksum(0, zA), b0 = sentenceChecksum(0, zB);
  CHECK(sentenceChecksum(&cache, zA)==a0, "cached iterator, first text");
  CHECK(cache.pSentence!=0, "the iterator went back to the cache");
  CHECK(sentenceChecksum(&cache, zB)==b0, "cached iterator, second text");
  CHECK(sentenceChecksum(&cache, zA)==a0, "cached iterator, first text again");
  /* Two at once: the second cursor gets an iterator of its own, and the
  ** one given back last finds the slot taken and is closed. */
  nwTextInit(&t, zA, -1);
  CHECK(nwSentencesOpenCached(&cache, t.z, t.n, &p1)==NW_OK, "open 1");
  CHECK(cache.pSentence==0, "taken from the cache");
  CHECK(nwSentencesOpenCached(&cache, t.z, t.n, &p2)==NW_OK, "open 2");
  CHECK(nwSentencesNext(p1, &s)==NW_ROW && nwSentencesNext(p2, &s)==NW_ROW,
        "both iterate");
  nwSentencesClose(p1);
  nwSentencesClose(p2);
  CHECK(nwWordsOpenCached(&cache, t.z, t.n, &pW)==NW_OK, "words open");
  while( nwWordsNext(pW, &s)==NW_ROW ) nW++;
  nwWordsClose(pW);
  CHECK(nW==9 && cache.pWord!=0, "cached word iterator");
  nwTextClear(&t);
  nwBreakCacheClear(&cache);
  CHECK(cache.pSentence==0 && cache.pWord==0, "cache cleared");
  CHECK(nwAbbreviationListsSorted(), "abbreviation lists sorted for bsearch");
}

int main(void){
  NwBoilerplate *pBp = 0;
  char zErr[200];

  testBreakCache();

  CHECK(countSentences("U.S. officials met Gen. Smith. He left.")==2,
        "U.S. and Gen. do not end sentences");
  CHECK(countSentences("It happened on Jan. 5 at No. 10 Downing Street.")==1,
        "Jan. 5 and No. 10");
  CHECK(countSentences("John F. Kennedy spoke. Then he left.")==2, "initials");
  CHECK(countSentences("The U.S. Army said so.")==1, "U.S. before a name");
  CHECK(countSentences("Troops left the U.S. The war ended.")==2,
        "U.S. before a sentence opener ends the sentence");
  CHECK(countSentences("\xe2\x80\x9cWhy now?\xe2\x80\x9d she asked. He left.")==2,
        "a quote ending ?\xe2\x80\x9d stays with its cue");
  CHECK(countSentences("He said: \"It is done.\" Then he left.")==2,
        "closing quote stays with its sentence");
  CHECK(countSentences("A headline\nThe body starts here.")==2,
        "a line break ends a sentence");
  CHECK(countSentences("")==0 && countSentences("   \n  ")==0,
        "no sentences in blank text");
  CHECK(countWords("The 2,500 troops' Dae\xe2\x80\x99sh -- ok!")==5,
        "numbers and apostrophes stay in one word; punctuation is no word");
  CHECK(countParagraphs("a\nb\n\n\nc\r\nd")==4, "every line break ends a paragraph");
  CHECK(countParagraphs(" \n\t\n")==0, "blank lines are no paragraphs");

  CHECK(nwBoilerplateOpen(&pBp, zErr, sizeof(zErr))==NW_OK, "boilerplate rules compile");
  if( pBp ){
    static const char *azYes[] = {
      "No comments:", "Post a Comment", "Share this", "link",
      "Thursday, August 15, 2024", "15 August 2024", "By Jane Doe",
      "Nairobi \xe2\x80\x93 Staff", "Reuters", "Iraq Foreign Ministry",
      "U.S. State Department", 0 };
    static const char *azNo[] = {
      "The ministry said it would link the two programmes.",
      "Regional tensions and potential Iranian retaliation",
      "Iraq postpones announcement of coalition end-date", "Thanks.", 0 };
    int i;
    for(i=0; azYes[i]; i++){
      CHECK(nwIsBoilerplate(pBp, azYes[i], strlen(azYes[i])), azYes[i]);
    }
    for(i=0; azNo[i]; i++){
      CHECK(!nwIsBoilerplate(pBp, azNo[i], strlen(azNo[i])), azNo[i]);
    }
    {
      char zKinds[200];
      passageKinds(pBp, "BRUSSELS 1996-08-22\nEast Stirling 0 Albion 1\n"
                   "WASHINGTON (AP) \xe2\x80\x94 The talks resumed.", zKinds,
                   sizeof(zKinds));
      CHECK(strcmp(zKinds, "dateline,score,dateline,text")==0,
            "a dateline, a score line, a dateline split from its prose");
      passageKinds(pBp, "LAST S&P AA+ REOFFER =\nNOTES BAYERISCHE IS LEAD\n"
                   "FC Tirol Innsbruck 6 4 2 0 13 5 14", zKinds,
                   sizeof(zKinds));
      CHECK(strcmp(zKinds, "ticker,ticker,table")==0,
            "a ticker line carries its run; a table row");
      passageKinds(pBp, "The company sold 1,300 units in 2015 and 1,700 in "
                   "2016.\nTed Cruz, Marco Rubio and Ben Carson", zKinds,
                   sizeof(zKinds));
      CHECK(strcmp(zKinds, "text,text")==0,
            "a sentence of figures and a list of names are text");
      passageKinds(pBp, "", zKinds, sizeof(zKinds));
      CHECK(zKinds[0]==0, "no passages in an empty text");
    }
    nwBoilerplateClose(pBp);
  }
  printf("%d failed\n", nFailed);
  return nFailed!=0;
}
