/* demand_actor.c -- who a demand belongs to.  Usually the subject of the
 * cue's clause, found past asides, relative clauses and times; else the
 * owner of a demand noun ("the union's call"), the party the sentence or
 * the one before opens with, or the speaker a pronoun or a quoted "we"
 * stands for.  Kept apart from the cue and item rules because it reads
 * the text around the cue, not the cue itself, and the claims that
 * report it. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "demand.h"


#define ACTOR_MAX_TOKENS 6
#define ACTOR_PHRASE_TOKENS 8  /* a subject this short is the actor as a whole */

/* "Striking", "Retired": ends in -ed whatever its case. */
static int verb_like_word(const actx *c, const tok *k) {
    return (k->flags & T_WORD) && k->e - k->s > 4 && memcmp(c->text + k->e - 2, "ed", 2) == 0;
}

/* "he", "she": one person. */
int one_person(const actx *c, size_t i) {
    return tok_is(c, &c->t.v[i], "he") || tok_is(c, &c->t.v[i], "she");
}

/* Does the span end in a plural ("Pals", "Residents of the estate" --
 * the head before "of" is not looked for; "Pals" is enough)? */
static int plural_end(const actx *c, span sp) {
    size_t n = span_len(sp);
    const char *e = c->text + sp.end;
    return n > 3 && e[-1] == 's' && e[-2] != 's' && e[-2] != '\'';
}

/* The first run of name words in [a, b): "Russian President Vladimir
 * Putin", "Russia's". */
span name_run(const actx *c, size_t a, size_t b) {
    for (size_t i = a; i < b; i++) {
        if (!tok_namey(c, i)) continue;
        size_t j = i + 1;
        while (j < b && !(c->t.v[j - 1].flags & T_POSS) &&
               (tok_namey(c, j) || tok_in(c, &c->t.v[j], WS_TITLES) ||
                (is_punct(c, j, '&') && j + 1 < b && tok_namey(c, j + 1))))   /* "Marks & Spencer" */
            j++;
        return span_make(c->t.v[i].s, c->t.v[j - 1].e);
    }
    return span_null();
}

/* "The 26-year-old", "two 17-year-olds": a person told by age. */
static int aged(const actx *c, const tok *k) {
    size_t n = k->e - k->s;
    const char *e = c->text + k->e;
    return (k->flags & T_NUM) &&
           ((n > 9 && memcmp(e - 9, "-year-old", 9) == 0) ||
            (n > 10 && memcmp(e - 10, "-year-olds", 10) == 0));
}

/* A party that can want something: a name, a body, people, a pronoun --
 * not "the recipe" or "the draft bill". */
int can_want(actx *c, size_t a, size_t b) {
    for (size_t i = a; i < b; i++) {
        const tok *k = &c->t.v[i];
        if (tok_org_noun(c, k) || aged(c, k) || tok_source_noun(c, k) || tok_person_noun(c, k) ||
            tok_bare_in(c, k, WS_PARTY_NOUNS) || tok_in(c, k, WS_MESSAGE_NOUNS) ||
            tok_in(c, k, WS_PRONOUNS) || tok_is(c, k, "I"))
            return 1;
    }
    return 0;
}

static int span_within(span inner, span outer) {
    return inner.start >= outer.start && inner.end <= outer.end;
}

/* "both", "Many of them", "most of the tenants": a part of the parties
 * named before, standing for them. */
static int quantified(const actx *c, size_t a, size_t b) {
    const tok *k = &c->t.v[a];
    if (b <= a || b - a > 4 || (b - a > 1 && !tok_is(c, &c->t.v[a + 1], "of")) || b - a == 2)
        return 0;
    return tok_is(c, k, "both") || tok_is(c, k, "many") || tok_is(c, k, "most") ||
           tok_is(c, k, "some") || tok_is(c, k, "several") || tok_is(c, k, "all");
}

/* "300 fishermen", "About 40 children": a count of people whose plural
 * does not end in "s", which the noun-phrase reading misses. */
static int counted_party(actx *c, size_t a, size_t b) {
    const tok *h = &c->t.v[b - 1];
    int men = h->e - h->s > 4 && (h->flags & T_WORD) && memcmp(c->text + h->e - 3, "men", 3) == 0;
    if (b - a < 2 || b - a > 4 || !(men || tok_bare_in(c, h, WS_PARTY_NOUNS))) return 0;
    int count = 0;
    for (size_t i = a; i + 1 < b; i++) {
        const tok *k = &c->t.v[i];
        if ((k->flags & T_PUNCT) || (k->flags & T_POSS)) return 0;
        count |= (k->flags & T_NUM) != 0;
    }
    return count;
}

/* The actor is the whole noun phrase when the clause is one ("The
 * Harbour Workers' Union", "The governor of Eastport"), else the first
 * run of name words in it. */
span actor_in(actx *c, size_t a, size_t b) {
    span sp = name_run(c, a, b);
    if (b > a && b - a <= ACTOR_PHRASE_TOKENS) {
        np_info np = np_classify(c, a, b);
        if ((np.kind == NP_NAMED || np.kind == NP_ANON) &&
            (span_is_null(sp) ? can_want(c, a, b) : span_within(sp, np.sp)))
            return np.sp;
    }
    /* "Striking teachers in the Harlan Falls Unified School District":
     * too long to be the actor whole, its head is the party before the
     * preposition, not the name after it */
    if (!span_is_null(sp) && b - a > ACTOR_PHRASE_TOKENS)
        for (size_t p = a + 1; p < b && p < a + 4; p++) {
            if (!preposition(c, p)) continue;
            span lead = name_run(c, a, p);          /* "Striking" opening a sentence */
            int opener = !span_is_null(lead) && lead.start == c->t.v[a].s && lead.end == c->t.v[a].e &&
                         (ing_word(c, &c->t.v[a]) || verb_like_word(c, &c->t.v[a]));
            if (sp.start >= c->t.v[p].s || opener) sp = name_run(c, p, b);
            if (!span_is_null(sp) && (span_is_null(lead) || opener) && can_want(c, a, p)) {
                np_info np = np_classify(c, a, p);
                if (np.kind != NP_NONE) return np.sp;
            }
            break;
        }
    if (!span_is_null(sp)) return sp;
    if (quantified(c, a, b)) return span_make(c->t.v[a].s, c->t.v[b - 1].e);
    if (b > a && b - a <= ACTOR_MAX_TOKENS && can_want(c, a, b)) {
        np_info np = np_classify(c, a, b);
        if (np.kind != NP_NONE) return np.sp;
        if (b - a == 1 && tok_is(c, &c->t.v[a], "I")) return span_make(c->t.v[a].s, c->t.v[a].e);
        /* "The communiqué also calls for", "a letter that demands": the
         * document that carries the demand (its authors, when named, are
         * found as well) */
        if (b - a <= 4 && tok_in(c, &c->t.v[b - 1], WS_MESSAGE_NOUNS) &&
            tok_in(c, &c->t.v[a], WS_DETERMINERS))
            return span_make(c->t.v[a].s, c->t.v[b - 1].e);
        if (counted_party(c, a, b)) return span_make(c->t.v[a].s, c->t.v[b - 1].e);
        if (b - a <= 3 && aged(c, &c->t.v[b - 1])) return span_make(c->t.v[a].s, c->t.v[b - 1].e);
    }
    return span_null();
}

/* "striking", "seeking": a word of five letters or more in -ing. */
int ing_word(const actx *c, const tok *k) {
    return k->e - k->s > 4 && memcmp(c->text + k->e - 3, "ing", 3) == 0;
}

/* "agreed", "backdated": a lowercase word of four letters or more in -ed. */
int verb_like(const actx *c, const tok *k) {
    size_t n = k->e - k->s;
    return (k->flags & T_WORD) && !(k->flags & T_CAP) && n > 3 &&
           memcmp(c->text + k->e - 2, "ed", 2) == 0;
}

/* What the sentence opens with, after a dateline: "Workers at the
 * Antamayo copper mine" (began an indefinite strike, demanding ...). */
static span opening_phrase(actx *c, size_t upto) {
    size_t a = 0;
    for (size_t i = 0; i < upto && i < 14; i++)
        if (c->t.v[i].flags & T_DASH) a = i + 1;
    size_t b = a;
    while (b < upto && b - a < 6) {
        const tok *k = &c->t.v[b];
        if ((k->flags & T_PUNCT) || tok_in(c, k, WS_AUXILIARIES) || verb_like(c, k) ||
            any_cue_at(c, k) || (b > a && !(k->flags & T_CAP) && tok_in(c, k, WS_IRREGULAR_PASTS)))
            break;
        if (b > a && !(k->flags & T_CAP) && !tok_in(c, k, WS_POSTMODIFIERS) &&
            !tok_in(c, k, WS_DETERMINERS) && (c->t.v[b - 1].flags & T_WORD) &&
            !(c->t.v[b - 1].flags & T_CAP) && c->text[c->t.v[b - 1].e - 1] == 's' &&
            c->t.v[b - 1].e - c->t.v[b - 1].s > 3 &&              /* not "bus drivers" */
            !tok_in(c, &c->t.v[b - 1], WS_POSTMODIFIERS))
            break;                                   /* "farmers drove" */
        b++;
    }
    /* "At least 47 detainees at the" cut at six words: not its tail */
    while (b > a + 1 && (tok_in(c, &c->t.v[b - 1], WS_DETERMINERS) || preposition(c, b - 1))) b--;
    return actor_in(c, a, b);
}

/* The party the sentence before opens with ("Demonstrators gathered
 * outside parliament. Their demands: ..."), read on that sentence's own
 * tokens and hits. */
static span party_before(actx *c) {
    span found = span_null();
    if (c->si == 0) return found;
    const segment *g = &c->segs.v[c->si - 1];
    if (g->kind == SEG_LIST_ITEM || g->para + 1 < c->segs.v[c->si].para) return found;
    toks tmp = {0};
    if (tokenize(c, g->start, g->end, &tmp) == 0 && scan_hits(c, g->start, g->end, &c->h2) == 0) {
        toks t = c->t;
        hits h = c->h;
        span sent = c->sent;
        c->t = tmp;
        c->h = c->h2;
        c->sent = span_make(g->start, g->end);
        found = opening_phrase(c, c->t.n);
        c->h2 = c->h;
        c->h = h;
        c->t = t;
        c->sent = sent;
    }
    free(tmp.v);
    return found;
}

/* Who a claim's source is, as a demand's actor: the words that name it
 * ("she", "they"), not the claims analyser's antecedent -- that is the
 * last person named, a guess that fails for "they" ("In it, they
 * insist" after "the Brickfield Stadium") and for a speaker first
 * described without a name ("a man identifying himself as the group's
 * spokesman ... he said"); the pronoun is a mention annotators list. */
span said_by(const source_ref *src) {
    return src->name;
}

/* Who says the words holding byte `at`: "The union said [it wanted ...]". */
span reporter_of(const actx *c, size_t at) {
    for (size_t i = 0; i < c->claims.n; i++) {
        const annotation *a = &c->claims.v[i].a;
        if (span_is_null(a->content) || span_is_null(a->source.name)) continue;
        if (a->content.start <= at && a->content.end > at && a->source.name.end <= at)
            return said_by(&a->source);
    }
    return span_null();
}

/* As reporter_of, but the words that name the speaker ("she"), not
 * whom the claim reading takes them for. */
span teller_of(const actx *c, size_t at) {
    for (size_t i = 0; i < c->claims.n; i++) {
        const annotation *a = &c->claims.v[i].a;
        if (span_is_null(a->content) || span_is_null(a->source.name)) continue;
        if (a->content.start <= at && a->content.end > at && a->source.name.end <= at)
            return a->source.name;
    }
    return span_null();
}

/* "Protesters who blocked the bridge on Tuesday set out ...": the subject
 * is what the relative clause hangs on. */
static size_t before_relative(const actx *c, size_t a, size_t b) {
    for (size_t i = a + 1; i < b; i++)
        if (who_at(c, i) || tok_is(c, &c->t.v[i], "which")) return i;
    return b;
}

/* The actor in a subject [a, b); failing the whole, its head before a
 * participle ("Residents blocking the road to the site"). */
static span subject_in(actx *c, size_t a, size_t b) {
    /* "An armed group holding nine aid workers in the hills above
     * Dantoka": a name after the participle is not the head */
    for (size_t i = a + 1; i < b && i < a + ACTOR_MAX_TOKENS; i++) {
        const tok *k = &c->t.v[i];
        if (k->flags & T_PUNCT) break;
        if ((k->flags & (T_WORD | T_CAP)) != T_WORD || !ing_word(c, k)) continue;
        span head = span_is_null(name_run(c, a, i)) ? actor_in(c, a, i) : span_null();
        if (!span_is_null(head) && !span_is_null(name_run(c, i, b))) return head;
        break;
    }
    span sp = actor_in(c, a, before_relative(c, a, b));
    if (!span_is_null(sp)) return sp;
    for (size_t i = a + 1; i < b; i++) {
        const tok *k = &c->t.v[i];
        if ((k->flags & (T_WORD | T_CAP)) == T_WORD && ing_word(c, k)) return actor_in(c, a, i);
    }
    /* "An open letter signed by more than 300 musicians": too long to be
     * the actor whole, its head stands before the participle */
    for (size_t i = a + 2; i < b; i++) {
        const tok *k = &c->t.v[i];
        if ((k->flags & (T_WORD | T_CAP)) == T_WORD &&
            (verb_like(c, k) || tok_in(c, k, WS_IRREGULAR_PASTS)) && !participle(c, a, i))
            return actor_in(c, a, i);
    }
    return sp;
}

static int weekday(const actx *c, const tok *k) {
    return tok_in(c, k, WS_DAYS);
}

/* "X on Thursday set out", "X yesterday called for": the subject stands
 * before the time. */
static size_t before_when(const actx *c, size_t cs) {
    for (;;) {
        const tok *t = c->t.v;
        if (cs >= 2 && tok_is(c, &t[cs - 2], "on") && weekday(c, &t[cs - 1])) cs -= 2;
        else if (cs >= 3 && tok_is(c, &t[cs - 3], "on") && weekday(c, &t[cs - 2]) &&
                 (tok_is(c, &t[cs - 1], "night") || tok_is(c, &t[cs - 1], "morning") ||
                  tok_is(c, &t[cs - 1], "evening") || tok_is(c, &t[cs - 1], "afternoon")))
            cs -= 3;
        else if (cs >= 1 && (tok_is(c, &t[cs - 1], "yesterday") || tok_is(c, &t[cs - 1], "today") ||
                             tok_is(c, &t[cs - 1], "tonight") || tok_is(c, &t[cs - 1], "earlier")))
            cs -= 1;
        else if (cs >= 2 && (tok_is(c, &t[cs - 2], "last") || tok_is(c, &t[cs - 2], "this")) &&
                 (tok_is(c, &t[cs - 1], "week") || tok_is(c, &t[cs - 1], "month") ||
                  tok_is(c, &t[cs - 1], "year") || tok_is(c, &t[cs - 1], "night") ||
                  tok_is(c, &t[cs - 1], "weekend")))
            cs -= 2;
        else return cs;
    }
}

/* Where the subject of the clause [a, b) ends: at its verb ("fans have
 * signed a petition calling for", "it had written to X demanding", "X
 * welcomed the results but called on"); b when [a, b) is all subject. */
/* "The newly formed Athletes' Alliance", "a recently merged union": an
 * -ed word after its determiner describes the noun, it is not the verb. */
int participle(const actx *c, size_t a, size_t i) {
    size_t d = i - 1;
    const tok *p = &c->t.v[d];
    if (d > a && tok_ly_word(c, p)) d--;
    return tok_in(c, &c->t.v[d], WS_DETERMINERS);
}

static size_t subject_end(const actx *c, size_t a, size_t b) {
    for (size_t i = a + 1; i < b; i++) {
        const tok *k = &c->t.v[i];
        if (who_at(c, i) || tok_is(c, k, "which") || tok_is(c, k, "that")) return b;
        if (finite_aux(c, k)) return i;
        if (verb_like(c, k) && i + 1 < c->t.n && i + 1 <= b && !participle(c, a, i) &&
            (tok_in(c, &c->t.v[i + 1], WS_DETERMINERS) || (c->t.v[i + 1].flags & T_POSS)))
            return i;
    }
    return b;
}

/* The whole of an aside after a name is a description ("Public Plate,
 * a consumer advocacy group, called for"), not the actor. */
static int described(actx *c, size_t a2, size_t p) {
    return p > a2 && !span_is_null(name_run(c, a2, p));
}

/* Is [0, comma) a phrase put before the clause ("Chief among them",
 * "Failing that", "For its part") -- words only? */
static int fronted(const actx *c, size_t comma) {
    for (size_t i = 0; i < comma; i++)
        if ((c->t.v[i].flags & T_PUNCT) || any_cue_at(c, &c->t.v[i])) return 0;
    return 1;
}

/* "its"/"their"/"it" as the whole subject: the speaker's, the last
 * demand's actor or the party named before.  Returns 0 when the subject is
 * no such pronoun. */
static int pronoun_actor(actx *c, size_t a, size_t cs, const demand *prev, span *out) {
    span sp;
    /* "said that its terms included": its is the speaker's */
    if (cs == a + 1 && (tok_is(c, &c->t.v[a], "its") || tok_is(c, &c->t.v[a], "their"))) {
        sp = reporter_of(c, c->t.v[a].s);
        if (span_is_null(sp) && prev) sp = prev->a.actor;
        if (span_is_null(sp)) sp = party_before(c);
        *out = span_is_null(sp) || !agrees(c, a, sp) ? span_null() : sp;
        return 1;
    }
    if (cs == a + 1 && tok_is(c, &c->t.v[a], "it")) {
        sp = reporter_of(c, c->t.v[a].s);
        if (span_is_null(sp) && prev) sp = prev->a.actor;
        if (span_is_null(sp) && a == 0)                       /* "It is demanding" */
            sp = span_make(c->t.v[a].s, c->t.v[a].e);
        /* "Chief among them, it calls for": after a fronted phrase, the
         * party the sentence before opens with, else "it" itself */
        if (span_is_null(sp) && a > 1 && a <= 7 && is_punct(c, a - 1, ',') && fronted(c, a - 1)) {
            sp = party_before(c);
            if (span_is_null(sp)) sp = span_make(c->t.v[a].s, c->t.v[a].e);
        }
        /* "Hamas says it will release ... only if", the claim unread:
         * the subject of the reporting verb */
        if (span_is_null(sp) && a > 1 && cue_word_at(c, &c->t.v[a - 1])) {
            size_t a2 = back_to_clause(c, a - 1);
            sp = subject_in(c, a2, subject_end(c, a2, a - 1));
        }
        *out = sp;
        return 1;
    }
    return 0;
}

/* No subject, and a comma just before the cue: a gerund's actor, or the
 * party an aside or appositive between commas describes.  Returns 0 when
 * nothing there answers. */
static int actor_behind_comma(actx *c, size_t a, size_t cs, const demand *prev, span *out) {
    if (ing_word(c, &c->t.v[cs])) {
        /* "..., the weather service warned, urging drivers to": the
         * speaker whose verb the comma follows */
        for (size_t i = 0; !prev && a >= 2 && i < c->claims.n; i++) {
            const annotation *cl = &c->claims.v[i].a;
            if (cl->cue.end == c->t.v[a - 2].e && !span_is_null(cl->source.name) &&
                cl->source.name.end <= cl->cue.start) {
                *out = said_by(&cl->source);
                return 1;
            }
        }
        *out = prev ? prev->a.actor : opening_phrase(c, cs);
        return 1;
    }
    /* "The association, which represents teachers, counselors and nurses,
     * is demanding": commas inside the aside */
    for (size_t p = a - 1; p > 1 && a - p < 30 && !(c->t.v[p - 1].flags & T_QUOTE); p--) {
        if (is_punct(c, p - 1, '.') || is_punct(c, p - 1, ';') || is_punct(c, p - 1, ':')) break;
        if (!relative_at(c, p)) continue;
        span sp = actor_in(c, back_to_clause(c, p - 1), p - 1);
        if (span_is_null(sp)) break;
        *out = sp;
        return 1;
    }
    /* "X, which owns 6 percent of Y, is pressing for" */
    for (size_t p = a - 1; p > 0 && a - p < 30; p--) {
        if (!is_punct(c, p - 1, ',')) continue;
        if (p == a - 1) return 0;
        size_t a2 = back_to_clause(c, p - 1);
        /* "Their union, the Allied Health Workers' Union, is calling
         * for": the appositive names the actor */
        if (tok_is(c, &c->t.v[p], "including"))   /* ", including two former winners," */
            return (*out = subject_in(c, a2, p - 1)), 1;
        if (tok_aside(c, p, a - 1) ||
            (described(c, a2, p - 1) &&
             (span_is_null(name_run(c, p, a - 1)) || tok_is(c, &c->t.v[p], "a") ||
              tok_is(c, &c->t.v[p], "an")))) {
            *out = actor_in(c, a2, p - 1);
            return 1;
        }
        /* ", seen by this newspaper,", ", and leaked to X,": a
         * participle, not a party */
        size_t q = p + 2 < a - 1 && tok_is(c, &c->t.v[p], "and") ? p + 1 : p;
        span ap = (q + 1 < a - 1 && tok_is(c, &c->t.v[q + 1], "by")) ||
                          (q + 1 < a - 1 && verb_like(c, &c->t.v[q]))
                      ? span_null()
                      : actor_in(c, p, a - 1);
        *out = !span_is_null(ap) ? ap : actor_in(c, a2, p - 1);  /* ", led by ...," */
        return 1;
    }
    return 0;
}

/* "Inspector pauses local plan and asks council to": in a headline the
 * subject runs up to its first verb in -s -- not "Parents of pupils". */
static span headline_subject(const actx *c, size_t lim) {
    for (size_t j = 1; j < lim && j < 4; j++) {
        const tok *v = &c->t.v[j];
        if ((v->flags & T_PUNCT) || preposition(c, j)) return span_null();
        if ((v->flags & (T_WORD | T_CAP)) == T_WORD && v->e - v->s > 3 && c->text[v->e - 1] == 's' &&
            c->text[v->e - 2] != 's' && !plural_word(c, j - 1) && !preposition(c, j - 1))
            return span_make(c->t.v[0].s, c->t.v[j - 1].e);
    }
    return span_null();
}

/* No subject after a clause word ("... and urged ministers to"): the last
 * demand's actor, the latest claim's source, or the clause before's subject. */
static span shared_actor(actx *c, size_t a, size_t cs, const demand *prev) {
    /* "Its chair said fans wanted X, and called on the board to": after
     * a comma the "and" goes back to the reporting verb, whose subject
     * calls -- not "members wanted X and called for", the wanting party */
    if (prev && a >= 2 && tok_is(c, &c->t.v[a - 1], "and") && is_punct(c, a - 2, ','))
        for (size_t i = 0; i < c->claims.n; i++) {
            const annotation *cl = &c->claims.v[i].a;     /* "X said [fans wanted ...]" */
            if (span_is_null(cl->content) || span_is_null(cl->source.name) ||
                cl->content.start > prev->a.cue.start || cl->content.end <= prev->a.cue.start ||
                cl->source.name.end > cl->cue.start || cl->cue.end > prev->a.actor.start)
                continue;
            return cl->source.name;
        }
    if (prev) return prev->a.actor;
    /* "X said ... and urged ministers to ...": the speaker wants it */
    for (size_t i = c->claims.n; i-- > 0;) {
        const source_ref *src = &c->claims.v[i].a.source;
        if (c->claims.v[i].a.cue.end > c->t.v[cs].s || span_is_null(src->name)) continue;
        return src->name;                  /* "He told ... and called for": "He" */
    }
    size_t b = a - 1;
    if (b > 0 && (is_punct(c, b - 1, ',') || (c->t.v[b - 1].flags & T_DASH))) b--;
    size_t a2 = back_to_clause(c, b);
    if (a2 == 0 && sentence_headline(c)) {       /* "Judge halts eviction and urges" */
        span hs = headline_subject(c, b);
        if (!span_is_null(hs)) return hs;
    }
    /* "have rejected the force's account of the incident and are calling
     * for": the verb's object is no subject, the one before the verb is */
    if (a2 > 1 && a2 < b && (any_cue_at(c, &c->t.v[a2 - 1]) || verb_like(c, &c->t.v[a2 - 1]))) {
        size_t v = a2 - 1;
        while (v > 0 && tok_in(c, &c->t.v[v - 1], WS_AUXILIARIES)) v--;
        size_t a3 = back_to_clause(c, v);
        span subj = a3 < v ? actor_in(c, a3, subject_end(c, a3, v)) : span_null();
        if (!span_is_null(subj)) return subj;
    }
    span sp = actor_in(c, a2, subject_end(c, a2, b));
    /* "X, which speaks for growers, has welcomed the shift and is
     * calling for": the first clause's subject stands before its aside */
    span found;
    if (span_is_null(sp) && a2 > 1 && a2 < b && finite_aux(c, &c->t.v[a2]) && is_punct(c, a2 - 1, ',') &&
        actor_behind_comma(c, a2, a2, NULL, &found))
        return found;
    return sp;
}

/* "told colleagues he wants", "told Grid Week she wants": after a
 * reporting verb and its addressee, the pronoun is the subject. */
static size_t after_addressee(const actx *c, size_t a, size_t cs) {
    if (a == 0 || cs < a + 2 || cs - a > 5 || !cue_word_at(c, &c->t.v[a - 1]) ||
        !tok_in(c, &c->t.v[cs - 1], WS_PRONOUNS))
        return a;
    for (size_t i = a; i + 1 < cs; i++) {           /* not "say whatever they want" */
        const tok *k = &c->t.v[i];
        if (!(k->flags & T_WORD) || finite_aux(c, k) || tok_in(c, k, WS_PRONOUNS) ||
            tok_in(c, k, WS_CLAUSE_WORDS) || (c->text[k->s] | 0x20) == 'w')
            return a;
    }
    return cs - 1;
}

/* "Developers of ... onshore wind and solar projects are pressing": an
 * "and" inside the subject, not one between two clauses. */
static size_t across_and(const actx *c, size_t a, size_t cs) {
    if (a < 2 || a >= cs || !(tok_is(c, &c->t.v[a - 1], "and") || tok_is(c, &c->t.v[a - 1], "or")) ||
        (c->t.v[a - 2].flags & T_PUNCT))
        return a;
    const tok *k = &c->t.v[a];
    if ((k->flags & T_CAP) || tok_in(c, k, WS_DETERMINERS) || tok_in(c, k, WS_PRONOUNS) ||
        (k->flags & T_POSS))
        return a;
    size_t a2 = back_to_clause(c, a - 1);
    return a2 < a - 1 && subject_end(c, a2, cs) == cs ? a2 : a;
}

/* Where the subject of the cue's clause starts: past "what", "among", a
 * day, and an addressee before a pronoun. */
size_t subject_start(const actx *c, size_t cs) {
    size_t a = back_to_clause(c, cs);
    if (a + 1 < cs && tok_is(c, &c->t.v[a], "what")) a++;   /* "What the nurses want" */
    if (a + 1 < cs && tok_is(c, &c->t.v[a], "all") && tok_in(c, &c->t.v[a + 1], WS_PRONOUNS))
        a++;                                                /* "All we are asking for" */
    if (a + 1 < cs && tok_is(c, &c->t.v[a], "among")) a++;  /* "Among their demands are" */
    /* "X said on Wednesday it would clear ... only if" */
    if (a + 2 < cs && tok_is(c, &c->t.v[a], "on") && weekday(c, &c->t.v[a + 1])) a += 2;
    else if (a + 1 < cs && (tok_is(c, &c->t.v[a], "yesterday") || tok_is(c, &c->t.v[a], "today")))
        a++;
    return a;
}

/* "picked up by a parents' campaign that called for a ban": the party
 * just before a relative "that" (no comma) -- not "the report that
 * called for", no party. */
static span that_party(actx *c, size_t cs) {
    if (cs < 2 || !tok_is(c, &c->t.v[cs - 1], "that")) return span_null();
    size_t b = cs - 1, a = b;
    while (a > 0 && b - a < 6) {
        const tok *k = &c->t.v[a - 1];
        if ((k->flags & T_PUNCT) || preposition(c, a - 1) || tok_in(c, k, WS_CLAUSE_WORDS) ||
            tok_in(c, k, WS_AUXILIARIES) || verb_like(c, k) || any_cue_at(c, k))
            break;
        a--;
    }
    const tok *head = &c->t.v[b - 1];
    if (a == b || !(tok_org_noun(c, head) || tok_person_noun(c, head) ||
                    tok_bare_in(c, head, WS_PARTY_NOUNS) || tok_in(c, head, WS_MESSAGE_NOUNS)) ||
        (tok_in(c, head, WS_FINDING_SOURCES) && !tok_person_noun(c, head)))
        return span_null();
    return actor_in(c, a, b);
}

/* "Drivers who were fined after paying at X's car park are demanding",
 * "Residents who moved out while builders repaired X want": a clause
 * word inside a relative clause, opening a participle or a clause with
 * its own verb, does not start the cue's clause; the subject is what the
 * relative hangs on. */
static size_t relative_reach(const actx *c, size_t a, size_t cs) {
    if (a < 3 || a + 1 >= cs || !tok_in(c, &c->t.v[a - 1], WS_CLAUSE_WORDS)) return a;
    int clause = (c->t.v[a].flags & (T_WORD | T_CAP)) == T_WORD && ing_word(c, &c->t.v[a]);
    for (size_t v = a + 1; v < cs && !clause; v++)     /* "while builders repaired X" */
        clause = verb_like(c, &c->t.v[v]) || (!(c->t.v[v].flags & T_CAP) &&
                                             tok_in(c, &c->t.v[v], WS_IRREGULAR_PASTS));
    if (!clause) return a;
    for (size_t p = a - 1; p > 1 && a - p < 12; p--) {
        if (c->t.v[p - 1].flags & T_PUNCT) return a;
        if (who_at(c, p - 1) || tok_is(c, &c->t.v[p - 1], "which")) {
            size_t a2 = back_to_clause(c, p - 1);
            return a2 < p - 1 ? a2 : a;
        }
    }
    return a;
}

span find_actor(actx *c, size_t cs, const demand *prev) {
    cs = before_when(c, cs);
    /* "State Sen. X, who wants warning labels", "Businesses, which had
     * called for": the one the clause is about */
    if (relative_at(c, cs - 1)) {
        size_t a2 = back_to_clause(c, cs - 2);
        span sp = actor_in(c, a2, cs - 2);
        /* "Lorena Vasquez, a mother of two, who wants": the name the
         * description is of */
        if (a2 > 1 && is_punct(c, a2 - 1, ',') &&
            (tok_is(c, &c->t.v[a2], "a") || tok_is(c, &c->t.v[a2], "an"))) {
            size_t a3 = back_to_clause(c, a2 - 1);
            span nm = name_run(c, a3, a2 - 1);
            if (!span_is_null(nm) && a3 < a2 - 1) return actor_in(c, a3, a2 - 1);
        }
        return sp;
    }
    span rel = that_party(c, cs);
    if (!span_is_null(rel)) return rel;
    size_t told = subject_start(c, cs), a = relative_reach(c, after_addressee(c, told, cs), cs);
    span found;
    /* "The prisoners went on hunger strike to demand", "Shareholders voted
     * to demand": the subject stands before the clause's own verb */
    /* "Hundreds of farmers, some driving tractors, blocked the motorway
     * to demand": the verb's subject stands before the aside */
    if (cs > a + 2 && tok_is(c, &c->t.v[cs - 1], "to") && a > 1 && is_punct(c, a - 1, ',') &&
        (c->t.v[a].flags & (T_WORD | T_CAP)) == T_WORD &&
        (verb_like(c, &c->t.v[a]) || tok_in(c, &c->t.v[a], WS_IRREGULAR_PASTS))) {
        size_t p = a - 1;
        while (p > 0 && a - p < 14 && !(c->t.v[p - 1].flags & T_PUNCT)) p--;
        if (p > 1 && p + 1 < a && is_punct(c, p - 1, ',')) {
            size_t a2 = back_to_clause(c, p - 1);
            found = a2 < p - 1 ? subject_in(c, a2, p - 1) : span_null();
            if (!span_is_null(found)) return found;
        }
    }
    if (cs > a + 2 && tok_is(c, &c->t.v[cs - 1], "to"))
        for (size_t v = a + 1; v + 1 < cs; v++) {
            const tok *k = &c->t.v[v];
            if ((k->flags & T_CAP) || !(verb_like(c, k) || finite_aux(c, k) ||
                                        tok_in(c, k, WS_IRREGULAR_PASTS)))
                continue;
            span sp = subject_in(c, a, v);
            if (!span_is_null(sp)) return sp;
            break;
        }
    /* "The association, which represents 140 households, has written to
     * the council setting out": the subject stands before the aside */
    if (a < cs && a > 0 && finite_aux(c, &c->t.v[a]) && is_punct(c, a - 1, ',') &&
        actor_behind_comma(c, a, a, prev, &found))
        return found;
    /* "... met on Tuesday and backed a motion setting out their terms":
     * a predicate with no subject, the gerund's actor opens the sentence */
    if (a < cs && ing_word(c, &c->t.v[cs]) && verb_like(c, &c->t.v[a]))
        return prev ? prev->a.actor : opening_phrase(c, cs);
    cs = subject_end(c, a, cs);
    span sp = subject_in(c, a, cs);
    if (span_is_null(sp) && across_and(c, a, cs) < a) {
        a = across_and(c, a, cs);
        sp = subject_in(c, a, cs);
    }
    /* "Residents ... say they will stay until": they are the residents */
    /* "Truckers ... said on Tuesday they would": back over the day */
    size_t said = told;
    if (said >= 3 && tok_is(c, &c->t.v[said - 2], "on") && weekday(c, &c->t.v[said - 1])) said -= 2;
    if (!span_is_null(sp) && cs == a + 1 && said > 0 && tok_in(c, &c->t.v[a], WS_PRONOUNS) &&
        any_cue_at(c, &c->t.v[said - 1])) {
        size_t a2 = back_to_clause(c, said - 1);
        span sayer = subject_in(c, a2, subject_end(c, a2, said - 1));
        /* not "Pals say he wants": a group speaking of one man */
        if (!span_is_null(sayer) && !(one_person(c, a) && plural_end(c, sayer))) return sayer;
    }
    if (!span_is_null(sp)) return sp;
    if (pronoun_actor(c, a, cs, prev, &found)) return found;
    if (a == cs && a > 0 && is_punct(c, a - 1, ',') && actor_behind_comma(c, a, cs, prev, &found))
        return found;
    /* "Branch secretary Kevin Marsh - no relation to the lane - called
     * for": the subject stands before the aside between dashes */
    if (a == cs && a > 1 && (c->t.v[a - 1].flags & T_DASH))
        for (size_t p = a - 2; p > 0 && a - p < 20; p--) {
            if ((c->t.v[p].flags & T_PUNCT) && !(c->t.v[p].flags & T_DASH) && !is_punct(c, p, ','))
                break;
            if (!(c->t.v[p].flags & T_DASH)) continue;
            size_t a2 = back_to_clause(c, p);
            if (a2 < p) return subject_in(c, a2, p);
            break;
        }
    if (a == cs && a > 0 && tok_in(c, &c->t.v[a - 1], WS_CLAUSE_WORDS))
        return shared_actor(c, a, cs, prev);
    /* "Mine workers extend strike, demand safety overhaul": in a
     * headline the comma joins two verbs of one subject */
    if (a == cs && a > 2 && is_punct(c, a - 1, ',') && sentence_headline(c)) {
        size_t a2 = back_to_clause(c, a - 1);
        if (a2 == 0 && a2 + 1 < a - 1) {
            span op = opening_phrase(c, a - 1);     /* "Mine workers extend strike, demand" */
            if (!span_is_null(op) && op.end > c->t.v[0].e) return op;
            /* "Streaming star quits show, demands": the capitalised first
             * word alone is no subject, it runs up to the first verb in -s */
            for (size_t j = 2; j + 1 < a - 1 && j < 4; j++) {
                const tok *v = &c->t.v[j];
                if ((v->flags & T_PUNCT) || preposition(c, j)) break;
                if ((v->flags & (T_WORD | T_CAP)) == T_WORD && v->e - v->s > 3 &&
                    c->text[v->e - 1] == 's' && c->text[v->e - 2] != 's' && !plural_word(c, j - 1))
                    return span_make(c->t.v[0].s, c->t.v[j - 1].e);
            }
            /* "Residents block road, demand" */
            return span_is_null(op) && can_want(c, 0, 1) ? span_make(c->t.v[0].s, c->t.v[0].e) : op;
        }
    }
    return span_null();
}

/* "I", "we", "I'm", "We've": the speaker of a quotation speaking of
 * themself. */
static int first_person(const actx *c, span sp) {
    size_t n = span_len(sp), stem = 0;
    const char *t = c->text + sp.start;
    while (stem < n && ((t[stem] | 0x20) >= 'a' && (t[stem] | 0x20) <= 'z')) stem++;
    if (stem < n && !rs_has_ending(c->rs, WS_CONTRACTIONS, t, n, stem)) return 0;
    return (stem == 1 && t[0] == 'I') || (stem == 2 && (t[0] | 0x20) == 'w' && (t[1] | 0x20) == 'e');
}

/* Is token i inside quotation marks: the last mark before it opens one,
 * or none before it and the first after it closes one? */
static int quoted_at(const actx *c, size_t i) {
    for (size_t p = i; p-- > 0;)
        if (c->t.v[p].flags & T_QUOTE) return (c->t.v[p].flags & T_OPENQ) != 0;
    for (size_t p = i + 1; p < c->t.n; p++)
        if (c->t.v[p].flags & T_QUOTE) return !(c->t.v[p].flags & T_OPENQ);
    return 0;
}

void set_demand_actor(const actx *c, demand *d, span sp) {
    d->a.actor = sp;
    const char *canon = rs_alias_in(c->rs, c->text + sp.start, span_len(sp));
    snprintf(d->a.canonical, sizeof d->a.canonical, "%s", canon ? canon : "");
}

/* A pronoun standing alone: "she", "They". */
int lone_pronoun(const actx *c, span sp) {
    size_t i = tok_at(&c->t, sp.start);
    if (i < c->t.n && c->t.v[i].s == sp.start && c->t.v[i].e == sp.end)
        return tok_in(c, &c->t.v[i], WS_PRONOUNS);
    size_t n = span_len(sp);            /* the sentence before: not in c->t */
    return rs_has_word(c->rs, WS_PRONOUNS, c->text + sp.start, n);
}

/* Two or more capitalised words: "Rosa Delgado", "ARPU president
 * Lorraine Achebe-Walsh" -- not "Vickery", "she", "the statement". */
static int full_name(const actx *c, span sp) {
    int caps = 0;
    for (size_t p = sp.start; p < sp.end; p++)
        if ((p == sp.start || c->text[p - 1] == ' ') && c->text[p] >= 'A' && c->text[p] <= 'Z') caps++;
    return caps >= 2;
}

/* Who "I" or "we" in a quotation is, given the tag's words `who`: for
 * "I" the speaker however named ("she", the mention nearest); for "we"
 * a speaker named in full -- after "he said", "Vickery said" or "the
 * statement said" the "we" stays, a mention annotators list as well. */
static span quote_speaker(const actx *c, span act, span who) {
    if (c->text[act.start] == 'I') return who;
    return full_name(c, who) ? who : span_null();
}

static int opens_quote(const actx *c, size_t at) {
    const unsigned char *t = (const unsigned char *)c->text + at;
    return at < c->len && (t[0] == '"' || (at + 2 < c->len && t[0] == 0xE2 && t[1] == 0x80 && t[2] == 0x9C));
}

/* '"We are asking for X," she said. "We are asking for Y."': a
 * sentence of quotation with no tag of its own goes on from the tagged
 * quotation just before it in the paragraph; its speaker is that tag. */
static span earlier_speaker(const actx *c, const demand *d) {
    size_t para = c->segs.v[c->si].para;
    if (c->si == 0 || c->segs.v[c->si - 1].para != para) return span_null();
    size_t from = c->segs.v[c->si - 1].start;
    for (size_t i = c->out->n; i-- > 0;) {
        const annotation *a = &c->out->v[i];
        if (a->whole.start >= c->sent.start) continue;
        if (a->whole.end <= from) break;
        if (a->kind != KIND_CLAIM) continue;
        if (span_is_null(a->source.name)) return span_null();
        /* the quotation is what the claim tells, or what the sentence
         * opens with ('"...," Owen Hale told reporters') */
        int quoted = (!span_is_null(a->content) && opens_quote(c, a->content.start)) ||
                     opens_quote(c, from);
        return quoted ? quote_speaker(c, d->a.actor, a->source.name) : span_null();
    }
    return span_null();
}

/* The source of claim `a` that a pronoun actor stands for, or null:
 * "I"/"we" inside the quotation the claim tells ('"I want them sacked,"
 * said his mother'); "he"/"she"/"they" as the subject of what a named
 * party said ("Sen. X said he wanted ...", "Families said they would"). */
static span pronoun_speaker(const actx *c, const demand *d, const annotation *a, int holds) {
    span who = a->source.name, act = d->a.actor;
    if (span_is_null(who)) return span_null();
    size_t ai = tok_at(&c->t, act.start);
    if (first_person(c, act)) {
        if (!quoted_at(c, ai)) return span_null();
        if (!(holds && who.end <= d->a.cue.start) && who.start < act.end) return span_null();
        return quote_speaker(c, act, who);                    /* or '"...," said X' */
    }
    if (!holds || who.end > act.start || tok_past(&c->t, ai, act.end) != ai + 1 ||
        !tok_in(c, &c->t.v[ai], WS_PRONOUNS) || tok_is(c, &c->t.v[ai], "we") || quoted_at(c, ai) ||
        lone_pronoun(c, who) || !agrees(c, ai, who))
        return span_null();
    return who;
}

/* The claim that reports this demand: one whose cue comes after it
 * ("..., Reuters reported") or whose content holds it; and whom a
 * pronoun actor stands for. */
void attribute_demand(actx *c, demand *d) {
    for (size_t i = 0; i < c->claims.n; i++) {
        const annotation *a = &c->claims.v[i].a;
        int after = a->cue.start >= d->a.cue.end;
        int holds = !span_is_null(a->content) && a->content.start <= d->a.cue.start &&
                    a->content.end >= d->a.cue.end;
        if (after || holds) {
            d->a.source = a->source;
            span who = pronoun_speaker(c, d, a, holds);
            if (!span_is_null(who)) set_demand_actor(c, d, who);
            return;
        }
    }
    if (first_person(c, d->a.actor) && quoted_at(c, tok_at(&c->t, d->a.actor.start))) {
        span who = earlier_speaker(c, d);
        if (!span_is_null(who)) set_demand_actor(c, d, who);
    }
}

/* "the union's call for", "Dravan's insistence on": the possessor,
 * back to its determiner or over its name words. */
static span owner_of(const actx *c, size_t p) {
    size_t a = p;
    while (a > 0 && !(c->t.v[a - 1].flags & T_PUNCT) && a + ACTOR_MAX_TOKENS > p) {
        const tok *k = &c->t.v[a - 1];
        if (tok_in(c, k, WS_DETERMINERS)) {
            a--;
            break;
        }
        if (!tok_namey(c, a - 1) && !tok_in(c, k, WS_TITLES)) break;
        a--;
    }
    const tok *k = &c->t.v[p];                      /* "Protesters' demands for" */
    if (a == p && !tok_namey(c, p) && !tok_org_noun(c, k) && !tok_person_noun(c, k) &&
        !tok_in(c, k, WS_PARTY_NOUNS))
        return span_null();
    return span_make(c->t.v[a].s, c->t.v[p].e);
}

/* Who says the words of cue h: the source of the claim that holds them
 * ("the union insisted that any deal must include"), or of one told
 * after them (", the rebels said"). */
span speaker_of(const actx *c, const hit *h) {
    span who = reporter_of(c, h->s);
    for (size_t i = 0; span_is_null(who) && i < c->claims.n; i++) {
        const annotation *cl = &c->claims.v[i].a;
        if (cl->cue.start >= h->e && !span_is_null(cl->source.name))
            who = said_by(&cl->source);
    }
    return who;
}

/* Whose a demand noun is when the words around it say so: "the union's
 * call for", "Their demands: A and B" (the sentence before says whose),
 * "The UN renewed its call for", "a demand from the league to ...".
 * Returns 1 with *who (and *first when the items start later), 0 when
 * the actor is to be found as for a verb, -1 when the noun is no demand
 * here ("the demands were met", "in high demand", "housing demand is"). */
int noun_owner(actx *c, const rule_entry *e, size_t ci, size_t cs, size_t after,
                      const demand *prev, span *who, size_t *first) {
    /* "the union's call for X"; not "the union's demands were met" */
    int owner = e->shape == DEM_OBJECT && cs > 0 && (c->t.v[cs - 1].flags & T_POSS) &&
                (tok_is(c, &c->t.v[after - 1], "for") || tok_is(c, &c->t.v[after - 1], "on") ||
                 (list_below(c) && ends_sentence(c, after)));  /* "The union's demands:" */
    int opens = after < c->t.n && (is_punct(c, after, ':') || (c->t.v[after].flags & T_DASH));
    /* "Their list of demands, sent on Monday, reads:" and a list below */
    size_t lo = cs;
    if (e->shape == DEM_OBJECT && cs >= 3 && tok_is(c, &c->t.v[cs - 1], "of") &&
        (tok_is(c, &c->t.v[cs - 2], "list") || tok_is(c, &c->t.v[cs - 2], "charter")) &&
        list_below(c))
        lo = cs - 2;
    /* "Management responded with demands of its own: A and B": the
     * subject of the verb before them makes them */
    if (e->shape == DEM_OBJECT && lo == cs && cs > 1 && after + 3 < c->t.n &&
        tok_is(c, &c->t.v[after], "of") && own_word(c, after + 1) &&
        tok_is(c, &c->t.v[after + 2], "own")) {
        if (!is_punct(c, after + 3, ':') && !(c->t.v[after + 3].flags & T_DASH)) return -1;
        size_t v = cs;                 /* "have demands", else back over "came back with" */
        if (v == ci)
            while (v > 1 && (preposition(c, v - 1) || tok_is(c, &c->t.v[v - 1], "back") ||
                             tok_is(c, &c->t.v[v - 1], "up")))
                v--;
        if (v < cs) v--;
        *who = find_actor(c, v, prev);
        if (span_is_null(*who) || !agrees(c, after + 1, *who)) return -1;
        *first = after + 4;
        return 1;
    }
    /* "a list of demands", "in demand" -- not "despite calls from
     * retailers to delay it", whose owner follows */
    if (e->shape == DEM_OBJECT && lo == cs && cs > 0 && preposition(c, cs - 1) && !cue_after_to(c, cs) &&
        !(cs == ci && !bare_demand(c, ci) && after < c->t.n && tok_is(c, &c->t.v[after], "from") &&
          !tok_is(c, &c->t.v[cs - 1], "of")))
        return -1;
    /* "The strikers' key demand is a 15% rise", "Their main demand was X" */
    size_t kd = cs;
    while (kd > 0 && kd + 2 > cs && demand_modifier(c, &c->t.v[kd - 1])) kd--;
    if (e->shape == DEM_OBJECT && bare_demand(c, ci) && kd > 0 && after + 1 < c->t.n &&
        (tok_is(c, &c->t.v[after], "is") || tok_is(c, &c->t.v[after], "was"))) {
        /* "the union's demand was rejected" -- not "Their key demand is
         * simple: that ...", which names the demand after the colon */
        int names = after + 2 < c->t.n && is_punct(c, after + 2, ':');
        if (judged_demand(c, after + 1) && !names) return -1;
        if (c->t.v[kd - 1].flags & T_POSS) {
            *who = owner_of(c, kd - 1);
        } else if (own_word(c, kd - 1)) {
            *who = reporter_of(c, c->t.v[kd - 1].s);
            if (span_is_null(*who) && prev) *who = prev->a.actor;
            if (span_is_null(*who)) *who = party_before(c);
            if (!span_is_null(*who) && !agrees(c, kd - 1, *who)) *who = span_null();
        }
        if (span_is_null(*who)) return -1;
        *first = after + 1;
        return 1;
    }
    if (e->shape == DEM_OBJECT && bare_demand(c, ci) &&
        ((cs > 1 && preposition(c, cs - 2) && !(c->t.v[cs - 1].flags & T_CAP) &&
          !headline_object(c, after)) ||
         (after < c->t.n && finite_aux(c, &c->t.v[after]))))
        return -1;                                   /* "in high demand", "housing demand is" */
    if (lo < cs && (c->t.v[lo - 1].flags & T_POSS)) owner = 1;
    if (owner) {
        *who = owner_of(c, lo - 1);
        return 1;
    }
    size_t dc = cs;                             /* "its key demands" */
    while (dc > 0 && dc + 2 > cs && !(c->t.v[dc - 1].flags & T_CAP) && demand_modifier(c, &c->t.v[dc - 1]))
        dc--;
    /* "Their demands: A and B", "agreed to its key demands -- A and B":
     * whose, the speaker or the sentence before says */
    span theirs = span_null();
    size_t ow = lo < cs ? lo : dc;
    if (e->shape == DEM_OBJECT && ow > 0 && own_word(c, ow - 1) &&
        (opens || lo < cs || (list_below(c) && ends_sentence(c, after)))) {
        theirs = reporter_of(c, c->t.v[ow - 1].s);
        if (span_is_null(theirs) && prev) theirs = prev->a.actor;
        if (span_is_null(theirs)) theirs = party_before(c);
        if (span_is_null(theirs) || !agrees(c, ow - 1, theirs)) return -1;
    }
    /* "The UN renewed its call for a ceasefire", "reiterated his demand
     * that": the subject of the verb before the possessive */
    if (e->shape == DEM_OBJECT && span_is_null(theirs) && dc > 1 && lo == cs &&
        own_word(c, dc - 1) && renews(c, dc - 1) &&
        (tok_is(c, &c->t.v[after - 1], "for") || (after < c->t.n && tok_is(c, &c->t.v[after], "that"))))
        theirs = find_actor(c, dc - 2 - tok_is(c, &c->t.v[dc - 2], "up"), prev);
    /* "rejected a demand from the league to cut its wage bill" */
    if (e->shape == DEM_OBJECT && span_is_null(theirs) && after + 2 < c->t.n &&
        (tok_is(c, &c->t.v[ci], "demand") || tok_is(c, &c->t.v[ci], "demands") ||
         tok_is(c, &c->t.v[ci], "requests") || tok_is(c, &c->t.v[ci], "calls")) &&
        tok_is(c, &c->t.v[after], "from"))
        for (size_t j = after + 2; j < c->t.n && j < after + 2 + ACTOR_MAX_TOKENS; j++) {
            const tok *k = &c->t.v[j];
            if (k->flags & T_PUNCT) break;
            if (tok_is(c, k, "to") || tok_is(c, k, "for") || tok_is(c, k, "that")) {
                theirs = actor_in(c, after + 1, j);
                if (!span_is_null(theirs)) *first = j + 1;
                break;
            }
        }
    *who = theirs;
    if (!span_is_null(theirs)) return 1;
    if (after < c->t.n && tok_is(c, &c->t.v[after], "from") &&
        (tok_is(c, &c->t.v[ci], "requests") || tok_is(c, &c->t.v[ci], "calls")))
        return -1;                                   /* "took calls from across the country" */
    if (e->shape != DEM_LIST && dc > 0 &&
        (tok_in(c, &c->t.v[dc - 1], WS_DETERMINERS) || (c->t.v[dc - 1].flags & T_POSS)) &&
        !(dc == cs && !bare_demand(c, ci) && !span_is_null(that_party(c, cs))))
        return -1;                                   /* "the demands", not "a group that demanded" */
    return 0;
}

/* Who gives the quoted order [q, qe) (qe the closing quote): the
 * claim's source, else the words after it -- "hundreds of workers
 * chanted", "read a banner hung by contractors", "said the letter from
 * 40 groups". */
static span tag_giver(actx *c, size_t qe);

span order_giver(actx *c, size_t q, size_t qe) {
    span who = tag_giver(c, qe);
    if (!span_is_null(who) && span_len(who) > 4) return who;   /* not "he", "they" */
    for (size_t i = 0; i < c->claims.n; i++) {
        const annotation *a = &c->claims.v[i].a;
        if (span_is_null(a->source.name) || span_is_null(a->content) ||
            a->content.start > c->t.v[q].s || a->content.end <= c->t.v[q].s)
            continue;
        return said_by(&a->source);
    }
    return who;
}

static span tag_giver(actx *c, size_t qe) {
    size_t a = qe + 1, b = a;
    while (b < c->t.n && b < a + 12 && !(c->t.v[b].flags & T_PUNCT)) b++;
    if (a >= b) return span_null();
    const tok *v = &c->t.v[a];
    if (!(v->flags & T_CAP) && (verb_like(c, v) || cue_word_at(c, v) || tok_is(c, v, "read") ||
                                tok_is(c, v, "reads"))) {
        /* inverted: the banner, letter or statement, and who is behind it */
        size_t e = a + 1;
        while (e < b && !tok_is(c, &c->t.v[e], "who") && !tok_is(c, &c->t.v[e], "which")) e++;
        for (size_t j = a + 2; j + 1 < e; j++)
            if (tok_is(c, &c->t.v[j], "by") || tok_is(c, &c->t.v[j], "from") ||
                tok_is(c, &c->t.v[j], "that")) {
                size_t k = j + 1;                   /* up to the party's noun */
                while (k + 1 < e && !can_want(c, k, k + 1)) k++;
                span sp = actor_in(c, j + 1, k + 1);
                if (!span_is_null(sp)) return sp;
                break;
            }
        return actor_in(c, a + 1, e);
    }
    for (size_t j = a + 1; j < b; j++) {
        const tok *k = &c->t.v[j];
        if (j + 1 < b && j - a <= 3 && tok_in(c, k, WS_MESSAGE_NOUNS) &&
            (tok_is(c, &k[1], "read") || tok_is(c, &k[1], "reads") || tok_is(c, &k[1], "said")))
            return span_make(c->t.v[a].s, k->e);    /* "the sign read": the sign's words */
        if (!(k->flags & T_CAP) && (verb_like(c, k) || cue_word_at(c, k) || tok_is(c, k, "read")))
            return subject_in(c, a, j);
    }
    return span_null();
}

/* Who sends what a colon lead-in lists: the speaker ("told the
 * contractor that it must:"), the party of a relative ("The conditions,
 * which the council sent on Friday, are:"), else the subject. */
span lead_in_actor(actx *c, size_t colon) {
    span who = reporter_of(c, c->t.v[colon].s);
    if (!span_is_null(who)) return who;
    for (size_t j = 1; j + 2 < colon; j++) {
        if (!is_punct(c, j - 1, ',') || !(tok_is(c, &c->t.v[j], "which") || tok_is(c, &c->t.v[j], "that")))
            continue;
        size_t k = j + 1;
        while (k < colon && k < j + 1 + ACTOR_MAX_TOKENS && !(c->t.v[k].flags & T_PUNCT) &&
               !verb_like(c, &c->t.v[k]) && !tok_in(c, &c->t.v[k], WS_AUXILIARIES) &&
               !tok_in(c, &c->t.v[k], WS_IRREGULAR_PASTS))
            k++;
        if (k > j + 1 && k < colon && !(c->t.v[k].flags & T_PUNCT)) {
            span sp = actor_in(c, j + 1, k);
            if (!span_is_null(sp)) return sp;
        }
    }
    return opening_phrase(c, colon);
}
