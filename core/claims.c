/* claims.c -- who says what.  Each cue the scan found is tried against
 * the shapes attribution takes in English copy:
 *   X said (that) ...          X told Y (that) ...
 *   "...," X said.             "...," said X.
 *   ..., X said.               according to X, ... / ..., according to X.
 *   ..., citing X              (a chain: the claim before relays X)
 * The source is the noun phrase of the clause the cue sits in; whether it
 * is named, unnamed or a pronoun is np_classify's call. */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include "analysers.h"

#define THAT_WINDOW 7        /* "told Reuters on Monday that": tokens to "that" */
#define ANTECEDENT_BYTES 3000
#define CLAUSE_MAX_TOKENS 24  /* longer runs are not a source phrase */
#define INVERTED_MAX_TOKENS 8 /* "said X": X is a name, not a clause */
#define BACK_REF_LOOKBACK 64  /* annotations searched for "the official"'s antecedent */

static int grow_claims(claim_list *l) {
    if (l->n < l->cap) return 0;
    size_t cap = l->cap ? l->cap * 2 : 8;
    found_claim *v = realloc(l->v, cap * sizeof *v);
    if (!v) return -1;
    l->v = v;
    l->cap = cap;
    return 0;
}

/* "the family said", "his ally said", "the Smith family said": an -ly
 * word after a determiner, a possessive or a name is a noun, not an
 * adverb of the cue. */
static int ly_noun(const actx *c, size_t i) {
    if (i == 0) return 0;
    const tok *p = &c->t.v[i - 1];
    return tok_in(c, p, WS_DETERMINERS) || (p->flags & T_POSS) || tok_namey(c, i - 1);
}

/* "has repeatedly echoed": the cue takes its auxiliaries and adverbs. */
static size_t cue_first_tok(const actx *c, size_t ci) {
    size_t i = ci;
    while (i > 0 && (tok_in(c, &c->t.v[i - 1], WS_AUXILIARIES) ||
                     ((tok_ly_word(c, &c->t.v[i - 1]) && !(c->t.v[i - 1].flags & T_CAP)) && !ly_noun(c, i - 1)) ||
                     ((tok_is(c, &c->t.v[i - 1], "long") ||              /* "has long denied" */
                       tok_is(c, &c->t.v[i - 1], "only") ||                /* "would only say" */
                       tok_is(c, &c->t.v[i - 1], "since")) && i >= 2 &&    /* "has since claimed" */
                      tok_in(c, &c->t.v[i - 2], WS_AUXILIARIES)) ||
                     tok_is(c, &c->t.v[i - 1], "always") ||             /* "always rejected" */
                     (tok_is(c, &c->t.v[i - 1], "first") && i >= 2 &&   /* "Axios first reported" */
                      !tok_in(c, &c->t.v[i - 2], WS_DETERMINERS) && !(c->t.v[i - 2].flags & T_POSS))))
        i--;
    return i;
}

static int is_cue_tok(const actx *c, const tok *k) {
    for (size_t i = 0; i < c->claims.n; i++)
        if (c->claims.v[i].a.cue.end == k->e) return 1;
    return 0;
}

/* "8% of the shares", "AT&T", "which provides $24.6m of its funding":
 * punctuation inside a phrase, not a clause boundary. */
static int soft_punct(const actx *c, const tok *k) {
    if (!(k->flags & T_PUNCT) || k->e - k->s != 1) return 0;
    char p = c->text[k->s];
    /* "for Which Way? magazine", "the Yahoo! spokesman": a mark inside a
     * title, with the sentence going on in lower case */
    if ((p == '?' || p == '!') && k + 1 < c->t.v + c->t.n && k > c->t.v && (k[-1].flags & T_CAP) &&
        (k[1].flags & (T_WORD | T_CAP)) == T_WORD && k[1].s == k->e + 1)
        return 1;
    return p == '%' || p == '&' || p == '/' || p == '$';
}

static int boundary(const actx *c, const tok *k) {
    return (k->flags & T_PUNCT) && !soft_punct(c, k);
}

/* The clause before token b: back to punctuation, a clause word or
 * another cue. */
static size_t clause_start(const actx *c, size_t b) {
    size_t a = b;
    while (a > 0) {
        if (b - a > CLAUSE_MAX_TOKENS) return b;     /* no subject this long */
        const tok *k = &c->t.v[a - 1];
        /* "A video shared more than 90,000 times claimed ...": a
         * comparison inside the subject starts no clause */
        int compared = a >= 2 && tok_is(c, k, "than") &&
                       (tok_is(c, &c->t.v[a - 2], "more") || tok_is(c, &c->t.v[a - 2], "fewer") ||
                        tok_is(c, &c->t.v[a - 2], "less"));
        /* "Nobody on that committee has said": a "that" after a
         * preposition points, it opens no clause */
        int pointing = a >= 2 && tok_is(c, k, "that") &&
                       tok_in(c, &c->t.v[a - 2], WS_PEOPLE_PREPOSITIONS);
        /* "a journal whose editor said": the subject starts after "whose" */
        if (!compared && !pointing &&
            (boundary(c, k) || tok_in(c, k, WS_CLAUSE_WORDS) || is_cue_tok(c, k) ||
             tok_is(c, k, "whose")))
            break;
        a--;
    }
    return a;
}

/* "Senate Majority Leader Rosa Elkhart (D-Nev.) called ...": a short
 * bracketed label between the name and its cue.  The token where the
 * bracket opens, or cs when there is none. */
static size_t party_label(const actx *c, size_t cs) {
    if (cs < 3 || c->text[c->t.v[cs - 1].s] != ')') return cs;
    for (size_t j = cs - 1; j-- > 0 && cs - j <= 10;) {
        const tok *k = &c->t.v[j];
        if (c->text[k->s] == '(') return j > 0 && tok_namey(c, j - 1) ? j : cs;
        if ((k->flags & T_PUNCT) && c->text[k->s] != ',' && c->text[k->s] != '.' &&
            c->text[k->s] != '-')
            return cs;
    }
    return cs;
}

/* Does the stretch [p, e) between two commas read as an aside rather than
 * the subject: a relative clause ("who was in Kyiv"), a participle phrase
 * ("speaking on condition of anonymity because ..."), an age ("58") or a
 * lone adverb ("however")? */
int tok_aside(const actx *c, size_t p, size_t e) {
    const tok *k = &c->t.v[p];
    if (e == p + 1 && (k->flags & T_WORD)) return 1;
    if (tok_is(c, k, "who") || tok_is(c, k, "which") || tok_is(c, k, "whose") || tok_is(c, k, "whom"))
        return 1;
    /* "The navy, for its part, said", "Tibbs, in a statement, said",
     * "seen as the swing vote" */
    if (e > p + 1 && tok_in(c, k, WS_ASIDE_STARTS)) return 1;
    /* "Two men, both in their twenties, said", "A detective ..., now
     * retired, said": who they are, or are now */
    if (e > p + 1 && (tok_is(c, k, "both") || tok_is(c, k, "all") || tok_is(c, k, "each") ||
                      tok_is(c, k, "now")))
        return 1;
    /* "a copy of which has been passed to the Post" */
    for (size_t i = p + 1; i + 1 < e && i <= p + 3; i++)
        if (tok_is(c, &c->t.v[i], "of") &&
            (tok_is(c, &c->t.v[i + 1], "which") || tok_is(c, &c->t.v[i + 1], "whom")))
            return 1;
    /* "Two diplomats, one from a southern state and one from a Nordic
     * country, said": who the members are, not the subject */
    if (tok_is(c, k, "one") && e > p + 2 && tok_in(c, &c->t.v[p + 1], WS_POSTMODIFIERS) &&
        !tok_is(c, &c->t.v[p + 1], "of"))
        return 1;
    /* "most of them former staff", "many of whom ..." */
    if (p + 2 < e && tok_is(c, &c->t.v[p + 1], "of") &&
        (tok_is(c, &c->t.v[p + 2], "whom") || tok_is(c, &c->t.v[p + 2], "which") ||
         tok_is(c, &c->t.v[p + 2], "them") || tok_is(c, &c->t.v[p + 2], "us")) &&
        (tok_count(c, k) != -2 || tok_is(c, k, "most") ||
         tok_is(c, k, "many") || tok_is(c, k, "some") || tok_is(c, k, "all") ||
         tok_is(c, k, "none") || tok_is(c, k, "both") || tok_is(c, k, "each")))
        return 1;
    size_t n = k->e - k->s;
    const char *s = c->text + k->s;
    if ((k->flags & (T_WORD | T_CAP)) == T_WORD && n > 4 &&
        (memcmp(s + n - 3, "ing", 3) == 0 || memcmp(s + n - 2, "ed", 2) == 0))
        return 1;
    for (size_t i = p; i < e; i++)
        if (!(c->t.v[i].flags & T_NUM)) return 0;
    return 1;
}

/* "The union, which represents crane drivers, lashers and operators at
 * the port, said": the commas before the cue's may separate a list inside
 * a relative clause; the aside then starts at its "which"/"who".  The
 * aside's first token (p itself when there is no such clause). */
static size_t list_in_relative(const actx *c, size_t p, size_t b) {
    if (tok_aside(c, p, b - 1)) return p;
    for (size_t r = p - 1; r > 1 && b - r <= CLAUSE_MAX_TOKENS + 8; r--) {
        const tok *k = &c->t.v[r - 1];
        if (!boundary(c, k)) continue;
        if (!tok_is_comma(c, k)) return p;
        if (tok_is(c, &c->t.v[r], "which") || tok_is(c, &c->t.v[r], "who")) return r;
    }
    return p;
}

/* "Two people who sat through the trial, and who know the defendant,
 * said": a second relative clause, joined to one without a comma. */
static int joined_relative(const actx *c, size_t p, size_t e) {
    const tok *t = c->t.v;
    return p + 2 < e && (tok_is(c, &t[p], "and") || tok_is(c, &t[p], "but")) &&
           (tok_is(c, &t[p + 1], "who") || tok_is(c, &t[p + 1], "which"));
}

/* The first relative clause a joined one follows starts at its "who"
 * ("A student who works as a resident adviser, and who ..."): the phrase
 * it hangs from ends there, whatever clause words the clause holds.  The
 * token of that "who", or q when there is none. */
static size_t first_relative(const actx *c, size_t q) {
    for (size_t r = q; r-- > 1 && q - r <= CLAUSE_MAX_TOKENS;) {
        const tok *k = &c->t.v[r];
        if (boundary(c, k)) break;
        if (tok_is(c, k, "who")) return r;
    }
    return q;
}

/* "The proposal, which one cabinet minister described as 'dead on
 * arrival', ...": after a relative word set off by a comma or dash, the
 * relative clause's own subject speaks.  The token it starts at. */
static size_t past_relative_word(const actx *c, size_t a, size_t b) {
    if (a == 0 || a + 1 >= b || !(tok_is(c, &c->t.v[a], "which") || tok_is(c, &c->t.v[a], "whom")))
        return a;
    const tok *p = &c->t.v[a - 1];
    return tok_is_comma(c, p) || (p->flags & T_DASH) ? a + 1 : a;
}

/* "The minister, who was in Kyiv, said", "Two diplomats, speaking on
 * condition of anonymity ..., said", "Delaney, 58, denies": the subject
 * stands before the aside.  "The shadow chancellor, Jo Bell, said": an
 * appositive name belongs to it.  Sets [*pa, *pb) when a source is
 * found there. */
static int skip_aside(actx *c, size_t *pa, size_t *pb) {
    size_t b = *pb;
    if (b == 0 || !tok_is_comma(c, &c->t.v[b - 1])) return 0;
    for (size_t p = b - 1; p > 0 && b - p <= CLAUSE_MAX_TOKENS + 8; p--) {
        const tok *k = &c->t.v[p - 1];
        /* "The commission, which rated it 'requires improvement', said":
         * a quoted phrase inside the aside */
        if (!boundary(c, k) || (k->flags & T_QUOTE)) continue;
        if (!tok_is_comma(c, k) || p >= b - 1 || p < 2) return 0;
        p = list_in_relative(c, p, b);
        size_t q = party_label(c, p - 1);    /* "Rep. Helen Osei (D-Md.), who ..." */
        size_t a = clause_start(c, joined_relative(c, p, b - 1) ? first_relative(c, q) : q);
        /* "Dean Corrigan, 52, who steered ..., alleges": asides in a row */
        for (int n = 0; n < 3 && a < q && a >= 2 && tok_is_comma(c, &c->t.v[a - 1]) &&
                        np_classify(c, a, q).kind == NP_NONE && tok_aside(c, a, q);
             n++) {
            q = party_label(c, a - 1);
            a = clause_start(c, q);
        }
        a = past_relative_word(c, a, q);
        if (a >= q) return 0;
        np_info first = np_classify(c, a, q);
        /* "two members of the panel that considered the bids, who asked
         * not to be named, told ...": the subject runs on through its
         * own "that" clause */
        if (first.kind == NP_NONE && a >= 2 && tok_is(c, &c->t.v[a - 1], "that")) {
            size_t a2 = clause_start(c, a - 1);
            if (a2 < a - 1 && np_classify(c, a2, a - 1).kind != NP_NONE) {
                a = a2;
                first = np_classify(c, a, q);
            }
        }
        /* "the Journal, whose editor, Anika Brandvold, said": the name set
         * off after the post is the speaker */
        if (first.kind == NP_NONE && a > 0 && tok_is(c, &c->t.v[a - 1], "whose") && tok_namey(c, p) &&
            np_classify(c, p, b - 1).kind == NP_NAMED) {
            *pa = p;
            *pb = b - 1;
            return 1;
        }
        if (first.kind == NP_NONE) return 0;
        /* "Luka's mother, Vera, told ...": a lone name set off is the
         * speaker's, not an aside like "however" */
        int lone_name = b - 1 == p + 1 && tok_namey(c, p) && np_classify(c, p, b - 1).kind == NP_NAMED;
        if (!lone_name && (tok_aside(c, p, b - 1) || joined_relative(c, p, b - 1))) {
            *pa = a;
            *pb = q;
            return 1;
        }
        if (np_classify(c, p, b - 1).kind == NP_NAMED && tok_namey(c, p)) {
            *pa = a;
            *pb = b - 1;
            return 1;
        }
        /* "Dr Aisha Bello, a hydrologist at ... who has studied ..., said",
         * "The Offshore Transition Commission, the statutory body that
         * advises ministers, said": a description after a name */
        /* "Ellen Prothero, chair of the valley's cooperative, told ...":
         * a post without its article describes the name too */
        const tok *d = &c->t.v[p];
        /* any post will do after a name ("head of", "founder of"), and
         * one with a word before it ("deputy head of", "former chief of") */
        int post = (d->flags & (T_WORD | T_CAP)) == T_WORD &&
                   ((p + 1 < b - 1 && tok_is(c, &c->t.v[p + 1], "of")) ||
                    (p + 2 < b - 1 && tok_is(c, &c->t.v[p + 2], "of") &&
                     (c->t.v[p + 1].flags & (T_WORD | T_CAP)) == T_WORD &&
                     (tok_in(c, d, WS_DESCRIPTORS) || tok_in(c, d, WS_TITLES))));
        /* "Three members of staff at Alder Lodge, a home run by ...,
         * said": a description after unnamed people, however long */
        if ((first.kind == NP_NAMED && tok_namey(c, q - 1) &&
             (tok_is(c, d, "a") || tok_is(c, d, "an") || tok_is(c, d, "the") || post)) ||
            (first.kind == NP_ANON && (tok_is(c, d, "a") || tok_is(c, d, "an")))) {
            *pa = a;
            *pb = q;
            return 1;
        }
        return 0;
    }
    return 0;
}

/* "him", "them": a cue whose whole content is an object pronoun is not
 * reporting speech ("after she reported him"). */
static int object_pronoun_only(const actx *c, span content) {
    return !span_is_null(content) &&
           rs_has_word(c->rs, WS_OBJECT_PRONOUNS, c->text + content.start, span_len(content));
}

/* "has not responded", "would not say": a negated cue with nothing
 * reported is no claim. */
static int negated_cue(const actx *c, size_t cs, size_t ci) {
    for (size_t i = cs; i < ci; i++)
        if (tok_is(c, &c->t.v[i], "not") || tok_is(c, &c->t.v[i], "never")) return 1;
    return 0;
}

/* "declined to say", "refused to confirm", "needless to say": the
 * infinitive reports nothing. */
static int withheld_cue(const actx *c, size_t cs) {
    return cs >= 2 && tok_is(c, &c->t.v[cs - 1], "to") && tok_in(c, &c->t.v[cs - 2], WS_REFUSAL_WORDS);
}

/* "..., called the lawsuit \"a shakedown\"": after a verb of verdict
 * comes what is judged, never the speaker, so no "..., said X" reading. */
static int takes_object(const actx *c, const tok *k) {
    return tok_in(c, k, WS_VERDICT_VERBS);
}

static int tells(const actx *c, const tok *k) {
    return tok_is(c, k, "told") || tok_is(c, k, "tell") || tok_is(c, k, "tells") ||
           tok_is(c, k, "telling");
}

static int past_verb(const actx *c, const tok *k);

/* "Interpol added Kolar, 41, to its most wanted list": a thing put on a
 * list, not words added; "added the firm had returned to the black"
 * has a verb before its "to" and stays a cue. */
static int added_to(const actx *c, size_t ci, size_t after) {
    if (!tok_is(c, &c->t.v[ci], "added") || after >= c->t.n) return 0;
    const tok *f = &c->t.v[after];
    /* "the company added 40 buses in the spring", "added 3,000 jobs":
     * a count of things with no verb of its own after it (not "added
     * 20 jobs were at risk") */
    if (((f->flags & T_NUM) || tok_count(c, f) > -2) && after + 1 < c->t.n &&
        (c->t.v[after + 1].flags & (T_WORD | T_CAP)) == T_WORD) {
        for (size_t j = after + 1; j < c->t.n && j < after + 10; j++) {
            const tok *x = &c->t.v[j];
            if ((x->flags & T_PUNCT) && c->text[x->s] != '%') return 1;
            if (tok_in(c, x, WS_FINITE_AUXILIARIES) || past_verb(c, x) || tok_is(c, x, "that")) return 0;
        }
        return 1;
    }
    if (!(f->flags & (T_CAP | T_NUM)) && !tok_in(c, f, WS_DETERMINERS)) return 0;
    for (size_t j = after; j + 1 < c->t.n && j < after + 10; j++) {
        const tok *x = &c->t.v[j];
        if ((x->flags & T_QUOTE) || tok_is(c, x, "that") || tok_in(c, x, WS_AUXILIARIES) ||
            (x->flags & T_DASH) || ((x->flags & T_PUNCT) && c->text[x->s] != ','))
            return 0;
        const tok *n = &c->t.v[j + 1];
        if (j > after && tok_is(c, x, "to") && (tok_in(c, n, WS_DETERMINERS) || (n->flags & T_POSS)))
            return 1;
    }
    return 0;
}

/* "caused by Korvatia adding names to the list": "adding" with a plain
 * noun as its object, then a preposition, adds things, not words (not
 * "adding police were still searching": a clause follows). */
static int adding_things(const actx *c, size_t ci, size_t after) {
    if (!tok_is(c, &c->t.v[ci], "adding") || after + 1 >= c->t.n) return 0;
    const tok *f = &c->t.v[after], *n = &c->t.v[after + 1];
    if ((f->flags & (T_WORD | T_CAP | T_NUM)) != T_WORD || tok_in(c, f, WS_DETERMINERS) ||
        tok_in(c, f, WS_PRONOUNS) || tok_in(c, f, WS_CLAUSE_WORDS) || tok_is(c, f, "there") ||
        tok_is(c, f, "it"))
        return 0;
    if (!tok_in(c, n, WS_PREPOSITIONS)) return 0;
    for (size_t j = after + 2; j < c->t.n && j < after + 10; j++) {
        const tok *x = &c->t.v[j];
        if (x->flags & T_PUNCT) break;
        if (tok_in(c, x, WS_FINITE_AUXILIARIES) || past_verb(c, x)) return 0;
    }
    return 1;
}

/* "the advert posted by Tollgate Logistics": a participle after its
 * noun, with its agent; the noun does not speak. */
static int participle_by(const actx *c, size_t cs, size_t ci, size_t after) {
    const tok *k = &c->t.v[ci];
    if (cs != ci || cs == 0 || after >= c->t.n || !tok_is(c, &c->t.v[after], "by")) return 0;
    /* "first reported by the Chronicle" credits the report's source */
    if (tok_is(c, k, "said") || tok_is(c, k, "told") || tok_is(c, k, "reported") || k->e - k->s < 4 ||
        strncasecmp(c->text + k->e - 2, "ed", 2) != 0)
        return 0;
    const tok *p = &c->t.v[cs - 1];
    return (p->flags & (T_WORD | T_CAP | T_NUM)) == T_WORD && !tok_in(c, p, WS_AUXILIARIES) &&
           !tok_in(c, p, WS_PRONOUNS) && !tok_in(c, p, WS_CLAUSE_WORDS);
}

/* "told patients to stay at home": an instruction, not a statement;
 * "Parking firm told to refund drivers", "Council told to pay": a
 * headline's passive, the one told is the subject. */
static int told_to(const actx *c, size_t ci, size_t after) {
    if (!tells(c, &c->t.v[ci])) return 0;
    if (after + 1 < c->t.n && tok_is(c, &c->t.v[after], "to") &&
        (c->t.v[after + 1].flags & (T_WORD | T_CAP)) == T_WORD &&
        !tok_in(c, &c->t.v[after + 1], WS_DETERMINERS) && !tok_in(c, &c->t.v[after + 1], WS_PRONOUNS))
        return 1;
    for (size_t j = after; j < c->t.n && j < after + 5; j++) {
        const tok *x = &c->t.v[j];
        /* "told friends he expected to be acquitted": a subject pronoun
         * opens the reported clause; its "to" is no instruction */
        if ((x->flags & T_PUNCT) || tok_is(c, x, "that") || (j > after && tok_in(c, x, WS_PRONOUNS)))
            return 0;
        if (tok_is(c, x, "to") && j > after && j + 1 < c->t.n &&
            (c->t.v[j + 1].flags & (T_WORD | T_CAP)) == T_WORD && !tok_in(c, &c->t.v[j + 1], WS_DETERMINERS))
            return 1;
    }
    return 0;
}

/* "The deal, announced on Monday, includes ...": a participle aside
 * after its noun, not a cue with that noun as source. */
static int participle_aside(const actx *c, size_t cs, size_t ci, size_t after) {
    if (cs != ci || cs == 0 || !tok_is_comma(c, &c->t.v[cs - 1]) || after >= c->t.n) return 0;
    const tok *k = &c->t.v[ci];
    size_t n = k->e - k->s;
    if (n < 4 || memcmp(c->text + k->e - 2, "ed", 2) != 0) return 0;
    if (!tok_in(c, &c->t.v[after], WS_PHRASE_STOPS) || tok_is(c, &c->t.v[after], "told") ||
        tok_is(c, &c->t.v[after], "by"))
        return 0;
    /* the aside closes with a comma and the sentence goes on */
    for (size_t j = after; j < c->t.n; j++) {
        const tok *x = &c->t.v[j];
        if (tok_is(c, x, "that")) return 0;
        if (x->flags & T_PUNCT) return tok_is_comma(c, x) && j + 1 < c->t.n;
    }
    return 0;
}

/* Tokens after the cue up to punctuation or a stop word. */
static size_t phrase_end(const actx *c, size_t i, int stops) {
    size_t lim = i + CLAUSE_MAX_TOKENS;
    while (i < c->t.n && i < lim) {
        const tok *k = &c->t.v[i];
        if (k->flags & T_PUNCT) break;
        if (tok_in(c, k, WS_CLAUSE_WORDS) || (stops && tok_in(c, k, WS_PHRASE_STOPS))) break;
        if (tok_is(c, k, "who") || tok_is(c, k, "which")) break;
        i++;
    }
    return i;
}

/* Trim a content span: surrounding space, a trailing full stop or comma. */
static span content_span(const actx *c, size_t s, size_t e) {
    const char *t = c->text;
    while (s < e && (t[s] == ' ' || t[s] == '\n' || t[s] == ',' || t[s] == ':')) s++;
    while (e > s && (t[e - 1] == ' ' || t[e - 1] == '\n' || t[e - 1] == ',' ||
                     t[e - 1] == '.' || t[e - 1] == ';'))
        e--;
    if (e > s && (unsigned char)t[e - 1] == 0x94 && e >= s + 3) e -= 3;   /* dash */
    while (e > s && (t[e - 1] == ' ' || t[e - 1] == ',')) e--;
    return e > s ? span_make(s, e) : span_null();
}

/* Content after the cue, skipping an addressee up to "that". */
static span content_after(const actx *c, size_t i) {
    size_t n = c->t.n;
    for (size_t j = i; j < n && j < i + THAT_WINDOW; j++) {
        const tok *k = &c->t.v[j];
        /* "said the document was fake and that sales were up": a
         * second clause of what was said, not the end of an addressee */
        if (tok_is(c, k, "that") && j > i + 1 && tok_in(c, &c->t.v[j - 1], WS_CLAUSE_WORDS) &&
            !tok_is(c, &c->t.v[j - 1], "that"))
            break;
        if (tok_is(c, k, "that")) {
            i = j + 1;
            break;
        }
        if ((k->flags & T_PUNCT) && !(k->flags & T_QUOTE) && c->text[k->s] != ':') break;
        /* 'replied: "Nobody on that committee ...': a "that" inside the
         * quotation is the speaker's own word */
        if (k->flags & T_OPENQ) break;
    }
    if (i >= n) return span_null();
    return content_span(c, c->t.v[i].s, c->sent.end);
}

static span content_before(const actx *c, size_t a) {
    if (a == 0) return span_null();
    return content_span(c, c->sent.start, c->t.v[a - 1].e);
}

/* A person's name: two or more capitalised words, or a title and one. */
static int person_like(actx *c, span sp) {
    size_t a = tok_at(&c->t, sp.start), names = 0, title = 0;
    for (size_t i = a; i < c->t.n && c->t.v[i].s < sp.end; i++) {
        if (tok_org_noun(c, &c->t.v[i])) return 0;
        if (tok_in(c, &c->t.v[i], WS_TITLES)) title = 1;
        else if (tok_namey(c, i)) names++;
    }
    return names >= 2 || (title && names >= 1);
}

static int cap_word_at(const actx *c, const char *t, size_t s, size_t e) {
    size_t n = e - s;
    return t[s] >= 'A' && t[s] <= 'Z' && n > 1 &&
           !rs_has_word(c->rs, WS_FUNCTION_WORDS, t + s, n) &&
           !rs_has_word(c->rs, WS_PRONOUNS, t + s, n) &&
           !rs_has_word(c->rs, WS_DETERMINERS, t + s, n);
}

static int is_letter(char ch) {
    return (ch >= 'A' && ch <= 'Z') || (ch >= 'a' && ch <= 'z');
}

/* 1 for a word that marks a man ("Mr", "he"), 2 a woman ("Mrs", "she"),
 * 0 neither. */
static int word_gender(const actx *c, const char *w, size_t n) {
    if (rs_has_word(c->rs, WS_MALE_WORDS, w, n)) return 1;
    return rs_has_word(c->rs, WS_FEMALE_WORDS, w, n) ? 2 : 0;
}

/* The gender a name's own words or the word before it give ("Mr Anders
 * Moll", "the chairwoman, Ann Poole" reads only "Ann Poole": 0), or 0. */
static int name_gender(const actx *c, span sp) {
    const char *t = c->text;
    size_t s = sp.start;
    while (s > 0 && t[s - 1] == ' ') s--;      /* the word before: "Mr" */
    size_t w = s;
    while (w > 0 && (is_letter(t[w - 1]) || t[w - 1] == '.')) w--;
    int g = w < s ? word_gender(c, t + w, s - w) : 0;
    for (size_t i = sp.start; !g && i < sp.end;) {
        while (i < sp.end && !is_letter(t[i])) i++;
        size_t j = i;
        while (j < sp.end && (is_letter(t[j]) || t[j] == '.')) j++;
        if (j > i) g = word_gender(c, t + i, j - i);
        i = j;
    }
    return g;
}

/* No earlier named person: look back through the text for the nearest
 * run of two or more adjacent capitalised words, skipping one whose
 * title says it cannot be the pronoun's ("Mr Anders Moll" for "she"). */
static span antecedent_in_text(const actx *c, size_t before, int gender) {
    const char *t = c->text;
    size_t lo = before > ANTECEDENT_BYTES ? before - ANTECEDENT_BYTES : 0;
    size_t i = before, run_s = 0, run_e = 0;
    int words = 0;
    while (i > lo) {
        size_t e = i;
        while (e > lo && !is_letter(t[e - 1])) e--;
        size_t s = e;
        while (s > lo && (is_letter(t[s - 1]) || t[s - 1] == '-' || t[s - 1] == '.')) s--;
        if (s == e) break;
        int cap = cap_word_at(c, t, s, e);
        int adjacent = words && run_s == e + 1 && t[e] == ' ';
        if (cap && (adjacent || !words)) {
            if (!words) run_e = e;
            run_s = s;
            words++;
        } else {
            if (words >= 2) {
                int g = gender ? name_gender(c, span_make(run_s, run_e)) : 0;
                if (!g || g == gender) break;
            }
            words = cap;
            run_s = s;
            run_e = e;
        }
        i = s;
    }
    if (words < 2) return span_null();
    int g = gender ? name_gender(c, span_make(run_s, run_e)) : 0;
    return !g || g == gender ? span_make(run_s, run_e) : span_null();
}

/* The head word of an earlier unnamed source's text: the last word before
 * its post-modifier ("A cabinet minister, speaking ..." -> "minister",
 * "A person close to the board" -> "person").  Sets [*hs, *he). */
static int anon_head(const ruleset *rs, const char *t, span sp, size_t *hs, size_t *he) {
    size_t i = sp.start, ws = 0, we = 0;
    while (i < sp.end) {
        while (i < sp.end && !is_letter(t[i])) {
            if (t[i] == ',') return we > ws ? (*hs = ws, *he = we, 1) : 0;
            i++;
        }
        size_t s = i;
        while (i < sp.end && (is_letter(t[i]) || t[i] == '-')) i++;
        if (s == i) break;
        if (rs_has_word(rs, WS_HEAD_STOPS, t + s, i - s)) return we > ws ? (*hs = ws, *he = we, 1) : 0;
        if (i < sp.end && t[i] == '\'') return we > ws ? (*hs = ws, *he = we, 1) : 0;
        ws = s;
        we = i;
    }
    return we > ws ? (*hs = ws, *he = we, 1) : 0;
}

/* One noun in one number: "The minister" does not point back at "three
 * cabinet ministers". */
static int same_noun(const char *a, size_t an, const char *b, size_t bn) {
    return an >= 3 && an == bn && strncasecmp(a, b, an) == 0;
}

/* "Two senators ... The other senator said": one of a group in the
 * plural, picked out by "other" or an ordinal. */
static int one_of_plural(const actx *c, size_t a, size_t b, const char *g, size_t gn) {
    const tok *h = &c->t.v[b - 1];
    size_t hn = h->e - h->s;
    int picked = 0;
    for (size_t i = a + 1; i + 1 < b && !picked; i++)
        picked = tok_is(c, &c->t.v[i], "other") || tok_in(c, &c->t.v[i], WS_ORDINALS);
    if (!picked || hn < 3 || gn < hn + 1 || gn > hn + 2 || strncasecmp(g, c->text + h->s, hn) != 0)
        return 0;
    return gn == hn + 1 ? (g[hn] | 0x20) == 's' : strncasecmp(g + hn, "es", 2) == 0;
}

/* "A member of the Karamovan delegation ... the delegate said": the
 * back-reference names the source by a word of its description, all but
 * an ending the same ("delegat-", "negotiat-"); seven letters at least,
 * so "governor" is not "government". */
static int described_by(const actx *c, span whole, const tok *h) {
    size_t hn = h->e - h->s;
    if (hn < 8) return 0;
    /* the source lies in an earlier sentence: read its words from the text */
    for (size_t i = whole.start; i < whole.end;) {
        while (i < whole.end && !is_letter(c->text[i])) i++;
        size_t ws = i, k = 0;
        while (i < whole.end && is_letter(c->text[i])) i++;
        while (k < i - ws && k < hn && (c->text[ws + k] | 0x20) == (c->text[h->s + k] | 0x20)) k++;
        if (k >= 7 && k + 1 >= hn && i - ws > hn) return 1;
    }
    return 0;
}

/* "A cabinet minister, speaking on condition of anonymity, said ...
 * The minister added ...": "the" plus the head noun of an unnamed source
 * given shortly before points back at it, and is just as unnamed. */
static int back_reference(actx *c, np_info *np) {
    if (np->kind != NP_NAMED || span_is_null(np->sp)) return 0;
    size_t a = tok_at(&c->t, np->sp.start), b = tok_past(&c->t, a, np->sp.end);
    if (b < a + 2 || b - a > 4 || !tok_is(c, &c->t.v[a], "the")) return 0;
    for (size_t i = a + 1; i < b; i++)
        if (!(c->t.v[i].flags & T_WORD) || (c->t.v[i].flags & (T_CAP | T_POSS))) return 0;
    const tok *h = &c->t.v[b - 1];
    const annotations *o = c->out;
    for (size_t i = o->n, seen = 0; i-- > 0 && seen++ < BACK_REF_LOOKBACK;) {
        const annotation *x = &o->v[i];
        if (x->whole.end <= np->sp.start && np->sp.start - x->whole.end > ANTECEDENT_BYTES) break;
        if (x->kind != KIND_ANONYMOUS || x->whole.end > np->sp.start) continue;
        /* only a first mention: "The other" after "The other" would chain
         * back further than an edit re-reads (as definite_back holds) */
        if (definite_mention(c, x->whole)) continue;
        size_t hs, he;
        if (!anon_head(c->rs, c->text, x->whole, &hs, &he)) continue;
        if (same_noun(c->text + hs, he - hs, c->text + h->s, h->e - h->s) ||
            one_of_plural(c, a, b, c->text + hs, he - hs) || (b == a + 2 && described_by(c, x->whole, h))) {
            np->kind = NP_ANON;
            np->count = 1;
            np->ndesc = 0;
            return 1;
        }
    }
    return 0;
}

/* "The claim, repeated on talk shows, ...": what is said is not who says it. */
static int claim_noun(const actx *c, span sp) {
    if (span_is_null(sp)) return 0;
    /* not "People familiar with the Chinese position": the noun of a
     * post-modifier is not the head */
    for (size_t i = tok_at(&c->t, sp.start); i < c->t.n && c->t.v[i].e < sp.end; i++)
        if (tok_in(c, &c->t.v[i], WS_POSTMODIFIERS)) return 0;
    size_t e = sp.end, s = e;
    while (s > sp.start && is_letter(c->text[s - 1])) s--;
    return rs_has_word(c->rs, WS_CLAIM_NOUNS, c->text + s, e - s);
}

/* "A poll of 1,200 voters published on Sunday found support ...": a
 * finding is reported only by a study, a court or those who ran the
 * research -- "Police found a body" reports nothing.  Looks at the words
 * before the phrase's first post-modifier or punctuation. */
static int finding_source(const actx *c, span sp) {
    if (span_is_null(sp)) return 0;
    for (size_t i = tok_at(&c->t, sp.start); i < c->t.n && c->t.v[i].e <= sp.end; i++) {
        const tok *k = &c->t.v[i];
        if (!(k->flags & T_WORD) || (i > 0 && tok_in(c, k, WS_POSTMODIFIERS))) break;
        if (tok_in(c, k, WS_FINDING_SOURCES)) return 1;
    }
    return 0;
}

/* "Customs records show no rise", "a poll shows ...": figures and
 * findings speak for themselves; "the video shows a man ..." does not. */
static int shows(const actx *c, size_t ce) {
    size_t after = tok_at(&c->t, ce);
    if (after == 0 || after > c->t.n) return 0;
    const tok *k = &c->t.v[after - 1];
    return tok_is(c, k, "show") || tok_is(c, k, "shows") || tok_is(c, k, "showed");
}

/* "the register records ...", "the papers list ...": verbs that report
 * only when a document is what speaks. */
static int document_verb(const actx *c, size_t ce) {
    size_t after = tok_at(&c->t, ce);
    if (after == 0 || after > c->t.n) return 0;
    const tok *k = &c->t.v[after - 1];
    return tok_in(c, k, WS_DOCUMENT_VERBS);
}

/* A document straight before the verb: "the leaked papers list",
 * "One memo lists"; not "customer records", "court lists" (nouns
 * after a noun), nor "investigators have subpoenaed financial records". */
static int document_source(const actx *c, span sp, size_t ce) {
    size_t v = tok_at(&c->t, ce);
    if (span_is_null(sp) || v < 2 || v > c->t.n) return 0;
    const tok *head = &c->t.v[v - 2];
    /* "Tormore's own survey, submitted with the application, recorded":
     * the head before an aside set off by commas */
    size_t h = tok_at(&c->t, sp.end);
    if (head->e != sp.end && h > 0 && h + 1 < v - 1 && tok_is_comma(c, &c->t.v[h]) &&
        tok_is_comma(c, head) && c->t.v[h - 1].e == sp.end)
        head = &c->t.v[h - 1];
    if (head->e != sp.end) return 0;
    if (tok_in(c, head, WS_FALSITY_SUBJECTS) || tok_in(c, head, WS_EVIDENCE_WORDS)) return 1;
    /* "The panel's decision records that ...", "the tribunal's judgment
     * lists ...": what a finder wrote down, named by its owner */
    size_t h0 = (size_t)(head - c->t.v);
    if (h0 == 0 || !(c->t.v[h0 - 1].flags & T_POSS) || (head->flags & (T_WORD | T_CAP)) != T_WORD) return 0;
    const tok *o = &c->t.v[h0 - 1];
    size_t n = o->e - o->s;
    const char *w = c->text + o->s;
    if (n > 2 && w[n - 1] == 's' && w[n - 2] == '\'') n -= 2;
    else if (n > 4 && w[n - 1] == 's' && (unsigned char)w[n - 2] == 0x99) n -= 4;   /* "’s" */
    return rs_has_word(c->rs, WS_FINDING_SOURCES, w, n);
}

static int hyphen(const actx *c, size_t i);
static int ed_word(const actx *c, const tok *k);

/* "the commission's published data": a participle straight after the
 * owner is part of the name of the thing, not a post-modifier. */
static int owned_modifier(const actx *c, size_t i) {
    return i > 0 && (c->t.v[i - 1].flags & T_POSS) && ed_word(c, &c->t.v[i]);
}

/* A named owner in the possessive before the head at h: "Tormore's",
 * "the county's"; not a plural of people ("Contractors' own reports"
 * are partly identified, convention 13). */
static int owned_record(const actx *c, size_t from, size_t h) {
    for (size_t j = tok_at(&c->t, from); j < h; j++) {
        const tok *k = &c->t.v[j];
        if (!(k->flags & T_POSS)) continue;
        if (tok_org_noun(c, k)) return 1;
        const char *t = c->text;
        int plural = k->e - k->s > 2 && t[k->e - 1] != 's' && t[k->e - 2] == 's';  /* "s'" */
        plural |= k->e - k->s > 4 && (unsigned char)t[k->e - 1] == 0x99 && t[k->e - 4] == 's'; /* "s’" */
        if ((k->flags & T_CAP) && !plural) return 1;
    }
    return 0;
}

static int evidence_source(const actx *c, span sp) {
    if (span_is_null(sp)) return 0;
    if (finding_source(c, sp)) return 1;
    for (size_t i = tok_at(&c->t, sp.start); i < c->t.n && c->t.v[i].e <= sp.end; i++) {
        const tok *k = &c->t.v[i];
        if (hyphen(c, i)) continue;                  /* "station-level data" */
        /* "the authority's statement of accounts", "a log of figures":
         * a record named by what it holds */
        if (tok_is(c, k, "of") && i + 1 < c->t.n && c->t.v[i + 1].e <= sp.end &&
            tok_in(c, &c->t.v[i + 1], WS_EVIDENCE_WORDS))
            return 1;
        if (!(k->flags & T_WORD) ||
            (i > 0 && tok_in(c, k, WS_POSTMODIFIERS) && !owned_modifier(c, i)))
            break;
        if (tok_in(c, k, WS_EVIDENCE_WORDS) || tok_is(c, k, "polls") || tok_is(c, k, "results"))
            return 1;
        /* "the county's own duplication log", "the panel's decision": a
         * record its owner is named by is identified (convention 13) */
        if (i > 0 && tok_in(c, k, WS_FALSITY_SUBJECTS) && owned_record(c, sp.start, i)) return 1;
    }
    return 0;
}

/* "Footage verified by this newspaper shows ...": what the writer has
 * checked is the writer's own fact, not a source's claim. */
static int verified_by(const actx *c, span sp) {
    for (size_t i = tok_at(&c->t, sp.start); i + 1 < c->t.n && c->t.v[i + 1].e <= sp.end; i++)
        if (tok_is(c, &c->t.v[i], "verified") && tok_is(c, &c->t.v[i + 1], "by")) return 1;
    return 0;
}

/* "found" with an object rather than "that": a finding (finding_source). */
static int bare_finding(const actx *c, size_t ce) {
    size_t after = tok_at(&c->t, ce), ci = after - 1;
    if (after == 0 || ci >= c->t.n) return 0;
    /* "The county coroner ruled Ellery's death was caused by ...": a
     * ruling with no "that" is reported only by a court or a coroner,
     * as a finding is */
    if (tok_in(c, &c->t.v[ci], WS_RULING_VERBS))
        return after < c->t.n && (c->t.v[after].flags & T_WORD) && !tok_is(c, &c->t.v[after], "that");
    if (!tok_in(c, &c->t.v[ci], WS_FINDING_VERBS))
        return 0;
    /* "..., a review of 40 clinical trials found.": a finding reported
     * at the end of the sentence needs a finder just as one with an
     * object does */
    if (after < c->t.n && (c->text[c->t.v[after].s] == '.' || c->text[c->t.v[after].s] == ';'))
        return 1;
    /* "Inquiry finds 'systemic failure'": a quoted object is an object */
    if (after >= c->t.n || tok_is(c, &c->t.v[after], "that") ||
        ((c->t.v[after].flags & T_PUNCT) && !(c->t.v[after].flags & T_OPENQ)))
        return 0;
    return 1;
}

/* "A jury found Travis Hendry, 41, not guilty": a verdict, not a finding
 * anyone reports. */
static int verdict_after(const actx *c, size_t ce) {
    for (size_t j = tok_at(&c->t, ce); j < c->t.n && j < tok_at(&c->t, ce) + 10; j++)
        if (tok_in(c, &c->t.v[j], WS_COURT_VERDICTS)) return 1;
    return 0;
}

/* "Anyone who says otherwise", "Everyone said": nobody in particular. */
static int nobody_in_particular(const actx *c, span sp) {
    if (span_is_null(sp)) return 0;
    return tok_in(c, &c->t.v[tok_at(&c->t, sp.start)], WS_ANYONE_WORDS);
}

/* "..., a claim the United Nations mission said it could not support":
 * the claim is what is said; its speaker follows it. */
static void after_claim_noun(actx *c, np_info *np) {
    if (span_is_null(np->sp)) return;
    size_t a = tok_at(&c->t, np->sp.start);
    if (a + 2 >= c->t.n || c->t.v[a + 2].s >= np->sp.end || !tok_in(c, &c->t.v[a], WS_DETERMINERS))
        return;
    const tok *k = &c->t.v[a + 1];
    /* ", a decision its principal conductor called ...", ", a move the
     * mayor described as ...": after a comma, a bare "a" + noun hangs a
     * speaker of its own off the clause before, whatever the noun */
    int hung = a > 0 && tok_is_comma(c, &c->t.v[a - 1]) &&
               (tok_is(c, &c->t.v[a], "a") || tok_is(c, &c->t.v[a], "an")) &&
               (k->flags & (T_WORD | T_CAP)) == T_WORD && tok_in(c, &c->t.v[a + 2], WS_DETERMINERS);
    if ((!hung && !claim_noun(c, span_make(k->s, k->e))) || !(c->t.v[a + 2].flags & T_WORD)) return;
    /* "a position his family has disputed": the family, read afresh */
    size_t b = a + 2;
    while (b < c->t.n && c->t.v[b].s < np->sp.end) b++;
    np_info rest = np_classify(c, a + 2, b);
    if (rest.kind != NP_NONE) *np = rest;
    else np->sp.start = c->t.v[a + 2].s;
}

static int add_claim(actx *c, const np_info *np_in, size_t cs, size_t ce, span content,
                     int shape, size_t subj, int inverted) {
    np_info back = *np_in;
    const np_info *np = back_reference(c, &back) ? &back : np_in;
    if (np == np_in) {
        after_claim_noun(c, &back);
        np = &back;
    }
    if (claim_noun(c, np->sp) || nobody_in_particular(c, np->sp)) return 0;
    if (bare_finding(c, ce) && (!finding_source(c, np->sp) || verdict_after(c, ce))) return 0;
    if (shows(c, ce) && (!evidence_source(c, np->sp) || verified_by(c, np->sp))) return 0;
    if (document_verb(c, ce)) {
        if (!document_source(c, np->sp, ce)) return 0;
        if (np->kind == NP_ANON) {           /* "One memo lists": it is identified */
            if (np != &back) back = *np;
            back.kind = NP_NAMED;
            np = &back;
        }
    }
    if (grow_claims(&c->claims) < 0) return -1;
    found_claim *f = &c->claims.v[c->claims.n++];
    size_t ws = np->sp.start < cs ? np->sp.start : cs;
    size_t we = np->sp.end > ce ? np->sp.end : ce;
    if (!span_is_null(content)) {
        if (content.start < ws) ws = content.start;
        if (content.end > we) we = content.end;
    }
    f->a = annotation_make(KIND_CLAIM, span_make(ws, we));
    f->a.source.name = np->sp;
    f->a.source.anonymous = np->kind == NP_ANON;
    /* "The court heard that ...": the court is where it was said, not who
     * said it; the source is not in the sentence */
    if (ce - cs == 5 && strncasecmp(c->text + cs, "heard", 5) == 0) {
        f->a.source.name = span_null();
        f->a.source.anonymous = 0;
        np = &back;
        back.kind = NP_NAMED;
    }
    f->a.cue = span_make(cs, ce);
    f->a.content = content;
    f->subj_tok = subj;
    f->inverted = inverted;
    f->a.weak = shape;           /* scratch until emitted: the cue shape */
    if (np->kind == NP_PRONOUN && tok_is(c, &c->t.v[tok_at(&c->t, np->sp.start)], "it")) {
        f->a.source.refers_to = c->last_source;     /* "which it says": a body, not a person */
    } else if (np->kind == NP_PRONOUN) {
        /* "..., Mr Anders Moll, she said": not the man just named */
        int g = word_gender(c, c->text + np->sp.start, span_len(np->sp));
        int lg = span_is_null(c->last_person) ? 0 : name_gender(c, c->last_person);
        f->a.source.refers_to = !span_is_null(c->last_person) && (!g || !lg || lg == g)
                                    ? c->last_person
                                    : antecedent_in_text(c, np->sp.start, g);
    }
    if (np->kind == NP_ANON && anonymous_emit(c, np) < 0) return -1;
    return 0;
}

static int be_form(const actx *c, const tok *k) {
    return tok_is(c, k, "is") || tok_is(c, k, "are") || tok_is(c, k, "was") ||
           tok_is(c, k, "were") || tok_is(c, k, "been") || tok_is(c, k, "be") ||
           tok_is(c, k, "being");
}

static int gerund(const actx *c, const tok *k) {
    size_t n = k->e - k->s;
    return n > 4 && memcmp(c->text + k->e - 3, "ing", 3) == 0;
}

static int ed_word(const actx *c, const tok *k) {
    size_t n = k->e - k->s;
    return (k->flags & (T_WORD | T_CAP)) == T_WORD && n > 4 &&
           memcmp(c->text + k->e - 2, "ed", 2) == 0;
}

/* A finite verb: an auxiliary, a regular past tense or a common
 * irregular one. */
static int past_verb(const actx *c, const tok *k) {
    return tok_in(c, k, WS_AUXILIARIES) || ed_word(c, k) || tok_in(c, k, WS_IRREGULAR_PASTS);
}

/* "The fire authority ...": a plain word before the body it qualifies. */
static int modifies_body(actx *c, size_t i, size_t upto) {
    if ((c->t.v[i].flags & (T_WORD | T_CAP)) != T_WORD || ed_word(c, &c->t.v[i])) return 0;
    for (size_t j = i + 1; j < upto && j <= i + 2; j++) {
        if (!(c->t.v[j].flags & T_WORD)) return 0;
        if (tok_org_noun(c, &c->t.v[j])) return 1;
    }
    return 0;
}

/* "On Wednesday the company ...", "Last week, the union ...": the token
 * after a time phrase the sentence opens with (0 when none). */
/* A hyphen inside a compound ("six-hour"), between two words. */
static int hyphen(const actx *c, size_t i) {
    const tok *k = &c->t.v[i];
    return i > 0 && i + 1 < c->t.n && k->e - k->s == 1 && c->text[k->s] == '-' &&
           c->t.v[i - 1].e == k->s && c->t.v[i + 1].s == k->e;
}

static size_t time_opener(const actx *c, size_t upto) {
    if (upto <= 2 || !tok_in(c, &c->t.v[0], WS_TIME_OPENERS)) return 0;
    size_t i = 1;
    while (i < upto && i < 4 && ((c->t.v[i].flags & (T_NUM | T_CAP)) || tok_is(c, &c->t.v[i], "week") ||
                                 tok_is(c, &c->t.v[i], "month") || tok_is(c, &c->t.v[i], "year") ||
                                 tok_is(c, &c->t.v[i], "night") || tok_is(c, &c->t.v[i], "morning")))
        i++;
    if (i == 1) {
        /* "In a letter to the board in November, Hollis Crane called for
         * ..., and said": an opening phrase up to its comma */
        while (i < upto && i < 12 && ((c->t.v[i].flags & T_WORD) || hyphen(c, i)) &&
               !is_cue_tok(c, &c->t.v[i]))
            i++;                             /* "After a six-hour meeting," */
        return i > 2 && i + 1 < upto && tok_is_comma(c, &c->t.v[i]) ? i + 1 : 0;
    }
    if (i < upto && tok_is_comma(c, &c->t.v[i])) i++;
    return i < upto ? i : 0;
}

/* "HALVERTON - The union ...", "KYIV, Ukraine — ...", "PARIS, March 3
 * (AFP) -- ...": a dateline opens a story; its subject starts after the
 * dash.  That token (0 when there is no dateline). */
static size_t dateline_end(const actx *c, size_t upto) {
    const tok *t = c->t.v;
    if (upto < 3 || !(t[0].flags & T_WORD) || t[0].e - t[0].s < 3) return 0;
    for (size_t j = t[0].s; j < t[0].e; j++)
        if (c->text[j] >= 'a' && c->text[j] <= 'z') return 0;
    for (size_t i = 1; i < upto && i < 10; i++) {
        if (!(t[i].flags & T_PUNCT)) continue;
        const unsigned char *d = (const unsigned char *)c->text + t[i].s;
        int dash = d[0] == '-' || (t[i].e - t[i].s == 3 && d[0] == 0xE2 && d[1] == 0x80 &&
                                   (d[2] == 0x93 || d[2] == 0x94));
        if (dash) {
            while (i + 1 < upto && (t[i + 1].flags & T_PUNCT) && c->text[t[i + 1].s] == '-') i++;
            return i + 1 < upto ? i + 1 : 0;
        }
        if (d[0] != ',' && d[0] != '(' && d[0] != ')' && d[0] != '.') return 0;
    }
    return 0;
}

/* "In a televised address on Tuesday night he thanked voters and said
 * ...": an opening phrase with no comma, then a pronoun and its verb.
 * The pronoun's token, or 0. */
#define OPENER_MAX_TOKENS 12

static size_t opener_pronoun(const actx *c, size_t upto) {
    if (upto < 4 || !tok_in(c, &c->t.v[0], WS_PHRASE_OPENERS)) return 0;
    for (size_t i = 2; i + 1 < upto && i <= OPENER_MAX_TOKENS; i++) {
        const tok *k = &c->t.v[i];
        if (!(k->flags & T_WORD) && !(k->flags & T_NUM)) return 0;
        if (tok_in(c, k, WS_PRONOUNS))
            return (c->t.v[i - 1].flags & T_WORD) && past_verb(c, &c->t.v[i + 1]) ? i : 0;
    }
    return 0;
}

/* The first token of the last clause before `upto` that a semicolon
 * opens, or 0: "X denied it; the paper itself reports ... and says so"
 * has two subjects. */
static size_t semicolon_clause(const actx *c, size_t upto) {
    for (size_t i = upto; i-- > 0;)
        if ((c->t.v[i].flags & T_PUNCT) && c->text[c->t.v[i].s] == ';') return i + 1;
    return 0;
}

static np_info first_claim_source(const actx *c) {
    np_info np;
    memset(&np, 0, sizeof np);
    const source_ref *s = &c->claims.v[0].a.source;
    np.kind = s->anonymous ? NP_ANON : NP_NAMED;
    np.sp = s->name;
    np.count = -1;
    return np;
}

/* "The head of the IMF", "the chief executive of Tesco Bank": a name
 * that an "of" (and its determiner) hangs on the noun before. */
static int name_after_of(const actx *c, size_t v) {
    size_t p = v - 1;
    while (p > 0 && (c->t.v[p].flags & T_CAP) && tok_namey(c, p)) p--;
    if (p > 0 && tok_in(c, &c->t.v[p], WS_DETERMINERS)) p--;
    return tok_is(c, &c->t.v[p], "of");
}

/* "Three lawsuits were filed ...", "At least three class-action
 * lawsuits have been filed ...": a count opens the subject as an
 * article does. */
static int counted_opening(const actx *c, size_t a) {
    const tok *k = &c->t.v[a];
    if (tok_count(c, k) > 0) return 1;
    if (a + 2 >= c->t.n || tok_count(c, &c->t.v[a + 2]) <= 0) return 0;
    return (tok_is(c, k, "at") && tok_is(c, &c->t.v[a + 1], "least")) ||
           ((tok_is(c, k, "more") || tok_is(c, k, "fewer")) && tok_is(c, &c->t.v[a + 1], "than"));
}

/* The phrase the sentence, or the clause from token `from`, opens with. */
static np_info opening_subject(actx *c, size_t upto, size_t from) {
    size_t a = from ? from : dateline_end(c, upto), b;
    if (!a) a = time_opener(c, upto);
    if (!a) {
        size_t p = opener_pronoun(c, upto);
        if (p) return np_classify(c, p, p + 1);
    }
    b = a;
    while (b < upto && !(c->t.v[b].flags & T_PUNCT) && !tok_in(c, &c->t.v[b], WS_AUXILIARIES) &&
           (b == a || tok_namey(c, b) || tok_in(c, &c->t.v[b], WS_DETERMINERS) ||
            (c->t.v[b].flags & T_POSS) || tok_org_noun(c, &c->t.v[b]) ||
            tok_source_noun(c, &c->t.v[b]) || tok_in(c, &c->t.v[b], WS_DESCRIPTORS) ||
            modifies_body(c, b, upto)))
        b++;
    /* "French farmers blocked roads, saying ...": a name's people; and
     * "Harbour master Ruth Okafor disagrees and says": a post before the
     * name.  Not "Okafor agrees and says", "The union considers the
     * offer": a verb in -s, with no verb or name after it. */
    if (b > a && b < upto && (c->t.v[b].flags & (T_WORD | T_CAP)) == T_WORD &&
        tok_person_noun(c, &c->t.v[b]) && !past_verb(c, &c->t.v[b]) &&
        (b + 1 >= upto || past_verb(c, &c->t.v[b + 1]) ||
         tok_in(c, &c->t.v[b + 1], WS_FINITE_AUXILIARIES) || tok_namey(c, b + 1))) {
        b++;
        while (b < upto && tok_namey(c, b)) b++;
    }
    /* "The reality star broke her silence, insisting ...": up to the
     * first word that reads as a verb */
    if (b > a && b < upto && (tok_in(c, &c->t.v[a], WS_DETERMINERS) || counted_opening(c, a)) &&
        (c->t.v[b].flags & (T_WORD | T_CAP)) == T_WORD && !past_verb(c, &c->t.v[b])) {
        size_t v = b;
        while (v < upto && v < a + 8 &&
               ((c->t.v[v].flags & (T_WORD | T_CAP)) == T_WORD ||
                (tok_is(c, &c->t.v[v - 1], "on") && (c->t.v[v].flags & T_CAP)) ||  /* "on Tuesday" */
                (name_after_of(c, v) && (c->t.v[v].flags & T_CAP))) &&   /* "The head of the IMF" */
               !past_verb(c, &c->t.v[v]))
            v++;
        if (v > b && v < upto && past_verb(c, &c->t.v[v])) {
            np_info np = np_classify(c, a, v);
            if (np.kind != NP_NONE) return np;
        }
        /* "A third official, from a European government, was more
         * cautious, saying ...": an aside before the verb */
        if (v > b && v + 2 < upto && tok_is_comma(c, &c->t.v[v])) {
            size_t w = v + 1;
            while (w < upto && w < v + 10 && !(c->t.v[w].flags & T_PUNCT)) w++;
            if (w + 1 < upto && tok_is_comma(c, &c->t.v[w]) && tok_aside(c, v + 1, w) &&
                past_verb(c, &c->t.v[w + 1])) {
                np_info np = np_classify(c, a, v);
                if (np.kind != NP_NONE) return np;
            }
            /* "Its chief executive, Marcus Lyle, was asked ... but said":
             * the post and the name set off after it */
            size_t n = v + 1;
            while (n < w && tok_namey(c, n)) n++;
            if (n == w && w > v + 1 && w + 1 < upto && tok_is_comma(c, &c->t.v[w]) &&
                (past_verb(c, &c->t.v[w + 1]) || tok_in(c, &c->t.v[w + 1], WS_FINITE_AUXILIARIES))) {
                np_info np = np_classify(c, a, w);
                if (np.kind != NP_NONE) return np;
            }
        }
    }
    /* "Greyling's planning agent wants ...": the noun after a possessive */
    if (b > a && (c->t.v[b - 1].flags & T_POSS)) {
        for (size_t j = b; j < upto && j < b + 3 && (c->t.v[j].flags & (T_WORD | T_CAP)) == T_WORD;
             j++)
            if (tok_person_noun(c, &c->t.v[j]) || tok_org_noun(c, &c->t.v[j]) ||
                tok_source_noun(c, &c->t.v[j])) {
                b = j + 1;
                break;
            }
    }
    /* "Calder's largest investor, the activist fund Pellworth Capital,
     * has pressed ..., arguing": the name set off after the subject is
     * part of it */
    if (b > a && b + 3 < upto && tok_is_comma(c, &c->t.v[b]) && tok_in(c, &c->t.v[b + 1], WS_DETERMINERS)) {
        size_t w = b + 2;
        while (w < upto && w < b + 10 && (c->t.v[w].flags & T_WORD)) w++;
        if (w + 1 < upto && tok_is_comma(c, &c->t.v[w]) && tok_namey(c, w - 1) &&
            (past_verb(c, &c->t.v[w + 1]) || tok_in(c, &c->t.v[w + 1], WS_FINITE_AUXILIARIES))) {
            np_info np = np_classify(c, a, w);
            if (np.kind == NP_NAMED) return np;
        }
    }
    return np_classify(c, a, b);
}

/* The sentence's subject, for ", saying ...": the first claim's source,
 * or the phrase the sentence opens with; after a semicolon, the clause's
 * own. */
static int verb_s(const actx *c, const tok *k);

/* "The deal collapsed, and the union walked out, saying ...", "A treaty
 * split the bank, but Norvane tore it up, saying ...": the last clause
 * joined by "but" or ", and" after a clause's end has a subject of its
 * own.  Its first token, or 0. */
static size_t joined_clause(const actx *c, size_t upto) {
    for (size_t i = upto; i-- > 2;) {
        const tok *k = &c->t.v[i];
        if (k->flags & T_QUOTE) return 0;    /* "..., and we have found ...," it said */
        int but = tok_is(c, k, "but");
        int and = tok_is(c, k, "and") && tok_is_comma(c, &c->t.v[i - 1]);
        if (!but && !and) continue;
        if (and && (c->t.v[i - 2].flags & (T_WORD | T_CAP)) != T_WORD) return 0;  /* "France, Germany, and Italy" */
        return i + 1 < upto ? i + 1 : 0;
    }
    return 0;
}

static np_info sentence_subject(actx *c, size_t upto) {
    size_t semi = semicolon_clause(c, upto);
    if (semi >= upto) semi = 0;
    size_t joined = joined_clause(c, upto);
    if (joined > semi) {
        np_info np = opening_subject(c, upto, joined);
        size_t v = np.kind == NP_NONE ? upto : tok_at(&c->t, np.sp.end);
        const tok *k = v < upto ? &c->t.v[v] : NULL;
        /* a verb straight after it: "Norvane tore it up" */
        if (np.kind != NP_NONE && k && (past_verb(c, k) || verb_s(c, k) ||
                                        ((k->flags & (T_WORD | T_CAP)) == T_WORD &&
                                         !tok_in(c, k, WS_DETERMINERS) && !tok_in(c, k, WS_PREPOSITIONS) &&
                                         !tok_in(c, k, WS_CLAUSE_WORDS) && !tok_in(c, k, WS_POSTMODIFIERS))))
            return np;
    }
    if (c->claims.n && (!semi || c->claims.v[0].a.source.name.start >= c->t.v[semi].s))
        return first_claim_source(c);
    np_info np = opening_subject(c, upto, semi);
    /* a clause whose subject is not read takes the sentence's, as before */
    if (np.kind == NP_NONE && c->claims.n) return first_claim_source(c);
    return np;
}

/* "a lawyer for the families, who said", "Anna Berg, a lawyer for the
 * families, who said", "the Halvorsen Institute, a research group, which
 * said": the relative pronoun hangs from the whole phrase -- the person
 * a post-modifier follows, the name an appositive describes.  Where that
 * phrase starts, given the phrase [a, ...) just before the pronoun. */
static size_t relative_phrase_start(actx *c, size_t a, int closed) {
    const tok *t = c->t.v;
    int prep = a >= 2 && tok_in(c, &t[a - 1], WS_RELATIVE_PREPOSITIONS);
    if (prep && (t[a - 2].flags & T_WORD) && !(t[a - 2].flags & T_CAP) &&
        (tok_source_noun(c, &t[a - 2]) || tok_person_noun(c, &t[a - 2]))) {
        size_t p = a - 2;
        while (p > 0 && a - 2 - p < 4) {
            const tok *k = &t[p - 1];
            if (!(k->flags & T_WORD) || tok_in(c, k, WS_PHRASE_STOPS) ||
                tok_in(c, k, WS_POSTMODIFIERS) || tok_in(c, k, WS_CLAUSE_WORDS) || is_cue_tok(c, k))
                break;
            p--;
            if (tok_in(c, k, WS_DETERMINERS)) break;
        }
        a = p;
    }
    /* only an appositive closed by its comma: not the headline "Lord
     * Penrose, former minister who claimed credit ..." */
    if (closed && a >= 2 && tok_is_comma(c, &t[a - 1]) && tok_namey(c, a - 2)) {
        size_t p = a - 2;
        while (p > 0 && a - 2 - p < 4 && tok_namey(c, p - 1)) p--;
        if (p > 0 && tok_is(c, &t[p - 1], "the")) p--;
        a = p;
    }
    return a;
}

/* "a former employee, who told investigators ...", "the tribunal, which
 * found that ...": the source is the phrase the relative pronoun at `w`
 * hangs from. */
static int relative_cue(actx *c, const hit *h, const rule_entry *e, size_t cs, size_t w,
                        size_t after) {
    size_t b = w;
    if (b > 0 && tok_is_comma(c, &c->t.v[b - 1])) b--;
    size_t a = b;
    while (a > 0 && b - a < 8) {
        const tok *k = &c->t.v[a - 1];
        if (!(k->flags & T_WORD) || tok_in(c, k, WS_PHRASE_STOPS) || tok_in(c, k, WS_AUXILIARIES) ||
            tok_in(c, k, WS_CLAUSE_WORDS) || is_cue_tok(c, k))
            break;
        a--;
        if (tok_in(c, k, WS_DETERMINERS)) break;     /* the phrase starts here */
    }
    if (a == b) return 0;
    a = relative_phrase_start(c, a, b < w);
    /* "the whistleblower who reported the scheme to police": an act, not
     * speech, unless a clause follows ("who told investigators that") or
     * the verb takes one bare ("who claimed he had been billed") */
    int clause = 0;
    for (size_t j = after; j < c->t.n && j < after + THAT_WINDOW; j++) {
        if (tok_is(c, &c->t.v[j], "that") || (c->t.v[j].flags & T_OPENQ)) clause = 1;
        if (clause || (c->t.v[j].flags & T_PUNCT)) break;
    }
    if (!clause) clause = tok_in(c, &c->t.v[tok_at(&c->t, h->s)], WS_BARE_CLAUSE_VERBS);
    /* "the union, which puts the number at 9,000": the figure is what it says */
    if (!clause && e->shape != CUE_ESTIMATE) return 0;
    /* "A passenger who complained about the delay said ...": the relative
     * clause is part of the main verb's subject, not a claim of its own */
    for (size_t i = 0; i < c->h.n; i++) {
        const hit *o = &c->h.v[i];
        if (o->sec != PS_CUES || o->s < h->e) continue;
        size_t k = tok_at(&c->t, o->s);
        /* "which says the museum was told in 2009", "were promised a
         * say": a passive cue or a noun is inside the content, not the
         * main verb */
        if (k > after && (be_form(c, &c->t.v[k - 1]) || tok_in(c, &c->t.v[k - 1], WS_DETERMINERS)))
            continue;
        /* "who said last month they had found a bacterium": a verb with
         * a subject pronoun of its own is inside what was said */
        if (k > after + 1 && (tok_in(c, &c->t.v[k - 1], WS_PRONOUNS) ||
                              (tok_in(c, &c->t.v[k - 1], WS_AUXILIARIES) && k > after + 2 &&
                               tok_in(c, &c->t.v[k - 2], WS_PRONOUNS))))
            continue;
        /* "who told the Courier that CCTV footage showed ...": the first
         * verb past a "that" is the reported clause's own (not "who
         * complained that the train was late said ...") */
        size_t j = after;
        int said = 0;
        for (; j < k && !(c->t.v[j].flags & T_PUNCT); j++) {
            const tok *x = &c->t.v[j];
            if (tok_is(c, x, "that")) said = 1;
            else if (said && (tok_in(c, x, WS_FINITE_AUXILIARIES) || past_verb(c, x))) said = 0;
        }
        if (said && j == k) continue;
        if (j == k) return 0;
        break;
    }
    np_info np = np_classify(c, a, b);
    if (np.kind == NP_NONE || np.kind == NP_PRONOUN) return 0;
    span content = content_after(c, after);
    if (span_is_null(content) || object_pronoun_only(c, content)) return 0;
    return add_claim(c, &np, c->t.v[cs].s, h->e, content, e->shape, a, 0);
}


/* "ignored repeated warnings", "denied reported sightings": a participle
 * between a verb and its noun describes the noun; nobody speaks. */
static int participle_adjective(const actx *c, size_t ci, size_t cs, size_t after) {
    if (cs == 0 || cs != ci || after >= c->t.n || !ed_word(c, &c->t.v[ci])) return 0;
    const tok *p = &c->t.v[cs - 1], *n = &c->t.v[after];
    if (!ed_word(c, p) || tok_in(c, p, WS_AUXILIARIES)) return 0;
    return (n->flags & (T_WORD | T_CAP)) == T_WORD && !tok_in(c, n, WS_DETERMINERS) &&
           !tok_in(c, n, WS_PRONOUNS) && !tok_in(c, n, WS_CLAUSE_WORDS) && !tok_is(c, n, "it");
}

/* "alleged widespread fraud" is a cue only straight after the one who
 * alleges ("the opposition leader alleged ...", "the lawsuit alleges
 * ..."); elsewhere it is the adjective ("arrested over alleged fraud"). */
static int bare_allegation(const actx *c, size_t ci, size_t cs, size_t after) {
    const tok *k = &c->t.v[ci];
    if (!(tok_is(c, k, "alleged") || tok_is(c, k, "alleges"))) return 0;
    if (after < c->t.n && (tok_is(c, &c->t.v[after], "that") || tok_is(c, &c->t.v[after], "in") ||
                           tok_is(c, &c->t.v[after], "by")))
        return 0;
    if (cs == 0) return 1;
    const tok *p = &c->t.v[cs - 1];
    return !(tok_namey(c, cs - 1) || tok_in(c, p, WS_PRONOUNS) || tok_org_noun(c, p) ||
             tok_person_noun(c, p) || tok_source_noun((actx *)c, p));
}

static int speech_verb(const actx *c, const tok *k) {
    return tok_is(c, k, "said") || tok_is(c, k, "says") || tok_is(c, k, "say") ||
           tok_is(c, k, "added") || tok_is(c, k, "told") || tok_is(c, k, "warned");
}

/* "A man has been arrested and denies the charge": a denial after "and"
 * keeps the sentence's subject, as a verb of speech does. */
static int denial_verb(const actx *c, const tok *k) {
    return tok_is(c, k, "denies") || tok_is(c, k, "denied") || tok_is(c, k, "deny");
}

/* "In a new interview she ...", "Later he ...": an opening phrase before
 * the subject pronoun. */
static int opening_phrase(const actx *c, size_t a) {
    return tok_in(c, &c->t.v[a], WS_PHRASE_OPENERS);
}

/* "Pictures posted on social media", "a statement posted on Telegram",
 * "a statement posted to his campaign account":
 * a participle after a thing, not a speaker. */
static int thing_participle(const actx *c, size_t ci, size_t cs, size_t after) {
    if (!tok_in(c, &c->t.v[ci], WS_POSTING_VERBS) || cs != ci || cs == 0 || after >= c->t.n) return 0;
    const tok *p = &c->t.v[cs - 1];
    /* "in a video posted online", "a statement posted on their channel
     * said": a document named with "a" is what was posted, not who */
    /* "in an audio message posted online": one describing word may
     * stand between */
    size_t art = cs >= 3 && (c->t.v[cs - 2].flags & (T_WORD | T_CAP)) == T_WORD &&
                         !tok_in(c, &c->t.v[cs - 2], WS_DETERMINERS)
                     ? cs - 3
                     : cs - 2;
    int indefinite = cs >= 2 && (tok_is(c, &c->t.v[art], "a") || tok_is(c, &c->t.v[art], "an") ||
                                 tok_is(c, &c->t.v[cs - 2], "a") || tok_is(c, &c->t.v[cs - 2], "an"));
    if (!(p->flags & T_WORD) || ((p->flags & T_CAP) && cs > 1) || tok_person_noun(c, p) ||
        (tok_org_noun(c, p) && !indefinite) ||
        tok_source_noun((actx *)c, p) || tok_in(c, p, WS_PRONOUNS) || tok_in(c, p, WS_AUXILIARIES))
        return 0;
    const tok *n = &c->t.v[after];
    /* "boasted in a video posted overnight that ...": a thing named
     * with "a" inside a phrase is no subject, whatever follows */
    int in_phrase = indefinite && art >= 1 && tok_in(c, &c->t.v[art - 1], WS_PREPOSITIONS);
    return in_phrase || tok_is(c, n, "on") || tok_is(c, n, "in") || tok_is(c, n, "online") ||
           tok_is(c, n, "to");
}

/* "..., said the order sat unsigned for an hour": after an inverted cue
 * comes someone who can speak -- a name, a body, a person, a pronoun --
 * not the subject of the reported clause. */
static int speaker_like(actx *c, size_t a, size_t b) {
    for (size_t i = a; i < b; i++) {
        const tok *k = &c->t.v[i];
        if (tok_namey(c, i) || tok_org_noun(c, k) || tok_person_noun(c, k) || tok_source_noun(c, k) ||
            tok_in(c, k, WS_PRONOUNS) || tok_in(c, k, WS_TITLES) || tok_is(c, k, "it"))
            return 1;
    }
    return 0;
}

static int passive_speech(const actx *c, size_t cs, size_t ci) {
    return cs == ci || !tok_is(c, &c->t.v[ci], "observed");
}

/* "territorial claims overlap", "the most widely shared false claims":
 * the present-tense "claim(s)" is a verb only after one who can claim. */
static int claim_as_noun(const actx *c, size_t ci, size_t cs) {
    const tok *k = &c->t.v[ci];
    if (cs != ci || cs == 0 || !(tok_is(c, k, "claims") || tok_is(c, k, "claim"))) return 0;
    const tok *p = &c->t.v[cs - 1];
    if (!(p->flags & T_WORD) || (p->flags & T_CAP)) return 0;
    if (tok_in(c, p, WS_CLAIM_VERB_WORDS)) return 0;
    /* "..., the utility claims.": a subject after the comma and the
     * sentence's end straight after make it the inverted verb */
    if (cs >= 3 && tok_is(c, &c->t.v[cs - 2], "the") && tok_is_comma(c, &c->t.v[cs - 3]) &&
        tok_is(c, k, "claims") &&
        (ci + 1 >= c->t.n || ((c->t.v[ci + 1].flags & T_PUNCT) && c->text[c->t.v[ci + 1].s] == '.')))
        return 0;
    size_t n = p->e - p->s;
    int adjective = n > 6 && memcmp(c->text + p->e - 2, "ic", 2) == 0;    /* "historic" */
    /* "the dubious claim that ...": an -ous word qualifies the noun, it
     * is no plural subject ("critics claim") */
    if (n > 4 && strncasecmp(c->text + p->e - 3, "ous", 3) == 0) return 1;
    /* "the baseless claim", "the fabricated claim": -less is no "-ess"
     * person, and a verdict word qualifies the noun */
    if ((n > 5 && strncasecmp(c->text + p->e - 4, "less", 4) == 0) ||
        tok_in(c, p, WS_VERDICT_WORDS))
        return 1;
    if (tok_in(c, p, WS_PRONOUNS) || tok_is(c, p, "it") || tok_org_noun(c, p) ||
        (tok_person_noun(c, p) && !adjective) || tok_source_noun((actx *)c, p))
        return 0;
    /* "critics claim": a plural subject; but "faces claims", "rejects
     * claims": no plural takes "claims", so a word in -s before it is a
     * verb and "claims" its object */
    if (c->text[p->e - 1] == 's') return tok_is(c, k, "claims");
    return 1;
}

/* "A close pal of Jasper's told ...", "a friend of his said": the
 * possessive closes the subject, so a past verb of speech after it is
 * the cue, not a noun it owns (unlike "the truth of his claims"). */
static int double_possessive(const actx *c, size_t cs, size_t ci) {
    const tok *k = &c->t.v[ci];
    if (cs < 3 || !tok_is(c, &c->t.v[cs - 2], "of") || tok_is(c, &c->t.v[cs - 1], "the") ||
        tok_is(c, k, "says") || tok_is(c, k, "say"))
        return 0;
    return speech_verb(c, k) || tok_is(c, k, "hit");
}

/* "Moody's said", "Sainsbury's has warned": a name that ends in a
 * possessive is the subject when what follows can only be a verb -- a
 * verb of speech, an auxiliary, or a past tense before "that" or
 * punctuation; not "Apple's stated goal", "the minister's claims". */
static int possessive_name(const actx *c, size_t cs, size_t ci, size_t after) {
    const tok *p = &c->t.v[cs - 1];
    if (!(p->flags & T_POSS) || !(p->flags & T_CAP) || !(c->t.v[ci].flags & T_WORD)) return 0;
    size_t stem = p->e - p->s;
    while (stem > 0 && c->text[p->s + stem - 1] != '\'' && (unsigned char)c->text[p->s + stem - 1] < 0x80)
        stem--;
    if (stem == 0) return 0;
    stem--;                                   /* the apostrophe's first byte */
    while (stem > 0 && (unsigned char)c->text[p->s + stem] >= 0x80 &&
           (unsigned char)c->text[p->s + stem] < 0xC0)
        stem--;                               /* back to the start of "’" */
    if (rs_has_word(c->rs, WS_S_CONTRACTIONS, c->text + p->s, stem)) return 0;
    if (cs != ci || speech_verb(c, &c->t.v[ci])) return 1;
    if (!ed_word(c, &c->t.v[ci]) || after >= c->t.n) return 0;
    const tok *n = &c->t.v[after];
    return tok_is(c, n, "that") || tok_is_comma(c, n) || (n->flags & T_QUOTE);
}

/* "believe(s)", "believed": a verb of belief. */
static int belief_verb(const actx *c, const tok *k) {
    return k->e - k->s >= 7 && strncasecmp(c->text + k->s, "believ", 6) == 0;
}

/* "The lads couldn't believe it," "I can't believe this!": a belief whose
 * whole object is a pronoun that ends the clause exclaims, it reports
 * nothing. */
static int belief_exclaimed(const actx *c, size_t ci, size_t after) {
    if (!belief_verb(c, &c->t.v[ci]) || after >= c->t.n) return 0;
    const tok *o = &c->t.v[after];
    if (!tok_in(c, o, WS_OBJECT_PRONOUNS)) return 0;
    return after + 1 >= c->t.n || (c->t.v[after + 1].flags & (T_PUNCT | T_QUOTE));
}

/* "Asked what she would tell the negotiators, she paused": a cue inside
 * the question put to someone reports nothing. */
static int asked_question(const actx *c, size_t cs) {
    const tok *t = c->t.v;
    if (c->t.n < 3 || !tok_is(c, &t[0], "asked") ||
        !(tok_is(c, &t[1], "what") || tok_is(c, &t[1], "whether") || tok_is(c, &t[1], "if") ||
          tok_is(c, &t[1], "how") || tok_is(c, &t[1], "why") || tok_is(c, &t[1], "when") ||
          tok_is(c, &t[1], "about")))
        return 0;
    for (size_t i = 1; i < cs; i++)
        if (t[i].flags & (T_PUNCT | T_QUOTE | T_DASH)) return 0;
    return 1;
}

/* "Every donation was checked and declared.": a second participle of a
 * passive, with nothing after it, is no one speaking. */
static int passive_pair(const actx *c, size_t cs, size_t ci, size_t after) {
    if (cs != ci || cs < 3 || (after < c->t.n && (c->t.v[after].flags & T_WORD))) return 0;
    const tok *t = c->t.v;
    return (tok_is(c, &t[cs - 1], "and") || tok_is(c, &t[cs - 1], "or")) &&
           (ed_word(c, &t[cs - 2]) || tok_in(c, &t[cs - 2], WS_IRREGULAR_PASTS)) &&
           be_form(c, &t[cs - 3]);
}

/* "Kostovia insisted that every bus be searched": an insistence whose
 * clause is a bare "be" asks for something (a demand), it reports
 * nothing. */
#define SUBJUNCTIVE_WINDOW 10

static int insisted_be(const actx *c, size_t ci, size_t after) {
    const tok *k = &c->t.v[ci];
    if (k->e - k->s < 6 || strncasecmp(c->text + k->s, "insist", 6) != 0) return 0;
    if (after >= c->t.n || !tok_is(c, &c->t.v[after], "that")) return 0;
    for (size_t j = after + 1; j < c->t.n && j < after + SUBJUNCTIVE_WINDOW; j++) {
        const tok *x = &c->t.v[j];
        if (tok_is(c, x, "be")) return !tok_in(c, &c->t.v[j - 1], WS_AUXILIARIES);
        if ((x->flags & T_PUNCT) || tok_in(c, x, WS_AUXILIARIES) || past_verb(c, x)) return 0;
    }
    return 0;
}

/* Words that look like a cue here but report nothing: "the claims", "40
 * dismissed workers", "has not said when", "was told to". */

/* Headlines drop the auxiliary of a passive: "Health board's figures
 * questioned after whistleblower speaks out", "Minister criticised over
 * expenses": the phrase before the participle is what was questioned. */
static int headline_passive(const actx *c, size_t cs, size_t ci, size_t after) {
    if (cs != ci || after >= c->t.n || !ed_word(c, &c->t.v[ci])) return 0;
    return tok_in(c, &c->t.v[after], WS_HEADLINE_PASSIVES) && sentence_headline(c);
}

/* "the share of admitted students", "in response to reported abuses":
 * a participle straight after a preposition is an adjective; "barred
 * developers from telling users": what one is kept from saying is not
 * said. */
static int after_preposition(const actx *c, size_t cs, size_t ci, size_t after) {
    if (cs == 0 || cs != ci || !tok_in(c, &c->t.v[cs - 1], WS_PREPOSITIONS)) return 0;
    const tok *k = &c->t.v[ci];
    if (gerund(c, k)) return tok_is(c, &c->t.v[cs - 1], "from");
    if (!ed_word(c, k) || after >= c->t.n) return 0;
    const tok *n = &c->t.v[after];
    return (n->flags & (T_WORD | T_CAP)) == T_WORD && !tok_in(c, n, WS_DETERMINERS) &&
           !tok_in(c, n, WS_PRONOUNS) && !tok_in(c, n, WS_CLAUSE_WORDS) && !tok_is(c, n, "it") &&
           !tok_in(c, n, WS_PREPOSITIONS);
}

/* "blamed on" reports an account only in an object relative: "a
 * ticketing failure, which the club blamed on a supplier", "a fault that
 * the operator blamed on thieves"; not "a fire blamed on a faulty
 * heater", "The crash, blamed on ice, ...". */
static int blamed_on(const actx *c, size_t cs, size_t ci, size_t after) {
    const tok *k = &c->t.v[ci];
    if (after >= c->t.n || !tok_is(c, &c->t.v[after], "on") ||
        !(tok_is(c, k, "blamed") || tok_is(c, k, "blames")))
        return 0;
    size_t a = clause_start(c, cs);
    if (a + 1 < cs && tok_is(c, &c->t.v[a], "which")) a++;      /* ", which the club blamed" */
    return !(a < cs && a > 0 && (tok_is(c, &c->t.v[a - 1], "which") || tok_is(c, &c->t.v[a - 1], "that")));
}

static int not_reporting(actx *c, size_t cs, size_t ci, size_t after) {
    if (asked_question(c, cs) || passive_pair(c, cs, ci, after) || insisted_be(c, ci, after)) return 1;
    if (blamed_on(c, cs, ci, after)) return 1;
    if (after_preposition(c, cs, ci, after)) return 1;
    if (headline_passive(c, cs, ci, after)) return 1;
    if (bare_allegation(c, ci, cs, after) || participle_adjective(c, ci, cs, after) ||
        thing_participle(c, ci, cs, after) || claim_as_noun(c, ci, cs) ||
        belief_exclaimed(c, ci, after))
        return 1;
    if (cs > 0) {
        const tok *p = &c->t.v[cs - 1];
        if ((tok_in(c, p, WS_DETERMINERS) || (p->flags & T_POSS)) &&
            !double_possessive(c, cs, ci) && !possessive_name(c, cs, ci, after))
            return 1;                        /* "the claims" */
        if (tok_is(c, p, "most") || tok_is(c, p, "more") || tok_is(c, p, "less") ||
            tok_is(c, p, "least") || tok_is(c, p, "very"))
            return 1;                        /* "the most widely repeated claims" */
        /* "The first reported case was ...", "its second confirmed death
         * came ...": a participle between an ordinal and its noun (not "A
         * third said the money ...": the ordinal is a person) */
        if (cs >= 2 && after + 1 < c->t.n && tok_in(c, p, WS_ORDINALS) && !speech_verb(c, &c->t.v[ci]) &&
            (tok_in(c, &c->t.v[cs - 2], WS_DETERMINERS) || (c->t.v[cs - 2].flags & T_POSS)) &&
            (c->t.v[after].flags & (T_WORD | T_CAP)) == T_WORD &&
            !tok_in(c, &c->t.v[after], WS_DETERMINERS) && !tok_in(c, &c->t.v[after], WS_PRONOUNS) &&
            (tok_in(c, &c->t.v[after + 1], WS_FINITE_AUXILIARIES) || past_verb(c, &c->t.v[after + 1]) ||
             tok_in(c, &c->t.v[after + 1], WS_POSTMODIFIERS)))
            return 1;
        if ((p->flags & T_NUM) && !memchr(c->text + p->s, '-', p->e - p->s) &&
            !(cs >= 2 && tok_namey(c, cs - 2)))  /* but "Channel 9 reported" */
            return 1;                        /* "40 dismissed workers": an adjective */
    }
    if (withheld_cue(c, cs) || told_to(c, ci, after) || participle_aside(c, cs, ci, after) ||
        added_to(c, ci, after) || adding_things(c, ci, after) || participle_by(c, cs, ci, after))
        return 1;
    /* "has not said when", "would not say whether": nothing is reported */
    return negated_cue(c, cs, ci);
}

/* Where the subject before the cue lies, as tokens [*a, *b): normally the
 * clause before the cue, but "The singer took to Instagram to say ..."
 * has the subject of "took", and a party label "(D-Nev.)" is skipped.
 * Returns the label's first token, or cs when there is none. */
static size_t subject_bounds(actx *c, size_t cs, size_t *a, size_t *b) {
    *b = cs;
    *a = clause_start(c, *b);
    if (cs >= 3 && tok_is(c, &c->t.v[cs - 1], "to"))
        for (size_t j = cs - 1; j-- > *a && cs - j <= 6;)
            if (tok_is(c, &c->t.v[j], "took") || tok_is(c, &c->t.v[j], "takes") ||
                tok_is(c, &c->t.v[j], "went")) {
                *b = j;
                break;
            }
    size_t paren = party_label(c, cs);
    if (paren < cs) {
        *b = paren;
        *a = clause_start(c, *b);
    }
    return paren;
}

static int reported_within(const actx *c, size_t at);

/* "..., and repeated the claim that ...": a cue whose object is a claim
 * word and its clause relays speech, like "said", whatever the verb. */
static int relays_claim(const actx *c, size_t after) {
    size_t j = after;
    if (j < c->t.n && (tok_in(c, &c->t.v[j], WS_DETERMINERS) || (c->t.v[j].flags & T_POSS))) j++;
    return j + 1 < c->t.n && tok_in(c, &c->t.v[j], WS_CLAIM_NOUNS) && tok_is(c, &c->t.v[j + 1], "that");
}

/* A cue with no subject of its own takes the sentence's: "..., saying ...",
 * "X called the claims false and said ...", "X declined to discuss it but
 * said ...".  Returns -1 when the cue is not of that shape. */
static int shared_subject_cue(actx *c, const hit *h, const rule_entry *e, size_t cs,
                              size_t ci, size_t after, size_t a) {
    size_t cstart = c->t.v[cs].s;
    if (gerund(c, &c->t.v[ci])) {            /* "..., saying ..." */
        if (cs == 0 || !(c->t.v[cs - 1].flags & T_PUNCT)) return 0;
        np_info np = sentence_subject(c, cs);
        if (np.kind == NP_NONE) return 0;
        return add_claim(c, &np, cstart, h->e, content_after(c, after), e->shape,
                         (size_t)-1, 1);
    }
    if (!(a > 0 && (tok_is(c, &c->t.v[a - 1], "and") || tok_is(c, &c->t.v[a - 1], "but")) &&
          (c->claims.n || tok_is(c, &c->t.v[a - 1], "but") || tok_is(c, &c->t.v[ci], "found") ||
           tok_is(c, &c->t.v[ci], "concluded") || speech_verb(c, &c->t.v[ci]) ||
           denial_verb(c, &c->t.v[ci]) || relays_claim(c, after))))
        return -1;
    /* "The mission said it had documented abuse and found no pattern":
     * the finding is part of what the mission said, no claim of its own */
    if ((tok_is(c, &c->t.v[ci], "found") || tok_is(c, &c->t.v[ci], "concluded")) &&
        reported_within(c, h->s))
        return 0;
    np_info np = sentence_subject(c, cs);
    span content = content_after(c, after);
    if (np.kind == NP_NONE || span_is_null(content) || object_pronoun_only(c, content)) return 0;
    /* "The ethics board reviewed the contract and found no violation":
     * only a body named in full is sure to be the finder */
    /* "Orme urged both sides to return to talks and said ...": the
     * same for a plain "said" when nothing reported comes before */
    if (!c->claims.n && !tok_is(c, &c->t.v[a - 1], "but") && np.kind != NP_NAMED &&
        np.kind != NP_PRONOUN &&
        !(np.kind == NP_ANON && (speech_verb(c, &c->t.v[ci]) || denial_verb(c, &c->t.v[ci]))) &&
        !relays_claim(c, after))
        return 0;
    return add_claim(c, &np, cstart, h->e, content, e->shape, (size_t)-1, 0);
}

/* "represents", "runs": a present verb in its -s form, as a relative
 * clause opens (not "class", "always"). */
static int verb_s(const actx *c, const tok *k) {
    size_t n = k->e - k->s;
    const char *w = c->text + k->s;
    return n > 3 && w[n - 1] == 's' && w[n - 2] != 's' && w[n - 2] != 'u' && w[n - 2] != 'i' &&
           !tok_in(c, k, WS_FUNCTION_WORDS);
}

/* A determiner somewhere in tokens [a, b): "several of the faults". */
static int determined(const actx *c, size_t a, size_t b) {
    for (size_t i = a; i < b; i++)
        if (tok_in(c, &c->t.v[i], WS_DETERMINERS)) return 1;
    return 0;
}

/* A word of time that can close a phrase: "night", "Monday", or an
 * adverb like "yesterday" (an opener that is neither a preposition nor
 * a word that starts a time phrase). */
static int time_word(const actx *c, const tok *k) {
    return tok_in(c, k, WS_TIME_NOUNS) || tok_in(c, k, WS_DAYS) ||
           (tok_in(c, k, WS_PHRASE_OPENERS) && !tok_in(c, k, WS_TIME_OPENERS) &&
            !tok_in(c, k, WS_PREPOSITIONS));
}

/* "Her mum Lorraine, 51, last night blasted ...", "The board earlier
 * this year denied ...", "The firm yesterday said ...": a time between
 * the subject and its verb is no part of who speaks.  Where the subject
 * ends without it (b when there is none). */
#define TIME_TAIL_TOKENS 3

static size_t time_tail(const actx *c, size_t a, size_t b) {
    if (b <= a) return b;
    const tok *last = &c->t.v[b - 1];
    if (!time_word(c, last)) return b;
    if (!tok_in(c, last, WS_TIME_NOUNS) && !tok_in(c, last, WS_DAYS))  /* "(earlier) today" */
        return b - 1 > a && tok_in(c, &c->t.v[b - 2], WS_TIME_OPENERS) ? b - 2 : b - 1;
    for (size_t j = b - 1; j-- > a && b - j <= TIME_TAIL_TOKENS;) {
        if (tok_in(c, &c->t.v[j], WS_TIME_OPENERS) &&
            (j == a || !tok_in(c, &c->t.v[j - 1], WS_TIME_OPENERS)))
            return j;
        if (!time_word(c, &c->t.v[j]) && !tok_in(c, &c->t.v[j], WS_TIME_OPENERS)) break;
    }
    return b;
}

/* "..., with one mum saying she had seen rats", "a call from any caller
 * claiming to be ...": a gerund straight after a noun hung on a
 * preposition has that noun as its subject, not the clause before.
 * Where the subject starts (a when it is not that shape). */
static size_t gerund_after_phrase(const actx *c, size_t a, size_t b, size_t ci) {
    if (b != ci || b < a + 2 || !gerund(c, &c->t.v[ci]) || (c->t.v[b - 1].flags & T_PUNCT)) return a;
    for (size_t p = b - 1; p-- > a;) {
        if (!tok_in(c, &c->t.v[p], WS_PREPOSITIONS)) continue;
        const tok *n = &c->t.v[p + 1];
        return tok_in(c, n, WS_DETERMINERS) || tok_count(c, n) > -2 ? p + 1 : a;
    }
    return a;
}

/* "A passenger who said she had complained ...": a cue whose subject
 * pronoun follows "who said" is inside what the relative clause reports. */
static int inside_relative_speech(const actx *c, size_t a, size_t b) {
    (void)a;
    return b >= 3 && tok_in(c, &c->t.v[b - 1], WS_PRONOUNS) && speech_verb(c, &c->t.v[b - 2]) &&
           (tok_is(c, &c->t.v[b - 3], "who") || tok_is(c, &c->t.v[b - 3], "that"));
}

/* "A passenger who said she had complained to the airline twice told
 * the BBC ...": when the clause before the cue reads as no source, the
 * subject may be a noun with a relative clause holding verbs of its
 * own; it runs from before "who" to the cue.  Sets [*a, *b). */
static np_info subject_over_relative(actx *c, size_t cs, size_t *a, size_t *b) {
    np_info none = {0};
    none.kind = NP_NONE;
    for (size_t j = cs; j-- > 1 && cs - j <= CLAUSE_MAX_TOKENS;) {
        const tok *k = &c->t.v[j];
        if (k->flags & T_PUNCT) return none;
        if (!tok_is(c, k, "who")) continue;
        size_t p = clause_start(c, j);
        if (p >= j) return none;
        np_info head = np_classify(c, p, j);
        if (head.kind != NP_NAMED && head.kind != NP_ANON) return none;
        np_info np = np_classify(c, p, cs);
        if (np.kind == NP_NONE) return none;
        *a = p;
        *b = cs;
        return np;
    }
    return none;
}

/* The source named before the cue, in tokens [*a, *b), widened over an
 * aside and over "two security sources and a local official"; both ends
 * are moved to where it lies. */
static np_info subject_before(actx *c, size_t *a, size_t *b, size_t after) {
    int words_follow = after < c->t.n && (c->t.v[after].flags & T_WORD);
    /* "a levy, which it says would ...", "what she said were ...": the
     * pronoun after the relative word is the subject */
    if (*b >= *a + 2 && (tok_in(c, &c->t.v[*b - 1], WS_PRONOUNS) || tok_is(c, &c->t.v[*b - 1], "it")) &&
        (tok_is(c, &c->t.v[*b - 2], "which") || tok_is(c, &c->t.v[*b - 2], "what") ||
         tok_is(c, &c->t.v[*b - 2], "who")))
        *a = *b - 1;
    /* "data it believes came from Crestline": a pronoun straight after
     * a plain noun opens a relative clause of its own */
    if (*b >= *a + 2 && (tok_in(c, &c->t.v[*b - 1], WS_PRONOUNS) || tok_is(c, &c->t.v[*b - 1], "it")) &&
        (c->t.v[*b - 2].flags & (T_WORD | T_CAP | T_POSS)) == T_WORD &&
        !tok_in(c, &c->t.v[*b - 2], WS_DETERMINERS) && !tok_in(c, &c->t.v[*b - 2], WS_POSTMODIFIERS) &&
        !tok_in(c, &c->t.v[*b - 2], WS_CLAUSE_WORDS) && !tok_in(c, &c->t.v[*b - 2], WS_AUXILIARIES) &&
        !past_verb(c, &c->t.v[*b - 2]) && !gerund(c, &c->t.v[*b - 2]) &&
        !is_cue_tok(c, &c->t.v[*b - 2]) && words_follow && after > 0)
        /* "the footage she describes has never been found": the noun is
         * what is described, and nothing said is reported */
        /* "several of the faults it cited had been ...": with a verb
         * of the main clause right after the cue, a determiner anywhere
         * before the noun makes it the object, as "the footage" */
        *a = tok_in(c, &c->t.v[after - 1], WS_BARE_CLAUSE_VERBS) ||
                     !(tok_in(c, &c->t.v[*a], WS_DETERMINERS) ||
                       (determined(c, *a, *b - 1) && after < c->t.n &&
                        tok_in(c, &c->t.v[after], WS_FINITE_AUXILIARIES)))
                 ? *b - 1
                 : *b;
    /* "..., a figure she said came from the audit": a pronoun after a
     * noun hung on the clause before is the subject */
    if (*b == *a + 3 && *a > 0 && tok_is_comma(c, &c->t.v[*a - 1]) &&
        (tok_is(c, &c->t.v[*a], "a") || tok_is(c, &c->t.v[*a], "an")) &&
        (c->t.v[*a + 1].flags & (T_WORD | T_CAP)) == T_WORD && tok_in(c, &c->t.v[*b - 1], WS_PRONOUNS))
        *a = *b - 1;
    /* "but privately several say ...": an adverb before the subject */
    if (*b >= *a + 2 && (tok_ly_word(c, &c->t.v[*a]) && !(c->t.v[*a].flags & T_CAP)) && !ly_noun(c, *a)) {
        const tok *n = &c->t.v[*a + 1];      /* not "family lawyer Gloria Antwi told" */
        if (tok_in(c, n, WS_DETERMINERS) || tok_in(c, n, WS_PRONOUNS) || tok_count(c, n) > -2 ||
            tok_namey(c, *a + 1))
            *a += 1;
    }
    /* "in protest at what its foreign ministry called ...": the subject
     * starts after "what" (not "what the minister actually said.": no
     * words of theirs follow) */
    /* "Contrary to what the minister said, ...": after a preposition
     * the same, up to the comma that ends the phrase */
    for (size_t i = *b; i-- > *a + 1;)
        if (tok_is(c, &c->t.v[i - 1], "what") &&
            (words_follow || (i >= 2 && tok_in(c, &c->t.v[i - 2], WS_PREPOSITIONS) &&
                              after < c->t.n && tok_is_comma(c, &c->t.v[after])))) {
            *a = i;
            break;
        }
    size_t aside_end = *b;
    if (*a == *b && !skip_aside(c, a, b)) aside_end = *b;
    /* "The union that represents about 3,000 drivers said": a relative
     * clause opened by its verb belongs to the noun before it */
    if (*a >= 2 && *a < *b &&
        (tok_is(c, &c->t.v[*a - 1], "that") || tok_is(c, &c->t.v[*a - 1], "who") ||
         tok_is(c, &c->t.v[*a - 1], "which")) &&
        (c->t.v[*a].flags & (T_WORD | T_CAP)) == T_WORD && !tok_in(c, &c->t.v[*a], WS_DETERMINERS) &&
        !tok_in(c, &c->t.v[*a], WS_POSSESSIVES) && !tok_in(c, &c->t.v[*a], WS_PRONOUNS) &&
        !tok_is(c, &c->t.v[*a], "it") && tok_count(c, &c->t.v[*a]) <= -2 &&
        (past_verb(c, &c->t.v[*a]) || verb_s(c, &c->t.v[*a]))) {
        size_t a2 = clause_start(c, *a - 1);
        if (a2 < *a - 1 && np_classify(c, a2, *a - 1).kind != NP_NONE &&
            np_classify(c, a2, *b).kind != NP_NONE)
            *a = a2;
    }
    /* "... between executives and city officials last week said": a
     * time at the end of the subject is no part of who speaks */
    if (*b >= *a + 3 && np_classify(c, *a, *b).kind == NP_NONE &&
        (tok_in(c, &c->t.v[*b - 1], WS_TIME_NOUNS) || tok_in(c, &c->t.v[*b - 1], WS_DAYS)) &&
        (tok_is(c, &c->t.v[*b - 2], "last") || tok_is(c, &c->t.v[*b - 2], "this") ||
         tok_is(c, &c->t.v[*b - 2], "on")) &&
        np_classify(c, *a, *b - 2).kind != NP_NONE)
        *b -= 2;
    /* "two security sources and a local official said" */
    if (*a < *b && *a >= 2 && (tok_is(c, &c->t.v[*a - 1], "and") || tok_is(c, &c->t.v[*a - 1], "or")) &&
        (c->t.v[*a - 2].flags & T_WORD)) {
        size_t a2 = clause_start(c, *a - 1);
        if (a2 < *a - 1 && np_classify(c, a2, *a - 1).kind != NP_NONE &&
            np_classify(c, *a, *b).kind != NP_NONE)
            *a = a2;
    }
    np_info np = np_classify(c, *a, *b);
    if (aside_end > *b + 1) np_anon_by_aside(c, &np, *a, *b, aside_end);
    return np;
}

/* "..., even though internal test results showed ...": records in a
 * subordinate clause are the writer's facts, not a claim */
static int writers_record(actx *c, const hit *h, size_t a) {
    return shows(c, h->e) && a > 0 && tok_in(c, &c->t.v[a - 1], WS_CLAUSE_WORDS) &&
           !tok_is(c, &c->t.v[a - 1], "and") && !tok_is(c, &c->t.v[a - 1], "but");
}

/* When no source was read before the cue, read it again as a pronoun, a
 * record or "one" of the sources just named; and a party label belongs to
 * the name it follows. */
static void subject_fallbacks(actx *c, const hit *h, size_t cs, size_t paren, size_t *a,
                              size_t b, np_info *np) {
    /* "In a new interview she repeats the claim": a pronoun straight
     * before the cue is its subject */
    if (b >= *a + 2 && (tok_in(c, &c->t.v[b - 1], WS_PRONOUNS) || tok_is(c, &c->t.v[b - 1], "it")) &&
        (c->t.v[b - 2].flags & T_WORD) && np->kind == NP_NONE && *a == 0 && opening_phrase(c, *a)) {
        *a = b - 1;
        *np = np_classify(c, *a, b);
    }
    /* "told jurors she had initially told police ...": after a cue and
     * its hearer, the pronoun alone is the subject */
    if (np->kind == NP_NONE && b >= *a + 2 && *a > 0 && tok_in(c, &c->t.v[b - 1], WS_PRONOUNS) &&
        is_cue_tok(c, &c->t.v[*a - 1]) && tells(c, &c->t.v[*a - 1])) {
        *a = b - 1;
        *np = np_classify(c, *a, b);
    }
    /* "Maintenance logs obtained by the Gazette show ...": records as
     * their own source */
    if ((np->kind == NP_NONE || np->kind == NP_ANON) && *a < b &&
        ((shows(c, h->e) && evidence_source(c, span_make(c->t.v[*a].s, c->t.v[b - 1].e))) ||
         (document_verb(c, h->e) && document_source(c, span_make(c->t.v[*a].s, c->t.v[b - 1].e), h->e)))) {  /* "Sales figures" */
        np->kind = NP_NAMED;
        np->sp = span_make(c->t.v[*a].s, c->t.v[b - 1].e);
    }
    /* "An investigation found that ...", "A new inspection found that":
     * a finder named by what it is, when the phrase read as no source
     * (not "said tests found ...", "No trial has found that ...") */
    size_t fv = tok_at(&c->t, h->e);
    if (np->kind == NP_NONE && *a < b && fv < c->t.n && tok_in(c, &c->t.v[fv - 1], WS_FINDING_VERBS) &&
        tok_is(c, &c->t.v[fv], "that") && !tok_is(c, &c->t.v[*a], "no") &&
        !tok_in(c, &c->t.v[*a], WS_NEGATIONS) && !reported_within(c, h->s) &&
        finding_source(c, span_make(c->t.v[*a].s, c->t.v[b - 1].e))) {
        np->kind = NP_NAMED;
        np->sp = span_make(c->t.v[*a].s, c->t.v[b - 1].e);
    }
    if (paren < cs && np->kind == NP_NAMED && np->sp.end == c->t.v[b - 1].e)
        np->sp.end = c->t.v[cs - 1].e;      /* the label belongs to the name */
    /* "Government sources played down a deal, with one saying ...": one
     * of a group just named, unnamed */
    if (np->kind == NP_NONE && b == *a + 2 && gerund(c, &c->t.v[tok_at(&c->t, h->s)]) &&
        tok_is(c, &c->t.v[*a], "with") &&
        (tok_is(c, &c->t.v[*a + 1], "one") || tok_is(c, &c->t.v[*a + 1], "another"))) {
        *a += 1;
        np->kind = NP_ANON;
        np->sp = span_make(c->t.v[*a].s, c->t.v[*a].e);
        np->count = 1;
        np->ndesc = 0;
    }
    /* "Two aides said ..., one adding that ...": one of the sources just named */
    if (np->kind == NP_NONE && b == *a + 1 && *a > 0 && tok_is_comma(c, &c->t.v[*a - 1]) &&
        (tok_is(c, &c->t.v[*a], "one") || tok_is(c, &c->t.v[*a], "another")) && c->claims.n &&
        c->claims.v[c->claims.n - 1].a.source.anonymous) {
        np->kind = NP_ANON;
        np->count = 1;
        np->ndesc = 0;
    }
}

/* "Speaking to the BBC on Sunday, Ms Hale said ...", "Asked whether he
 * would resign, the mayor replied ...": the phrase before the subject
 * sets the scene; it is not what was said. */
static int opening_participle(const actx *c, size_t a) {
    size_t f = tok_at(&c->t, c->sent.start);
    while (f < a && !(c->t.v[f].flags & T_WORD)) f++;
    if (f >= a || !tok_is_comma(c, &c->t.v[a - 1])) return 0;
    const tok *k = &c->t.v[f];
    return gerund(c, k) || (k->e - k->s > 4 && strncasecmp(c->text + k->e - 2, "ed", 2) == 0);
}

/* "On Monday, the ministry said ...", "Separately, Ms Hale said ...": a
 * short phrase of time or sequence before the subject sets the scene; it
 * is never what was said.  One phrase (no comma inside) with no verb of
 * its own: "In 2020 the firm lost money, she said" is a clause. */
#define OPENING_PHRASE_MAX_WORDS 6

static int opening_adverbial(const actx *c, size_t a) {
    size_t f = tok_at(&c->t, c->sent.start);
    while (f < a && !(c->t.v[f].flags & T_WORD)) f++;
    if (f >= a || a - 1 - f > OPENING_PHRASE_MAX_WORDS || !tok_is_comma(c, &c->t.v[a - 1]) ||
        !tok_in(c, &c->t.v[f], WS_PHRASE_OPENERS))
        return 0;
    for (size_t i = f + 1; i + 1 < a; i++) {
        const tok *k = &c->t.v[i];
        if (!(k->flags & (T_WORD | T_NUM)) && !hyphen(c, i)) return 0;
        /* "In a televised address": a participle after its determiner */
        if (past_verb(c, k) && !tok_in(c, &c->t.v[i - 1], WS_DETERMINERS)) return 0;
    }
    return 1;
}

/* The claim of a source found before the cue: what it says follows the
 * cue, or comes first when the cue trails ("..., X said on Friday"). */
static int claim_of_subject(actx *c, const hit *h, const rule_entry *e, np_info *np,
                            size_t cs, size_t ci, size_t after, size_t a) {
    size_t rest = c->t.n - after;
    /* "On Monday, X said the deal was off.": the clause after the cue is
     * what was said, however short */
    int scene = a > 0 && opening_adverbial(c, a) && !span_is_null(content_after(c, after));
    /* "...; the paper lists no conflicts": a document lists what follows */
    int trailing = a > 0 && (c->t.v[a - 1].flags & (T_PUNCT | T_QUOTE)) && !document_verb(c, h->e) &&
                   (rest <= 5 || (c->t.v[after].flags & T_PUNCT) ||
                    tok_in(c, &c->t.v[after], WS_PHRASE_STOPS)) &&
                   !opening_participle(c, a) && !scene;
    /* 'replied: "Absolutely not."': what follows the colon is said */
    if (trailing && after < c->t.n && c->text[c->t.v[after].s] == ':' && after + 1 < c->t.n) trailing = 0;
    span content = trailing ? span_null() : content_after(c, after);
    if (trailing) {
        span after_c = content_after(c, after);
        if (!span_is_null(after_c) && tok_is(c, &c->t.v[after], "that")) content = after_c;
    }
    /* "urged people not to rush to judgement before the investigation
     * concludes.": a cue with nothing after it, in a clause a
     * subordinator opens, dates the main clause; it does not report it
     * (but "..., as the report concluded.") */
    if (span_is_null(content) && a > 0 && tok_in(c, &c->t.v[a - 1], WS_CLAUSE_WORDS) &&
        !tok_is(c, &c->t.v[a - 1], "as") && !tok_is(c, &c->t.v[a - 1], "and") &&
        !tok_is(c, &c->t.v[a - 1], "but"))
        return 0;
    if (span_is_null(content)) content = content_before(c, a);
    if (span_is_null(content)) content = content_after(c, after);
    if (object_pronoun_only(c, content)) return 0;
    if (span_is_null(content) && negated_cue(c, cs, ci)) return 0;
    return add_claim(c, np, c->t.v[cs].s, h->e, content, e->shape, a, 0);
}

/* '"...," said the union's national officer, Kev Doran.': a name of two
 * words or more set off after the inverted source, ending the clause, is
 * whom the source phrase describes.  The token after the name, or 0. */
static size_t trailing_name(const actx *c, size_t pe) {
    if (pe + 3 > c->t.n || !tok_is_comma(c, &c->t.v[pe])) return 0;
    size_t j = pe + 1;
    while (j < c->t.n && tok_namey(c, j)) j++;
    if (j < pe + 3 || (j < c->t.n && !(c->t.v[j].flags & T_PUNCT))) return 0;
    return j;
}

/* "lawyer", "union leader": words with no article whose last is a
 * person or a title. */
#define HEADLINE_SPEAKER_WORDS 3

static int bare_speaker(const actx *c, size_t a, size_t b) {
    for (size_t i = a; i < b; i++)
        if (!(c->t.v[i].flags & T_WORD) || tok_in(c, &c->t.v[i], WS_DETERMINERS) ||
            tok_in(c, &c->t.v[i], WS_FUNCTION_WORDS))
            return 0;
    return tok_person_noun(c, &c->t.v[b - 1]) || tok_in(c, &c->t.v[b - 1], WS_TITLES);
}

/* No source before the cue: "...," said X. (only when X ends the clause),
 * or "X, chief strategist at Y, said ...". */
static int source_elsewhere(actx *c, const hit *h, const rule_entry *e, size_t cs,
                            size_t ci, size_t after) {
    size_t cstart = c->t.v[cs].s;
    size_t pe = phrase_end(c, after, 1);
    /* "..., told CNN": after "told" comes the hearer, never the speaker */
    int inversion = (pe >= c->t.n || (c->t.v[pe].flags & T_PUNCT) ||
                     tok_in(c, &c->t.v[pe], WS_PHRASE_STOPS)) &&
                    pe - after <= INVERTED_MAX_TOKENS && !tells(c, &c->t.v[ci]) &&
                    !takes_object(c, &c->t.v[ci]);
    /* not '..., said internal polls showed the race was close': what
     * follows reports a finding of its own, so it is no inverted source */
    for (size_t i = 0; inversion && i < c->h.n; i++)
        if (c->h.v[i].sec == PS_CUES && c->h.v[i].s > h->e &&
            c->h.v[i].s < (pe < c->t.n ? c->t.v[pe].s : c->sent.end))
            inversion = 0;
    if (inversion) {
        size_t ne = trailing_name(c, pe);
        np_info np = np_classify(c, after, ne ? ne : pe);
        /* "Family 'were told lies', says lawyer": a headline drops the
         * article; the person it stands for is named in the story */
        if (np.kind == NP_NONE && pe > after && pe <= after + HEADLINE_SPEAKER_WORDS &&
            sentence_headline(c) && bare_speaker(c, after, pe)) {
            np.kind = NP_NAMED;
            np.sp = span_make(c->t.v[after].s, c->t.v[pe - 1].e);
        }
        /* '"...," said one': a count standing for people just described */
        if (np.kind != NP_NONE && (speaker_like(c, after, pe) || np.kind == NP_ANON))
            return add_claim(c, &np, cstart, h->e, content_before(c, cs), e->shape, after, 1);
    }
    if (cs < 2 || !tok_is_comma(c, &c->t.v[cs - 1])) return 0;
    size_t b2 = cs - 1, a2 = clause_start(c, b2);
    if (a2 >= b2 || np_classify(c, a2, b2).kind == NP_NONE) return 0;
    if (a2 >= 2 && tok_is_comma(c, &c->t.v[a2 - 1])) {
        size_t a3 = clause_start(c, a2 - 1);
        if (a3 < a2 - 1 && np_classify(c, a3, a2 - 1).kind != NP_NONE) a2 = a3;
    }
    np_info np = np_classify(c, a2, b2);
    if (np.kind == NP_NONE) return 0;
    span content = content_after(c, after);
    if (span_is_null(content)) content = content_before(c, a2);
    return add_claim(c, &np, cstart, h->e, content, e->shape, a2, 0);
}

/* "Two senators said they believed it had enough support": a belief of
 * the pronoun just after another cue is part of what that cue reports,
 * not a claim of its own. */
static int believed_by_speaker(const actx *c, size_t a, size_t b, size_t ci) {
    if (b != a + 1 || a == 0 || !belief_verb(c, &c->t.v[ci])) return 0;
    size_t p = a - 1;
    if (tok_is(c, &c->t.v[p], "that") && p > 0) p--;
    if (is_cue_tok(c, &c->t.v[p])) return 1;
    /* "told reporters (that) he believed": past the hearer */
    for (size_t j = p; j-- > 0 && p - j <= 3 && !(c->t.v[j].flags & (T_PUNCT | T_QUOTE));)
        if (is_cue_tok(c, &c->t.v[j])) return tells(c, &c->t.v[j]);
    return 0;
}

/* "two people familiar with the review, one of whom described the data
 * as \"compelling\"": one of the people just named, unnamed as they are
 * (not "none of whom"). */
static int one_of_whom(const actx *c, size_t cs, np_info *np) {
    if (cs < 3 || !tok_is(c, &c->t.v[cs - 2], "of") || !tok_is(c, &c->t.v[cs - 1], "whom"))
        return 0;
    const tok *q = &c->t.v[cs - 3];
    int n = tok_count(c, q);
    if (n <= -2 || n == 0 || tok_in(c, q, WS_NEGATIONS)) return 0;
    memset(np, 0, sizeof *np);
    np->kind = NP_ANON;
    np->sp = span_make(q->s, c->t.v[cs - 1].e);
    np->count = n > 0 ? n : -1;
    return 1;
}

/* "said in a statement", "said in a written statement": the medium is
 * part of the cue.  The token after it, or 0. */
static size_t statement_after(const actx *c, size_t after) {
    if (after + 2 >= c->t.n || !tok_is(c, &c->t.v[after], "in") ||
        !(tok_is(c, &c->t.v[after + 1], "a") || tok_is(c, &c->t.v[after + 1], "an")))
        return 0;
    for (size_t j = after + 2; j < c->t.n && j <= after + 3; j++) {
        if (!(c->t.v[j].flags & T_WORD)) return 0;
        if (tok_is(c, &c->t.v[j], "statement")) return j + 1;
    }
    return 0;
}

static int verb_cue(actx *c, const hit *h_in, const rule_entry *e, size_t ci, size_t after) {
    hit wide = *h_in;
    const hit *h = &wide;
    size_t st = statement_after(c, after);
    if (st) {
        wide.e = c->t.v[st - 1].e;
        after = st;
    }
    size_t cs = cue_first_tok(c, ci);
    if (not_reporting(c, cs, ci, after)) return 0;
    /* "said at least three directors now believed ...", "said videos
     * showed ...": a belief or a record inside what another source says
     * is part of that report */
    if ((belief_verb(c, &c->t.v[ci]) || shows(c, h->e)) && reported_within(c, h->s) && cs > 0 &&
        !tok_in(c, &c->t.v[cs - 1], WS_PRONOUNS) && !tok_is(c, &c->t.v[cs - 1], "it"))
        return 0;
    int passive = 0;
    for (size_t i = cs; i < ci; i++) passive |= be_form(c, &c->t.v[i]);
    /* "was quoted by Reuters as saying": the subject is the speaker */
    if (passive && tok_is(c, &c->t.v[ci], "quoted") && h->e > h->s + 6 &&
        strncasecmp(c->text + h->e - 6, "saying", 6) == 0)
        passive = 0;
    /* "had been told privately by city employees": one adverb between */
    size_t by = after;
    if (by + 1 < c->t.n && tok_is(c, &c->t.v[by + 1], "by") && tok_ly_word(c, &c->t.v[by]) &&
        !(c->t.v[by].flags & T_CAP))
        by++;
    /* "the count had been observed by representatives": watched, not said */
    if (by < c->t.n && tok_is(c, &c->t.v[by], "by") && passive_speech(c, cs, ci)) {
        size_t pe = phrase_end(c, by + 1, 1);
        np_info np = np_classify(c, by + 1, pe);
        span content = content_before(c, clause_start(c, cs));
        /* "As first reported by Politico, the White House is ...": what
         * was reported follows the phrase */
        if (pe + 1 < c->t.n && tok_is_comma(c, &c->t.v[pe]) &&
            !span_is_null(content) && tok_at(&c->t, content.end) <= tok_at(&c->t, content.start) + 1)
            content = content_span(c, c->t.v[pe + 1].s, c->sent.end);
        if (np.kind != NP_NONE)
            return add_claim(c, &np, c->t.v[cs].s, h->e, content, e->shape, by + 1, 1);
    }
    if (passive) return 0;                   /* "had been told": not the source */
    np_info part;
    if (one_of_whom(c, cs, &part)) {
        span content = content_after(c, after);
        return span_is_null(content) || object_pronoun_only(c, content)
                   ? 0
                   : add_claim(c, &part, c->t.v[cs].s, h->e, content, e->shape,
                               tok_at(&c->t, part.sp.start), 0);
    }
    if (cs > 0 && (tok_is(c, &c->t.v[cs - 1], "who") || tok_is(c, &c->t.v[cs - 1], "which")))
        return relative_cue(c, h, e, cs, cs - 1, after);
    size_t a, b, paren = subject_bounds(c, cs, &a, &b);
    a = past_relative_word(c, a, b);
    a = gerund_after_phrase(c, a, b, ci);
    size_t untimed = time_tail(c, a, b);
    if (untimed < b && (untimed > a ? np_classify(c, a, untimed).kind != NP_NONE
                                    : untimed > 0 && tok_is_comma(c, &c->t.v[untimed - 1])))
        a = a < untimed ? a : untimed, b = untimed;
    /* "The head teacher wrote to parents warning that ...": a gerund
     * after another cue and its hearer keeps the sentence's subject */
    if (gerund(c, &c->t.v[ci]) && a < b && a > 0 && is_cue_tok(c, &c->t.v[a - 1]) && c->claims.n) {
        np_info np = first_claim_source(c);
        span content = content_after(c, after);
        return span_is_null(content) ? 0
                                     : add_claim(c, &np, c->t.v[cs].s, h->e, content, e->shape,
                                                 (size_t)-1, 1);
    }
    if (a == b) {
        int r = shared_subject_cue(c, h, e, cs, ci, after, a);
        if (r >= 0) return r;
    }
    if (inside_relative_speech(c, a, b)) return 0;
    np_info np = subject_before(c, &a, &b, after);
    if (writers_record(c, h, a)) return 0;
    subject_fallbacks(c, h, cs, paren, &a, b, &np);
    if (np.kind == NP_NONE && cs == ci) np = subject_over_relative(c, cs, &a, &b);
    if (np.kind == NP_PRONOUN && believed_by_speaker(c, a, b, ci)) return 0;
    if (np.kind != NP_NONE) return claim_of_subject(c, h, e, &np, cs, ci, after, a);
    if (a != b && cs != a) return 0;
    if (cs > 0 && !(c->t.v[cs - 1].flags & T_PUNCT)) return 0;
    return source_elsewhere(c, h, e, cs, ci, after);
}

/* "citing two officials" but not "citing personal reasons", "citing high
 * energy costs": what is cited must be able to speak. */
static int cited_source(actx *c, size_t a, size_t b) {
    size_t head = a;
    for (size_t i = a; i < b; i++) {
        if (i > a && tok_in(c, &c->t.v[i], WS_POSTMODIFIERS)) break;
        if (c->t.v[i].flags & T_WORD) head = i;
    }
    const tok *k = &c->t.v[head];
    if (tok_source_noun(c, k) || tok_person_noun(c, k) || tok_org_noun(c, k) || tok_namey(c, head))
        return 1;
    /* "citing its own analysis", "citing satellite images and an official" */
    if (tok_in(c, k, WS_EVIDENCE_WORDS) || finding_source(c, span_make(c->t.v[a].s, c->t.v[b - 1].e)))
        return 1;
    /* "one of them", "nurses at two of the hospitals" (not "the cost of
     * spare parts"): a count before the "of" */
    for (size_t i = a + 1; i < b; i++) {
        const tok *f = &c->t.v[i - 1];
        if (tok_is(c, &c->t.v[i], "of") && tok_count(c, f) > -2)
            return 1;
    }
    return 0;
}

/* "Two people who have seen it said it put the figure at £4": a cue
 * inside what an earlier claim of the sentence reports ("Police said
 * 12,000 took part; organisers put ...": not past a semicolon). */
static int reported_within(const actx *c, size_t at) {
    for (size_t i = 0; i < c->claims.n; i++) {
        span k = c->claims.v[i].a.content;
        if (!span_is_null(k) && k.start <= at && at < k.end &&
            !memchr(c->text + k.start, ';', at - k.start))
            return 1;
    }
    return 0;
}

/* A headline set in title case: most words of four letters or more
 * capitalised, and no full stop at the end. */
static int title_case(const actx *c) {
    int words = 0, caps = 0;
    for (size_t i = 0; i < c->t.n; i++) {
        const tok *k = &c->t.v[i];
        if (!(k->flags & T_WORD) || k->e - k->s < 4) continue;
        words++;
        caps += (k->flags & T_CAP) != 0;
    }
    const char *t = c->text;
    size_t e = c->sent.end;
    while (e > c->sent.start && (t[e - 1] == ' ' || t[e - 1] == '\n')) e--;
    return words >= 3 && caps * 4 >= words * 3 && e > c->sent.start && t[e - 1] != '.';
}

/* One cue hit: find its source and content. */
static int try_cue(actx *c, const hit *h) {
    size_t ci = tok_at(&c->t, h->s);
    if (ci >= c->t.n || c->t.v[ci].s != h->s) return 0;
    /* A capital mid-sentence is a name ("the United States said"), but
     * not in a headline set in title case ("..., Insiders Say"). */
    int titled = speech_verb(c, &c->t.v[ci]) && title_case(c);
    if ((c->t.v[ci].flags & T_CAP) && ci > 0 && !(c->t.v[ci - 1].flags & T_QUOTE) && !titled) return 0;
    size_t after = tok_at(&c->t, h->e);
    const rule_entry *e = &c->rs->pat[PS_CUES].v[h->entry];
    if (e->shape == CUE_ACCORDING || e->shape == CUE_CITING) {
        size_t pe = phrase_end(c, after, 0), pe0 = pe;
        np_info np = np_classify(c, after, pe);
        /* "According to them, ...": an object pronoun points back as "they" would */
        if (np.kind == NP_NONE && pe == after + 1 &&
            (tok_is(c, &c->t.v[after], "them") || tok_is(c, &c->t.v[after], "him") ||
             tok_is(c, &c->t.v[after], "her")))
            np.kind = NP_PRONOUN;
        /* "according to a letter sent to the Commission on Wednesday by a
         * coalition of 120 firms", "citing a draft it had seen": the
         * longest leading phrase that reads as a source */
        for (size_t tries = 0; np.kind == NP_NONE && pe > after + 1 && tries < 16; tries++) {
            pe--;
            while (pe > after + 1 && !tok_in(c, &c->t.v[pe], WS_PHRASE_STOPS) &&
                   !tok_in(c, &c->t.v[pe], WS_POSTMODIFIERS) && !tok_in(c, &c->t.v[pe], WS_PRONOUNS) &&
                   !tok_is(c, &c->t.v[pe], "it"))
                pe--;
            np = np_classify(c, after, pe);
        }
        /* "according to preliminary results released early Monday",
         * "citing monthly tests by a contractor": figures and findings
         * are credited as themselves */
        if (np.kind == NP_NONE && pe0 > after &&
            evidence_source(c, span_make(c->t.v[after].s, c->t.v[pe0 - 1].e))) {
            np.kind = NP_NAMED;
            np.sp = span_make(c->t.v[after].s, c->t.v[pe0 - 1].e);
            pe = pe0;
        }
        if (np.kind == NP_NONE) return 0;
        /* "citing the risk that they would flee": a reason, not a source */
        if (np.kind != NP_PRONOUN && e->shape == CUE_CITING && !cited_source(c, after, pe)) return 0;
        /* "according to staff who say ...": the whole phrase read as
         * unnamed people is a source (not "citing staff shortages") */
        if (np.kind == NP_ANON && !cited_source(c, after, pe) &&
            !(pe == pe0 && e->shape == CUE_ACCORDING && pe == after + 1 &&
              (tok_is(c, &c->t.v[after], "staff") || tok_in(c, &c->t.v[after], WS_PARTY_NOUNS))))
            return 0;
        span content;
        if (e->shape == CUE_ACCORDING && (ci == 0 || (c->t.v[ci - 1].flags & T_QUOTE)))
            content = pe < c->t.n ? content_span(c, c->t.v[pe].s, c->sent.end) : span_null();
        else
            content = content_before(c, ci);
        return add_claim(c, &np, h->s, h->e, content, e->shape, after, 0);
    }
    if (e->shape == CUE_ESTIMATE && reported_within(c, h->s)) return 0;
    return verb_cue(c, h, e, ci, after);
}

/* "In a statement, the coalition set out five demands: ...": a sentence
 * that opens with its medium and has no verb of speech of its own is
 * still attributed, to the subject after the comma.  The comma's token,
 * or 0. */
#define STATEMENT_OPENER_TOKENS 14   /* "In a statement read outside the office in the capital," */

static size_t statement_opener(const actx *c) {
    const tok *t = c->t.v;
    if (c->t.n < 6 || !tok_is(c, &t[0], "in") ||
        !(tok_in(c, &t[1], WS_DETERMINERS) || (t[1].flags & T_POSS)))
        return 0;
    size_t j = 2;
    while (j < 4 && (t[j].flags & T_WORD) && !tok_is(c, &t[j], "statement")) j++;
    if (!tok_is(c, &t[j], "statement")) return 0;
    for (j++; j < STATEMENT_OPENER_TOKENS && j + 1 < c->t.n; j++) {
        if (tok_is_comma(c, &t[j])) return j;
        /* "issued after a four-hour meeting": a hyphen inside a word */
        if ((t[j].flags & T_PUNCT) && !hyphen(c, j)) return 0;
    }
    return 0;
}

static int statement_claim(actx *c) {
    size_t comma = statement_opener(c);
    if (!comma) return 0;
    /* the subject runs to its verb: "the Coalition for Clean Rivers set out" */
    size_t v = comma + 1;
    for (; v < c->t.n && v < comma + CLAUSE_MAX_TOKENS; v++) {
        const tok *k = &c->t.v[v];
        /* "Britain, France and Germany called on ...": a list of names */
        int listed = v + 1 < c->t.n && tok_namey(c, v + 1) &&
                     (tok_is_comma(c, k) || tok_is(c, k, "and") || tok_is(c, k, "or"));
        if (listed) continue;
        if ((k->flags & T_PUNCT) || past_verb(c, k)) break;
        /* a plain word straight after a name is its verb, unless it
         * carries the name on ("for", "of") */
        if (v > comma + 1 && tok_namey(c, v - 1) && (k->flags & (T_WORD | T_CAP)) == T_WORD &&
            !tok_in(c, k, WS_POSTMODIFIERS) && !tok_in(c, k, WS_DETERMINERS))
            break;
    }
    np_info np = v > comma + 1 && v < c->t.n && (c->t.v[v].flags & T_WORD)
                     ? np_classify(c, comma + 1, v)
                     : opening_subject(c, c->t.n, comma + 1);
    if (np.kind == NP_NONE || np.kind == NP_PRONOUN) return 0;
    size_t after = tok_at(&c->t, np.sp.end);
    if (after >= c->t.n || !(c->t.v[after].flags & T_WORD)) return 0;
    size_t stmt = comma;
    while (!tok_is(c, &c->t.v[stmt], "statement")) stmt--;
    return add_claim(c, &np, c->t.v[0].s, c->t.v[stmt].e,
                     content_span(c, c->t.v[after].s, c->sent.end), CUE_VERB, comma + 1, 0);
}

/* "X reported, citing Y": the claim before relays Y. */
static void link_chains(actx *c) {
    for (size_t i = 1; i < c->claims.n; i++) {
        found_claim *f = &c->claims.v[i];
        if (f->a.weak != CUE_CITING) continue;
        found_claim *outer = &c->claims.v[i - 1];
        if (outer->a.weak == CUE_CITING) continue;
        outer->a.source.via = f->a.source.name;
        outer->a.source.via_anonymous = f->a.source.anonymous;
        if (!span_is_null(outer->a.content)) f->a.content = outer->a.content;
    }
}

int claims_run(actx *c) {
    for (size_t i = 0; i < c->h.n; i++) {
        const hit *h = &c->h.v[i];
        if (h->sec != PS_CUES) continue;
        int dup = 0;
        for (size_t k = 0; k < c->claims.n; k++)
            if (h->s < c->claims.v[k].a.cue.end && h->s >= c->claims.v[k].a.cue.start) dup = 1;
        if (!dup && try_cue(c, h) < 0) return -1;
    }
    /* "In a statement, the ministry said ...": the verb is the cue; the
     * opener is one only when no verb of speech follows (most blind
     * annotators mark "said" alone, rounds 3-15) */
    if (!c->claims.n && statement_claim(c) < 0) return -1;
    link_chains(c);
    for (size_t i = 0; i < c->claims.n; i++) {
        annotation *a = &c->claims.v[i].a;
        a->weak = 0;
        if (!a->source.anonymous && !span_is_null(a->source.name) &&
            span_is_null(a->source.refers_to)) {
            c->last_source = a->source.name;
            if (person_like(c, a->source.name)) c->last_person = a->source.name;
        }
        if (emit(c, a) < 0) return -1;
    }
    return 0;
}
