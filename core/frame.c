/* frame.c -- see frame.h.  A message is one object; arrays and maps add
 * their elements to the count still to read, so nesting needs no stack. */
#include <string.h>
#include "frame.h"

void framer_init(framer *f) {
    memset(f, 0, sizeof *f);
    f->objects = 1;
}

uint64_t framer_least_size(const framer *f) {
    return f->seen + f->skip + f->objects;   /* each object takes a byte */
}

/* Bytes a header takes, known from its first byte (0: invalid). */
static size_t header_len(unsigned char b) {
    if (b <= 0xbf || b >= 0xe0) return 1;        /* fix types */
    static const unsigned char len[0x20] = {
        /* c0 nil */ 1, /* c1 */ 0, 1, 1,
        /* c4-c6 bin */ 2, 3, 5, /* c7-c9 ext */ 2, 3, 5,
        /* ca cb float */ 1, 1, /* cc-cf uint */ 1, 1, 1, 1,
        /* d0-d3 int */ 1, 1, 1, 1, /* d4-d8 fixext */ 1, 1, 1, 1, 1,
        /* d9-db str */ 2, 3, 5, /* dc dd array */ 3, 5, /* de df map */ 3, 5};
    return len[b - 0xc0];
}

static uint64_t be(const unsigned char *p, size_t n) {
    uint64_t v = 0;
    for (size_t i = 0; i < n; i++) v = (v << 8) | p[i];
    return v;
}

/* Account for one complete header: children to read, payload to skip. */
static void take_header(framer *f, const unsigned char *h) {
    unsigned char b = h[0];
    uint64_t children = 0, payload = 0;
    if (b >= 0x80 && b <= 0x8f) children = 2u * (b & 0x0f);
    else if (b >= 0x90 && b <= 0x9f) children = b & 0x0f;
    else if (b >= 0xa0 && b <= 0xbf) payload = b & 0x1f;
    else if (b >= 0xc4 && b <= 0xc6) payload = be(h + 1, header_len(b) - 1);
    else if (b >= 0xc7 && b <= 0xc9) payload = be(h + 1, header_len(b) - 1) + 1;  /* + type */
    else if (b == 0xca) payload = 4;
    else if (b == 0xcb) payload = 8;
    else if (b >= 0xcc && b <= 0xcf) payload = 1u << (b - 0xcc);
    else if (b >= 0xd0 && b <= 0xd3) payload = 1u << (b - 0xd0);
    else if (b >= 0xd4 && b <= 0xd8) payload = (1u << (b - 0xd4)) + 1;
    else if (b >= 0xd9 && b <= 0xdb) payload = be(h + 1, header_len(b) - 1);
    else if (b == 0xdc || b == 0xdd) children = be(h + 1, header_len(b) - 1);
    else if (b == 0xde || b == 0xdf) children = 2 * be(h + 1, header_len(b) - 1);
    f->objects = f->objects - 1 + children;
    f->skip = payload;
}

frame_status framer_feed(framer *f, const unsigned char *p, size_t n,
                         size_t *used) {
    size_t i = 0;
    while (i < n) {
        if (f->skip) {
            uint64_t k = f->skip < n - i ? f->skip : n - i;
            f->skip -= k;
            f->seen += k;
            i += (size_t)k;
        } else if (f->objects == 0) {
            break;
        } else {
            if (f->nhdr == 0 && !header_len(p[i])) {
                *used = i + 1;
                return FRAME_INVALID;
            }
            f->hdr[f->nhdr++] = p[i++];
            f->seen++;
            if (f->nhdr == header_len(f->hdr[0])) {
                take_header(f, f->hdr);
                f->nhdr = 0;
            }
        }
        if (f->objects == 0 && f->skip == 0) break;
    }
    *used = i;
    return f->objects == 0 && f->skip == 0 ? FRAME_DONE : FRAME_MORE;
}
