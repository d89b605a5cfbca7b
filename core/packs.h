/* packs.h -- where the shipped rule packs live and how a rule set is built
 * from them plus the user's own packs. */
#ifndef CLAIMLENS_PACKS_H
#define CLAIMLENS_PACKS_H

#include <stddef.h>
#include "rules.h"

typedef struct msglist {
    char **v;
    size_t n;
} msglist;

void msglist_add(msglist *m, const char *msg);
void msglist_free(msglist *m);

/* The shipped packs: $CLAIMLENS_RULES, else rules/ beside the binary's
 * folder (a build tree), else share/claimlens/rules under its prefix. */
int packs_default_dir(char *buf, size_t n);

/* The shipped packs from `dir` plus each user pack.  A user pack that
 * fails is named in `errors` and left out; NULL only when the shipped
 * packs themselves fail (the reason is in `errors`).  With `cached`, the
 * compiled patterns are kept in the user's pattern cache unless the
 * environment turns it off (patcache_dir); without, it is not touched. */
ruleset *packs_load(const char *dir, const char *const *user, size_t nuser,
                    int cached, msglist *errors);

#endif
