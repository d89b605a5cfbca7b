/* fuzz.h -- what the libFuzzer targets share: the shipped rule set, loaded
 * once, and checks that every annotation stays inside the text it indexes
 * and that msgpack output decodes back to exactly what was declared. */
#ifndef CLAIMLENS_FUZZ_H
#define CLAIMLENS_FUZZ_H

#include <msgpack.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "annotation.h"
#include "packs.h"
#include "rules.h"

/* The packs in $CLAIMLENS_RULES, else ./rules (the fuzzers run from the
 * repository root).  Aborts when they do not load: nothing to fuzz then. */
static inline ruleset *fuzz_rules(void) {
    static ruleset *rs;
    if (!rs) {
        const char *dir = getenv("CLAIMLENS_RULES");
        msglist errors = {0};
        rs = packs_load(dir && *dir ? dir : "rules", NULL, 0, 1, &errors);
        for (size_t i = 0; i < errors.n; i++) fprintf(stderr, "fuzz: %s\n", errors.v[i]);
        msglist_free(&errors);
        if (!rs) {
            fprintf(stderr, "fuzz: the shipped rule packs do not load\n");
            abort();
        }
    }
    return rs;
}

#define FUZZ_ASSERT(cond) do { \
    if (!(cond)) { \
        fprintf(stderr, "%s:%d: fuzz invariant broken: %s\n", __FILE__, __LINE__, #cond); \
        abort(); \
    } } while (0)

#define fuzz_check_span(s, len) fuzz_check_span_((s), (len), #s)
static inline void fuzz_check_span_(span s, size_t len, const char *what) {
    if (span_is_null(s)) return;
    if (s.start > s.end || s.end > len) {
        fprintf(stderr, "fuzz: %s [%zu, %zu) is not inside the %zu bytes analysed\n",
                what, s.start, s.end, len);
        abort();
    }
}

/* Every span of `a` lies in [0, len) and every count is within bounds. */
static inline void fuzz_check_annotation(const annotation *a, size_t len) {
    FUZZ_ASSERT((int)a->kind >= 0 && a->kind < KIND__COUNT);
    FUZZ_ASSERT(!span_is_null(a->whole));
    fuzz_check_span(a->whole, len);
    fuzz_check_span(a->source.name, len);
    fuzz_check_span(a->source.refers_to, len);
    fuzz_check_span(a->source.via, len);
    fuzz_check_span(a->cue, len);
    fuzz_check_span(a->content, len);
    FUZZ_ASSERT(a->ndescriptors >= 0 && a->ndescriptors <= ANN_MAX_DESCRIPTORS);
    for (int i = 0; i < a->ndescriptors; i++) fuzz_check_span(a->descriptors[i], len);
    fuzz_check_span(a->reason, len);
    fuzz_check_span(a->marker, len);
    fuzz_check_span(a->rebuttal, len);
    fuzz_check_span(a->actor, len);
    FUZZ_ASSERT(a->nitems >= 0 && a->nitems <= ANN_MAX_ITEMS);
    for (int i = 0; i < a->nitems; i++) fuzz_check_span(a->items[i], len);
    fuzz_check_span(a->condition, len);
    fuzz_check_span(a->response, len);
    FUZZ_ASSERT(memchr(a->why, 0, sizeof a->why) != NULL);
    FUZZ_ASSERT(memchr(a->canonical, 0, sizeof a->canonical) != NULL);
    FUZZ_ASSERT(a->nnotes >= 0 && a->nnotes <= ANN_MAX_NOTES);
}

/* The buffer holds whole msgpack objects and nothing else; returns how
 * many, each checked by `each` when given. */
static inline size_t fuzz_check_msgpack(const char *data, size_t len,
                                 void (*each)(const msgpack_object *)) {
    msgpack_unpacked m;
    msgpack_unpacked_init(&m);
    size_t off = 0, n = 0;
    while (off < len) {
        msgpack_unpack_return r = msgpack_unpack_next(&m, data, len, &off);
        if (r != MSGPACK_UNPACK_SUCCESS) {
            fprintf(stderr, "fuzz: output does not decode at byte %zu of %zu (%d)\n",
                    off, len, (int)r);
            abort();
        }
        if (each) each(&m.data);
        n++;
    }
    msgpack_unpacked_destroy(&m);
    return n;
}

#endif
