/* pack.h -- annotations as msgpack maps for editors (doc/protocol.md). */
#ifndef CLAIMLENS_PACK_H
#define CLAIMLENS_PACK_H

#include <msgpack.h>
#include "annotation.h"
#include "document.h"
#include "notes.h"

/* How spans are written: as lines and byte columns of `doc` (the editor's
 * result), or as byte offsets into `text` (the `check` method). */
typedef struct span_writer {
    msgpack_packer *pk;
    const char *text;          /* what offsets index, after adding base */
    size_t base;
    const document *doc;       /* non-NULL: lines and columns */
    const noteset *notes;      /* what annotation.notes index */
} span_writer;

void pack_str(msgpack_packer *pk, const char *s, size_t n);
void pack_cstr(msgpack_packer *pk, const char *s);
void pack_annotation(const span_writer *w, const annotation *x);

#endif
