/* test_rules.c -- rule packs: loading, errors that point at the fault, and
 * a failed add that leaves the set as it was. */
#include <stdlib.h>
#include "analyse.h"
#include "analysers.h"
#include "check.h"
#include "rules.h"

static int add(ruleset *rs, const char *json, char *err, size_t n) {
    return ruleset_add_json(rs, json, strlen(json), "rules/x.json", err, n);
}

TEST(shipped_packs_load) {
    char err[512];
    ruleset *rs = ruleset_new();
    CHECK(rs);
    int ok = ruleset_add_dir(rs, "rules", err, sizeof err) == 0 &&
             ruleset_finish(rs, err, sizeof err) == 0;
    if (!ok) fprintf(stderr, "%s\n", err);
    size_t n = ruleset_pack_count(rs);
    const char *alt = ruleset_cue_alternation(rs);
    int has_said = strstr(alt, "sa(?:id") != NULL;
    ruleset_free(rs);
    CHECK(ok);
    CHECK(n >= 5);
    CHECK(has_said);
}

TEST(bad_pattern_names_file_rule_and_offset) {
    char err[512];
    ruleset *rs = ruleset_new();
    CHECK(rs);
    int rc = add(rs, "{\"name\":\"x\",\"version\":\"1\",\"cues\":[\"said\",\"told\",\"added\",\"(said\"]}",
                 err, sizeof err);
    ruleset_free(rs);
    CHECK(rc == -1);
    CHECK_STR(err, "rules/x.json: cues[3] \"(said\": missing closing parenthesis at offset 5");
}

/* "(?:x)?" or "\\b" marks nothing and would stop the one pass at every
 * place it matches, taking every other rule's hit there with it. */
TEST(pattern_that_can_match_nothing_is_refused) {
    char err[512];
    ruleset *rs = ruleset_new();
    CHECK(rs);
    int a = add(rs, "{\"name\":\"x\",\"version\":\"1\",\"item_stops\":[\"(?:qqq)?\"]}", err, sizeof err);
    int a_named = strcmp(err, "rules/x.json: item_stops[0] \"(?:qqq)?\": can match an empty string; "
                              "a rule must match at least one character") == 0;
    int b = add(rs, "{\"name\":\"x\",\"version\":\"1\",\"cues\":[\"said\",\"\\\\b\"]}", err, sizeof err);
    int b_named = strstr(err, "cues[1]") != NULL;
    size_t packs = ruleset_pack_count(rs);
    ruleset_free(rs);
    CHECK(a == -1 && a_named);
    CHECK(b == -1 && b_named);
    CHECK(packs == 0);
}

TEST(invalid_json_and_unknown_fields) {
    char err[512];
    ruleset *rs = ruleset_new();
    CHECK(rs);
    int a = add(rs, "{\"name\": \"x\", ", err, sizeof err);
    int a_named = strstr(err, "rules/x.json: invalid JSON") != NULL;
    int b = add(rs, "{\"name\":\"x\",\"version\":\"1\",\"cuez\":[]}", err, sizeof err);
    int b_named = strstr(err, "unknown field \"cuez\"") != NULL;
    int c = add(rs, "{\"name\":\"x\",\"version\":\"1\",\"cues\":[{\"pattern\":\"said\",\"colour\":1}]}",
                err, sizeof err);
    int c_named = strstr(err, "cues[0]") && strstr(err, "colour");
    int d = add(rs, "{\"version\":\"1\"}", err, sizeof err);
    int e = add(rs, "{\"name\":\"x\",\"version\":\"1\",\"cues\":[{\"pattern\":\"said\",\"shape\":\"sideways\"}]}",
                err, sizeof err);
    size_t packs = ruleset_pack_count(rs);
    ruleset_free(rs);
    CHECK(a == -1 && a_named);
    CHECK(b == -1 && b_named);
    CHECK(c == -1 && c_named);
    CHECK(d == -1);
    CHECK(e == -1);
    CHECK(packs == 0);
}

TEST(failed_add_leaves_set_unchanged) {
    char err[512];
    ruleset *rs = ruleset_new();
    CHECK(rs);
    int ok = add(rs, "{\"name\":\"good\",\"version\":\"1\",\"cues\":[\"said\"]}", err, sizeof err) == 0;
    int bad = add(rs, "{\"name\":\"bad\",\"version\":\"1\",\"cues\":[\"told\"],\"contested\":[\"[x\"]}",
                  err, sizeof err);
    int fin = ruleset_finish(rs, err, sizeof err);
    size_t n = ruleset_pack_count(rs);
    const char *name = ruleset_pack_name(rs, 0);
    int alt_ok = strcmp(ruleset_cue_alternation(rs), "\\b(?:(?:said))\\b") == 0;
    int same_name = name && strcmp(name, "good") == 0;
    ruleset_free(rs);
    CHECK(ok);
    CHECK(bad == -1);
    CHECK(fin == 0);
    CHECK(n == 1 && same_name);
    CHECK(alt_ok);
}

TEST(a_bad_file_in_a_folder_adds_nothing) {
    char err[512];
    char dir[] = "/tmp/claimlens-rulesXXXXXX";
    CHECK(mkdtemp(dir));
    char p1[256], p2[256];
    snprintf(p1, sizeof p1, "%s/a.json", dir);
    snprintf(p2, sizeof p2, "%s/b.json", dir);
    FILE *f = fopen(p1, "w");
    CHECK(f);
    fputs("{\"name\":\"a\",\"version\":\"1\",\"cues\":[\"said\"]}", f);
    fclose(f);
    f = fopen(p2, "w");
    CHECK(f);
    fputs("{\"name\":\"b\",\"version\":\"1\",\"demands\":[\"(?<\"]}", f);
    fclose(f);
    ruleset *rs = ruleset_new();
    int rc = rs ? ruleset_add_dir(rs, dir, err, sizeof err) : 0;
    size_t n = rs ? ruleset_pack_count(rs) : 99;
    ruleset_free(rs);
    remove(p1);
    remove(p2);
    remove(dir);
    CHECK(rc == -1);
    CHECK(strstr(err, "b.json: demands[0]") != NULL);
    CHECK(n == 0);
}

TEST(user_pack_extends_lists) {
    char err[512];
    ruleset *rs = ruleset_new();
    CHECK(rs);
    int a = ruleset_add_dir(rs, "rules", err, sizeof err);
    int b = add(rs, "{\"name\":\"mine\",\"version\":2,\"cues\":[{\"pattern\":\"opined\",\"note\":\"x\"}],"
                    "\"aliases\":[{\"canonical\":\"Acme\",\"names\":[\"Acme Corp\"]}]}", err, sizeof err);
    int c = ruleset_finish(rs, err, sizeof err);
    int has = strstr(ruleset_cue_alternation(rs), "opined") != NULL;
    ruleset_free(rs);
    CHECK(a == 0 && b == 0 && c == 0);
    CHECK(has);
}

TEST(rebuttal_required_and_new_word_sections) {
    char err[512];
    ruleset *rs = ruleset_new();
    CHECK(rs);
    int ok = add(rs, "{\"name\":\"x\",\"version\":1,\"contested\":[{\"pattern\":\"insists\","
                     "\"rebuttal\":\"required\"}],\"counter_words\":[\"no\"],"
                     "\"evidence_words\":[\"records\"]}", err, sizeof err) == 0;
    int bad = add(rs, "{\"name\":\"y\",\"version\":1,\"contested\":[{\"pattern\":\"x\","
                      "\"rebuttal\":\"sometimes\"}]}", err, sizeof err);
    ruleset_free(rs);
    CHECK(ok);
    CHECK(bad == -1);
}

/* The analysers' own word sets are packs' sections like any other: a
 * user's pack that adds a word changes what is found, and a set of the
 * wrong type is an error naming the file and the field. */
TEST(user_pack_extends_an_analysers_word_set) {
    static const char text[] = "A gaggle of the nurses said the ward would close.";
    char err[512];
    size_t found[2];
    for (int mine = 0; mine < 2; mine++) {
        ruleset *rs = ruleset_new();
        CHECK(rs);
        int ok = ruleset_add_dir(rs, "rules", err, sizeof err) == 0 &&
                 (!mine || add(rs, "{\"name\":\"mine\",\"version\":1,\"share_words\":[\"gaggle\"]}",
                               err, sizeof err) == 0) &&
                 ruleset_finish(rs, err, sizeof err) == 0;
        annotations got = {0};
        ok = ok && analyse(rs, text, strlen(text), 0, strlen(text), &got, err, sizeof err) == 0;
        found[mine] = 0;
        for (size_t i = 0; i < got.n; i++) found[mine] += got.v[i].kind == KIND_ANONYMOUS;
        annotations_free(&got);
        ruleset_free(rs);
        CHECK(ok);
    }
    CHECK(found[0] == 0 && found[1] == 1);
    /* sets of stems and endings are extended the same way */
    int stem[2], ending[2];
    for (int mine = 0; mine < 2; mine++) {
        ruleset *rs = ruleset_new();
        CHECK(rs);
        int ok = ruleset_add_dir(rs, "rules", err, sizeof err) == 0 &&
                 (!mine || add(rs, "{\"name\":\"mine\",\"version\":1,\"charge_stems\":[\"rumo\"],"
                                   "\"adjective_endings\":[\"esque\"]}", err, sizeof err) == 0) &&
                 ruleset_finish(rs, err, sizeof err) == 0;
        stem[mine] = rs_has_prefix(rs, WS_CHARGE_STEMS, "Rumours", 7);
        ending[mine] = rs_has_ending(rs, WS_ADJECTIVE_ENDINGS, "statuesque", 10, 3) &&
                       !rs_has_ending(rs, WS_ADJECTIVE_ENDINGS, "esque", 5, 1);
        ruleset_free(rs);
        CHECK(ok);
    }
    CHECK(!stem[0] && stem[1]);
    CHECK(!ending[0] && ending[1]);
    ruleset *rs = ruleset_new();
    CHECK(rs);
    int a = add(rs, "{\"name\":\"x\",\"version\":1,\"share_words\":\"gaggle\"}", err, sizeof err);
    int a_named = strstr(err, "rules/x.json") && strstr(err, "\"share_words\" must be an array");
    int b = add(rs, "{\"name\":\"x\",\"version\":1,\"group_nouns\":[\"troupe\",3]}", err, sizeof err);
    int b_named = strstr(err, "rules/x.json") && strstr(err, "group_nouns[1]");
    int c = add(rs, "{\"name\":\"x\",\"version\":1,\"share_word\":[\"gaggle\"]}", err, sizeof err);
    int c_named = strstr(err, "unknown field \"share_word\"") != NULL;
    ruleset_free(rs);
    CHECK(a == -1 && a_named);
    CHECK(b == -1 && b_named);
    CHECK(c == -1 && c_named);
}

/* Who may ask with a demand cue is the entry's to say, so a user's entry
 * gets the same check as a shipped one: with "asker": "someone", "Rising
 * costs" pressing a council asks nothing, a union pressing it does. */
static size_t demands_found(const char *pack, const char *text) {
    char err[512];
    ruleset *rs = ruleset_new();
    if (!rs) return (size_t)-1;
    annotations got = {0};
    int ok = ruleset_add_dir(rs, "rules", err, sizeof err) == 0 &&
             ruleset_add_json(rs, pack, strlen(pack), "rules/mine.json", err, sizeof err) == 0 &&
             ruleset_finish(rs, err, sizeof err) == 0 &&
             analyse(rs, text, strlen(text), 0, strlen(text), &got, err, sizeof err) == 0;
    size_t n = 0;
    for (size_t i = 0; ok && i < got.n; i++) n += got.v[i].kind == KIND_DEMAND;
    annotations_free(&got);
    ruleset_free(rs);
    return ok ? n : (size_t)-1;
}

TEST(demand_entries_say_who_may_ask) {
    static const char any[] =
        "{\"name\":\"mine\",\"version\":1,\"demands\":[{\"pattern\":\"lean(?:s|ed)? on\","
        "\"shape\":\"urge\"}]}";
    static const char someone[] =
        "{\"name\":\"mine\",\"version\":1,\"demands\":[{\"pattern\":\"lean(?:s|ed)? on\","
        "\"shape\":\"urge\",\"asker\":\"someone\"}]}";
    static const char costs[] = "Rising costs leaned on the council to raise taxes.";
    static const char union_[] = "The union leaned on the council to raise wages.";
    CHECK(demands_found(any, costs) == 1);
    CHECK(demands_found(someone, costs) == 0);
    CHECK(demands_found(someone, union_) == 1);
    char err[512];
    ruleset *rs = ruleset_new();
    CHECK(rs);
    int a = add(rs, "{\"name\":\"x\",\"version\":1,\"demands\":[{\"pattern\":\"begs\","
                    "\"asker\":\"anybody\"}]}", err, sizeof err);
    int a_named = strstr(err, "demands[0]") && strstr(err, "unknown asker");
    int b = add(rs, "{\"name\":\"x\",\"version\":1,\"cues\":[{\"pattern\":\"said\","
                    "\"addressee\":\"body\"}]}", err, sizeof err);
    int b_named = strstr(err, "cues[0]") && strstr(err, "addressee");
    ruleset_free(rs);
    CHECK(a == -1 && a_named);
    CHECK(b == -1 && b_named);
}

/* The one-pass scan reports what each section's anchored alternation
 * would: its lowest matching entry, at word starts, followed by a
 * non-word character, sections in order at one start. */
static size_t scan(const ruleset *rs, const char *text, size_t e, size_t max, hits *h) {
    matcher m;
    h->n = 0;
    if (matcher_init(&m) < 0) return (size_t)-1;
    int rc = rs_scan(rs, &m, text, strlen(text), 0, e, max, h);
    matcher_free(&m);
    return rc < 0 ? (size_t)-1 : h->n;
}

TEST(scan_reports_each_sections_first_entry) {
    char err[512];
    ruleset *rs = ruleset_new();
    CHECK(rs);
    int ok = add(rs, "{\"name\":\"x\",\"version\":1,"
                     "\"cues\":[\"said that\",\"sa(?:id|ys)\",\"said\",\"(?:told|tells)\"],"
                     "\"contested\":[\"said\"],\"demands\":[\"zz\",\"asks\"]}",
                 err, sizeof err) == 0 &&
             ruleset_finish(rs, err, sizeof err) == 0;
    hits h = {0};
    const char *t = "He said it; unsaid, saidx. She said that, told us. Asks";
    size_t n = ok ? scan(rs, t, strlen(t), 100, &h) : 0;
    int first = n >= 2 && h.v[0].s == 3 && h.v[0].e == 7 && h.v[0].sec == PS_CUES &&
                h.v[0].entry == 1 && h.v[1].s == 3 && h.v[1].sec == PS_CONTESTED;
    int that = n >= 4 && h.v[2].s == 31 && h.v[2].e == 40 && h.v[2].entry == 0 &&
               h.v[3].sec == PS_CONTESTED;
    int told = n >= 5 && h.v[4].s == 42 && h.v[4].entry == 3;
    int asks = n == 6 && h.v[5].s == 51 && h.v[5].sec == PS_DEMANDS && h.v[5].entry == 1;
    /* word starts from e on are left out, but a pattern may look past e */
    size_t n2 = ok ? scan(rs, t, 35, 100, &h) : 0;
    int past = n2 == 4 && h.v[2].e == 40;
    size_t n3 = ok ? scan(rs, t, strlen(t), 1, &h) : 0;
    free(h.v);
    ruleset_free(rs);
    CHECK(ok);
    CHECK(first);
    CHECK(that);
    CHECK(told);
    CHECK(asks);
    CHECK(past);
    CHECK(n3 == 2);
}

/* A condition written as lead and conjunction finds what the joined
 * pattern finds: the first conjunction in the clause, at most 80
 * characters on, past a decimal point, and else a later entry. */
TEST(conjunction_matches_as_the_joined_pattern) {
    char err[512];
    ruleset *a = ruleset_new(), *b = ruleset_new(), *c = ruleset_new();
    CHECK(a && b && c);
    const char *gap = "(?:[^.;:!?]|(?<=\\\\d)\\\\.(?=\\\\d)){0,80}?\\\\b";
    char joined[1024];
    snprintf(joined, sizeof joined,
             "{\"name\":\"b\",\"version\":1,\"demands\":["
             "{\"pattern\":\"w(?:ill|ould)(?: not)? [a-z]+\\\\b%s(?:unless|only if)(?= the)\",\"shape\":\"condition\"},"
             "{\"pattern\":\"(?:would|will) [a-z]+\",\"shape\":\"object\"}]}", gap);
    int ok = add(a, "{\"name\":\"a\",\"version\":1,\"demands\":["
                    "{\"pattern\":\"w(?:ill|ould)(?: not)? [a-z]+\\\\b\",\"conjunction\":\"(?:unless|only if)(?= the)\"," 
                    "\"shape\":\"condition\"},"
                    "{\"pattern\":\"(?:would|will) [a-z]+\",\"shape\":\"object\"}]}", err, sizeof err) == 0 &&
             add(b, joined, err, sizeof err) == 0 &&
             ruleset_finish(a, err, sizeof err) == 0 && ruleset_finish(b, err, sizeof err) == 0;
    if (!ok) fprintf(stderr, "%s\n", err);
    int refused = add(c, "{\"name\":\"c\",\"version\":1,\"demands\":[{\"pattern\":\"will\","
                         "\"conjunction\":\"unless\",\"shape\":\"object\"}]}", err, sizeof err) == -1 &&
                  strstr(err, "demands[0]") != NULL;
    const char *texts[] = {
        "They would not sign unless the firm paid 4.5 per cent more.",
        "They would not sign the 4.5 per cent offer unless the firm paid.",
        "They will strike; unless the firm pays, nothing.",
        "They will sign only if the board agrees, and will not stop unless the board pays.",
        "We will return to work only if they pay us what was promised to all of the staff unless the board does.",
        "It would seem unlessly odd unless the rain stops.",
        "Nurses will walk out unless wages rise, would not strike unless the fund",
        "They will \xff unless the firm pays.",
        "They will go \xc3\xa9 unless the firm pays.",
        "They would not unless the firm pays.",
    };
    int same = ok;
    hits ha = {0}, hb = {0};
    for (size_t i = 0; same && i < sizeof texts / sizeof *texts; i++) {
        size_t na = scan(a, texts[i], strlen(texts[i]), 100, &ha);
        size_t nb = scan(b, texts[i], strlen(texts[i]), 100, &hb);
        same = na == nb && na != (size_t)-1;
        for (size_t k = 0; same && k < na; k++)
            same = ha.v[k].s == hb.v[k].s && ha.v[k].e == hb.v[k].e && ha.v[k].entry == hb.v[k].entry;
        if (!same) fprintf(stderr, "differs on \"%s\"\n", texts[i]);
    }
    /* a conjunction that may match nothing is refused, as any such pattern */
    ruleset *d = ruleset_new();
    int ok2 = d && add(d, "{\"name\":\"d\",\"version\":1,\"demands\":[{\"pattern\":\"will go\\\\b\","
                          "\"conjunction\":\"(?:unless)?\",\"shape\":\"condition\"}]}", err, sizeof err) == -1 &&
              strstr(err, "demands[0]") && strstr(err, "empty string");
    ruleset_free(d);
    size_t n = ok ? scan(a, texts[0], strlen(texts[0]), 100, &ha) : 0;
    int found = n == 1 && ha.v[0].entry == 0 && ha.v[0].e == 26;
    n = ok ? scan(a, texts[2], strlen(texts[2]), 100, &ha) : 0;
    int later = n == 1 && ha.v[0].entry == 1;
    free(ha.v);
    free(hb.v);
    ruleset_free(a);
    ruleset_free(b);
    ruleset_free(c);
    CHECK(ok);
    CHECK(refused);
    CHECK(same);
    CHECK(ok2);
    CHECK(found);
    CHECK(later);
}

/* Patterns that may start at punctuation send the pack
 * down the careful path (the candidate search of before), which is built
 * on first need. */
TEST(odd_starts_take_the_careful_path) {
    char err[512];
    ruleset *a = ruleset_new(), *b = ruleset_new();
    CHECK(a && b);
    int ok = add(a, "{\"name\":\"a\",\"version\":1,\"cues\":[\"said\",\"\\\\d+ told\",\"“quoted\"]}",
                 err, sizeof err) == 0 &&
             add(b, "{\"name\":\"b\",\"version\":1,\"cues\":[\"said\"],\"item_stops\":[\",x\"]}",
                 err, sizeof err) == 0 &&
             ruleset_finish(a, err, sizeof err) == 0 && ruleset_finish(b, err, sizeof err) == 0;
    int plain = ok && !a->odd_start, odd = ok && b->odd_start;
    int ready = ok && rs_careful_ready(b) && b->nsec[PS_CUES] && b->nscan;
    matcher m;
    size_t end = 0;
    int k = ready && matcher_init(&m) == 0 ? rs_match_at(b, &m, PS_CUES, "said it", 7, 0, &end) : -1;
    if (ready) matcher_free(&m);
    ruleset_free(a);
    ruleset_free(b);
    CHECK(ok);
    CHECK(plain);
    CHECK(odd);
    CHECK(ready);
    CHECK(k == 0 && end == 4);
}

int main(void) {
    RUN(shipped_packs_load);
    RUN(bad_pattern_names_file_rule_and_offset);
    RUN(pattern_that_can_match_nothing_is_refused);
    RUN(invalid_json_and_unknown_fields);
    RUN(failed_add_leaves_set_unchanged);
    RUN(a_bad_file_in_a_folder_adds_nothing);
    RUN(user_pack_extends_lists);
    RUN(rebuttal_required_and_new_word_sections);
    RUN(user_pack_extends_an_analysers_word_set);
    RUN(demand_entries_say_who_may_ask);
    RUN(scan_reports_each_sections_first_entry);
    RUN(odd_starts_take_the_careful_path);
    RUN(conjunction_matches_as_the_joined_pattern);
    return CHECK_DONE();
}
