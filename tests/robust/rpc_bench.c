/* rpc_bench.c -- time the RPC server the way an editor drives it: open a
 * file, analyse it (focus on the first screen), then one-line edits each
 * followed by `analyse`; report the time to part 1 and to the whole
 * result, per-edit times and the server's VmHWM.  Not built by `make`:
 *
 *   cc -O2 -o build/rpc_bench tests/robust/rpc_bench.c -lmsgpackc
 *   build/rpc_bench FILE [EDITS] [parts:0|1] [BIN]
 */
#define _GNU_SOURCE
#include <msgpack.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static int to_fd, from_fd;
static msgpack_unpacker u;

static double now_ms(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec * 1e3 + t.tv_nsec / 1e6;
}

static void send_sb(msgpack_sbuffer *sb) {
    size_t off = 0;
    while (off < sb->size) {
        ssize_t n = write(to_fd, sb->data + off, sb->size - off);
        if (n <= 0) exit(1);
        off += (size_t)n;
    }
    msgpack_sbuffer_clear(sb);
}

static void str(msgpack_packer *pk, const char *s) { msgpack_pack_str_with_body(pk, s, strlen(s)); }

static const msgpack_object *get(const msgpack_object *m, const char *k) {
    if (m->type != MSGPACK_OBJECT_MAP) return NULL;
    for (uint32_t i = 0; i < m->via.map.size; i++) {
        const msgpack_object *key = &m->via.map.ptr[i].key;
        if (key->type == MSGPACK_OBJECT_STR && key->via.str.size == strlen(k) &&
            memcmp(key->via.str.ptr, k, key->via.str.size) == 0)
            return &m->via.map.ptr[i].val;
    }
    return NULL;
}

/* Wait for the result push of `tick`; count its annotations.  Returns 1
 * when it was the last part. */
static int next_part(long long tick, size_t *anns, int *part) {
    msgpack_unpacked m;
    msgpack_unpacked_init(&m);
    for (;;) {
        if (msgpack_unpacker_next(&u, &m) == MSGPACK_UNPACK_SUCCESS) {
            msgpack_object *v = m.data.via.array.ptr;
            if (v[0].via.u64 != 2) continue;
            if (v[1].via.str.size == 15 && memcmp(v[1].via.str.ptr, "claimlens/error", 15) == 0) {
                fprintf(stderr, "error push\n");
                continue;
            }
            const msgpack_object *res = &v[2].via.array.ptr[0];
            const msgpack_object *t = get(res, "tick");
            if (!t || (long long)t->via.u64 != tick) continue;
            const msgpack_object *r = get(res, "ranges");
            for (uint32_t i = 0; r && i < r->via.array.size; i++)
                *anns += get(&r->via.array.ptr[i], "annotations")->via.array.size;
            const msgpack_object *p = get(res, "part"), *more = get(res, "more");
            *part = p ? (int)p->via.u64 : 0;
            int last = !(more && more->type == MSGPACK_OBJECT_BOOLEAN && more->via.boolean);
            msgpack_unpacked_destroy(&m);
            return last;
        }
        msgpack_unpacker_reserve_buffer(&u, 1 << 20);
        ssize_t n = read(from_fd, msgpack_unpacker_buffer(&u), 1 << 20);
        if (n <= 0) exit(1);
        msgpack_unpacker_buffer_consumed(&u, (size_t)n);
    }
}

static void analyse(msgpack_packer *pk, msgpack_sbuffer *sb, long long tick,
                    long long applied, long long f0, long long f1) {
    msgpack_pack_array(pk, 3);
    msgpack_pack_int(pk, 2);
    str(pk, "analyse");
    msgpack_pack_array(pk, 4);
    msgpack_pack_int(pk, 1);
    msgpack_pack_long_long(pk, tick);
    msgpack_pack_long_long(pk, applied);
    msgpack_pack_array(pk, 2);
    msgpack_pack_long_long(pk, f0);
    msgpack_pack_long_long(pk, f1);
    send_sb(sb);
}

static int cmp_d(const void *a, const void *b) {
    double x = *(const double *)a, y = *(const double *)b;
    return x < y ? -1 : x > y;
}

int main(int argc, char **argv) {
    if (argc < 2) return 2;
    int edits = argc > 2 ? atoi(argv[2]) : 200;
    int parts = argc > 3 ? atoi(argv[3]) : 1;
    const char *bin = argc > 4 ? argv[4] : "build/claimlens";
    FILE *fp = fopen(argv[1], "rb");
    if (!fp) return 2;
    fseek(fp, 0, SEEK_END);
    long len = ftell(fp);
    fseek(fp, 0, SEEK_SET);
    char *text = malloc((size_t)len + 1);
    if (fread(text, 1, (size_t)len, fp) != (size_t)len) return 2;
    fclose(fp);
    size_t nl = 0, cap = 1024;
    char **lines = malloc(cap * sizeof *lines);
    size_t *lens = malloc(cap * sizeof *lens);
    for (char *p = text; p < text + len;) {
        char *e = memchr(p, '\n', (size_t)(text + len - p));
        if (!e) e = text + len;
        if (nl == cap) {
            cap *= 2;
            lines = realloc(lines, cap * sizeof *lines);
            lens = realloc(lens, cap * sizeof *lens);
        }
        lines[nl] = p;
        lens[nl++] = (size_t)(e - p);
        p = e + 1;
    }
    int in[2], out[2];
    if (pipe(in) < 0 || pipe(out) < 0) return 2;
    pid_t pid = fork();
    if (pid == 0) {
        dup2(in[0], 0);
        dup2(out[1], 1);
        close(in[1]);
        close(out[0]);
        execl(bin, bin, "rpc", (char *)NULL);
        _exit(127);
    }
    close(in[0]);
    close(out[1]);
    to_fd = in[1];
    from_fd = out[0];
    msgpack_unpacker_init(&u, 1 << 20);
    msgpack_sbuffer sb;
    msgpack_sbuffer_init(&sb);
    msgpack_packer pk;
    msgpack_packer_init(&pk, &sb, msgpack_sbuffer_write);

    msgpack_pack_array(&pk, 3);
    msgpack_pack_int(&pk, 2);
    str(&pk, "hello");
    msgpack_pack_array(&pk, 1);
    msgpack_pack_map(&pk, parts ? 3 : 2);
    str(&pk, "protocol"); msgpack_pack_int(&pk, 1);
    str(&pk, "client"); str(&pk, "bench");
    if (parts) { str(&pk, "parts"); msgpack_pack_true(&pk); }
    send_sb(&sb);

    double t0 = now_ms();
    msgpack_pack_array(&pk, 3);
    msgpack_pack_int(&pk, 2);
    str(&pk, "open");
    msgpack_pack_array(&pk, 3);
    msgpack_pack_int(&pk, 1);
    msgpack_pack_int(&pk, 1);
    msgpack_pack_array(&pk, nl);
    for (size_t i = 0; i < nl; i++) msgpack_pack_str_with_body(&pk, lines[i], lens[i]);
    send_sb(&sb);
    analyse(&pk, &sb, 1, -1, 0, 60);
    size_t anns = 0;
    int part = 0, nparts = 0;
    double first = -1;
    for (;;) {
        int last = next_part(1, &anns, &part);
        if (first < 0) first = now_ms() - t0;
        nparts++;
        if (last) break;
    }
    double whole = now_ms() - t0;
    printf("open+analyse: part 1 after %.1f ms, whole after %.1f ms, %d parts, %zu annotations\n",
           first, whole, nparts, anns);

    srand(1);
    double *dt = malloc((size_t)(edits ? edits : 1) * sizeof *dt);
    long long tick = 1;
    char buf[65536];
    for (int e = 0; e < edits; e++) {
        size_t l;
        do l = (size_t)rand() % nl; while (lens[l] < 10 || lens[l] > sizeof buf - 2);
        memcpy(buf, lines[l], lens[l]);
        size_t at = (size_t)rand() % lens[l];
        memmove(buf + at + 1, buf + at, lens[l] - at);
        buf[at] = 'x';
        lines[l] = strndup(buf, lens[l] + 1);     /* leaked: a benchmark */
        lens[l]++;
        tick++;
        double s = now_ms();
        msgpack_pack_array(&pk, 3);
        msgpack_pack_int(&pk, 2);
        str(&pk, "edit");
        msgpack_pack_array(&pk, 5);
        msgpack_pack_int(&pk, 1);
        msgpack_pack_long_long(&pk, tick);
        msgpack_pack_uint64(&pk, l);
        msgpack_pack_uint64(&pk, l + 1);
        msgpack_pack_array(&pk, 1);
        msgpack_pack_str_with_body(&pk, lines[l], lens[l]);
        send_sb(&sb);
        analyse(&pk, &sb, tick, tick - 1, l > 30 ? (long long)l - 30 : 0, (long long)l + 30);
        size_t a = 0;
        while (!next_part(tick, &a, &part)) {}
        dt[e] = now_ms() - s;
    }
    if (edits) {
        qsort(dt, (size_t)edits, sizeof *dt, cmp_d);
        printf("edits: %d, p50 %.2f ms, p99 %.2f ms, max %.2f ms\n", edits,
               dt[edits / 2], dt[(int)(edits * 0.99)], dt[edits - 1]);
    }
    char path[64], line[256];
    snprintf(path, sizeof path, "/proc/%d/status", (int)pid);
    FILE *st = fopen(path, "r");
    while (st && fgets(line, sizeof line, st))
        if (strncmp(line, "VmHWM", 5) == 0) printf("server %s", line);
    if (st) fclose(st);
    close(to_fd);
    waitpid(pid, NULL, 0);
    return 0;
}
