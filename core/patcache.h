/* patcache.h -- compiled rule patterns kept on disk between runs.
 *
 * Compiling the shipped packs was nine tenths of a start (the one pass
 * is some hundreds of kilobytes of pattern, and each entry is compiled
 * alone to be checked), and every process compiled the same thing.  An
 * entry is one file per group of codes compiled together (a rule set's
 * one pass, one pack's entries), named by a key over everything that
 * shapes them: the pattern sources, the core's version, PCRE2's version
 * and build defaults, the host's word sizes.  Each code in it also
 * carries a fingerprint of the exact pattern text and options it was
 * compiled from, so a code is only ever handed out for the pattern it
 * came from, whatever the key.
 *
 * PCRE2 does not check serialised code for corruption, so the file's
 * payload carries a checksum verified before decoding.  Whatever is wrong
 * with a file -- missing, short, flipped, of another version, unreadable,
 * unwritable -- the patterns are compiled as without a cache, and the
 * file is rewritten when it can be: the cache never changes a result.
 * (The checksum catches damage, not malice: a file forged to pass it
 * could mislead PCRE2, but only someone who can write the user's own
 * cache folder, made private, can put one there.)
 * Writes go to a temporary name in the same folder and are renamed into
 * place, so two processes starting at once each see a whole file or
 * none.  JIT code cannot be serialised; callers JIT-compile as before. */
#ifndef CLAIMLENS_PATCACHE_H
#define CLAIMLENS_PATCACHE_H

#include <stddef.h>
#include <stdint.h>
#include "analysers.h"

typedef struct patcache_key {
    uint64_t a, b;
} patcache_key;

typedef struct patcache patcache;

/* The cache folder: $XDG_CACHE_HOME/claimlens, else ~/.cache/claimlens.
 * -1 when the cache is turned off ($CLAIMLENS_CACHE is 0, off, no or
 * false) or there is no home to put it in. */
int patcache_dir(char *buf, size_t n);

/* A key starts from the core's and PCRE2's versions and the host's word
 * sizes; add every input that shapes the codes, each as one call. */
void patcache_key_init(patcache_key *k);
void patcache_key_add(patcache_key *k, const void *p, size_t n);

/* The entry for key `k` in folder `dir`, with its codes when its file is
 * sound (else empty).  Its file is named "<kind>-<key>.pcre2"; writing it
 * deletes all but the newest `keep` files of its kind (other pack sets,
 * older versions).  NULL only when out of memory. */
patcache *patcache_open(const char *dir, const char *kind, size_t keep,
                        const patcache_key *k);

/* pcre2_compile of `pat` with `options`, or the cached code compiled from
 * the same text with the same options.  The caller owns the code, and
 * must keep it until patcache_close.  With c NULL, a plain compile. */
pcre2_code *patcache_compile(patcache *c, const char *pat, uint32_t options,
                             int *code, PCRE2_SIZE *off);

/* The caller is done with a code it got from patcache_compile: freed now,
 * or (c not NULL) on closing, after the file is written. */
void patcache_release(patcache *c, pcre2_code *re);

/* Free the entry.  With `save`, first write its file when this run
 * compiled anything the file did not have (best effort, errors ignored):
 * the codes it handed out, in order. */
void patcache_close(patcache *c, int save);

/* The checksum a file of n bytes carries: over every byte but its own
 * (for tests that forge a file). */
patcache_key patcache_checksum(const void *file, size_t n);

/* For tests: the entry's file, and how many codes it
 * handed out from the file and how many it had to compile. */
const char *patcache_file(const patcache *c);
size_t patcache_hits(const patcache *c);
size_t patcache_misses(const patcache *c);

#endif
