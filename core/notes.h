/* notes.h -- the user's context notes: a term, its aliases and what to
 * tell the reader when a finding mentions it ("NATO: 32 members; ..."). */
#ifndef CLAIMLENS_NOTES_H
#define CLAIMLENS_NOTES_H

#include <stddef.h>
#include "annotation.h"

typedef struct noteset noteset;

noteset *noteset_new(void);
void noteset_free(noteset *ns);

/* Add the notes of one JSON file:
 *   {"notes": [{"term": "...", "aliases": ["..."], "text": "..."}]}
 * On error returns -1, names the file and entry in `err`, and leaves the
 * set as it was. */
int noteset_add_file(noteset *ns, const char *path, char *err, size_t errlen);
int noteset_add_json(noteset *ns, const char *json, size_t len,
                     const char *origin, char *err, size_t errlen);
/* Compile the terms; call after the last add. */
int noteset_finish(noteset *ns, char *err, size_t errlen);

size_t noteset_count(const noteset *ns);
const char *noteset_term(const noteset *ns, int i);
const char *noteset_text(const noteset *ns, int i);

/* Record in x->notes the notes whose term or alias occurs in x->whole. */
void noteset_attach(const noteset *ns, const char *text, size_t len,
                    annotation *x);

#endif
