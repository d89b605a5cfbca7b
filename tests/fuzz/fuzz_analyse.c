/* fuzz_analyse.c -- arbitrary bytes as a document: analyse() on a window
 * of it, then the whole paragraph-cached path and every output format.
 * Spans must stay inside the text, JSON must parse, msgpack must decode.
 *
 * Input: byte 0 picks the window (0: the whole text, else from/to taken
 * from bytes 1-2 as fractions of the length); the rest is the text. */
#include <cJSON.h>
#include "analyse.h"
#include "document.h"
#include "findings.h"
#include "fuzz.h"
#include "json_out.h"
#include "pack.h"
#include "report.h"
#include "strbuf.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    if (size < 3) return 0;
    const ruleset *rs = fuzz_rules();
    unsigned mode = data[0];
    size_t len = size - 3;
    /* a copy of exactly len bytes, so reading past the end is caught */
    char *text = malloc(len ? len : 1);
    if (!text) return 0;
    memcpy(text, data + 3, len);
    size_t from = 0, to = len;
    if (mode) {
        from = len * data[1] / 256;
        to = from + (len - from) * data[2] / 255;
    }
    char err[512];
    annotations out;
    annotations_init(&out);
    analyse(rs, text, len, from, to, &out, err, sizeof err);
    for (size_t i = 0; i < out.n; i++) {
        fuzz_check_annotation(&out.v[i], len);
        FUZZ_ASSERT(out.v[i].whole.start >= from && out.v[i].whole.start < to);
    }
    annotations_free(&out);

    /* the editor's and the CLI's path: paragraphs, cache, output */
    document *d = document_new();
    findings f;
    findings_init(&f);
    annotations all;
    annotations_init(&all);
    if (d && document_set_bytes(d, text, len) == 0) {
        FUZZ_ASSERT(d->len == len && memcmp(d->text, text, len) == 0);
        findings_update(&f, d, rs, NULL, err, sizeof err);
        if (findings_collect(&f, d, &all) == 0) {
            annotations_sort(&all);
            for (size_t i = 0; i < all.n; i++) fuzz_check_annotation(&all.v[i], len);
            /* a second update with nothing changed finds the same: not
             * yet so when paragraphs repeat or markdown state (a code
             * fence) spans paragraphs, hence opt-in */
            const char *diff = getenv("CLAIMLENS_FUZZ_DIFF");
            if (diff && *diff == '1')
                findings_update(&f, d, rs, NULL, err, sizeof err);
            annotations again;
            annotations_init(&again);
            if (findings_collect(&f, d, &again) == 0) {
                annotations_sort(&again);
                if (again.n != all.n) {
                    for (size_t i = 0; i < all.n; i++)
                        fprintf(stderr, "first:  %s [%zu, %zu)\n", ann_kind_name(all.v[i].kind),
                                all.v[i].whole.start, all.v[i].whole.end);
                    for (size_t i = 0; i < again.n; i++)
                        fprintf(stderr, "second: %s [%zu, %zu)\n", ann_kind_name(again.v[i].kind),
                                again.v[i].whole.start, again.v[i].whole.end);
                }
                FUZZ_ASSERT(again.n == all.n);
                for (size_t i = 0; i < all.n; i++)
                    FUZZ_ASSERT(again.v[i].kind == all.v[i].kind &&
                                again.v[i].whole.start == all.v[i].whole.start &&
                                again.v[i].whole.end == all.v[i].whole.end);
            }
            annotations_free(&again);

            strbuf b;
            strbuf_init(&b);
            json_out_document(&b, "fuzz", d->text, &all, NULL);
            if (!b.oom) {
                cJSON *j = cJSON_ParseWithLength(b.s, b.len);
                FUZZ_ASSERT(j != NULL);
                cJSON *list = cJSON_GetObjectItemCaseSensitive(j, "annotations");
                FUZZ_ASSERT(cJSON_GetArraySize(list) == (int)all.n);
                cJSON_Delete(j);
            }
            strbuf_free(&b);
            strbuf_init(&b);
            report_quickfix(&b, "fuzz", d, &all);
            report_text(&b, "fuzz", d, &all);
            strbuf_free(&b);

            msgpack_sbuffer sb;
            msgpack_sbuffer_init(&sb);
            msgpack_packer pk;
            msgpack_packer_init(&pk, &sb, msgpack_sbuffer_write);
            span_writer w = {&pk, d->text, 0, d, NULL};       /* lines, columns */
            for (size_t i = 0; i < all.n; i++) pack_annotation(&w, &all.v[i]);
            span_writer o = {&pk, d->text, 0, NULL, NULL};    /* byte offsets */
            for (size_t i = 0; i < all.n; i++) pack_annotation(&o, &all.v[i]);
            FUZZ_ASSERT(fuzz_check_msgpack(sb.data, sb.size, NULL) == 2 * all.n);
            msgpack_sbuffer_destroy(&sb);
        }
    }
    annotations_free(&all);
    findings_free(&f);
    document_free(d);
    free(text);
    return 0;
}
