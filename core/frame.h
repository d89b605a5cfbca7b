/* frame.h -- find where each msgpack message ends from its headers alone,
 * before decoding it.  Knowing the announced size up front lets the server
 * refuse a 1 GB message without buffering it, and skip exactly its bytes
 * so the stream stays in step. */
#ifndef CLAIMLENS_FRAME_H
#define CLAIMLENS_FRAME_H

#include <stddef.h>
#include <stdint.h>

typedef struct framer {
    uint64_t objects;        /* objects whose header is still to come */
    uint64_t skip;           /* payload bytes still to pass */
    uint64_t seen;           /* bytes of this message so far */
    unsigned char hdr[9];    /* a header split across reads */
    size_t nhdr;
} framer;

typedef enum frame_status {
    FRAME_MORE,              /* the message goes on past these bytes */
    FRAME_DONE,              /* a message ended */
    FRAME_INVALID            /* a byte no msgpack message starts with */
} frame_status;

void framer_init(framer *f);
/* Feed up to n bytes; *used says how many were taken (up to the end of
 * a message when FRAME_DONE, up to the bad byte inclusive if INVALID). */
frame_status framer_feed(framer *f, const unsigned char *p, size_t n,
                         size_t *used);
/* The least size the current message can have, given its headers. */
uint64_t framer_least_size(const framer *f);

#endif
