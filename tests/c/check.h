/* A minimal check macro for the C unit tests: prints "ok"/"not ok" lines
** and makes main() return non-zero on any failure. */
#ifndef NW_CHECK_H
#define NW_CHECK_H
#include <stdio.h>
#include <string.h>
static int nFailed = 0;
#define CHECK(cond, what) do{ \
  if( cond ){ printf("ok %s\n", what); } \
  else{ nFailed++; printf("not ok %s (%s:%d)\n", what, __FILE__, __LINE__); } \
}while(0)
#define CHECK_STR(got, want, what) do{ \
  const char *g_ = (got), *w_ = (want); \
  if( g_ && strcmp(g_, w_)==0 ){ printf("ok %s\n", what); } \
  else{ nFailed++; printf("not ok %s: got [%s], want [%s] (%s:%d)\n", \
                          what, g_ ? g_ : "(null)", w_, __FILE__, __LINE__); } \
}while(0)
#endif
