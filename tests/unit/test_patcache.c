/* test_patcache.c -- the compiled-pattern cache: a miss writes the file, a
 * hit hands the codes back, and every kind of damaged, foreign or
 * unreachable file is a miss that compiles as without a cache (and is
 * rewritten), never a crash or another result. */
#include <errno.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>
#include "analyse.h"
#include "check.h"
#include "json_out.h"
#include "patcache.h"
#include "rules.h"

/* The file's layout (patcache.c), for the tests that forge one. */
#define HEADER 56
#define RECORD 40

static const char *pats[] = {"sa(?:id|ys)", "claim(?:s|ed)?", "t(?:old|ells?)"};
#define NPATS 3
#define OPTS (PCRE2_UTF | PCRE2_CASELESS)
#define KEEP 4

static char root[64];
static int nth;

/* A new folder for each test, under one of this run. */
static const char *fresh_dir(char *buf, size_t n) {
    snprintf(buf, n, "%s/d%d", root, nth++);
    return buf;
}

static patcache_key key_of(const char *salt) {
    patcache_key k;
    patcache_key_init(&k);
    patcache_key_add(&k, salt, strlen(salt));
    return k;
}

/* Open, compile every pattern, check they match as they should, close.
 * Returns hits * 100 + misses, or -1 when a code is wrong. */
static int round_trip(const char *dir, const char *salt, int save) {
    patcache_key k = key_of(salt);
    patcache *c = patcache_open(dir, "t", KEEP, &k);
    if (!c) return -1;
    pcre2_code *re[NPATS];
    pcre2_match_data *md = pcre2_match_data_create(4, NULL);
    int ok = md != NULL;
    const char *text = "She SAID he told them what Acme claimed.";
    for (int i = 0; i < NPATS; i++) {
        int code;
        PCRE2_SIZE off;
        re[i] = patcache_compile(c, pats[i], OPTS, &code, &off);
        if (!re[i] || pcre2_match(re[i], (PCRE2_SPTR)text, strlen(text), 0, 0, md, NULL) < 0)
            ok = 0;
    }
    int r = (int)(patcache_hits(c) * 100 + patcache_misses(c));
    patcache_close(c, save);
    for (int i = 0; i < NPATS; i++) pcre2_code_free(re[i]);
    pcre2_match_data_free(md);
    return ok ? r : -1;
}

static char *file_of(const char *dir, const char *salt) {
    patcache_key k = key_of(salt);
    patcache *c = patcache_open(dir, "t", KEEP, &k);
    char *p = c ? strdup(patcache_file(c)) : NULL;
    patcache_close(c, 0);
    return p;
}

static unsigned char *slurp(const char *path, size_t *n) {
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    unsigned char *b = malloc(1 << 22);
    *n = b ? fread(b, 1, 1 << 22, f) : 0;
    fclose(f);
    return b;
}

static int spit(const char *path, const unsigned char *b, size_t n) {
    FILE *f = fopen(path, "wb");
    if (!f) return -1;
    size_t k = n ? fwrite(b, 1, n, f) : 0;
    return fclose(f) == 0 && k == n ? 0 : -1;
}

/* Recompute the payload's checksum: damage PCRE2 must be shown, not the
 * checksum. */
static void reseal(unsigned char *b, size_t n) {
    patcache_key sum = patcache_checksum(b, n);
    memcpy(b + 40, &sum.a, 8);
    memcpy(b + 48, &sum.b, 8);
}

/* Write a good file, damage it with `how`, and check that the next run
 * compiles everything, gets right codes, and rewrites the file whole. */
static int survives(void (*how)(unsigned char *b, size_t *n)) {
    char dir[96];
    fresh_dir(dir, sizeof dir);
    if (round_trip(dir, "k", 1) != NPATS) return 0;
    char *path = file_of(dir, "k");
    size_t n = 0;
    unsigned char *b = path ? slurp(path, &n) : NULL;
    int ok = b && n > HEADER;
    if (ok) {
        how(b, &n);
        ok = spit(path, b, n) == 0 && round_trip(dir, "k", 1) == NPATS &&
             round_trip(dir, "k", 1) == NPATS * 100;
    }
    free(b);
    free(path);
    return ok;
}

static void truncate_half(unsigned char *b, size_t *n) { (void)b; *n /= 2; }
static void truncate_one(unsigned char *b, size_t *n) { (void)b; *n -= 1; }
static void zero_length(unsigned char *b, size_t *n) { (void)b; *n = 0; }
static void header_only(unsigned char *b, size_t *n) { (void)b; *n = HEADER; }
static void flip_payload(unsigned char *b, size_t *n) { b[*n - 100] ^= 0x10; }
static void flip_record(unsigned char *b, size_t *n) { (void)n; b[HEADER + 30] ^= 1; }
static void flip_magic(unsigned char *b, size_t *n) { (void)n; b[0] ^= 0x20; }
static void wrong_format(unsigned char *b, size_t *n) { (void)n; b[8] += 1; }
static void more_codes(unsigned char *b, size_t *n) { (void)n; b[12] += 1; }
static void long_payload(unsigned char *b, size_t *n) { (void)n; b[16] += 1; }
static void wrong_key(unsigned char *b, size_t *n) { (void)n; b[24] ^= 0x80; }
/* sealed again: only PCRE2's or the records' own checks can tell */
static void pcre_magic(unsigned char *b, size_t *n) {
    b[HEADER + NPATS * RECORD] ^= 0xff;
    reseal(b, *n);
}
static void pcre_count(unsigned char *b, size_t *n) {
    /* PCRE2's stream starts with magic, version, config, then the count */
    b[HEADER + NPATS * RECORD + 12] += 1;
    reseal(b, *n);
}
static void record_options(unsigned char *b, size_t *n) {
    b[HEADER + 16] ^= 0x08;          /* the options PCRE2 reports differ */
    reseal(b, *n);
}
static void record_size(unsigned char *b, size_t *n) {
    b[HEADER + RECORD + 8] += 1;     /* the second code's size */
    reseal(b, *n);
}
static void record_size_huge(unsigned char *b, size_t *n) {
    uint64_t huge = ~(uint64_t)0 - 500;   /* would wrap a careless sum */
    memcpy(b + HEADER + 8, &huge, 8);
    reseal(b, *n);
}
static void garbage(unsigned char *b, size_t *n) {
    for (size_t i = 0; i < *n; i++) b[i] = (unsigned char)(i * 131 + 7);
}

TEST(miss_writes_hit_reads) {
    char dir[96];
    fresh_dir(dir, sizeof dir);
    CHECK(round_trip(dir, "k", 0) == NPATS);       /* no save: nothing written */
    char *path = file_of(dir, "k");
    CHECK(path);
    int absent = access(path, F_OK) != 0;
    free(path);
    CHECK(absent);
    CHECK(round_trip(dir, "k", 1) == NPATS);
    CHECK(round_trip(dir, "k", 1) == NPATS * 100);
    CHECK(round_trip(dir, "k", 1) == NPATS * 100);
    CHECK(round_trip(dir, "other", 1) == NPATS);   /* another key: another file */
}

TEST(a_code_is_only_given_for_its_own_pattern) {
    char dir[96];
    fresh_dir(dir, sizeof dir);
    CHECK(round_trip(dir, "k", 1) == NPATS);
    patcache_key k = key_of("k");
    patcache *c = patcache_open(dir, "t", KEEP, &k);
    CHECK(c);
    int code;
    PCRE2_SIZE off;
    /* the same text with other options, and another text: both compiled */
    pcre2_code *a = patcache_compile(c, pats[0], OPTS | PCRE2_ANCHORED, &code, &off);
    pcre2_code *b = patcache_compile(c, "said", OPTS, &code, &off);
    pcre2_code *d = patcache_compile(c, pats[2], OPTS, &code, &off);
    pcre2_code *bad = patcache_compile(c, "(said", OPTS, &code, &off);
    size_t hits = patcache_hits(c), misses = patcache_misses(c);
    patcache_close(c, 1);
    pcre2_code_free(a);
    pcre2_code_free(b);
    pcre2_code_free(d);
    CHECK(!bad && code == PCRE2_ERROR_MISSING_CLOSING_PARENTHESIS);
    CHECK(hits == 1 && misses == 2);
    /* the file now holds what this run asked for */
    c = patcache_open(dir, "t", KEEP, &k);
    a = patcache_compile(c, pats[0], OPTS | PCRE2_ANCHORED, &code, &off);
    hits = patcache_hits(c);
    patcache_close(c, 0);
    pcre2_code_free(a);
    CHECK(hits == 1);
}

TEST(damaged_files_are_misses) {
    CHECK(survives(truncate_half));
    CHECK(survives(truncate_one));
    CHECK(survives(zero_length));
    CHECK(survives(header_only));
    CHECK(survives(flip_payload));
    CHECK(survives(flip_record));
    CHECK(survives(flip_magic));
    CHECK(survives(wrong_format));
    CHECK(survives(more_codes));
    CHECK(survives(long_payload));
    CHECK(survives(wrong_key));
    CHECK(survives(pcre_magic));
    CHECK(survives(pcre_count));
    CHECK(survives(record_options));
    CHECK(survives(record_size));
    CHECK(survives(record_size_huge));
    CHECK(survives(garbage));
}

TEST(unwritable_and_unreadable_places) {
    char dir[96], sub[128];
    /* the folder cannot be made: a file stands where a parent should be */
    fresh_dir(dir, sizeof dir);
    CHECK(mkdir(dir, 0700) == 0);
    snprintf(sub, sizeof sub, "%s/file", dir);
    CHECK(spit(sub, (const unsigned char *)"x", 1) == 0);
    snprintf(sub, sizeof sub, "%s/file/claimlens", dir);
    CHECK(round_trip(sub, "k", 1) == NPATS);
    CHECK(round_trip(sub, "k", 1) == NPATS);
    /* the file's name is taken by a folder: not read, not replaced */
    fresh_dir(dir, sizeof dir);
    CHECK(round_trip(dir, "k", 1) == NPATS);
    char *path = file_of(dir, "k");
    CHECK(path);
    int made = unlink(path) == 0 && mkdir(path, 0700) == 0;
    free(path);
    CHECK(made);
    CHECK(round_trip(dir, "k", 1) == NPATS);
    CHECK(round_trip(dir, "k", 1) == NPATS);
    /* a folder without write permission (root writes anyway) */
    fresh_dir(dir, sizeof dir);
    CHECK(mkdir(dir, 0500) == 0);
    CHECK(round_trip(dir, "k", 1) == NPATS);
    int r = round_trip(dir, "k", 1);
    chmod(dir, 0700);
    CHECK(r == (geteuid() == 0 ? NPATS * 100 : NPATS));
}

TEST(old_files_are_pruned) {
    char dir[96];
    fresh_dir(dir, sizeof dir);
    char salt[16];
    for (int i = 0; i < KEEP + 3; i++) {
        snprintf(salt, sizeof salt, "k%d", i);
        CHECK(round_trip(dir, salt, 1) == NPATS);
    }
    /* the newest, just written, always stays */
    CHECK(round_trip(dir, salt, 1) == NPATS * 100);
    int kept = 0;
    for (int i = 0; i < KEEP + 3; i++) {
        snprintf(salt, sizeof salt, "k%d", i);
        char *p = file_of(dir, salt);
        kept += p && access(p, F_OK) == 0;
        free(p);
    }
    CHECK(kept == KEEP);
}

TEST(the_switch_and_the_folder) {
    char buf[256];
    const char *keep_home = getenv("HOME"), *keep_xdg = getenv("XDG_CACHE_HOME");
    char *home = keep_home ? strdup(keep_home) : NULL, *xdg = keep_xdg ? strdup(keep_xdg) : NULL;
    setenv("HOME", "/home/someone", 1);
    setenv("XDG_CACHE_HOME", "/var/cache/x", 1);
    unsetenv("CLAIMLENS_CACHE");
    int a = patcache_dir(buf, sizeof buf) == 0 && strcmp(buf, "/var/cache/x/claimlens") == 0;
    setenv("XDG_CACHE_HOME", "relative", 1);
    int b = patcache_dir(buf, sizeof buf) == 0 && strcmp(buf, "/home/someone/.cache/claimlens") == 0;
    setenv("CLAIMLENS_CACHE", "off", 1);
    int c = patcache_dir(buf, sizeof buf) < 0;
    setenv("CLAIMLENS_CACHE", "0", 1);
    int d = patcache_dir(buf, sizeof buf) < 0;
    setenv("CLAIMLENS_CACHE", "1", 1);
    int e = patcache_dir(buf, sizeof buf) == 0;
    unsetenv("CLAIMLENS_CACHE");
    if (home) setenv("HOME", home, 1);
    if (xdg) setenv("XDG_CACHE_HOME", xdg, 1);
    else unsetenv("XDG_CACHE_HOME");
    free(home);
    free(xdg);
    CHECK(a && b && c && d && e);
}

static int count_files(const char *dir, const char *glob) {
    char cmd[200];
    int n = -1;
    snprintf(cmd, sizeof cmd, "ls %s/%s 2>/dev/null | wc -l", dir, glob);
    FILE *p = popen(cmd, "r");
    if (p) {
        if (fscanf(p, "%d", &n) != 1) n = -1;
        pclose(p);
    }
    return n;
}

/* The shipped packs' JSON for a text, with or without a cache folder. */
static char *analysed(const char *dir, const char *text) {
    char err[512];
    ruleset *rs = ruleset_new();
    if (!rs || (dir && ruleset_set_cache(rs, dir) < 0) ||
        ruleset_add_dir(rs, "rules", err, sizeof err) < 0 ||
        ruleset_finish(rs, err, sizeof err) < 0) {
        ruleset_free(rs);
        return NULL;
    }
    annotations got;
    annotations_init(&got);
    strbuf out;
    strbuf_init(&out);
    int rc = analyse(rs, text, strlen(text), 0, strlen(text), &got, err, sizeof err);
    json_out_document(&out, "t", text, &got, NULL);
    annotations_free(&got);
    ruleset_free(rs);
    char *s = rc == 0 && !out.oom ? strndup(out.s, out.len) : NULL;
    strbuf_free(&out);
    return s;
}

TEST(a_rule_set_with_a_cache_finds_the_same) {
    char dir[96];
    fresh_dir(dir, sizeof dir);
    const char *text =
        "Officials said on Monday that the talks had failed, according to two people "
        "familiar with the matter. The union has claimed, without evidence, that pay "
        "fell. It demands a 5% rise and shorter shifts. The company denied it.";
    char *plain = analysed(NULL, text);
    char *cold = analysed(dir, text);
    char *warm = analysed(dir, text);
    int files = count_files(dir, "rules-*.pcre2");
    int same = plain && cold && warm && strcmp(plain, cold) == 0 && strcmp(plain, warm) == 0;
    int found = plain && strstr(plain, "\"claim\"") != NULL;
    free(plain);
    free(cold);
    free(warm);
    CHECK(same);
    CHECK(found);
    CHECK(files == 1);
}

/* Load one pack into a new set with a cache; its error (or "") and
 * whether a pattern may start outside a word. */
static int load_pack(const char *dir, const char *json, char *err, size_t n, int *odd) {
    ruleset *rs = ruleset_new();
    err[0] = '\0';
    int rc = rs && ruleset_set_cache(rs, dir) == 0 ? 0 : -2;
    if (rc == 0) rc = ruleset_add_json(rs, json, strlen(json), "mine.json", err, n);
    *odd = rs ? rs->odd_start : -1;
    ruleset_free(rs);
    return rc;
}

TEST(checked_packs_answer_as_a_compile_does) {
    char dir[96], e1[256], e2[256];
    int odd1 = 0, odd2 = 0;
    fresh_dir(dir, sizeof dir);
    const char *odd = "{\"name\": \"o\", \"version\": 1, \"cues\": [\"said\", \"(?:^|-)x\"]}";
    const char *bad = "{\"name\": \"b\", \"version\": 1, \"cues\": [\"said\", \"(told\"]}";
    CHECK(load_pack(dir, odd, e1, sizeof e1, &odd1) == 0);
    CHECK(count_files(dir, "pack-*.pcre2") == 1);
    CHECK(load_pack(dir, odd, e2, sizeof e2, &odd2) == 0);
    CHECK(odd1 == 1 && odd2 == 1);
    /* a pack with an error is never written, and errs the same each time */
    CHECK(load_pack(dir, bad, e1, sizeof e1, &odd1) < 0);
    CHECK(load_pack(dir, bad, e2, sizeof e2, &odd2) < 0);
    CHECK(strstr(e1, "cues[1]") && strcmp(e1, e2) == 0);
    CHECK(count_files(dir, "pack-*.pcre2") == 1);
}

int main(void) {
    snprintf(root, sizeof root, "/tmp/claimlens-patcache-XXXXXX");
    if (!mkdtemp(root)) {
        perror("mkdtemp");
        return 1;
    }
    RUN(miss_writes_hit_reads);
    RUN(a_code_is_only_given_for_its_own_pattern);
    RUN(damaged_files_are_misses);
    RUN(unwritable_and_unreadable_places);
    RUN(old_files_are_pruned);
    RUN(the_switch_and_the_folder);
    RUN(a_rule_set_with_a_cache_finds_the_same);
    RUN(checked_packs_answer_as_a_compile_does);
    char cmd[128];
    snprintf(cmd, sizeof cmd, "rm -rf %s", root);
    if (system(cmd) != 0) fprintf(stderr, "could not remove %s\n", root);
    return CHECK_DONE();
}
