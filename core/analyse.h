/* analyse.h -- run every analyser over a window of text. */
#ifndef CLAIMLENS_ANALYSE_H
#define CLAIMLENS_ANALYSE_H

#include <stddef.h>
#include "annotation.h"
#include "rules.h"

/* The furthest back, in bytes, any analyser looks from what it annotates
 * (a pronoun's antecedent, "the official" pointing at an unnamed source).
 * A caller that analyses part of a text gives at least this much before
 * it as context, or it finds other things than one pass over the whole. */
#define ANALYSE_LOOKBACK_BYTES 4000
/* The furthest ahead, from the end of a sentence, any analyser looks (a
 * rebuttal, a response, a list item, the same word used as a name). */
#define ANALYSE_LOOKAHEAD_BYTES 4000

/* A caller keeps at most this many findings of one paragraph. */
#define ANALYSE_MAX_FINDINGS 10000

/* Analyse `text` (len bytes; may hold invalid UTF-8 and NUL bytes) and
 * append to `out` every annotation whose start lies in [from, to), but
 * for a paragraph with far more than ANALYSE_MAX_FINDINGS only its first
 * ones (still more than that many, so the caller sees the cut).  Text
 * outside [from, to) is context only (antecedents, rebuttals, quotes that
 * run on).  Offsets are into `text`.  Returns 0, or -1 with `err` filled
 * (out of memory, a PCRE2 limit hit); what was found so far stays in out. */
int analyse(const ruleset *rs, const char *text, size_t len,
            size_t from, size_t to, annotations *out,
            char *err, size_t errlen);

#endif
