/* fuzz_rules.c -- arbitrary bytes as a user rule pack: ruleset_add_json,
 * ruleset_finish, then an analysis with whatever loaded.  A bad pack must
 * leave the set as it was; a pathological pattern must hit PCRE2's limits,
 * not hang (libFuzzer's -timeout catches a hang). */
#include "analyse.h"
#include "fuzz.h"

static const char base_pack[] =
    "{\"name\": \"fuzz-base\", \"version\": 1,"
    " \"cues\": [\"said\", {\"pattern\": \"according to\", \"shape\": \"according\"}],"
    " \"source_nouns\": [\"officials?\", \"sources?\"],"
    " \"anonymity_markers\": [\"senior\", \"unnamed\"],"
    " \"contested\": [{\"pattern\": \"claimed\", \"why\": \"distancing verb\"}],"
    " \"demands\": [{\"pattern\": \"demanded\", \"shape\": \"object\"}]}";

static const char text[] =
    "A senior official said on Monday that the talks had failed.\n"
    "According to two unnamed sources, Moscow claimed \"victory\".\n\n"
    "The ministry demanded the release of all prisoners, an end to the strikes "
    "and new elections, Reuters reported, citing three people familiar.\n\n"
    "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
    "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaab\n"
    "\xff\xfe invalid \xc3\x28 UTF-8 and a NUL \0 byte said officials.\n";

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    char err[1024];
    ruleset *rs = ruleset_new();
    if (!rs) return 0;
    FUZZ_ASSERT(ruleset_add_json(rs, base_pack, sizeof base_pack - 1, "base",
                                 err, sizeof err) == 0);
    size_t before = ruleset_pack_count(rs);
    err[0] = '\0';
    int rc = ruleset_add_json(rs, (const char *)data, size, "fuzz", err, sizeof err);
    if (rc < 0) {
        FUZZ_ASSERT(err[0] != '\0');                   /* a reason is given */
        FUZZ_ASSERT(ruleset_pack_count(rs) == before); /* nothing half-added */
    } else {
        FUZZ_ASSERT(ruleset_pack_count(rs) == before + 1);
    }
    if (ruleset_finish(rs, err, sizeof err) == 0) {
        FUZZ_ASSERT(ruleset_cue_alternation(rs) != NULL);
        annotations out;
        annotations_init(&out);
        size_t len = sizeof text - 1;
        analyse(rs, text, len, 0, len, &out, err, sizeof err);
        for (size_t i = 0; i < out.n; i++) fuzz_check_annotation(&out.v[i], len);
        annotations_free(&out);
    }
    ruleset_free(rs);
    return 0;
}
