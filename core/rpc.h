/* rpc.h -- `claimlens rpc`: msgpack-RPC over stdin/stdout. */
#ifndef CLAIMLENS_RPC_H
#define CLAIMLENS_RPC_H

#include <msgpack.h>
#include "frame.h"
#include "notes.h"
#include "packs.h"
#include "rules.h"
#include "store.h"
#include "strbuf.h"

typedef struct server {
    ruleset *rules;            /* NULL when even the shipped packs failed */
    char rules_dir[4096];
    noteset *notes;            /* the user's context notes, or NULL */
    msglist rule_errors;       /* from the last (re)load, notes' too */
    store buffers;
    int nvim;                  /* pushes travel as nvim_exec_lua */
    int parts;                 /* the client takes results in parts */
    size_t next_pending;       /* where the round of pending buffers goes on */
    int in_fd, out_fd;
    uint64_t max_message;      /* larger messages are refused */
    int write_failed;
    msgpack_sbuffer out;       /* one outgoing message at a time */
    msgpack_packer pk;
    /* the message being read: a refused one is not kept, its bytes are
     * counted off as they arrive and reading goes on after it */
    strbuf in_msg;
    framer in_frame;
    int in_refusing;
} server;

/* argv[0] is "rpc".  Returns the exit status once stdin closes. */
int rpc_serve(int argc, char **argv);
/* Serve on the given descriptors until input closes; `rules_dir` NULL
 * finds the shipped packs. */
int rpc_run(int in_fd, int out_fd, const char *rules_dir);

/* rpc_run in parts, for tests and fuzzers that feed bytes themselves:
 * rpc_open sets `s` up (loading the packs), rpc_take handles bytes as if
 * read from in_fd (pending analyses are left to methods_run_pending), and
 * rpc_close frees what the server holds. */
void rpc_open(server *s, int in_fd, int out_fd, const char *rules_dir);
void rpc_take(server *s, const unsigned char *p, size_t n);
void rpc_close(server *s);

/* Start a push of `method` (doc/protocol.md); pack exactly one payload
 * object into the returned packer, then call rpc_push_end. */
msgpack_packer *rpc_push_begin(server *s, const char *method);
void rpc_push_end(server *s);
/* A msgpack string (or bin) as pointer and length; -1 for anything else. */
int rpc_str(const msgpack_object *o, const char **s, size_t *n);

/* Push `error` with a message, and the buffer id when there is one. */
void rpc_push_error(server *s, long long buf, const char *msg);

#endif
