/* findings.h -- the annotations of a document, kept per paragraph so that an
 * edit re-analyses only the paragraphs it touched and their neighbours. */
#ifndef CLAIMLENS_FINDINGS_H
#define CLAIMLENS_FINDINGS_H

#include <stdint.h>
#include "annotation.h"
#include "compact.h"
#include "document.h"
#include "notes.h"
#include "rules.h"

typedef struct paragraph {
    size_t first, last;   /* lines [first, last) */
    uint64_t hash;        /* of its own bytes */
    size_t bytes;         /* its length */
    uint64_t key;         /* of its bytes and its context's: the cache key */
    int fresh;            /* its findings are not yet analysed for this key */
    int unkeyed;          /* its findings reach past its context */
    int sent;             /* the editor has its findings (see store.h) */
    uint64_t had;         /* while fresh: the hash of the findings the
                             editor has, 0 when it has none */
    compact_list found;   /* offsets relative to the paragraph's first byte */
} paragraph;

/* Paragraphs [lo, hi); empty when lo == hi. */
typedef struct paragraph_range {
    size_t lo, hi;
} paragraph_range;

typedef struct findings {
    paragraph *v;
    size_t n, cap;
    /* Every paragraph outside `changed` is analysed and sent, so an edit
     * costs work around it, not a walk over every paragraph of the text. */
    paragraph_range changed;
    paragraph_range unkeyed_at;   /* holds every unkeyed paragraph */
    size_t analysed;      /* paragraphs analysed by the last update */
    uint64_t unkeyed;     /* keys handed out that no text hashes to */
    int synced;           /* follows a document: only its changes are new */
    size_t nlines;        /* the document's lines when last prepared */
} findings;

void findings_init(findings *f);
void findings_free(findings *f);

/* Bring `f` up to date with `doc`, reusing what is cached.  Returns 0, or
 * -1 with `err` filled; what could be analysed is kept either way. */
int findings_update(findings *f, document *doc, const ruleset *rs,
                    const noteset *notes, char *err, size_t errlen);

/* findings_update in two steps, so a caller can analyse a slice at a time
 * (the part of the text on screen first) and do other work in between.
 * findings_prepare splits `doc` into paragraphs, keys them and takes over
 * the findings whose key is unchanged; it does no analysis and is cheap.
 * Paragraphs it could not reuse are `fresh`.  After the first time only the
 * lines the document says changed are looked at (one document feeds one
 * cache: preparing marks the document clean). */
int findings_prepare(findings *f, document *doc, char *err, size_t errlen);
/* Analyse the fresh paragraphs among [a, b).  Returns 0, or -1 with `err`
 * filled (what was found is kept). */
int findings_analyse(findings *f, const document *doc, const ruleset *rs,
                     const noteset *notes, size_t a, size_t b,
                     char *err, size_t errlen);
/* Whether paragraph i starts an analysis window of its own: a caller
 * analysing in slices ends them there to find exactly what one pass finds
 * (the analysers look further back than a paragraph's cache key says). */
int findings_window_start(const findings *f, const document *d, size_t i);
/* The first paragraph that ends after `line` (f->n when none does). */
size_t findings_paragraph_at(const findings *f, size_t line);

/* Paragraph i's findings, offsets relative to its first byte, read one
 * after another: `pos` starts at 0, each call returns the next one's. */
size_t findings_count(const findings *f, size_t i);
size_t findings_next(const findings *f, size_t i, size_t pos, annotation *out);

/* The paragraphs that may be fresh or not yet sent: a caller sending only
 * what the editor lacks need look nowhere else. */
paragraph_range findings_changed(const findings *f);
/* The editor now has every paragraph's findings. */
void findings_mark_sent(findings *f);

/* Byte offset in the document where paragraph i starts. */
size_t findings_offset(const findings *f, const document *doc, size_t i);

/* Every annotation with document offsets, in order.  Caller frees `out`. */
int findings_collect(const findings *f, const document *doc, annotations *out);

#endif
