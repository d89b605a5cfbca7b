/* methods.h -- what each RPC method does (doc/protocol.md). */
#ifndef CLAIMLENS_METHODS_H
#define CLAIMLENS_METHODS_H

#include <msgpack.h>
#include "rpc.h"
#include "strbuf.h"

/* Run `method` with `params`.  The answer is packed into `result` (one
 * object); on failure returns -1 with the reason in `err`.  A method called
 * as a notification (`request` 0) pushes its answer instead when it has
 * one. */
int methods_call(server *s, const char *method, size_t mlen,
                 const msgpack_object *params, int request,
                 msgpack_packer *result, strbuf *err);

/* Whether analyses were asked for and not yet done. */
int methods_pending(const server *s);
/* Do one slice of a pending analysis and push what is ready; the caller
 * reads input between slices, so newer edits overtake older work. */
void methods_run_pending(server *s);

#endif
