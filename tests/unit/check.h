/* check.h -- the smallest test harness that says what failed and where.
 * Each test file defines tests with TEST(name) and lists them in main via
 * RUN(name); the runner sums the "N passed, N failed" lines. */
#ifndef CLAIMLENS_CHECK_H
#define CLAIMLENS_CHECK_H

#include <stdio.h>
#include <string.h>

static int check_failed_now;
static int check_passed, check_failed;

#define TEST(name) static void name(void)

#define CHECK(cond) do { \
    if (!(cond)) { \
        fprintf(stderr, "%s:%d: CHECK failed: %s\n", __FILE__, __LINE__, #cond); \
        check_failed_now = 1; \
        return; \
    } } while (0)

#define CHECK_STR(got, want) do { \
    const char *g_ = (got), *w_ = (want); \
    if (!g_ || strcmp(g_, w_) != 0) { \
        fprintf(stderr, "%s:%d: got \"%s\", want \"%s\"\n", __FILE__, __LINE__, \
                g_ ? g_ : "(null)", w_); \
        check_failed_now = 1; \
        return; \
    } } while (0)

#define RUN(name) do { \
    check_failed_now = 0; \
    name(); \
    if (check_failed_now) { check_failed++; fprintf(stderr, "FAIL %s\n", #name); } \
    else check_passed++; \
    } while (0)

#define CHECK_DONE() \
    (printf("%s: %d passed, %d failed\n", __FILE__, check_passed, check_failed), \
     check_failed ? 1 : 0)

#endif
