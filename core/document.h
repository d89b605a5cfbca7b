/* document.h -- a text held as contiguous bytes plus where each line starts,
 * so analysers see one slice of memory and the editor can replace lines. */
#ifndef CLAIMLENS_DOCUMENT_H
#define CLAIMLENS_DOCUMENT_H

#include <stddef.h>

typedef struct document {
    char *text;
    size_t len, cap;
    size_t *line_start;   /* nlines + 1 entries; the last is len */
    size_t nlines, lcap;
    /* What changed since document_mark_clean, for the one cache that
     * follows this text: lines [dirty_first, dirty_last) in today's
     * numbering; lines after them moved as a block. */
    int dirty, replaced;  /* replaced: the whole text was set */
    size_t dirty_first, dirty_last;
} document;

document *document_new(void);
void document_free(document *d);

/* The bytes of a file as given: offsets stay offsets into the file. */
int document_set_bytes(document *d, const char *bytes, size_t len);
/* Lines from the editor, without their newlines; each is stored with one. */
int document_set_lines(document *d, const char *const *lines,
                       const size_t *lens, size_t n);
/* Lines [first, last) become `lines`, like nvim_buf_set_lines. */
int document_replace_lines(document *d, size_t first, size_t last,
                           const char *const *lines, const size_t *lens,
                           size_t n);

/* Forget what changed (the cache following the text caught up). */
void document_mark_clean(document *d);

/* Line and byte column of a byte offset (an offset past the end maps to
 * the end of the last line). */
void document_position(const document *d, size_t off,
                       size_t *line, size_t *col);

/* Bytes of line i without its newline. */
size_t document_line_len(const document *d, size_t i);

#endif
