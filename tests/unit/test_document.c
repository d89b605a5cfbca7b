/* test_document.c -- the line store, JSON escaping and the paragraph cache. */
#include <stdlib.h>
#include "check.h"
#include "document.h"
#include "findings.h"
#include "packs.h"
#include "strbuf.h"

static const char *L(const document *d, size_t i, char *buf) {
    size_t n = document_line_len(d, i);
    memcpy(buf, d->text + d->line_start[i], n);
    buf[n] = '\0';
    return buf;
}

TEST(lines_replace_like_nvim_buf_set_lines) {
    document *d = document_new();
    char buf[64];
    const char *a[] = {"one", "two", "three"};
    size_t al[] = {3, 3, 5};
    CHECK(document_set_lines(d, a, al, 3) == 0);
    CHECK(d->nlines == 3 && d->len == 14);
    const char *b[] = {"TWO", "2b"};
    size_t bl[] = {3, 2};
    CHECK(document_replace_lines(d, 1, 2, b, bl, 2) == 0);   /* replace */
    CHECK(d->nlines == 4);
    CHECK_STR(L(d, 1, buf), "TWO");
    CHECK_STR(L(d, 2, buf), "2b");
    CHECK_STR(L(d, 3, buf), "three");
    CHECK(document_replace_lines(d, 0, 2, NULL, NULL, 0) == 0); /* delete */
    CHECK(d->nlines == 2);
    CHECK_STR(L(d, 0, buf), "2b");
    CHECK(document_replace_lines(d, 2, 2, a, al, 1) == 0);     /* append */
    CHECK_STR(L(d, 2, buf), "one");
    CHECK_STR(d->text, "2b\nthree\none\n");
    document_free(d);
}

TEST(positions_of_offsets) {
    document *d = document_new();
    CHECK(document_set_bytes(d, "ab\ncd\n\nef", 9) == 0);
    CHECK(d->nlines == 4);
    size_t line, col;
    document_position(d, 4, &line, &col);
    CHECK(line == 1 && col == 1);
    document_position(d, 6, &line, &col);
    CHECK(line == 2 && col == 0);
    document_position(d, 9, &line, &col);
    CHECK(line == 3 && col == 2);
    document_free(d);
}

TEST(json_strings_escape_everything_unsafe) {
    strbuf b;
    strbuf_init(&b);
    strbuf_json_string(&b, "a\"b\\c\n\x01\0d\xff\xc3\xa9", 12);
    CHECK_STR(b.s, "\"a\\\"b\\\\c\\n\\u0001\\u0000d\\ufffd\xc3\xa9\"");
    strbuf_free(&b);
}

/* Analyse through the cache twice: the second time nothing is new. */
TEST(unchanged_paragraphs_are_not_analysed_again) {
    msglist errors = {0};
    ruleset *rs = packs_load("rules", NULL, 0, &errors);
    msglist_free(&errors);
    CHECK(rs != NULL);
    document *d = document_new();
    findings f;
    findings_init(&f);
    char err[256];
    const char *text =
        "The mayor said the bridge would reopen in May.\n\n"
        "Officials said the repairs cost more than planned.\n\n"
        "A spokesman for the council declined to comment.\n\n"
        "Residents said they had waited long enough.\n\n"
        "The work began last year.\n";
    CHECK(document_set_bytes(d, text, strlen(text)) == 0);
    CHECK(findings_update(&f, d, rs, NULL, err, sizeof err) == 0);
    CHECK(f.n == 5 && f.analysed == 5);
    CHECK(findings_update(&f, d, rs, NULL, err, sizeof err) == 0);
    CHECK(f.analysed == 0);
    const char *edit[] = {"The work began in March."};
    size_t el[] = {strlen(edit[0])};
    CHECK(document_replace_lines(d, 8, 9, edit, el, 1) == 0);
    CHECK(findings_update(&f, d, rs, NULL, err, sizeof err) == 0);
    CHECK(f.analysed >= 1 && f.analysed <= 4);   /* it and its context */
    findings_free(&f);
    document_free(d);
    ruleset_free(rs);
}

int main(void) {
    RUN(lines_replace_like_nvim_buf_set_lines);
    RUN(positions_of_offsets);
    RUN(json_strings_escape_everything_unsafe);
    RUN(unchanged_paragraphs_are_not_analysed_again);
    return CHECK_DONE();
}
