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

#endif
