/* rules.c -- load JSON rule packs into a rule set and compile them.
 *
 * A pack is parsed and checked in full (every pattern compiled on its own,
 * so an error can point into the pattern the user wrote) into a scratch set
 * before anything is merged: a bad pack leaves the set as it was.
 * ruleset_finish then joins the patterns into the one pass: a regex per
 * first letter of a word, run anchored at the word starts whose first
 * four bytes some pattern can begin with, and JIT-compiled the first
 * time one is (or ahead, in a second thread).  Compiled patterns are kept
 * on disk between runs when the set has a cache folder (patcache.h).  See
 * rules/README.md for the format. */
#include <cJSON.h>
#include <dirent.h>
#include <pthread.h>
#include <stdatomic.h>
#include <time.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include "analysers.h"
#include "strbuf.h"
#include "file.h"
#include "patcache.h"
#include "vec.h"
#include "words.h"

#define COMPILE_FLAGS (PCRE2_UTF | PCRE2_MATCH_INVALID_UTF | PCRE2_CASELESS)
/* Bounds for a pathological pattern: a candidate that needs more than
 * this is treated as no match. */
#define MATCH_LIMIT 200000
#define DEPTH_LIMIT 5000

static const char *pattern_names[PS__COUNT] = {
    "cues", "contested", "demands", "source_nouns", "anonymity_markers",
    "not_sources", "anonymity_reasons", "conditions", "responses",
    "item_stops", "item_asides", "compounds"
};

static const char *word_names[] = {
    "abbreviations", "titles", "org_nouns", "pronouns", "auxiliaries",
    "determiners", "function_words", "clause_words", "phrase_stops",
    "descriptors", "postmodifiers",
    "person_suffixes", "counter_words", "evidence_words", "party_nouns",
    "verdict_words",
    "group_nouns", "share_words", "person_lookalikes", "contractions",
    "speech_stems", "concessions", "soft_verdicts", "intensifiers", "verdict_openers",
    "charge_stems", "rejection_verbs",
    "aside_starts", "object_pronouns", "refusal_words", "verdict_verbs", "head_stops",
    "claim_nouns", "finding_sources", "court_verdicts", "anyone_words", "s_contractions", "headline_passives", "irregular_pasts",
    "time_openers", "relative_prepositions", "bare_clause_verbs", "phrase_openers",
    "posting_verbs", "claim_verb_words",
    "relative_openers", "self_marked_nouns", "back_pronouns", "back_verbs",
    "marked_subject_verbs", "press_nouns", "people_prepositions", "time_nouns",
    "finite_auxiliaries", "days", "purpose_verbs", "adjunct_openers", "intention_verbs",
    "adjective_endings", "describing_words", "ordinals", "possessives", "be_forms",
    "prepositions", "cue_adverbs", "demand_adjectives", "renewal_verbs", "judgement_words",
    "nobody_words", "demand_subjects", "market_moves", "rule_nouns", "habit_adverbs",
    "plan_words",
    "unprompted_verbs", "back_groups", "back_ones", "group_members", "order_verbs", "kin_nouns",
    "contact_means", "interview_nouns", "leak_verbs", "approximators",
    "message_nouns", "lead_in_words", "span_nouns", "falsity_words",
    "falsity_subjects", "negations", "document_verbs", "finding_verbs", "ruling_verbs",
    "judged_statements", "approval_words", "support_nouns", "lacking_words",
    "male_words", "female_words"
};
/* one name per section, in the enum's order (analysers.h) */
_Static_assert(sizeof word_names / sizeof *word_names == WS__COUNT, "a word section without a name");

static const char *cue_shapes[] = {"verb", "according", "citing", "estimate", NULL};
static const char *demand_shapes[] = {"object", "infinitive", "list", "urge", "condition", "precondition", "terms", NULL};
/* in the order of ASKER_* and ADDRESSEE_* (analysers.h) */
static const char *askers[] = {"anyone", "party", "document", "not_document", "someone", NULL};
static const char *addressees[] = {"anyone", "body", "subjunctive", NULL};

/* ---- lists ------------------------------------------------------------- */

static int grow(void **v, size_t *cap, size_t need, size_t size) {
    return vec_grow(v, cap, need, size, 8);
}

static int words_push(word_list *w, char *s) {
    if (grow((void **)&w->v, &w->cap, w->n + 1, sizeof *w->v) < 0) return -1;
    w->v[w->n++] = s;
    return 0;
}

static void words_free(word_list *w) {
    for (size_t i = 0; i < w->n; i++) free(w->v[i]);
    free(w->v);
    free(w->slot);
    free(w->len);
    memset(w, 0, sizeof *w);
}

static void rules_free(rule_list *r) {
    for (size_t i = 0; i < r->n; i++) {
        free(r->v[i].pattern);
        free(r->v[i].label);
        free(r->v[i].lead);
        free(r->v[i].conjunction);
        pcre2_code_free(r->v[i].then);
    }
    free(r->v);
    memset(r, 0, sizeof *r);
}

static void ahead_free(ruleset *rs);
static void prefixes_free(struct prefixes *t);
static struct scan_history *scan_history_new(const ruleset *rs);

static void compiled_free(ruleset *rs) {
    ahead_free(rs);
    for (int i = 0; i < WS__COUNT; i++) {
        free(rs->words[i].slot);
        free(rs->words[i].len);
        rs->words[i].slot = NULL;
        rs->words[i].len = NULL;
        rs->words[i].nslot = 0;
    }
    free(rs->wsec);
    rs->wsec = NULL;
    rs->nwsec = 0;
    free(rs->suffixes);
    rs->suffixes = NULL;
    for (size_t i = 0; i < rs->npass; i++) pcre2_code_free(rs->pass[i].re);
    free(rs->pass);
    rs->pass = NULL;
    rs->npass = rs->cpass = 0;
    memset(rs->pass_of, 0, sizeof rs->pass_of);
    free(rs->pass_entries);
    rs->pass_entries = NULL;
    prefixes_free(rs->prefixes);
    rs->prefixes = NULL;
    rs->npass_entries = 0;
    free(rs->history);
    rs->history = NULL;
    for (int i = 0; i < rs->nscan; i++) pcre2_code_free(rs->scan[i]);
    rs->nscan = 0;
    for (int i = 0; i < PS__COUNT; i++) {
        for (int k = 0; k < rs->nsec[i]; k++) pcre2_code_free(rs->sec[i][k].re);
        rs->nsec[i] = 0;
        for (size_t k = 0; k < rs->pat[i].n; k++) {
            pcre2_code_free(rs->pat[i].v[k].then);
            rs->pat[i].v[k].then = NULL;
        }
    }
    rs->careful = 0;
    free(rs->cue_alternation);
    rs->cue_alternation = NULL;
    rs->finished = 0;
}

static void contents_free(ruleset *rs) {
    words_free(&rs->packs);
    for (int i = 0; i < PS__COUNT; i++) rules_free(&rs->pat[i]);
    for (int i = 0; i < WS__COUNT; i++) words_free(&rs->words[i]);
    for (size_t i = 0; i < rs->ncounts; i++) free(rs->counts[i].word);
    free(rs->counts);
    for (size_t i = 0; i < rs->naliases; i++) {
        free(rs->aliases[i].name);
        free(rs->aliases[i].canonical);
    }
    free(rs->aliases);
    compiled_free(rs);
}

ruleset *ruleset_new(void) {
    return calloc(1, sizeof(ruleset));
}

void ruleset_free(ruleset *rs) {
    if (!rs) return;
    contents_free(rs);
    free(rs->cache_dir);
    free(rs);
}

int ruleset_set_cache(ruleset *rs, const char *dir) {
    char *d = dir ? strdup(dir) : NULL;
    if (dir && !d) return -1;
    free(rs->cache_dir);
    rs->cache_dir = d;
    return 0;
}

size_t ruleset_pack_count(const ruleset *rs) { return rs->packs.n; }

const char *ruleset_pack_name(const ruleset *rs, size_t i) {
    return i < rs->packs.n ? rs->packs.v[i] : NULL;
}

const char *ruleset_cue_alternation(const ruleset *rs) {
    return rs->cue_alternation ? rs->cue_alternation : "(?!)";
}

/* ---- parsing one pack -------------------------------------------------- */

typedef struct loader {
    const char *origin;
    char *err;
    size_t errlen;
    int odd_start;       /* a pattern that may not start in a word */
    patcache *cache;     /* the pack's checked patterns of an earlier run, or NULL */
} loader;



static int fail(loader *l, const char *fmt, const char *a, const char *b) {
    char what[512];
    snprintf(what, sizeof what, fmt, a ? a : "", b ? b : "");
    snprintf(l->err, l->errlen, "%s: %s", l->origin, what);
    return -1;
}

/* Does every match of a pattern that matches something start with a word
 * character (or a multibyte one)?  The one-pass scan finds the same hits
 * as a candidate search that skips the rest of each candidate's word only
 * for such patterns; a pack with any other (a match that may start at
 * punctuation) is scanned the careful way.  Unknown counts as no. */
static int starts_in_word(const pcre2_code *re) {
    uint32_t type = 0, unit = 0;
    const uint8_t *map = NULL;
    pcre2_pattern_info(re, PCRE2_INFO_FIRSTCODETYPE, &type);
    if (type == 1 && pcre2_pattern_info(re, PCRE2_INFO_FIRSTCODEUNIT, &unit) == 0)
        return unit >= 0x80 || unit == '_' || (unit >= '0' && unit <= '9') ||
               ((unit | 0x20) >= 'a' && (unit | 0x20) <= 'z');
    if (type != 0 || pcre2_pattern_info(re, PCRE2_INFO_FIRSTBITMAP, &map) != 0 || !map) return 0;
    for (unsigned c = 0; c < 0x80; c++) {
        int word = c == '_' || (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
        if (!word && (map[c / 8] & (1u << (c % 8)))) return 0;
    }
    return 1;
}

/* Compiled only to be checked and asked where its matches start: no
 * auto-possessification, a pass over the code that changes neither (15%
 * of this compile, which is a tenth of start-up). */
#define CHECK_FLAGS (COMPILE_FLAGS | PCRE2_NO_AUTO_POSSESS)

static int check_pattern(loader *l, const char *sec, int i, const char *pat) {
    int code;
    PCRE2_SIZE off;
    pcre2_code *re = patcache_compile(l->cache, pat, CHECK_FLAGS, &code, &off);
    if (re) {
        uint32_t min = 0;
        pcre2_pattern_info(re, PCRE2_INFO_MINLENGTH, &min);
        if (min > 0 && !starts_in_word(re)) l->odd_start = 1;
        patcache_release(l->cache, re);
        /* a match of no characters marks nothing, and such a pattern
         * (an item stop "(?:x)?") cost whole claims where it matched */
        if (min == 0) {
            snprintf(l->err, l->errlen,
                     "%s: %s[%d] \"%s\": can match an empty string; a rule must match at least one character",
                     l->origin, sec, i, pat);
            return -1;
        }
        if (strstr(pat, "(*")) {
            snprintf(l->err, l->errlen,
                     "%s: %s[%d] \"%s\": verbs like (*MARK) are reserved",
                     l->origin, sec, i, pat);
            return -1;
        }
        return 0;
    }
    PCRE2_UCHAR msg[256];
    pcre2_get_error_message(code, msg, sizeof msg);
    snprintf(l->err, l->errlen, "%s: %s[%d] \"%s\": %s at offset %zu",
             l->origin, sec, i, pat, (char *)msg, (size_t)off);
    return -1;
}

static int shape_of(const char *const *names, const char *s) {
    for (int i = 0; names[i]; i++)
        if (strcmp(names[i], s) == 0) return i;
    return -1;
}

static int entry_error(loader *l, const char *sec, int i, const char *what,
                       const char *field) {
    char at[128];
    (void)field;
    snprintf(at, sizeof at, "%s[%d]", sec, i);
    return fail(l, "%s: %s", at, what);
}

/* What a condition's lead and its conjunction may have between them: up
 * to 80 characters of one clause (a decimal point does not end it).  The
 * join, CONJ_GAP and then the conjunction, is the entry's pattern for the
 * careful path; the one pass reads the gap in C (then_after). */
#define CONJ_GAP "(?:[^.;:!?]|(?<=\\d)\\.(?=\\d)){0,80}?\\b"
#define CONJ_CHARS 80

/* Does p have an alternation outside any group? */
static int top_alternation(const char *p) {
    int depth = 0, cls = 0;
    for (const char *q = p; *q; q++) {
        if (*q == '\\') {
            if (q[1]) q++;
        } else if (cls) {
            if (*q == ']') cls = 0;
        } else if (*q == '[') {
            cls = 1;
        } else if (*q == '(') {
            depth++;
        } else if (*q == ')') {
            depth--;
        } else if (*q == '|' && depth == 0) {
            return 1;
        }
    }
    return 0;
}

/* A condition entry with a "conjunction", its lead already parsed into
 * e->pattern: the lead moves to e->lead, and the pattern becomes the join,
 * each checked.  The lead stays unwrapped where it can, so that the join
 * starts with the lead's own letters.  On error the entry is freed. */
static int join_conjunction(loader *l, const char *sec, int i, const char *conj,
                            rule_entry *e) {
    const char *pat = e->pattern;
    int rc;
    if (e->shape != DEM_CONDITION)
        rc = entry_error(l, sec, i, "\"conjunction\" needs shape \"condition\"", NULL);
    else if (!*conj)
        rc = entry_error(l, sec, i, "empty conjunction", NULL);
    else
        rc = check_pattern(l, sec, i, conj);
    int wrap = top_alternation(pat);
    size_t n = strlen(pat) + strlen(conj) + sizeof CONJ_GAP + 16;
    char *join = rc < 0 ? NULL : malloc(n);
    if (rc == 0 && !join) rc = fail(l, "out of memory%s%s", NULL, NULL);
    if (rc == 0) {
        snprintf(join, n, "%s%s%s" CONJ_GAP "(?:%s)", wrap ? "(?:" : "", pat, wrap ? ")" : "", conj);
        rc = check_pattern(l, sec, i, join);
    }
    if (rc == 0 && !(e->conjunction = strdup(conj))) rc = fail(l, "out of memory%s%s", NULL, NULL);
    if (rc < 0) {
        free(join);
        free(e->pattern);
        free(e->label);
        memset(e, 0, sizeof *e);
        return -1;
    }
    e->lead = e->pattern;
    e->pattern = join;
    return 0;
}

/* One pattern entry: a string, or {"pattern", "shape"|"why"|"rebuttal"|
 * "asker"|"addressee"|"note"}. */
static int parse_entry(loader *l, int ps, int i, const cJSON *item,
                       rule_entry *e) {
    const char *sec = pattern_names[ps];
    memset(e, 0, sizeof *e);
    e->rebut = REBUT_SEEK;
    const char *pat = NULL, *shape = NULL, *why = NULL, *asker = NULL, *addressee = NULL;
    const char *conj = NULL;
    if (cJSON_IsString(item)) {
        pat = item->valuestring;
    } else if (cJSON_IsObject(item)) {
        for (const cJSON *f = item->child; f; f = f->next) {
            char msg[160];
            if (strcmp(f->string, "pattern") == 0 && cJSON_IsString(f)) pat = f->valuestring;
            else if (strcmp(f->string, "shape") == 0 && cJSON_IsString(f) &&
                     (ps == PS_CUES || ps == PS_DEMANDS)) shape = f->valuestring;
            else if (strcmp(f->string, "why") == 0 && cJSON_IsString(f) &&
                     ps == PS_CONTESTED) why = f->valuestring;
            else if (strcmp(f->string, "rebuttal") == 0 && cJSON_IsBool(f) &&
                     ps == PS_CONTESTED) e->rebut = cJSON_IsTrue(f) ? REBUT_SEEK : REBUT_NONE;
            else if (strcmp(f->string, "rebuttal") == 0 && cJSON_IsString(f) &&
                     strcmp(f->valuestring, "required") == 0 && ps == PS_CONTESTED)
                e->rebut = REBUT_REQUIRED;
            else if (strcmp(f->string, "rebuttal") == 0 && cJSON_IsString(f) &&
                     strcmp(f->valuestring, "answer") == 0 && ps == PS_CONTESTED)
                e->rebut = REBUT_ANSWER;
            else if (strcmp(f->string, "asker") == 0 && cJSON_IsString(f) &&
                     ps == PS_DEMANDS) asker = f->valuestring;
            else if (strcmp(f->string, "addressee") == 0 && cJSON_IsString(f) &&
                     ps == PS_DEMANDS) addressee = f->valuestring;
            else if (strcmp(f->string, "conjunction") == 0 && cJSON_IsString(f) &&
                     ps == PS_DEMANDS) conj = f->valuestring;
            else if (strcmp(f->string, "note") == 0 && cJSON_IsString(f)) continue;
            else {
                snprintf(msg, sizeof msg, "unknown field \"%s\" (or wrong type)", f->string);
                return entry_error(l, sec, i, msg, NULL);
            }
        }
    } else {
        return entry_error(l, sec, i, "expected a string or an object", NULL);
    }
    if (!pat) return entry_error(l, sec, i, "missing \"pattern\"", NULL);
    if (!*pat) return entry_error(l, sec, i, "empty pattern", NULL);
    if (check_pattern(l, sec, i, pat) < 0) return -1;
    if (shape) {
        e->shape = shape_of(ps == PS_CUES ? cue_shapes : demand_shapes, shape);
        if (e->shape < 0) {
            char msg[160];
            snprintf(msg, sizeof msg, "unknown shape \"%s\"", shape);
            return entry_error(l, sec, i, msg, NULL);
        }
    }
    if (asker && (e->asker = shape_of(askers, asker)) < 0)
        return entry_error(l, sec, i, "unknown asker (anyone, party, document, not_document, someone)", NULL);
    if (addressee && (e->addressee = shape_of(addressees, addressee)) < 0)
        return entry_error(l, sec, i, "unknown addressee (anyone, body, subjunctive)", NULL);
    e->pattern = strdup(pat);
    e->label = strdup(why ? why : ps == PS_CONTESTED ? "distancing" : "");
    if (!e->pattern || !e->label) {
        free(e->pattern);
        free(e->label);
        return fail(l, "out of memory%s%s", NULL, NULL);
    }
    return conj ? join_conjunction(l, sec, i, conj, e) : 0;
}

static int parse_patterns(loader *l, ruleset *tmp, int ps, const cJSON *arr) {
    if (!cJSON_IsArray(arr))
        return fail(l, "\"%s\" must be an array%s", pattern_names[ps], NULL);
    int i = 0;
    for (const cJSON *it = arr->child; it; it = it->next, i++) {
        rule_list *r = &tmp->pat[ps];
        if (grow((void **)&r->v, &r->cap, r->n + 1, sizeof *r->v) < 0)
            return fail(l, "out of memory%s%s", NULL, NULL);
        if (parse_entry(l, ps, i, it, &r->v[r->n]) < 0) return -1;
        r->n++;
    }
    return 0;
}

static int parse_words(loader *l, ruleset *tmp, int ws, const cJSON *arr) {
    if (!cJSON_IsArray(arr))
        return fail(l, "\"%s\" must be an array%s", word_names[ws], NULL);
    int i = 0;
    for (const cJSON *it = arr->child; it; it = it->next, i++) {
        if (!cJSON_IsString(it) || !*it->valuestring) {
            char at[96];
            snprintf(at, sizeof at, "%s[%d]", word_names[ws], i);
            return fail(l, "%s: expected a non-empty string%s", at, NULL);
        }
        char *s = strdup(it->valuestring);
        if (!s || words_push(&tmp->words[ws], s) < 0) {
            free(s);
            return fail(l, "out of memory%s%s", NULL, NULL);
        }
    }
    return 0;
}

static int parse_counts(loader *l, ruleset *tmp, const cJSON *obj) {
    if (!cJSON_IsObject(obj)) return fail(l, "\"counts\" must be an object%s%s", NULL, NULL);
    for (const cJSON *f = obj->child; f; f = f->next) {
        if (!cJSON_IsNumber(f))
            return fail(l, "counts.%s: expected a number%s", f->string, NULL);
        if (grow((void **)&tmp->counts, &tmp->ccounts, tmp->ncounts + 1,
                 sizeof *tmp->counts) < 0)
            return fail(l, "out of memory%s%s", NULL, NULL);
        char *w = strdup(f->string);
        if (!w) return fail(l, "out of memory%s%s", NULL, NULL);
        tmp->counts[tmp->ncounts].word = w;
        tmp->counts[tmp->ncounts++].count = f->valueint;
    }
    return 0;
}

static int push_alias(ruleset *tmp, const char *name, const char *canonical) {
    if (grow((void **)&tmp->aliases, &tmp->caliases, tmp->naliases + 1,
             sizeof *tmp->aliases) < 0) return -1;
    alias *a = &tmp->aliases[tmp->naliases];
    a->name = strdup(name);
    a->canonical = strdup(canonical);
    if (!a->name || !a->canonical) {
        free(a->name);
        free(a->canonical);
        return -1;
    }
    tmp->naliases++;
    return 0;
}

/* "aliases": [{"canonical": "Russia", "names": ["Moscow", ...]}] */
static int parse_aliases(loader *l, ruleset *tmp, const cJSON *arr) {
    if (!cJSON_IsArray(arr)) return fail(l, "\"aliases\" must be an array%s%s", NULL, NULL);
    int i = 0;
    for (const cJSON *it = arr->child; it; it = it->next, i++) {
        char at[64];
        snprintf(at, sizeof at, "aliases[%d]", i);
        if (!cJSON_IsObject(it)) return fail(l, "%s: expected an object%s", at, NULL);
        const cJSON *canon = NULL, *names = NULL;
        for (const cJSON *f = it->child; f; f = f->next) {
            if (strcmp(f->string, "canonical") == 0) canon = f;
            else if (strcmp(f->string, "names") == 0) names = f;
            else if (strcmp(f->string, "note") != 0)
                return fail(l, "%s: unknown field \"%s\"", at, f->string);
        }
        if (!cJSON_IsString(canon) || !*canon->valuestring ||
            strlen(canon->valuestring) >= ANN_NAME_MAX)
            return fail(l, "%s: \"canonical\" must be a short string%s", at, NULL);
        if (!cJSON_IsArray(names)) return fail(l, "%s: \"names\" must be an array%s", at, NULL);
        if (push_alias(tmp, canon->valuestring, canon->valuestring) < 0)
            return fail(l, "out of memory%s%s", NULL, NULL);
        for (const cJSON *n = names->child; n; n = n->next) {
            if (!cJSON_IsString(n) || !*n->valuestring)
                return fail(l, "%s: names must be non-empty strings%s", at, NULL);
            if (push_alias(tmp, n->valuestring, canon->valuestring) < 0)
                return fail(l, "out of memory%s%s", NULL, NULL);
        }
    }
    return 0;
}

static int find_name(const char *const *names, int n, const char *s) {
    for (int i = 0; i < n; i++)
        if (strcmp(names[i], s) == 0) return i;
    return -1;
}

static int parse_section(loader *l, ruleset *tmp, const cJSON *f) {
    int k;
    if ((k = find_name(pattern_names, PS__COUNT, f->string)) >= 0)
        return parse_patterns(l, tmp, k, f);
    if ((k = find_name(word_names, WS__COUNT, f->string)) >= 0)
        return parse_words(l, tmp, k, f);
    if (strcmp(f->string, "counts") == 0) return parse_counts(l, tmp, f);
    if (strcmp(f->string, "aliases") == 0) return parse_aliases(l, tmp, f);
    if (strcmp(f->string, "description") == 0 && cJSON_IsString(f)) return 0;
    if (strcmp(f->string, "scare_quotes") == 0 && cJSON_IsBool(f)) {
        tmp->scare_quotes = cJSON_IsTrue(f) ? 1 : -1;
        return 0;
    }
    return fail(l, "unknown field \"%s\"%s", f->string, NULL);
}

static int parse_pack(loader *l, ruleset *tmp, const cJSON *root) {
    if (!cJSON_IsObject(root)) return fail(l, "a pack must be a JSON object%s%s", NULL, NULL);
    const cJSON *name = NULL, *version = NULL;
    for (const cJSON *f = root->child; f; f = f->next) {
        if (strcmp(f->string, "name") == 0) name = f;
        else if (strcmp(f->string, "version") == 0) version = f;
        else if (parse_section(l, tmp, f) < 0) return -1;
    }
    if (!cJSON_IsString(name) || !*name->valuestring)
        return fail(l, "missing \"name\" (a string)%s%s", NULL, NULL);
    if (!cJSON_IsString(version) && !cJSON_IsNumber(version))
        return fail(l, "missing \"version\"%s%s", NULL, NULL);
    char *n = strdup(name->valuestring);
    if (!n || words_push(&tmp->packs, n) < 0) {
        free(n);
        return fail(l, "out of memory%s%s", NULL, NULL);
    }
    return 0;
}

/* ---- merging ------------------------------------------------------------ */

/* Move n elements from the end of src to the end of dst (room reserved).
 * An empty section may have no array at all, hence the check. */
static void move_all(void *dst, size_t *dn, void *src, size_t *sn, size_t size) {
    if (*sn) memcpy((char *)dst + *dn * size, src, *sn * size);
    *dn += *sn;
    *sn = 0;
}

/* Reserve room for everything in `tmp` first, so the moves cannot fail
 * half-way. */
static int merge(ruleset *rs, ruleset *tmp) {
    if (grow((void **)&rs->packs.v, &rs->packs.cap, rs->packs.n + tmp->packs.n,
             sizeof(char *)) < 0) return -1;
    for (int i = 0; i < PS__COUNT; i++)
        if (grow((void **)&rs->pat[i].v, &rs->pat[i].cap,
                 rs->pat[i].n + tmp->pat[i].n, sizeof(rule_entry)) < 0) return -1;
    for (int i = 0; i < WS__COUNT; i++)
        if (grow((void **)&rs->words[i].v, &rs->words[i].cap,
                 rs->words[i].n + tmp->words[i].n, sizeof(char *)) < 0) return -1;
    if (grow((void **)&rs->counts, &rs->ccounts, rs->ncounts + tmp->ncounts,
             sizeof(count_word)) < 0) return -1;
    if (grow((void **)&rs->aliases, &rs->caliases, rs->naliases + tmp->naliases,
             sizeof(alias)) < 0) return -1;

    if (tmp->scare_quotes) rs->scare_quotes = tmp->scare_quotes;
    rs->odd_start |= tmp->odd_start;
    move_all(rs->packs.v, &rs->packs.n, tmp->packs.v, &tmp->packs.n, sizeof(char *));
    for (int i = 0; i < PS__COUNT; i++)
        move_all(rs->pat[i].v, &rs->pat[i].n, tmp->pat[i].v, &tmp->pat[i].n,
                 sizeof(rule_entry));
    for (int i = 0; i < WS__COUNT; i++)
        move_all(rs->words[i].v, &rs->words[i].n, tmp->words[i].v, &tmp->words[i].n,
                 sizeof(char *));
    move_all(rs->counts, &rs->ncounts, tmp->counts, &tmp->ncounts, sizeof(count_word));
    move_all(rs->aliases, &rs->naliases, tmp->aliases, &tmp->naliases, sizeof(alias));
    compiled_free(rs);   /* a new pack means a new scan */
    return 0;
}

/* Files kept of each kind: the one pass of a few sets of packs, and the
 * checked patterns of the shipped packs and a few of the user's. */
#define PASS_KEEP 4
#define PACK_KEEP 16

/* The cache entry for one pack's checked patterns, named by its bytes:
 * each code answers the check as a compile of its entry would (patcache.h).
 * Checking the shipped packs' 554 entries was a third of a start. */
static patcache *pack_cache(const ruleset *rs, const char *json, size_t len) {
    if (!rs->cache_dir) return NULL;
    patcache_key k;
    patcache_key_init(&k);
    uint32_t flags = CHECK_FLAGS;
    patcache_key_add(&k, &flags, sizeof flags);
    patcache_key_add(&k, json, len);
    return patcache_open(rs->cache_dir, "pack", PACK_KEEP, &k);
}

int ruleset_add_json(ruleset *rs, const char *json, size_t len,
                     const char *origin, char *err, size_t errlen) {
    loader l = {origin ? origin : "<pack>", err, errlen, 0, NULL};
    cJSON *root = cJSON_ParseWithLength(json, len);
    if (!root) {
        const char *at = cJSON_GetErrorPtr();
        size_t off = at && at >= json && at <= json + len ? (size_t)(at - json) : 0;
        snprintf(err, errlen, "%s: invalid JSON near offset %zu", l.origin, off);
        return -1;
    }
    ruleset tmp;
    memset(&tmp, 0, sizeof tmp);
    l.cache = pack_cache(rs, json, len);
    int rc = parse_pack(&l, &tmp, root);
    patcache_close(l.cache, rc == 0);
    tmp.odd_start = l.odd_start;
    cJSON_Delete(root);
    if (rc == 0 && merge(rs, &tmp) < 0) rc = fail(&l, "out of memory%s%s", NULL, NULL);
    contents_free(&tmp);
    return rc;
}

int ruleset_add_file(ruleset *rs, const char *path, char *err, size_t errlen) {
    size_t n;
    char *buf = file_read(path, &n);
    if (!buf) {
        snprintf(err, errlen, "%s: cannot read", path);
        return -1;
    }
    int rc = ruleset_add_json(rs, buf, n, path, err, errlen);
    free(buf);
    return rc;
}

static int by_name(const void *a, const void *b) {
    return strcmp(*(char *const *)a, *(char *const *)b);
}

int ruleset_add_dir(ruleset *rs, const char *dir, char *err, size_t errlen) {
    DIR *d = opendir(dir);
    if (!d) {
        snprintf(err, errlen, "%s: cannot open the rules folder", dir);
        return -1;
    }
    word_list names;
    memset(&names, 0, sizeof names);
    struct dirent *de;
    int rc = 0;
    while ((de = readdir(d))) {
        size_t n = strlen(de->d_name);
        if (n < 6 || strcmp(de->d_name + n - 5, ".json") != 0 || de->d_name[0] == '.')
            continue;
        char *s = strdup(de->d_name);
        if (!s || words_push(&names, s) < 0) {
            free(s);
            rc = -1;
            snprintf(err, errlen, "%s: out of memory", dir);
            break;
        }
    }
    closedir(d);
    if (rc == 0 && names.n) qsort(names.v, names.n, sizeof *names.v, by_name);
    /* Either every pack of the folder or none: load into a scratch set. */
    ruleset *tmp = rc == 0 ? ruleset_new() : NULL;
    if (rc == 0 && (!tmp || ruleset_set_cache(tmp, rs->cache_dir) < 0)) rc = -1;
    for (size_t i = 0; rc == 0 && i < names.n; i++) {
        char path[4096];
        snprintf(path, sizeof path, "%s/%s", dir, names.v[i]);
        rc = ruleset_add_file(tmp, path, err, errlen);
    }
    if (rc == 0 && merge(rs, tmp) < 0) {
        snprintf(err, errlen, "%s: out of memory", dir);
        rc = -1;
    }
    ruleset_free(tmp);
    words_free(&names);
    return rc;
}

/* ---- compiling ---------------------------------------------------------- */

static int build_slots(word_list *w, int ci);
static int build_sections(ruleset *rs);
static int build_suffixes(ruleset *rs);

typedef struct buf {
    char *s;
    size_t n, cap;
} buf;

static int put(buf *b, const char *s) {
    size_t k = strlen(s);
    if (grow((void **)&b->s, &b->cap, b->n + k + 1, 1) < 0) return -1;
    memcpy(b->s + b->n, s, k + 1);
    b->n += k;
    return 0;
}

/* A joined alternation, compiled (or taken from `cache`, when not NULL:
 * patcache.h); NULL with PCRE2's error code and offset when it does not
 * compile. */
#define PLAIN_FLAGS (COMPILE_FLAGS | PCRE2_DUPNAMES)
static pcre2_code *compile_plain(patcache *cache, const char *pat, uint32_t extra,
                                 int *code, PCRE2_SIZE *off) {
    return patcache_compile(cache, pat, PLAIN_FLAGS | extra, code, off);
}

/* A joined alternation, JIT-compiled when possible; NULL with PCRE2's
 * error code and offset when not.  Section regexes are compiled anchored:
 * JIT does not take PCRE2_ANCHORED at match time, and the interpreter
 * would re-check the subject's UTF-8 on every call. */
static pcre2_code *compile_joined(const char *pat, uint32_t extra, int *code,
                                  PCRE2_SIZE *off) {
    pcre2_code *re = compile_plain(NULL, pat, extra, code, off);
    if (re) pcre2_jit_compile(re, PCRE2_JIT_COMPLETE);   /* no JIT: slower, still right */
    return re;
}

/* Joined patterns past PCRE2's compiled-size limit are split in halves;
 * user packs can grow a section or the scan that far. */
static int too_large(int code, size_t lo, size_t hi, int parts, int max) {
    return code == PCRE2_ERROR_PATTERN_TOO_LARGE && hi - lo > 1 && parts + 1 < max;
}

static int join_error(char *err, size_t errlen, const char *what, int code, PCRE2_SIZE off) {
    PCRE2_UCHAR msg[256];
    pcre2_get_error_message(code, msg, sizeof msg);
    snprintf(err, errlen, "rules: joining the %s patterns: %s at offset %zu",
             what, (char *)msg, (size_t)off);
    return -2;
}

/* (?:p_lo|...|p_hi-1) with a mark naming each entry by its index in the
 * section when `marks`. */
static int alternation(buf *b, const rule_list *r, size_t lo, size_t hi, int marks) {
    if (put(b, "(?:") < 0) return -1;
    for (size_t i = lo; i < hi; i++) {
        char mark[32];
        snprintf(mark, sizeof mark, ")(*:%zu)", i);
        if ((i > lo && put(b, "|") < 0) || put(b, "(?:") < 0 ||
            put(b, r->v[i].pattern) < 0 || put(b, marks ? mark : ")") < 0)
            return -1;
    }
    return put(b, ")");
}

/* Can the pattern be split into its first letter and the rest?  Only when
 * it starts with a plain letter not under a quantifier and has no
 * top-level alternation. */
static int splittable(const char *p) {
    char c = p[0];
    if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) return 0;
    if (p[1] == '?' || p[1] == '*' || p[1] == '+' || p[1] == '{' || p[1] == '\0') return 0;
    return !top_alternation(p);
}

/* Which bytes can start a match: most candidates rule most sections out
 * without running them.  Unknown: all bytes. */
static void first_bytes(const pcre2_code *re, unsigned char out[32]) {
    const uint8_t *map = NULL;
    uint32_t code = 0;
    memset(out, 0xff, 32);
    if (pcre2_pattern_info(re, PCRE2_INFO_FIRSTBITMAP, &map) == 0 && map) {
        memcpy(out, map, 32);
    } else if (pcre2_pattern_info(re, PCRE2_INFO_FIRSTCODEUNIT, &code) == 0 && code &&
               code < 256) {
        uint32_t type = 0;
        pcre2_pattern_info(re, PCRE2_INFO_FIRSTCODETYPE, &type);
        if (type == 1) {
            memset(out, 0, 32);
            out[code / 8] |= (unsigned char)(1u << (code % 8));
            if (code >= 'a' && code <= 'z') code -= 32;
            else if (code >= 'A' && code <= 'Z') code += 32;
            out[code / 8] |= (unsigned char)(1u << (code % 8));
        }
    }
}

static int cmp_ci(const void *a, const void *b) {
    return strcasecmp(*(char *const *)a, *(char *const *)b);
}

/* Section `ps`, entries [lo, hi), anchored, as few regexes as PCRE2's
 * compiled-size limit allows; tried in order, they keep the alternation's
 * first-listed-wins order. */
static int compile_section(ruleset *rs, int ps, size_t lo, size_t hi,
                           char *err, size_t errlen) {
    buf b = {0};
    if (alternation(&b, &rs->pat[ps], lo, hi, 1) < 0 || put(&b, "(?!\\w)") < 0) {
        free(b.s);
        return -1;
    }
    int code;
    PCRE2_SIZE off;
    pcre2_code *re = compile_joined(b.s, PCRE2_ANCHORED, &code, &off);
    free(b.s);
    if (!re && too_large(code, lo, hi, rs->nsec[ps], RS_MAX_PARTS)) {
        size_t mid = lo + (hi - lo) / 2;
        int rc = compile_section(rs, ps, lo, mid, err, errlen);
        return rc < 0 ? rc : compile_section(rs, ps, mid, hi, err, errlen);
    }
    if (!re) return join_error(err, errlen, pattern_names[ps], code, off);
    section_part *part = &rs->sec[ps][rs->nsec[ps]++];
    part->re = re;
    first_bytes(re, part->first);
    return 0;
}

/* ---- the one pass -------------------------------------------------------- */

/* What a mark in the one-pass scan stands for: the section and entry it
 * ends. */
struct pass_entry {
    int sec, entry;
    size_t then_at;      /* a lead's: where its callout ends; 0 none */
};

typedef struct pass_build {
    buf b;
    struct pass_entry *v;
    size_t n, cap;
    size_t callout;      /* where the scan's callout ends in the pattern */
    patcache *cache;     /* compiled parts of an earlier run, or NULL */
} pass_build;

/* One entry of the scan: the pattern, less the letters already matched by
 * its group, then a mark naming it.  A condition's lead (`then`) ends in
 * a callout of its own, which reads on to the conjunction (then_after). */
static int pass_entry_put(pass_build *sb, int sec, size_t entry, const char *p, int then) {
    char mark[48];
    snprintf(mark, sizeof mark, then ? ")(*:%zu)(?C2)" : ")(*:%zu)", sb->n);
    if (put(&sb->b, "(?:") < 0 || put(&sb->b, p) < 0 || put(&sb->b, mark) < 0 ||
        grow((void **)&sb->v, &sb->cap, sb->n + 1, sizeof *sb->v) < 0)
        return -1;
    struct pass_entry x = {sec, (int)entry, then ? sb->b.n : 0};
    sb->v[sb->n++] = x;
    return 0;
}

/* How many leading letters of a pattern can be taken out and shared with
 * other patterns: 0 when it does not start with a plain letter, 1, or 2
 * when the second is plain too (not under a quantifier, not the end). */
static int peelable(const char *p) {
    if (!splittable(p)) return 0;
    char c = p[1];
    int letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    c = p[2];
    if (!letter || c == '?' || c == '*' || c == '+' || c == '{' || c == '\0') return 1;
    return 2;
}

/* An entry of the scan in the order it is written: by its peeled first
 * and second letters (0 when not peeled), then section and entry. */
typedef struct pass_slot {
    char k1, k2;
    int sec;
    size_t entry;
    const char *pattern;
    const char *lead;    /* a condition's lead, or NULL */
} pass_slot;

static int by_letters(const void *a, const void *b) {
    const pass_slot *x = a, *y = b;
    if (x->k1 != y->k1) return x->k1 < y->k1 ? -1 : 1;
    if (x->k2 != y->k2) return x->k2 < y->k2 ? -1 : 1;
    if (x->sec != y->sec) return x->sec < y->sec ? -1 : 1;
    return x->entry < y->entry ? -1 : x->entry > y->entry;
}

/* Every pattern of the set as slots in the order the scan writes them:
 * unpeeled first, then by first and second letter. */
static pass_slot *pass_slots(const ruleset *rs, size_t *n) {
    size_t total = 0;
    for (int i = 0; i < PS__COUNT; i++) total += rs->pat[i].n;
    pass_slot *v = malloc((total ? total : 1) * sizeof *v);
    if (!v) return NULL;
    *n = 0;
    for (int i = 0; i < PS__COUNT; i++)
        for (size_t k = 0; k < rs->pat[i].n; k++) {
            const char *p = rs->pat[i].v[k].pattern;
            int peel = peelable(p);
            pass_slot x = {peel ? (char)(p[0] | 0x20) : 0, peel == 2 ? (char)(p[1] | 0x20) : 0,
                           i, k, p, rs->pat[i].v[k].lead};
            v[(*n)++] = x;
        }
    qsort(v, *n, sizeof *v, by_letters);
    return v;
}

/* A part of the one pass, factored by first and second letter: PCRE2 tries
 * alternatives one by one, so sharing leading letters lets each word
 * start try a handful of patterns instead of every pattern of its letter.
 * After the alternation come the end of a word, a callout and (*F): the
 * regex never matches, and backtracking walks every entry's every match
 * at the word start it is anchored at, in order -- the callout keeps what
 * each section's anchored alternation would have returned there.
 * Slots [lo, hi) as one part: each run of a first letter becomes
 * "l(?:m(?:...)|...|...)", each run of a second letter "m(?:...)". */
static int pass_alternation(pass_build *sb, const pass_slot *v, size_t lo, size_t hi) {
    buf *b = &sb->b;
    b->n = 0;
    if (put(b, "\\b(?:") < 0) return -1;
    for (size_t i = lo; i < hi; i++) {
        const pass_slot *x = &v[i], *prev = i > lo ? &v[i - 1] : NULL;
        const pass_slot *next = i + 1 < hi ? &v[i + 1] : NULL;
        int new1 = !prev || prev->k1 != x->k1, new2 = new1 || prev->k2 != x->k2;
        int end1 = x->k1 && (!next || next->k1 != x->k1);
        int end2 = x->k2 && (end1 || next->k2 != x->k2);
        char h1[2] = {x->k1, 0}, h2[2] = {x->k2, 0};
        if ((i > lo && put(b, "|") < 0) ||
            (x->k1 && new1 && (put(b, h1) < 0 || put(b, "(?:") < 0)) ||
            (x->k2 && new2 && (put(b, h2) < 0 || put(b, "(?:") < 0)) ||
            pass_entry_put(sb, x->sec, x->entry,
                           (x->lead ? x->lead : x->pattern) + (x->k1 != 0) + (x->k2 != 0),
                           x->lead != NULL) < 0 ||
            (end2 && put(b, ")") < 0) || (end1 && put(b, ")") < 0))
            return -1;
    }
    if ((lo == hi && put(b, "(?!)") < 0) || put(b, ")(?!\\w)(?C1)") < 0) return -1;
    sb->callout = b->n;
    return put(b, "(*F)");
}

/* How compile_pass compiles the one pass's parts: part of their cache
 * file's name. */
#define PASS_FLAGS (PLAIN_FLAGS | PCRE2_ANCHORED)

/* Slots [lo, hi) of first byte k as few parts as PCRE2's compiled-size
 * limit allows, halving like compile_scan.  Compiled now, so that a join
 * error is reported when the packs load; JIT-compiled on first use.
 * Returns 0, -1 out of memory, -2 another error (in err), -3 too large
 * even so. */
static int compile_pass(ruleset *rs, pass_build *sb, const pass_slot *v, size_t lo, size_t hi,
                        int k, char *err, size_t errlen) {
    if (pass_alternation(sb, v, lo, hi) < 0) return -1;
    int code;
    PCRE2_SIZE off;
    pcre2_code *re = compile_plain(sb->cache, sb->b.s, PCRE2_ANCHORED, &code, &off);
    if (!re && code == PCRE2_ERROR_PATTERN_TOO_LARGE) {
        if (!too_large(code, lo, hi, (int)(rs->npass - rs->pass_of[k]), RS_MAX_SCANS)) return -3;
        size_t mid = lo + (hi - lo) / 2;
        int rc = compile_pass(rs, sb, v, lo, mid, k, err, errlen);
        return rc < 0 ? rc : compile_pass(rs, sb, v, mid, hi, k, err, errlen);
    }
    if (!re) return join_error(err, errlen, "scan", code, off);
    if (grow((void **)&rs->pass, &rs->cpass, rs->npass + 1, sizeof *rs->pass) < 0) {
        pcre2_code_free(re);
        return -1;
    }
    scan_part x = {re, sb->callout, 0};
    rs->pass[rs->npass++] = x;
    return 0;
}

static int letter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static int quantifier(char c) {
    return c == '?' || c == '*' || c == '+' || c == '{';
}

/* Next bytes: one bit per letter, one for any other ASCII byte (or the
 * end of the text), one for any byte of a multibyte character, one for
 * the bytes PCRE2's \s takes (ASCII only: the core compiles without UCP). */
#define OTHER_BYTE 26
#define MULTI_BYTE 27
#define SPACE_BYTE 28
#define ANY_BYTE ((1u << 29) - 1)

static int byte_bit(unsigned char b) {
    if (b >= 0x80) return MULTI_BYTE;
    if (b == ' ' || (b >= '\t' && b <= '\r')) return SPACE_BYTE;
    b |= 0x20;
    return b >= 'a' && b <= 'z' ? b - 'a' : OTHER_BYTE;
}

/* A letter's bit; caseless, "s" and "k" also match the multibyte long s
 * and Kelvin sign. */
static uint32_t letter_bit(char c) {
    c = (char)(c | 0x20);
    return 1u << (c - 'a') | (c == 's' || c == 'k' ? 1u << MULTI_BYTE : 0);
}

/* The last byte of what starts at q and is taken as one: an escape, a
 * quoted \Q...\E run, or a class (where "]" first and "[:alpha:]" do not
 * close it).  Parentheses and bars inside are not syntax. */
static const char *atom_last(const char *q) {
    if (q[0] == '\\' && q[1] == 'Q') {
        const char *e = strstr(q + 2, "\\E");
        return e ? e + 1 : q + strlen(q) - 1;
    }
    if (q[0] == '\\') return q[1] ? q + 1 : q;
    if (q[0] != '[') return q;
    const char *c = q + 1;
    if (*c == '^') c++;
    if (*c == ']') c++;
    for (; *c && *c != ']'; c++) {
        if (*c == '\\' && c[1]) c++;
        else if (c[0] == '[' && c[1] == ':' && strstr(c + 2, ":]")) c = strstr(c + 2, ":]") + 1;
    }
    return *c ? c : c - 1;
}

/* The ")" closing the group that q is inside, or NULL at the pattern's
 * top level. */
static const char *closing_paren(const char *q) {
    int depth = 0;
    for (; *q; q++) {
        if (*q == '\\' || *q == '[') {
            q = atom_last(q);
        } else if (*q == '(') {
            depth++;
        } else if (*q == ')' && depth-- == 0) {
            return q;
        }
    }
    return NULL;
}

/* Past the group that opens at q, or NULL when it does not close. */
static const char *group_end(const char *q) {
    const char *e = closing_paren(q + 1);
    return e ? e + 1 : NULL;
}

static int lookaround(const char *q) {
    return q[0] == '(' && q[1] == '?' &&
           (q[2] == '=' || q[2] == '!' || (q[2] == '<' && (q[3] == '=' || q[3] == '!')));
}

/* Past the ")" closing the group that q (one of its bars, or its ")") is
 * in, and past a "?" on that group; NULL at the pattern's top level or
 * before another quantifier. */
static const char *group_close(const char *q) {
    q = closing_paren(q);
    if (!q) return NULL;
    q++;
    if (*q != '?') return quantifier(*q) ? NULL : q;
    return q[1] == '?' || q[1] == '+' ? q + 2 : q + 1;
}

/* Past an atom of `len` bytes at q and the "?" after it (and a lazy or
 * possessive mark on that). */
static const char *past_optional(const char *q, size_t len) {
    q += len + 1;
    return *q == '?' || *q == '+' ? q + 1 : q;
}

/* The byte bits a class at q may take: letters, spaces, other single
 * characters and escaped punctuation; anything less plain (a negated
 * class, \w, \p, [:alpha:]) may take any byte. */
static uint32_t class_bits(const char *q) {
    const char *end = atom_last(q);
    if (*end != ']' || q[1] == '^') return ANY_BYTE;
    uint32_t m = 0;
    for (const char *c = q + 1; c < end; c++) {
        unsigned char b = (unsigned char)*c;
        if (c + 2 < end && c[1] == '-') {               /* a range: of letters only */
            char lo = (char)(c[0] | 0x20), hi = (char)(c[2] | 0x20);
            if (!letter(c[0]) || !letter(c[2]) || lo > hi) return ANY_BYTE;
            for (char x = lo; x <= hi; x++) m |= letter_bit(x);
            c += 2;
        } else if (b == '\\') {
            b = (unsigned char)*++c;
            if (b == 's') m |= 1u << SPACE_BYTE;
            else if (b == 'd') m |= 1u << OTHER_BYTE;
            else if (b >= 0x80 || letter((char)b) || (b >= '0' && b <= '9')) return ANY_BYTE;
            else m |= 1u << byte_bit(b);
        } else if (b == '[') {
            return ANY_BYTE;
        } else {
            m |= letter((char)b) ? letter_bit((char)b) : 1u << byte_bit(b);
        }
    }
    return m;
}

/* The byte bits one byte taken at q may have -- a letter, " ", "\s" or a
 * class -- and where the atom ends; 0 for anything else. */
static uint32_t atom_bits(const char *q, const char **after) {
    if (letter(q[0]) || q[0] == ' ') {
        *after = q + 1;
        return letter(q[0]) ? letter_bit(q[0]) : 1u << SPACE_BYTE;
    }
    if (q[0] == '\\' && q[1] == 's') {
        *after = q + 2;
        return 1u << SPACE_BYTE;
    }
    if (q[0] == '[') {
        *after = atom_last(q) + 1;
        uint32_t m = class_bits(q);
        return m == ANY_BYTE ? 0 : m;
    }
    if (q[0] > ' ' && (unsigned char)q[0] < 0x80 && !strchr("\\^$.|()?*+{}[]", q[0])) {
        *after = q + 1;                                 /* punctuation: "'s", "-led" */
        return 1u << OTHER_BYTE;
    }
    return 0;
}

/* Where an entry's pattern may be after the bytes of a trie path: the
 * places, past zero-width items, where its next byte is taken -- a plain
 * letter, a space, or anything less plain (NULL: past what the trie
 * follows, any byte may come).  Plain letters, spaces and groups of them
 * are followed, an optional letter or group both ways, "\s+" as one space
 * (a longer run passes: prefix_passes), lookarounds and \b skipped. */
#define PREFIX_PLACES 64

typedef struct places {
    const char *v[PREFIX_PLACES];
    int n;
} places;

static void place_add(places *s, const char *q) {
    if (s->n == 1 && !s->v[0]) return;
    for (int i = 0; i < s->n; i++)
        if (s->v[i] == q) return;
    if (!q || s->n == PREFIX_PLACES) {
        s->v[0] = NULL;
        s->n = 1;
        return;
    }
    s->v[s->n++] = q;
}

static void settle_group(const char *q, places *s);

/* The places the pattern text at q may take its next byte at. */
static void settle(const char *q, places *s) {
    while (q) {
        if (lookaround(q)) {
            q = group_end(q);
            if (q && quantifier(*q)) q = NULL;
        } else if (q[0] == '\\' && q[1] == 'b' && !quantifier(q[2])) {
            q += 2;
        } else if (q[0] == '|' || q[0] == ')') {   /* an alternative of an open group ends */
            q = group_close(q[0] == ')' ? q : q + 1);
        } else {
            break;
        }
    }
    const char *after = NULL;
    uint32_t m = q ? atom_bits(q, &after) : 0;
    if (m && (*after == '?' || (*after == '*' && m == 1u << SPACE_BYTE))) {
        place_add(s, q);
        settle(past_optional(after, 0), s);
    } else if (q && q[0] == '(' && (q[1] != '?' || q[2] == ':')) {
        const char *e = group_end(q);
        if (!e || (quantifier(*e) && *e != '?')) {
            place_add(s, NULL);
        } else {
            settle_group(q[1] == '?' ? q + 3 : q + 1, s);
            if (*e == '?') settle(past_optional(e, 0), s);      /* "(?:ab)?" may be empty */
        }
    } else {
        place_add(s, q);
    }
}

/* Every alternative of the group whose inside starts at q (or of the
 * whole pattern). */
static void settle_group(const char *q, places *s) {
    settle(q, s);
    int depth = 0;
    for (; *q; q++) {
        if (*q == '\\' || *q == '[') {
            q = atom_last(q);
        } else if (*q == '(') {
            depth++;
        } else if (*q == ')' && depth-- == 0) {
            break;
        } else if (*q == '|' && depth == 0) {
            settle(q + 1, s);
        }
    }
}

/* The byte bits place q may take, and where the pattern goes on after
 * it: once, optionally, or (a space) as a run taken as one. */
static uint32_t place_next(const char *q, const char **next) {
    const char *after = NULL;
    uint32_t m = q ? atom_bits(q, &after) : 0;
    if (!m) return ANY_BYTE;
    if (*after == '?') {
        *next = past_optional(after, 0);
    } else if ((*after == '+' || *after == '*') && m == 1u << SPACE_BYTE) {
        *next = after[1] == '?' || after[1] == '+' ? after + 2 : after + 1;
    } else if (quantifier(*after)) {
        return ANY_BYTE;
    } else {
        *next = after;
    }
    return m;
}

/* The places after place q takes byte bit b (a letter or SPACE_BYTE). */
static void place_step(const char *q, int b, places *s) {
    const char *next = NULL;
    uint32_t m = place_next(q, &next);
    if (m == ANY_BYTE) place_add(s, NULL);
    else if (m >> b & 1) settle(next, s);
}

/* May an unpeeled pattern start with first byte k?  From PCRE2's own
 * start bytes; unknown means yes. */
static int starts_with(const unsigned char map[32], int k) {
    if (k < RS_FIRST_DIGIT) {
        unsigned lo = 'a' + (unsigned)k, up = 'A' + (unsigned)k;
        return (map[lo / 8] >> (lo % 8) & 1) || (map[up / 8] >> (up % 8) & 1);
    }
    if (k == RS_FIRST_FOLD)         /* the long s starts with C5, the Kelvin sign E2 */
        return (map[0xC5 / 8] >> (0xC5 % 8) & 1) || (map[0xE2 / 8] >> (0xE2 % 8) & 1);
    for (unsigned c = k == RS_FIRST_DIGIT ? 0 : 0x80; c < (k == RS_FIRST_DIGIT ? 0x80u : 256u); c++)
        if ((map[c / 8] >> (c % 8) & 1) && (k == RS_FIRST_MULTI || (c >= '0' && c <= '9') || c == '_'))
            return 1;
    return 0;
}

/* Is peeled first letter c matched by a multibyte character too? */
static int multibyte_fold(char c) {
    return c == 's' || c == 'k';
}

/* Which word starts reach PCRE2: a trie, per first letter, of the bytes
 * its entries may start with, and of the byte that may follow them.  Two
 * bytes after the first letter left "the", "to" and "that" to PCRE2 (a
 * fifth of all calls, none with a hit: "there" and "tell" share their
 * letters); one more turns them away.  Across a space it goes on into the
 * next word: "that", "in", "had", "will" start entries only before some
 * words ("that story is", "in exchange for", "will not accept"), and half
 * of the calls that were left had no hit, most of them one of those words
 * before another.  Built from the entries' places (settle): every word
 * start an entry can match at passes, and a node whose next byte may be
 * anything passes all below it.  Eight bytes deep, about 3000 nodes, built
 * in ~1 ms; deeper saves less on a megabyte than it costs at load. */
#define PREFIX_DEPTH 8               /* bytes a path may hold */
#define PREFIX_NODES 8192            /* past this, nodes pass all below them */

struct prefix_node {
    uint32_t next;                   /* byte bits the next byte may have */
    int16_t child[SPACE_BYTE + 1];   /* by next letter or space; -1: passes all below */
};

struct prefixes {
    struct prefix_node *v;
    size_t n, cap;
    int32_t root[RS_FIRST_DIGIT];    /* by first letter; -1: none built */
    unsigned char bit[256];          /* byte_bit of every byte: one load per step */
};

static void prefixes_free(struct prefixes *t) {
    if (!t) return;
    free(t->v);
    free(t);
}

/* Room for building one letter's trie: per path length, the places of
 * each entry and the byte bits they take (the nodes of one length are
 * built one after another). */
typedef struct prefix_room {
    places *v;
    uint32_t *bits;
    size_t n;                        /* entries of the letter */
} prefix_room;

/* The node after a path of `len` bytes, where `live` (in room's row len)
 * are the places of the entries that may take it; its index, or -1 out of
 * memory. */
static int32_t prefix_node_for(struct prefixes *t, prefix_room *room, size_t nlive, int len) {
    const places *live = room->v + (size_t)len * room->n;
    uint32_t *bits = room->bits + (size_t)len * room->n;
    places *next = room->v + (size_t)(len + 1) * room->n;
    if (grow((void **)&t->v, &t->cap, t->n + 1, sizeof *t->v) < 0) return -1;
    int32_t at = (int32_t)t->n++;
    uint32_t mask = 0;
    for (size_t i = 0; i < nlive; i++) {
        const char *after;
        bits[i] = 0;
        for (int j = 0; j < live[i].n; j++) bits[i] |= place_next(live[i].v[j], &after);
        mask |= bits[i];
    }
    t->v[at].next = mask;
    for (int c = 0; c <= SPACE_BYTE; c++) t->v[at].child[c] = -1;
    for (int c = 0; c <= SPACE_BYTE && mask != ANY_BYTE && len < PREFIX_DEPTH && t->n < PREFIX_NODES; c++) {
        if (!(mask >> c & 1) || c == OTHER_BYTE || c == MULTI_BYTE) continue;
        size_t nn = 0;
        for (size_t i = 0; i < nlive; i++) {
            if (!(bits[i] >> c & 1)) continue;
            next[nn].n = 0;
            for (int j = 0; j < live[i].n; j++) place_step(live[i].v[j], c, &next[nn]);
            if (next[nn].n) nn++;
        }
        int32_t child = prefix_node_for(t, room, nn, len + 1);
        if (child < 0) return -1;
        t->v[at].child[c] = (int16_t)child;   /* under PREFIX_NODES */
    }
    return at;
}

/* The trie of first letter k, whose entries are part[0, n). */
static int prefixes_add(ruleset *rs, int k, const pass_slot *part, size_t n) {
    struct prefixes *t = rs->prefixes;
    if (!t) {
        t = rs->prefixes = calloc(1, sizeof *t);
        if (!t) return -1;
        for (int i = 0; i < RS_FIRST_DIGIT; i++) t->root[i] = -1;
        for (int b = 0; b < 256; b++) t->bit[b] = (unsigned char)byte_bit((unsigned char)b);
    }
    prefix_room room = {malloc((PREFIX_DEPTH + 1) * n * sizeof *room.v),
                        malloc((PREFIX_DEPTH + 1) * n * sizeof *room.bits), n};
    if (!room.v || !room.bits) {
        free(room.v);
        free(room.bits);
        return -1;
    }
    places *live = room.v + n;                   /* row 1: after the first letter */
    size_t nlive = 0;
    for (size_t i = 0; i < n; i++) {
        places start = {.n = 0};
        settle_group(part[i].pattern, &start);
        live[nlive].n = 0;
        for (int j = 0; j < start.n; j++) place_step(start.v[j], k, &live[nlive]);
        if (live[nlive].n) nlive++;
    }
    t->root[k] = prefix_node_for(t, &room, nlive, 1);
    free(room.v);
    free(room.bits);
    return t->root[k] < 0 ? -1 : 0;
}

/* The one pass, one part (or a few) per first byte of a word: a word
 * start runs only the patterns that can start with its letter, and a
 * first byte no text uses costs nothing but its compile. */
static int build_pass(ruleset *rs, pass_build *pb, char *err, size_t errlen) {
    size_t nslots = 0, nfirst = 0;
    pass_slot *slots = pass_slots(rs, &nslots);
    pass_slot *part = malloc((nslots ? nslots : 1) * sizeof *part);
    unsigned char (*maps)[32] = malloc((nslots ? nslots : 1) * sizeof *maps);
    int rc = slots && part && maps ? 0 : -1;
    /* unpeeled slots sort first: their start bytes, from their own compile */
    while (rc == 0 && nfirst < nslots && !slots[nfirst].k1) {
        int code;
        PCRE2_SIZE off;
        pcre2_code *re = compile_plain(pb->cache, slots[nfirst].pattern, PCRE2_NO_AUTO_POSSESS,
                                       &code, &off);
        if (re) first_bytes(re, maps[nfirst]);
        else memset(maps[nfirst], 0xff, 32);
        if (re) patcache_release(pb->cache, re);
        nfirst++;
    }
    for (int k = 0; rc == 0 && k < RS_FIRSTS; k++) {
        size_t n = 0;
        for (size_t i = 0; i < nfirst; i++)
            if (starts_with(maps[i], k)) part[n++] = slots[i];
        for (size_t i = nfirst; i < nslots; i++) {
            const pass_slot *x = &slots[i];
            if (k < RS_FIRST_DIGIT ? x->k1 != 'a' + k : k != RS_FIRST_FOLD || !multibyte_fold(x->k1))
                continue;
            part[n++] = *x;
        }
        if (k < RS_FIRST_DIGIT && n && prefixes_add(rs, k, part, n) < 0) rc = -1;
        rs->pass_of[k] = rs->npass;
        if (rc == 0 && n) rc = compile_pass(rs, pb, part, 0, n, k, err, errlen);
    }
    rs->pass_of[RS_FIRSTS] = rs->npass;
    free(slots);
    free(part);
    free(maps);
    return rc;
}

/* The careful path's candidate scan, factored by first letter: PCRE2 tries
 * alternatives one by one, so grouping them under their first letter lets
 * each word start try a few dozen instead of every pattern in every pack.
 * It takes the one pass's slots, whose order keeps each first letter's
 * entries together, and peels only that letter; which word starts match
 * does not depend on the order of the alternatives. */
static int scan_alternation(buf *b, const pass_slot *v, size_t lo, size_t hi) {
    if (put(b, "\\b(?:") < 0) return -1;
    for (size_t k = lo; k < hi; k++) {
        const pass_slot *x = &v[k];
        int opens = x->k1 && (k == lo || v[k - 1].k1 != x->k1);
        int closes = x->k1 && (k + 1 == hi || v[k + 1].k1 != x->k1);
        char head[2] = {x->k1, 0};
        if (k > lo && put(b, "|") < 0) return -1;
        if (opens && (put(b, head) < 0 || put(b, "(?:") < 0)) return -1;
        if (put(b, "(?:") < 0 || put(b, x->pattern + (x->k1 != 0)) < 0 ||
            put(b, ")") < 0)
            return -1;
        if (closes && put(b, ")") < 0) return -1;
    }
    if (lo == hi && put(b, "(?!)") < 0) return -1;
    return put(b, ")");
}

/* Entries [lo, hi) as few regexes as PCRE2's compiled-size limit allows:
 * user packs can grow the joined scan past it, and halving keeps every
 * pattern findable. */
static int compile_scan(ruleset *rs, const pass_slot *v, size_t lo, size_t hi,
                        char *err, size_t errlen) {
    buf b = {0};
    if (scan_alternation(&b, v, lo, hi) < 0) {
        free(b.s);
        return -1;
    }
    int code;
    PCRE2_SIZE off;
    pcre2_code *re = compile_joined(b.s, 0, &code, &off);
    free(b.s);
    if (!re && too_large(code, lo, hi, rs->nscan, RS_MAX_SCANS)) {
        size_t mid = lo + (hi - lo) / 2;
        int rc = compile_scan(rs, v, lo, mid, err, errlen);
        return rc < 0 ? rc : compile_scan(rs, v, mid, hi, err, errlen);
    }
    if (!re) return join_error(err, errlen, "scan", code, off);
    rs->scan[rs->nscan++] = re;
    return 0;
}

/* ---- the careful path ---------------------------------------------------- */

/* A pack pattern that backtracks without end makes the one pass give up
 * a sentence (it tries every pattern at every word start), and patterns
 * that may match empty or start at punctuation change which words the
 * candidate search looks at.  For those the search of before runs: a
 * scan that stops at the first pattern matching at a word start, then
 * each section anchored there.  Built on first need -- never, with sound
 * packs -- or by finish when the one pass is past PCRE2's size limit. */
static int build_careful(ruleset *rs, char *err, size_t errlen) {
    size_t nslots = 0;
    pass_slot *slots = pass_slots(rs, &nslots);
    int rc = slots ? 0 : -1, any = 0;
    for (int i = 0; rc == 0 && i < PS__COUNT; i++) {
        if (!rs->pat[i].n) continue;
        rc = compile_section(rs, i, 0, rs->pat[i].n, err, errlen);
        any++;
    }
    if (rc == 0 && any) rc = compile_scan(rs, slots, 0, nslots, err, errlen);
    free(slots);
    if (rc == -1) snprintf(err, errlen, "rules: out of memory");
    return rc;
}

int rs_careful_ready(const ruleset *rs) {
    /* The rule set is read-only to the analysis; these regexes are a
     * cache of it, built once. */
    ruleset *w = (ruleset *)rs;
    char err[256];
    if (!w->careful) w->careful = build_careful(w, err, sizeof err) == 0 ? 1 : -1;
    return w->careful > 0;
}

/* How many bytes before a word start the one pass may look at. */
static size_t pass_look_back(const ruleset *rs) {
    uint32_t most = 0;
    for (size_t i = 0; i < rs->npass; i++) {
        uint32_t n = 0;
        if (pcre2_pattern_info(rs->pass[i].re, PCRE2_INFO_MAXLOOKBEHIND, &n) == 0 && n > most)
            most = n;
    }
    return ((size_t)most + 1) * 4;  /* characters of up to four bytes, and \b's one */
}

/* The cache entry for the set's one pass, named by every pattern of
 * every section in order: a changed or added pack is another file.  What
 * the core makes of the patterns is checked code by code (patcache.h). */
static patcache *pass_cache(const ruleset *rs) {
    if (!rs->cache_dir) return NULL;
    patcache_key k;
    patcache_key_init(&k);
    uint32_t flags = PASS_FLAGS;
    patcache_key_add(&k, &flags, sizeof flags);
    for (int i = 0; i < PS__COUNT; i++) {
        uint64_t n = rs->pat[i].n;
        patcache_key_add(&k, &n, sizeof n);
        for (size_t e = 0; e < rs->pat[i].n; e++)
            patcache_key_add(&k, rs->pat[i].v[e].pattern, strlen(rs->pat[i].v[e].pattern));
    }
    return patcache_open(rs->cache_dir, "rules", PASS_KEEP, &k);
}

/* Each condition's conjunction, anchored and ending at a word's end as
 * the one pass's entries do, for then_after; JIT-compiled when first run
 * from JIT code (a short text interprets). */
static int build_thens(ruleset *rs, char *err, size_t errlen) {
    for (int i = 0; i < PS__COUNT; i++)
        for (size_t k = 0; k < rs->pat[i].n; k++) {
            rule_entry *e = &rs->pat[i].v[k];
            if (!e->conjunction) continue;
            size_t n = strlen(e->conjunction) + 16;
            char *p = malloc(n);
            if (!p) return -1;
            snprintf(p, n, "(?:%s)(?!\\w)", e->conjunction);
            int code;
            PCRE2_SIZE off;
            e->then = compile_plain(NULL, p, PCRE2_ANCHORED, &code, &off);
            e->then_jit = 0;
            free(p);
            if (!e->then) return join_error(err, errlen, "conjunction", code, off);
            first_bytes(e->then, e->then_first);
        }
    return 0;
}

int ruleset_finish(ruleset *rs, char *err, size_t errlen) {
    compiled_free(rs);
    for (int i = 0; i < WS__COUNT; i++)
        if (rs->words[i].n) {
            qsort(rs->words[i].v, rs->words[i].n, sizeof(char *),
                  i == WS_ABBREVIATIONS ? by_name : cmp_ci);
            if (build_slots(&rs->words[i], i != WS_ABBREVIATIONS) < 0) {
                compiled_free(rs);
                snprintf(err, errlen, "rules: out of memory");
                return -1;
            }
        }
    if (build_sections(rs) < 0 || build_suffixes(rs) < 0) {
        compiled_free(rs);
        snprintf(err, errlen, "rules: out of memory");
        return -1;
    }
    int trc = build_thens(rs, err, errlen);
    if (trc < 0) {
        compiled_free(rs);
        if (trc == -1) snprintf(err, errlen, "rules: out of memory");
        return -1;
    }
    buf one = {0};
    pass_build pb = {{0}, NULL, 0, 0, 0, pass_cache(rs)};
    int rc = build_pass(rs, &pb, err, errlen);
    patcache_close(pb.cache, rc == 0);   /* before any code it handed out is freed */
    if (rc == 0) {
        rs->look_back = pass_look_back(rs);
        rs->history = scan_history_new(rs);
        rs->pass_entries = pb.v;
        rs->npass_entries = pb.n;
        pb.v = NULL;
    } else if (rc == -3) {
        /* past PCRE2's limit even in parts: the careful path for every
         * sentence, and its errors reported now */
        for (size_t i = 0; i < rs->npass; i++) pcre2_code_free(rs->pass[i].re);
        rs->npass = 0;
        memset(rs->pass_of, 0, sizeof rs->pass_of);
        rc = build_careful(rs, err, errlen);
        rs->careful = rc == 0 ? 1 : -1;
    }
    free(pb.b.s);
    free(pb.v);
    if (rc == 0) {
        one.n = 0;
        if (put(&one, "\\b") < 0 || alternation(&one, &rs->pat[PS_CUES], 0, rs->pat[PS_CUES].n, 0) < 0 ||
            put(&one, "\\b") < 0) rc = -1;
        else {
            rs->cue_alternation = one.s;
            one.s = NULL;
        }
    }
    free(one.s);
    if (rc == -1) snprintf(err, errlen, "rules: out of memory");
    if (rc < 0) {
        compiled_free(rs);
        return -1;
    }
    rs->finished = 1;
    return 0;
}

/* ---- lookups ------------------------------------------------------------ */


static uint32_t word_hash(const char *s, size_t n, int ci) {
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (ci) c = word_fold(c);
        h = (h ^ c) * 16777619u;
    }
    return h;
}

/* A slot of a word table: the word's full hash and length are checked
 * before its bytes, so a probe rarely reads a word at all. */
struct word_slot {
    uint32_t hash, len;
    int idx;             /* into v; -1 for an empty slot */
};

/* Word lookups run for every token near a candidate: a hash table with
 * the words' hashes and lengths keeps them from dominating the analysis. */
static int build_slots(word_list *w, int ci) {
    size_t ns = 16;
    while (ns < w->n * 2) ns *= 2;
    w->slot = malloc(ns * sizeof *w->slot);
    w->len = malloc(w->n * sizeof *w->len);
    if (!w->slot || !w->len) return -1;
    for (size_t i = 0; i < ns; i++) w->slot[i].idx = -1;
    w->nslot = ns;
    for (size_t i = 0; i < w->n; i++) {
        w->len[i] = strlen(w->v[i]);
        uint32_t hv = word_hash(w->v[i], w->len[i], ci);
        size_t h = hv & (ns - 1);
        while (w->slot[h].idx >= 0) h = (h + 1) & (ns - 1);
        struct word_slot x = {hv, (uint32_t)w->len[i], (int)i};
        w->slot[h] = x;
    }
    return 0;
}

/* [s, s+n) equals the NUL-terminated word `w`; folded when `ci`. */
static int same_word(const char *s, size_t n, const char *w, int ci) {
    if (ci) return word_is(s, n, w);
    for (size_t i = 0; i < n; i++)
        if (!w[i] || s[i] != w[i]) return 0;
    return w[n] == '\0';
}

/* The table of every caseless word keys a word by its first 16 bytes,
 * folded, in two integers: a probe compares those and the length, and
 * reads no string unless the word is longer.  Eight bytes are folded at
 * once: a byte from A to Z (top bit clear) gets 0x20, as word_fold. */
static uint64_t fold8(uint64_t x) {
    const uint64_t ones = 0x0101010101010101ULL, top = 0x8080808080808080ULL;
    uint64_t low = x & ~top;
    uint64_t from_a = low + ones * (0x80 - 'A');      /* top bit: >= 'A' */
    uint64_t past_z = low + ones * (0x80 - 'Z' - 1);  /* top bit: > 'Z' */
    return x | (from_a & ~past_z & ~x & top) >> 2;
}

typedef struct word_key {
    uint64_t k[2];        /* bytes 0-15, folded, zero past the word */
    uint64_t hash;
} word_key;

static void word_key_hash(word_key *w, const char *s, size_t n) {
    uint64_t h = (w->k[0] ^ n) * 0x9E3779B97F4A7C15ULL;
    h ^= w->k[1] * 0xC2B2AE3D27D4EB4FULL;
    for (size_t i = 16; i < n; i++)          /* past 16 bytes: rare */
        h = (h ^ word_fold((unsigned char)s[i])) * 0x100000001b3ULL;
    h ^= h >> 29;
    h *= 0xBF58476D1CE4E5B9ULL;
    w->hash = h ^ (h >> 32);
}

static uint64_t load8(const char *s) {
    uint64_t x;
    memcpy(&x, s, 8);
    return x;
}

static uint64_t load4(const char *s) {
    uint32_t x;
    memcpy(&x, s, 4);
    return x;
}

/* The bytes of [s, s+n), n <= 8, as an integer (byte i in bits 8i..8i+7,
 * zero above): loads that overlap inside the word instead of a loop,
 * and nothing outside it is read. */
static uint64_t word_bytes(const char *s, size_t n) {
    const unsigned char *u = (const unsigned char *)s;
    if (n == 8) return load8(s);
    if (n >= 4) return load4(s) | load4(s + n - 4) << (8 * (n - 4));
    if (n == 0) return 0;
    return (uint64_t)u[0] | (uint64_t)u[n / 2] << (8 * (n / 2)) | (uint64_t)u[n - 1] << (8 * (n - 1));
}

static void word_key_make(word_key *w, const char *s, size_t n) {
    uint64_t k0, k1;
    if (n <= 8) {
        k0 = word_bytes(s, n);
        k1 = 0;
    } else {
        k0 = load8(s);
        /* bytes 8 to n-1: the last eight, shifted down past those before 8 */
        k1 = n >= 16 ? load8(s + 8) : load8(s + n - 8) >> (8 * (16 - n));
    }
    w->k[0] = fold8(k0);
    w->k[1] = fold8(k1);
    word_key_hash(w, s, n);
}

/* The table of every caseless word is probed about once per word of
 * text, between scans that fill the caches with pattern code: its slots
 * are 16 bytes (a quarter of the table the size of the first-level data
 * cache), and what a word is in sits apart, read on a hit only. */
struct section_slot {
    uint64_t k0;          /* the key's first eight bytes */
    uint32_t len;         /* 0: an empty slot */
    uint32_t at;          /* its section_word */
};

struct section_word {
    word_info info;       /* its sections, and its count or -2 */
    uint64_t k1;          /* the key's bytes 8-15 */
    const char *word;     /* one section's copy */
};

/* The table: ns slots, then the words (one allocation, rs->wsec). */
static struct section_word *section_words(struct section_slot *v, size_t ns) {
    return (struct section_word *)(v + ns);
}

/* The slot holding [s, s+n) (key w), or the empty slot where it would go. */
static struct section_slot *section_find(struct section_slot *v, size_t ns,
                                         const word_key *w, const char *s, size_t n) {
    const struct section_word *words = section_words(v, ns);
    size_t h = (size_t)w->hash & (ns - 1);
    for (; v[h].len; h = (h + 1) & (ns - 1)) {
        if (v[h].k0 != w->k[0] || v[h].len != n) continue;
        const struct section_word *x = &words[v[h].at];
        if (n <= 8 || (x->k1 == w->k[1] && (n <= 16 || same_word(s + 16, n - 16, x->word + 16, 1))))
            break;
    }
    return &v[h];
}

static struct section_word *section_put(struct section_slot *v, size_t ns, size_t *nw,
                                        const char *word, size_t n) {
    word_key w;
    word_key_make(&w, word, n);
    struct section_slot *x = section_find(v, ns, &w, word, n);
    struct section_word *words = section_words(v, ns);
    if (!x->len) {
        struct section_slot y = {w.k[0], (uint32_t)n, (uint32_t)*nw};
        struct section_word z = {{{{0}}, -2}, w.k[1], word};
        *x = y;
        words[(*nw)++] = z;
    }
    return &words[x->at];
}

/* The analysers ask about one token in several sections, often again and
 * again: one table answers for all of them at once.  An empty word is
 * never looked up. */
static int build_sections(ruleset *rs) {
    memset(rs->first_of, 0, sizeof rs->first_of);
    for (int i = 0; i < WS__COUNT; i++)
        for (size_t k = 0; k < rs->words[i].n; k++) {
            unsigned char b = word_fold((unsigned char)rs->words[i].v[k][0]);
            rs->first_of[i][b >> 3] |= (unsigned char)(1u << (b & 7));
        }
    size_t total = rs->ncounts, ns = 16, nw = 0;
    for (int i = 0; i < WS__COUNT; i++)
        if (i != WS_ABBREVIATIONS) total += rs->words[i].n;
    while (ns < total * 2) ns *= 2;
    struct section_slot *v = calloc(1, ns * sizeof *v + total * sizeof(struct section_word));
    if (!v) return -1;
    for (int i = 0; i < WS__COUNT; i++) {
        const word_list *w = &rs->words[i];
        for (size_t k = 0; i != WS_ABBREVIATIONS && k < w->n; k++)
            if (w->len[k])
                section_put(v, ns, &nw, w->v[k], w->len[k])->info.sections.w[i >> 6] |=
                    (uint64_t)1 << (i & 63);
    }
    /* the first of a word's counts is the one rs_count_of finds */
    for (size_t k = rs->ncounts; k-- > 0;) {
        const char *c = rs->counts[k].word;
        if (*c) section_put(v, ns, &nw, c, strlen(c))->info.count = rs->counts[k].count;
    }
    rs->wsec = v;
    rs->nwsec = ns;
    return 0;
}

/* Person suffixes are tried against nearly every noun the analysers look
 * at: grouped by their last byte, a word tries the few that can end it. */
static int build_suffixes(ruleset *rs) {
    const word_list *w = &rs->words[WS_PERSON_SUFFIXES];
    rs->suffixes = malloc((w->n ? w->n : 1) * sizeof *rs->suffixes);
    if (!rs->suffixes) return -1;
    memset(rs->suffix_of, 0, sizeof rs->suffix_of);
    for (size_t i = 0; i < w->n; i++) rs->suffix_of[word_fold((unsigned char)w->v[i][w->len[i] - 1]) + 1]++;
    for (int b = 0; b < 256; b++) rs->suffix_of[b + 1] += rs->suffix_of[b];
    size_t at[256];
    memcpy(at, rs->suffix_of, sizeof at);
    for (size_t i = 0; i < w->n; i++) rs->suffixes[at[word_fold((unsigned char)w->v[i][w->len[i] - 1])]++] = i;
    return 0;
}

int rs_person_suffix(const ruleset *rs, const char *s, size_t n) {
    const word_list *w = &rs->words[WS_PERSON_SUFFIXES];
    if (!n) return 0;
    if (!rs->suffixes) {
        for (size_t i = 0; i < w->n; i++)
            if (word_ends_in(s, n, w->v[i], strlen(w->v[i]))) return 1;
        return 0;
    }
    unsigned char last = word_fold((unsigned char)s[n - 1]);
    for (size_t k = rs->suffix_of[last]; k < rs->suffix_of[last + 1]; k++) {
        size_t i = rs->suffixes[k];
        if (word_ends_in(s, n, w->v[i], w->len[i])) return 1;
    }
    return 0;
}

/* Only an unfinished set has no table; the analysis never runs on one. */
static const word_info no_info = {{{0}}, -2};

const word_info *rs_word_info(const ruleset *rs, const char *s, size_t n) {
    if (!n || !rs->nwsec) return &no_info;
    word_key w;
    word_key_make(&w, s, n);
    const struct section_slot *x = section_find(rs->wsec, rs->nwsec, &w, s, n);
    return x->len ? &section_words(rs->wsec, rs->nwsec)[x->at].info : &no_info;
}

const ws_mask *rs_word_sections(const ruleset *rs, const char *s, size_t n) {
    return &rs_word_info(rs, s, n)->sections;
}

/* Sets of endings and stems are short and asked about few words: a walk
 * over them costs less than a table would. */
int rs_has_ending(const ruleset *rs, word_section ws, const char *s, size_t n, size_t stem) {
    const word_list *w = &rs->words[ws];
    for (size_t i = 0; i < w->n; i++) {
        size_t m = w->len ? w->len[i] : strlen(w->v[i]);
        if (n >= m + stem && word_is(s + n - m, m, w->v[i])) return 1;
    }
    return 0;
}


int rs_has_word(const ruleset *rs, word_section ws, const char *s, size_t n) {
    const word_list *w = &rs->words[ws];
    if (!w->n || !n) return 0;
    /* most words asked about start with a letter none of the set's words
     * starts with (built with the table): no key, no probe */
    if (rs->nwsec && !rs_may_start(rs, ws, (unsigned char)s[0])) return 0;
    int ci = ws != WS_ABBREVIATIONS;
    if (ci && rs->nwsec) return ws_mask_has(rs_word_sections(rs, s, n), ws);
    if (w->nslot) {
        size_t mask = w->nslot - 1;
        uint32_t hv = word_hash(s, n, ci);
        for (size_t h = hv & mask; w->slot[h].idx >= 0; h = (h + 1) & mask) {
            const struct word_slot *x = &w->slot[h];
            if (x->hash == hv && x->len == n && same_word(s, n, w->v[x->idx], ci)) return 1;
        }
        return 0;
    }
    for (size_t i = 0; i < w->n; i++)
        if (same_word(s, n, w->v[i], ci)) return 1;
    return 0;
}

int rs_count_of(const ruleset *rs, const char *s, size_t n) {
    if (rs->nwsec && n) return rs_word_info(rs, s, n)->count;
    for (size_t i = 0; i < rs->ncounts; i++)
        if (same_word(s, n, rs->counts[i].word, 1)) return rs->counts[i].count;
    return -2;
}

/* Does [s, s+n) start with an entry of section ws, which `whole` wants
 * followed by a word boundary? */
static int starts_with_entry(const ruleset *rs, word_section ws, const char *s, size_t n,
                             int whole) {
    const word_list *w = &rs->words[ws];
    for (size_t i = 0; i < w->n; i++) {
        size_t m = w->len ? w->len[i] : strlen(w->v[i]);
        if (n >= m && word_is(s, m, w->v[i]) &&
            (!whole || n == m || !word_byte_any((unsigned char)s[m])))
            return 1;
    }
    return 0;
}

int rs_has_prefix(const ruleset *rs, word_section ws, const char *s, size_t n) {
    return starts_with_entry(rs, ws, s, n, 0);
}

int rs_has_opening(const ruleset *rs, word_section ws, const char *s, size_t n) {
    return starts_with_entry(rs, ws, s, n, 1);
}

/* The longest alias name inside [s, s+n) on word boundaries wins:
 * "the Kremlin" over "Kremlin". */
const char *rs_alias_in(const ruleset *rs, const char *s, size_t n) {
    const char *best = NULL;
    size_t bestlen = 0;
    for (size_t i = 0; i < rs->naliases; i++) {
        const char *name = rs->aliases[i].name;
        size_t k = strlen(name);
        if (k > n || k <= bestlen) continue;
        /* memchr to each place the name's first byte occurs */
        for (const char *p = s; (p = memchr(p, name[0], (size_t)(s + n - k + 1 - p))); p++) {
            size_t at = (size_t)(p - s);
            if (memcmp(p + 1, name + 1, k - 1) != 0) continue;
            if (at && word_byte_any((unsigned char)s[at - 1])) continue;
            if (at + k < n && word_byte_any((unsigned char)s[at + k]) &&
                !(s[at + k] == '\'' || (unsigned char)s[at + k] == 0xE2)) continue;
            best = rs->aliases[i].canonical;
            bestlen = k;
            break;
        }
    }
    return best;
}

/* ---- matching ----------------------------------------------------------- */

int matcher_init(matcher *m) {
    m->md = pcre2_match_data_create(4, NULL);
    m->md_then = pcre2_match_data_create(1, NULL);
    m->mc = pcre2_match_context_create(NULL);
    if (!m->md || !m->md_then || !m->mc) {
        matcher_free(m);
        return -1;
    }
    pcre2_set_match_limit(m->mc, MATCH_LIMIT);
    pcre2_set_depth_limit(m->mc, DEPTH_LIMIT);
    m->expect = 0;
    m->plan = 0;
    m->scanned = 0;
    m->calls = NULL;
    return 0;
}

void matcher_free(matcher *m) {
    free(m->calls);
    m->calls = NULL;
    pcre2_match_data_free(m->md);
    pcre2_match_data_free(m->md_then);
    pcre2_match_context_free(m->mc);
    m->md = NULL;
    m->md_then = NULL;
    m->mc = NULL;
}

/* The hits found at one word start, collected from the callouts of its
 * first byte's parts. */
typedef struct scan_state {
    const ruleset *rs;
    matcher *m;
    const char *text;           /* the subject, and its length */
    size_t lim;
    int jit;                    /* whether the running part is JIT code */
    size_t callout;             /* the running part's callout position */
    unsigned found;             /* sections that matched, one bit each */
    int best[PS__COUNT];        /* lowest entry of each section that matched */
    size_t end[PS__COUNT];
} scan_state;

static int push_hit(hits *h, size_t s, size_t e, int sec, int entry) {
    if (grow((void **)&h->v, &h->cap, h->n + 1, sizeof *h->v) < 0) return -1;
    hit x = {s, e, sec, entry};
    h->v[h->n++] = x;
    return 0;
}

static int pcre_word(unsigned char c);

/* Where a condition's conjunction ends after its lead ends at v: CONJ_GAP
 * read in C, then the conjunction at each word start it may begin at.
 * Its regex, a lazy gap walked to its end under the one pass's (*F), ran
 * the conjunction at every character after every modal.  1 found, 0 not,
 * <0 a PCRE2 limit.  The conjunction runs as the part does, JIT code or
 * not, so both read invalid UTF-8 alike. */
static int then_after(const scan_state *st, const rule_entry *r, size_t v, size_t *end) {
    const unsigned char *t = (const unsigned char *)st->text, *first = r->then_first;
    size_t lim = st->lim, q = v;
    if (st->jit && !r->then_jit) {
        /* a cache of the rule set's, made once, as part_code's */
        size_t size = 0;
        ((rule_entry *)r)->then_jit =
            pcre2_jit_compile(r->then, PCRE2_JIT_COMPLETE) == 0 &&
            pcre2_pattern_info(r->then, PCRE2_INFO_JITSIZE, &size) == 0 && size ? 2 : 1;
    }
    int prev = v > 0 && pcre_word(t[v - 1]);
    for (int k = 0;; k++) {
        /* a conjunction matches one byte or more (check_pattern), so
         * never at lim */
        int word = q < lim && pcre_word(t[q]);
        if (q < lim && word != prev && (first[t[q] / 8] >> (t[q] % 8) & 1)) {
            int rc = pcre2_match(r->then, t, lim, q, st->jit ? 0 : PCRE2_NO_JIT,
                                 st->m->md_then, st->m->mc);
            if (rc > 0) {
                *end = pcre2_get_ovector_pointer(st->m->md_then)[1];
                return 1;
            }
            if (rc != PCRE2_ERROR_NOMATCH) return rc < 0 ? rc : PCRE2_ERROR_MATCHLIMIT;
        }
        if (k == CONJ_CHARS || q >= lim) return 0;
        unsigned char c = t[q];
        prev = word;
        if (word) {
            q++;
            continue;
        }
        if (c == '.' && !(q > 0 && t[q - 1] >= '0' && t[q - 1] <= '9' && q + 1 < lim &&
                          t[q + 1] >= '0' && t[q + 1] <= '9'))
            return 0;
        if (c == ';' || c == ':' || c == '!' || c == '?') return 0;
        size_t n = c < 0x80 ? 1 : utf8_valid_len(t + q, lim - q);
        if (!n) return 0;
        q += n;
    }
}

/* The callout that ends a condition's lead: the entry counts only as far
 * as its conjunction, and never at the lead's own end. */
static int on_lead(scan_state *st, const struct pass_entry *x, size_t v) {
    const rule_entry *r = &st->rs->pat[x->sec].v[x->entry];
    size_t end;
    if (!r->then || ((st->found >> x->sec & 1) && x->entry >= st->best[x->sec])) return 1;
    int rc = then_after(st, r, v, &end);
    if (rc < 0) return rc;
    if (rc > 0) {
        st->found |= 1u << x->sec;
        st->best[x->sec] = x->entry;
        st->end[x->sec] = end;
    }
    return 1;
}

/* Called for each end of each entry that matched; the mark names the
 * entry.  Only a section's lowest entry and that entry's first end count,
 * as in the section's own alternation. */
static int on_callout(pcre2_callout_block *cb, void *data) {
    scan_state *st = data;
    if (!cb->mark) return 0;
    if (cb->pattern_position != st->callout) {
        size_t k = 0;
        for (const unsigned char *q = cb->mark; *q >= '0' && *q <= '9'; q++) k = k * 10 + (*q - '0');
        if (k < st->rs->npass_entries && st->rs->pass_entries[k].then_at == cb->pattern_position)
            return on_lead(st, &st->rs->pass_entries[k], cb->current_position);
        return 0;                                                   /* a pack's own */
    }
    size_t k = 0;
    for (const unsigned char *q = cb->mark; *q >= '0' && *q <= '9'; q++) k = k * 10 + (*q - '0');
    if (k >= st->rs->npass_entries) return 0;
    const struct pass_entry *x = &st->rs->pass_entries[k];
    if (!(st->found >> x->sec & 1) || x->entry < st->best[x->sec]) {
        st->found |= 1u << x->sec;
        st->best[x->sec] = x->entry;
        st->end[x->sec] = cb->current_position;
    }
    return 0;
}

/* PCRE2's \w: ASCII only, as the core compiles without UCP.  Bit masks:
 * this runs on every byte of a sentence. */
static int pcre_word(unsigned char c) {
    static const uint64_t bits[4] = {0x03FF000000000000u, 0x07FFFFFE87FFFFFEu, 0, 0}; /* 0-9; A-Z _ a-z */
    return (int)(bits[c >> 6] >> (c & 63) & 1);
}

/* Which first byte a word start at p sorts under (-1: none can match
 * there), and where the next word start may be. */
static int first_of(const char *text, size_t p, size_t e, size_t lim, size_t *next) {
    unsigned char b = (unsigned char)text[p];
    if (pcre_word(b)) {
        size_t q = p + 1;
        while (q < e && pcre_word((unsigned char)text[q])) q++;
        *next = q;
        b = word_fold(b);
        return b >= 'a' && b <= 'z' ? b - 'a' : RS_FIRST_DIGIT;
    }
    *next = p + 1;
    /* \b holds before a multibyte character right after a word */
    if (b < 0xC0 || p == 0 || !pcre_word((unsigned char)text[p - 1])) return -1;
    const unsigned char *u = (const unsigned char *)text + p;
    int fold = (b == 0xC5 && p + 1 < lim && u[1] == 0xBF) ||
               (b == 0xE2 && p + 2 < lim && u[1] == 0x84 && u[2] == 0xAA);
    return fold ? RS_FIRST_FOLD : RS_FIRST_MULTI;
}

/* ---- JIT-compiling ahead ------------------------------------------------ */

/* A text of 100 KB starts a word with nearly every letter in its first few
 * paragraphs, so the scan waits on JIT-compiling nearly every part (11-15
 * ms of 25-30 in all) before it has done much else.  A second thread
 * JIT-compiles parts while the first analyses: it takes the largest first,
 * the analysing thread takes the one it needs next if nobody has, and
 * waits for one the second thread is still compiling.
 * PCRE2's JIT compile writes into the code it compiles, so the second
 * thread compiles private copies (pcre2api, "Multithreading"), made
 * before it starts; the originals stay the first thread's.  Each part's
 * state says whose it is; READY publishes a copy's JIT code. */
enum { AHEAD_FREE, AHEAD_WORKER, AHEAD_READY, AHEAD_MAIN };

struct jit_ahead {
    pthread_t thread;
    atomic_int stop;
    size_t n;                        /* parts */
    pcre2_code **copy;               /* the second thread's: JIT-compiled copies */
    size_t *order;                   /* the order it takes parts in */
    size_t norder;
    atomic_int *state;
};

static void ahead_release(struct jit_ahead *a) {
    for (size_t i = 0; i < a->n; i++) pcre2_code_free(a->copy[i]);
    free(a->copy);
    free(a->order);
    free(a->state);
    free(a);
}

static void *ahead_run(void *arg) {
    struct jit_ahead *a = arg;
    for (size_t k = 0; k < a->norder && !atomic_load(&a->stop); k++) {
        size_t i = a->order[k];
        int expect = AHEAD_FREE;
        if (!atomic_compare_exchange_strong(&a->state[i], &expect, AHEAD_WORKER))
            continue;
        size_t size = 0;
        int ok = pcre2_jit_compile(a->copy[i], PCRE2_JIT_COMPLETE) == 0 &&
                 pcre2_pattern_info(a->copy[i], PCRE2_INFO_JITSIZE, &size) == 0 && size;
        /* no JIT: the first thread tries (and fails) on its own original */
        atomic_store_explicit(&a->state[i], ok ? AHEAD_READY : AHEAD_MAIN, memory_order_release);
    }
    return NULL;
}

static size_t part_size(const pcre2_code *re) {
    size_t n = 0;
    pcre2_pattern_info(re, PCRE2_INFO_SIZE, &n);
    return n;
}

/* Parts smaller than this are left to the first thread, JIT-compiled on
 * first use.  The second thread takes the largest parts first, and by the
 * time it would reach the small ones (some 15 ms of compiling in), the
 * analysing thread has long met every common first letter and compiled
 * those parts itself; what is left is the letters no word of the text has
 * reached PCRE2 with ('g', 'j', 'q', 'u', 'v', 'y' in the bench corpus,
 * even at 10 MB, the word-start trie turning them all away), whose code
 * would never run.  Compiling one costs 0.03-0.25 ms. */
#define RS_AHEAD_MIN_BYTES (6u * 1024)

/* Start the second thread.  Parts for the long s and Kelvin sign are left
 * to need: hardly a text has them; so are small parts (RS_AHEAD_MIN_BYTES).
 * Without a thread, or memory, every part stays the first thread's,
 * JIT-compiled on first use as before. */
static void ahead_start(ruleset *rs) {
    rs->ahead_tried = 1;
    size_t n = rs->npass;
    struct jit_ahead *a = calloc(1, sizeof *a);
    if (!a || !n) {
        free(a);
        return;
    }
    a->n = n;
    a->copy = calloc(n, sizeof *a->copy);
    a->order = malloc(n * sizeof *a->order);
    a->state = malloc(n * sizeof *a->state);
    if (!a->copy || !a->order || !a->state) {
        ahead_release(a);
        return;
    }
    size_t m = 0;
    for (size_t i = 0; i < n; i++) {
        int mine = rs->pass[i].jit || (i >= rs->pass_of[RS_FIRST_FOLD] && i < rs->pass_of[RS_FIRST_FOLD + 1]) ||
                   part_size(rs->pass[i].re) < RS_AHEAD_MIN_BYTES;
        a->copy[i] = mine ? NULL : pcre2_code_copy(rs->pass[i].re);
        atomic_init(&a->state[i], a->copy[i] ? AHEAD_FREE : AHEAD_MAIN);
        if (a->copy[i]) a->order[m++] = i;
    }
    a->norder = m;
    /* largest first: the first thread takes small parts in passing */
    for (size_t i = 1; i < m; i++)
        for (size_t j = i; j > 0 && part_size(rs->pass[a->order[j]].re) >
                                    part_size(rs->pass[a->order[j - 1]].re); j--) {
            size_t t = a->order[j];
            a->order[j] = a->order[j - 1];
            a->order[j - 1] = t;
        }
    atomic_init(&a->stop, 0);
    if (pthread_create(&a->thread, NULL, ahead_run, a) != 0) {
        ahead_release(a);
        return;
    }
    rs->ahead = a;
}

/* Stop the second thread after the part it is on, and wait for it. */
static void ahead_free(ruleset *rs) {
    struct jit_ahead *a = rs->ahead;
    rs->ahead_tried = 0;
    if (!a) return;
    atomic_store(&a->stop, 1);
    pthread_join(a->thread, NULL);
    ahead_release(a);
    rs->ahead = NULL;
}

/* The code to run part i with, and whether it is JIT code. */
static const pcre2_code *part_code(const ruleset *rs, size_t i, int *jit) {
    /* The rule set is read-only to the analysis; JIT code is a cache of
     * it, made once. */
    scan_part *part = &((scan_part *)rs->pass)[i];
    struct jit_ahead *a = rs->ahead;
    int s = a ? atomic_load_explicit(&a->state[i], memory_order_acquire) : AHEAD_MAIN;
    if (s == AHEAD_FREE) {
        if (!atomic_compare_exchange_strong(&a->state[i], &s, AHEAD_MAIN)) return part_code(rs, i, jit);
        s = AHEAD_MAIN;
    }
    /* The other thread is compiling it: wait (a few milliseconds at most)
     * rather than interpret, so every match runs the same code as ever
     * and no PCRE2 limit depends on which thread got there first. */
    while (s == AHEAD_WORKER) {
        struct timespec pause = {0, 50000};
        nanosleep(&pause, NULL);
        s = atomic_load_explicit(&a->state[i], memory_order_acquire);
    }
    if (s == AHEAD_READY) {
        *jit = 1;
        return a->copy[i];
    }
    if (s == AHEAD_MAIN && !part->jit) {
        size_t size = 0;                /* no JIT: slower, still right */
        part->jit = pcre2_jit_compile(part->re, PCRE2_JIT_COMPLETE) == 0 &&
                    pcre2_pattern_info(part->re, PCRE2_INFO_JITSIZE, &size) == 0 && size
                        ? 2 : 1;
    }
    *jit = part->jit == 2;
    return part->re;
}

/* JIT-compiling all 1.6 MB of the pass's machine code costs more CPU than
 * PCRE2's interpreter spends on a text under ~160 KB, but not evenly: a
 * part of a frequent first letter ('t', 'a', 's') is called thousands of
 * times per 100 KB and pays for its compile within a few KB, a large part
 * of a rare letter never does.  So a part is interpreted until its calls
 * -- those of earlier analyses (an editor's edits add up) and those this
 * analysis will still make, projected from its calls so far per byte
 * scanned -- reach what its compile costs in calls.  Measured one part
 * at a time (JIT for it alone, at 100 and 300 KB): a compile costs
 * 0.7-3 ms and a JIT call saves 1-8 us, so a part pays after some 300 to
 * 2000 calls, more for larger parts though not in proportion.  Parts
 * decided this way save ~1 ms of 25 at 100 KB and ~2 of 35 at 150 KB;
 * above RS_JIT_FROM nearly every part pays, and deciding part by part
 * there cost more (300 KB: 54 ms against 46) than it saved. */
struct part_use {
    size_t calls;               /* interpreted calls, all analyses */
    size_t pays;                /* calls from which JIT code pays */
};

struct scan_history {
    size_t announced;           /* bytes small analyses have announced, in all */
    struct part_use part[];     /* npass of them */
};

#define RS_PART_BYTES_PER_CALL 24   /* compiled pattern bytes one call's saving pays for */

static struct scan_history *scan_history_new(const ruleset *rs) {
    struct scan_history *u = calloc(1, sizeof *u + rs->npass * sizeof *u->part);
    for (size_t i = 0; u && i < rs->npass; i++)
        u->part[i].pays = part_size(rs->pass[i].re) / RS_PART_BYTES_PER_CALL + 1;
    return u;
}

/* Will part i's JIT code have paid for its compile by the end of this
 * analysis?  Projected only once a sixteenth of the text is scanned, so
 * that one opening sentence does not decide. */
static int part_pays(const ruleset *rs, const matcher *m, size_t i) {
    const struct part_use *u = &rs->history->part[i];
    size_t n = u->calls, e = m->expect, b = m->scanned;
    if (b < e && b >= e / 16) n += (size_t)((uint64_t)m->calls[i] * (e - b) / b);
    return n >= u->pays;
}

/* Do the letters after a word start at p pass first letter k's trie? */
static int prefix_passes(const ruleset *rs, int k, const char *text, size_t p, size_t lim) {
    const struct prefixes *t = rs->prefixes;
    int32_t x = t && k < RS_FIRST_DIGIT ? t->root[k] : -1;
    for (size_t d = 1; x >= 0; d++) {
        const struct prefix_node *nd = &t->v[x];
        int b = p + d < lim ? t->bit[(unsigned char)text[p + d]] : OTHER_BYTE;
        if (!(nd->next >> b & 1)) return 0;
        if (b == OTHER_BYTE || b == MULTI_BYTE) return 1;
        /* "\s+" is followed as one space: a longer run passes */
        if (b == SPACE_BYTE && p + d + 1 < lim && t->bit[(unsigned char)text[p + d + 1]] == SPACE_BYTE)
            return 1;
        x = nd->child[b];
    }
    return 1;
}

/* First byte k's parts at word start p; the hits go to h.  Returns 0, -1
 * out of memory, -2 at a PCRE2 limit. */
static int scan_word(scan_state *st, int k, matcher *m, int interpret, const char *text,
                     size_t lim, size_t p, hits *h) {
    const ruleset *rs = st->rs;
    st->found = 0;
    for (size_t i = rs->pass_of[k]; i < rs->pass_of[k + 1]; i++) {
        int jit = 0;
        const pcre2_code *re = rs->pass[i].re;
        if (!interpret || rs->pass[i].jit || part_pays(rs, m, i)) {
            re = part_code(rs, i, &jit);
        } else {
            rs->history->part[i].calls++;
            m->calls[i]++;
        }
        st->callout = rs->pass[i].callout;
        st->jit = jit;
        /* JIT code takes the call without pcre2_match's checks */
        int rc = jit ? pcre2_jit_match(re, (PCRE2_SPTR)text, lim, p, 0, m->md, m->mc)
                     : pcre2_match(re, (PCRE2_SPTR)text, lim, p, 0, m->md, m->mc);
        if (rc != PCRE2_ERROR_NOMATCH && rc < 0) return -2;
    }
    /* across parts the lowest entry wins, and only then is a match of no
     * length none at all */
    for (int ps = 0; st->found >> ps; ps++)
        if ((st->found >> ps & 1) && st->end[ps] > p && push_hit(h, p, st->end[ps], ps, st->best[ps]) < 0)
            return -1;
    return 0;
}

/* An analysis that announces this much text, or does not say, gets the
 * whole pass JIT-compiled, in a second thread as well (ahead_start):
 * nearly every part pays for its compile there, and the thread saves wall
 * time.  A smaller one decides part by part (part_pays), until the set's
 * small analyses have announced that much in all: an editor's edits go
 * on, and past that point edits of a 10 KB buffer took 0.46 ms (median)
 * with every part JIT-compiled against 0.70 with the parts that had paid
 * so far (a rarer part pays only after hundreds of edits).
 * Since the word-start trie reads past the first space, parts are called
 * less than half as often; yet measured part by part on 1 MB (time per
 * call interpreted and JIT, and each part's compile), every part a text
 * calls still repays its compile there, the closest 'c' with 3088 calls
 * against the 1456 its 4 ms of compile needs; only parts never called
 * did not (RS_AHEAD_MIN_BYTES).  Deciding part by part above this size
 * cost 60% more instructions at 1 MB: the parts' interpreted calls while
 * they add up to their threshold cost more than all the compiles. */
#define RS_JIT_FROM (160u * 1024)

static int scan_plan(const ruleset *rs, const matcher *m) {
    struct scan_history *u = rs->history;
    if (!m->expect || m->expect >= RS_JIT_FROM || rs->ahead_tried || !u) return 1;
    u->announced += m->expect;
    return u->announced >= RS_JIT_FROM ? 1 : 2;
}

/* Is [s, e) valid UTF-8, as PCRE2 checks it?  A character cut at either
 * end counts as invalid. */
static int valid_utf8(const unsigned char *s, const unsigned char *e) {
    while (s < e) {
        /* news text is nearly all ASCII, and this reads every sentence
         * with the look-back and margin around it: eight bytes at a time */
        uint64_t x;
        if (e - s >= 8 && (memcpy(&x, s, 8), !(x & 0x8080808080808080u))) {
            s += 8;
            continue;
        }
        if (*s < 0x80) {
            s++;
            continue;
        }
        size_t n = utf8_valid_len(s, (size_t)(e - s));
        if (!n) return 0;
        s += n;
    }
    return 1;
}

int rs_scan(const ruleset *rs, matcher *m, const char *text, size_t lim,
            size_t at, size_t e, size_t max, struct hits *h) {
    if (!rs->npass || at >= e) return 0;
    if (!m->plan) m->plan = scan_plan(rs, m);
    if (m->plan == 2 && !m->calls && !(m->calls = calloc(rs->npass, sizeof *m->calls))) m->plan = 1;
    m->scanned += e - at;
    if (m->plan == 1 && !rs->ahead_tried) ahead_start((ruleset *)rs);
    /* PCRE2's interpreter and its JIT part ways on invalid UTF-8: the
     * interpreter takes only sentences valid from as far back as the
     * patterns look to their limit (a character cut there counts as
     * invalid) */
    int interpret = 0;
    if (m->plan == 2) {
        size_t back = at > rs->look_back ? at - rs->look_back : 0;
        while (back > 0 && ((unsigned char)text[back] & 0xC0) == 0x80) back--;
        /* a character the limit cuts ends the subject for both alike */
        size_t end = lim;
        for (int k = 0; k < 3 && end > back && ((unsigned char)text[end - 1] & 0xC0) == 0x80; k++) end--;
        if (end > back && (unsigned char)text[end - 1] >= 0xC0 && end + 4 > lim) end--;
        else end = lim;
        interpret = valid_utf8((const unsigned char *)text + back, (const unsigned char *)text + end);
    }
    scan_state st;
    memset(&st, 0, sizeof st);
    st.rs = rs;
    st.m = m;
    st.text = text;
    st.lim = lim;
    pcre2_set_callout(m->mc, on_callout, &st);
    int rc = 0;
    size_t p = at;
    /* in the middle of a word: no word starts there */
    if (p > 0 && pcre_word((unsigned char)text[p - 1]))
        while (p < e && pcre_word((unsigned char)text[p])) p++;
    /* Word starts from e on are the next sentence's; the text up to lim
     * is only there for patterns that look ahead. */
    while (rc == 0 && p < e && h->n < max) {
        size_t next;
        int k = first_of(text, p, e, lim, &next);
        if (k >= 0 && rs->pass_of[k] < rs->pass_of[k + 1] && prefix_passes(rs, k, text, p, lim))
            rc = scan_word(&st, k, m, interpret, text, lim, p, h);
        p = next;
    }
    pcre2_set_callout(m->mc, NULL, NULL);
    return rc;
}

int rs_match_at(const ruleset *rs, matcher *m, pattern_section ps,
                const char *text, size_t len, size_t at, size_t *end) {
    if (at >= len) return -1;
    unsigned char b = (unsigned char)text[at];
    for (int k = 0; k < rs->nsec[ps]; k++) {
        const section_part *part = &rs->sec[ps][k];
        if (!(part->first[b / 8] & (1u << (b % 8)))) continue;
        int rc = pcre2_match(part->re, (PCRE2_SPTR)text, len, at, 0, m->md, m->mc);
        if (rc < 0) continue;
        PCRE2_SIZE *ov = pcre2_get_ovector_pointer(m->md);
        PCRE2_SPTR mark = pcre2_get_mark(m->md);
        if (!mark || ov[1] <= at) continue;
        *end = ov[1];
        return atoi((const char *)mark);
    }
    return -1;
}
