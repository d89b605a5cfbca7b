/* demands.c -- what a party wants.  A demand cue from the packs ("demands",
 * "is seeking to", "calls for", "urges Y to"), its actor (the subject of
 * the cue's clause), the stretch of text demanded -- cut off where a
 * condition, a trailing attribution or another cue begins -- and that
 * stretch split into one item per conjunct. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include "analysers.h"


#define ACTOR_MAX_TOKENS 6
#define ACTOR_PHRASE_TOKENS 8  /* a subject this short is the actor as a whole */
#define URGE_TO_WINDOW 16
#define RESPONSE_LOOKAHEAD 4
#define CLAUSE_MAX_TOKENS 24
#define ITEMS_MAX_TOKENS 120  /* a demand longer than this is not a list */
#define ORDER_MAX_TOKENS 30   /* a quoted order longer than this is a speech */

typedef struct demand {
    annotation a;
    int shape;
    size_t first, lim;   /* item tokens [first, lim) */
    size_t cuts[ANN_MAX_ITEMS]; /* where one item of a ';' list ends early */
    int ncuts;
} demand;

static int verb_adverb(const actx *c, size_t i);
static int plural_word(const actx *c, size_t i);
static int preposition(const actx *c, size_t i);
static int agrees(const actx *c, size_t i, span who);
static int passive(const actx *c, size_t cs, size_t ci);
static int trailing_cue(const actx *c, size_t j, size_t lim);
static int participle(const actx *c, size_t a, size_t i);
static int lone_adverb(const actx *c, size_t a, size_t b);
static span that_party(actx *c, size_t cs);
static int judged(const actx *c, size_t i);
static int clause_at(const actx *c, size_t j, size_t lim);
static int closes_sentence(const actx *c, size_t i);
static int own_word(const actx *c, size_t i);

static int is_punct(const actx *c, size_t i, char ch) {
    const tok *k = &c->t.v[i];
    return (k->flags & T_PUNCT) && c->text[k->s] == ch;
}

/* "who" opening a relative clause -- not "the WHO", a name. */
static int who_at(const actx *c, size_t i) {
    return tok_is(c, &c->t.v[i], "who") && !tok_namey(c, i);
}

/* ", who" or ", which" at i: a relative clause set off by a comma. */
static int relative_at(const actx *c, size_t i) {
    return i >= 1 && i < c->t.n && (who_at(c, i) || tok_is(c, &c->t.v[i], "which")) &&
           is_punct(c, i - 1, ',');
}

/* "a rise, as well as a guarantee": one more item, not an adjunct. */
static int as_well_as(const actx *c, size_t i) {
    return i + 2 < c->t.n && tok_is(c, &c->t.v[i], "as") && tok_is(c, &c->t.v[i + 1], "well") &&
           tok_is(c, &c->t.v[i + 2], "as");
}

/* The auxiliaries that carry a clause's tense: "has", "were", "would" --
 * not "also" or "just", which the packs' auxiliaries hold as well. */
static int finite_aux(const actx *c, const tok *k) {
    return tok_in(c, k, WS_FINITE_AUXILIARIES);
}

static int cue_word_at(const actx *c, const tok *k) {
    for (size_t i = 0; i < c->h.n; i++)
        if (c->h.v[i].sec == PS_CUES && c->h.v[i].s == k->s) return 1;
    return 0;
}

static int any_cue_at(const actx *c, const tok *k) {
    for (size_t i = 0; i < c->h.n; i++)
        if ((c->h.v[i].sec == PS_CUES || c->h.v[i].sec == PS_DEMANDS) && c->h.v[i].s == k->s)
            return 1;
    return 0;
}

/* "Dockworkers in Antwerp and Rotterdam": "and" between two names. */
static int names_joined(const actx *c, size_t i) {
    return i > 0 && i + 1 < c->t.n && tok_is(c, &c->t.v[i], "and") &&
           (c->t.v[i - 1].flags & T_CAP) && (c->t.v[i + 1].flags & T_CAP) &&
           !(c->t.v[i - 1].flags & T_PUNCT);
}

/* "Nurses demand 10% pay rise" and, on the next line, "Nurses at the
 * hospital walked out": a headline with no full stop ends at its line --
 * not a line wrapped after "of" or "the". */
static int headline_ends(const actx *c, size_t k) {
    const tok *p = &c->t.v[k - 1], *n = &c->t.v[k];
    if (!(n->flags & T_CAP) || !((p->flags & T_WORD) || is_punct(c, k - 1, ')')) ||
        !memchr(c->text + p->e, '\n', n->s - p->e))
        return 0;
    return !tok_in(c, p, WS_FUNCTION_WORDS) && !tok_in(c, p, WS_DETERMINERS) && !preposition(c, k - 1);
}

/* "have since filed", "has yet to", "more than 6 gigawatts": a clause
 * word inside a verb group or a quantity, not the start of a clause. */
static int inside_phrase(const actx *c, size_t i) {
    if (i == 0) return 0;
    const tok *k = &c->t.v[i], *p = &c->t.v[i - 1];
    if (tok_is(c, k, "since") || tok_is(c, k, "yet")) return finite_aux(c, p);
    return tok_is(c, k, "than") && (tok_is(c, p, "more") || tok_is(c, p, "less") ||
                                   tok_is(c, p, "fewer") || tok_is(c, p, "rather"));
}

static size_t back_to_clause(const actx *c, size_t b) {
    size_t a = b;
    while (a > 0 && b - a < CLAUSE_MAX_TOKENS) {
        const tok *k = &c->t.v[a - 1];
        if (headline_ends(c, a)) break;
        if (is_punct(c, a - 1, ')')) {          /* "The Cabin Crew union (CCAS) is" */
            size_t o = a - 1;
            while (o > 0 && b - o < CLAUSE_MAX_TOKENS && !is_punct(c, o - 1, '(')) o--;
            if (o == 0 || !is_punct(c, o - 1, '(') || o - 1 == 0 ||
                (c->t.v[o - 2].flags & T_PUNCT))
                break;
            a = o - 1;
            continue;
        }
        /* "the set of Fire & Salt": an ampersand inside a name */
        if (is_punct(c, a - 1, '&') && a >= 2 && a < c->t.n && tok_namey(c, a - 2) && tok_namey(c, a)) {
            a--;
            continue;
        }
        if ((k->flags & T_PUNCT) || any_cue_at(c, k)) break;
        if (tok_in(c, k, WS_CLAUSE_WORDS) && !names_joined(c, a - 1) && !inside_phrase(c, a - 1))
            break;
        a--;
    }
    return a;
}

static int gerund(const actx *c, const tok *k);

/* "Striking", "Retired": ends in -ed whatever its case. */
static int verb_like_word(const actx *c, const tok *k) {
    return (k->flags & T_WORD) && k->e - k->s > 4 && memcmp(c->text + k->e - 2, "ed", 2) == 0;
}

/* "he", "she": one person. */
static int one_person(const actx *c, size_t i) {
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
static span name_run(const actx *c, size_t a, size_t b) {
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
static int party(actx *c, size_t a, size_t b) {
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
static span actor_in(actx *c, size_t a, size_t b) {
    span sp = name_run(c, a, b);
    if (b > a && b - a <= ACTOR_PHRASE_TOKENS) {
        np_info np = np_classify(c, a, b);
        if ((np.kind == NP_NAMED || np.kind == NP_ANON) &&
            (span_is_null(sp) ? party(c, a, b) : span_within(sp, np.sp)))
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
                         (gerund(c, &c->t.v[a]) || verb_like_word(c, &c->t.v[a]));
            if (sp.start >= c->t.v[p].s || opener) sp = name_run(c, p, b);
            if (!span_is_null(sp) && (span_is_null(lead) || opener) && party(c, a, p)) {
                np_info np = np_classify(c, a, p);
                if (np.kind != NP_NONE) return np.sp;
            }
            break;
        }
    if (!span_is_null(sp)) return sp;
    if (quantified(c, a, b)) return span_make(c->t.v[a].s, c->t.v[b - 1].e);
    if (b > a && b - a <= ACTOR_MAX_TOKENS && party(c, a, b)) {
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

/* The subject of the cue's clause; for "X ..., and is seeking to" the
 * subject of the clause the "and" joins. */
static int gerund(const actx *c, const tok *k) {
    return k->e - k->s > 4 && memcmp(c->text + k->e - 3, "ing", 3) == 0;
}

static int verb_like(const actx *c, const tok *k) {
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
static span said_by(const source_ref *src) {
    return src->name;
}

/* Who says the words holding byte `at`: "The union said [it wanted ...]". */
static span reporter_of(const actx *c, size_t at) {
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
static span teller_of(const actx *c, size_t at) {
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
        if ((k->flags & (T_WORD | T_CAP)) != T_WORD || !gerund(c, k)) continue;
        span head = span_is_null(name_run(c, a, i)) ? actor_in(c, a, i) : span_null();
        if (!span_is_null(head) && !span_is_null(name_run(c, i, b))) return head;
        break;
    }
    span sp = actor_in(c, a, before_relative(c, a, b));
    if (!span_is_null(sp)) return sp;
    for (size_t i = a + 1; i < b; i++) {
        const tok *k = &c->t.v[i];
        if ((k->flags & (T_WORD | T_CAP)) == T_WORD && gerund(c, k)) return actor_in(c, a, i);
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
static int participle(const actx *c, size_t a, size_t i) {
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
    if (gerund(c, &c->t.v[cs])) {
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
static size_t subject_start(const actx *c, size_t cs) {
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
    int clause = (c->t.v[a].flags & (T_WORD | T_CAP)) == T_WORD && gerund(c, &c->t.v[a]);
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

static span find_actor(actx *c, size_t cs, const demand *prev) {
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
    if (a < cs && gerund(c, &c->t.v[cs]) && verb_like(c, &c->t.v[a]))
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
            return span_is_null(op) && party(c, 0, 1) ? span_make(c->t.v[0].s, c->t.v[0].e) : op;
        }
    }
    return span_null();
}

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
static int counted_list(const actx *c, const hit *h) {
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
    if (passive(c, s, k)) return (size_t)-1;
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

static size_t items_limit(actx *c, demand *d, size_t first, size_t cue_end, span *cond) {
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
            gerund(c, &c->t.v[k]) && !tok_is(c, &c->t.v[k], "including") && k + 1 < lim &&
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
static int addressee(const actx *c, size_t a, size_t b) {
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
            (c->t.v[i + 1].flags & (T_WORD | T_CAP)) == T_WORD && gerund(c, &c->t.v[i + 1]) &&
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

static int plural_word(const actx *c, size_t i) {
    const tok *k = &c->t.v[i];
    size_t n = k->e - k->s;
    const char *t = c->text + k->s;
    return (k->flags & T_WORD) && !(k->flags & T_CAP) && n > 3 && t[n - 1] == 's' && t[n - 2] != 's';
}

/* A word that describes a noun rather than names a thing: "free",
 * "immediate", "independent", "meaningful", "better" -- read from its
 * ending or a short list, as there is no tagger. */
static int describing(const actx *c, size_t i) {
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
           ((k->flags & (T_WORD | T_CAP)) == T_WORD && gerund(c, k));
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
        i == start + 1 && (plural_word(c, start) || !describing(c, start)) &&
        (c->t.v[start].flags & (T_WORD | T_CAP | T_NUM)) == T_WORD && conjunct_len(c, d, i + 1) >= 2 &&
        !shared_verb(c, i + 2))
        return 1;
    /* "an immediate and unconditional release": one noun, two words for it */
    if (i == start + 2 && tok_in(c, &c->t.v[start], WS_DETERMINERS) && describing(c, start + 1))
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
    return describing(c, start) || tok_ly_word(c, k) ||
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
    int before = describing(c, i - 1) || (verb_like(c, p) && !tok_in(c, &c->t.v[i - 2], WS_DETERMINERS));
    return before && describing(c, i + 1) && !plural_word(c, i + 1) && !(c->t.v[i + 2].flags & T_PUNCT);
}

/* "an exemption for farmers, builders and care workers": bare plurals
 * listed after a preposition are one object of it, the comma at i no
 * item's end -- not "a ban on fracking, new wind farms and". */
static int nested_list(const actx *c, size_t start, size_t i, size_t lim) {
    if (i < start + 3 || i + 2 >= lim || !preposition(c, i - 2)) return 0;
    const tok *p = &c->t.v[i - 1], *n = &c->t.v[i + 1];
    if ((p->flags & (T_WORD | T_CAP)) != T_WORD || !plural_word(c, i - 1) ||
        (n->flags & (T_WORD | T_CAP)) != T_WORD || !plural_word(c, i + 1) || gerund(c, n))
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

static void split_items(actx *c, demand *d) {
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
static void list_items(actx *c, demand *d) {
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
static size_t after_to(const actx *c, size_t i) {
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

static int contains(const char *hay, size_t n, const char *needle, size_t k) {
    if (!k || k > n) return 0;
    for (const char *p = hay; (p = memchr(p, needle[0], (size_t)(hay + n - k + 1 - p))); p++)
        if (memcmp(p, needle, k) == 0) return 1;
    return 0;
}

static int response_by_other(actx *c, const segment *g, const char *canonical, span actor) {
    if (scan_hits(c, g->start, g->end, &c->h2) < 0) return 0;
    for (size_t i = 0; i < c->h2.n; i++) {
        const hit *h = &c->h2.v[i];
        if (h->sec != PS_RESPONSES) continue;
        if (h->s - g->start > 200) return 0;
        const char *other = rs_alias_in(c->rs, c->text + g->start, h->s - g->start);
        if (other && *canonical) return strcmp(other, canonical) != 0;
        size_t n = span_len(actor);
        return !contains(c->text + g->start, h->s - g->start, c->text + actor.start, n);
    }
    return 0;
}

static span find_response(actx *c, const demand *d) {
    const segment *cur = &c->segs.v[c->si];
    for (size_t j = c->si + 1; j < c->segs.n && j <= c->si + RESPONSE_LOOKAHEAD; j++) {
        const segment *g = &c->segs.v[j];
        if (g->para > cur->para + 1 || g->start > cur->end + ANALYSE_LOOKAHEAD_BYTES) break;
        if (response_by_other(c, g, d->a.canonical, d->a.actor)) return span_make(g->start, g->end);
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

static void set_actor(actx *c, demand *d, span sp) {
    d->a.actor = sp;
    const char *canon = rs_alias_in(c->rs, c->text + sp.start, span_len(sp));
    snprintf(d->a.canonical, sizeof d->a.canonical, "%s", canon ? canon : "");
}

/* A pronoun standing alone: "she", "They". */
static int lone_pronoun(const actx *c, span sp) {
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
static void attribute(actx *c, demand *d) {
    for (size_t i = 0; i < c->claims.n; i++) {
        const annotation *a = &c->claims.v[i].a;
        int after = a->cue.start >= d->a.cue.end;
        int holds = !span_is_null(a->content) && a->content.start <= d->a.cue.start &&
                    a->content.end >= d->a.cue.end;
        if (after || holds) {
            d->a.source = a->source;
            span who = pronoun_speaker(c, d, a, holds);
            if (!span_is_null(who)) set_actor(c, d, who);
            return;
        }
    }
    if (first_person(c, d->a.actor) && quoted_at(c, tok_at(&c->t, d->a.actor.start))) {
        span who = earlier_speaker(c, d);
        if (!span_is_null(who)) set_actor(c, d, who);
    }
}

/* Nothing but a colon or dash after the cue: the items are the list
 * below ("Campaigners are calling for:" and a Markdown list). */
static int ends_sentence(const actx *c, size_t i) {
    for (; i < c->t.n; i++)
        if (!(c->t.v[i].flags & T_PUNCT)) return 0;
    return 1;
}

/* "set out five demands: A, B" and "demands include A and B" list their
 * items; "set out demands as talks stall" (a headline) and "set out its
 * demands in a letter" do not.  A cue that ends in its noun must be
 * followed by a colon or dash, or end the sentence. */
static int list_opens(const actx *c, demand *d, const hit *h) {
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

/* The clause before the cue is the speaker's own: "his country", "our
 * members" -- not "the bridge". */
static int speakers_own(const actx *c, size_t cs) {
    size_t a = back_to_clause(c, cs);
    return a < cs && tok_in(c, &c->t.v[a], WS_POSSESSIVES);
}

/* "is asked to", "were urged to": the subject is asked, not asking. */
static int passive(const actx *c, size_t cs, size_t ci) {
    const tok *k = &c->t.v[ci];
    if ((k->e - k->s < 3 || memcmp(c->text + k->e - 2, "ed", 2) != 0) && !tok_is(c, k, "given") &&
        !tok_is(c, k, "told") && !tok_is(c, k, "sought"))       /* "were told they have until" */
        return 0;
    for (size_t j = cs; j < ci; j++)
        if (tok_in(c, &c->t.v[j], WS_BE_FORMS)) return 1;
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
        return judged(c, j + 1) ? 0 : j + 1;        /* not "The first was rejected" */
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
static int enumerated_below(actx *c, demand *d, int either, int count) {
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
static void items_told_after(actx *c, demand *d) {
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
static int list_below(const actx *c) {
    size_t e = c->sent.end;
    while (e > c->sent.start && (c->text[e - 1] == ' ' || c->text[e - 1] == '\n')) e--;
    int opens = e > c->sent.start && (c->text[e - 1] == ':' ||
                                      c->segs.v[c->si].kind == SEG_HEADING);  /* "## What the union wants" */
    return opens && c->si + 1 < c->segs.n && c->segs.v[c->si + 1].kind == SEG_LIST_ITEM;
}

static int preposition(const actx *c, size_t i) {
    return tok_in(c, &c->t.v[i], WS_PREPOSITIONS);
}

/* "is now pressing for", "has publicly called for". */
static int verb_adverb(const actx *c, size_t i) {
    return tok_in(c, &c->t.v[i], WS_CUE_ADVERBS);
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
static span speaker_of(const actx *c, const hit *h) {
    span who = reporter_of(c, h->s);
    for (size_t i = 0; span_is_null(who) && i < c->claims.n; i++) {
        const annotation *cl = &c->claims.v[i].a;
        if (cl->cue.start >= h->e && !span_is_null(cl->source.name))
            who = said_by(&cl->source);
    }
    return who;
}

/* "A ceasefire is a precondition for any talks, the rebels said": the
 * items stand before the cue, the actor is whoever says so. */
static int precondition(actx *c, const hit *h, size_t ci, demand *out) {
    size_t a = back_to_clause(c, ci);
    while (a > 1 && (tok_is(c, &c->t.v[a - 1], "and") || tok_is(c, &c->t.v[a - 1], "or")) &&
           !(c->t.v[a - 2].flags & T_PUNCT))
        a = back_to_clause(c, a - 1);               /* "A and B are their conditions" */
    if (a == ci) return 0;
    span who = speaker_of(c, h);
    if (span_is_null(who)) return 0;
    demand d;
    memset(&d, 0, sizeof d);
    d.shape = DEM_OBJECT;
    d.a = annotation_make(KIND_DEMAND, c->sent);
    d.a.cue = span_make(c->t.v[ci].s, h->e);
    d.a.actor = who;
    const char *canon = rs_alias_in(c->rs, c->text + who.start, span_len(who));
    snprintf(d.a.canonical, sizeof d.a.canonical, "%s", canon ? canon : "");
    d.first = a;
    d.lim = ci;
    split_items(c, &d);
    if (!d.a.nitems) return 0;
    size_t e = tok_at(&c->t, h->e);
    size_t f = e;
    while (f < c->t.n && !(c->t.v[f].flags & T_PUNCT)) f++;
    if (f > e) d.a.condition = span_make(c->t.v[e].s, c->t.v[f - 1].e);
    size_t ws = who.start < d.a.items[0].start ? who.start : d.a.items[0].start;
    size_t we = span_is_null(d.a.condition) ? d.a.cue.end : d.a.condition.end;
    if (who.end > we) we = who.end;
    d.a.whole = span_make(ws, we);
    d.a.response = find_response(c, &d);
    *out = d;
    return 1;
}

/* What may stand between a determiner and a demand noun. */
static int adjective(const actx *c, const tok *k) {
    return tok_in(c, k, WS_DEMAND_ADJECTIVES);
}

/* Can "their", "its", "they" or "he" at token i point back at `who`?
 * "Their" wants a plural or a group ("Demonstrators", "the union"), "its"
 * no plural, "he" one person. */
static int agrees(const actx *c, size_t i, span who) {
    int plural = 0, group = 0, last_plural = 0, last_group = 0;
    for (size_t p = who.start; p < who.end;) {      /* each word: "Porters at the Infirmary" */
        size_t e = p;
        while (e < who.end && c->text[e] != ' ' && c->text[e] != '\n') e++;
        const char *w = c->text + p;
        size_t n = e - p;
        last_plural = n > 3 && (w[n - 1] == 's' || w[n - 1] == '\'') && w[n - 2] != 's';
        plural |= last_plural;
        last_group = rs_has_word(c->rs, WS_PARTY_NOUNS, w, n) || rs_has_word(c->rs, WS_ORG_NOUNS, w, n);
        group |= last_group;
        p = e < who.end ? e + 1 : e;
    }
    if (tok_is(c, &c->t.v[i], "their") || tok_is(c, &c->t.v[i], "they")) return plural || group;
    if (tok_is(c, &c->t.v[i], "its")) return !last_plural;
    if (one_person(c, i)) return !last_plural && !last_group;   /* "State Sen. X said he" */
    return 1;
}

/* "renewed/repeated/stepped up its call": the verb before a possessive
 * keeps the demand alive -- not "dropped/rejected its demand". */
static int renews(const actx *c, size_t poss) {
    size_t i = poss;
    if (i > 0 && tok_is(c, &c->t.v[i - 1], "up")) i--;
    return i > 0 && tok_in(c, &c->t.v[i - 1], WS_RENEWAL_VERBS);
}

/* "would continue to demand X", "vowed to demand": the verb after "to",
 * not "in response to demand". */
static int infinitive(const actx *c, size_t cs) {
    if (cs < 2 || !tok_is(c, &c->t.v[cs - 1], "to")) return 0;
    /* "gathered outside the town hall to call for": any cue's bare verb */
    const tok *v = &c->t.v[cs];
    if (!tok_is(c, v, "demand") &&
        ((v->flags & (T_WORD | T_CAP)) != T_WORD || c->text[v->e - 1] == 's' || gerund(c, v) ||
         verb_like(c, v)))
        return 0;
    /* "has 28 days to seek permission": time to do it, no demand yet */
    const tok *w = &c->t.v[cs - 2];
    if (tok_in(c, w, WS_TIME_NOUNS) ||
        (c->text[w->e - 1] == 's' && rs_has_word(c->rs, WS_TIME_NOUNS, c->text + w->s, w->e - w->s - 1)))
        return 0;
    const tok *p = &c->t.v[cs - 2];
    return !(tok_is(c, p, "response") || tok_is(c, p, "respond") || tok_is(c, p, "responding") ||
             tok_is(c, p, "due") || tok_is(c, p, "thanks") || tok_is(c, p, "owing") ||
             tok_is(c, p, "adapt") || tok_is(c, p, "react") || tok_is(c, p, "up"));
}

/* What is said of a demand rather than what it is: "was rejected",
 * "is growing", "is unrealistic", "is not new". */
static int judged(const actx *c, size_t i) {
    const tok *k = &c->t.v[i];
    if (verb_like(c, k) || ((k->flags & (T_WORD | T_CAP)) == T_WORD && gerund(c, k))) return 1;
    return tok_in(c, k, WS_JUDGEMENT_WORDS);
}

/* The word "demand" itself, which is as often the noun. */
static int bare_demand(const actx *c, size_t ci) {
    return tok_is(c, &c->t.v[ci], "demand");
}

/* "their", "its", "our": a possessive that points back. */
static int own_word(const actx *c, size_t i) {
    const tok *k = &c->t.v[i];
    return tok_is(c, k, "their") || tok_is(c, k, "its") || tok_is(c, k, "our") ||
           tok_is(c, k, "his") || tok_is(c, k, "her");
}

/* "are not asking for", "never wanted", "don't want": a refusal. */
static int negated(const actx *c, size_t cs, size_t ci) {
    /* "refused to call for a ban", "was unable to demand": no demand made */
    if (cs >= 2 && tok_is(c, &c->t.v[cs - 1], "to") && tok_in(c, &c->t.v[cs - 2], WS_REFUSAL_WORDS))
        return 1;
    /* "denied that the force had sought to mislead anyone": the clause
     * is what someone rejects, not a demand made */
    for (size_t j = cs; j >= 2 && cs - j < 8; j--) {
        if (c->t.v[j - 1].flags & T_PUNCT) break;
        if (tok_is(c, &c->t.v[j - 1], "that")) {
            if (tok_in(c, &c->t.v[j - 2], WS_REJECTION_VERBS)) return 1;
            break;
        }
    }
    for (size_t j = cs > 0 ? cs - 1 : cs; j < ci; j++) {
        const tok *k = &c->t.v[j];
        size_t n = k->e - k->s;
        const char *e = c->text + k->e;
        if (tok_is(c, k, "not") || tok_is(c, k, "never") ||
            ((k->flags & T_WORD) && ((n > 3 && memcmp(e - 3, "n't", 3) == 0) ||
                                     (n > 5 && memcmp(e - 5, "n\xe2\x80\x99t", 5) == 0))))
            return 1;
    }
    return 0;
}

/* "Nobody wants", "Anyone who wants my job": no party at all. */
static int nobody(const actx *c, span actor) {
    if (rs_has_word(c->rs, WS_NOBODY_WORDS, c->text + actor.start, span_len(actor))) return 1;
    size_t a = tok_at(&c->t, actor.start), b = tok_past(&c->t, a, actor.end);
    return b > a + 1 && tok_in(c, &c->t.v[b - 1], WS_NOBODY_WORDS);   /* "Bond markets" */
}

/* "I want to work with them", "I'd want to watch": the speaker's own
 * plan, not something asked of another party ("I want to see ..." is). */
static int own_plan(const actx *c, const demand *d, const hit *h) {
    if (c->text[h->s] != 'w' && c->text[h->s] != 'W') return 0;
    for (size_t j = tok_at(&c->t, d->a.cue.start); j < tok_at(&c->t, h->s); j++)
        if (tok_is(c, &c->t.v[j], "may") || tok_is(c, &c->t.v[j], "might"))
            return 1;                                /* "people may want to think twice" */
    if (d->shape != DEM_INFINITIVE || span_len(d->a.actor) > 3) return 0;
    const char *t = c->text + d->a.actor.start;
    return t[0] == 'I' && (span_len(d->a.actor) == 1 || t[1] == '\'' || t[1] == '\xe2');
}

/* "electricity demand", "weak consumer demand": a singular word that
 * cannot be the subject of the verb "demand" (a party would be plural,
 * "Nurses demand", "we demand", or a group, "the union demand") names
 * what is in demand. */
static int noun_before(const actx *c, size_t p) {
    const tok *k = &c->t.v[p];
    size_t n = k->e - k->s;
    if ((k->flags & (T_WORD | T_CAP | T_POSS)) != T_WORD || n < 3 || c->text[k->e - 1] == 's')
        return 0;
    if (tok_in(c, k, WS_AUXILIARIES) || verb_adverb(c, p) || tok_in(c, k, WS_PARTY_NOUNS) ||
        tok_in(c, k, WS_DETERMINERS) || adjective(c, k))
        return 0;
    if (tok_in(c, k, WS_DEMAND_SUBJECTS)) return 0;
    for (size_t j = p; j > 0 && j + 3 > p; j--)     /* "Parents at the school demand" */
        if (c->t.v[j - 1].flags & T_PUNCT || preposition(c, j - 1)) return !preposition(c, j - 1);
    return 1;
}

/* "UK gas demand has fallen", "Europe's demand for gas has risen":
 * demand as the market's, told by what it did. */
static int market(const actx *c, size_t ci) {
    const tok *k = &c->t.v[ci];
    if (k->e - k->s != 6 && k->e - k->s != 7) return 0;      /* "demand", "demands" */
    if (tok_is(c, k, "demand") && ci > 0 && noun_before(c, ci - 1)) return 1;
    /* "Weak demand in China", "demand across Europe": a verb's object
     * does not open with where */
    if (tok_is(c, k, "demand") && ci + 1 < c->t.n &&
        (tok_is(c, &c->t.v[ci + 1], "in") || tok_is(c, &c->t.v[ci + 1], "across") ||
         tok_is(c, &c->t.v[ci + 1], "among")))
        return 1;
    if (c->text[k->e - 1] == 's' && !(ci > 0 && (c->t.v[ci - 1].flags & T_POSS))) return 0;
    for (size_t i = ci + 1; i < c->t.n && i < ci + 12; i++) {
        if (c->t.v[i].flags & T_PUNCT) break;
        if (tok_in(c, &c->t.v[i], WS_MARKET_MOVES)) return 1;
    }
    return 0;
}

/* "Analysts expect demand to outstrip supply": a lowercase singular
 * word before "demand to" that no party is -- a verb whose object is
 * the market's demand ("Nurses demand to", "we demand to" are asks). */
static int forecast_before(const actx *c, size_t ci) {
    if (ci == 0) return 0;
    const tok *k = &c->t.v[ci - 1];
    size_t n = k->e - k->s;
    if ((k->flags & (T_WORD | T_CAP | T_POSS)) != T_WORD || n < 3 || c->text[k->e - 1] == 's')
        return 0;
    return !tok_in(c, k, WS_AUXILIARIES) && !verb_adverb(c, ci - 1) && !tok_in(c, k, WS_PRONOUNS) &&
           !tok_in(c, k, WS_PARTY_NOUNS) && !tok_in(c, k, WS_DEMAND_SUBJECTS) &&
           !tok_in(c, k, WS_CLAUSE_WORDS) && !tok_person_noun(c, k);
}

/* "The law requires employers to", "the takeover requires approval",
 * "the job requires patience": a rule or a thing needs it; no party
 * asks ("Russia's position requires" is a party's). */
static int rule_needs(const actx *c, size_t cs, size_t ci) {
    /* "The bill calls for 40 new judges", "the forecast calls for rain":
     * what a text or a plan holds */
    int holds = tok_is(c, &c->t.v[ci], "calls") && ci + 1 < c->t.n && tok_is(c, &c->t.v[ci + 1], "for");
    if (!tok_is(c, &c->t.v[ci], "requires") && !tok_is(c, &c->t.v[ci], "require") &&
        !tok_is(c, &c->t.v[ci], "required") && !tok_is(c, &c->t.v[ci], "demands") &&
        !tok_is(c, &c->t.v[ci], "demanded") && !holds)
        return 0;
    /* "The regulator requires all operators to publish": the present
     * tense puts a standing duty on others, not an ask ("would require
     * written assurances" asks) */
    /* "The IMF requires Zandoria to cut", "requires the board to
     * withdraw": one party named, an ask -- "all operators", "employers"
     * are anyone's standing duty */
    if (tok_is(c, &c->t.v[ci], "requires") && ci + 1 < c->t.n &&
        (tok_namey(c, ci + 1) || tok_is(c, &c->t.v[ci + 1], "the") || tok_in(c, &c->t.v[ci + 1], WS_POSSESSIVES)))
        return 0;
    if (tok_is(c, &c->t.v[ci], "requires"))
        for (size_t i = ci + 2; i + 1 < c->t.n && i < ci + 8; i++) {
            const tok *n = &c->t.v[i + 1];
            if (c->t.v[i].flags & T_PUNCT) break;
            if (tok_is(c, &c->t.v[i], "to") && (n->flags & (T_WORD | T_CAP)) == T_WORD &&
                !tok_in(c, n, WS_DETERMINERS) && !tok_in(c, n, WS_POSSESSIVES))
                return 1;
        }
    /* "..., which would require regular monitoring": a thing's needs */
    if (cs > 0 && tok_is(c, &c->t.v[cs - 1], "which") && tok_is(c, &c->t.v[ci], "require")) return 1;
    /* "The Water Regulation Agency demands", "The Law Society demands":
     * a body's name, not a rule -- past the clause's first word, a rule
     * noun that asks nothing is lowercase (as "requires" always read it) */
    int named_ok = !tok_is(c, &c->t.v[ci], "requires");
    size_t a = back_to_clause(c, cs);
    for (size_t j = a; j < cs; j++)
        if (tok_in(c, &c->t.v[j], WS_RULE_NOUNS) &&
            !(named_ok && j > a && (c->t.v[j].flags & T_CAP)))
            return 1;
    return 0;
}

/* "Diners increasingly want smaller plates", "buyers usually want a
 * garden": a habit or a taste, asked of nobody. */
static int taste(const actx *c, size_t cs, size_t ci) {
    if (!tok_is(c, &c->t.v[ci], "want") && !tok_is(c, &c->t.v[ci], "wants")) return 0;
    for (size_t j = cs > 2 ? cs - 2 : 0; j < ci; j++)
        if (tok_in(c, &c->t.v[j], WS_HABIT_ADVERBS)) return 1;
    return 0;
}

/* "is preparing to ask parliament for powers", "plans to seek approval":
 * an ask not yet made. */
static int planned(const actx *c, size_t cs) {
    return cs >= 2 && tok_is(c, &c->t.v[cs - 1], "to") && tok_in(c, &c->t.v[cs - 2], WS_PLAN_WORDS);
}

/* "Customers can ask for a refund", "the union could demand a ballot",
 * "Fans will want to see more": what may be asked, or what the writer
 * expects people to want -- no one is asking yet. */
static int may_ask(const actx *c, const hit *h, size_t cs, size_t ci) {
    int want = (c->text[h->s] | 0x20) == 'w';
    for (size_t j = cs; j < ci; j++) {
        const tok *k = &c->t.v[j];
        if (tok_is(c, k, "can") || tok_is(c, k, "could") || tok_is(c, k, "may") ||
            tok_is(c, k, "might") || (want && tok_is(c, k, "will")))
            return 1;
    }
    return 0;
}

/* "If he wants to call that a tax hike": no one is asking yet. */
static int hypothetical(const actx *c, size_t cs) {
    size_t a = back_to_clause(c, cs);
    return a > 0 && a < cs && (tok_is(c, &c->t.v[a - 1], "if") || tok_is(c, &c->t.v[a - 1], "whether"));
}

/* "Under the terms of the exchange, X will release A in return for B":
 * both sides' terms, already agreed -- not what one side demands. */
static int agreed_swap(const actx *c, const rule_entry *e, size_t cs) {
    if (e->shape != DEM_CONDITION) return 0;
    for (size_t i = 0; i + 2 < cs; i++)
        if (tok_is(c, &c->t.v[i], "under") &&
            (tok_is(c, &c->t.v[i + 2], "terms") || tok_is(c, &c->t.v[i + 2], "deal") ||
             tok_is(c, &c->t.v[i + 2], "agreement") || tok_is(c, &c->t.v[i + 2], "swap")))
            return 1;
    return 0;
}

/* "Family of man hurt in arrest demand release of footage": in a
 * headline (no closing stop), a noun phrase after "demand" is its
 * object -- not "in high demand as prices rise", "in demand." */
static int headline_object(const actx *c, size_t after) {
    if (!sentence_headline(c) || after + 1 >= c->t.n) return 0;
    const tok *k = &c->t.v[after];
    return (k->flags & (T_WORD | T_CAP)) == T_WORD && !preposition(c, after) &&
           !tok_in(c, k, WS_CLAUSE_WORDS) && !tok_in(c, k, WS_AUXILIARIES) &&
           !tok_in(c, k, WS_FUNCTION_WORDS);
}

/* Whose a demand noun is when the words around it say so: "the union's
 * call for", "Their demands: A and B" (the sentence before says whose),
 * "The UN renewed its call for", "a demand from the league to ...".
 * Returns 1 with *who (and *first when the items start later), 0 when
 * the actor is to be found as for a verb, -1 when the noun is no demand
 * here ("the demands were met", "in high demand", "housing demand is"). */
static int noun_owner(actx *c, const rule_entry *e, size_t ci, size_t cs, size_t after,
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
    if (e->shape == DEM_OBJECT && lo == cs && cs > 0 && preposition(c, cs - 1) && !infinitive(c, cs) &&
        !(cs == ci && !bare_demand(c, ci) && after < c->t.n && tok_is(c, &c->t.v[after], "from") &&
          !tok_is(c, &c->t.v[cs - 1], "of")))
        return -1;
    /* "The strikers' key demand is a 15% rise", "Their main demand was X" */
    size_t kd = cs;
    while (kd > 0 && kd + 2 > cs && adjective(c, &c->t.v[kd - 1])) kd--;
    if (e->shape == DEM_OBJECT && bare_demand(c, ci) && kd > 0 && after + 1 < c->t.n &&
        (tok_is(c, &c->t.v[after], "is") || tok_is(c, &c->t.v[after], "was"))) {
        /* "the union's demand was rejected" -- not "Their key demand is
         * simple: that ...", which names the demand after the colon */
        int names = after + 2 < c->t.n && is_punct(c, after + 2, ':');
        if (judged(c, after + 1) && !names) return -1;
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
    while (dc > 0 && dc + 2 > cs && !(c->t.v[dc - 1].flags & T_CAP) && adjective(c, &c->t.v[dc - 1]))
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

/* Where the items start: after "to" for "urged X to", past "agree to",
 * "that", "is" ("What voters want is stability") and a colon a few words
 * on ("want three things: A, B"). (size_t)-1 when an urge has no "to". */
static size_t items_start(actx *c, const rule_entry *e, size_t after, size_t first) {
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
static void end_at_relative(actx *c, demand *d, size_t cs) {
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

/* "Customers who want a refund should contact the shop": whoever wants
 * it is told what to do -- a rule for anyone, no demand made. */
static int anyone_who(const actx *c, size_t cs, size_t lim) {
    if (cs == 0 || !who_at(c, cs - 1) || (cs > 1 && is_punct(c, cs - 2, ',')) || lim >= c->t.n)
        return 0;
    const tok *k = &c->t.v[lim];
    return tok_is(c, k, "should") || tok_is(c, k, "can") || tok_is(c, k, "must") ||
           tok_is(c, k, "may") || tok_is(c, k, "will") || tok_is(c, k, "need");
}

/* "Will the opposition demand a recount?", "Could the club ask for
 * ...?": a question about a demand, which no one has made yet. */
static int question(const actx *c, size_t cs) {
    size_t e = c->t.n;
    while (e > 0 && (c->t.v[e - 1].flags & T_QUOTE)) e--;
    if (e == 0 || !is_punct(c, e - 1, '?')) return 0;
    const tok *k = &c->t.v[subject_start(c, cs)];
    return finite_aux(c, k) || tok_is(c, k, "do");
}

/* "the most demanding schedule", "a physically demanding job": the
 * describing word, not the verb. */
static int demanding_describes(const actx *c, size_t ci) {
    if (ci == 0 || !tok_is(c, &c->t.v[ci], "demanding")) return 0;
    const tok *p = &c->t.v[ci - 1];
    return tok_in(c, p, WS_DETERMINERS) || tok_is(c, p, "most") || tok_is(c, p, "more") ||
           tok_is(c, p, "less") || tok_is(c, p, "least") || tok_is(c, p, "very") ||
           tok_is(c, p, "too") || tok_is(c, p, "so") || tok_is(c, p, "extremely") ||
           tok_is(c, p, "highly") || tok_is(c, p, "physically") || tok_is(c, p, "mentally") ||
           tok_is(c, p, "emotionally") || tok_is(c, p, "technically");
}

/* "Goalkeeping at this level demands concentration": an activity, which
 * asks nothing of anyone. */
static int activity(const actx *c, span actor) {
    size_t i = tok_at(&c->t, actor.start);
    if (i + 1 >= c->t.n || c->t.v[i].s != actor.start || c->t.v[i + 1].s >= actor.end) return 0;
    /* "Restoring the 1890s organ demanded patience": the gerund's object */
    return gerund(c, &c->t.v[i]) &&
           (preposition(c, i + 1) || tok_in(c, &c->t.v[i + 1], WS_DETERMINERS));
}

/* "rejected claims that the Treasury had pushed for the closures",
 * "denied reports, carried by two papers, that the club asked for": a
 * demand someone else says was made, and the sentence is about that. */
static int alleged(const actx *c, span actor) {
    size_t a = 0;
    while (a < c->t.n && c->t.v[a].s < actor.start) a++;
    if (a < 2 || a >= c->t.n || !tok_is(c, &c->t.v[a - 1], "that")) return 0;
    size_t j = a - 2;
    if (is_punct(c, j, ',')) {                      /* "claims, reported on Wednesday, that" */
        size_t stop = j > 12 ? j - 12 : 0;
        while (j > stop && !is_punct(c, j - 1, ',')) j--;
        if (j <= stop || j < 2) return 0;
        j -= 2;
    }
    return tok_in(c, &c->t.v[j], WS_CLAIM_NOUNS) || tok_is(c, &c->t.v[j], "reports") ||
           tok_is(c, &c->t.v[j], "suggestions");
}

/* Does a name stand in the span: "the Fenland Growers' Alliance", not
 * "Farmers" opening a sentence or "the assembly". */
static int named_in(const actx *c, span sp) {
    size_t a = tok_at(&c->t, sp.start);
    for (size_t i = a; i < c->t.n && c->t.v[i].e <= sp.end; i++)
        if (tok_namey(c, i) && !(i == 0 || (c->t.v[i - 1].flags & (T_PUNCT | T_QUOTE))))
            return 1;
    return 0;
}

/* A person or party in the subject before cs: "the boy had two
 * conditions" are his own, not terms anyone sets. */
static int person_subject(actx *c, size_t cs) {
    for (size_t i = subject_start(c, cs); i < cs; i++) {
        const tok *k = &c->t.v[i];
        if (tok_person_noun(c, k) || tok_in(c, k, WS_PRONOUNS) || tok_in(c, k, WS_KIN_NOUNS) ||
            tok_namey(c, i))
            return 1;
    }
    return 0;
}

/* "had three conditions", "set out four demands": a count in the cue. */
static int counts_items(const actx *c, size_t ci, const hit *h) {
    for (size_t i = ci; i < c->t.n && c->t.v[i].e <= h->e; i++)
        if ((c->t.v[i].flags & T_NUM) || tok_count(c, &c->t.v[i]) > 1) return 1;
    return 0;
}

/* "would be admitted", "could not be signed": a modal at ci, then a
 * form of "be" and a past participle. */
static int passive_modal(const actx *c, size_t ci) {
    size_t j = ci + 1;
    if (j < c->t.n && tok_is(c, &c->t.v[j], "not")) j++;
    if (j + 1 >= c->t.n || !tok_is(c, &c->t.v[j], "be")) return 0;
    const tok *k = &c->t.v[j + 1];
    return (k->flags & (T_WORD | T_CAP)) == T_WORD && k->e - k->s > 3 &&
           (memcmp(c->text + k->e - 2, "ed", 2) == 0 || memcmp(c->text + k->e - 2, "en", 2) == 0);
}

/* Who demands, for the cue [cs, h->e): the noun's owner, the subject, or
 * for a condition the speaker; 0 when the cue is no demand (nobody, a
 * refusal, one's own plan, market demand...). */
static int demand_actor(actx *c, const hit *h, const rule_entry *e, size_t cs, size_t ci,
                        int owned, span who, const demand *prev, demand *d) {
    /* "insisted that any deal must include X": whoever says so */
    d->a.actor = owned ? who : e->shape == DEM_TERMS ? speaker_of(c, h) : find_actor(c, cs, prev);
    /* "engineers would be admitted only if X", "the hostages will be
     * freed once Y": the subject is acted on, the speaker sets the terms */
    if (e->shape == DEM_CONDITION && !owned && passive_modal(c, ci))
        d->a.actor = speaker_of(c, h);
    /* "Brandauer said the money had three conditions": a thing has no
     * demands, whoever says so sets them */
    if (span_is_null(d->a.actor) && e->shape == DEM_LIST && !owned && counts_items(c, ci, h) &&
        !person_subject(c, ci))
        d->a.actor = teller_of(c, c->t.v[cs].s);
    /* "X said his country would join only if ...": the speaker sets it */
    if (span_is_null(d->a.actor) && e->shape == DEM_CONDITION && speakers_own(c, cs))
        d->a.actor = reporter_of(c, c->t.v[cs].s);
    /* "Belyk said talks could begin only after Lesk recognised X": the
     * talks want nothing, the speaker sets the terms for a party named
     * after "only after" -- not "only if the weather improves" */
    if (span_is_null(d->a.actor) && e->shape == DEM_CONDITION) {
        size_t k = tok_at(&c->t, h->e);
        span who2 = speaker_of(c, h);
        if (k + 1 < c->t.n && !span_is_null(who2) &&
            (tok_namey(c, k) || party(c, k, k + 2)))
            d->a.actor = who2;
    }
    if (span_is_null(d->a.actor) || nobody(c, d->a.actor) || activity(c, d->a.actor)) return 0;
    /* "Farmers will block the road unless X, the Fenland Growers'
     * Alliance warned", "Quispe told reporters that the assembly would
     * lift the blockade only if": a named speaker sets the terms of the
     * unnamed body it speaks for -- not "..., a mediator said"; so does
     * one named before and told by a pronoun ("She said the inmates
     * would ... only after") */
    if (e->shape == DEM_CONDITION && !owned) {
        span who2 = speaker_of(c, h);
        if (!span_is_null(who2) && (who2.end <= d->a.actor.start || who2.start >= d->a.actor.end) &&
            (named_in(c, who2) || lone_pronoun(c, who2)) && !named_in(c, d->a.actor))
            d->a.actor = who2;
    }
    /* "It is too early to call for a recount": "it" stands for no one */
    if (span_len(d->a.actor) == 2 && (c->text[d->a.actor.start] | 0x20) == 'i' &&
        c->text[d->a.actor.start + 1] == 't' && cs >= 2 && tok_is(c, &c->t.v[cs - 1], "to") &&
        d->a.actor.start == c->t.v[0].s)
        return 0;
    if (question(c, cs) || alleged(c, d->a.actor)) return 0;
    if (e->shape != DEM_CONDITION && negated(c, cs, ci)) return 0;
    if (own_plan(c, d, h) || agreed_swap(c, e, cs) || hypothetical(c, cs) || taste(c, cs, ci) ||
        (e->shape != DEM_CONDITION && (planned(c, cs) || may_ask(c, h, cs, ci))))
        return 0;
    if (e->shape == DEM_OBJECT && (market(c, ci) || rule_needs(c, cs, ci))) return 0;
    if (e->shape == DEM_INFINITIVE && bare_demand(c, ci) && forecast_before(c, ci)) return 0;
    const char *canon = rs_alias_in(c->rs, c->text + d->a.actor.start, span_len(d->a.actor));
    snprintf(d->a.canonical, sizeof d->a.canonical, "%s", canon ? canon : "");
    return 1;
}

/* "which lobbies for the industry", "campaigns for the workers": the
 * party spoken for, not a thing demanded. */
static int on_behalf(actx *c, const demand *d) {
    if (d->a.nitems != 1 || d->shape != DEM_OBJECT || d->lim != d->first + 2) return 0;
    const tok *k = &c->t.v[d->first + 1];
    return tok_in(c, &c->t.v[d->first], WS_DETERMINERS) &&
           (tok_in(c, k, WS_PARTY_NOUNS) || tok_person_noun(c, k) ||
            tok_is(c, k, "industry") || tok_is(c, k, "sector"));
}

/* "The firm is seeking 40 drivers", "sought 200 volunteers": hiring,
 * not a demand made of anyone. */
static int recruits(actx *c, size_t ci, size_t first) {
    const tok *v = &c->t.v[ci];
    if (first + 1 >= c->t.n || (c->text[v->s] != 's' && c->text[v->s] != 'S') ||
        !(tok_is(c, v, "seeking") || tok_is(c, v, "seeks") || tok_is(c, v, "seek") ||
          tok_is(c, v, "sought")))
        return 0;
    const tok *k = &c->t.v[first];
    if (!(k->flags & T_NUM) && tok_count(c, k) <= -2) return 0;
    for (size_t j = first + 1; j < c->t.n && j < first + 3; j++) {
        const tok *n = &c->t.v[j];
        if (((tok_person_noun(c, n) || tok_in(c, n, WS_PARTY_NOUNS)) && c->text[n->e - 1] == 's') ||
            tok_is(c, n, "staff"))
            return 1;
    }
    return 0;
}

/* The whole demand's span, its attribution and the response to it. */
static void finish_demand(actx *c, demand *d) {
    size_t ws = d->a.actor.start < d->a.cue.start ? d->a.actor.start : d->a.cue.start;
    if (ws < c->sent.start) ws = d->a.cue.start;    /* an actor named the sentence before */
    size_t we = d->a.items[d->a.nitems - 1].end;
    if (!span_is_null(d->a.condition) && d->a.condition.end > we) we = d->a.condition.end;
    d->a.whole = span_make(ws, we);
    attribute(c, d);
    d->a.response = find_response(c, d);
}

/* The cue's verb group begins at its auxiliaries and adverbs: "is now
 * pressing for". */
static size_t verb_group_start(const actx *c, size_t ci) {
    size_t cs = ci;
    while (cs > 0 && (tok_in(c, &c->t.v[cs - 1], WS_AUXILIARIES) || verb_adverb(c, cs - 1))) cs--;
    return cs;
}

/* "She asked that neither she nor her father be named", "asked for
 * her name to be kept out of the report", "insisted on anonymity":
 * anonymity for oneself, not a demand ("demanded that the officers be
 * named" is). */
static int asks_anonymity(const actx *c, const demand *d) {
    int self = 0;
    size_t name = 0;                                /* just past the "name" */
    if (d->first < d->lim && tok_is(c, &c->t.v[d->first], "anonymity")) return 1;  /* "insisted on" */
    for (size_t i = d->first; i + 1 < d->lim; i++) {
        const tok *k = &c->t.v[i], *n = &c->t.v[i + 1];
        self |= tok_in(c, k, WS_PRONOUNS) || tok_is(c, k, "her") || tok_is(c, k, "his") ||
                tok_is(c, k, "their") || tok_is(c, k, "I");
        if (self && (tok_is(c, k, "name") || tok_is(c, k, "names") || tok_is(c, k, "identity")))
            name = i + 1;
        /* "her name be withheld" -- not "her name appear above the
         * title ... and that her single be used", the name's billing */
        if (name && i > name + 1) name = 0;
        if (!self || !tok_is(c, k, "be")) continue;
        if (tok_is(c, n, "named") || tok_is(c, n, "identified")) return 1;
        if (name && (tok_is(c, n, "withheld") || tok_is(c, n, "kept") || tok_is(c, n, "used") ||
                     tok_is(c, n, "published") || tok_is(c, n, "disclosed") || tok_is(c, n, "changed")))
            return 1;
    }
    return 0;
}

/* "insisted that any deal include X": with no "must", the deal's verb
 * is the subjunctive of what someone insists on -- not "the terms of the
 * deal include", what a deal holds. */
static int subjunctive_terms(const actx *c, size_t ci) {
    size_t v = ci + 1;
    if (v >= c->t.n || finite_aux(c, &c->t.v[v]) || tok_is(c, &c->t.v[v], "needs")) return 1;
    for (size_t j = ci; j > 1 && ci - j < 2; j--) {
        const tok *d = &c->t.v[j - 1];
        if (tok_is(c, d, "any") || tok_is(c, d, "the") || tok_is(c, d, "a") || tok_is(c, d, "every"))
            return tok_is(c, &c->t.v[j - 2], "that");
    }
    return 0;
}

/* Does the cue's clause have its subject before the cue ("the mayor
 * must"), rather than in it ("any deal must include")?  Asked of a cue
 * of one word. */
static int subject_before(const actx *c, size_t ci) {
    if (ci == 0) return 0;
    const tok *k = &c->t.v[ci - 1];
    return (k->flags & T_WORD) && !tok_in(c, k, WS_DETERMINERS) && !tok_is(c, k, "that");
}

/* "said the mayor must step aside", "told Renko that Velmora must first
 * withdraw": a party named as the subject of a reported clause -- the
 * speaker asks it of that party.  Not "said patients must fast" nor
 * "says it must save": anyone's duty, or the speaker's own. */
static size_t reported_party(const actx *c, size_t ci) {
    size_t a = ci;
    while (a > 0 && ci - a < 6) {
        const tok *k = &c->t.v[a - 1];
        if ((k->flags & T_PUNCT) || tok_is(c, k, "that") || any_cue_at(c, k)) break;
        a--;
    }
    if (a == ci || a == 0) return 0;
    const tok *p = &c->t.v[a - 1];
    int reported = !(p->flags & T_PUNCT) && any_cue_at(c, p);
    for (size_t j = a - 1; !reported && tok_is(c, p, "that") && j > 0 && a - j < 5; j--) {
        if (c->t.v[j - 1].flags & T_PUNCT) break;
        reported = any_cue_at(c, &c->t.v[j - 1]);
    }
    /* "said that the terms were fair and that Vardany must stop": a
     * second "that" clause of what someone said */
    if (!reported && tok_is(c, p, "that") && a >= 2 && tok_is(c, &c->t.v[a - 2], "and"))
        reported = !span_is_null(reporter_of(c, c->t.v[ci].s));
    const tok *h = &c->t.v[ci - 1];                 /* the subject's head */
    if (!reported || tok_in(c, h, WS_PRONOUNS) || tok_is(c, h, "it")) return 0;
    return !span_is_null(name_run(c, a, ci)) || tok_org_noun(c, h) || tok_in(c, h, WS_TITLES) ? a + 1 : 0;
}

/* "urged restraint", "Poland urged tougher sanctions on Moscow": with
 * no "to" after it, "urge" takes the thing urged as its object -- not a
 * party ("urged the minister", "urged them on"). */
static int urged_object(actx *c, const hit *h, size_t after) {
    if ((c->text[h->s] | 0x20) != 'u' || after >= c->t.n) return 0;
    const tok *k = &c->t.v[after];
    if ((k->flags & (T_WORD | T_CAP)) != T_WORD || preposition(c, after) ||
        tok_in(c, k, WS_PRONOUNS) || tok_in(c, k, WS_OBJECT_PRONOUNS) || tok_in(c, k, WS_CLAUSE_WORDS))
        return 0;
    /* "urged calm", "urged caution": an exhortation, as "appealed for
     * calm" in the pack -- no thing asked of anyone */
    if (tok_is(c, k, "calm") || tok_is(c, k, "patience") || tok_is(c, k, "unity") ||
        tok_is(c, k, "restraint") || tok_is(c, k, "caution"))
        return 0;
    for (size_t i = after; i < c->t.n && i < after + 3; i++) {
        const tok *w = &c->t.v[i];
        if ((w->flags & T_PUNCT) || preposition(c, i)) break;
        if (tok_in(c, w, WS_PARTY_NOUNS) || (w->flags & T_CAP) ||
            (tok_org_noun(c, w) && !tok_in(c, w, WS_FINDING_SOURCES)))
            return 0;
    }
    return 1;
}

/* "Rising costs are putting pressure on the council to raise taxes":
 * pressure from things is no ask; only someone's is. */
static int asked_by_thing(actx *c, size_t a, size_t b) {
    if (a >= c->t.n || b <= a) return 1;
    /* its head says who presses: "Washington", "Parents", "the EU" --
     * not "Rising costs", "Higher interest rates" ("-ates" ends people
     * and things alike) */
    const tok *k = &c->t.v[b - 1];
    size_t n = k->e - k->s;
    if (gerund(c, k)) return 1;
    if (tok_namey(c, b - 1) || tok_bare_in(c, k, WS_PARTY_NOUNS) || tok_org_noun(c, k)) return 0;
    return !tok_person_noun(c, k) || (n > 4 && memcmp(c->text + k->e - 4, "ates", 4) == 0);
}

static void items_after_colon(actx *c, demand *d, size_t k);

/* "has tabled four conditions for a truce. According to a copy seen by
 * reporters, they are: A; B; and C": the next sentence names the list
 * after its "are:" or "include:". */
static int colon_below(actx *c, demand *d) {
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
static int counted_colon(actx *c, demand *d) {
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

/* "It does not mention Marenian membership of the partnership, which
 * President Vasko had pressed for": the item is the noun phrase before
 * ", which", from its first determiner or name back to the verb; the
 * actor is the relative's subject.  1 when found. */
static int gapped_object(actx *c, demand *d, size_t cs, size_t ci) {
    for (size_t j = cs; j < ci; j++)                /* "which it had never called for" */
        if (tok_is(c, &c->t.v[j], "not") || tok_is(c, &c->t.v[j], "never")) return 0;
    size_t w = cs;
    while (w > 0 && cs - w < 6 && !tok_is(c, &c->t.v[w - 1], "which") && !(c->t.v[w - 1].flags & T_PUNCT))
        w--;
    if (w < 3 || w == cs || !tok_is(c, &c->t.v[w - 1], "which") || !is_punct(c, w - 2, ',')) return 0;
    span who = actor_in(c, w, cs);
    if (span_is_null(who)) return 0;
    size_t e = w - 2, a = e, start = e;
    while (a > 0 && e - a < 8) {
        const tok *k = &c->t.v[a - 1];
        if ((k->flags & T_PUNCT) || tok_in(c, k, WS_AUXILIARIES) || tok_in(c, k, WS_CLAUSE_WORDS) ||
            verb_like(c, k) || tok_is(c, k, "not") || any_cue_at(c, k))
            break;
        a--;
        if (tok_in(c, k, WS_DETERMINERS) || tok_in(c, k, WS_POSSESSIVES) || tok_namey(c, a)) {
            start = a;
            /* "mention Marenian membership", "leaves out a zone": the
             * verb before the phrase -- not "membership of the" */
            const tok *v = a > 0 ? &c->t.v[a - 1] : NULL;
            if (v && (v->flags & (T_WORD | T_CAP)) == T_WORD && !preposition(c, a - 1) &&
                !tok_in(c, v, WS_DETERMINERS) && !describing(c, a - 1))
                break;
        }
    }
    if (start >= e || start == 0) return 0;
    d->a.actor = who;
    const char *canon = rs_alias_in(c->rs, c->text + who.start, span_len(who));
    snprintf(d->a.canonical, sizeof d->a.canonical, "%s", canon ? canon : "");
    d->a.nitems = 0;
    d->a.items[d->a.nitems++] = span_make(c->t.v[start].s, c->t.v[e - 1].e);
    d->first = start;
    d->lim = e;
    return 1;
}

/* Whether the one who stands before the cue can ask with it, as its
 * entry's "asker" says: "The rebels required that" -- not "The
 * offensive required that"; "The proposal contains four points:" --
 * not "The statement includes two points:", a statement's points being
 * what it says; "The proposal would require companies to disclose" is
 * what a text would impose, a rule's reach rather than an ask. */
static int asker_fits(actx *c, const rule_entry *e, span actor) {
    if (e->asker == ASKER_ANY) return 1;
    size_t a = tok_at(&c->t, actor.start), b = tok_past(&c->t, a, actor.end);
    if (e->asker == ASKER_SOMEONE) return !asked_by_thing(c, a, b);
    if (b <= a || c->t.v[a].s != actor.start) return 0;   /* named in another sentence */
    const tok *k = &c->t.v[b - 1];                  /* the head: not "The offensive" */
    if (e->asker == ASKER_DOCUMENT) return tok_in(c, k, WS_MESSAGE_NOUNS);
    if (e->asker == ASKER_NOT_DOCUMENT) return !tok_in(c, k, WS_MESSAGE_NOUNS);
    return tok_namey(c, b - 1) || tok_org_noun(c, k) || tok_bare_in(c, k, WS_PARTY_NOUNS) ||
           tok_in(c, k, WS_PRONOUNS) || tok_in(c, k, WS_MESSAGE_NOUNS);
}

/* "The report recommended that the ministry cap occupancy": advice to a
 * body is an ask -- not "Doctors recommended that he rest", "recommend
 * that patients drink more water". */
static int addresses_body(actx *c, size_t after) {
    size_t k = after + 1;
    while (k < c->t.n && (tok_in(c, &c->t.v[k], WS_DETERMINERS) || tok_in(c, &c->t.v[k], WS_POSSESSIVES)))
        k++;
    return k + 1 < c->t.n && (tok_namey(c, k) || tok_org_noun(c, &c->t.v[k]) ||
                              tok_org_noun(c, &c->t.v[k + 1]));
}

/* "recommended that responsibility for flood alerts be taken away from
 * the ministry": the clause after "that" is a subjunctive passive, a
 * change someone must make. */
static int passive_subjunctive(const actx *c, size_t after) {
    for (size_t j = after + 1; j + 1 < c->t.n && j < after + 12; j++) {
        const tok *k = &c->t.v[j], *n = &c->t.v[j + 1];
        if ((k->flags & T_PUNCT) || finite_aux(c, k)) return 0;
        if (!tok_is(c, k, "be")) continue;
        size_t len = n->e - n->s;
        const char *e = c->text + n->e;
        return (n->flags & (T_WORD | T_CAP)) == T_WORD &&
               ((len > 3 && (memcmp(e - 2, "ed", 2) == 0 || memcmp(e - 2, "en", 2) == 0)) ||
                tok_in(c, n, WS_IRREGULAR_PASTS));
    }
    return 0;
}

/* "An independent inquiry into the floods", "The panel": a body that
 * finds and recommends -- not "Doctors", "researchers", people whose
 * advice is to a patient or a reader. */
/* "insisted that the prisoner exchange come before any pause", "that
 * any final line follow the 1911 chart": after "that", a subject with
 * no plural in it and a bare verb (no -s, no past) before its object or
 * phrase -- the subjunctive of something asked.  Not "that the talks
 * were fair", "that the figures show growth", "that the deal stands". */
static int subjunctive_clause(const actx *c, size_t that) {
    if (that + 2 >= c->t.n || !tok_is(c, &c->t.v[that], "that")) return 0;
    const tok *s = &c->t.v[that + 1];
    if (!(s->flags & T_WORD) || tok_in(c, s, WS_PRONOUNS) || tok_is(c, s, "it")) return 0;
    for (size_t v = that + 2; v + 1 < c->t.n && v < that + 8; v++) {
        const tok *k = &c->t.v[v], *n = &c->t.v[v + 1];
        if ((k->flags & T_PUNCT) || tok_in(c, k, WS_AUXILIARIES) || tok_in(c, k, WS_IRREGULAR_PASTS))
            return 0;
        if (plural_word(c, v - 1) && !(c->t.v[v - 1].flags & T_POSS)) return 0;   /* "the figures show" */
        if (!((n->flags & (T_PUNCT | T_NUM)) || tok_in(c, n, WS_DETERMINERS) ||
              tok_in(c, n, WS_POSSESSIVES) || preposition(c, v + 1)))
            continue;
        char last = c->text[k->e - 1];
        if ((k->flags & (T_WORD | T_CAP)) != T_WORD || last == 's' || last == 'd' || gerund(c, k) ||
            tok_in(c, k, WS_DETERMINERS) || preposition(c, v) || tok_ly_word(c, k))
            return 0;
        /* "that a drone strike on the village hit only": the noun was
         * no verb, the clause's own verb comes later */
        for (size_t j = v + 1; j < c->t.n && j < v + 16 && !is_punct(c, j, ',') && !is_punct(c, j, '.'); j++)
            if (tok_in(c, &c->t.v[j], WS_AUXILIARIES) || tok_in(c, &c->t.v[j], WS_IRREGULAR_PASTS)) return 0;
        return 1;
    }
    return 0;
}

static int finding_body(const actx *c, span actor) {
    size_t a = tok_at(&c->t, actor.start), b = tok_past(&c->t, a, actor.end);
    for (size_t i = a; i < b; i++) {
        const tok *k = &c->t.v[i];
        if (preposition(c, i)) break;
        if (tok_in(c, k, WS_FINDING_SOURCES) && !tok_person_noun(c, k)) return 1;
    }
    return 0;
}

static int one_demand(actx *c, const hit *h, demand *prev, demand *out) {
    size_t ci = tok_at(&c->t, h->s);
    if (ci >= c->t.n || c->t.v[ci].s != h->s || demanding_describes(c, ci)) return 0;
    const rule_entry *e = &c->rs->pat[PS_DEMANDS].v[h->entry];
    if (e->shape == DEM_PRECONDITION) return precondition(c, h, ci, out);
    /* "said the mayor must step aside": the item is the clause, subject and all */
    int lone = e->shape == DEM_TERMS && h->e == c->t.v[ci].e && subject_before(c, ci);
    size_t told_to = lone ? reported_party(c, ci) : 0;
    if (e->shape == DEM_TERMS && !told_to && (lone || !subjunctive_terms(c, ci))) return 0;
    size_t cs = verb_group_start(c, ci);
    /* "The minister set two conditions": the count and the verb before
     * it belong to the cue's clause, its subject stands before them */
    if (counted_list(c, h) && ci >= 1) {
        cs = ci - 1;
        const tok *v = cs > 0 ? &c->t.v[cs - 1] : NULL;
        if (v && (v->flags & (T_WORD | T_CAP)) == T_WORD && !tok_in(c, v, WS_DETERMINERS) &&
            !preposition(c, cs - 1) && !tok_in(c, v, WS_CLAUSE_WORDS))
            cs = verb_group_start(c, cs - 1);
    }
    /* 'his country was "open to dialogue" ..., provided': a quotation
     * opens inside the verb group */
    if (e->shape == DEM_CONDITION && cs > 0 && (c->t.v[cs - 1].flags & T_OPENQ))
        cs = verb_group_start(c, cs - 1);
    size_t after = tok_at(&c->t, h->e), first = told_to ? told_to - 1 : after;
    int opens = after < c->t.n && (is_punct(c, after, ':') || (c->t.v[after].flags & T_DASH));
    span who = span_null();
    int owned = e->shape == DEM_TERMS ? 0 : noun_owner(c, e, ci, cs, after, prev, &who, &first);
    if (owned < 0) return 0;
    demand d;
    memset(&d, 0, sizeof d);
    d.shape = e->shape == DEM_TERMS ? DEM_OBJECT : e->shape;   /* items read as an object's */
    d.a = annotation_make(KIND_DEMAND, c->sent);
    d.a.cue = span_make(c->t.v[cs].s, h->e);
    int gap = e->shape == DEM_OBJECT && !owned && after < c->t.n &&
              (tok_is(c, &c->t.v[after], "in") || tok_is(c, &c->t.v[after], "during") ||
               tok_is(c, &c->t.v[after], "since") || is_punct(c, after, '.') || is_punct(c, after, ',')) &&
              (c->text[h->e - 1] == 'r' || c->text[h->e - 1] == 'n');    /* "for", "on" */
    if (!demand_actor(c, h, e, cs, ci, owned, who, prev, &d)) {
        /* "a no-fly zone, which the governor had called for": the
         * relative's subject, which the clause reading misses */
        if (!gap || !gapped_object(c, &d, cs, ci)) return 0;
        finish_demand(c, &d);
        d.a.whole = span_make(d.a.items[0].start, d.a.cue.end);
        *out = d;
        return 1;
    }
    if (!asker_fits(c, e, d.a.actor)) return 0;
    d.first = first;
    if (opens && e->shape == DEM_OBJECT && first == after) d.first++;
    /* "is asked to": the addressee; "had been requested": no one named */
    if ((e->shape == DEM_URGE || e->shape == DEM_OBJECT) && passive(c, cs, ci)) return 0;
    d.first = items_start(c, e, after, d.first);
    if (d.first == (size_t)-1 && urged_object(c, h, after)) {
        d.shape = DEM_OBJECT;                       /* "Poland urged tougher sanctions" */
        d.first = after;
    }
    if (d.first == (size_t)-1) return 0;
    /* '"Prisoners are the one thing both capitals actually want.
     * Everything else ...': the cue ends its sentence, what it wants
     * stood before it */
    /* "Marant's own demands were more modest": the plural noun and its
     * verb, which the pack's list cues leave out on purpose */
    if (e->shape == DEM_OBJECT && after < c->t.n && c->text[h->e - 1] == 's' &&
        (tok_is(c, &c->t.v[after], "are") || tok_is(c, &c->t.v[after], "were")))
        return 0;
    if (e->shape != DEM_LIST && d.first < c->t.n &&
        (is_punct(c, d.first, '.') || is_punct(c, d.first, '!') || is_punct(c, d.first, '?')) &&
        d.first + 1 < c->t.n && !(c->t.v[d.first + 1].flags & T_QUOTE))
        return 0;
    /* "requires the board to withdraw X": the party asked, then what it
     * must do, as after "urged" */
    if (e->shape == DEM_OBJECT && d.first == after &&
        (tok_is(c, &c->t.v[ci], "requires") || tok_is(c, &c->t.v[ci], "require"))) {
        size_t j = after_to(c, after);
        if (j != (size_t)-1 && j > after + 1 && tok_is(c, &c->t.v[j - 1], "to") &&
            addressee(c, after, j - 1)) {
            d.shape = DEM_URGE;
            d.first = j;
        }
    }
    /* "membership, which Vasko had pressed for in the weeks before the
     * summit": the relative's object is the noun before it, and what
     * follows the cue's own preposition is no item */
    if (gap && d.first == after) {
        if (!gapped_object(c, &d, cs, ci)) return 0;
        finish_demand(c, &d);
        d.a.whole = span_make(d.a.items[0].start, d.a.cue.end);   /* the item comes first */
        *out = d;
        return 1;
    }
    if (e->addressee == ADDRESSEE_SUBJUNCTIVE && !subjunctive_clause(c, after)) return 0;
    if (e->addressee == ADDRESSEE_BODY && !addresses_body(c, after) &&
        !(passive_subjunctive(c, after) && finding_body(c, d.a.actor)))
        return 0;
    /* "a list of what it wants from the company": who is asked, and
     * what is wanted stands before the cue */
    if ((c->text[h->s] | 0x20) == 'w' && d.first < c->t.n && tok_is(c, &c->t.v[d.first], "from"))
        return 0;
    /* "want the quarry closed and the land returned to grazing": the
     * "to" is the participle's, the wanted thing starts at the object */
    if (e->shape == DEM_URGE && (c->text[h->s] | 0x20) == 'w')
        for (size_t j = after + 1; j + 1 < d.first; j++)
            if (verb_like(c, &c->t.v[j]) && !participle(c, after, j)) {
                d.shape = DEM_OBJECT;
                d.first = after;
                break;
            }
    int below = !told_to && list_below(c);          /* "said X must go and demanded:" */
    if (e->shape == DEM_LIST && !below && !list_opens(c, &d, h)) {
        /* "issued an ultimatum on Friday. Either A, it said, or B", "set
         * out four demands. First, A; second, B" */
        if (!colon_below(c, &d) && !enumerated_below(c, &d, 1, 0)) return 0;
        finish_demand(c, &d);
        *out = d;
        return 1;
    }
    d.lim = items_limit(c, &d, d.first, h->e, &d.a.condition);
    end_at_relative(c, &d, cs);
    if (anyone_who(c, cs, d.lim)) return 0;
    if (below)
        list_items(c, &d);
    else
        split_items(c, &d);
    if (!d.a.nitems && ends_sentence(c, d.first)) list_items(c, &d);
    if (!d.a.nitems || on_behalf(c, &d) || recruits(c, ci, d.first) || asks_anonymity(c, &d))
        return 0;
    if (!below && !counted_colon(c, &d)) items_told_after(c, &d);
    finish_demand(c, &d);
    *out = d;
    return 1;
}

/* Who gives the quoted order [q, qe) (qe the closing quote): the
 * claim's source, else the words after it -- "hundreds of workers
 * chanted", "read a banner hung by contractors", "said the letter from
 * 40 groups". */
static span tag_giver(actx *c, size_t qe);

static span order_giver(actx *c, size_t q, size_t qe) {
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
                while (k + 1 < e && !party(c, k, k + 1)) k++;
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

/* A sentence that opens with a quoted order: '"Pay us what we are owed
 * by Friday or the buses stay in the depot," said X'.  The item is the
 * order, up to its first comma or the "or" of its threat. */
/* What may follow an ordering verb: its object or particle ("Give us",
 * "Sack the board", "Pay what you owe", "Stop selling", "Free
 * Palestine", "Hand back") -- not "Pay rises are", "Fund managers",
 * "End of story", where the word is a noun's. */
static int order_object(const actx *c, size_t i) {
    const tok *k = &c->t.v[i];
    if (!(k->flags & T_WORD)) return (k->flags & T_NUM) || c->text[k->s] == '\xc2';  /* £ */
    if ((k->flags & T_CAP) || tok_in(c, k, WS_DETERMINERS) || tok_in(c, k, WS_POSSESSIVES) ||
        gerund(c, k))
        return 1;
    return tok_is(c, k, "us") || tok_is(c, k, "them") || tok_is(c, k, "him") ||
           tok_is(c, k, "me") || tok_is(c, k, "what") || tok_is(c, k, "all") ||
           tok_is(c, k, "back") || tok_is(c, k, "up") || tok_is(c, k, "out") ||
           tok_is(c, k, "off") || tok_is(c, k, "down");
}

/* '"Give us the water rights back," said X, "and give us a seat at the
 * table."': the quotation resumes after the tag with a second order.
 * Returns the second order's verb, 0 when there is none. */
static size_t order_goes_on(const actx *c, size_t qe) {
    size_t k = qe + 1;
    while (k < c->t.n && k < qe + 12 && !(c->t.v[k].flags & T_PUNCT)) k++;
    if (k + 4 >= c->t.n || !is_punct(c, k, ',') || !(c->t.v[k + 1].flags & T_OPENQ) ||
        !tok_is(c, &c->t.v[k + 2], "and"))
        return 0;
    const tok *v = &c->t.v[k + 3];
    return (v->flags & (T_WORD | T_CAP)) == T_WORD && tok_in(c, v, WS_ORDER_VERBS) &&
                   order_object(c, k + 4)
               ? k + 3 : 0;
}

static int quoted_order(actx *c, demand *out) {
    if (c->t.n < 5 || !(c->t.v[0].flags & T_OPENQ)) return 0;
    /* '"Please stop making up stories about my family"': the plea
     * word before the order */
    size_t o = tok_is(c, &c->t.v[1], "Please") ? 2 : 1;
    const tok *v = &c->t.v[o];
    if ((v->flags & T_WORD) != T_WORD || ((v->flags & T_CAP) == 0) != (o == 2) ||
        !tok_in(c, v, WS_ORDER_VERBS) || is_punct(c, o + 1, ',') || (c->t.v[o + 1].flags & T_QUOTE) ||
        !order_object(c, o + 1))
        return 0;                                   /* "Give it a go" */
    size_t qe = o + 1;
    while (qe < c->t.n && qe < ORDER_MAX_TOKENS && !(c->t.v[qe].flags & T_QUOTE)) qe++;
    if (qe >= c->t.n || (c->t.v[qe].flags & T_OPENQ) || qe + 1 >= c->t.n ||
        !(is_punct(c, qe - 1, ',') || is_punct(c, qe - 1, '!')))
        return 0;
    size_t lim = o + 1;
    while (lim < qe && !(c->t.v[lim].flags & T_PUNCT) && !tok_is(c, &c->t.v[lim], "or")) lim++;
    span who = order_giver(c, 0, qe);
    if (span_is_null(who)) return 0;
    demand d;
    memset(&d, 0, sizeof d);
    d.shape = DEM_OBJECT;
    d.a = annotation_make(KIND_DEMAND, c->sent);
    d.a.cue = span_make(c->t.v[o].s, c->t.v[o].e);
    d.a.actor = who;
    const char *canon = rs_alias_in(c->rs, c->text + who.start, span_len(who));
    snprintf(d.a.canonical, sizeof d.a.canonical, "%s", canon ? canon : "");
    d.a.items[d.a.nitems++] = span_make(c->t.v[o].s, c->t.v[lim - 1].e);
    size_t more = order_goes_on(c, qe);
    if (more) {
        size_t e = more + 1;
        while (e < c->t.n && !(c->t.v[e].flags & T_PUNCT) && !tok_is(c, &c->t.v[e], "or")) e++;
        d.a.items[d.a.nitems++] = span_make(c->t.v[more].s, c->t.v[e - 1].e);
    }
    size_t we = who.end > c->t.v[qe].e ? who.end : c->t.v[qe].e;
    if (d.a.items[d.a.nitems - 1].end > we) we = d.a.items[d.a.nitems - 1].end;
    d.a.whole = span_make(c->t.v[0].s, we);
    d.first = o;
    d.lim = qe;
    d.a.response = find_response(c, &d);
    *out = d;
    return 1;
}

/* A headline's ultimatum, told unquoted: "Sign the deal by Friday or we
 * strike, bus drivers tell Corvane Travel", "Ultimatum to ministers: scrap
 * the levy by April or we quit, say hauliers".  The claim's content opens
 * with an order and goes on with its threat ("or we ..."); the item is
 * the order, the actor the claim's source. */
static int told_ultimatum(actx *c, demand *out) {
    for (size_t i = 0; i < c->claims.n; i++) {
        const annotation *a = &c->claims.v[i].a;
        if (span_is_null(a->content) || span_is_null(a->source.name) ||
            a->source.name.start < a->content.end)
            continue;
        size_t q = tok_at(&c->t, a->content.start), e = tok_at(&c->t, a->content.end);
        for (size_t j = q; j < e && j < q + 6; j++)     /* "Ultimatum to ministers:" */
            if (is_punct(c, j, ':')) {
                q = j + 1;
                break;
            }
        if (q + 3 >= e || e > c->t.n || (q > 0 && !is_punct(c, q - 1, ':')) ||
            (c->t.v[q].flags & T_QUOTE) || !tok_in(c, &c->t.v[q], WS_ORDER_VERBS) ||
            !order_object(c, q + 1))
            continue;
        size_t lim = q + 1;
        while (lim + 1 < e && !tok_is(c, &c->t.v[lim], "or") && !(c->t.v[lim].flags & T_PUNCT)) lim++;
        const tok *n = &c->t.v[lim + 1];
        if (lim + 1 >= e || !tok_is(c, &c->t.v[lim], "or") ||
            !(tok_in(c, n, WS_PRONOUNS) || tok_is(c, n, "I") || tok_is(c, n, "else") ||
              tok_is(c, n, "face")))                 /* "Stop the war or face sanctions" */
            continue;
        demand d;
        memset(&d, 0, sizeof d);
        d.shape = DEM_OBJECT;
        d.a = annotation_make(KIND_DEMAND, c->sent);
        d.a.cue = span_make(c->t.v[q].s, c->t.v[q].e);
        d.a.actor = said_by(&a->source);
        const char *canon = rs_alias_in(c->rs, c->text + d.a.actor.start, span_len(d.a.actor));
        snprintf(d.a.canonical, sizeof d.a.canonical, "%s", canon ? canon : "");
        d.a.items[d.a.nitems++] = span_make(c->t.v[q].s, c->t.v[lim - 1].e);
        d.a.whole = span_make(c->t.v[q].s, a->source.name.end);
        d.first = q;
        d.lim = lim;
        d.a.response = find_response(c, &d);
        *out = d;
        return 1;
    }
    return 0;
}

/* Who sends what a colon lead-in lists: the speaker ("told the
 * contractor that it must:"), the party of a relative ("The conditions,
 * which the council sent on Friday, are:"), else the subject. */
static span lead_in_actor(actx *c, size_t colon) {
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

/* A lead-in word that heads its phrase: "four demands:", "The
 * conditions, which ...", "terms for a truce are", "it must:" -- not
 * "the conditions on the course were:", "the terms of the loan". */
static int lead_in_word(const actx *c, size_t i) {
    if (!tok_in(c, &c->t.v[i], WS_LEAD_IN_WORDS) || i + 1 >= c->t.n) return 0;
    const tok *n = &c->t.v[i + 1];
    return is_punct(c, i + 1, ':') || is_punct(c, i + 1, ',') || tok_is(c, n, "for") ||
           tok_in(c, n, WS_BE_FORMS) || tok_is(c, n, "include") || tok_is(c, n, "included") ||
           tok_is(c, n, "includes");
}

/* A sentence that ends in a colon over list lines and holds a lead-in
 * word ("demands", "conditions", "must") where no cue was read: "The
 * conditions, which the council sent on Friday, are:", "told the
 * contractor that it must:", "if Mesra met four demands:".  The items
 * are the lines. */
static int list_lead_in(actx *c, demand *out) {
    if (!list_below(c) || c->t.n < 3) return 0;
    size_t colon = c->t.n - 1;
    while (colon > 0 && !is_punct(c, colon, ':')) colon--;
    if (colon == 0) return 0;
    int word = 0;
    for (size_t i = 0; i < colon && !word; i++) word = lead_in_word(c, i);
    if (!word) return 0;
    span who = lead_in_actor(c, colon);
    if (span_is_null(who) || nobody(c, who) || activity(c, who)) return 0;
    demand d;
    memset(&d, 0, sizeof d);
    d.shape = DEM_LIST;
    d.a = annotation_make(KIND_DEMAND, c->sent);
    d.a.cue = span_make(c->t.v[colon].s, c->t.v[colon].e);
    d.a.actor = who;
    const char *canon = rs_alias_in(c->rs, c->text + who.start, span_len(who));
    snprintf(d.a.canonical, sizeof d.a.canonical, "%s", canon ? canon : "");
    d.first = d.lim = colon + 1;
    list_items(c, &d);
    if (d.a.nitems < 2) return 0;
    finish_demand(c, &d);
    *out = d;
    return 1;
}

int demands_run(actx *c) {
    demand prev, cur;
    int have_prev = 0;
    size_t tag_end = 0;             /* '"...," the drivers demanded on Friday' */
    if (quoted_order(c, &cur) || told_ultimatum(c, &cur)) {
        if (emit(c, &cur.a) < 0) return -1;
        prev = cur;
        have_prev = 1;
        size_t k = cur.lim + 1;
        while (k < c->t.n && !(c->t.v[k].flags & T_PUNCT)) k++;
        tag_end = k < c->t.n ? c->t.v[k].s : c->sent.end;
    }
    for (size_t i = 0; i < c->h.n; i++) {
        const hit *h = &c->h.v[i];
        if (h->sec != PS_DEMANDS || h->s < tag_end) continue;
        /* "set out what they want": "want" is part of the cue found */
        if (have_prev && h->s >= prev.a.cue.start && h->s < prev.a.cue.end) continue;
        if (have_prev && h->s >= prev.a.cue.start && h->s < prev.a.whole.end && counted_list(c, h))
            continue;
        /* "urged residents to ask for X": a cue inside the item urged */
        if (have_prev && (prev.shape == DEM_URGE || prev.shape == DEM_INFINITIVE) && prev.a.nitems &&
            h->s >= prev.a.items[0].start && h->s < prev.a.items[prev.a.nitems - 1].end)
            continue;
        int got = one_demand(c, h, have_prev ? &prev : NULL, &cur);
        if (!got) continue;
        if (emit(c, &cur.a) < 0) return -1;
        prev = cur;
        have_prev = 1;
    }
    if (!have_prev && list_lead_in(c, &cur) && emit(c, &cur.a) < 0) return -1;
    return 0;
}
