/* notes.c -- see notes.h.  All terms go into one caseless PCRE2
 * alternation, so attaching notes is one scan of each finding however many
 * notes there are. */
#define PCRE2_CODE_UNIT_WIDTH 8
#include <cJSON.h>
#include <ctype.h>
#include <pcre2.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include "file.h"
#include "notes.h"
#include "strbuf.h"

typedef struct note {
    char *term;
    char *text;
    char **names;         /* term and aliases, as written */
    size_t nnames;
} note;

struct noteset {
    note *v;
    size_t n;
    pcre2_code *re;
    pcre2_match_data *md;
};

noteset *noteset_new(void) { return calloc(1, sizeof(noteset)); }

static void note_free(note *x) {
    free(x->term);
    free(x->text);
    for (size_t i = 0; i < x->nnames; i++) free(x->names[i]);
    free(x->names);
}

void noteset_free(noteset *ns) {
    if (!ns) return;
    for (size_t i = 0; i < ns->n; i++) note_free(&ns->v[i]);
    free(ns->v);
    pcre2_code_free(ns->re);
    pcre2_match_data_free(ns->md);
    free(ns);
}

size_t noteset_count(const noteset *ns) { return ns ? ns->n : 0; }
const char *noteset_term(const noteset *ns, int i) { return ns->v[i].term; }
const char *noteset_text(const noteset *ns, int i) { return ns->v[i].text; }

static int add_name(note *x, const char *s) {
    char **v = realloc(x->names, (x->nnames + 1) * sizeof *v);
    if (!v) return -1;
    x->names = v;
    if (!(v[x->nnames] = strdup(s))) return -1;
    x->nnames++;
    return 0;
}

/* One entry of the file into `x`; a message in err when it is malformed. */
static int parse_note(const cJSON *e, note *x, char *err, size_t errlen,
                      const char *origin, int idx) {
    memset(x, 0, sizeof *x);
    const cJSON *term = cJSON_GetObjectItemCaseSensitive(e, "term");
    const cJSON *text = cJSON_GetObjectItemCaseSensitive(e, "text");
    const cJSON *aliases = cJSON_GetObjectItemCaseSensitive(e, "aliases");
    for (const cJSON *f = cJSON_IsObject(e) ? e->child : NULL; f; f = f->next) {
        if (strcmp(f->string, "term") && strcmp(f->string, "text") &&
            strcmp(f->string, "aliases")) {
            snprintf(err, errlen, "%s: notes[%d]: unknown field \"%s\"", origin, idx, f->string);
            return -1;
        }
    }
    if (!cJSON_IsObject(e) || !cJSON_IsString(term) || !term->valuestring[0] ||
        !cJSON_IsString(text)) {
        snprintf(err, errlen, "%s: notes[%d]: needs a non-empty \"term\" and a \"text\"", origin, idx);
        return -1;
    }
    if (aliases && !cJSON_IsArray(aliases)) {
        snprintf(err, errlen, "%s: notes[%d]: \"aliases\" must be a list of strings", origin, idx);
        return -1;
    }
    x->term = strdup(term->valuestring);
    x->text = strdup(text->valuestring);
    if (!x->term || !x->text || add_name(x, term->valuestring) < 0) goto oom;
    const cJSON *a;
    cJSON_ArrayForEach(a, aliases) {
        if (!cJSON_IsString(a) || !a->valuestring[0]) {
            snprintf(err, errlen, "%s: notes[%d]: an alias is not a non-empty string", origin, idx);
            return -1;
        }
        if (add_name(x, a->valuestring) < 0) goto oom;
    }
    return 0;
oom:
    snprintf(err, errlen, "%s: out of memory", origin);
    return -1;
}

int noteset_add_json(noteset *ns, const char *json, size_t len,
                     const char *origin, char *err, size_t errlen) {
    cJSON *root = cJSON_ParseWithLength(json, len);
    if (!root) {
        const char *at = cJSON_GetErrorPtr();
        snprintf(err, errlen, "%s: invalid JSON near byte %ld", origin,
                 at && at >= json && at <= json + len ? (long)(at - json) : -1L);
        return -1;
    }
    const cJSON *list = cJSON_GetObjectItemCaseSensitive(root, "notes");
    if (!cJSON_IsArray(list)) {
        snprintf(err, errlen, "%s: expected {\"notes\": [...]}", origin);
        cJSON_Delete(root);
        return -1;
    }
    size_t add = (size_t)cJSON_GetArraySize(list);
    note *v = realloc(ns->v, (ns->n + add + 1) * sizeof *v);
    int rc = v ? 0 : -1;
    if (v) ns->v = v;
    size_t k = 0;
    const cJSON *e;
    cJSON_ArrayForEach(e, list) {
        if (rc < 0) break;
        if (parse_note(e, &ns->v[ns->n + k], err, errlen, origin, (int)k) < 0) {
            note_free(&ns->v[ns->n + k]);
            rc = -1;
        } else {
            k++;
        }
    }
    if (rc < 0) {                 /* all or nothing: the set is unchanged */
        for (size_t i = 0; i < k; i++) note_free(&ns->v[ns->n + i]);
    } else {
        ns->n += k;
    }
    cJSON_Delete(root);
    return rc;
}

int noteset_add_file(noteset *ns, const char *path, char *err, size_t errlen) {
    size_t len;
    char *data = file_read(path, &len);
    if (!data) {
        snprintf(err, errlen, "%s: cannot read", path);
        return -1;
    }
    int rc = noteset_add_json(ns, data, len, path, err, errlen);
    free(data);
    return rc;
}

int noteset_finish(noteset *ns, char *err, size_t errlen) {
    if (!ns->n) return 0;
    strbuf pat;
    strbuf_init(&pat);
    strbuf_puts(&pat, "(?<!\\w)(?:");
    for (size_t i = 0; i < ns->n; i++)
        for (size_t k = 0; k < ns->v[i].nnames; k++) {
            if (pat.len > 10) strbuf_puts(&pat, "|");
            /* each ASCII punctuation byte escaped: a term is literal,
             * whatever it holds ("\\E(a+)+$" included) */
            for (const char *c = ns->v[i].names[k]; *c; c++) {
                if ((unsigned char)*c < 0x80 && !isalnum((unsigned char)*c))
                    strbuf_add(&pat, "\\", 1);
                strbuf_add(&pat, c, 1);
            }
        }
    strbuf_puts(&pat, ")(?!\\w)");
    int code;
    PCRE2_SIZE off;
    ns->re = pat.oom ? NULL : pcre2_compile((PCRE2_SPTR)pat.s, pat.len,
                           PCRE2_CASELESS | PCRE2_UTF | PCRE2_MATCH_INVALID_UTF,
                           &code, &off, NULL);
    strbuf_free(&pat);
    if (!ns->re) {
        snprintf(err, errlen, "notes: cannot compile the terms (invalid UTF-8 in a term?)");
        return -1;
    }
    pcre2_jit_compile(ns->re, PCRE2_JIT_COMPLETE);
    ns->md = pcre2_match_data_create_from_pattern(ns->re, NULL);
    return ns->md ? 0 : -1;
}

static int find_note(const noteset *ns, const char *s, size_t n) {
    for (size_t i = 0; i < ns->n; i++)
        for (size_t k = 0; k < ns->v[i].nnames; k++)
            if (strlen(ns->v[i].names[k]) == n && strncasecmp(ns->v[i].names[k], s, n) == 0)
                return (int)i;
    return -1;
}

static void add_index(annotation *x, int idx) {
    for (int i = 0; i < x->nnotes; i++)
        if (x->notes[i] == idx) return;
    if (x->nnotes < ANN_MAX_NOTES) x->notes[x->nnotes++] = idx;
}

void noteset_attach(const noteset *ns, const char *text, size_t len,
                    annotation *x) {
    if (!ns || !ns->re || span_is_null(x->whole) || x->whole.end > len) return;
    PCRE2_SIZE at = x->whole.start;
    while (at < x->whole.end) {
        int rc = pcre2_match(ns->re, (PCRE2_SPTR)text, x->whole.end, at, 0, ns->md, NULL);
        if (rc < 0) break;
        PCRE2_SIZE *ov = pcre2_get_ovector_pointer(ns->md);
        int idx = find_note(ns, text + ov[0], ov[1] - ov[0]);
        if (idx >= 0) add_index(x, idx);
        at = ov[1] > ov[0] ? ov[1] : ov[0] + 1;
    }
}
