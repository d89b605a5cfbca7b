/* test_document.c -- the line store, JSON escaping and the paragraph cache. */
#include <stdlib.h>
#include "check.h"
#include "document.h"
#include "compact.h"
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
    ruleset *rs = packs_load("rules", NULL, 0, 1, &errors);
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
    /* it and every paragraph whose context holds it: all of these */
    CHECK(f.analysed >= 1 && f.analysed <= 5);
    findings_free(&f);
    document_free(d);
    ruleset_free(rs);
}

static ruleset *rules(void) {
    msglist errors = {0};
    ruleset *rs = packs_load("rules", NULL, 0, 1, &errors);
    msglist_free(&errors);
    return rs;
}

/* Paragraphs that differ from each other, some with findings. */
static char *prose(size_t paragraphs) {
    static const char *shapes[] = {
        "Officials in district %zu said the bridge would reopen in May.",
        "A spokesman for council %zu, who asked not to be named, declined to comment.",
        "The union demanded higher pay and shorter hours for the %zu drivers.",
        "Residents of block %zu claimed the repairs were \"cosmetic\".",
        "The work on road %zu began last year.",
    };
    char *t = malloc(paragraphs * 120 + 1);
    size_t n = 0;
    for (size_t i = 0; i < paragraphs; i++)
        n += (size_t)sprintf(t + n, shapes[i % 5], i), t[n++] = '\n', t[n++] = '\n';
    t[n] = '\0';
    return t;
}

static int same_findings(const findings *a, const findings *b, const document *d) {
    annotations x, y;
    annotations_init(&x);
    annotations_init(&y);
    int ok = findings_collect(a, d, &x) == 0 && findings_collect(b, d, &y) == 0 &&
             x.n == y.n && x.n > 0;
    annotations_sort(&x);
    annotations_sort(&y);
    for (size_t i = 0; ok && i < x.n; i++)
        ok = memcmp(&x.v[i], &y.v[i], sizeof x.v[i]) == 0;
    annotations_free(&x);
    annotations_free(&y);
    return ok;
}

/* Slices in any order, the middle first, find what one pass finds. */
TEST(analysis_in_slices_equals_one_pass) {
    ruleset *rs = rules();
    CHECK(rs != NULL);
    char *text = prose(60);
    document *d = document_new();
    CHECK(document_set_bytes(d, text, strlen(text)) == 0);
    findings whole, sliced;
    findings_init(&whole);
    findings_init(&sliced);
    char err[256];
    CHECK(findings_update(&whole, d, rs, NULL, err, sizeof err) == 0);
    CHECK(findings_prepare(&sliced, d, err, sizeof err) == 0);
    CHECK(sliced.n == whole.n && sliced.analysed == 0);
    size_t mid = sliced.n / 2;
    CHECK(findings_analyse(&sliced, d, rs, NULL, mid, mid + 7, err, sizeof err) == 0);
    CHECK(sliced.analysed == 7);
    for (size_t a = 0; a < sliced.n; a += 5)
        CHECK(findings_analyse(&sliced, d, rs, NULL, a, a + 5, err, sizeof err) == 0);
    CHECK(sliced.analysed == sliced.n);       /* nothing twice */
    CHECK(same_findings(&whole, &sliced, d));
    CHECK(findings_paragraph_at(&sliced, 0) == 0);
    CHECK(findings_paragraph_at(&sliced, d->nlines) == sliced.n);
    size_t p = findings_paragraph_at(&sliced, 4);
    CHECK(sliced.v[p].first <= 4 && sliced.v[p].last > 4);
    findings_free(&whole);
    findings_free(&sliced);
    document_free(d);
    free(text);
    ruleset_free(rs);
}

/* Edits move the line index; it must equal one built from the text. */
TEST(edits_move_the_line_index_and_say_what_changed) {
    char *text = prose(30);
    document *d = document_new(), *fresh = document_new();
    CHECK(document_set_bytes(d, text, strlen(text)) == 0);
    document_mark_clean(d);
    const char *a[] = {"New line one.", "", "And two."};
    size_t al[] = {13, 0, 8};
    CHECK(document_replace_lines(d, 10, 12, a, al, 3) == 0);
    CHECK(d->dirty && !d->replaced && d->dirty_first == 10 && d->dirty_last == 13);
    CHECK(document_replace_lines(d, 40, 41, NULL, NULL, 0) == 0);
    CHECK(d->dirty_first == 10 && d->dirty_last == 40);
    CHECK(document_replace_lines(d, 2, 3, a, al, 1) == 0);
    CHECK(d->dirty_first == 2 && d->dirty_last == 40);
    CHECK(document_set_bytes(fresh, d->text, d->len) == 0);
    CHECK(fresh->nlines == d->nlines);
    for (size_t i = 0; i <= d->nlines; i++) CHECK(fresh->line_start[i] == d->line_start[i]);
    document_free(d);
    document_free(fresh);
    free(text);
}

/* After an edit only the paragraphs around it are analysed, and the cache
 * holds what a fresh analysis finds. */
TEST(an_edit_reanalyses_its_neighbourhood_only) {
    ruleset *rs = rules();
    char *text = prose(1000);
    document *d = document_new();
    CHECK(document_set_bytes(d, text, strlen(text)) == 0);
    findings f, again;
    findings_init(&f);
    findings_init(&again);
    char err[256];
    CHECK(findings_update(&f, d, rs, NULL, err, sizeof err) == 0);
    const char *e[] = {"The mayor said the talks had failed.", "", "A second paragraph."};
    size_t el[] = {strlen(e[0]), 0, strlen(e[2])};
    CHECK(document_replace_lines(d, 60, 61, e, el, 3) == 0);   /* one becomes two */
    CHECK(document_replace_lines(d, 8, 10, NULL, NULL, 0) == 0); /* one goes */
    CHECK(findings_update(&f, d, rs, NULL, err, sizeof err) == 0);
    /* each edit, and what lies within the analysers' reach of it
     * (ANALYSE_LOOKBACK_BYTES, ANALYSE_LOOKAHEAD_BYTES): not the rest */
    CHECK(f.analysed >= 2 && f.analysed < f.n / 2);
    CHECK(findings_update(&again, d, rs, NULL, err, sizeof err) == 0);
    CHECK(f.n == again.n);
    for (size_t i = 0; i < f.n; i++)
        CHECK(f.v[i].first == again.v[i].first && f.v[i].key == again.v[i].key);
    CHECK(same_findings(&f, &again, d));
    findings_free(&f);
    findings_free(&again);
    document_free(d);
    free(text);
    ruleset_free(rs);
}

/* Stored findings read back exactly, antecedents before the paragraph
 * (negative offsets) and every kind of field included. */
TEST(compact_findings_read_back_exactly) {
    compact_list l;
    compact_init(&l);
    annotation a = annotation_make(KIND_DEMAND, span_make(5, 90));
    a.weak = 1;
    a.source.name = span_make(5, 12);
    a.source.anonymous = 1;
    a.source.refers_to = span_make((size_t)-300, (size_t)-290);
    a.source.via = span_make(70, 80);
    a.source.via_anonymous = 1;
    a.actor = span_make(5, 12);
    snprintf(a.canonical, sizeof a.canonical, "the union");
    a.nitems = 3;
    for (int i = 0; i < 3; i++) a.items[i] = span_make(20 + 10 * (size_t)i, 25 + 10 * (size_t)i);
    a.condition = span_make(60, 65);
    a.nnotes = 2;
    a.notes[0] = 7;
    a.notes[1] = 300;
    annotation b = annotation_make(KIND_ANONYMOUS, span_make(1000000, 1000040));
    b.count = 2;
    b.ndescriptors = 2;
    b.descriptors[0] = span_make(1000004, 1000010);
    b.descriptors[1] = span_make(1000012, 1000020);
    b.reason = span_make(1000020, 1000040);
    annotation c = annotation_make(KIND_CONTESTED, span_make(0, 3));
    c.marker = span_make(0, 3);
    snprintf(c.why, sizeof c.why, "distancing verb");
    CHECK(compact_push(&l, &a) == 0 && compact_push(&l, &b) == 0 && compact_push(&l, &c) == 0);
    compact_shrink(&l);
    CHECK(l.n == 3 && l.len < 200);
    annotation got[3];
    size_t pos = 0;
    for (int i = 0; i < 3; i++) pos = compact_read(&l, pos, &got[i]);
    CHECK(pos == l.len);
    CHECK(memcmp(&got[0], &a, sizeof a) == 0);
    CHECK(memcmp(&got[1], &b, sizeof b) == 0);
    CHECK(memcmp(&got[2], &c, sizeof c) == 0);
    compact_free(&l);
}

int main(void) {
    RUN(lines_replace_like_nvim_buf_set_lines);
    RUN(positions_of_offsets);
    RUN(json_strings_escape_everything_unsafe);
    RUN(unchanged_paragraphs_are_not_analysed_again);
    RUN(analysis_in_slices_equals_one_pass);
    RUN(edits_move_the_line_index_and_say_what_changed);
    RUN(an_edit_reanalyses_its_neighbourhood_only);
    RUN(compact_findings_read_back_exactly);
    return CHECK_DONE();
}
