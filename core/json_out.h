/* json_out.h -- annotations as the JSON of ANNOTATION.md, byte offsets. */
#ifndef CLAIMLENS_JSON_OUT_H
#define CLAIMLENS_JSON_OUT_H

#include "annotation.h"
#include "notes.h"
#include "strbuf.h"

/* {"file": name, "annotations": [...]} for `text`, whose bytes the spans
 * index. */
void json_out_document(strbuf *b, const char *name, const char *text,
                       const annotations *a, const noteset *notes);
void json_out_annotation(strbuf *b, const char *text, const annotation *x,
                         const noteset *notes);
/* json_out_document a piece at a time, for output written as it is made:
 * begin, then each annotation in order (`i` its index), then end. */
void json_out_begin(strbuf *b, const char *name);
void json_out_item(strbuf *b, size_t i, const char *text, const annotation *x,
                   const noteset *notes);
void json_out_end(strbuf *b);

#endif
