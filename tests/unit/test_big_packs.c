/* test_big_packs.c -- rule packs users grow: past PCRE2's compiled-size
 * limit for one joined scan, every pattern must still load and be found. */
#include <stdlib.h>
#include "check.h"
#include "analyse.h"
#include "rules.h"

/* A pack of `n` contested markers, each with a bounded repeat of a group
 * (PCRE2 copies such a group once per repeat, so the joined scan grows
 * fast). */
static char *big_pack(int n) {
    size_t cap = (size_t)n * 128 + 256, len = 0;
    char *s = malloc(cap);
    if (!s) return NULL;
    len += (size_t)snprintf(s + len, cap - len,
                            "{\"name\":\"big\",\"version\":\"1\",\"contested\":[");
    for (int i = 0; i < n; i++)
        len += (size_t)snprintf(s + len, cap - len,
                                "%s{\"pattern\":\"zq%dmarker(?:\\\\s+\\\\w+){0,12}\",\"why\":\"test\"}",
                                i ? "," : "", i);
    snprintf(s + len, cap - len, "]}");
    return s;
}

static int has_kind(const annotations *a, ann_kind k) {
    for (size_t i = 0; i < a->n; i++)
        if (a->v[i].kind == k) return 1;
    return 0;
}

TEST(scan_past_the_size_limit) {
    char err[512] = "";
    ruleset *rs = ruleset_new();
    CHECK(rs);
    char *pack = big_pack(600);
    int ok = pack && ruleset_add_dir(rs, "rules", err, sizeof err) == 0 &&
             ruleset_add_json(rs, pack, strlen(pack), "big.json", err, sizeof err) == 0 &&
             ruleset_finish(rs, err, sizeof err) == 0;
    free(pack);
    if (!ok) fprintf(stderr, "%s\n", err);
    annotations first, last;
    annotations_init(&first);
    annotations_init(&last);
    const char *a = "The minister said the zq0marker plan was sound.";
    const char *b = "The minister said the zq599marker plan was sound.";
    int ra = ok ? analyse(rs, a, strlen(a), 0, strlen(a), &first, err, sizeof err) : -1;
    int rb = ok ? analyse(rs, b, strlen(b), 0, strlen(b), &last, err, sizeof err) : -1;
    int found = ra == 0 && rb == 0 && has_kind(&first, KIND_CONTESTED) &&
                has_kind(&last, KIND_CONTESTED) && has_kind(&last, KIND_CLAIM);
    annotations_free(&first);
    annotations_free(&last);
    ruleset_free(rs);
    CHECK(ok);
    CHECK(found);
}

int main(void) {
    RUN(scan_past_the_size_limit);
    return CHECK_DONE();
}
