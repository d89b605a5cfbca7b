/* span.h -- a byte range of the analysed text, end exclusive. */
#ifndef CLAIMLENS_SPAN_H
#define CLAIMLENS_SPAN_H

#include <stddef.h>

#define SPAN_NONE ((size_t)-1)

typedef struct span {
    size_t start, end;
} span;

static inline span span_make(size_t start, size_t end) {
    span s = {start, end};
    return s;
}

/* "Not found" is a real answer in the output (JSON null), never a guess. */
static inline span span_null(void) { return span_make(SPAN_NONE, SPAN_NONE); }
static inline int span_is_null(span s) { return s.start == SPAN_NONE; }
static inline int span_overlaps(span a, span b) { return a.start < b.end && b.start < a.end; }
static inline size_t span_len(span s) { return span_is_null(s) ? 0 : s.end - s.start; }

#endif
