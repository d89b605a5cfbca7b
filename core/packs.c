/* packs.c -- find and load rule packs. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "packs.h"
#include "patcache.h"

void msglist_add(msglist *m, const char *msg) {
    char **v = realloc(m->v, (m->n + 1) * sizeof *v);
    if (!v) return;
    m->v = v;
    m->v[m->n] = strdup(msg);
    if (m->v[m->n]) m->n++;
}

void msglist_free(msglist *m) {
    for (size_t i = 0; i < m->n; i++) free(m->v[i]);
    free(m->v);
    m->v = NULL;
    m->n = 0;
}

static int is_dir(const char *path) {
    struct stat st;
    return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

int packs_default_dir(char *buf, size_t n) {
    const char *env = getenv("CLAIMLENS_RULES");
    if (env && *env) {
        snprintf(buf, n, "%s", env);
        return 0;
    }
    char exe[4096];
    ssize_t len = readlink("/proc/self/exe", exe, sizeof exe - 1);
    if (len <= 0) return -1;
    exe[len] = '\0';
    char *slash = strrchr(exe, '/');
    if (!slash) return -1;
    *slash = '\0';                       /* exe is now the binary's folder */
    static const char *tries[] = {"%s/../rules", "%s/../share/claimlens/rules"};
    for (size_t i = 0; i < sizeof tries / sizeof *tries; i++) {
        snprintf(buf, n, tries[i], exe);
        if (is_dir(buf)) return 0;
    }
    return -1;
}

ruleset *packs_load(const char *dir, const char *const *user, size_t nuser,
                    int cached, msglist *errors) {
    char err[1024];
    ruleset *rs = ruleset_new();
    char cache[4096];
    if (rs && cached && patcache_dir(cache, sizeof cache) == 0 && ruleset_set_cache(rs, cache) < 0) {
        ruleset_free(rs);
        rs = NULL;
    }
    if (!rs) {
        msglist_add(errors, "out of memory");
        return NULL;
    }
    if (ruleset_add_dir(rs, dir, err, sizeof err) < 0) {
        msglist_add(errors, err);
        ruleset_free(rs);
        return NULL;
    }
    for (size_t i = 0; i < nuser; i++)
        if (ruleset_add_file(rs, user[i], err, sizeof err) < 0)
            msglist_add(errors, err);
    if (ruleset_finish(rs, err, sizeof err) < 0) {
        msglist_add(errors, err);
        ruleset_free(rs);
        return NULL;
    }
    return rs;
}
