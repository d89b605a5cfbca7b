/* demand_items.c -- what a demand asks for.  The stretch of text demanded
 * starts after the cue (or after "to" in "urged X to"), is cut off where
 * a condition, a trailing attribution, another clause or another cue
 * begins, and is split into one item per conjunct; a list may instead
 * come as lines below a colon, as ordinals ("first, ...; second, ...")
 * or as the sentences and paragraphs after the cue.  These rules share a
 * file because they all decide where one item ends and the next begins. */
#include <stdlib.h>
#include <string.h>
#include "demand.h"


#define URGE_TO_WINDOW 16
#define ITEMS_MAX_TOKENS 120  /* a demand longer than this is not a list */

static int trailing_cue(const actx *c, size_t j, size_t lim);
static int lone_adverb(const actx *c, size_t a, size_t b);
static int clause_at(const actx *c, size_t j, size_t lim);
static int closes_sentence(const actx *c, size_t i);

/* "demands: that men who are called up receive training": a relative
 * inside the subject of the clause asked for -- the clause goes on; so
 * does its "after". */
static int clause_subject_relative(const actx *c, size_t first, size_t k) {
    size_t a = tok_is(c, &c->t.v[first], "that") ? first + 1
               : first > 0 && tok_is(c, &c->t.v[first - 1], "that") ? first : (size_t)-1;
    if (a == (size_t)-1 || k <= a) return 0;
    /* "insisted that the season start only after an inspection": when
     * the clause asked for is to happen is part of it */
    if (tok_is(c, &c->t.v[k], "after") && !is_punct(c, k - 1, ',')) return 1;
    return k <= a + 2 && (who_at(c, k) || tok_is(c, &c->t.v[k], "which")) && !is_punct(c, k - 1, ',');
}

/* Where the demanded stretch ends: a condition, a stop phrase, another
 * cue, a trailing attribution ("..., Reuters reported"). */
static size_t clause_cut(const actx *c, int shape, size_t first, size_t lim);

/* "the release of the activists, who were detained on Friday, and an
 * apology": a relative clause set off by commas, with the list going on
 * after it. */
static size_t relative_aside(const actx *c, size_t k) {
    if (k == 0 || !is_punct(c, k - 1, ',') ||
        !(tok_is(c, &c->t.v[k], "who") || tok_is(c, &c->t.v[k], "which") ||
          tok_is(c, &c->t.v[k], "whom")))
        return 0;
    for (size_t i = k + 1; i + 2 < c->t.n && i < k + 16; i++) {
        if ((c->t.v[i].flags & T_PUNCT) && !is_punct(c, i, ',')) return 0;
        if (!is_punct(c, i, ',')) continue;
        const tok *n = &c->t.v[i + 2];
        /* "..., who was captured in April, the reopening of the airport":
         * a comma list goes on -- not ", the union said" */
        if (tok_in(c, &c->t.v[i + 1], WS_DETERMINERS) && !tok_namey(c, i + 2))
            return trailing_cue(c, i + 1, c->t.n) ? 0 : i;
        return tok_is(c, &c->t.v[i + 1], "and") &&
               (tok_in(c, n, WS_DETERMINERS) || tok_is(c, n, "for") || tok_is(c, n, "that") ||
                tok_is(c, n, "to"))
                   ? i : 0;
    }
    return 0;
}

/* "anyone", "everyone": an appeal to the public, whose "who was in the
 * area" belongs to the addressee. */
static int the_public(const actx *c, size_t i) {
    if (i >= c->t.n) return 0;
    const tok *a = &c->t.v[i];
    return tok_is(c, a, "anyone") || tok_is(c, a, "anybody") || tok_is(c, a, "everyone") ||
           tok_is(c, a, "whoever");
}

/* "a full accounting of which records were exposed", "the land on which
 * the mine sits": "which" or "who" after a preposition opens a question
 * or a clause inside the item -- not ", of which", an aside. */
static int wh_after_preposition(const actx *c, size_t k) {
    if (k < 2 || !(who_at(c, k) || tok_is(c, &c->t.v[k], "which") || tok_is(c, &c->t.v[k], "whom")))
        return 0;
    return preposition(c, k - 1) && !is_punct(c, k - 2, ',');
}

/* Does a ';' come after token k, before the sentence ends?  Then a stop
 * ends one item of the list, not the list. */
static int semicolon_after(const actx *c, size_t k) {
    for (size_t i = k + 1; i < c->t.n; i++)
        if (is_punct(c, i, ';')) return 1;
    return 0;
}

/* "a rent freeze until the work is done, and an independent inspector",
 * "ground the fleet until the cause is known and that it publish": the
 * "until" clause ends one item, the list goes on after it. */
static int until_then_more(const actx *c, size_t k) {
    if (!tok_is(c, &c->t.v[k], "until")) return 0;
    for (size_t i = k + 2; i + 1 < c->t.n && i < k + 20; i++) {
        const tok *n = &c->t.v[i + 1];
        if (is_punct(c, i, ';') || is_punct(c, i, ':') || is_punct(c, i, '.')) return 0;
        if (!tok_is(c, &c->t.v[i], "and")) continue;
        if (tok_is(c, n, "that") && !is_punct(c, i - 1, ',')) return 1;
        return is_punct(c, i - 1, ',') && (tok_is(c, n, "a") || tok_is(c, n, "an")) &&
               !clause_at(c, i + 1, c->t.n);
    }
    return 0;
}

/* "protection for Okafor and any colleague who comes forward, and the
 * suspension of X": a "who" or "which" with no comma before it says
 * which colleague, and the list goes on after its clause with ", and"
 * and a determiner -- the relative is part of its item, no stop. */
static int list_goes_on(const actx *c, size_t k) {
    if (k == 0 || is_punct(c, k - 1, ',') || !(tok_is(c, &c->t.v[k], "who") || tok_is(c, &c->t.v[k], "which")))
        return 0;
    for (size_t i = k + 2; i + 2 < c->t.n && i < k + 16; i++) {
        if (is_punct(c, i, ';') || is_punct(c, i, ':') || is_punct(c, i, '.') || (c->t.v[i].flags & T_QUOTE))
            return 0;
        if (!is_punct(c, i, ',') || !tok_is(c, &c->t.v[i + 1], "and")) continue;
        if (!tok_in(c, &c->t.v[i + 2], WS_DETERMINERS) && !tok_in(c, &c->t.v[i + 2], WS_POSSESSIVES)) return 0;
        /* not ", and the firm refused": a clause of its own */
        for (size_t j = i + 3; j < c->t.n && j < i + 6; j++) {
            const tok *v = &c->t.v[j];
            if (v->flags & T_PUNCT) break;
            int past = verb_like(c, v) && c->text[v->e - 3] != 'e';     /* not "speed" */
            if ((tok_in(c, v, WS_AUXILIARIES) || tok_in(c, v, WS_IRREGULAR_PASTS) || past) &&
                !preposition(c, j - 1) && !tok_in(c, &c->t.v[j - 1], WS_DETERMINERS))
                return 0;
        }
        return 1;
    }
    return 0;
}

/* "three conditions", "two demands": a list cue that is a noun after a
 * count, which may stand inside another demand's items ("only if the
 * landlord met three conditions") -- there it is no cue of its own. */
int counted_list(const actx *c, const hit *h) {
    if (c->rs->pat[PS_DEMANDS].v[h->entry].shape != DEM_LIST) return 0;
    size_t k = tok_at(&c->t, h->s);
    if (k == 0 || k >= c->t.n) return 0;
    const tok *n = &c->t.v[k - 1];
    return (n->flags & T_NUM) || tok_count(c, n) > 1;
}

/* "the union dropping its demand for a second year of raises": a demand
 * noun with its owner is part of the item, not a new cue. */
static int owned_call(const actx *c, size_t k) {
    if (k == 0 || k + 1 >= c->t.n || !tok_is(c, &c->t.v[k + 1], "for")) return 0;
    const tok *p = &c->t.v[k - 1];
    return (p->flags & T_POSS) || tok_is(c, p, "its") || tok_is(c, p, "their") ||
           tok_is(c, p, "his") || tok_is(c, p, "her") || tok_is(c, p, "our");
}

/* Where the stretch ends before another demand cue at token k: before
 * the cue's subject ("..., and they are pressing for", "; London wants");
 * not at all for a passive inside an item ("a guarantee that no driver
 * would be asked to work alone"). */
static size_t next_cue_cut(const actx *c, size_t first, size_t k) {
    size_t s = k;
    while (s > first && (tok_in(c, &c->t.v[s - 1], WS_AUXILIARIES) || verb_adverb(c, s - 1))) s--;
    if (passive_cue(c, s, k)) return (size_t)-1;
    size_t lim = k;
    /* ", and the drivers' union is pressing for" */
    for (size_t j = s; j > first + 1 && s - j < 6; j--) {
        if (c->t.v[j - 1].flags & T_PUNCT) break;
        if (tok_in(c, &c->t.v[j - 1], WS_CLAUSE_WORDS) && is_punct(c, j - 2, ',')) {
            s = j - 1;
            break;
        }
    }
    if (s > first) lim = s;
    /* "a carve-out for dairy, a demand Washington has refused": an
     * appositive that names the stretch before it, no new item */
    if (s >= first + 2 && tok_in(c, &c->t.v[s - 1], WS_DETERMINERS) && is_punct(c, s - 2, ','))
        lim = s - 2;
    /* "Brussels wants X; London wants a discount": the next clause's
     * subject goes with its own cue */
    size_t j = s;
    while (j > first && s - j < 6 && !(c->t.v[j - 1].flags & T_PUNCT)) j--;
    if (j > first && j < s && (is_punct(c, j - 1, ';') || (c->t.v[j - 1].flags & T_DASH))) lim = j;
    if (s > first + 1 && (tok_in(c, &c->t.v[s - 1], WS_PRONOUNS) || tok_is(c, &c->t.v[s - 1], "it")) &&
        ((c->t.v[s - 2].flags & T_PUNCT) || tok_in(c, &c->t.v[s - 2], WS_CLAUSE_WORDS)))
        lim = s - 1;
    return lim;
}

/* What a participle's clause goes on with: "fearing it would", "setting
 * up a tense week", "saying the" -- not "binding protections", an
 * adjective's noun. */
static int participle_object(const actx *c, size_t i) {
    const tok *k = &c->t.v[i];
    if (tok_is(c, k, "that")) return 0;             /* "or, failing that, B": B is asked */
    return tok_in(c, k, WS_DETERMINERS) || tok_in(c, k, WS_POSSESSIVES) || tok_in(c, k, WS_PRONOUNS) ||
           tok_is(c, k, "it") || tok_is(c, k, "up");
}

size_t items_limit(actx *c, demand *d, size_t first, size_t cue_end, span *cond) {
    int shape = d->shape;
    size_t lim = first + ITEMS_MAX_TOKENS < c->t.n ? first + ITEMS_MAX_TOKENS : c->t.n;
    size_t aside_end = 0;
    for (size_t i = 0; i < c->h.n; i++) {
        const hit *h = &c->h.v[i];
        if (h->s < cue_end) continue;
        size_t k = tok_at(&c->t, h->s);
        if (k <= first) continue;
        if (h->sec == PS_CONDITIONS && k < lim) {
            lim = k;
            size_t e = k;
            while (e < c->t.n && !is_punct(c, e, ',') && !is_punct(c, e, '.') &&
                   !is_punct(c, e, ';') && !is_punct(c, e, ':'))
                e++;
            *cond = span_make(c->t.v[k].s, c->t.v[e - 1].e);
        } else if (h->sec == PS_ITEM_STOPS && k < lim && k >= aside_end && !the_public(c, k - 1) &&
                   !(k == first + 1 && tok_is(c, &c->t.v[first], "know")) &&  /* "to know who" */
                   !wh_after_preposition(c, k) && !clause_subject_relative(c, first, k)) {
            if (list_goes_on(c, k)) continue;
            size_t r = relative_aside(c, k);
            if (r) aside_end = r;                   /* stops inside the aside do not count */
            else if ((semicolon_after(c, k) || until_then_more(c, k)) && d->ncuts < ANN_MAX_ITEMS)
                d->cuts[d->ncuts++] = k;
            else lim = k;
        } else if (h->sec == PS_DEMANDS && k < lim && !owned_call(c, k) &&
                   /* "urged residents to ask for identification and to
                    * ring 101": the asking is the thing urged */
                   !((shape == DEM_URGE || shape == DEM_INFINITIVE) && k > first &&
                     tok_is(c, &c->t.v[k - 1], "to")) &&
                   c->rs->pat[PS_DEMANDS].v[h->entry].shape != DEM_TERMS && !counted_list(c, h) &&
                   /* "a refund for anyone who wants one; free collection" */
                   !(k > 0 && (who_at(c, k - 1) || tok_is(c, &c->t.v[k - 1], "that")) &&
                     semicolon_after(c, k))) {
            /* not "demanded that the new contract include X": one clause */
            size_t cut = next_cue_cut(c, first, k);
            if (cut < lim) lim = cut;
        }
    }
    for (size_t i = 0; i < c->claims.n; i++) {
        const found_claim *f = &c->claims.v[i];
        size_t k = tok_at(&c->t, f->a.cue.start);
        if (f->a.cue.start < cue_end || k <= first) continue;
        /* "publish the costs it says justify the price": a speaker's
         * aside inside the item, not a new clause */
        if (!f->inverted && f->subj_tok != (size_t)-1 && f->subj_tok > first && f->subj_tok + 1 == k &&
            (tok_in(c, &c->t.v[f->subj_tok], WS_PRONOUNS) || tok_is(c, &c->t.v[f->subj_tok], "it")) &&
            (c->t.v[f->subj_tok - 1].flags & (T_WORD | T_CAP)) == T_WORD &&
            !tok_in(c, &c->t.v[f->subj_tok - 1], WS_CLAUSE_WORDS) &&
            !tok_in(c, &c->t.v[f->subj_tok - 1], WS_AUXILIARIES))
            continue;
        size_t s = f->inverted ? k : f->subj_tok;
        if (s == (size_t)-1 || s > k) s = k;
        if (s > first && s < lim) lim = s;
    }
    lim = clause_cut(c, shape, first, lim);
    for (size_t k = first + 1; k < lim; k++)
        if (headline_ends(c, k)) lim = k;
    /* "to drop the reference, fearing it would wreck X", "a pension
     * freeze, setting up a tense week": the participle's clause says
     * why or what follows, it asks nothing ("including" lists part of
     * the item and stays) */
    for (size_t k = first + 2; k < lim; k++)
        if (is_punct(c, k - 1, ',') && (c->t.v[k].flags & (T_WORD | T_CAP)) == T_WORD &&
            ing_word(c, &c->t.v[k]) && !tok_is(c, &c->t.v[k], "including") && k + 1 < lim &&
            participle_object(c, k + 1)) {
            lim = k - 1;
            break;
        }
    /* '"We want our jobs back," said the shop steward': a cue inside a
     * quotation asks no further than its closing mark */
    int inq = 0;
    for (size_t k = 0; k < first && k < c->t.n; k++)
        if (c->t.v[k].flags & T_QUOTE) inq = (c->t.v[k].flags & T_OPENQ) != 0;
    for (size_t k = first; inq && k < lim; k++)
        if ((c->t.v[k].flags & T_QUOTE) && !(c->t.v[k].flags & T_OPENQ)) lim = k;
    /* back over a dash, the ", and" that joined a following cue -- not
     * the verb that ends the sentence ("the market to stay where it is") */
    int last = closes_sentence(c, lim);
    while (lim > first && ((c->t.v[lim - 1].flags & T_PUNCT) ||
                           (!last && tok_in(c, &c->t.v[lim - 1], WS_CLAUSE_WORDS)) ||
                           (!last && tok_in(c, &c->t.v[lim - 1], WS_AUXILIARIES) &&
                            !(c->t.v[lim - 1].flags & T_CAP))))   /* "sell the club by May or" */
        lim--;
    return lim;
}

static int aside_at(const actx *c, size_t a, size_t b);
static int ordinal_mark(const actx *c, size_t a, size_t b);

/* Is there a party among [a, b): a name or a body ("the government",
 * "ministers") that the "to" after it addresses? */
int addressee(const actx *c, size_t a, size_t b) {
    for (size_t i = a; i < b; i++) {
        const tok *k = &c->t.v[i];
        if (tok_namey(c, i) || tok_org_noun(c, k) || tok_in(c, k, WS_PARTY_NOUNS) ||
            tok_person_noun(c, k))
            return 1;
    }
    return 0;
}

/* Verbs that say what an item is for, not what another party must do:
 * "to keep pace with inflation", "to cover rising costs". */
static int purpose_verb(const actx *c, const tok *k) {
    return tok_in(c, k, WS_PURPOSE_VERBS);
}

/* After a comma, up to three words and then a reporting verb that ends
 * the sentence's stretch: ", polls suggest", ", the union's leader said". */
/* "..., the document shows", "..., polls suggest": a source that is no
 * speaker, closing what went before. */
static int shows(const actx *c, const tok *k) {
    return tok_is(c, k, "shows") || tok_is(c, k, "show") || tok_is(c, k, "showed") ||
           tok_is(c, k, "suggests") || tok_is(c, k, "suggest") || tok_is(c, k, "indicates");
}

static int trailing_cue(const actx *c, size_t j, size_t lim) {
    for (size_t i = j; i < lim && i < j + 5; i++) {
        if (c->t.v[i].flags & T_PUNCT) return 0;
        if (i > j && (cue_word_at(c, &c->t.v[i]) || shows(c, &c->t.v[i]))) {
            size_t e = i + 1;
            while (e < c->t.n && (c->t.v[e].flags & T_WORD) && e < i + 4) e++;
            return e >= c->t.n || (c->t.v[e].flags & T_PUNCT);
        }
    }
    return 0;
}

/* Words that open an adjunct after a comma, not another item. */
static int adjunct(const actx *c, size_t i) {
    return tok_in(c, &c->t.v[i], WS_ADJUNCT_OPENERS);
}

/* Does a clause of its own start at token j: "would not endorse",
 * "said it would", "some have begun"? */
static int clause_at(const actx *c, size_t j, size_t lim) {
    if (j >= lim) return 0;
    const tok *k = &c->t.v[j];
    if (finite_aux(c, k) || cue_word_at(c, k)) return 1;
    if (j + 1 >= lim) return 0;
    const tok *n = &c->t.v[j + 1];
    int subject = tok_in(c, k, WS_PRONOUNS) || tok_is(c, k, "it") || tok_is(c, k, "some") ||
                  tok_is(c, k, "many") || tok_is(c, k, "others") || tok_is(c, k, "most");
    /* ", and they plan to march": a verb of their own before "to" */
    int plan = (n->flags & (T_WORD | T_CAP)) == T_WORD && j + 2 < lim &&
               tok_is(c, &c->t.v[j + 2], "to") && !tok_in(c, k, WS_DETERMINERS);
    return subject && (finite_aux(c, n) || cue_word_at(c, n) || plan);
}

/* Where the demanded stretch turns into another clause: "A and B, and
 * said it would ...", "A, and some have begun legal action", and, after
 * a plain object, the main clause's own verb: "a petition calling for A
 * has gathered 3,500 signatures". */
/* "is seeking 40 drivers and plans to open a site": the subject's next
 * verb, present tense. */
static int plans_verb(const actx *c, const tok *k) {
    return tok_in(c, k, WS_INTENTION_VERBS);
}

/* "or the deal would collapse": a noun and its verb after "or". */
static int threat_clause(const actx *c, size_t j, size_t lim) {
    if (j >= lim || !tok_in(c, &c->t.v[j], WS_DETERMINERS)) return 0;
    for (size_t i = j + 1; i < lim && i < j + 4; i++) {
        if (c->t.v[i].flags & T_PUNCT) return 0;
        if (finite_aux(c, &c->t.v[i])) return 1;
    }
    return 0;
}

/* ", and the council finally agreed to build one": a noun phrase and a
 * past verb with its object -- a clause of its own, not "and the sacked
 * drivers reinstated on full pay", one more thing wanted. */
static int told_clause(const actx *c, size_t j, size_t lim) {
    if (j + 2 >= lim || !(tok_in(c, &c->t.v[j], WS_DETERMINERS) || tok_namey(c, j))) return 0;
    for (size_t i = j + 1; i + 1 < lim && i < j + 5; i++) {
        const tok *k = &c->t.v[i], *n = &c->t.v[i + 1];
        if (k->flags & T_PUNCT) return 0;
        if ((k->flags & T_CAP) || !(verb_like(c, k) || tok_in(c, k, WS_IRREGULAR_PASTS)) ||
            participle(c, j, i))
            continue;
        return tok_is(c, n, "to") || tok_is(c, n, "that") || tok_in(c, n, WS_DETERMINERS) ||
               (n->flags & (T_POSS | T_NUM));
    }
    return 0;
}

static int wants_after(const actx *c, size_t j, size_t lim) {
    for (size_t i = j + 1; i < lim && i < j + 5; i++) {
        const tok *k = &c->t.v[i];
        if (k->flags & T_PUNCT) return 0;
        if (tok_is(c, k, "want") || tok_is(c, k, "wants") || tok_is(c, k, "need") ||
            tok_is(c, k, "needs") || tok_is(c, k, "say") || tok_is(c, k, "says"))
            return 1;
    }
    return 0;
}

/* "Hartley rages", "Smith resigned": a name and a word of its own after
 * it, its verb -- not "Smith's band", "£50,000 for charity" */
static int named_verb(const actx *c, size_t j, size_t lim) {
    if (j + 1 >= lim || !tok_namey(c, j) || (c->t.v[j].flags & T_POSS)) return 0;
    const tok *v = &c->t.v[j + 1];
    return (v->flags & (T_WORD | T_CAP)) == T_WORD && !tok_in(c, v, WS_PREPOSITIONS) &&
           !tok_in(c, v, WS_DETERMINERS) && !tok_in(c, v, WS_CLAUSE_WORDS);
}

/* In a headline (no closing stop), "as fishing row deepens", "as talks
 * stall": a few words and a verb, its own or its plural subject in -s --
 * not "as part of its plans". */
static int headline_clause(const actx *c, size_t j, size_t lim) {
    if (!sentence_headline(c)) return 0;
    for (size_t i = j; i < lim && i < j + 4; i++) {
        const tok *k = &c->t.v[i];
        if ((k->flags & (T_WORD | T_CAP)) != T_WORD || preposition(c, i) || tok_in(c, k, WS_DETERMINERS))
            return 0;
        /* "as fishing row deepens", "as losses mount" */
        if (i > j && i + 1 == lim &&
            (c->text[k->e - 1] == 's' || c->text[c->t.v[i - 1].e - 1] == 's'))
            return 1;
    }
    return 0;
}

/* "the same deal as Unite secured", "as much as nurses get": the "as"
 * completes a comparison. */
static int compared(const actx *c, size_t first, size_t i) {
    for (size_t j = first; j < i; j++)
        if (tok_is(c, &c->t.v[j], "same") || tok_is(c, &c->t.v[j], "such") ||
            tok_is(c, &c->t.v[j], "as"))
            return 1;
    return 0;
}

static size_t clause_cut(const actx *c, int shape, size_t first, size_t lim) {
    int sub = 0, inq = 0, inf = 0, saw_and = 0;
    for (size_t i = first + 1; i < lim; i++) {
        const tok *k = &c->t.v[i];
        if (k->flags & T_QUOTE) {
            inq = (k->flags & T_OPENQ) ? 1 : 0;
            continue;
        }
        if (inq) continue;
        saw_and |= tok_is(c, k, "and") && !sub;
        if (tok_is(c, k, "that") || tok_is(c, k, "who") || tok_is(c, k, "which") ||
            tok_is(c, k, "whose") ||                /* "fishermen whose nets were cut" */
            tok_is(c, k, "whether") || tok_is(c, k, "if") || tok_is(c, k, "why") ||
            tok_is(c, k, "how") || tok_is(c, k, "what") || tok_is(c, k, "when"))
            sub = 1;
        if ((tok_is(c, k, "and") || tok_is(c, k, "but")) && clause_at(c, i + 1, lim)) return i;
        /* "demands talks as City reject bid", "as they did last year": a
         * clause of its own after "as" */
        if (tok_is(c, k, "as") && i > first &&
            (named_verb(c, i + 1, lim) || clause_at(c, i + 1, lim) || headline_clause(c, i + 1, lim)) &&
            !compared(c, first, i))
            return i;
        /* "wants out as takeover stalls - and Hartley rages": a dash
         * before the "and" sets off a clause of its own */
        if ((k->flags & T_DASH) && i + 2 < lim &&
            (tok_is(c, &c->t.v[i + 1], "and") || tok_is(c, &c->t.v[i + 1], "but")) &&
            (clause_at(c, i + 2, lim) || named_verb(c, i + 2, lim)))
            return i;
        if (tok_is(c, k, "and") && is_punct(c, i - 1, ',') && told_clause(c, i + 1, lim)) return i;
        /* "fix the damp by June or face a rent strike", ", or it will go to
         * court": the threat behind an ultimatum, not what is asked */
        if (tok_is(c, k, "or") && i + 1 < lim &&
            (tok_is(c, &c->t.v[i + 1], "face") || tok_is(c, &c->t.v[i + 1], "else") ||
             tok_is(c, &c->t.v[i + 1], "risk") ||  /* "or risk being placed under" */
             tok_is(c, &c->t.v[i + 1], "see") || tok_is(c, &c->t.v[i + 1], "lose") ||  /* "or see them seized" */
             clause_at(c, i + 1, lim) || threat_clause(c, i + 1, lim)))
            return i;
        /* "seeking discharge on three grounds: that ...": what follows a
         * colon after a phrase explains it -- not "are clear: A, B" */
        if (is_punct(c, i, ':') && i > first + 3) return i;
        /* "the bill passed before the recess; opposition parties want more
         * time": a clause of its own after the semicolon */
        if (is_punct(c, i, ';') && wants_after(c, i + 1, lim)) return i;
        /* "insists on compensation; Ostrel has offered joint
         * reconstruction": a name and its verb */
        if (is_punct(c, i, ';') && i + 2 < lim &&
            ((tok_namey(c, i + 1) && finite_aux(c, &c->t.v[i + 2])) || threat_clause(c, i + 1, lim)))
            return i;
        /* "come forward. Nothing will ...": a quotation runs on past its
         * sentences */
        if ((is_punct(c, i, '.') || is_punct(c, i, '!') || is_punct(c, i, '?')) && i + 1 < lim &&
            k->e < c->len && (c->text[k->e] == ' ' || c->text[k->e] == '\n') &&
            (c->t.v[i + 1].flags & (T_CAP | T_QUOTE)))
            return i;
        /* "a 5% rise this year to keep pace with inflation": a purpose */
        if (shape == DEM_OBJECT && tok_is(c, k, "to")) {
            /* not "called for the government to fund X": an addressee;
             * nor "calling for the savings to fund X": a determiner and a
             * noun are too little to be all that is asked */
            if (i >= first + 3 && i + 1 < lim && purpose_verb(c, &c->t.v[i + 1]) && !sub && !inf &&
                !tok_is(c, &c->t.v[i - 1], "and") && !tok_is(c, &c->t.v[i - 1], "or") &&
                !addressee(c, first, i))
                return i;
            inf = 1;                                /* "the FDA to require X and to fund Y" */
        }
        /* "demanded A and B, setting up the most serious challenge": a
         * participle after the list's last conjunct */
        if (is_punct(c, i, ',') && i + 2 < lim && saw_and &&
            (c->t.v[i + 1].flags & (T_WORD | T_CAP)) == T_WORD && ing_word(c, &c->t.v[i + 1]) &&
            !tok_is(c, &c->t.v[i + 1], "including") && !aside_at(c, i + 1, i + 3 < lim ? i + 3 : lim))
            return i;
        /* "the withdrawal of X, a formula Chinese diplomats have used for
         * years": an appositive with a clause of its own names what went
         * before -- not "a guarantee that jobs will be safe" */
        if (is_punct(c, i, ',') && i + 3 < lim &&
            (tok_is(c, &c->t.v[i + 1], "a") || tok_is(c, &c->t.v[i + 1], "an")))
            for (size_t j = i + 2; j < lim && j < i + 7; j++) {
                const tok *w = &c->t.v[j];
                if ((w->flags & T_PUNCT) || tok_in(c, w, WS_CLAUSE_WORDS) || who_at(c, j) ||
                    tok_is(c, w, "which"))
                    break;
                if (finite_aux(c, w)) return i;
                /* "..., a commitment Pristina signed in 2013": a name and
                 * its verb */
                if (j + 1 < lim && tok_namey(c, j) && !(w->flags & T_POSS) &&
                    (verb_like(c, &c->t.v[j + 1]) ||
                     ((c->t.v[j + 1].flags & (T_WORD | T_CAP)) == T_WORD &&
                      tok_in(c, &c->t.v[j + 1], WS_IRREGULAR_PASTS))))
                    return i;
                /* "..., an armed group it calls a terrorist organisation":
                 * a pronoun and its verb, the clause without "that" */
                if (j + 1 < lim && (tok_is(c, w, "it") || tok_is(c, w, "they") ||
                                    tok_is(c, w, "he") || tok_is(c, w, "she")) &&
                    (c->t.v[j + 1].flags & (T_WORD | T_CAP)) == T_WORD &&
                    (verb_like(c, &c->t.v[j + 1]) || c->text[c->t.v[j + 1].e - 1] == 's'))
                    return i;
            }
        /* "to return to negotiations, a week after a shootout": when,
         * not a second thing asked */
        if (is_punct(c, i, ',') && i + 2 < lim && i + 3 < c->t.n && tok_count(c, &c->t.v[i + 1]) > -2 &&
            tok_in(c, &c->t.v[i + 2], WS_SPAN_NOUNS) &&
            (tok_is(c, &c->t.v[i + 3], "after") || tok_is(c, &c->t.v[i + 3], "before") ||
             tok_is(c, &c->t.v[i + 3], "later") || tok_is(c, &c->t.v[i + 3], "earlier") ||
             tok_is(c, &c->t.v[i + 3], "ago")))
            return i;
        /* "change, polls suggest": a short subject and a reporting verb */
        if (is_punct(c, i, ',') && trailing_cue(c, i + 1, lim)) return i;
        /* ", as talks ended", ", over the objections of": an adjunct */
        if (is_punct(c, i, ',') && i + 1 < lim && !aside_at(c, i + 1, i + 3 < lim ? i + 3 : lim) &&
            adjunct(c, i + 1) && !as_well_as(c, i + 1))
            return i;
        /* "pushed for A, and that one member had threatened": not "demanded
         * that A and that B" */
        if (tok_is(c, k, "and") && i + 1 < lim && tok_is(c, &c->t.v[i + 1], "that") &&
            is_punct(c, i - 1, ',') && !(first > 0 && tok_is(c, &c->t.v[first - 1], "that")) &&
            !tok_is(c, &c->t.v[first], "that"))         /* "three motions: that A, that B" */
            return i;
        /* "demanded $4.5m and threatened to publish": a verb of its own --
         * not "provided X withdrew A and recognised B", the condition's */
        if (shape != DEM_CONDITION && tok_is(c, k, "and") && i + 2 < lim &&
            (verb_like(c, &c->t.v[i + 1]) || plans_verb(c, &c->t.v[i + 1])) &&
            (tok_is(c, &c->t.v[i + 2], "to") || tok_in(c, &c->t.v[i + 2], WS_DETERMINERS)))
            return i;
        /* "calls for a just peace and pledges EUR 12 billion in aid": a
         * verb of the same subject with a sum for its object -- not "more
         * trains 24 hours a day" */
        if (shape != DEM_CONDITION && tok_is(c, k, "and") && i + 2 < lim &&
            (c->t.v[i + 1].flags & (T_WORD | T_CAP)) == T_WORD &&
            c->text[c->t.v[i + 1].e - 1] == 's' && c->t.v[i + 1].e - c->t.v[i + 1].s > 4 &&
            ((unsigned char)c->text[c->t.v[i + 2].s] >= 0xc2 || c->text[c->t.v[i + 2].s] == '$'))
            return i;
        if (shape == DEM_OBJECT && !sub && (c->t.v[i - 1].flags & T_WORD) &&
            !tok_is(c, &c->t.v[i - 1], "to") &&         /* "residents to have their say" */
            (tok_is(c, k, "has") || tok_is(c, k, "have") || tok_is(c, k, "had") ||
             tok_is(c, k, "was") || tok_is(c, k, "were")))
            return i;
    }
    return lim;
}

/* Is [a, b) one of the asides between items ("failing that")? */
static int aside_at(const actx *c, size_t a, size_t b) {
    if (a >= b) return 0;
    for (size_t i = 0; i < c->h.n; i++) {
        const hit *h = &c->h.v[i];
        if (h->sec == PS_ITEM_ASIDES && h->s == c->t.v[a].s && h->e >= c->t.v[b - 1].e) return 1;
    }
    return 0;
}

/* "has campaigned for a decade", "have fought for years for a bypass":
 * a span of time after the cue's "for" is how long, not what is asked.
 * No digits: "sought 18 months" is a sentence asked for. */
static size_t duration_end(const actx *c, size_t a, size_t b) {
    size_t i = a;
    if (i + 1 < b && tok_is(c, &c->t.v[i], "more") && tok_is(c, &c->t.v[i + 1], "than")) i += 2;
    else if (i < b && (tok_is(c, &c->t.v[i], "nearly") || tok_is(c, &c->t.v[i], "almost") ||
                       tok_is(c, &c->t.v[i], "over")))
        i++;
    if (i < b && (tok_is(c, &c->t.v[i], "a") || tok_is(c, &c->t.v[i], "many") ||
                  tok_is(c, &c->t.v[i], "several")))
        i++;
    if (i < b && (c->t.v[i].flags & (T_WORD | T_CAP)) == T_WORD && tok_in(c, &c->t.v[i], WS_SPAN_NOUNS) &&
        (i > a || plural_word(c, i)))
        return i + 1;
    return a;
}

static int add_item(actx *c, demand *d, size_t a, size_t b) {
    if (!d->a.nitems && a == d->first) {
        size_t e = duration_end(c, a, b);
        if (e == b) return 0;
        if (e > a && tok_is(c, &c->t.v[e], "for")) a = e + 1;
    }
    while (a < b && ((c->t.v[a].flags & T_PUNCT && !(c->t.v[a].flags & T_QUOTE)) ||
                     tok_is(c, &c->t.v[a], "and") || tok_is(c, &c->t.v[a], "or") ||
                     ((d->shape == DEM_INFINITIVE || d->shape == DEM_URGE) && tok_is(c, &c->t.v[a], "to"))))
        a++;
    if (a + 2 < b && is_punct(c, a + 1, ')') && c->t.v[a].e - c->t.v[a].s <= 3)
        a += 2;                                      /* "(2) safer rotas" */
    if (a + 3 < b && as_well_as(c, a)) a += 3;
    if (a + 2 < b && is_punct(c, a + 1, ',') && ordinal_mark(c, a, a + 1)) a += 2;
    if (a + 1 < b && tok_is(c, &c->t.v[a], "that")) a++;     /* "and that Y" */
    if (a + 1 < b && tok_is(c, &c->t.v[a], "for") && d->a.nitems) a++;  /* "and for Y" */
    if (a + 1 < b && tok_is(c, &c->t.v[a], "on") && d->a.nitems && d->first > 0 &&
        tok_is(c, &c->t.v[d->first - 1], "on"))
        a++;                                         /* "conditional on X, and on Y" */
    if (a < b && a > 0 && is_punct(c, a - 1, ',') &&
        (tok_is(c, &c->t.v[a], "who") || tok_is(c, &c->t.v[a], "which") ||
         tok_is(c, &c->t.v[a], "whom")))
        return 0;                                    /* ", who were detained," */
    while (b > a && (((c->t.v[b - 1].flags & T_PUNCT) && !(c->t.v[b - 1].flags & T_QUOTE)) ||
                     tok_is(c, &c->t.v[b - 1], "and") || tok_is(c, &c->t.v[b - 1], "or")))
        b--;                                         /* "A or, failing that, B" */
    for (int i = 0; i < d->ncuts; i++)
        if (d->cuts[i] > a && d->cuts[i] < b) b = d->cuts[i];   /* "... until the tests are done;" */
    if (a >= b) return 0;                            /* nothing left: no word to look at */
    if (aside_at(c, a, b) || lone_adverb(c, a, b)) return 0;
    /* "close to what the retailers want but not identical": a contrast,
     * not a thing asked */
    if (tok_is(c, &c->t.v[a], "but")) return 0;
    /* "wanted, in return, a grace period": a two-word phrase between
     * commas is an aside ("in return", "in turn", "for example") */
    if (b - a == 2 && a > 0 && is_punct(c, a - 1, ',') && b < c->t.n && is_punct(c, b, ',') &&
        preposition(c, a) && (c->t.v[a + 1].flags & (T_WORD | T_CAP)) == T_WORD &&
        !tok_in(c, &c->t.v[a + 1], WS_DETERMINERS))
        return 0;
    /* "the release of its saboteurs, something Velika has refused": the
     * writer's comment on the item before */
    if (a > 0 && is_punct(c, a - 1, ',') && tok_is(c, &c->t.v[a], "something") && d->a.nitems) return 0;
    /* "unless its demands were met" cut at its cue: "its" is no item */
    if (b - a == 1 && own_word(c, a)) return 0;
    /* "we want it now": a pronoun points back at what was wanted */
    if (b - a <= 2 && (tok_is(c, &c->t.v[a], "it") || tok_is(c, &c->t.v[a], "this") ||
                       tok_is(c, &c->t.v[a], "that") || tok_is(c, &c->t.v[a], "them")))
        return 0;
    /* "says any settlement must include both": the word stands for items
     * already named */
    if (b - a == 1 && (tok_is(c, &c->t.v[a], "both") || tok_is(c, &c->t.v[a], "all") ||
                       tok_is(c, &c->t.v[a], "these") || tok_is(c, &c->t.v[a], "those") ||
                       tok_is(c, &c->t.v[a], "everything")))
        return 0;
    if (b - a <= 5 && (tok_is(c, &c->t.v[a], "it") || tok_is(c, &c->t.v[a], "them")) &&
        a + 1 < b && (tok_is(c, &c->t.v[a + 1], "before") || tok_is(c, &c->t.v[a + 1], "by") ||
                      tok_is(c, &c->t.v[a + 1], "now") || tok_is(c, &c->t.v[a + 1], "back") ||
                      tok_is(c, &c->t.v[a + 1], "within") || tok_is(c, &c->t.v[a + 1], "this") ||
                      tok_is(c, &c->t.v[a + 1], "today") || tok_is(c, &c->t.v[a + 1], "soon")))
        return 0;                                    /* "we want it before Christmas" */
    if (d->a.nitems && b - a <= 5 && a > 0 && is_punct(c, a - 1, ',') && tok_namey(c, b - 1)) {
        size_t i = a;                                /* "Voice of the Hills" */
        while (i < b && (tok_namey(c, i) || (i > a && (tok_is(c, &c->t.v[i], "of") ||
                                                       tok_is(c, &c->t.v[i], "the")))))
            i++;
        if (i == b) return 0;
    }
    /* "reconnect its bank, Agrovest, to payment systems": after a name
     * set off by commas, a preposition goes on with the item before */
    size_t p = a >= 2 && is_punct(c, a - 1, ',') && tok_namey(c, a - 2) ? a - 2 : 0;
    while (p > 1 && a - p < 7 && (tok_namey(c, p - 1) || tok_is(c, &c->t.v[p - 1], "of") ||
                                  tok_is(c, &c->t.v[p - 1], "the")))
        p--;
    if (d->a.nitems && p > 1 && is_punct(c, p - 1, ',') && preposition(c, a) &&
        !tok_is(c, &c->t.v[a], "of") && d->a.items[d->a.nitems - 1].end <= c->t.v[p - 1].s &&
        d->a.items[d->a.nitems - 1].end >= c->t.v[p - 1].s - 1) {
        d->a.items[d->a.nitems - 1].end = c->t.v[b - 1].e;
        return 0;
    }
    /* "meet their" cut at a cue noun ("their demands"): the thing asked
     * is the noun the cut took away */
    if (tok_in(c, &c->t.v[b - 1], WS_POSSESSIVES) && !(c->t.v[b - 1].flags & T_CAP) &&
        !tok_is(c, &c->t.v[b - 1], "her"))
        return 0;
    int words = 0;
    for (size_t i = a; i < b; i++) words += (c->t.v[i].flags & T_WORD) != 0;
    if (!words || d->a.nitems >= ANN_MAX_ITEMS) return 0;
    d->a.items[d->a.nitems++] = span_make(c->t.v[a].s, c->t.v[b - 1].e);
    return 0;
}

/* Does "and"/"or" at token i start a new conjunct? */
/* Words from i up to the next comma, "and"/"or" or the end. */
static size_t conjunct_len(const actx *c, const demand *d, size_t i) {
    size_t n = 0;
    for (; i < d->lim; i++) {
        const tok *k = &c->t.v[i];
        if (is_punct(c, i, ',') || is_punct(c, i, ';') || tok_is(c, k, "and") || tok_is(c, k, "or"))
            break;
        n += (k->flags & T_WORD) != 0;
    }
    return n;
}

static int in_compound(const actx *c, size_t i) {
    for (size_t j = 0; j < c->h.n; j++) {
        const hit *h = &c->h.v[j];
        if (h->sec == PS_COMPOUNDS && h->s < c->t.v[i].s && h->e > c->t.v[i].e) return 1;
    }
    return 0;
}

int plural_word(const actx *c, size_t i) {
    const tok *k = &c->t.v[i];
    size_t n = k->e - k->s;
    const char *t = c->text + k->s;
    return (k->flags & T_WORD) && !(k->flags & T_CAP) && n > 3 && t[n - 1] == 's' && t[n - 2] != 's';
}

/* A word that describes a noun rather than names a thing: "free",
 * "immediate", "independent", "meaningful", "better" -- read from its
 * ending or a short list, as there is no tagger. */
int describing_word(const actx *c, size_t i) {
    const tok *k = &c->t.v[i];
    if ((k->flags & (T_WORD | T_CAP)) != T_WORD) return 0;
    /* an ending counts after a stem of three letters or more: "useful", not "awful" */
    return tok_in(c, k, WS_DESCRIBING_WORDS) ||
           rs_has_ending(c->rs, WS_ADJECTIVE_ENDINGS, c->text + k->s, k->e - k->s, 3);
}

/* "medicine and food being delivered": the words after the second noun
 * make both nouns the subject of one clause. */
static int shared_verb(const actx *c, size_t i) {
    if (i >= c->t.n) return 0;
    const tok *k = &c->t.v[i];
    return tok_is(c, k, "being") || tok_is(c, k, "to") || finite_aux(c, k) ||
           ((k->flags & (T_WORD | T_CAP)) == T_WORD && ing_word(c, k));
}

static int splits_at_and(const actx *c, const demand *d, size_t i, size_t start, int listed) {
    if (i + 1 >= d->lim) return 0;
    const tok *n = &c->t.v[i + 1];
    if (in_compound(c, i)) return 0;                 /* "oil and gas licences" */
    /* "two hundred and eleven names": one number */
    if (i > start && tok_count(c, &c->t.v[i - 1]) > 1 && tok_count(c, n) > 0 &&
        (c->t.v[i - 1].flags & T_WORD) && (n->flags & T_WORD))
        return 0;
    /* "called for the retraction of the papers and for the university to
     * publish": the cue's own "for" again opens the next item */
    if (tok_is(c, n, "for") && d->first > 0 && tok_is(c, &c->t.v[d->first - 1], "for")) return 1;
    /* "conditional on A, and on B" */
    if (tok_is(c, n, "on") && d->first > 0 && tok_is(c, &c->t.v[d->first - 1], "on")) return 1;
    /* "between 2019 and 2023", "at drop-off and pick-up", "from its
     * directors and its auditors": the "and" is inside a phrase */
    for (size_t j = i; j > start && i - j < 6; j--) {
        const tok *p = &c->t.v[j - 1];
        if (tok_is(c, p, "between")) return 0;
        if (tok_is(c, p, "from") && !listed && conjunct_len(c, d, i + 1) <= 3) return 0;
    }
    if (i >= start + 2 && preposition(c, i - 2) &&
        (conjunct_len(c, d, i + 1) == 1 || (plural_word(c, i - 1) && plural_word(c, i + 1))))
        return 0;                                    /* "on jobs and pensions from X" */
    /* "status for the provinces with their own police and courts": one
     * object of the preposition behind its owner */
    if (i >= start + 3 && conjunct_len(c, d, i + 1) == 1) {
        size_t j = i - 2;
        while (j > start && i - j < 5 &&
               (tok_in(c, &c->t.v[j], WS_POSSESSIVES) || tok_is(c, &c->t.v[j], "own")))
            j--;
        if (j < i - 2 && preposition(c, j)) return 0;
    }
    /* A, B and C -- but "..., and anyone with dashcam or doorbell
     * footage": the list's last joining word is behind */
    if (listed) return !tok_is(c, &c->t.v[start], "and") && !tok_is(c, &c->t.v[start], "or");
    /* "only if X sells 140 of its shops and guarantees prices": a second
     * verb of the same subject */
    if (d->shape == DEM_CONDITION && i + 2 < d->lim && (n->flags & (T_WORD | T_CAP)) == T_WORD &&
        (verb_like(c, n) || plural_word(c, i + 1)) &&
        !tok_in(c, &c->t.v[i + 2], WS_AUXILIARIES))
        return 1;
    /* "to come here and see the damage", "go and talk to them": a
     * motion and its purpose, one thing asked */
    if ((d->shape == DEM_INFINITIVE || d->shape == DEM_URGE) && i <= start + 2 &&
        (tok_is(c, &c->t.v[start], "come") || tok_is(c, &c->t.v[start], "go")))
        return 0;
    /* "asked StarPulse to retract the article and apologize": an order
     * of its own after the "and" */
    if (d->shape == DEM_URGE && i > start + 1 && (n->flags & (T_WORD | T_CAP)) == T_WORD &&
        tok_in(c, n, WS_ORDER_VERBS))
        return 1;
    int det = tok_in(c, n, WS_DETERMINERS) ||
              tok_count(c, n) > -2 || (n->flags & T_POSS);
    if (d->shape == DEM_INFINITIVE)                  /* lift X and resolve Y */
        return !det && (n->flags & T_WORD) && !(n->flags & T_CAP) && !(n->flags & T_NUM);
    if (det) return 1;
    /* "an end to new oil and gas licences, free transport and ...": the
     * list is cut at its commas */
    for (size_t j = i + 1; j < d->lim; j++)
        if (is_punct(c, j, ',') || is_punct(c, j, ';')) return 0;
    /* "the roles of chairman and chief executive": one object of "of"
     * (after "urged Y to", verbs: "clear months of wages and guarantee") */
    for (size_t j = i; d->shape != DEM_URGE && j > start && i - j < 3; j--)
        if (tok_is(c, &c->t.v[j - 1], "of")) return 0;
    /* "witnesses and dashcam footage", "fuel and safe passage for its
     * wounded": a bare noun and a phrase -- not "free and fair elections" */
    if (d->shape != DEM_INFINITIVE && d->shape != DEM_URGE && conjunct_len(c, d, start) == 1 &&
        i == start + 1 && (plural_word(c, start) || !describing_word(c, start)) &&
        (c->t.v[start].flags & (T_WORD | T_CAP | T_NUM)) == T_WORD && conjunct_len(c, d, i + 1) >= 2 &&
        !shared_verb(c, i + 2))
        return 1;
    /* "an immediate and unconditional release": one noun, two words for it */
    if (i == start + 2 && tok_in(c, &c->t.v[start], WS_DETERMINERS) && describing_word(c, start + 1))
        return 0;
    /* "higher pay and shorter shifts": two phrases of their own, not
     * "troops and weapons" under one head */
    return (conjunct_len(c, d, start) >= 2 && conjunct_len(c, d, i + 1) >= 2);
}

/* The comma in "£5,000": digits either side, no spaces. */
static int thousands(const actx *c, size_t i) {
    if (i == 0 || i + 1 >= c->t.n) return 0;
    const tok *p = &c->t.v[i - 1], *k = &c->t.v[i], *n = &c->t.v[i + 1];
    return p->e == k->s && n->s == k->e && c->text[p->e - 1] >= '0' && c->text[p->e - 1] <= '9' &&
           c->text[n->s] >= '0' && c->text[n->s] <= '9';
}

/* "first, that X; second, that Y; and third, that Z": the ordinal and
 * its comma mark the item, they are not one. */
static int ordinal_mark(const actx *c, size_t a, size_t b) {
    if (a < b && (tok_is(c, &c->t.v[a], "and") || tok_is(c, &c->t.v[a], "or"))) a++;
    if (a + 1 != b || (c->t.v[a].flags & T_CAP && a > 0 && !(c->t.v[a - 1].flags & T_PUNCT)))
        return 0;
    return tok_in(c, &c->t.v[a], WS_ORDINALS);
}

/* One word after the list's only comma, describing what went before:
 * "our sons back, alive", "a rise, backdated" -- not a second item. */
static int lone_modifier(const actx *c, const demand *d, size_t start) {
    size_t e = d->lim;
    while (e > start && (c->t.v[e - 1].flags & T_PUNCT)) e--;
    if (start == 0 || e != start + 1 || !is_punct(c, start - 1, ',')) return 0;
    const tok *k = &c->t.v[start];
    size_t n = k->e - k->s;
    if ((k->flags & (T_WORD | T_CAP | T_NUM)) != T_WORD || plural_word(c, start)) return 0;
    return describing_word(c, start) || tok_ly_word(c, k) ||
           (n > 4 && word_ends_in(c->text + k->s, n, "ed", 2)) ||
           (n > 4 && word_ends_in(c->text + k->s, n, "ive", 3));
}

/* "class sizes at the two schools, Lincoln and Pine Ridge, would not
 * exceed 24": names between commas, then the clause's verb -- an aside
 * naming what went before, no list.  Returns its closing comma, else 0. */
static size_t names_aside(const actx *c, size_t i, size_t lim) {
    size_t j = i + 1;
    while (j < lim && (tok_namey(c, j) || tok_is(c, &c->t.v[j], "and") || tok_is(c, &c->t.v[j], "or")))
        j++;
    if (j == i + 1 || j + 1 >= lim || !is_punct(c, j, ',') || !tok_namey(c, j - 1)) return 0;
    /* "that the operator, Secura, be stripped of its contract": the
     * subjunctive's "be" or a "must" goes on from the subject as well */
    const tok *v = &c->t.v[j + 1];
    return finite_aux(c, v) || tok_is(c, v, "be") || tok_is(c, v, "must") || tok_is(c, v, "should") ? j : 0;
}

/* "a 9% rise, backdated to April, and ...": a participle and its
 * phrase after the comma say more of the item before, they are no item. */
static int described_after(const actx *c, size_t i, size_t lim) {
    if (i + 2 >= lim) return 0;
    const tok *k = &c->t.v[i + 1];
    return (k->flags & (T_WORD | T_CAP)) == T_WORD && verb_like(c, k) && preposition(c, i + 2);
}

/* "an independent inquiry, not an internal review": what is not wanted
 * ends the item before, and is no item of its own. */
static int contrast_after(const actx *c, size_t i, size_t lim) {
    return i + 2 < lim && tok_is(c, &c->t.v[i + 1], "not") && !(c->t.v[i + 1].flags & T_CAP);
}

/* ", crucially," or ", importantly,": a lone adverb between commas. */
static int lone_adverb(const actx *c, size_t a, size_t b) {
    const tok *k = &c->t.v[a];
    size_t n = k->e - k->s;
    return b == a + 1 && a > 0 && is_punct(c, a - 1, ',') && b < c->t.n && is_punct(c, b, ',') &&
           !(k->flags & T_CAP) && n > 5 && tok_ly_word(c, k);
}

/* "a meeting between the club, the Trust and the sponsor": the commas
 * of one "between" list. */
static int between_list(const actx *c, size_t start, size_t i) {
    int open = 0;
    for (size_t j = start; j < i; j++) {
        if (tok_is(c, &c->t.v[j], "between")) open = 1;
        /* "between noon and 4 p.m., mandatory breaks": closed by its "and" */
        else if (open && tok_is(c, &c->t.v[j], "and")) open = 0;
    }
    return open;
}

/* "overcrowded, windowless cells": two describing words for one noun. */
static int two_adjectives(const actx *c, size_t i, size_t lim) {
    if (i == 0 || i + 2 >= lim) return 0;
    const tok *p = &c->t.v[i - 1], *n = &c->t.v[i + 1];
    if ((p->flags & (T_WORD | T_CAP)) != T_WORD || (n->flags & (T_WORD | T_CAP)) != T_WORD) return 0;
    int before = describing_word(c, i - 1) || (verb_like(c, p) && !tok_in(c, &c->t.v[i - 2], WS_DETERMINERS));
    return before && describing_word(c, i + 1) && !plural_word(c, i + 1) && !(c->t.v[i + 2].flags & T_PUNCT);
}

/* "an exemption for farmers, builders and care workers": bare plurals
 * listed after a preposition are one object of it, the comma at i no
 * item's end -- not "a ban on fracking, new wind farms and". */
static int nested_list(const actx *c, size_t start, size_t i, size_t lim) {
    if (i < start + 3 || i + 2 >= lim || !preposition(c, i - 2)) return 0;
    const tok *p = &c->t.v[i - 1], *n = &c->t.v[i + 1];
    if ((p->flags & (T_WORD | T_CAP)) != T_WORD || !plural_word(c, i - 1) ||
        (n->flags & (T_WORD | T_CAP)) != T_WORD || !plural_word(c, i + 1) || ing_word(c, n))
        return 0;
    /* the run goes on with bare words to its "and" */
    for (size_t j = i + 2; j < lim && j < i + 6; j++) {
        const tok *k = &c->t.v[j];
        if (tok_is(c, k, "and") || tok_is(c, k, "or")) {   /* "and care workers" -- not "and a new crossing" */
            const tok *l = j + 1 < lim ? &c->t.v[j + 1] : NULL;
            return l && (l->flags & (T_WORD | T_CAP)) == T_WORD && !tok_in(c, l, WS_DETERMINERS) &&
                   !tok_in(c, l, WS_POSSESSIVES) && tok_count(c, l) <= -2;
        }
        if (!(k->flags & T_WORD) && !is_punct(c, j, ',')) return 0;
        if (tok_in(c, k, WS_DETERMINERS) || preposition(c, j)) return 0;
    }
    return 0;
}

void split_items(actx *c, demand *d) {
    size_t start = d->first, depth = 0;
    int listed = 0, inq = 0, nested = 0;
    for (size_t i = d->first; i < d->lim; i++) {
        const tok *k = &c->t.v[i];
        if (k->flags & T_QUOTE) {
            inq = (k->flags & T_OPENQ) ? 1 : 0;
            continue;
        }
        if (inq) continue;
        if (is_punct(c, i, '(')) depth++;
        if (is_punct(c, i, ')') && depth) depth--;
        if (depth) continue;
        if (is_punct(c, i, ',') && contrast_after(c, i, d->lim)) {
            add_item(c, d, start, i);               /* the item ends; what is not wanted is none */
            size_t j = i + 1;
            while (j < d->lim && !is_punct(c, j, ',') && !is_punct(c, j, ';')) j++;
            start = j;
            i = j - 1;
            continue;
        }
        size_t aside = is_punct(c, i, ',') ? names_aside(c, i, d->lim) : 0;
        if (aside) {
            i = aside;
            continue;
        }
        int inner = is_punct(c, i, ',') && !listed && nested_list(c, start, i, d->lim);
        nested |= inner;
        int cut = (is_punct(c, i, ',') && !inner && !thousands(c, i) && !ordinal_mark(c, start, i) &&
                   !described_after(c, i, d->lim) && !between_list(c, start, i) &&
                   /* "a 5% rise, with back pay from April": more of the item */
                   !(i + 1 < d->lim && tok_is(c, &c->t.v[i + 1], "with")) &&
                   !two_adjectives(c, i, d->lim)) ||
                  is_punct(c, i, ';');
        if (cut) listed = 1;
        if (!cut && !nested && (tok_is(c, k, "and") || tok_is(c, k, "or")))
            cut = splits_at_and(c, d, i, start, listed);
        if (nested && (tok_is(c, k, "and") || tok_is(c, k, "or"))) nested = 0;   /* its last */
        if (!cut && i > start && as_well_as(c, i)) {   /* "A as well as B" */
            add_item(c, d, start, i);
            start = i + 3;
            i += 2;
            continue;
        }
        if (cut) {
            add_item(c, d, start, i);
            start = i + 1;
        }
    }
    if (d->a.nitems == 1 && lone_modifier(c, d, start)) {
        d->a.items[0].end = c->t.v[start].e;        /* "our sons back, alive" */
        return;
    }
    add_item(c, d, start, d->lim);
}

/* A list line without what joins it to the next: "shorter shifts; and". */
static size_t list_item_end(const char *t, size_t s, size_t e) {
    for (;;) {
        while (e > s && (strchr(".;,: ", t[e - 1]))) e--;
        if (e - s > 4 && (memcmp(t + e - 4, " and", 4) == 0 || memcmp(t + e - 4, " AND", 4) == 0))
            e -= 4;
        else if (e - s > 3 && memcmp(t + e - 3, " or", 3) == 0)
            e -= 3;
        else
            return e;
    }
}

/* Does a bullet ("- ", "2) ", "a. ") open the line [start] is on? */
static int after_bullet(const char *t, size_t start) {
    size_t p = start;
    while (p > 0 && t[p - 1] == ' ') p--;
    size_t q = p;
    while (q > 0 && t[q - 1] != '\n') q--;
    while (q < p && (t[q] == ' ' || t[q] == '\t' || t[q] == '>')) q++;
    return p > q && p - q <= 12;
}

/* "The union has set out its demands:" and a Markdown list below it. */
void list_items(actx *c, demand *d) {
    for (size_t j = c->si + 1; j < c->segs.n && d->a.nitems < ANN_MAX_ITEMS; j++) {
        const segment *g = &c->segs.v[j];
        if (g->kind != SEG_LIST_ITEM || g->start > c->sent.end + ANALYSE_LOOKAHEAD_BYTES) break;
        if (!after_bullet(c->text, g->start)) continue;  /* a line run on from the item */
        d->a.items[d->a.nitems++] = span_make(g->start, list_item_end(c->text, g->start, g->end));
    }
}

/* "urged the government to hold talks", "asked the court for more
 * time": items begin after the "to" or the "for" -- not "asked the
 * minister for comment", the reporter's own request. */
size_t after_to(const actx *c, size_t i) {
    for (size_t j = i; j < c->t.n && j < i + URGE_TO_WINDOW; j++) {
        /* "urged supporters 'to look at the whole picture'" */
        if ((c->t.v[j].flags & T_OPENQ) && j > i && j + 1 < c->t.n && tok_is(c, &c->t.v[j + 1], "to"))
            continue;
        if (tok_is(c, &c->t.v[j], "to")) {
            /* "asked to remain anonymous", "asked to be identified only
             * as": the asker's own terms, not a demand; "has asked to
             * leave the club" is one */
            const tok *v = j + 1 < c->t.n ? &c->t.v[j + 1] : NULL;
            if (j == i && (!v || tok_is(c, v, "remain") || tok_is(c, v, "be") ||
                           tok_is(c, v, "stay") || tok_is(c, v, "withhold") || tok_is(c, v, "keep")))
                return (size_t)-1;
            /* "urged members not to cross picket lines": the "not" stays */
            return j > i && tok_is(c, &c->t.v[j - 1], "not") ? j - 1 : j + 1;
        }
        if (j > i && tok_is(c, &c->t.v[j], "for")) {
            /* "asked the government for help", "asked the department for
             * a response": the asker's own need, or a reporter's */
            size_t w = j + 1 < c->t.n && (tok_is(c, &c->t.v[j + 1], "a") ||
                                          tok_is(c, &c->t.v[j + 1], "an")) ? j + 2 : j + 1;
            if (w < c->t.n && (tok_is(c, &c->t.v[w], "comment") || tok_is(c, &c->t.v[w], "help") ||
                               tok_is(c, &c->t.v[w], "advice") ||
                               tok_is(c, &c->t.v[w], "directions") ||
                               tok_is(c, &c->t.v[w], "information") ||
                               tok_is(c, &c->t.v[w], "response") ||
                               tok_is(c, &c->t.v[w], "statement") ||
                               tok_is(c, &c->t.v[w], "interview") ||
                               /* "asked residents for their views": a consultation */
                               (own_word(c, w) && w + 1 < c->t.n &&
                                (tok_is(c, &c->t.v[w + 1], "views") ||
                                 tok_is(c, &c->t.v[w + 1], "opinions") ||
                                 tok_is(c, &c->t.v[w + 1], "feedback") ||
                                 tok_is(c, &c->t.v[w + 1], "comments")))))
                break;
            return j + 1;
        }
        /* "until 14:00 on Thursday to meet": a time, not a clause's end;
         * 'called on "all sides to exercise restraint"': the quotation
         * opens on the party asked */
        if ((c->t.v[j].flags & T_PUNCT) && !thousands(c, j) && !(j == i && (c->t.v[j].flags & T_OPENQ)))
            break;
    }
    return (size_t)-1;
}

/* Nothing but a colon or dash after the cue: the items are the list
 * below ("Campaigners are calling for:" and a Markdown list). */
int ends_sentence(const actx *c, size_t i) {
    for (; i < c->t.n; i++)
        if (!(c->t.v[i].flags & T_PUNCT)) return 0;
    return 1;
}

/* "set out five demands: A, B" and "demands include A and B" list their
 * items; "set out demands as talks stall" (a headline) and "set out its
 * demands in a letter" do not.  A cue that ends in its noun must be
 * followed by a colon or dash, or end the sentence. */
int list_opens(const actx *c, demand *d, const hit *h) {
    if (d->first >= c->t.n) return 1;
    const tok *k = &c->t.v[d->first];
    if ((k->flags & T_DASH) || ((k->flags & T_PUNCT) && c->text[k->s] == ':')) {
        d->first++;
        return 1;
    }
    char last = c->text[h->e - 1];
    /* "His party's own conditions, published in a memo, include A and B" */
    if (is_punct(c, d->first, ',') && (c->text[h->e - 1] == 's' || c->text[h->e - 1] == 'S'))
        for (size_t i = d->first + 1; i + 1 < c->t.n && i < d->first + 16; i++) {
            if ((c->t.v[i].flags & T_PUNCT) && !is_punct(c, i, ',')) return 0;
            if (!is_punct(c, i, ',')) continue;
            size_t w = i + 2 < c->t.n && tok_is(c, &c->t.v[i + 1], "also") ? i + 2 : i + 1;
            const tok *v = &c->t.v[w];
            if (tok_is(c, v, "include") || tok_is(c, v, "included") || tok_is(c, v, "are") ||
                tok_is(c, v, "were")) {
                d->first = w + 1;
                return 1;
            }
        }
    int ultimatum = h->e - h->s >= 9 && memcmp(c->text + h->e - 9, "ultimatum", 9) == 0;
    if (!(last == 's' || last == 'S') && !ultimatum) return 1;
    /* "set out three demands as conditions for a ceasefire: A, B",
     * "issued an ultimatum to the principal: A, B" */
    size_t attrib = 0;                           /* ", according to two people involved:" */
    for (size_t i = d->first; i < c->t.n && i < d->first + (attrib ? 28 : 16); i++) {
        const tok *t = &c->t.v[i];
        if (!(t->flags & T_PUNCT) || (t->flags & T_QUOTE)) continue;
        if (!attrib && c->text[t->s] == ',' && i + 2 < c->t.n &&
            ((tok_is(c, &c->t.v[i + 1], "according") && tok_is(c, &c->t.v[i + 2], "to")) ||
             tok_is(c, &c->t.v[i + 1], "citing"))) {
            attrib = i;
            continue;
        }
        /* "set out three conditions for joining, including X" */
        if (c->text[t->s] == ',' && i + 2 < c->t.n && tok_is(c, &c->t.v[i + 1], "including")) {
            if (i > d->first) d->a.condition = span_make(k->s, c->t.v[i - 1].e);
            d->first = i + 2;
            return 1;
        }
        /* "in a letter to the Department for Environment, Food and Rural
         * Affairs on Tuesday:": a comma inside a name */
        if (c->text[t->s] == ',' && i > d->first && i + 1 < c->t.n && tok_namey(c, i - 1) &&
            tok_namey(c, i + 1))
            continue;
        if (!(t->flags & T_DASH) && c->text[t->s] != ':') return 0;
        /* "to the principal", "in a letter to the board", "of the fund":
         * who is asked, and where -- not what the demands are for */
        size_t ce = attrib ? attrib : i;
        if (ce > d->first && !tok_is(c, k, "to") && !tok_is(c, k, "in") && !tok_is(c, k, "on") &&
            !tok_is(c, k, "at") && !tok_is(c, k, "of"))
            d->a.condition = span_make(k->s, c->t.v[ce - 1].e);
        d->first = i + 1;
        return 1;
    }
    return 0;
}

/* "only if its members agreed to [recognise X]": the items are what the
 * others must agree to. */
static size_t after_agree(const actx *c, size_t i) {
    for (size_t j = i; j + 1 < c->t.n && j < i + 6; j++) {
        if (c->t.v[j].flags & T_PUNCT) break;
        const tok *k = &c->t.v[j];
        if ((tok_is(c, k, "agree") || tok_is(c, k, "agrees") || tok_is(c, k, "agreed")) &&
            tok_is(c, &c->t.v[j + 1], "to"))
            return j + 2;
    }
    return i;
}

/* "want three things from the trust. First, A; second, B." and "only
 * if the company met four conditions. The first is A. The second, he
 * said, is B.": items told in the sentences after the cue, each opened by
 * an ordinal -- or, after an ultimatum, by "Either". */

/* Where the item of an enumerating sentence starts ("First,", "And
 * secondly:", "The first is", "The second demand, he said, is"); 0 when
 * the sentence opens no item.  Read on the sentence's own tokens. */
static size_t ordinal_opening(const actx *c, int either) {
    size_t i = 0;
    while (i < c->t.n && (c->t.v[i].flags & T_QUOTE)) i++;
    if (i < c->t.n && tok_is(c, &c->t.v[i], "and")) i++;
    if (i + 2 >= c->t.n) return 0;
    if (either && tok_is(c, &c->t.v[i], "either")) return i + 1;
    if (tok_in(c, &c->t.v[i], WS_ORDINALS) && (is_punct(c, i + 1, ',') || is_punct(c, i + 1, ':')))
        return i + 2;
    if (!tok_is(c, &c->t.v[i], "the") || !tok_in(c, &c->t.v[i + 1], WS_ORDINALS)) return 0;
    for (size_t j = i + 2; j + 1 < c->t.n && j < i + 10; j++) {
        const tok *k = &c->t.v[j];
        if (!tok_is(c, k, "is") && !tok_is(c, k, "was")) continue;
        return judged_demand(c, j + 1) ? 0 : j + 1;        /* not "The first was rejected" */
    }
    return 0;
}

/* "The others are A, B and C", "The rest include": the items left after
 * an ordinal count, all in one sentence.  Returns where they start. */
static size_t others_opening(const actx *c) {
    size_t i = 0;
    while (i < c->t.n && (c->t.v[i].flags & T_QUOTE)) i++;
    if (i + 3 >= c->t.n || !tok_is(c, &c->t.v[i], "the") ||
        !(tok_is(c, &c->t.v[i + 1], "others") || tok_is(c, &c->t.v[i + 1], "rest")))
        return 0;
    const tok *v = &c->t.v[i + 2];
    return tok_is(c, v, "are") || tok_is(c, v, "were") || tok_is(c, v, "include") ? i + 3 : 0;
}

/* "it must employ a manager", "the council should publish": the
 * addressee and its modal before the thing asked. */
static size_t past_modal(const actx *c, size_t a, size_t b) {
    for (size_t j = a; j < b && j < a + 4; j++) {
        const tok *k = &c->t.v[j];
        if (k->flags & T_PUNCT) return a;
        if (tok_is(c, k, "must") || tok_is(c, k, "should")) return j + 1;
        if (tok_is(c, k, "to") && j > a &&
            (tok_is(c, &c->t.v[j - 1], "has") || tok_is(c, &c->t.v[j - 1], "have") ||
             tok_is(c, &c->t.v[j - 1], "needs")))
            return j + 1;
    }
    return a;
}

/* One enumerated item [a, b): up to a stop (", which residents say"), or
 * for "Either" up to its comma or "or". */
static int enumerated_item(actx *c, demand *d, size_t a, size_t b, int either) {
    if (a + 2 < b && tok_is(c, &c->t.v[a], "and") && !is_punct(c, a + 2, ',')) a++;  /* "And a nurse" */
    if (a + 2 < b && is_punct(c, a + 1, ',') && ordinal_mark(c, a, a + 1)) a += 2;
    else if (a + 3 < b && tok_is(c, &c->t.v[a], "and") && is_punct(c, a + 2, ',') &&
             ordinal_mark(c, a, a + 2))
        a += 3;                                      /* "and third, it must" */
    a = past_modal(c, a, b);
    for (size_t i = 0; i < c->h.n; i++) {
        const hit *h = &c->h.v[i];
        size_t k = tok_at(&c->t, h->s);
        /* "Second, the prisoner release, including the commander.": the
         * sentence is the item, what it includes too */
        if (h->sec == PS_ITEM_STOPS && k > a && k < b && !wh_after_preposition(c, k) &&
            !tok_is(c, &c->t.v[k], "including"))
            b = k;
    }
    for (size_t i = a + 1; either && i < b; i++)
        if (is_punct(c, i, ',') || tok_is(c, &c->t.v[i], "or")) b = i;
    while (b > a && (c->t.v[b - 1].flags & T_PUNCT)) b--;
    if (b <= a + 1 || d->a.nitems >= ANN_MAX_ITEMS) return 0;
    d->a.items[d->a.nitems++] = span_make(c->t.v[a].s, c->t.v[b - 1].e);
    return 1;
}

/* The items of one enumerating sentence, its ';' parts each. */
static int enumerated_items(actx *c, demand *d, size_t a, int either) {
    int n = 0;
    for (size_t i = a; i <= c->t.n; i++)        /* sentences a quotation kept together too */
        if (i == c->t.n || is_punct(c, i, ';') || is_punct(c, i, '.')) {
            n += enumerated_item(c, d, a, i, either);
            a = i + 1;
        }
    return n;
}

/* Read the sentences after the cue's while each opens an item (and has
 * no demand cue of its own: "First, the union wants" is its own).
 * Returns the items added. */
/* "A wage that keeps up with rent.", "And a nurse in every school.": a
 * sentence that is only a noun phrase, after a count of things asked. */
/* A demand cue of the sentence's own, which ends a list read from the
 * sentences after a lead-in -- not a terms cue ("First, the company
 * must publish X"), which is how the list's items read. */
static int own_cue(const actx *c, const hit *h) {
    return h->sec == PS_DEMANDS && c->rs->pat[PS_DEMANDS].v[h->entry].shape != DEM_TERMS;
}

static size_t bare_opening(const actx *c) {
    size_t i = 0;
    while (i < c->t.n && (c->t.v[i].flags & T_QUOTE)) i++;
    if (i < c->t.n && tok_is(c, &c->t.v[i], "and")) i++;
    if (i + 2 >= c->t.n || !(tok_is(c, &c->t.v[i], "a") || tok_is(c, &c->t.v[i], "an"))) return 0;
    for (size_t j = i + 1; j < c->t.n && j < i + 4; j++)
        if (finite_aux(c, &c->t.v[j]) || any_cue_at(c, &c->t.v[j])) return 0;
    return i + 1;                                   /* the item keeps its "A" */
}

/* Read the sentences after the cue's while each opens an item (and has
 * no demand cue of its own: "First, the union wants" is its own); after
 * a count of things asked ("three things"), up to that many sentences
 * that are only a noun phrase too.  Returns the items added. */
int enumerated_below(actx *c, demand *d, int either, int count) {
    const segment *cur = &c->segs.v[c->si];
    toks t = c->t, tmp = {0};
    hits h = c->h;
    span sent = c->sent;
    int found = 0, skipped = 0, crossed = 0;
    size_t para = cur->para;
    for (size_t j = c->si + 1; j < c->segs.n && j <= c->si + 6; j++) {
        const segment *g = &c->segs.v[j];
        if (g->kind == SEG_LIST_ITEM || g->kind == SEG_HEADING || g->end > cur->end + ANALYSE_LOOKAHEAD_BYTES)
            break;
        /* "has set out two conditions." and a paragraph on "The
         * conditions were presented ... The first is A. The second is B.":
         * the next paragraph, and one sentence before the first item */
        if (g->para != para) {
            if (found || crossed || g->para != para + 1) break;
            crossed = 1;
            para = g->para;
        }
        if (tokenize(c, g->start, g->end, &tmp) < 0 || scan_hits(c, g->start, g->end, &c->h2) < 0)
            break;
        c->t = tmp;
        c->h = c->h2;
        c->sent = span_make(g->start, g->end);
        size_t rest = found ? others_opening(c) : 0;
        if (rest) {                                  /* "The others are A, B and C." */
            size_t first = d->first, lim = d->lim, had = d->a.nitems;
            d->first = rest;
            d->lim = c->t.n;
            while (d->lim > rest && (c->t.v[d->lim - 1].flags & (T_PUNCT | T_QUOTE))) d->lim--;
            if (d->lim > rest + 1) split_items(c, d);
            found += (int)(d->a.nitems - had);
            d->first = first;
            d->lim = lim;
            c->h2 = c->h;
            c->h = h;
            tmp = c->t;
            c->t = t;
            c->sent = sent;
            break;
        }
        int ei = either && j == c->si + 1 && ordinal_opening(c, 0) == 0 && ordinal_opening(c, 1);
        size_t a = ordinal_opening(c, ei);
        if (!a && found < count) {
            a = bare_opening(c);
            if (a) a--;
        }
        int own = 0;
        for (size_t i = 0; i < c->h.n; i++) own |= own_cue(c, &c->h.v[i]);
        if (a && !own) found += enumerated_items(c, d, a, ei);
        c->h2 = c->h;
        c->h = h;
        tmp = c->t;
        c->t = t;
        c->sent = sent;
        if (!a && !own && !found && !skipped && !ei) {
            skipped = 1;
            continue;
        }
        if (!a || own || ei) break;
    }
    free(tmp.v);
    if ((skipped || crossed) && found < 2) {        /* a lone ordinal that far off is no list */
        d->a.nitems -= found;
        found = 0;
    }
    return found;
}

/* "three things from the academy trust", "the company met four
 * conditions": a count and a plural that announce the items after. */
static int lead_in(const actx *c, span item) {
    size_t a = tok_at(&c->t, item.start);
    for (size_t i = a; i + 1 < c->t.n && c->t.v[i + 1].e <= item.end && i < a + 6; i++) {
        const tok *k = &c->t.v[i];
        if (!((k->flags & T_NUM) || tok_count(c, k) > 1)) continue;
        if (!plural_word(c, i + 1) && !tok_is(c, &c->t.v[i + 1], "things")) return 0;
        return tok_count(c, k) > 1 ? tok_count(c, k) : 1;
    }
    return 0;
}

/* Do only closing marks follow token i to the sentence's end? */
static int closes_sentence(const actx *c, size_t i) {
    for (; i < c->t.n; i++)
        if (!(c->t.v[i].flags & (T_PUNCT | T_QUOTE))) return 0;
    return 1;
}

/* ... or only a closing attribution: ", its chair told reporters." */
static int closes_but_tag(const actx *c, size_t i) {
    if (closes_sentence(c, i)) return 1;
    if (i >= c->t.n || !is_punct(c, i, ',')) return 0;
    /* '..., its chair told reporters.', '...three things," Rhodes told a
     * crowd': a speaker and a cue a few words on */
    size_t near = i + 10 < c->t.n ? c->t.v[i + 10].s : c->sent.end;
    for (size_t j = 0; j < c->claims.n; j++) {
        const annotation *a = &c->claims.v[j].a;
        if (a->cue.start > c->t.v[i].s &&
            ((!span_is_null(a->content) && a->content.end <= c->t.v[i].s) || a->cue.start < near))
            return 1;
    }
    return 0;
}

/* A demand that ends its sentence may have its items told after it:
 * those replace a lead-in ("three things").  Without a lead-in it takes
 * two ordinals or more -- not "First, though, members will vote". */
void items_told_after(actx *c, demand *d) {
    if (!d->a.nitems || !closes_but_tag(c, tok_at(&c->t, d->a.items[d->a.nitems - 1].end)))
        return;
    int had = d->a.nitems, leads = 0, count = 0;
    int lead[ANN_MAX_ITEMS];
    for (int i = 0; i < had; i++) {
        lead[i] = lead_in(c, d->a.items[i]);
        leads += lead[i] != 0;
        count += lead[i];
    }
    int found = enumerated_below(c, d, 0, count);
    if (!leads && found < 2) d->a.nitems = had;
    if (!found || !leads) return;
    int n = 0;
    for (int i = 0; i < d->a.nitems; i++)
        if (i >= had || !lead[i]) d->a.items[n++] = d->a.items[i];
    d->a.nitems = n;
}

/* The sentence ends in a colon and a list follows: "have set out three
 * demands in return for backing the bill:" and numbered lines. */
int list_below(const actx *c) {
    size_t e = c->sent.end;
    while (e > c->sent.start && (c->text[e - 1] == ' ' || c->text[e - 1] == '\n')) e--;
    int opens = e > c->sent.start && (c->text[e - 1] == ':' ||
                                      c->segs.v[c->si].kind == SEG_HEADING);  /* "## What the union wants" */
    return opens && c->si + 1 < c->segs.n && c->segs.v[c->si + 1].kind == SEG_LIST_ITEM;
}

/* Where the items start: after "to" for "urged X to", past "agree to",
 * "that", "is" ("What voters want is stability") and a colon a few words
 * on ("want three things: A, B"). (size_t)-1 when an urge has no "to". */
size_t items_start(actx *c, const rule_entry *e, size_t after, size_t first) {
    if (e->shape == DEM_URGE) {
        first = after < c->t.n && tok_is(c, &c->t.v[after], "that") ? after : after_to(c, first);
        if (first == (size_t)-1) return first;
        /* "urged anyone with dashcam footage to come forward": a short
         * appeal to the public reads as one item, addressee and all */
        if (first - after <= 6 && the_public(c, after)) first = after;
        /* "We just want the shooting to stop": no party is asked, what
         * is to happen is the item, subject and all */
        if (first > after + 1 && first - after <= 6 && tok_is(c, &c->t.v[first - 1], "to") &&
            !addressee(c, after, first - 1) && !tok_in(c, &c->t.v[after], WS_OBJECT_PRONOUNS) &&
            !tok_in(c, &c->t.v[after], WS_PRONOUNS))
            first = after;
        /* "urged both sides back to the table": a preposition's "to",
         * the whole object is what is asked */
        if (first > after + 1 && first < c->t.n && tok_is(c, &c->t.v[first - 1], "to") &&
            (tok_in(c, &c->t.v[first], WS_DETERMINERS) || tok_in(c, &c->t.v[first], WS_POSSESSIVES)) &&
            !tok_is(c, &c->t.v[first], "that"))
            first = after;
    }
    if (e->shape == DEM_CONDITION) first = after_agree(c, first);
    if (first < c->t.n && tok_is(c, &c->t.v[first], "that")) first++;
    /* "Their demands are simple: fair pay and safe staffing" */
    if (first + 2 < c->t.n && tok_in(c, &c->t.v[first], WS_JUDGEMENT_WORDS) &&
        is_punct(c, first + 1, ':'))
        first += 2;
    if (first + 1 < c->t.n && tok_in(c, &c->t.v[first], WS_CUE_ADVERBS) &&
        (tok_is(c, &c->t.v[first + 1], "is") || tok_is(c, &c->t.v[first + 1], "are")))
        first++;                                    /* "What the club wants now is" */
    if (first < c->t.n && (tok_is(c, &c->t.v[first], "is") || tok_is(c, &c->t.v[first], "are"))) {
        first++;                                    /* "What voters want is stability" */
        /* "What the watchdog wants is set out in chapter 9": where it
         * is told, the things come after a colon or not here */
        if (first < c->t.n && (verb_like(c, &c->t.v[first]) || tok_is(c, &c->t.v[first], "set") ||
                               tok_is(c, &c->t.v[first], "laid") || tok_is(c, &c->t.v[first], "spelt"))) {
            size_t k = first;
            while (k < c->t.n && k < first + 10 && !is_punct(c, k, ':')) k++;
            if (k + 1 >= c->t.n || !is_punct(c, k, ':')) return (size_t)-1;
            first = k + 1;
        }
    }
    /* "want three things: A, B", "its demands were simple: A and B" --
     * not "seeking discharge on three grounds: that ...", the item */
    for (size_t j = first; e->shape != DEM_LIST && j < c->t.n && j < first + 4; j++) {
        if (is_punct(c, j, ':')) {
            if (j > first && j + 1 < c->t.n) first = j + 1;
            break;
        }
        if ((c->t.v[j].flags & T_PUNCT) || preposition(c, j)) break;
    }
    return first;
}

/* A demand made inside a "who" clause ends with it: ", who wants X, said
 * ...", "Customers who want a refund should ...". */
void end_at_relative(actx *c, demand *d, size_t cs) {
    if (relative_at(c, cs - 1))
        for (size_t i = d->first; i < d->lim; i++)
            if (is_punct(c, i, ',')) {
                d->lim = i;
                break;
            }
    if (cs > 0 && who_at(c, cs - 1))
        for (size_t i = d->first; i < d->lim; i++)
            if (tok_in(c, &c->t.v[i], WS_AUXILIARIES)) {
                d->lim = i;
                break;
            }
}

static void items_after_colon(actx *c, demand *d, size_t k);

/* "has tabled four conditions for a truce. According to a copy seen by
 * reporters, they are: A; B; and C": the next sentence names the list
 * after its "are:" or "include:". */
int colon_below(actx *c, demand *d) {
    const segment *cur = &c->segs.v[c->si];
    if (c->si + 1 >= c->segs.n) return 0;
    const segment *g = &c->segs.v[c->si + 1];
    if (g->para != cur->para || g->kind != SEG_PROSE || g->end > cur->end + ANALYSE_LOOKAHEAD_BYTES)
        return 0;
    toks t = c->t, tmp = {0};
    hits h = c->h;
    span sent = c->sent;
    int found = 0;
    if (tokenize(c, g->start, g->end, &tmp) == 0 && scan_hits(c, g->start, g->end, &c->h2) == 0) {
        c->t = tmp;
        c->h = c->h2;
        c->sent = span_make(g->start, g->end);
        size_t k = 1;
        while (k < c->t.n && k < 16 && !(c->t.v[k].flags & T_PUNCT && !is_punct(c, k, ','))) k++;
        const tok *v = k < c->t.n ? &c->t.v[k - 1] : NULL;
        int own = 0;
        for (size_t i = 0; i < c->h.n; i++) own |= own_cue(c, &c->h.v[i]);
        /* "they are:", "the conditions include:" -- not "The reasons are:" */
        const tok *u = k >= 2 ? &c->t.v[k - 2] : NULL;
        int listed = k + 1 == c->t.n && c->si + 2 < c->segs.n &&
                     c->segs.v[c->si + 2].kind == SEG_LIST_ITEM;
        if (v && u && !own && is_punct(c, k, ':') && (k + 2 < c->t.n || listed) &&
            (tok_is(c, v, "are") || tok_is(c, v, "were") || tok_is(c, v, "include") ||
             tok_is(c, v, "included")) &&
            (tok_is(c, u, "they") || tok_is(c, u, "these") || tok_is(c, u, "demands") ||
             tok_is(c, u, "conditions") || tok_is(c, u, "terms"))) {
            demand keep = *d;
            if (listed) {
                /* "They are:" and a numbered list below it */
                size_t si = c->si;
                d->a.nitems = 0;
                c->si++;
                list_items(c, d);
                c->si = si;
            } else {
                items_after_colon(c, d, k);
            }
            found = d->a.nitems >= 2;
            if (!found) *d = keep;
        }
        c->h2 = c->h;
        c->h = h;
        tmp = c->t;
        c->t = t;
        c->sent = sent;
    }
    free(tmp.v);
    return found;
}

/* The items after a colon at token k, to the sentence's end: one per
 * ';' part when there are any ("A; B; and C"), else split at commas and
 * "and" as any list. */
static void items_after_colon(actx *c, demand *d, size_t k) {
    int semi = 0;
    for (size_t j = k + 1; j < c->t.n; j++) semi |= is_punct(c, j, ';');
    d->a.nitems = 0;
    d->first = k + 1;
    if (!semi) {
        d->lim = c->t.n;
        while (d->lim > d->first && (c->t.v[d->lim - 1].flags & T_PUNCT)) d->lim--;
        split_items(c, d);
        return;
    }
    size_t a = k + 1;
    for (size_t j = k + 1; j <= c->t.n; j++)
        if (j == c->t.n || is_punct(c, j, ';')) {
            add_item(c, d, a, j);
            a = j + 1;
        }
    d->lim = c->t.n;
}

/* "would push for three changes:" and one paragraph per change below:
 * the first sentence of each of the next paragraphs, up to the count,
 * while none holds a demand cue of its own. */
static int paragraphs_below(actx *c, demand *d, int count) {
    const segment *cur = &c->segs.v[c->si];
    size_t para = cur->para;
    int n = 0;
    for (size_t j = c->si + 1; j < c->segs.n && n < count; j++) {
        const segment *g = &c->segs.v[j];
        if (g->end > cur->end + ANALYSE_LOOKAHEAD_BYTES || g->kind == SEG_HEADING) break;
        if (g->para == para) continue;           /* the item's own further sentences */
        if (g->para != para + 1 || scan_hits(c, g->start, g->end, &c->h2) < 0) break;
        /* a cue of its own ends the list: "Talks resume Monday, she said."
         * -- not a noun after its article, "A say over policing" */
        for (size_t i = 0; i < c->h2.n; i++) {
            const hit *h = &c->h2.v[i];
            if (!own_cue(c, h) && h->sec != PS_CUES) continue;
            if (h->s == g->start + 2 && (c->text[g->start] | 0x20) == 'a') continue;
            return n;
        }
        size_t e = g->end;
        while (e > g->start && (c->text[e - 1] == '.' || c->text[e - 1] == ';')) e--;
        if (e <= g->start || d->a.nitems >= ANN_MAX_ITEMS) break;
        d->a.items[d->a.nitems++] = span_make(g->start, e);
        para = g->para;
        n++;
    }
    return n;
}

/* "insists on three things before any final settlement: A; B; and C",
 * "would push for three changes:" and a paragraph each: a count of
 * things asked and a colon -- the list replaces the count. */
int counted_colon(actx *c, demand *d) {
    if (d->a.nitems != 1) return 0;
    int count = lead_in(c, d->a.items[0]);
    if (count < 2) return 0;
    size_t k = tok_at(&c->t, d->a.items[0].end), stop = k + 12;
    for (; k < c->t.n && k < stop && !is_punct(c, k, ':'); k++)
        if ((c->t.v[k].flags & T_PUNCT) && !is_punct(c, k, ',')) return 0;
    if (k >= c->t.n || k >= stop) return 0;
    demand keep = *d;
    if (k + 1 >= c->t.n) {
        d->a.nitems = 0;
        if (paragraphs_below(c, d, count) < 2) *d = keep;
        return d->a.nitems != keep.a.nitems || d->a.items[0].start != keep.a.items[0].start;
    }
    items_after_colon(c, d, k);
    if (d->a.nitems < 2) *d = keep;
    return 1;
}
