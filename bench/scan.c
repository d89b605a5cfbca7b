/* scan.c -- the benchmark's "one regex pass" baseline: read a file and count
 * the matches of one PCRE2 pattern, JIT-compiled with the core's flags.
 *
 *     scan PATTERN-FILE TEXT-FILE     prints the match count
 *
 * The pattern is the rule packs' cue alternation (`claimlens cues`).  The
 * run is timed from outside, as a whole process, like `claimlens check`. */
#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
#include <stdio.h>
#include <stdlib.h>

static char *slurp(const char *path, size_t *len) {
    FILE *f = fopen(path, "rb");
    if (!f) {
        perror(path);
        exit(2);
    }
    size_t cap = 1 << 16, n = 0, got;
    char *s = malloc(cap);
    while (s && (got = fread(s + n, 1, cap - n, f)) > 0) {
        n += got;
        if (n == cap) s = realloc(s, cap *= 2);
    }
    fclose(f);
    if (!s) exit(2);
    s[n] = 0; /* n < cap: the buffer grows when full */
    *len = n;
    return s;
}

int main(int argc, char **argv) {
    if (argc != 3) {
        fputs("usage: scan PATTERN-FILE TEXT-FILE\n", stderr);
        return 2;
    }
    size_t plen, tlen;
    char *pat = slurp(argv[1], &plen);
    while (plen && (pat[plen - 1] == '\n' || pat[plen - 1] == '\r')) pat[--plen] = 0;
    char *text = slurp(argv[2], &tlen);

    int code;
    PCRE2_SIZE off;
    pcre2_code *re = pcre2_compile((PCRE2_SPTR)pat, plen,
                                   PCRE2_UTF | PCRE2_MATCH_INVALID_UTF | PCRE2_CASELESS,
                                   &code, &off, NULL);
    if (!re) {
        PCRE2_UCHAR msg[256];
        pcre2_get_error_message(code, msg, sizeof msg);
        fprintf(stderr, "scan: pattern error at %zu: %s\n", (size_t)off, msg);
        return 2;
    }
    if (pcre2_jit_compile(re, PCRE2_JIT_COMPLETE) != 0) fputs("scan: no JIT\n", stderr);
    pcre2_match_data *md = pcre2_match_data_create_from_pattern(re, NULL);

    size_t count = 0, at = 0;
    while (at <= tlen) {
        int rc = pcre2_match(re, (PCRE2_SPTR)text, tlen, at, 0, md, NULL);
        if (rc < 0) break;
        PCRE2_SIZE *ov = pcre2_get_ovector_pointer(md);
        count++;
        at = ov[1] > ov[0] ? ov[1] : ov[1] + 1;
        while (at < tlen && ((unsigned char)text[at] & 0xC0) == 0x80) at++;
    }
    printf("%zu\n", count);
    pcre2_match_data_free(md);
    pcre2_code_free(re);
    free(text);
    free(pat);
    return 0;
}
