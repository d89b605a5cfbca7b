/* rules.h -- the rule set: cue verbs, source descriptors, markers, demand
 * cues and actor aliases, loaded from JSON rule packs with PCRE2 patterns.
 * The set is immutable once built; a reload builds a new set and swaps it
 * in only when every pack loaded, so a bad pack never costs working rules. */
#ifndef CLAIMLENS_RULES_H
#define CLAIMLENS_RULES_H

#include <stddef.h>

typedef struct ruleset ruleset;

ruleset *ruleset_new(void);
void ruleset_free(ruleset *rs);

/* Add one pack.  On error returns -1, leaves `rs` as it was and writes a
 * message naming the file, the rule and (for a pattern) the offset. */
int ruleset_add_file(ruleset *rs, const char *path, char *err, size_t errlen);
int ruleset_add_json(ruleset *rs, const char *json, size_t len,
                     const char *origin, char *err, size_t errlen);
/* Add every *.json in `dir`, in name order. */
int ruleset_add_dir(ruleset *rs, const char *dir, char *err, size_t errlen);
/* Keep compiled patterns in `dir` between runs (patcache.h): each pack's
 * checked entries, read and written by the adds, and the one pass, by
 * ruleset_finish.  NULL (the default): compile every time.  Set it before
 * the first add.  -1 out of memory. */
int ruleset_set_cache(ruleset *rs, const char *dir);
/* Compile what needs every pack at once.  Call after the last add. */
int ruleset_finish(ruleset *rs, char *err, size_t errlen);

size_t ruleset_pack_count(const ruleset *rs);
const char *ruleset_pack_name(const ruleset *rs, size_t i);

/* One PCRE2 alternation of every reporting cue word in the set: the
 * benchmark's "one regex pass" baseline.  Owned by the set. */
const char *ruleset_cue_alternation(const ruleset *rs);

#endif
