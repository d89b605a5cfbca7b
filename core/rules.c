/* rules.c -- load JSON rule packs into a rule set and compile them.
 *
 * A pack is parsed and checked in full (every pattern compiled on its own,
 * so an error can point into the pattern the user wrote) into a scratch set
 * before anything is merged: a bad pack leaves the set as it was.
 * ruleset_finish then joins every pattern into one scan regex, which finds
 * candidates in a single JIT pass, and one anchored regex per section,
 * which says what a candidate is.  See rules/README.md for the format. */
#include <cJSON.h>
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include "analysers.h"
#include "file.h"

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

static const char *word_names[WS__COUNT] = {
    "abbreviations", "titles", "org_nouns", "pronouns", "auxiliaries",
    "determiners", "function_words", "clause_words", "phrase_stops",
    "descriptors", "postmodifiers",
    "person_suffixes", "counter_words", "evidence_words"
};

static const char *cue_shapes[] = {"verb", "according", "citing", NULL};
static const char *demand_shapes[] = {"object", "infinitive", "list", "urge", "condition", "precondition", NULL};

/* ---- lists ------------------------------------------------------------- */

static int grow(void **v, size_t *cap, size_t need, size_t size) {
    if (need <= *cap) return 0;
    size_t c = *cap ? *cap : 8;
    while (c < need) c *= 2;
    void *nv = realloc(*v, c * size);
    if (!nv) return -1;
    *v = nv;
    *cap = c;
    return 0;
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
    memset(w, 0, sizeof *w);
}

static void rules_free(rule_list *r) {
    for (size_t i = 0; i < r->n; i++) {
        free(r->v[i].pattern);
        free(r->v[i].label);
    }
    free(r->v);
    memset(r, 0, sizeof *r);
}

static void compiled_free(ruleset *rs) {
    for (int i = 0; i < WS__COUNT; i++) {
        free(rs->words[i].slot);
        rs->words[i].slot = NULL;
        rs->words[i].nslot = 0;
    }
    for (int i = 0; i < rs->nscan; i++) pcre2_code_free(rs->scan[i]);
    rs->nscan = 0;
    for (int i = 0; i < PS__COUNT; i++) {
        for (int k = 0; k < rs->nsec[i]; k++) pcre2_code_free(rs->sec[i][k].re);
        rs->nsec[i] = 0;
    }
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
    free(rs);
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
} loader;

static int fail(loader *l, const char *fmt, const char *a, const char *b) {
    char what[512];
    snprintf(what, sizeof what, fmt, a ? a : "", b ? b : "");
    snprintf(l->err, l->errlen, "%s: %s", l->origin, what);
    return -1;
}

static int check_pattern(loader *l, const char *sec, int i, const char *pat) {
    int code;
    PCRE2_SIZE off;
    pcre2_code *re = pcre2_compile((PCRE2_SPTR)pat, PCRE2_ZERO_TERMINATED,
                                   COMPILE_FLAGS, &code, &off, NULL);
    if (re) {
        pcre2_code_free(re);
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

/* One pattern entry: a string, or {"pattern", "shape"|"why"|"rebuttal"|
 * "note"}. */
static int parse_entry(loader *l, int ps, int i, const cJSON *item,
                       rule_entry *e) {
    const char *sec = pattern_names[ps];
    memset(e, 0, sizeof *e);
    e->rebut = REBUT_SEEK;
    const char *pat = NULL, *shape = NULL, *why = NULL;
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
    e->pattern = strdup(pat);
    e->label = strdup(why ? why : ps == PS_CONTESTED ? "distancing" : "");
    if (!e->pattern || !e->label) {
        free(e->pattern);
        free(e->label);
        return fail(l, "out of memory%s%s", NULL, NULL);
    }
    return 0;
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

int ruleset_add_json(ruleset *rs, const char *json, size_t len,
                     const char *origin, char *err, size_t errlen) {
    loader l = {origin ? origin : "<pack>", err, errlen};
    cJSON *root = cJSON_ParseWithLength(json, len);
    if (!root) {
        const char *at = cJSON_GetErrorPtr();
        size_t off = at && at >= json && at <= json + len ? (size_t)(at - json) : 0;
        snprintf(err, errlen, "%s: invalid JSON near offset %zu", l.origin, off);
        return -1;
    }
    ruleset tmp;
    memset(&tmp, 0, sizeof tmp);
    int rc = parse_pack(&l, &tmp, root);
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
    if (rc == 0 && !tmp) rc = -1;
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

/* A joined alternation, JIT-compiled when possible; NULL with PCRE2's
 * error code and offset when not.  Section regexes are compiled anchored:
 * JIT does not take PCRE2_ANCHORED at match time, and the interpreter
 * would re-check the subject's UTF-8 on every call. */
static pcre2_code *compile_joined(const char *pat, uint32_t extra, int *code,
                                  PCRE2_SIZE *off) {
    pcre2_code *re = pcre2_compile((PCRE2_SPTR)pat, PCRE2_ZERO_TERMINATED,
                                   COMPILE_FLAGS | PCRE2_DUPNAMES | extra, code, off, NULL);
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
            return 0;
        }
    }
    return 1;
}

/* The scan regex, factored by first letter: PCRE2 tries alternatives one
 * by one, so grouping them under their first letter lets each word start
 * try a few dozen instead of every pattern in every pack. */
/* The scan's entries in the order it joins them: splittable patterns by
 * their first letter, so each letter's group shares one branch, then the
 * rest. */
typedef struct scan_entry {
    const char *pattern;
    char letter;          /* 0: not splittable */
} scan_entry;

static scan_entry *scan_entries(const ruleset *rs, size_t *n) {
    size_t total = 0;
    for (int i = 0; i < PS__COUNT; i++) total += rs->pat[i].n;
    scan_entry *v = malloc((total ? total : 1) * sizeof *v);
    if (!v) return NULL;
    size_t k = 0;
    for (char l = 'a'; l <= 'z'; l++)
        for (int i = 0; i < PS__COUNT; i++)
            for (size_t j = 0; j < rs->pat[i].n; j++) {
                const char *p = rs->pat[i].v[j].pattern;
                if (splittable(p) && (p[0] | 0x20) == l) v[k++] = (scan_entry){p, l};
            }
    for (int i = 0; i < PS__COUNT; i++)
        for (size_t j = 0; j < rs->pat[i].n; j++) {
            const char *p = rs->pat[i].v[j].pattern;
            if (!splittable(p)) v[k++] = (scan_entry){p, 0};
        }
    *n = k;
    return v;
}

static int scan_alternation(buf *b, const scan_entry *v, size_t lo, size_t hi) {
    if (put(b, "\\b(?:") < 0) return -1;
    for (size_t k = lo; k < hi; k++) {
        const scan_entry *x = &v[k];
        int opens = x->letter && (k == lo || v[k - 1].letter != x->letter);
        int closes = x->letter && (k + 1 == hi || v[k + 1].letter != x->letter);
        char head[2] = {x->letter, 0};
        if (k > lo && put(b, "|") < 0) return -1;
        if (opens && (put(b, head) < 0 || put(b, "(?:") < 0)) return -1;
        if (put(b, "(?:") < 0 || put(b, x->pattern + (x->letter != 0)) < 0 ||
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
static int compile_scan(ruleset *rs, const scan_entry *v, size_t lo, size_t hi,
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
    buf one = {0};
    size_t nentries = 0;
    scan_entry *entries = scan_entries(rs, &nentries);
    int rc = entries ? 0 : -1;
    int any = 0;
    for (int i = 0; rc == 0 && i < PS__COUNT; i++) {
        if (!rs->pat[i].n) continue;
        rc = compile_section(rs, i, 0, rs->pat[i].n, err, errlen);
        any++;
    }
    if (rc == 0 && any) rc = compile_scan(rs, entries, 0, nentries, err, errlen);
    free(entries);
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

static size_t word_hash(const char *s, size_t n, int ci) {
    size_t h = 1469598103934665603ULL;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (ci && c >= 'A' && c <= 'Z') c |= 0x20;
        h = (h ^ c) * 1099511628211ULL;
    }
    return h;
}

/* Word lookups run for every token near a candidate: a hash table keeps
 * them from dominating the analysis. */
static int build_slots(word_list *w, int ci) {
    size_t ns = 16;
    while (ns < w->n * 2) ns *= 2;
    w->slot = malloc(ns * sizeof *w->slot);
    if (!w->slot) return -1;
    for (size_t i = 0; i < ns; i++) w->slot[i] = -1;
    w->nslot = ns;
    for (size_t i = 0; i < w->n; i++) {
        size_t h = word_hash(w->v[i], strlen(w->v[i]), ci) & (ns - 1);
        while (w->slot[h] >= 0) h = (h + 1) & (ns - 1);
        w->slot[h] = (int)i;
    }
    return 0;
}

typedef struct key {
    const char *s;
    size_t n;
    int ci;
} key;

static int key_cmp(const void *pk, const void *pe) {
    const key *k = pk;
    const char *e = *(char *const *)pe;
    size_t en = strlen(e);
    size_t m = k->n < en ? k->n : en;
    int c = k->ci ? strncasecmp(k->s, e, m) : strncmp(k->s, e, m);
    if (c) return c;
    return k->n < en ? -1 : k->n > en;
}

int rs_has_word(const ruleset *rs, word_section ws, const char *s, size_t n) {
    const word_list *w = &rs->words[ws];
    if (!w->n || !n) return 0;
    key k = {s, n, ws != WS_ABBREVIATIONS};
    if (w->nslot) {
        size_t h = word_hash(s, n, k.ci) & (w->nslot - 1);
        for (; w->slot[h] >= 0; h = (h + 1) & (w->nslot - 1))
            if (key_cmp(&k, &w->v[w->slot[h]]) == 0) return 1;
        return 0;
    }
    if (rs->finished)
        return bsearch(&k, w->v, w->n, sizeof(char *), key_cmp) != NULL;
    for (size_t i = 0; i < w->n; i++)
        if (key_cmp(&k, &w->v[i]) == 0) return 1;
    return 0;
}

int rs_count_of(const ruleset *rs, const char *s, size_t n) {
    for (size_t i = 0; i < rs->ncounts; i++)
        if (strlen(rs->counts[i].word) == n && strncasecmp(rs->counts[i].word, s, n) == 0)
            return rs->counts[i].count;
    return -2;
}

static int is_word_byte(unsigned char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c >= 0x80;
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
        for (size_t at = 0; at + k <= n; at++) {
            if (memcmp(s + at, name, k) != 0) continue;
            if (at && is_word_byte((unsigned char)s[at - 1])) continue;
            if (at + k < n && is_word_byte((unsigned char)s[at + k]) &&
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
    m->mc = pcre2_match_context_create(NULL);
    if (!m->md || !m->mc) {
        matcher_free(m);
        return -1;
    }
    pcre2_set_match_limit(m->mc, MATCH_LIMIT);
    pcre2_set_depth_limit(m->mc, DEPTH_LIMIT);
    return 0;
}

void matcher_free(matcher *m) {
    pcre2_match_data_free(m->md);
    pcre2_match_context_free(m->mc);
    m->md = NULL;
    m->mc = NULL;
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
