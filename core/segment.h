/* segment.h -- split text into sentences as a reader sees them: across
 * soft-wrapped lines, never across a blank line, not at "Mr." or "3.5" or
 * inside a quotation, and with Markdown furniture (front matter, code,
 * list bullets, block-quote marks) left out. */
#ifndef CLAIMLENS_SEGMENT_H
#define CLAIMLENS_SEGMENT_H

#include <stddef.h>
#include "rules.h"

/* Longer runs without a sentence end are cut here, so no sentence makes
 * later steps quadratic. */
#define SEGMENT_MAX_BYTES 1024
/* A quotation longer than this is not held together as one sentence. */
#define SEGMENT_QUOTE_MAX 4096

typedef enum seg_kind {
    SEG_PROSE,
    SEG_HEADING,
    SEG_LIST_ITEM
} seg_kind;

typedef struct segment {
    size_t start, end;    /* the sentence, trimmed of surrounding space */
    size_t para;          /* paragraph number: blank lines, headings, items */
    seg_kind kind;
} segment;

typedef struct segments {
    segment *v;
    size_t n, cap;
} segments;

void segments_init(segments *s);
void segments_free(segments *s);

/* Append the sentences of text[0, len).  The rule set supplies the
 * abbreviations; it may be NULL (then none are known).  Returns 0, or -1
 * when out of memory. */
int segment_text(const ruleset *rs, const char *text, size_t len,
                 segments *out);

#endif
