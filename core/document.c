/* document.c -- contiguous text with a line index.  Replacing lines moves the
 * tail once (a memmove of a 10 MB buffer costs about a millisecond), which
 * keeps every analyser on plain byte slices; the index of the lines after
 * an edit is moved by the same amount, not rebuilt from their text. */
#include <stdlib.h>
#include <string.h>
#include "document.h"

document *document_new(void) {
    document *d = calloc(1, sizeof *d);
    if (!d) return NULL;
    d->line_start = malloc(sizeof *d->line_start);
    if (!d->line_start) {
        free(d);
        return NULL;
    }
    d->line_start[0] = 0;
    d->lcap = 1;
    return d;
}

void document_free(document *d) {
    if (!d) return;
    free(d->text);
    free(d->line_start);
    free(d);
}

static int reserve_text(document *d, size_t len) {
    if (len + 1 <= d->cap) return 0;
    size_t cap = d->cap ? d->cap : 256;
    while (cap < len + 1) cap *= 2;
    char *t = realloc(d->text, cap);
    if (!t) return -1;
    d->text = t;
    d->cap = cap;
    return 0;
}

static int reserve_lines(document *d, size_t n) {
    if (n + 1 <= d->lcap) return 0;
    size_t cap = d->lcap * 2;
    while (cap < n + 1) cap *= 2;
    size_t *ls = realloc(d->line_start, cap * sizeof *ls);
    if (!ls) return -1;
    d->line_start = ls;
    d->lcap = cap;
    return 0;
}

/* Rebuild the line index from byte `from_line` on. */
static int index_lines(document *d, size_t from_line) {
    size_t n = from_line;
    size_t off = d->line_start[from_line];
    while (off < d->len) {
        const char *nl = memchr(d->text + off, '\n', d->len - off);
        if (reserve_lines(d, n + 1) < 0) return -1;
        d->line_start[n++] = off;
        off = nl ? (size_t)(nl - d->text) + 1 : d->len;
    }
    if (reserve_lines(d, n) < 0) return -1;
    d->nlines = n;
    d->line_start[n] = d->len;
    return 0;
}

static void mark_replaced(document *d) {
    d->dirty = d->replaced = 1;
    d->dirty_first = 0;
    d->dirty_last = d->nlines;
}

void document_mark_clean(document *d) {
    d->dirty = d->replaced = 0;
    d->dirty_first = d->dirty_last = 0;
}

int document_set_bytes(document *d, const char *bytes, size_t len) {
    if (reserve_text(d, len) < 0) return -1;
    if (len) memcpy(d->text, bytes, len);
    d->len = len;
    d->text[len] = '\0';
    d->line_start[0] = 0;
    int rc = index_lines(d, 0);
    mark_replaced(d);
    return rc;
}

static size_t joined_len(const size_t *lens, size_t n) {
    size_t total = 0;
    for (size_t i = 0; i < n; i++) total += lens[i] + 1;
    return total;
}

static void write_lines(char *dst, const char *const *lines,
                        const size_t *lens, size_t n) {
    for (size_t i = 0; i < n; i++) {
        if (lens[i]) memcpy(dst, lines[i], lens[i]);
        dst += lens[i];
        *dst++ = '\n';
    }
}

int document_set_lines(document *d, const char *const *lines,
                       const size_t *lens, size_t n) {
    d->len = 0;
    d->nlines = 0;
    d->line_start[0] = 0;
    int rc = document_replace_lines(d, 0, 0, lines, lens, n);
    mark_replaced(d);
    return rc;
}

/* Lines [first, last) became n lines: move the index of the lines after
 * them instead of scanning their text again. */
static int shift_index(document *d, size_t first, size_t last,
                       const size_t *lens, size_t n, size_t from, size_t to,
                       size_t add) {
    size_t oldn = d->nlines, newn = oldn - (last - first) + n;
    if (reserve_lines(d, newn) < 0) return -1;
    memmove(&d->line_start[first + n], &d->line_start[last],
            (oldn - last + 1) * sizeof *d->line_start);
    for (size_t k = first + n; k <= newn; k++)
        d->line_start[k] = d->line_start[k] - to + from + add;
    size_t off = from;
    for (size_t k = 0; k < n; k++) {
        d->line_start[first + k] = off;
        off += lens[k] + 1;
    }
    d->nlines = newn;
    return 0;
}

/* Widen the changed lines by this edit, in the numbering after it. */
static void note_change(document *d, size_t first, size_t last, size_t n) {
    size_t a = first, b = first + n;
    if (d->dirty) {
        size_t da = d->dirty_first, db = d->dirty_last;
        da = da < first ? da : da >= last ? da - (last - first) + n : first;
        db = db <= first ? db : db >= last ? db - (last - first) + n : first + n;
        if (da < a) a = da;
        if (db > b) b = db;
    }
    d->dirty = 1;
    d->dirty_first = a;
    d->dirty_last = b;
}

int document_replace_lines(document *d, size_t first, size_t last,
                           const char *const *lines, const size_t *lens,
                           size_t n) {
    if (first > d->nlines) first = d->nlines;
    if (last > d->nlines) last = d->nlines;
    if (last < first) last = first;
    size_t from = d->line_start[first], to = d->line_start[last];
    size_t add = joined_len(lens, n);
    size_t len = d->len - (to - from) + add;
    if (reserve_text(d, len) < 0) return -1;
    /* a last line without its newline runs on into what is added after
     * it, and a line holding a newline is two: only a scan of the rest
     * finds where lines start then */
    int runs_on = to == d->len && d->len && d->text[d->len - 1] != '\n';
    for (size_t k = 0; k < n && !runs_on; k++)
        runs_on = lens[k] && memchr(lines[k], '\n', lens[k]) != NULL;
    memmove(d->text + from + add, d->text + to, d->len - to);
    write_lines(d->text + from, lines, lens, n);
    d->len = len;
    d->text[len] = '\0';
    note_change(d, first, last, n);
    if (runs_on) {
        int rc = index_lines(d, first);
        mark_replaced(d);
        return rc;
    }
    return shift_index(d, first, last, lens, n, from, to, add);
}

void document_position(const document *d, size_t off,
                       size_t *line, size_t *col) {
    if (d->nlines == 0) {
        *line = *col = 0;
        return;
    }
    size_t lo = 0, hi = d->nlines - 1;
    if (off > d->len) off = d->len;
    while (lo < hi) {              /* last line starting at or before off */
        size_t mid = lo + (hi - lo + 1) / 2;
        if (d->line_start[mid] <= off) lo = mid;
        else hi = mid - 1;
    }
    *line = lo;
    *col = off - d->line_start[lo];
}

size_t document_line_len(const document *d, size_t i) {
    if (i >= d->nlines) return 0;
    size_t end = d->line_start[i + 1];
    if (end > d->line_start[i] && d->text[end - 1] == '\n') end--;
    return end - d->line_start[i];
}
