/* annotation.h -- what the analysers find: claims, anonymous sources,
 * contested statements and demands.  Every span is a byte range of the text
 * the analyser was given; the caller rebases them. */
#ifndef CLAIMLENS_ANNOTATION_H
#define CLAIMLENS_ANNOTATION_H

#include "span.h"

typedef enum ann_kind {
    KIND_CLAIM,
    KIND_ANONYMOUS,
    KIND_CONTESTED,
    KIND_DEMAND,
    KIND__COUNT
} ann_kind;

#define ANN_MAX_DESCRIPTORS 8
#define ANN_MAX_ITEMS 12
#define ANN_MAX_NOTES 4
#define ANN_NAME_MAX 64

/* Who a statement rests on.  `via` is the innermost source a chain relays
 * ("Reuters reported, citing three undisclosed sources"): the reader must
 * see it, so it travels with every claim and demand. */
typedef struct source_ref {
    span name;            /* null: the text gives no source */
    int anonymous;
    span refers_to;       /* a pronoun's antecedent ("he" -> "Jane Doe") */
    span via;             /* inner source of a chain, or null */
    int via_anonymous;
} source_ref;

typedef struct annotation {
    ann_kind kind;
    span whole;
    int weak;             /* low-key hint (scare quotes), not a finding */

    /* claim: source, cue and content; demand: attribution in `source` */
    source_ref source;
    span cue;
    span content;

    /* anonymous source */
    int count;            /* -1: the text does not say how many */
    span descriptors[ANN_MAX_DESCRIPTORS];
    int ndescriptors;
    span reason;          /* stated reason for anonymity */

    /* contested statement */
    span marker;
    char why[ANN_NAME_MAX];   /* e.g. "distancing verb", "explicit denial" */
    span rebuttal;

    /* demand */
    span actor;
    char canonical[ANN_NAME_MAX]; /* alias-resolved actor name, "" if none */
    span items[ANN_MAX_ITEMS];
    int nitems;
    span condition;
    span response;

    /* user context notes whose term appears in `whole` (indexes into the
     * note set in force when the annotation was made) */
    int notes[ANN_MAX_NOTES];
    int nnotes;
} annotation;

typedef struct annotations {
    annotation *v;
    size_t n, cap;
} annotations;

const char *ann_kind_name(ann_kind k);
int ann_kind_from_name(const char *name);   /* -1 if unknown */

/* A blank annotation of `kind` covering `whole`: every optional span null. */
annotation annotation_make(ann_kind kind, span whole);

void annotations_init(annotations *a);
/* Returns a pointer to the stored copy, or NULL when out of memory. */
annotation *annotations_push(annotations *a, const annotation *x);
void annotations_clear(annotations *a);
void annotations_free(annotations *a);
/* Shift every non-null span by `delta` bytes (block -> document offsets). */
void annotation_shift(annotation *x, long long delta);
/* Order by start, then longer first, then kind: stable output for tests. */
void annotations_sort(annotations *a);
/* Does a come before b in that order? */
int annotation_before(const annotation *a, const annotation *b);

#endif
