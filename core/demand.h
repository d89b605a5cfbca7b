/* demand.h -- private to the demand analyser (demands.c, demand_items.c,
 * demand_actor.c): the demand being built and the rules one part of it
 * asks of another, so that each file can keep to one concern. */
#ifndef CLAIMLENS_DEMAND_H
#define CLAIMLENS_DEMAND_H

#include "analysers.h"

typedef struct demand {
    annotation a;
    int shape;
    size_t first, lim;   /* item tokens [first, lim) */
    size_t cuts[ANN_MAX_ITEMS]; /* where one item of a ';' list ends early */
    int ncuts;
} demand;

/* demands.c: cue checks and words shared by every part */
/* A demand of `shape` in the current sentence with its cue at `cue`,
 * all else empty. */
void demand_init(demand *d, const actx *c, int shape, span cue);
int is_punct(const actx *c, size_t i, char ch);
int who_at(const actx *c, size_t i);
int relative_at(const actx *c, size_t i);
int as_well_as(const actx *c, size_t i);
int finite_aux(const actx *c, const tok *k);
int cue_word_at(const actx *c, const tok *k);
int any_cue_at(const actx *c, const tok *k);
int headline_ends(const actx *c, size_t k);
size_t back_to_clause(const actx *c, size_t b);
int passive_cue(const actx *c, size_t cs, size_t ci);
int preposition(const actx *c, size_t i);
int verb_adverb(const actx *c, size_t i);
int demand_modifier(const actx *c, const tok *k);
int agrees(const actx *c, size_t i, span who);
int renews(const actx *c, size_t poss);
int cue_after_to(const actx *c, size_t cs);
int judged_demand(const actx *c, size_t i);
int bare_demand(const actx *c, size_t ci);
int own_word(const actx *c, size_t i);
int headline_object(const actx *c, size_t after);

/* demand_items.c: the stretch demanded and its items */
int counted_list(const actx *c, const hit *h);
size_t items_limit(actx *c, demand *d, size_t first, size_t cue_end, span *cond);
int addressee(const actx *c, size_t a, size_t b);
int plural_word(const actx *c, size_t i);
int describing_word(const actx *c, size_t i);
void split_items(actx *c, demand *d);
void list_items(actx *c, demand *d);
size_t after_to(const actx *c, size_t i);
int ends_sentence(const actx *c, size_t i);
int list_opens(const actx *c, demand *d, const hit *h);
int enumerated_below(actx *c, demand *d, int either, int count);
void items_told_after(actx *c, demand *d);
int list_below(const actx *c);
size_t items_start(actx *c, const rule_entry *e, size_t after, size_t first);
void end_at_relative(actx *c, demand *d, size_t cs);
int colon_below(actx *c, demand *d);
int counted_colon(actx *c, demand *d);

/* demand_actor.c: who demands */
/* The actor, and its canonical name from the alias packs. */
void set_demand_actor(const actx *c, demand *d, span sp);
int one_person(const actx *c, size_t i);
span name_run(const actx *c, size_t a, size_t b);
int can_want(actx *c, size_t a, size_t b);
span actor_in(actx *c, size_t a, size_t b);
int ing_word(const actx *c, const tok *k);
int verb_like(const actx *c, const tok *k);
span said_by(const source_ref *src);
span reporter_of(const actx *c, size_t at);
span teller_of(const actx *c, size_t at);
int participle(const actx *c, size_t a, size_t i);
size_t subject_start(const actx *c, size_t cs);
span find_actor(actx *c, size_t cs, const demand *prev);
int lone_pronoun(const actx *c, span sp);
void attribute_demand(actx *c, demand *d);
span speaker_of(const actx *c, const hit *h);
int noun_owner(actx *c, const rule_entry *e, size_t ci, size_t cs, size_t after,
               const demand *prev, span *who, size_t *first);
span order_giver(actx *c, size_t q, size_t qe);
span lead_in_actor(actx *c, size_t colon);

#endif
