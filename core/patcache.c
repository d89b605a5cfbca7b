/* patcache.c -- see patcache.h.
 *
 * A file is a header, one record per code, then PCRE2's serialised
 * codes:
 *
 *   magic "CLPCODE\n", format u32, codes u32, payload bytes u64,
 *   key (16 bytes), checksum of all the rest (16 bytes);
 *   payload: per code {pattern bytes u64, code size u64, options u32,
 *   0 u32, fingerprint of the pattern (16 bytes)}, then the stream of
 *   pcre2_serialize_encode.
 *
 * Numbers are in the host's byte order: the key already ties a file to
 * the host's word sizes and byte order, as PCRE2's stream is. */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>
#include "patcache.h"
#include "vec.h"
#include "version.h"

#define MAGIC "CLPCODE\n"
#define FORMAT 1u
#define KEY_AT 24                    /* where the header holds the key */
#define SUM_AT 40                    /* ... and the checksum, its last field */
#define HEADER 56
#define RECORD 40
#define MAX_FILE (256u << 20)        /* past this a file is not ours */
#define MAX_CODES 4096u
#define PCRE2_TABLES 1088u           /* in every stream (pcre2serialize(3)) */
#define STALE_TEMP 60                /* seconds: a writer that died */

/* ---- hashing -------------------------------------------------------------
 * Two 64-bit lanes, each taking every other 8-byte word, mixed together
 * and ended by a full avalanche: not a cryptographic hash, but 128 bits
 * against accidental collisions, and fast enough (several GB/s) that
 * fingerprinting and checksumming cost a few percent of a warm start. */

#define K1 0x9e3779b97f4a7c15ULL
#define K2 0xc2b2ae3d27d4eb4fULL
#define K3 0x165667b19e3779f9ULL

static uint64_t rotl(uint64_t x, int r) {
    return x << r | x >> (64 - r);
}

static uint64_t avalanche(uint64_t x) {
    x ^= x >> 33;
    x *= 0xff51afd7ed558ccdULL;
    x ^= x >> 33;
    x *= 0xc4ceb9fe1a85ec53ULL;
    return x ^ x >> 33;
}

void patcache_key_add(patcache_key *k, const void *p, size_t n) {
    const unsigned char *s = p;
    uint64_t a = k->a, b = k->b, w, v;
    size_t left = n;
    for (; left >= 16; s += 16, left -= 16) {       /* a word for each lane */
        memcpy(&w, s, 8);
        memcpy(&v, s + 8, 8);
        a = rotl(a ^ w * K1, 31) * K2;
        b = rotl(b + v * K3, 29) * K1;
    }
    w = v = 0;
    memcpy(&w, s, left < 8 ? left : 8);
    if (left > 8) memcpy(&v, s + 8, left - 8);
    a = rotl(a ^ w * K1, 31) * K2 ^ (uint64_t)n;
    b = rotl(b + v * K3, 29) * K1 + (uint64_t)n * K2;
    k->a = avalanche(a ^ rotl(b, 23));
    k->b = avalanche(b ^ rotl(a, 41));
}

static void key_seed(patcache_key *k, uint64_t seed) {
    k->a = K3 ^ seed;
    k->b = K2 + seed;
}

void patcache_key_init(patcache_key *k) {
    char pcre[64] = "";
    pcre2_config(PCRE2_CONFIG_VERSION, pcre);
    uint32_t host[4] = {(uint32_t)sizeof(void *), (uint32_t)sizeof(PCRE2_SIZE),
                        (uint32_t)PCRE2_CODE_UNIT_WIDTH, 0x01020304u};   /* byte order */
    /* what a build of PCRE2 compiles by default beyond the options */
    uint32_t build[4] = {0, 0, 0, 0};
    pcre2_config(PCRE2_CONFIG_NEWLINE, &build[0]);
    pcre2_config(PCRE2_CONFIG_BSR, &build[1]);
    pcre2_config(PCRE2_CONFIG_LINKSIZE, &build[2]);
    pcre2_config(PCRE2_CONFIG_PARENSLIMIT, &build[3]);
    key_seed(k, FORMAT);
    patcache_key_add(k, CLAIMLENS_VERSION, strlen(CLAIMLENS_VERSION));
    patcache_key_add(k, pcre, strlen(pcre));
    patcache_key_add(k, host, sizeof host);
    patcache_key_add(k, build, sizeof build);
}

static patcache_key fingerprint(const void *p, size_t n, uint64_t seed) {
    patcache_key k;
    key_seed(&k, seed);
    patcache_key_add(&k, p, n);
    return k;
}

patcache_key patcache_checksum(const void *file, size_t n) {
    patcache_key k;
    key_seed(&k, FORMAT);
    patcache_key_add(&k, file, SUM_AT);
    patcache_key_add(&k, (const unsigned char *)file + HEADER, n - HEADER);
    return k;
}

static int same_key(const patcache_key *x, const patcache_key *y) {
    return x->a == y->a && x->b == y->b;
}

/* ---- the entry ----------------------------------------------------------- */

/* A code of the file, or one this run handed out. */
typedef struct cached {
    patcache_key fp;                 /* of the pattern text */
    uint64_t len;                    /* of the pattern text */
    uint32_t options;
    pcre2_code *re;                  /* from the file, until handed out */
    const pcre2_code *out;           /* handed out: owned by the caller */
    char *pattern;                   /* handed out: the text, to compile again */
    int hit;                         /* handed out from the file */
    int released;                    /* given back: freed on closing */
} cached;

struct patcache {
    char *dir, *path;
    char *kind;                      /* the files' prefix: "rules", "pack" */
    size_t keep;                     /* files of the kind kept in dir */
    patcache_key key;
    cached *file;                    /* the file's codes, in its order */
    size_t nfile;
    cached *given;                   /* what this run handed out, in order */
    size_t ngiven, cgiven;
    size_t hits, misses;
    int unlisted;                    /* a code handed out but not listed */
};

int patcache_dir(char *buf, size_t n) {
    const char *off = getenv("CLAIMLENS_CACHE");
    if (off && (strcmp(off, "0") == 0 || strcasecmp(off, "off") == 0 ||
                strcasecmp(off, "no") == 0 || strcasecmp(off, "false") == 0))
        return -1;
    const char *xdg = getenv("XDG_CACHE_HOME"), *home = getenv("HOME");
    int k;
    /* the XDG spec ignores a relative path */
    if (xdg && xdg[0] == '/') k = snprintf(buf, n, "%s/claimlens", xdg);
    else if (home && home[0]) k = snprintf(buf, n, "%s/.cache/claimlens", home);
    else return -1;
    return k > 0 && (size_t)k < n ? 0 : -1;
}

const char *patcache_file(const patcache *c) { return c ? c->path : NULL; }
size_t patcache_hits(const patcache *c) { return c ? c->hits : 0; }
size_t patcache_misses(const patcache *c) { return c ? c->misses : 0; }

static void drop_file_codes(patcache *c) {
    for (size_t i = 0; i < c->nfile; i++) pcre2_code_free(c->file[i].re);
    free(c->file);
    c->file = NULL;
    c->nfile = 0;
}

/* ---- reading ------------------------------------------------------------- */

static uint32_t get32(const unsigned char *p) {
    uint32_t v;
    memcpy(&v, p, 4);
    return v;
}

static uint64_t get64(const unsigned char *p) {
    uint64_t v;
    memcpy(&v, p, 8);
    return v;
}

static patcache_key getkey(const unsigned char *p) {
    patcache_key k;
    k.a = get64(p);
    k.b = get64(p + 8);
    return k;
}

/* The whole of a regular file, or NULL. */
static unsigned char *slurp(const char *path, size_t *len) {
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0) return NULL;
    struct stat st;
    unsigned char *b = NULL;
    if (fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && st.st_size >= HEADER &&
        (uint64_t)st.st_size <= MAX_FILE)
        b = malloc((size_t)st.st_size);
    size_t n = 0, want = b ? (size_t)st.st_size : 0;
    while (b && n < want) {
        ssize_t k = read(fd, b + n, want - n);
        if (k < 0 && errno == EINTR) continue;
        if (k <= 0) {
            free(b);
            b = NULL;
        } else {
            n += (size_t)k;
        }
    }
    close(fd);
    *len = n;
    return b;
}

/* Do the header and checksum hold for these bytes?  The number of codes,
 * or 0. */
static uint32_t sound(const patcache *c, const unsigned char *b, size_t n) {
    if (memcmp(b, MAGIC, 8) != 0 || get32(b + 8) != FORMAT) return 0;
    uint32_t codes = get32(b + 12);
    uint64_t payload = get64(b + 16);
    if (payload != n - HEADER || codes == 0 || codes > MAX_CODES ||
        (uint64_t)codes * RECORD >= payload)
        return 0;
    patcache_key key = getkey(b + KEY_AT), sum = getkey(b + SUM_AT);
    patcache_key want = patcache_checksum(b, n);
    if (!same_key(&key, &c->key) || !same_key(&sum, &want)) return 0;
    return codes;
}

/* Decode the codes of a sound file of n bytes; each must say what its
 * record says.  The stream holds PCRE2's tables and every code, so it
 * must be longer than the records' sizes say before PCRE2 reads it. */
static int decode(patcache *c, const unsigned char *b, size_t n, uint32_t codes) {
    const unsigned char *rec = b + HEADER, *stream = rec + (size_t)codes * RECORD;
    uint64_t need = PCRE2_TABLES;
    for (uint32_t i = 0; i < codes && need <= n; i++) {
        uint64_t one = get64(rec + (size_t)i * RECORD + 8);
        need = one > n ? (uint64_t)n + 1 : need + one;
    }
    if (need >= (uint64_t)(b + n - stream) ||
        pcre2_serialize_get_number_of_codes(stream) != (int32_t)codes)
        return -1;
    pcre2_code **re = calloc(codes, sizeof *re);
    c->file = calloc(codes, sizeof *c->file);
    if (!re || !c->file) {
        free(re);
        return -1;
    }
    int32_t got = pcre2_serialize_decode(re, (int32_t)codes, stream, NULL);
    int rc = got == (int32_t)codes ? 0 : -1;
    for (uint32_t i = 0; rc == 0 && i < codes; i++, rec += RECORD) {
        uint32_t opts = 0;
        size_t size = 0;
        cached *x = &c->file[i];
        x->len = get64(rec);
        x->options = get32(rec + 16);
        x->fp = getkey(rec + 24);
        if (pcre2_pattern_info(re[i], PCRE2_INFO_ARGOPTIONS, &opts) != 0 || opts != x->options ||
            pcre2_pattern_info(re[i], PCRE2_INFO_SIZE, &size) != 0 || size != get64(rec + 8))
            rc = -1;
    }
    for (uint32_t i = 0; i < codes; i++) {
        if (rc == 0) c->file[i].re = re[i];
        else if (got > 0 && i < (uint32_t)got) pcre2_code_free(re[i]);
    }
    free(re);
    c->nfile = rc == 0 ? codes : 0;
    if (rc < 0) {
        free(c->file);
        c->file = NULL;
    }
    return rc;
}

static void load(patcache *c) {
    size_t n = 0;
    unsigned char *b = slurp(c->path, &n);
    uint32_t codes = b && n >= HEADER ? sound(c, b, n) : 0;
    if (codes) decode(c, b, n, codes);
    free(b);
}

static void entry_free(patcache *c) {
    free(c->dir);
    free(c->kind);
    free(c->path);
    free(c);
}

patcache *patcache_open(const char *dir, const char *kind, size_t keep,
                        const patcache_key *k) {
    patcache *c = calloc(1, sizeof *c);
    size_t pn = strlen(dir) + strlen(kind) + 48;
    if (!c) return NULL;
    c->dir = strdup(dir);
    c->kind = strdup(kind);
    c->path = malloc(pn);
    if (!c->dir || !c->kind || !c->path) {
        entry_free(c);
        return NULL;
    }
    c->keep = keep ? keep : 1;
    c->key = *k;
    snprintf(c->path, pn, "%s/%s-%016llx%016llx.pcre2", dir, kind,
             (unsigned long long)k->a, (unsigned long long)k->b);
    load(c);
    return c;
}

/* ---- handing out --------------------------------------------------------- */

/* The file's code for this pattern: the next in order, as a run of the
 * same packs asks for them, else any still there. */
static pcre2_code *take(patcache *c, const cached *want) {
    for (size_t k = 0; k < c->nfile; k++) {
        cached *x = &c->file[(c->ngiven + k) % c->nfile];
        if (x->re && x->len == want->len && x->options == want->options &&
            same_key(&x->fp, &want->fp)) {
            pcre2_code *re = x->re;
            x->re = NULL;
            return re;
        }
    }
    return NULL;
}

pcre2_code *patcache_compile(patcache *c, const char *pat, uint32_t options,
                             int *code, PCRE2_SIZE *off) {
    if (!c) return pcre2_compile((PCRE2_SPTR)pat, PCRE2_ZERO_TERMINATED, options, code, off, NULL);
    size_t n = strlen(pat);
    cached want = {fingerprint(pat, n, options), n, options, NULL, NULL, NULL, 0, 0};
    pcre2_code *re = take(c, &want);
    int hit = re != NULL;
    if (!hit) re = pcre2_compile((PCRE2_SPTR)pat, n, options, code, off, NULL);
    if (!re) return NULL;
    if (hit) c->hits++;
    else c->misses++;
    want.out = re;
    want.hit = hit;
    want.pattern = malloc(n + 1);
    if (want.pattern &&
        vec_grow((void **)&c->given, &c->cgiven, c->ngiven + 1, sizeof *c->given, 32) == 0) {
        memcpy(want.pattern, pat, n + 1);
        c->given[c->ngiven++] = want;
    } else {
        free(want.pattern);
        c->unlisted = 1;             /* never write a file that lacks a code */
    }
    return re;
}

void patcache_release(patcache *c, pcre2_code *re) {
    /* the code given back is nearly always the last one handed out */
    for (size_t i = c ? c->ngiven : 0; i-- > 0;)
        if (c->given[i].out == re && !c->given[i].released) {
            c->given[i].released = 1;
            return;
        }
    pcre2_code_free(re);
}

/* ---- writing ------------------------------------------------------------- */

static void put32(unsigned char *p, uint32_t v) { memcpy(p, &v, 4); }
static void put64(unsigned char *p, uint64_t v) { memcpy(p, &v, 8); }

static void putkey(unsigned char *p, const patcache_key *k) {
    put64(p, k->a);
    put64(p + 8, k->b);
}

/* PCRE2's stream of what this run handed out, and each code's size;
 * NULL when PCRE2 cannot serialise them. */
static uint8_t *stream_of(const patcache *c, PCRE2_SIZE *sn, uint64_t *sizes) {
    const pcre2_code **codes = calloc(c->ngiven, sizeof *codes);
    pcre2_code **again = calloc(c->ngiven, sizeof *again);
    int ok = codes && again;
    for (size_t i = 0; ok && i < c->ngiven; i++) {
        const cached *x = &c->given[i];
        /* PCRE2 serialises codes of one set of character tables only: a
         * decoded code has the file's copy, a compiled one PCRE2's own,
         * so beside anything compiled the file's codes are compiled again */
        if (x->hit && c->misses) {
            int code;
            PCRE2_SIZE off;
            again[i] = pcre2_compile((PCRE2_SPTR)x->pattern, x->len, x->options, &code, &off, NULL);
            ok = again[i] != NULL;
        }
        codes[i] = again[i] ? again[i] : x->out;
        size_t size = 0;
        pcre2_pattern_info(codes[i], PCRE2_INFO_SIZE, &size);
        sizes[i] = size;
    }
    uint8_t *stream = NULL;
    int32_t rc = ok ? pcre2_serialize_encode(codes, (int32_t)c->ngiven, &stream, sn, NULL) : -1;
    for (size_t i = 0; again && i < c->ngiven; i++) pcre2_code_free(again[i]);
    free(again);
    free(codes);
    if (rc == (int32_t)c->ngiven) return stream;
    pcre2_serialize_free(stream);
    return NULL;
}

/* The file's bytes for what this run handed out, or NULL. */
static unsigned char *image(const patcache *c, size_t *len) {
    uint64_t *sizes = calloc(c->ngiven, sizeof *sizes);
    PCRE2_SIZE sn = 0;
    uint8_t *stream = sizes ? stream_of(c, &sn, sizes) : NULL;
    size_t payload = c->ngiven * RECORD + sn;
    unsigned char *b = stream ? malloc(HEADER + payload) : NULL;
    if (b) {
        unsigned char *rec = b + HEADER;
        for (size_t i = 0; i < c->ngiven; i++, rec += RECORD) {
            put64(rec, c->given[i].len);
            put64(rec + 8, sizes[i]);
            put32(rec + 16, c->given[i].options);
            put32(rec + 20, 0);
            putkey(rec + 24, &c->given[i].fp);
        }
        memcpy(rec, stream, sn);
        memcpy(b, MAGIC, 8);
        put32(b + 8, FORMAT);
        put32(b + 12, (uint32_t)c->ngiven);
        put64(b + 16, payload);
        putkey(b + KEY_AT, &c->key);
        patcache_key sum = patcache_checksum(b, HEADER + payload);
        putkey(b + SUM_AT, &sum);
        *len = HEADER + payload;
    }
    pcre2_serialize_free(stream);
    free(sizes);
    return b;
}

/* mkdir -p, private: the folder may be the first under ~/.cache. */
static int make_dirs(const char *dir) {
    char *p = dir[0] ? strdup(dir) : NULL;
    int rc = p ? 0 : -1;
    for (char *s = p ? p + 1 : NULL; rc == 0; s++) {
        if (*s != '/' && *s != '\0') continue;
        char keep = *s;
        *s = '\0';
        if (mkdir(p, 0700) < 0 && errno != EEXIST) rc = -1;
        *s = keep;
        if (!keep) break;
    }
    free(p);
    return rc;
}

static int write_all(int fd, const unsigned char *b, size_t n) {
    while (n) {
        ssize_t k = write(fd, b, n);
        if (k < 0 && errno == EINTR) continue;
        if (k <= 0) return -1;
        b += k;
        n -= (size_t)k;
    }
    return 0;
}

/* Into a temporary name beside the file, then renamed over it: a reader
 * sees the old file or the new one, never half of one. */
static int write_file(const patcache *c, const unsigned char *b, size_t n) {
    size_t tn = strlen(c->dir) + strlen(c->kind) + 64;
    char *tmp = malloc(tn);
    if (!tmp) return -1;
    snprintf(tmp, tn, "%s/.%s-%016llx.XXXXXX", c->dir, c->kind, (unsigned long long)c->key.a);
    int fd = mkstemp(tmp);
    int rc = fd < 0 ? -1 : write_all(fd, b, n);
    if (fd >= 0 && close(fd) < 0) rc = -1;
    if (fd >= 0 && (rc < 0 || rename(tmp, c->path) < 0)) {
        unlink(tmp);
        rc = -1;
    }
    free(tmp);
    return rc;
}

typedef struct aged {
    char *name;
    int64_t mtime;                   /* ns */
} aged;

static int newest_first(const void *x, const void *y) {
    const aged *a = x, *b = y;
    return (a->mtime < b->mtime) - (a->mtime > b->mtime);
}

/* Keep the newest files of the entry's kind (other pack sets, older
 * versions) and delete the rest, with temporaries whose writer is long
 * gone. */
static void prune(const patcache *c) {
    DIR *d = opendir(c->dir);
    if (!d) return;
    aged *v = NULL;
    size_t n = 0, cap = 0;
    time_t now = time(NULL);
    struct dirent *de;
    int dfd = dirfd(d);
    size_t kn = strlen(c->kind);
    while ((de = readdir(d))) {
        const char *name = de->d_name + (de->d_name[0] == '.');
        int temp = de->d_name[0] == '.';
        if (strncmp(name, c->kind, kn) != 0 || name[kn] != '-') continue;
        struct stat st;
        if (fstatat(dfd, de->d_name, &st, AT_SYMLINK_NOFOLLOW) < 0 ||
            !S_ISREG(st.st_mode))
            continue;
        if (temp) {
            if (now - st.st_mtime > STALE_TEMP) unlinkat(dfd, de->d_name, 0);
            continue;
        }
        char *copy = strdup(de->d_name);
        if (!copy || vec_grow((void **)&v, &cap, n + 1, sizeof *v, 8) < 0) {
            free(copy);
            break;
        }
        v[n].name = copy;
        v[n++].mtime = (int64_t)st.st_mtim.tv_sec * 1000000000 + st.st_mtim.tv_nsec;
    }
    if (n > c->keep) qsort(v, n, sizeof *v, newest_first);
    const char *mine = strrchr(c->path, '/') + 1;
    for (size_t i = 0, kept = 1; i < n; i++) {
        if (strcmp(v[i].name, mine) == 0) continue;
        if (kept < c->keep) kept++;
        else unlinkat(dfd, v[i].name, 0);
    }
    for (size_t i = 0; i < n; i++) free(v[i].name);
    free(v);
    closedir(d);
}

/* ---- closing ------------------------------------------------------------- */

void patcache_close(patcache *c, int save) {
    if (!c) return;
    /* the file is rewritten when this run compiled something, or asked
     * for fewer codes than it holds */
    int stale = c->misses || c->hits != c->nfile;
    if (save && stale && !c->unlisted && c->ngiven && make_dirs(c->dir) == 0) {
        size_t n = 0;
        unsigned char *b = image(c, &n);
        if (b && write_file(c, b, n) == 0) prune(c);
        free(b);
    }
    drop_file_codes(c);
    for (size_t i = 0; i < c->ngiven; i++) {
        free(c->given[i].pattern);
        if (c->given[i].released) pcre2_code_free((pcre2_code *)c->given[i].out);
    }
    free(c->given);
    entry_free(c);
}
