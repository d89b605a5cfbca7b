/* cli.c -- `claimlens check [--format json|text|quickfix] FILE...`.
 * The same paragraph-cached path the editor uses, so both agree. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "cli.h"
#include "file.h"
#include "findings.h"
#include "json_out.h"
#include "packs.h"
#include "report.h"

typedef enum { FORMAT_JSON, FORMAT_TEXT, FORMAT_QUICKFIX } format;

typedef struct options {
    format fmt;
    const char *rules_dir;
    const char **packs;
    size_t npacks;
    const char **notes;
    size_t nnotes;
    const char **files;
    size_t nfiles;
    int no_cache;
} options;

static const char usage[] =
    "usage: claimlens check [--format json|text|quickfix] [--rules DIR]\n"
    "                       [--pack FILE]... [--notes FILE]... [--no-cache] FILE...\n"
    "                       (- reads stdin)\n";

static int parse_format(const char *s, format *fmt) {
    if (strcmp(s, "json") == 0) *fmt = FORMAT_JSON;
    else if (strcmp(s, "text") == 0) *fmt = FORMAT_TEXT;
    else if (strcmp(s, "quickfix") == 0) *fmt = FORMAT_QUICKFIX;
    else return -1;
    return 0;
}

static int parse_args(int argc, char **argv, options *o) {
    o->packs = calloc((size_t)argc, sizeof *o->packs);
    o->files = calloc((size_t)argc, sizeof *o->files);
    o->notes = calloc((size_t)argc, sizeof *o->notes);
    if (!o->packs || !o->files || !o->notes) return -1;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        const char *val = i + 1 < argc ? argv[i + 1] : NULL;
        if (strcmp(a, "--format") == 0 || strcmp(a, "-f") == 0) {
            if (!val || parse_format(val, &o->fmt) < 0) return -1;
            i++;
        } else if (strncmp(a, "--format=", 9) == 0) {
            if (parse_format(a + 9, &o->fmt) < 0) return -1;
        } else if (strcmp(a, "--rules") == 0 && val) {
            o->rules_dir = val;
            i++;
        } else if (strcmp(a, "--pack") == 0 && val) {
            o->packs[o->npacks++] = val;
            i++;
        } else if (strcmp(a, "--notes") == 0 && val) {
            o->notes[o->nnotes++] = val;
            i++;
        } else if (strcmp(a, "--no-cache") == 0) {
            o->no_cache = 1;
        } else if (a[0] == '-' && a[1] != '\0') {
            return -1;
        } else {
            o->files[o->nfiles++] = a;
        }
    }
    return o->nfiles ? 0 : -1;
}

/* Output is written as it is made, in pieces of about this size: the
 * JSON of a 10 MB file is five times the file. */
#define OUT_CHUNK (64 * 1024)

/* Write what `out` holds once it is large (or `all`); -1 once out of
 * memory, when nothing more is written. */
static int drain(strbuf *out, int all) {
    if (out->oom) return -1;
    if (out->len < OUT_CHUNK && !all) return 0;
    if (out->len) fwrite(out->s, 1, out->len, stdout);
    out->len = 0;
    return 0;
}

/* Every finding of `f` in document order, written as it is made. */
static void write_findings(const findings *f, const document *d, const noteset *notes,
                           const char *name, format fmt, strbuf *out) {
    size_t total = 0, n = 0;
    for (size_t i = 0; i < f->n; i++) total += findings_count(f, i);
    if (fmt == FORMAT_JSON) json_out_begin(out, name);
    else if (fmt == FORMAT_TEXT) report_text_head(out, name, total);
    for (size_t i = 0; i < f->n && drain(out, 0) == 0; i++) {
        long long base = (long long)findings_offset(f, d, i);
        size_t count = findings_count(f, i), pos = 0;
        for (size_t k = 0; k < count; k++, n++) {
            annotation x;
            pos = findings_next(f, i, pos, &x);
            annotation_shift(&x, base);
            if (fmt == FORMAT_JSON) json_out_item(out, n, d->text, &x, notes);
            else if (fmt == FORMAT_TEXT) report_text_line(out, d, &x);
            else report_quickfix_line(out, name, d, &x);
        }
    }
    if (fmt == FORMAT_JSON) json_out_end(out);
}

/* Analyse one file and write its output.  Returns 0, 1 when it was
 * written but the analysis reported a problem, -1 when nothing was
 * written. */
static int check_file(const ruleset *rs, const noteset *notes,
                      const char *path, format fmt, strbuf *out) {
    size_t len;
    char *bytes = file_read(path, &len);
    if (!bytes) {
        fprintf(stderr, "claimlens: %s: %s\n", path, strerror(errno));
        return -1;
    }
    const char *name = strcmp(path, "-") == 0 ? "<stdin>" : path;
    document *d = document_new();
    findings f;
    findings_init(&f);
    char err[512];
    int rc = d && document_set_bytes(d, bytes, len) == 0 ? 0 : -1;
    free(bytes);                 /* the document has its own copy */
    if (rc == 0 && findings_update(&f, d, rs, notes, err, sizeof err) < 0) {
        fprintf(stderr, "claimlens: %s: %s\n", name, err);
        rc = 1;
    }
    if (d) write_findings(&f, d, notes, name, fmt, out);
    else rc = -1;
    findings_free(&f);
    document_free(d);
    return rc;
}

static int run(const options *o) {
    char dir[4096];
    if (o->rules_dir) snprintf(dir, sizeof dir, "%s", o->rules_dir);
    else if (packs_default_dir(dir, sizeof dir) < 0) {
        fprintf(stderr, "claimlens: cannot find the rule packs; set CLAIMLENS_RULES or --rules\n");
        return 2;
    }
    msglist errors = {0};
    ruleset *rs = packs_load(dir, o->packs, o->npacks, !o->no_cache, &errors);
    noteset *notes = noteset_new();
    for (size_t i = 0; notes && i < o->nnotes; i++) {
        char err[512];
        if (noteset_add_file(notes, o->notes[i], err, sizeof err) < 0) msglist_add(&errors, err);
    }
    char nerr[256];
    if (notes && noteset_finish(notes, nerr, sizeof nerr) < 0) msglist_add(&errors, nerr);
    for (size_t i = 0; i < errors.n; i++) fprintf(stderr, "claimlens: %s\n", errors.v[i]);
    int status = errors.n ? 2 : 0;
    msglist_free(&errors);
    if (!rs) {
        noteset_free(notes);
        return 2;
    }
    strbuf out;
    strbuf_init(&out);
    int many = o->fmt == FORMAT_JSON && o->nfiles > 1;
    if (many) strbuf_puts(&out, "[");
    for (size_t i = 0; i < o->nfiles; i++) {
        if (many && i) strbuf_puts(&out, ",\n");
        int rc = check_file(rs, notes, o->files[i], o->fmt, &out);
        if (rc != 0) status = 2;
        if (many && rc < 0) strbuf_puts(&out, "null");
    }
    if (many) strbuf_puts(&out, "]");
    if (o->fmt == FORMAT_JSON) strbuf_puts(&out, "\n");
    if (drain(&out, 1) < 0) {
        fprintf(stderr, "claimlens: out of memory\n");
        status = 2;
    }
    strbuf_free(&out);
    noteset_free(notes);
    ruleset_free(rs);
    return status;
}

/* `claimlens cues`: the rule set's cue words as one PCRE2 alternation, the
 * benchmark's one-scan baseline. */
int cli_cues(void) {
    char dir[4096];
    msglist errors = {0};
    ruleset *rs = NULL;
    if (packs_default_dir(dir, sizeof dir) == 0) rs = packs_load(dir, NULL, 0, 1, &errors);
    for (size_t i = 0; i < errors.n; i++) fprintf(stderr, "claimlens: %s\n", errors.v[i]);
    msglist_free(&errors);
    if (!rs) return 2;
    puts(ruleset_cue_alternation(rs));
    ruleset_free(rs);
    return 0;
}

int cli_check(int argc, char **argv) {
    options o;
    memset(&o, 0, sizeof o);
    int status;
    if (parse_args(argc, argv, &o) < 0) {
        fputs(usage, stderr);
        status = 2;
    } else {
        status = run(&o);
    }
    free(o.packs);
    free(o.files);
    free(o.notes);
    return status;
}
