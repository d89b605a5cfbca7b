/* fuzz_rpc.c -- arbitrary bytes into the RPC server: framing, decoding,
 * dispatch and every method, through the same path as stdin (rpc_take).
 * Whatever comes in, what goes out must be whole msgpack-RPC messages.
 *
 * Input: byte 0 is the read size (0: all at once, else 1-255 bytes per
 * read, to split headers and messages); the rest is the byte stream. */
#include <fcntl.h>
#include <unistd.h>
#include "fuzz.h"
#include "methods.h"
#include "rpc.h"

static server srv;
static int out_fd = -1;

static void check_message(const msgpack_object *o) {
    FUZZ_ASSERT(o->type == MSGPACK_OBJECT_ARRAY);
    const msgpack_object *v = o->via.array.ptr;
    uint32_t n = o->via.array.size;
    FUZZ_ASSERT(n == 3 || n == 4);
    FUZZ_ASSERT(v[0].type == MSGPACK_OBJECT_POSITIVE_INTEGER);
    if (n == 4) {
        FUZZ_ASSERT(v[0].via.u64 == 1);
        FUZZ_ASSERT(v[2].type == MSGPACK_OBJECT_NIL || v[2].type == MSGPACK_OBJECT_STR);
    } else {
        FUZZ_ASSERT(v[0].via.u64 == 2 && v[1].type == MSGPACK_OBJECT_STR);
        FUZZ_ASSERT(v[2].type == MSGPACK_OBJECT_ARRAY);
    }
}

static void setup(void) {
    char path[] = "/tmp/claimlens-fuzz-rpc-XXXXXX";
    out_fd = mkstemp(path);
    if (out_fd < 0) abort();
    unlink(path);
    const char *dir = getenv("CLAIMLENS_RULES");
    rpc_open(&srv, -1, out_fd, dir && *dir ? dir : "rules");
    if (!srv.rules) {
        fprintf(stderr, "fuzz: the shipped rule packs do not load\n");
        abort();
    }
    srv.max_message = 1 << 20;     /* small enough to exercise refusals */
}

/* Everything written for this input: whole messages, each well formed. */
static void check_output(void) {
    off_t end = lseek(out_fd, 0, SEEK_END);
    if (end > 0) {
        char *buf = malloc((size_t)end);
        if (buf && pread(out_fd, buf, (size_t)end, 0) == end)
            fuzz_check_msgpack(buf, (size_t)end, check_message);
        free(buf);
    }
    if (ftruncate(out_fd, 0) < 0 || lseek(out_fd, 0, SEEK_SET) < 0) abort();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    if (out_fd < 0) setup();
    if (size < 1) return 0;
    size_t step = data[0] ? data[0] : size;
    data++, size--;
    for (size_t off = 0; off < size; off += step) {
        size_t n = size - off < step ? size - off : step;
        rpc_take(&srv, data + off, n);
        if (methods_pending(&srv)) methods_run_pending(&srv);
    }
    while (methods_pending(&srv)) methods_run_pending(&srv);
    check_output();

    /* the next input starts from a fresh session (rules stay loaded) */
    store_free(&srv.buffers);
    store_init(&srv.buffers);
    noteset_free(srv.notes);
    srv.notes = NULL;
    srv.nvim = 0;
    srv.write_failed = 0;
    srv.in_msg.len = 0;
    srv.in_refusing = 0;
    framer_init(&srv.in_frame);
    return 0;
}
