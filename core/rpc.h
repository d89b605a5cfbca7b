/* rpc.h -- `claimlens rpc`: msgpack-RPC over stdin/stdout. */
#ifndef CLAIMLENS_RPC_H
#define CLAIMLENS_RPC_H

#include <msgpack.h>
#include "notes.h"
#include "packs.h"
#include "rules.h"
#include "store.h"

typedef struct server {
    ruleset *rules;            /* NULL when even the shipped packs failed */
    char rules_dir[4096];
    noteset *notes;            /* the user's context notes, or NULL */
    msglist rule_errors;       /* from the last (re)load, notes' too */
    store buffers;
    int nvim;                  /* pushes travel as nvim_exec_lua */
    int in_fd, out_fd;
    uint64_t max_message;      /* larger messages are refused */
    int write_failed;
    msgpack_sbuffer out;       /* one outgoing message at a time */
    msgpack_packer pk;
} server;

/* argv[0] is "rpc".  Returns the exit status once stdin closes. */
int rpc_serve(int argc, char **argv);
/* Serve on the given descriptors until input closes; `rules_dir` NULL
 * finds the shipped packs. */
int rpc_run(int in_fd, int out_fd, const char *rules_dir);

/* Start a push of `method` (doc/protocol.md); pack exactly one payload
 * object into the returned packer, then call rpc_push_end. */
msgpack_packer *rpc_push_begin(server *s, const char *method);
void rpc_push_end(server *s);
/* Push `error` with a message, and the buffer id when there is one. */
void rpc_push_error(server *s, long long buf, const char *msg);

#endif
