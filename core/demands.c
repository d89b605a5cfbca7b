/* demands.c -- what a party wants.  A demand cue from the packs ("demands",
 * "is seeking to", "calls for", "urges Y to") is read here: whether the
 * sentence really carries a demand (not market demand, a refusal, one's
 * own plan, a question), which shape it has (object, infinitive, list,
 * urge, condition, precondition, terms), the quoted orders and headline
 * ultimatums that need no cue, and the responses that follow.  Who asks
 * is found in demand_actor.c, what is asked in demand_items.c. */
#include <stdio.h>
#include <string.h>
#include "demand.h"


#define RESPONSE_LOOKAHEAD 4
#define CLAUSE_MAX_TOKENS 24
#define ORDER_MAX_TOKENS 30   /* a quoted order longer than this is a speech */

void demand_init(demand *d, const actx *c, int shape, span cue) {
    memset(d, 0, sizeof *d);
    d->shape = shape;
    d->a = annotation_make(KIND_DEMAND, c->sent);
    d->a.cue = cue;
}

int is_punct(const actx *c, size_t i, char ch) {
    const tok *k = &c->t.v[i];
    return (k->flags & T_PUNCT) && c->text[k->s] == ch;
}

/* "who" opening a relative clause -- not "the WHO", a name. */
int who_at(const actx *c, size_t i) {
    return tok_is(c, &c->t.v[i], "who") && !tok_namey(c, i);
}

/* ", who" or ", which" at i: a relative clause set off by a comma. */
int relative_at(const actx *c, size_t i) {
    return i >= 1 && i < c->t.n && (who_at(c, i) || tok_is(c, &c->t.v[i], "which")) &&
           is_punct(c, i - 1, ',');
}

/* "a rise, as well as a guarantee": one more item, not an adjunct. */
int as_well_as(const actx *c, size_t i) {
    return i + 2 < c->t.n && tok_is(c, &c->t.v[i], "as") && tok_is(c, &c->t.v[i + 1], "well") &&
           tok_is(c, &c->t.v[i + 2], "as");
}

/* The auxiliaries that carry a clause's tense: "has", "were", "would" --
 * not "also" or "just", which the packs' auxiliaries hold as well. */
int finite_aux(const actx *c, const tok *k) {
    return tok_in(c, k, WS_FINITE_AUXILIARIES);
}

int cue_word_at(const actx *c, const tok *k) {
    for (size_t i = 0; i < c->h.n; i++)
        if (c->h.v[i].sec == PS_CUES && c->h.v[i].s == k->s) return 1;
    return 0;
}

int any_cue_at(const actx *c, const tok *k) {
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
int headline_ends(const actx *c, size_t k) {
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

size_t back_to_clause(const actx *c, size_t b) {
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

/* The clause before the cue is the speaker's own: "his country", "our
 * members" -- not "the bridge". */
static int speakers_own(const actx *c, size_t cs) {
    size_t a = back_to_clause(c, cs);
    return a < cs && tok_in(c, &c->t.v[a], WS_POSSESSIVES);
}

/* "is asked to", "were urged to": the subject is asked, not asking. */
int passive_cue(const actx *c, size_t cs, size_t ci) {
    const tok *k = &c->t.v[ci];
    if ((k->e - k->s < 3 || memcmp(c->text + k->e - 2, "ed", 2) != 0) && !tok_is(c, k, "given") &&
        !tok_is(c, k, "told") && !tok_is(c, k, "sought"))       /* "were told they have until" */
        return 0;
    for (size_t j = cs; j < ci; j++)
        if (tok_in(c, &c->t.v[j], WS_BE_FORMS)) return 1;
    return 0;
}

int preposition(const actx *c, size_t i) {
    return tok_in(c, &c->t.v[i], WS_PREPOSITIONS);
}

/* "is now pressing for", "has publicly called for". */
int verb_adverb(const actx *c, size_t i) {
    return tok_in(c, &c->t.v[i], WS_CUE_ADVERBS);
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
    demand_init(&d, c, DEM_OBJECT, span_make(c->t.v[ci].s, h->e));
    set_demand_actor(c, &d, who);
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
int demand_modifier(const actx *c, const tok *k) {
    return tok_in(c, k, WS_DEMAND_ADJECTIVES);
}

/* Can "their", "its", "they" or "he" at token i point back at `who`?
 * "Their" wants a plural or a group ("Demonstrators", "the union"), "its"
 * no plural, "he" one person. */
int agrees(const actx *c, size_t i, span who) {
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
int renews(const actx *c, size_t poss) {
    size_t i = poss;
    if (i > 0 && tok_is(c, &c->t.v[i - 1], "up")) i--;
    return i > 0 && tok_in(c, &c->t.v[i - 1], WS_RENEWAL_VERBS);
}

/* "would continue to demand X", "vowed to demand": the verb after "to",
 * not "in response to demand". */
int cue_after_to(const actx *c, size_t cs) {
    if (cs < 2 || !tok_is(c, &c->t.v[cs - 1], "to")) return 0;
    /* "gathered outside the town hall to call for": any cue's bare verb */
    const tok *v = &c->t.v[cs];
    if (!tok_is(c, v, "demand") &&
        ((v->flags & (T_WORD | T_CAP)) != T_WORD || c->text[v->e - 1] == 's' || ing_word(c, v) ||
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
int judged_demand(const actx *c, size_t i) {
    const tok *k = &c->t.v[i];
    if (verb_like(c, k) || ((k->flags & (T_WORD | T_CAP)) == T_WORD && ing_word(c, k))) return 1;
    return tok_in(c, k, WS_JUDGEMENT_WORDS);
}

/* The word "demand" itself, which is as often the noun. */
int bare_demand(const actx *c, size_t ci) {
    return tok_is(c, &c->t.v[ci], "demand");
}

/* "their", "its", "our": a possessive that points back. */
int own_word(const actx *c, size_t i) {
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
        tok_in(c, k, WS_DETERMINERS) || demand_modifier(c, k))
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
int headline_object(const actx *c, size_t after) {
    if (!sentence_headline(c) || after + 1 >= c->t.n) return 0;
    const tok *k = &c->t.v[after];
    return (k->flags & (T_WORD | T_CAP)) == T_WORD && !preposition(c, after) &&
           !tok_in(c, k, WS_CLAUSE_WORDS) && !tok_in(c, k, WS_AUXILIARIES) &&
           !tok_in(c, k, WS_FUNCTION_WORDS);
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
    return ing_word(c, &c->t.v[i]) &&
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
            (tok_namey(c, k) || can_want(c, k, k + 2)))
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
    set_demand_actor(c, d, d->a.actor);
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
    attribute_demand(c, d);
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
    if (ing_word(c, k)) return 1;
    if (tok_namey(c, b - 1) || tok_bare_in(c, k, WS_PARTY_NOUNS) || tok_org_noun(c, k)) return 0;
    return !tok_person_noun(c, k) || (n > 4 && memcmp(c->text + k->e - 4, "ates", 4) == 0);
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
                !tok_in(c, v, WS_DETERMINERS) && !describing_word(c, a - 1))
                break;
        }
    }
    if (start >= e || start == 0) return 0;
    set_demand_actor(c, d, who);
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
        if ((k->flags & (T_WORD | T_CAP)) != T_WORD || last == 's' || last == 'd' || ing_word(c, k) ||
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
    demand d;                                   /* terms' items read as an object's */
    demand_init(&d, c, e->shape == DEM_TERMS ? DEM_OBJECT : e->shape, span_make(c->t.v[cs].s, h->e));
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
    if ((e->shape == DEM_URGE || e->shape == DEM_OBJECT) && passive_cue(c, cs, ci)) return 0;
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
        ing_word(c, k))
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
    demand_init(&d, c, DEM_OBJECT, span_make(c->t.v[o].s, c->t.v[o].e));
    set_demand_actor(c, &d, who);
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
        demand_init(&d, c, DEM_OBJECT, span_make(c->t.v[q].s, c->t.v[q].e));
        set_demand_actor(c, &d, said_by(&a->source));
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
    demand_init(&d, c, DEM_LIST, span_make(c->t.v[colon].s, c->t.v[colon].e));
    set_demand_actor(c, &d, who);
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
