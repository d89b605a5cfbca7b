/* test_rpc.c -- the RPC server over real pipes: framing, errors, and that
 * it keeps serving after each bad message. */
#include <msgpack.h>
#include <signal.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>
#include "check.h"
#include "frame.h"
#include "rpc.h"

typedef struct peer {
    pid_t pid;
    int to, from;
    msgpack_unpacker u;
} peer;

static int peer_start(peer *p) {
    int in[2], out[2];
    if (pipe(in) < 0 || pipe(out) < 0) return -1;
    p->pid = fork();
    if (p->pid == 0) {
        close(in[1]);
        close(out[0]);
        _exit(rpc_run(in[0], out[1], "rules"));
    }
    close(in[0]);
    close(out[1]);
    p->to = in[1];
    p->from = out[0];
    msgpack_unpacker_init(&p->u, 4096);
    return 0;
}

static void peer_stop(peer *p) {
    close(p->to);
    int status;
    waitpid(p->pid, &status, 0);
    close(p->from);
    msgpack_unpacker_destroy(&p->u);
}

static void send_bytes(peer *p, const void *data, size_t n) {
    if (write(p->to, data, n) != (ssize_t)n) abort();
}

/* Next message from the server, decoded into `out` (caller destroys). */
static int next_message(peer *p, msgpack_unpacked *out) {
    for (;;) {
        if (msgpack_unpacker_next(&p->u, out) == MSGPACK_UNPACK_SUCCESS) return 0;
        msgpack_unpacker_reserve_buffer(&p->u, 4096);
        ssize_t n = read(p->from, msgpack_unpacker_buffer(&p->u), 4096);
        if (n <= 0) return -1;
        msgpack_unpacker_buffer_consumed(&p->u, (size_t)n);
    }
}

static void pack_request(msgpack_sbuffer *sb, int id, const char *method, int nargs) {
    msgpack_packer pk;
    msgpack_packer_init(&pk, sb, msgpack_sbuffer_write);
    msgpack_pack_array(&pk, 4);
    msgpack_pack_int(&pk, 0);
    msgpack_pack_int(&pk, id);
    msgpack_pack_str_with_body(&pk, method, strlen(method));
    msgpack_pack_array(&pk, (size_t)nargs);
}

/* Send a ping with `id` and check the pong comes back. */
static int ping_ok(peer *p, int id) {
    msgpack_sbuffer sb;
    msgpack_sbuffer_init(&sb);
    pack_request(&sb, id, "ping", 0);
    send_bytes(p, sb.data, sb.size);
    msgpack_sbuffer_destroy(&sb);
    msgpack_unpacked m;
    msgpack_unpacked_init(&m);
    int ok = 0;
    while (next_message(p, &m) == 0) {
        msgpack_object *v = m.data.via.array.ptr;
        if (v[0].via.u64 != 1) continue;          /* skip pushes */
        ok = v[1].via.u64 == (uint64_t)id && v[2].type == MSGPACK_OBJECT_NIL &&
             v[3].type == MSGPACK_OBJECT_STR && v[3].via.str.size == 4;
        break;
    }
    msgpack_unpacked_destroy(&m);
    return ok;
}

/* The next message, which must be a response; its error string or "". */
static void response_error(peer *p, char *buf, size_t n) {
    msgpack_unpacked m;
    msgpack_unpacked_init(&m);
    buf[0] = '\0';
    while (next_message(p, &m) == 0) {
        msgpack_object *v = m.data.via.array.ptr;
        if (v[0].via.u64 != 1) continue;
        if (v[2].type == MSGPACK_OBJECT_STR)
            snprintf(buf, n, "%.*s", (int)v[2].via.str.size, v[2].via.str.ptr);
        break;
    }
    msgpack_unpacked_destroy(&m);
}

/* The next push's method name (generic client: "claimlens/..."). */
static void next_push(peer *p, char *buf, size_t n) {
    msgpack_unpacked m;
    msgpack_unpacked_init(&m);
    buf[0] = '\0';
    while (next_message(p, &m) == 0) {
        msgpack_object *v = m.data.via.array.ptr;
        if (v[0].via.u64 != 2) continue;
        snprintf(buf, n, "%.*s", (int)v[1].via.str.size, v[1].via.str.ptr);
        break;
    }
    msgpack_unpacked_destroy(&m);
}

TEST(ping_answers) {
    peer p;
    CHECK(peer_start(&p) == 0);
    CHECK(ping_ok(&p, 7));
    peer_stop(&p);
}

TEST(two_messages_in_one_write_and_one_split_byte_by_byte) {
    peer p;
    CHECK(peer_start(&p) == 0);
    msgpack_sbuffer sb;
    msgpack_sbuffer_init(&sb);
    pack_request(&sb, 1, "ping", 0);
    pack_request(&sb, 2, "ping", 0);
    send_bytes(&p, sb.data, sb.size);
    msgpack_unpacked m;
    msgpack_unpacked_init(&m);
    CHECK(next_message(&p, &m) == 0 && m.data.via.array.ptr[1].via.u64 == 1);
    CHECK(next_message(&p, &m) == 0 && m.data.via.array.ptr[1].via.u64 == 2);
    msgpack_sbuffer_clear(&sb);
    pack_request(&sb, 3, "ping", 0);
    for (size_t i = 0; i < sb.size; i++) send_bytes(&p, sb.data + i, 1);
    CHECK(next_message(&p, &m) == 0 && m.data.via.array.ptr[1].via.u64 == 3);
    msgpack_unpacked_destroy(&m);
    msgpack_sbuffer_destroy(&sb);
    peer_stop(&p);
}

TEST(unknown_method_is_an_error_and_serving_goes_on) {
    peer p;
    char err[256];
    CHECK(peer_start(&p) == 0);
    msgpack_sbuffer sb;
    msgpack_sbuffer_init(&sb);
    pack_request(&sb, 4, "frobnicate", 0);
    send_bytes(&p, sb.data, sb.size);
    response_error(&p, err, sizeof err);
    CHECK(strstr(err, "unknown method") != NULL);
    msgpack_sbuffer_destroy(&sb);
    CHECK(ping_ok(&p, 5));
    peer_stop(&p);
}

TEST(wrong_argument_types_are_errors) {
    peer p;
    char err[256];
    CHECK(peer_start(&p) == 0);
    msgpack_sbuffer sb;
    msgpack_sbuffer_init(&sb);
    msgpack_packer pk;
    msgpack_packer_init(&pk, &sb, msgpack_sbuffer_write);
    pack_request(&sb, 6, "edit", 2);
    msgpack_pack_str_with_body(&pk, "one", 3);
    msgpack_pack_true(&pk);
    send_bytes(&p, sb.data, sb.size);
    response_error(&p, err, sizeof err);
    CHECK(err[0] != '\0');
    msgpack_sbuffer_clear(&sb);
    pack_request(&sb, 7, "analyse", 3);   /* a buffer never opened */
    msgpack_pack_int(&pk, 42);
    msgpack_pack_int(&pk, 1);
    msgpack_pack_int(&pk, -1);
    send_bytes(&p, sb.data, sb.size);
    response_error(&p, err, sizeof err);
    CHECK(strstr(err, "unknown buffer 42") != NULL);
    msgpack_sbuffer_destroy(&sb);
    CHECK(ping_ok(&p, 8));
    peer_stop(&p);
}

TEST(garbage_and_non_rpc_messages_are_reported) {
    peer p;
    char method[64];
    CHECK(peer_start(&p) == 0);
    send_bytes(&p, "\xc1", 1);                 /* never valid in msgpack */
    next_push(&p, method, sizeof method);
    CHECK_STR(method, "claimlens/error");
    send_bytes(&p, "\x93\x05\x05\x05", 4);     /* an array, not an RPC */
    next_push(&p, method, sizeof method);
    CHECK_STR(method, "claimlens/error");
    CHECK(ping_ok(&p, 9));
    peer_stop(&p);
}

/* Neovim's report of a failed push must not be answered with another push:
 * if that one failed too, the two would echo each other for ever. */
TEST(editor_error_events_are_not_answered) {
    peer p;
    CHECK(peer_start(&p) == 0);
    msgpack_sbuffer sb;
    msgpack_sbuffer_init(&sb);
    msgpack_packer pk;
    msgpack_packer_init(&pk, &sb, msgpack_sbuffer_write);
    msgpack_pack_array(&pk, 3);
    msgpack_pack_int(&pk, 2);
    msgpack_pack_str_with_body(&pk, "nvim_error_event", 16);
    msgpack_pack_array(&pk, 2);
    msgpack_pack_int(&pk, 0);
    msgpack_pack_str_with_body(&pk, "boom", 4);
    pack_request(&sb, 12, "ping", 0);
    send_bytes(&p, sb.data, sb.size);
    msgpack_sbuffer_destroy(&sb);
    msgpack_unpacked m;
    msgpack_unpacked_init(&m);
    CHECK(next_message(&p, &m) == 0);
    CHECK(m.data.via.array.ptr[0].via.u64 == 1);   /* the pong, no push first */
    msgpack_unpacked_destroy(&m);
    peer_stop(&p);
}

TEST(deep_nesting_is_refused_not_recursed) {
    peer p;
    char method[64];
    CHECK(peer_start(&p) == 0);
    size_t depth = 100000;
    unsigned char *deep = malloc(depth + 1);
    CHECK(deep != NULL);
    memset(deep, 0x91, depth);                 /* [[[[...]]]] */
    deep[depth] = 0xc0;
    send_bytes(&p, deep, depth + 1);
    free(deep);
    next_push(&p, method, sizeof method);
    CHECK_STR(method, "claimlens/error");
    CHECK(ping_ok(&p, 10));
    peer_stop(&p);
}

TEST(a_huge_announced_message_is_skipped_exactly) {
    peer p;
    char method[64];
    CHECK(peer_start(&p) == 0);
    /* a notification whose string claims 3 MB over the 1 MB limit set in
     * main, then that many bytes */
    unsigned char head[] = {0x93, 0x02, 0xa4, 'o', 'p', 'e', 'n', 0x91,
                            0xdb, 0x00, 0x30, 0x00, 0x00};
    uint64_t size = 0x300000;
    send_bytes(&p, head, sizeof head);
    next_push(&p, method, sizeof method);      /* not waiting for the bytes */
    char *zeros = calloc(1, 1 << 20);
    CHECK(zeros != NULL);
    for (uint64_t sent = 0; sent < size; sent += 1 << 20)
        send_bytes(&p, zeros, 1 << 20);
    free(zeros);
    CHECK(ping_ok(&p, 11));
    peer_stop(&p);
}

TEST(framer_measures_headers) {
    framer f;
    size_t used;
    framer_init(&f);
    const unsigned char msg[] = {0x92, 0xa3, 'a', 'b', 'c', 0xcd, 0x01, 0x02, 0x01};
    CHECK(framer_feed(&f, msg, sizeof msg, &used) == FRAME_DONE);
    CHECK(used == 8);                          /* the 0x01 is the next one */
    framer_init(&f);
    CHECK(framer_feed(&f, msg, 4, &used) == FRAME_MORE && used == 4);
    CHECK(framer_feed(&f, msg + 4, 5, &used) == FRAME_DONE && used == 4);
    framer_init(&f);
    const unsigned char big[] = {0xdd, 0xff, 0xff, 0xff, 0xff};
    CHECK(framer_feed(&f, big, sizeof big, &used) == FRAME_MORE);
    CHECK(framer_least_size(&f) > 0xffffffffu);
    framer_init(&f);
    CHECK(framer_feed(&f, (const unsigned char *)"\xc1", 1, &used) == FRAME_INVALID);
}

int main(void) {
    signal(SIGPIPE, SIG_IGN);
    setenv("CLAIMLENS_MAX_MESSAGE", "1048576", 1);
    RUN(framer_measures_headers);
    RUN(ping_answers);
    RUN(two_messages_in_one_write_and_one_split_byte_by_byte);
    RUN(unknown_method_is_an_error_and_serving_goes_on);
    RUN(wrong_argument_types_are_errors);
    RUN(garbage_and_non_rpc_messages_are_reported);
    RUN(editor_error_events_are_not_answered);
    RUN(deep_nesting_is_refused_not_recursed);
    RUN(a_huge_announced_message_is_skipped_exactly);
    return CHECK_DONE();
}
