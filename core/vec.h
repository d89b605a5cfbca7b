/* vec.h -- growing arrays of any element type. */
#ifndef CLAIMLENS_VEC_H
#define CLAIMLENS_VEC_H

#include <stdlib.h>

/* Makes room for `need` elements of `size` bytes in *v, whose room is
 * *cap, doubling from `first`.  On failure *v and *cap are left as they
 * were (still owned by the caller) and -1 is returned. */
static inline int vec_grow(void **v, size_t *cap, size_t need, size_t size, size_t first) {
    if (need <= *cap) return 0;
    size_t c = *cap ? *cap : first;
    while (c < need) c *= 2;
    void *nv = realloc(*v, c * size);
    if (!nv) return -1;
    *v = nv;
    *cap = c;
    return 0;
}

#endif
