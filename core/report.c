/* report.c -- text and quickfix output. */
#include "report.h"

/* Quoted text on one line: newlines and tabs become spaces. */
static void inline_text(strbuf *b, const char *text, span s, size_t max) {
    size_t n = span_len(s);
    int cut = n > max;
    if (cut) n = max;
    size_t from = b->len;
    strbuf_add(b, text + s.start, n);
    if (b->oom) return;
    for (size_t i = from; i < b->len; i++)
        if (b->s[i] == '\n' || b->s[i] == '\r' || b->s[i] == '\t' || b->s[i] == '\0')
            b->s[i] = ' ';
    if (cut) strbuf_puts(b, "...");
}

static void claim_message(strbuf *b, const char *text, const annotation *x) {
    if (!span_is_null(x->source.name)) {
        inline_text(b, text, x->source.name, 80);
        strbuf_puts(b, x->source.anonymous ? " (anonymous)" : "");
    } else {
        strbuf_puts(b, "(no source)");
    }
    strbuf_puts(b, " ");
    inline_text(b, text, x->cue, 40);
    if (!span_is_null(x->source.via)) {
        strbuf_puts(b, " <- ");
        inline_text(b, text, x->source.via, 80);
    }
    if (!span_is_null(x->content)) {
        strbuf_puts(b, ": ");
        inline_text(b, text, x->content, 120);
    }
}

static void anonymous_message(strbuf *b, const char *text, const annotation *x) {
    strbuf_puts(b, "unnamed source \"");
    inline_text(b, text, x->whole, 80);
    strbuf_puts(b, "\"");
    if (x->count >= 0) strbuf_printf(b, ", count %d", x->count);
    if (!span_is_null(x->reason)) {
        strbuf_puts(b, ", reason: ");
        inline_text(b, text, x->reason, 80);
    }
}

static void contested_message(strbuf *b, const char *text, const annotation *x) {
    strbuf_puts(b, x->why[0] ? x->why : "disputed");
    strbuf_puts(b, " \"");
    inline_text(b, text, x->marker, 40);
    strbuf_puts(b, "\": ");
    inline_text(b, text, x->whole, 120);
}

static void demand_message(strbuf *b, const char *text, const annotation *x) {
    if (x->canonical[0]) strbuf_puts(b, x->canonical);
    else if (!span_is_null(x->actor)) inline_text(b, text, x->actor, 60);
    else strbuf_puts(b, "(no actor)");
    strbuf_puts(b, " wants: ");
    for (int i = 0; i < x->nitems; i++) {
        if (i) strbuf_puts(b, "; ");
        inline_text(b, text, x->items[i], 80);
    }
}

void report_message(strbuf *b, const char *text, const annotation *x) {
    switch (x->kind) {
    case KIND_CLAIM: claim_message(b, text, x); break;
    case KIND_ANONYMOUS: anonymous_message(b, text, x); break;
    case KIND_CONTESTED: contested_message(b, text, x); break;
    case KIND_DEMAND: demand_message(b, text, x); break;
    default: break;
    }
}

void report_quickfix_line(strbuf *b, const char *name, const document *d,
                          const annotation *x) {
    size_t line, col;
    document_position(d, x->whole.start, &line, &col);
    strbuf_printf(b, "%s:%zu:%zu: %s: ", name, line + 1, col + 1, ann_kind_name(x->kind));
    report_message(b, d->text, x);
    strbuf_puts(b, "\n");
}

void report_text_head(strbuf *b, const char *name, size_t n) {
    strbuf_printf(b, "%s: %zu finding%s\n", name, n, n == 1 ? "" : "s");
}

void report_text_line(strbuf *b, const document *d, const annotation *x) {
    size_t line, col;
    document_position(d, x->whole.start, &line, &col);
    strbuf_printf(b, "  %4zu:%-3zu %-10s ", line + 1, col + 1, ann_kind_name(x->kind));
    report_message(b, d->text, x);
    strbuf_puts(b, "\n");
}

void report_quickfix(strbuf *b, const char *name, const document *d,
                     const annotations *a) {
    for (size_t i = 0; i < a->n; i++) report_quickfix_line(b, name, d, &a->v[i]);
}

void report_text(strbuf *b, const char *name, const document *d,
                 const annotations *a) {
    report_text_head(b, name, a->n);
    for (size_t i = 0; i < a->n; i++) report_text_line(b, d, &a->v[i]);
}
