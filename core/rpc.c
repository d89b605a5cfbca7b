/* rpc.c -- the msgpack-RPC transport: read framed messages from stdin, hand
 * them to methods.c, write responses and pushes to stdout.  Between reads
 * it does pending analyses a slice at a time (job.c), so typing is never
 * queued behind stale work. */
#include <errno.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "frame.h"
#include "methods.h"
#include "pack.h"
#include "rpc.h"
#include "version.h"

/* A message larger than this is refused rather than buffered; the editor
 * caps the buffers it sends well below it.  CLAIMLENS_MAX_MESSAGE (bytes)
 * overrides it. */
#define MAX_MESSAGE (256ull * 1024 * 1024)
#define READ_CHUNK (64 * 1024)
/* Room for a message kept between messages; larger is given back. */
#define KEEP_MESSAGE (1024 * 1024)

static const char push_code[] = "return require('claimlens.core')._on_push(...)";

static void log_msg(const char *fmt, const char *arg) {
    fprintf(stderr, "claimlens: ");
    fprintf(stderr, fmt, arg);
    fputc('\n', stderr);
}

static void flush_out(server *s) {
    size_t off = 0;
    while (off < s->out.size && !s->write_failed) {
        ssize_t n = write(s->out_fd, s->out.data + off, s->out.size - off);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) {
            s->write_failed = 1;   /* the editor is gone; stop writing */
            break;
        }
        off += (size_t)n;
    }
    msgpack_sbuffer_clear(&s->out);
}

msgpack_packer *rpc_push_begin(server *s, const char *method) {
    msgpack_packer *pk = &s->pk;
    msgpack_pack_array(pk, 3);
    msgpack_pack_int(pk, 2);
    if (s->nvim) {
        pack_cstr(pk, "nvim_exec_lua");
        msgpack_pack_array(pk, 2);
        pack_cstr(pk, push_code);
        msgpack_pack_array(pk, 2);
        pack_cstr(pk, method);
    } else {
        char name[64];
        snprintf(name, sizeof name, "claimlens/%s", method);
        pack_cstr(pk, name);
        msgpack_pack_array(pk, 1);
    }
    return pk;
}

void rpc_push_end(server *s) { flush_out(s); }

void rpc_push_error(server *s, long long buf, const char *msg) {
    msgpack_packer *pk = rpc_push_begin(s, "error");
    msgpack_pack_map(pk, buf >= 0 ? 2 : 1);
    pack_cstr(pk, "message");
    pack_cstr(pk, msg);
    if (buf >= 0) {
        pack_cstr(pk, "buf");
        msgpack_pack_int64(pk, buf);
    }
    rpc_push_end(s);
}

static void respond(server *s, const msgpack_object *msgid, const char *err,
                    const msgpack_sbuffer *result) {
    msgpack_packer *pk = &s->pk;
    msgpack_pack_array(pk, 4);
    msgpack_pack_int(pk, 1);
    msgpack_pack_object(pk, *msgid);
    if (err) {
        pack_cstr(pk, err);
        msgpack_pack_nil(pk);
    } else {
        msgpack_pack_nil(pk);
        if (result && result->size) msgpack_sbuffer_write(&s->out, result->data, result->size);
        else msgpack_pack_nil(pk);
    }
    flush_out(s);
}

int rpc_str(const msgpack_object *o, const char **s, size_t *n) {
    if (!o) return -1;
    if (o->type == MSGPACK_OBJECT_STR) *s = o->via.str.ptr, *n = o->via.str.size;
    else if (o->type == MSGPACK_OBJECT_BIN) *s = o->via.bin.ptr, *n = o->via.bin.size;
    else return -1;
    return 0;
}

/* Neovim reports a failed push back as a notification of its own. */
static int is_editor_event(const char *m, size_t n) {
    static const char name[] = "nvim_error_event";
    return n == sizeof name - 1 && memcmp(m, name, n) == 0;
}

static void call(server *s, const msgpack_object *msgid, const char *m,
                 size_t mlen, const msgpack_object *params) {
    int request = msgid != NULL;
    msgpack_sbuffer result;
    msgpack_sbuffer_init(&result);
    msgpack_packer rpk;
    msgpack_packer_init(&rpk, &result, msgpack_sbuffer_write);
    strbuf err;
    strbuf_init(&err);
    int rc = methods_call(s, m, mlen, params, request, &rpk, &err);
    const char *why = err.s ? err.s : "failed";
    if (request) respond(s, msgid, rc < 0 ? why : NULL, &result);
    else if (rc < 0) rpc_push_error(s, -1, why);
    strbuf_free(&err);
    msgpack_sbuffer_destroy(&result);
}

/* One decoded message: check its shape, then dispatch it. */
static void handle(server *s, const msgpack_object *o) {
    const msgpack_object *v = o->via.array.ptr;
    uint32_t n = o->type == MSGPACK_OBJECT_ARRAY ? o->via.array.size : 0;
    /* 2^32 must not pass for 0 */
    int type = n && v[0].type == MSGPACK_OBJECT_POSITIVE_INTEGER && v[0].via.u64 <= 2
                   ? (int)v[0].via.u64 : -1;
    const char *m;
    size_t mlen;
    if (type == 0 && n == 4 && rpc_str(&v[2], &m, &mlen) == 0) {
        call(s, &v[1], m, mlen, &v[3]);
    } else if (type == 0 && n == 4) {
        respond(s, &v[1], "method name must be a string", NULL);
    } else if (type == 2 && n == 3 && rpc_str(&v[1], &m, &mlen) == 0) {
        if (is_editor_event(m, mlen)) log_msg("%s", "the editor reported an error running a push");
        else call(s, NULL, m, mlen, &v[2]);
    } else if (type == 1 && n == 4) {
        /* a response: the core sends no requests, nothing waits on it */
    } else {
        log_msg("%s", "ignored a message that is not msgpack-RPC");
        rpc_push_error(s, -1, "malformed message: not a msgpack-RPC request or notification");
    }
}

static int wait_input(int fd, int timeout_ms) {
    struct pollfd p = {.fd = fd, .events = POLLIN};
    int r;
    do r = poll(&p, 1, timeout_ms);
    while (r < 0 && errno == EINTR);
    return r > 0;
}

static int load_rules(server *s) {
    msglist_free(&s->rule_errors);
    s->rules = packs_load(s->rules_dir, NULL, 0, 1, &s->rule_errors);
    for (size_t i = 0; i < s->rule_errors.n; i++) log_msg("%s", s->rule_errors.v[i]);
    return s->rules ? 0 : -1;
}

static void decode(server *s, const char *data, size_t len) {
    msgpack_unpacked msg;
    msgpack_unpacked_init(&msg);
    size_t off = 0;
    if (msgpack_unpack_next(&msg, data, len, &off) == MSGPACK_UNPACK_SUCCESS)
        handle(s, &msg.data);
    else
        rpc_push_error(s, -1, "malformed msgpack message: ignored");
    msgpack_unpacked_destroy(&msg);
}

static void message_end(server *s) {
    if (!s->in_refusing) decode(s, s->in_msg.s, s->in_msg.len);
    s->in_msg.len = 0;
    /* an `open` of a 10 MB buffer must not stay held for the analysis */
    if (s->in_msg.cap > KEEP_MESSAGE) strbuf_free(&s->in_msg);
    s->in_refusing = 0;
    framer_init(&s->in_frame);
}

/* Split what was read into messages and handle each one complete. */
void rpc_take(server *s, const unsigned char *p, size_t n) {
    while (n) {
        size_t used;
        frame_status st = framer_feed(&s->in_frame, p, n, &used);
        if (!s->in_refusing) strbuf_add(&s->in_msg, (const char *)p, used);
        p += used;
        n -= used;
        if (st == FRAME_INVALID) {
            rpc_push_error(s, -1, "malformed msgpack: a byte no message starts with; skipped");
            s->in_msg.len = 0;
            s->in_refusing = 0;
            framer_init(&s->in_frame);
        } else if (st == FRAME_DONE) {
            message_end(s);
        } else if (!s->in_refusing &&
                   (framer_least_size(&s->in_frame) > s->max_message || s->in_msg.oom)) {
            char why[128];
            snprintf(why, sizeof why,
                     "message of at least %llu bytes refused (limit %llu); skipping it",
                     (unsigned long long)framer_least_size(&s->in_frame),
                     (unsigned long long)s->max_message);
            rpc_push_error(s, -1, why);
            s->in_refusing = 1;
            strbuf_free(&s->in_msg);
        }
    }
}

static void serve(server *s) {
    unsigned char *chunk = malloc(READ_CHUNK);
    if (!chunk) return;
    while (!s->write_failed) {
        int pending = methods_pending(s);
        if (!wait_input(s->in_fd, pending ? 0 : -1)) {
            if (pending) methods_run_pending(s);
            continue;
        }
        ssize_t n = read(s->in_fd, chunk, READ_CHUNK);
        if (n < 0 && (errno == EINTR || errno == EAGAIN)) continue;
        if (n <= 0) break;                 /* the editor closed the channel */
        rpc_take(s, chunk, (size_t)n);
    }
    free(chunk);
}

void rpc_open(server *s, int in_fd, int out_fd, const char *rules_dir) {
    memset(s, 0, sizeof *s);
    if (rules_dir) snprintf(s->rules_dir, sizeof s->rules_dir, "%s", rules_dir);
    else if (packs_default_dir(s->rules_dir, sizeof s->rules_dir) < 0)
        snprintf(s->rules_dir, sizeof s->rules_dir, "rules");
    const char *max = getenv("CLAIMLENS_MAX_MESSAGE");
    s->max_message = max && atoll(max) > 0 ? (uint64_t)atoll(max) : MAX_MESSAGE;
    s->in_fd = in_fd;
    s->out_fd = out_fd;
    store_init(&s->buffers);
    msgpack_sbuffer_init(&s->out);
    msgpack_packer_init(&s->pk, &s->out, msgpack_sbuffer_write);
    strbuf_init(&s->in_msg);
    framer_init(&s->in_frame);
    load_rules(s);
}

void rpc_close(server *s) {
    store_free(&s->buffers);
    ruleset_free(s->rules);
    noteset_free(s->notes);
    msglist_free(&s->rule_errors);
    msgpack_sbuffer_destroy(&s->out);
    strbuf_free(&s->in_msg);
    s->rules = NULL;
    s->notes = NULL;
}

int rpc_run(int in_fd, int out_fd, const char *rules_dir) {
    server s;
    rpc_open(&s, in_fd, out_fd, rules_dir);
    serve(&s);
    rpc_close(&s);
    return 0;
}

int rpc_serve(int argc, char **argv) {
    const char *rules_dir = NULL;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--rules") == 0 && i + 1 < argc) {
            rules_dir = argv[++i];
        } else {
            fputs("usage: claimlens rpc [--rules DIR]\n", stderr);
            return 2;
        }
    }
    /* a closed editor pipe must be an error return, not a signal death */
    signal(SIGPIPE, SIG_IGN);
    return rpc_run(0, 1, rules_dir);
}
