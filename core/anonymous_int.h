/* anonymous_int.h -- private to anonymous.c, anonymous_back.c and
 * anonymous_unprompted.c: the limits and the helpers the three share.
 * The analyser's public face stays in analysers.h; nothing else may
 * include this. */
#ifndef CLAIMLENS_ANONYMOUS_INT_H
#define CLAIMLENS_ANONYMOUS_INT_H

#include "analysers.h"

#define RIGHT_MAX_TOKENS 8
#define SUBJECT_MAX_TOKENS 5   /* "The two senior employees" */
#define DEFINITE_BYTES 3800   /* how far back "the official" looks for its source (within ANALYSE_LOOKBACK_BYTES) */
#define DEFINITE_LOOKBACK 64  /* annotations it searches */

/* anonymous.c */
/* An unnamed source's phrase at `sp`, `count` people (-1: unsaid). */
np_info unnamed_np(span sp, int count);
/* Does an unnamed source given already overlap sp? */
int already_unnamed(actx *c, span sp);
int emit_unnamed(actx *c, size_t a, size_t b);
int left_ok(const actx *c, size_t i);
int taken_up_later(actx *c, size_t a, size_t head);
/* Does a cue, a hit of section sec, an anonymity marker or reason start
 * at byte at? */
int cue_starts_at(const actx *c, size_t at);
int section_starts_at(const actx *c, size_t at, int sec);
int marker_starts_at(const actx *c, size_t at);
const annotation *anon_in_sentence(const actx *c, size_t first, size_t at);
int add_claim_here(actx *c, span source, span refers, size_t cue, size_t after);

/* anonymous_back.c */
int pronoun_back(actx *c);
annotation *named_claim(annotations *o, size_t i);
int pronoun_sources(actx *c, size_t first);
int possessed_back(actx *c, size_t first);
int count_back(actx *c);
int people_noun(const actx *c, const tok *k);
int subject_marked(actx *c);
span head_word(const actx *c, span sp);
int same_head(const actx *c, span a, span b);
int drop_anonymous(actx *c, span sp, size_t before);
int definite_back(actx *c, size_t first);

/* anonymous_unprompted.c */
int with_warning(actx *c);
int interviewed_people(actx *c);
int leaked_by(actx *c);
int with_one(actx *c, size_t first);
int marked_after(actx *c, size_t first);
void postmodifier_sources(actx *c, size_t first);
int unlisted_verb(actx *c);
int inverted_unlisted(actx *c);
int headline_sources(actx *c);
int headline_bare(actx *c, size_t first);
int demand_subjects(actx *c);
int definite_demand_subjects(actx *c);
int pronoun_demand_subjects(actx *c);
size_t quote_then_word(const char *t, size_t i, size_t e);
int described_then_speaks(actx *c);
void named_after_all(actx *c, size_t first);

#endif
