/* store.h -- the buffers an editor has opened with the core: their text,
 * their findings, and what the editor was last sent. */
#ifndef CLAIMLENS_STORE_H
#define CLAIMLENS_STORE_H

#include <stdint.h>
#include "document.h"
#include "findings.h"
#include "job.h"

typedef struct buffer {
    long long id;
    long long tick;
    document *doc;
    findings found;
    long long sent_tick;      /* tick of the last result sent, -1: none;
                               * which paragraphs it had: paragraph.sent */
    int pending;              /* an analysis was asked for and not sent */
    long long pending_applied;
    long long focus_first, focus_last;  /* lines on screen; first -1: none */
    job work;                 /* the pending analysis under way */
} buffer;

typedef struct store {
    buffer **v;
    size_t n, cap;
} store;

void store_init(store *s);
void store_free(store *s);

buffer *store_find(const store *s, long long id);
/* The buffer with `id`, created empty if new; NULL when out of memory. */
buffer *store_open(store *s, long long id);
void store_close(store *s, long long id);
/* Forget every cached finding (the rules changed). */
void store_forget_findings(store *s);

/* Remember which paragraphs the editor now has. */
int buffer_mark_sent(buffer *b);
/* Whether the editor already has paragraph i's findings. */
int buffer_was_sent(const buffer *b, size_t i);
/* Stop the analysis under way for b (its paragraphs changed or a newer
 * request came); `pending` says whether it starts again. */
void buffer_abandon(buffer *b);

#endif
