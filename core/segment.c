/* segment.c -- sentences from news copy and Markdown.
 *
 * Two levels: lines are sorted into blocks (paragraphs, headings, list
 * items; code and front matter dropped), then each block is cut at
 * sentence ends.  Everything is one forward pass over the bytes; the only
 * look-back is over the word before a full stop. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "analysers.h"
#include "segment.h"

void segments_init(segments *s) { memset(s, 0, sizeof *s); }

void segments_free(segments *s) {
    free(s->v);
    segments_init(s);
}

typedef struct splitter {
    const ruleset *rs;
    const char *t;
    size_t len;
    segments *out;
    size_t para;
    int oom;
} splitter;

static int is_space(unsigned char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}
static int is_lower(unsigned char c) { return c >= 'a' && c <= 'z'; }
static int is_upper(unsigned char c) { return c >= 'A' && c <= 'Z'; }
static int is_digit(unsigned char c) { return c >= '0' && c <= '9'; }
static int is_alpha(unsigned char c) { return is_lower(c) || is_upper(c); }

/* A no-break space (C2 A0) counts as space too. */
static size_t space_at(const char *t, size_t i, size_t e) {
    if (i < e && is_space((unsigned char)t[i])) return 1;
    if (i + 1 < e && (unsigned char)t[i] == 0xC2 && (unsigned char)t[i + 1] == 0xA0) return 2;
    return 0;
}

static void push(splitter *sp, size_t s, size_t e, seg_kind kind) {
    size_t k;
    while (s < e && (k = space_at(sp->t, s, e))) s += k;
    while (e > s && is_space((unsigned char)sp->t[e - 1])) e--;
    if (s >= e || sp->oom) return;
    segments *o = sp->out;
    if (o->n == o->cap) {
        size_t cap = o->cap ? o->cap * 2 : 64;
        segment *v = realloc(o->v, cap * sizeof *v);
        if (!v) {
            sp->oom = 1;
            return;
        }
        o->v = v;
        o->cap = cap;
    }
    segment g = {s, e, sp->para, kind};
    o->v[o->n++] = g;
}

/* ---- quotation marks ---------------------------------------------------- */

enum { Q_NONE, Q_OPEN, Q_CLOSE, Q_EITHER };

/* What the quotation mark at i is, and its length in *n (0: not one). */
static int quote_at(const char *t, size_t i, size_t e, size_t *n) {
    unsigned char c = (unsigned char)t[i];
    *n = 0;
    if (c == '"') {
        *n = 1;
        return Q_EITHER;
    }
    if (c == 0xE2 && i + 2 < e && (unsigned char)t[i + 1] == 0x80) {
        unsigned char d = (unsigned char)t[i + 2];
        *n = 3;
        if (d == 0x9C || d == 0x9E) return Q_OPEN;   /* “ „ */
        if (d == 0x9D) return Q_CLOSE;               /* ” */
        *n = 0;
    }
    if (c == 0xC2 && i + 1 < e) {
        unsigned char d = (unsigned char)t[i + 1];
        *n = 2;
        if (d == 0xAB) return Q_OPEN;                /* « */
        if (d == 0xBB) return Q_CLOSE;               /* » */
        *n = 0;
    }
    return Q_NONE;
}

/* Closing marks that stay with the sentence they end: quotes, brackets,
 * a closing single quote. */
static size_t closer_at(const char *t, size_t i, size_t e) {
    if (i >= e) return 0;
    unsigned char c = (unsigned char)t[i];
    if (c == '"' || c == '\'' || c == ')' || c == ']' || c == '*' || c == '_') return 1;
    if (c == 0xE2 && i + 2 < e && (unsigned char)t[i + 1] == 0x80 &&
        ((unsigned char)t[i + 2] == 0x9D || (unsigned char)t[i + 2] == 0x99)) return 3;
    if (c == 0xC2 && i + 1 < e && (unsigned char)t[i + 1] == 0xBB) return 2;
    return 0;
}

/* ---- sentence ends ------------------------------------------------------ */

/* Does the "." at i end the word before it as an abbreviation or an
 * initial?  `next` is the first byte after the following space. */
/* "posted on X. She says ...", "rated grade A. The inspectors ...": a
 * capital alone after a lowercase word, before a word that opens
 * sentences and is never a surname, ends the sentence; after a name or
 * before one it is an initial ("J. K. Rowling", "by J. Smith"). */
static int letter_ends(const splitter *sp, size_t bs, size_t w, size_t q, size_t e) {
    const char *t = sp->t;
    if (!sp->rs || w < bs + 2 || t[w - 1] != ' ' || !is_lower((unsigned char)t[w - 2])) return 0;
    size_t z = q;
    while (z < e && is_alpha((unsigned char)t[z])) z++;
    if (z == q || (z < e && t[z] == '.')) return 0;
    return rs_has_word(sp->rs, WS_FUNCTION_WORDS, t + q, z - q) ||
           rs_has_word(sp->rs, WS_PRONOUNS, t + q, z - q);
}

static int abbreviation_before(const splitter *sp, size_t bs, size_t i, size_t q, size_t e) {
    unsigned char next = (unsigned char)sp->t[q];
    size_t w = i;
    while (w > bs && (is_alpha((unsigned char)sp->t[w - 1]) || sp->t[w - 1] == '.')) w--;
    size_t n = i - w;
    if (n == 0) return 0;
    if (n == 1 && is_upper((unsigned char)sp->t[w])) return !letter_ends(sp, bs, w, q, e);
    if (!sp->rs) return 0;
    if (rs_has_word(sp->rs, WS_ABBREVIATIONS, sp->t + w, n)) return 1;
    if (is_digit(next) && n < 15) {           /* "No. 10": "No#" in the pack */
        char k[16];
        memcpy(k, sp->t + w, n);
        k[n] = '#';
        return rs_has_word(sp->rs, WS_ABBREVIATIONS, k, n + 1);
    }
    return 0;
}

/* If a sentence ends at the terminal mark at i, return where (after its
 * closing quotes and brackets); else 0.  *close_quote tells whether a
 * double quote was among the closers. */
static size_t sentence_end(const splitter *sp, size_t bs, size_t i, size_t e,
                           int *close_quote) {
    const char *t = sp->t;
    size_t j = i;
    int dots = 0;
    while (j < e) {
        if (t[j] == '.' || t[j] == '!' || t[j] == '?') {
            dots += t[j] == '.';
            j++;
        } else if (j + 2 < e && (unsigned char)t[j] == 0xE2 &&
                   (unsigned char)t[j + 1] == 0x80 && (unsigned char)t[j + 2] == 0xA6) {
            dots += 2;
            j += 3;
        } else break;
    }
    *close_quote = 0;
    size_t k = j, n;
    while ((n = closer_at(t, k, e))) {
        unsigned char c = (unsigned char)t[k];
        if (c == '"' || c == 0xC2 || (c == 0xE2 && (unsigned char)t[k + 2] == 0x9D))
            *close_quote = 1;
        k += n;
    }
    if (k < e && !space_at(t, k, e)) return 0;       /* 3.5, example.com */
    size_t q = k;
    while (q < e && (n = space_at(t, q, e))) q += n;
    if (q >= e) return k;
    unsigned char next = (unsigned char)t[q];
    if (is_lower(next)) return 0;                     /* "Mr. and" / "... and" */
    if (t[i] == '.' && dots == 1 && j == i + 1 && abbreviation_before(sp, bs, i, q, e))
        return 0;
    return k;
}

/* ---- one block ---------------------------------------------------------- */

#define MAX_PENDING 64

/* Bytes where a quotation mark or a sentence end can start. */
static int may_stop(unsigned char c) {
    return c == '"' || c == '.' || c == '!' || c == '?' || c == 0xE2 || c == 0xC2;
}

/* Does a byte of x equal c?  Exact as to whether, not which. */
static uint64_t has_byte(uint64_t x, unsigned char c) {
    const uint64_t ones = 0x0101010101010101u, high = 0x8080808080808080u;
    uint64_t y = x ^ (ones * c);
    return (y - ones) & ~y & high;
}

/* The first byte in [i, stop) that may stop a sentence, or stop.  Most
 * bytes of prose cannot: eight are passed at a time where none is one of
 * the four ASCII stops or starts a multibyte character. */
static size_t next_stop(const char *t, size_t i, size_t stop) {
    for (uint64_t x; i + 8 <= stop; i += 8) {
        memcpy(&x, t + i, 8);
        if ((x & 0x8080808080808080u) | has_byte(x, '"') | has_byte(x, '.') |
            has_byte(x, '!') | has_byte(x, '?'))
            break;
    }
    while (i < stop && !may_stop((unsigned char)t[i])) i++;
    return i;
}

/* Where split_block stands in a block. */
typedef struct cutter {
    size_t s, e;                 /* the block */
    seg_kind kind;
    size_t start;                /* of the sentence under way */
    int in_quote;
    size_t open_at;              /* of the quotation under way */
    size_t pending[MAX_PENDING]; /* sentence ends held back inside it */
    size_t npending;
} cutter;

/* The held-back ends were real after all: each ends a sentence. */
static void release_pending(splitter *sp, cutter *c) {
    for (size_t p = 0; p < c->npending; p++) {
        push(sp, c->start, c->pending[p], c->kind);
        c->start = c->pending[p];
    }
    c->npending = 0;
}

/* A quotation mark of kind q at i.  A long quotation that closes was not
 * one passage: its held-back ends stand.  Straight quotes open only
 * where a quotation can start. */
static void at_quote(splitter *sp, cutter *c, size_t i, int q) {
    const char *t = sp->t;
    if (c->in_quote && (q == Q_CLOSE || q == Q_EITHER)) {
        c->in_quote = 0;
        if (i - c->open_at > SEGMENT_QUOTE_MAX) release_pending(sp, c);
        c->npending = 0;
    } else if (!c->in_quote && q != Q_CLOSE) {
        int opening = q == Q_OPEN || i == c->s || is_space((unsigned char)t[i - 1]) ||
                      strchr("([{-:", t[i - 1]) || (unsigned char)t[i - 1] >= 0x80;
        if (opening) {
            c->in_quote = 1;
            c->open_at = i;
        }
    }
}

/* A full stop, '!', '?' or an ellipsis at i: the sentence ends there, or
 * the end is held back while a quotation is open.  Returns where to go
 * on, or 0 when it is no sentence end ("Dr.", "3.5"). */
static size_t at_terminal(splitter *sp, cutter *c, size_t i) {
    int cq;
    size_t end = sentence_end(sp, c->start, i, c->e, &cq);
    if (!end) return 0;
    if (c->in_quote && cq) c->in_quote = 0;
    if (!c->in_quote) {
        if (i - c->open_at <= SEGMENT_QUOTE_MAX) c->npending = 0;
        release_pending(sp, c);
        push(sp, c->start, end, c->kind);
        c->start = end;
    } else if (c->npending < MAX_PENDING) {
        c->pending[c->npending++] = end;
    }
    return end > i ? end : i + 1;
}

/* No real sentence is SEGMENT_MAX_BYTES long: where to cut run-on text
 * that reached i.  After a semicolon if there is one in the second half,
 * else at a space, else at i; never inside a UTF-8 sequence. */
static size_t run_on_cut(const char *t, size_t start, size_t i) {
    size_t half = start + SEGMENT_MAX_BYTES / 2, cut = i;
    while (cut > half && t[cut - 1] != ';') cut--;
    if (cut <= half) {
        cut = i;
        while (cut > half && !is_space((unsigned char)t[cut])) cut--;
    }
    if (cut <= half) cut = i;
    while (cut > start && ((unsigned char)t[cut] & 0xC0) == 0x80) cut--;
    return cut;
}

static int is_terminal(const char *t, size_t i, size_t e) {
    unsigned char c = (unsigned char)t[i];
    return c == '.' || c == '!' || c == '?' ||
           (c == 0xE2 && i + 2 < e && (unsigned char)t[i + 1] == 0x80 &&
            (unsigned char)t[i + 2] == 0xA6);
}

/* Cut [s, e) into sentences.  Ends inside a double quotation are held
 * back: if the quotation closes soon they were inside one quoted passage
 * ("A. B," she said) and the passage stays one sentence. */
static void split_block(splitter *sp, size_t s, size_t e, seg_kind kind) {
    const char *t = sp->t;
    cutter c = {.s = s, .e = e, .kind = kind, .start = s};
    for (size_t i = s; i < e;) {
        /* Most bytes can neither open a quotation nor end a sentence:
         * pass over them up to where a long sentence or quotation has to
         * be cut. */
        size_t stop = e;
        if (c.start + SEGMENT_MAX_BYTES < stop) stop = c.start + SEGMENT_MAX_BYTES;
        if (c.in_quote && c.open_at + SEGMENT_QUOTE_MAX + 1 < stop) stop = c.open_at + SEGMENT_QUOTE_MAX + 1;
        i = next_stop(t, i, stop);
        if (i >= e) break;
        size_t n, next;
        int q = quote_at(t, i, e, &n);
        if (q != Q_NONE) {
            at_quote(sp, &c, i, q);
            i += n;
            continue;
        }
        if (is_terminal(t, i, e) && (next = at_terminal(sp, &c, i))) {
            i = next;
            continue;
        }
        if (c.in_quote && i - c.open_at > SEGMENT_QUOTE_MAX) {
            c.in_quote = 0;            /* not a quotation after all */
            release_pending(sp, &c);
        }
        if (i - c.start >= SEGMENT_MAX_BYTES) {
            size_t cut = run_on_cut(t, c.start, i);
            push(sp, c.start, cut, kind);
            c.start = cut;
        }
        i++;
    }
    release_pending(sp, &c);
    push(sp, c.start, e, kind);
}

/* ---- lines and blocks --------------------------------------------------- */

typedef struct block {
    size_t s, e;
    seg_kind kind;
    int open;
} block;

static void flush(splitter *sp, block *b) {
    if (b->open) {
        split_block(sp, b->s, b->e, b->kind);
        sp->para++;
    }
    b->open = 0;
}

static size_t line_end(const char *t, size_t i, size_t len) {
    const char *nl = memchr(t + i, '\n', len - i);
    return nl ? (size_t)(nl - t) : len;
}

/* --- at the very top: YAML front matter, skipped. */
static size_t front_matter(const char *t, size_t len) {
    if (len < 4 || memcmp(t, "---", 3) != 0 || (t[3] != '\n' && t[3] != '\r')) return 0;
    for (size_t i = line_end(t, 0, len) + 1; i < len;) {
        size_t le = line_end(t, i, len);
        size_t n = le - i;
        if (n && t[le - 1] == '\r') n--;
        if (n == 3 && (memcmp(t + i, "---", 3) == 0 || memcmp(t + i, "...", 3) == 0))
            return le < len ? le + 1 : len;
        i = le + 1;
    }
    return 0;
}

/* ``` or ~~~ (3 or more): the fence's character and length, else 0. */
static size_t fence_at(const char *t, size_t p, size_t le, char *ch) {
    if (p >= le || (t[p] != '`' && t[p] != '~')) return 0;
    size_t n = 0;
    while (p + n < le && t[p + n] == t[p]) n++;
    if (n < 3) return 0;
    *ch = t[p];
    return n;
}

static int is_rule(const char *t, size_t p, size_t le) {
    char c = p < le ? t[p] : 0;
    if (c != '-' && c != '*' && c != '_') return 0;
    int n = 0;
    for (size_t i = p; i < le; i++) {
        if (t[i] == c) n++;
        else if (!is_space((unsigned char)t[i])) return 0;
    }
    return n >= 3;
}

/* A list bullet: "- ", "* ", "+ ", "• ", "1. ", "2) ", "(3) ", "a. ",
 * "b) ".  Returns content start. */
static size_t bullet_at(const char *t, size_t p, size_t le) {
    if (p + 1 < le && (t[p] == '-' || t[p] == '*' || t[p] == '+') && t[p + 1] == ' ')
        return p + 2;
    if (p + 3 < le && memcmp(t + p, "\xe2\x80\xa2 ", 4) == 0) return p + 4;   /* • */
    /* "— a guarantee ...;": newspapers set list lines off with a dash */
    if (p + 3 < le && (memcmp(t + p, "\xe2\x80\x94 ", 4) == 0 || memcmp(t + p, "\xe2\x80\x93 ", 4) == 0))
        return p + 4;
    if (p + 2 < le && t[p] >= 'a' && t[p] <= 'z' && (t[p + 1] == '.' || t[p + 1] == ')') &&
        t[p + 2] == ' ')
        return p + 3;
    if (p + 1 < le && t[p] == '(') {                 /* "(3)", "(b)", "(iv)" */
        size_t q = p + 1, digits = 0, roman = 0;
        while (q < le && q - p < 5 && (is_digit((unsigned char)t[q]) || (t[q] && strchr("ivx", t[q]))))
            digits += is_digit((unsigned char)t[q]) != 0, roman += !is_digit((unsigned char)t[q]), q++;
        if (q == p + 1 && q < le && t[q] >= 'a' && t[q] <= 'z') q++;
        if (q > p + 1 && !(digits && roman) && q + 1 < le && t[q] == ')' && t[q + 1] == ' ')
            return q + 2;
    }
    size_t d = p;
    while (d < le && d - p < 9 && is_digit((unsigned char)t[d])) d++;
    if (d > p && d + 1 < le && (t[d] == '.' || t[d] == ')') && t[d + 1] == ' ')
        return d + 2;
    return 0;
}

/* Past block quote marks and the spaces after them. */
static size_t after_quote_marks(const char *t, size_t p, size_t le) {
    while (p < le && t[p] == '>') {
        p++;
        if (p < le && t[p] == ' ') p++;
    }
    while (p < le && (t[p] == ' ' || t[p] == '\t')) p++;
    return p;
}

/* A Markdown heading on [p, ce): its text in [*hs, *he). */
static int heading_at(const char *t, size_t p, size_t ce, size_t *hs, size_t *he) {
    size_t h = p;
    while (h < ce && t[h] == '#' && h - p < 7) h++;
    if (!(h > p && h - p <= 6 && (h == ce || t[h] == ' '))) return 0;
    size_t e = ce;
    while (e > h && (t[e - 1] == '#' || t[e - 1] == ' ')) e--;
    *hs = h;
    *he = e;
    return 1;
}

/* A live blog's time stamp on a line of its own ("13:40", "9.15am",
 * "10:31 GMT"): it ends the entry before and is no part of the next
 * one's first sentence ("13:40\nOfficials now say ..."). */
static int stamp_line(const char *t, size_t p, size_t ce) {
    size_t q = p;
    while (q < ce && q - p < 2 && is_digit((unsigned char)t[q])) q++;
    if (q == p || q + 3 > ce || (t[q] != ':' && t[q] != '.') ||
        !is_digit((unsigned char)t[q + 1]) || !is_digit((unsigned char)t[q + 2]))
        return 0;
    q += 3;
    if (q < ce && t[q] == ' ') q++;
    size_t w = q;
    while (q < ce && is_alpha((unsigned char)t[q])) q++;
    return q == ce && q - w <= 4;
}

/* A line of prose or a list item [p, ce): a bullet starts a new block,
 * anything else runs on in the open one. */
static void text_line(splitter *sp, block *b, size_t p, size_t ce) {
    size_t c = bullet_at(sp->t, p, ce);
    if (c) {
        flush(sp, b);
        *b = (block){c, ce, SEG_LIST_ITEM, 1};
    } else if (b->open) {
        b->e = ce;
    } else {
        *b = (block){p, ce, SEG_PROSE, 1};
    }
}

/* Code is skipped: fenced blocks, and lines indented 4 or more after a
 * blank line.  Whether the line at p (indented by `indent`, ending at
 * le) is code.  *flen and *fch: the open fence's length and character. */
static int code_line(splitter *sp, block *b, size_t p, size_t le, size_t indent,
                     int after_blank, size_t *flen, char *fch) {
    const char *t = sp->t;
    char ch;
    size_t fl;
    if (*flen) {                                  /* inside a code fence */
        if ((fl = fence_at(t, p, le, &ch)) >= *flen && ch == *fch) *flen = 0;
        return 1;
    }
    if (indent < 4 && (fl = fence_at(t, p, le, &ch))) {
        flush(sp, b);
        *flen = fl;
        *fch = ch;
        return 1;
    }
    if (indent >= 4 && !b->open && after_blank)
        for (size_t k = p; k < le; k++)
            if (!is_space((unsigned char)t[k])) return 1;
    return 0;
}

int segment_text(const ruleset *rs, const char *t, size_t len, segments *out) {
    splitter sp = {rs, t, len, out, 0, 0};
    block b = {0, 0, SEG_PROSE, 0};
    char fch = 0;
    size_t flen = 0;          /* open fence length, 0 when none */
    int after_blank = 1;
    for (size_t i = front_matter(t, len); i < len && !sp.oom;) {
        size_t le = line_end(t, i, len), next = le < len ? le + 1 : len;
        size_t p = i, indent = 0, hs, he;
        while (p < le && (t[p] == ' ' || t[p] == '\t')) indent += t[p++] == '\t' ? 4 : 1;
        i = next;
        if (code_line(&sp, &b, p, le, indent, after_blank, &flen, &fch)) continue;
        p = after_quote_marks(t, p, le);
        size_t ce = le;
        while (ce > p && is_space((unsigned char)t[ce - 1])) ce--;
        after_blank = p >= ce;
        if (after_blank) {
            flush(&sp, &b);
        } else if (heading_at(t, p, ce, &hs, &he)) {
            flush(&sp, &b);
            push(&sp, hs, he, SEG_HEADING);
            sp.para++;
        } else if (is_rule(t, p, ce) || stamp_line(t, p, ce)) {
            flush(&sp, &b);
        } else {
            text_line(&sp, &b, p, ce);
        }
    }
    flush(&sp, &b);
    return sp.oom ? -1 : 0;
}
