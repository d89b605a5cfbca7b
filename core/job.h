/* job.h -- the pending analysis of one buffer, done in slices: the
 * paragraphs on screen first, then the rest, so the server reads the
 * editor's input between slices and a newer edit overtakes stale work.  A
 * client that takes parts (doc/protocol.md) gets the result pushed slice by
 * slice; any other gets it in one push at the end. */
#ifndef CLAIMLENS_JOB_H
#define CLAIMLENS_JOB_H

#include <msgpack.h>
#include <stddef.h>

/* What a client said about results in `hello` (server.parts). */
enum { PARTS_NONE, PARTS_MAPS, PARTS_PACKED };

typedef struct job {
    int active;              /* prepared, slices under way */
    long long tick;          /* the tick the result carries */
    int full;                /* the result replaces every mark */
    int in_parts;            /* PARTS_*: the client takes parts, packed */
    int stage;               /* 0: focus, 1: before it, 2: after it, 3: done */
    size_t focus0, focus1;   /* paragraphs on screen, [focus0, focus1) */
    size_t next;             /* next paragraph of the stage */
    int parts;               /* parts pushed so far */
    char err[512];           /* the first analysis error, pushed at the end */
    /* the part being built: finished ranges, then the open range, then
     * the paragraph being added */
    msgpack_sbuffer ranges, run, one;
    size_t nranges, nann;
    size_t run_n, run_first, run_last, run_next;
} job;

void job_init(job *j);
void job_free(job *j);

struct server;
struct buffer;
struct noteset;

/* Do one slice of b's pending analysis and push what is ready; clears
 * b->pending when the result is complete. */
void job_step(struct server *s, struct buffer *b);

/* A whole result in one object: every annotation when `full`, else the
 * paragraphs the editor does not have.  The caller marks it sent. */
void job_pack_whole(msgpack_packer *pk, struct buffer *b,
                    const struct noteset *notes, int full);

#endif
