/* compact.h -- stored findings in few bytes.  An annotation struct is 720
 * bytes, most of them empty spans and name buffers; a 10 MB buffer has
 * 100 000+ findings and the core keeps them all.  Here each is written as
 * varints of only the spans it has (offsets relative to its paragraph),
 * and read back into a struct when it is sent. */
#ifndef CLAIMLENS_COMPACT_H
#define CLAIMLENS_COMPACT_H

#include <stddef.h>
#include "annotation.h"

typedef struct compact_list {
    unsigned char *b;
    size_t len, cap;
    size_t n;                /* annotations held */
} compact_list;

void compact_init(compact_list *l);
void compact_free(compact_list *l);
/* Append x; -1 when out of memory. */
int compact_push(compact_list *l, const annotation *x);
/* Give back the room kept for more: a list is filled once, then read. */
void compact_shrink(compact_list *l);
/* Read the annotation at byte `pos` into out; returns where the next one
 * starts.  Start at 0 and read l->n of them. */
size_t compact_read(const compact_list *l, size_t pos, annotation *out);

#endif
