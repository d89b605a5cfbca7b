/* anonymous.c -- sources the reader cannot check.  Most are found as the
 * source of a claim (claims.c hands them here); the rest are source nouns
 * the text marks as unnamed without a cue of their own: "two officials
 * familiar with the matter", "people briefed on the talks".  This file
 * holds the entry points, the emitting of an unnamed source with its
 * count, descriptor and stated reason, and the finders that start from a
 * source noun, a marker or a citing cue; back-references live in
 * anonymous_back.c and the cue-less finders in anonymous_unprompted.c. */
#include <string.h>
#include <strings.h>
#include <stdint.h>
#include "analysers.h"
#include "anonymous_int.h"

#define RELATIVE_MAX_TOKENS 30
#define CITED_MAX_TOKENS 10   /* from a citing cue to what it cites */
#define RELATIVE_SUBJECT_TOKENS 16 /* from a subject's "that" to its cue */
#define MEMBER_CUE_BYTES 120 /* "The first, a chemist who left in 2023, said" */
#define ANOTHER_BYTES 1500    /* how far back "another official" looks for the first */

int already_unnamed(actx *c, span sp) {
    for (int i = 0; i < c->nanon_done; i++)
        if (span_overlaps(c->anon_done[i], sp)) return 1;
    return 0;
}

/* The first stated reason; where it holds a narrower one ("on condition
 * of anonymity because the talks are confidential"), the narrower: the
 * reader wants the why, not the arrangement. */
span anonymous_reason(actx *c, size_t s, size_t e) {
    span best = span_null();
    for (size_t i = 0; i < c->h.n; i++) {
        const hit *h = &c->h.v[i];
        if (h->sec != PS_ANON_REASONS || h->s < s || h->e > e) continue;
        if (span_is_null(best)) best = span_make(h->s, h->e);
        else if (h->s > best.start && h->s < best.end) return span_make(h->s, h->e);
        else break;
    }
    return best;
}

int anonymous_emit(actx *c, const np_info *np) {
    if (already_unnamed(c, np->sp)) return 0;
    if (c->nanon_done < (int)(sizeof c->anon_done / sizeof *c->anon_done))
        c->anon_done[c->nanon_done++] = np->sp;
    annotation a = annotation_make(KIND_ANONYMOUS, np->sp);
    a.count = np->count;
    for (int i = 0; i < np->ndesc; i++) a.descriptors[i] = np->desc[i];
    a.ndescriptors = np->ndesc;
    a.reason = anonymous_reason(c, c->sent.start, c->sent.end);
    return emit(c, &a);
}

/* The phrase [a, b) as an unnamed source, when it is one and not yet
 * found: 1 when emitted, 0 when not, -1 when out of memory. */
np_info unnamed_np(span sp, int count) {
    np_info np;
    memset(&np, 0, sizeof np);
    np.kind = NP_ANON;
    np.sp = sp;
    np.count = count;
    return np;
}

int emit_unnamed(actx *c, size_t a, size_t b) {
    np_info np = np_classify(c, a, b);
    if (np.kind != NP_ANON || already_unnamed(c, np.sp)) return 0;
    return anonymous_emit(c, &np) < 0 ? -1 : 1;
}

static int marker_in(const actx *c, size_t s, size_t e) {
    for (size_t i = 0; i < c->h.n; i++) {
        const hit *h = &c->h.v[i];
        if (h->sec == PS_ANON_MARKERS && h->s >= s && h->s < e) return 1;
    }
    return 0;
}

/* Words that may stand before a source noun in its phrase. */
int left_ok(const actx *c, size_t i) {
    const tok *k = &c->t.v[i];
    if (!(k->flags & T_WORD) || tok_in(c, k, WS_CLAUSE_WORDS)) return 0;   /* "..., that lawmakers" */
    return tok_in(c, k, WS_DETERMINERS) || tok_in(c, k, WS_DESCRIPTORS) || tok_org_noun(c, k) ||
           tok_count(c, k) > -2 ||
           (k->flags & T_POSS) || tok_namey(c, i) || tok_is(c, k, "of");
}

/* "a district employee who worked in the operations centre, and who
 * asked not to be named because ..., said": the text marks the source
 * unnamed further along its relative clauses.  The end of the first one
 * (a token index), or 0 when no marker comes before the clause ends. */
/* What opens a clause about the phrase before it: "who", or a
 * participle that says how the person spoke ("Another minister, speaking
 * on condition of anonymity, was more conciliatory"). */
static int aside_opener(const actx *c, const tok *k) {
    return tok_in(c, k, WS_RELATIVE_OPENERS);
}

static size_t relative_marked(actx *c, size_t head, size_t *marker) {
    const tok *t = c->t.v;
    size_t i = head + 1, first = 0;
    if (i < c->t.n && tok_is_comma(c, &t[i])) i++;
    if (i >= c->t.n || !aside_opener(c, &t[i]) ||
        (!tok_is(c, &t[i], "who") && !tok_is_comma(c, &t[i - 1])))
        return 0;
    for (size_t j = i; j < c->t.n && j < i + RELATIVE_MAX_TOKENS; j++) {
        const tok *k = &t[j];
        if (marker_in(c, k->s, k->s + 1)) {
            *marker = j;
            if (!tok_is(c, &t[i], "who")) return i - 1;   /* the phrase ends at its comma */
            return first ? first : j;
        }
        if (!(k->flags & T_PUNCT)) continue;
        /* only ", and who ..." or ", who ..." go on */
        if (!tok_is_comma(c, k) || j + 1 >= c->t.n) return 0;
        size_t n = j + 1;
        if (tok_is(c, &t[n], "and") && n + 1 < c->t.n) n++;
        if (!tok_is(c, &t[n], "who")) return 0;
        if (!first) first = j;
    }
    return 0;
}

/* A cue whose object is its source: "citing", "according to", "cited",
 * "quoting". */
static int citing_hit(const actx *c, const hit *h) {
    const rule_entry *e = &c->rs->pat[PS_CUES].v[h->entry];
    return e->shape == CUE_CITING || e->shape == CUE_ACCORDING ||
           strncasecmp(c->text + h->s, "cite", 4) == 0 || strncasecmp(c->text + h->s, "quot", 4) == 0;
}

int cue_starts_at(const actx *c, size_t at) {
    for (size_t i = 0; i < c->h.n; i++)
        if (c->h.v[i].sec == PS_CUES && c->h.v[i].s == at) return 1;
    return 0;
}

/* Does the phrase at token a stand in what a citing cue cites ("citing
 * satellite images and a regional intelligence official", "cited three
 * witnesses", "according to one account from a person in the room")? */
static int cited_object(const actx *c, size_t a) {
    const tok *t = c->t.v;
    int comma = 0;
    for (size_t i = a; i-- > 0 && a - i <= CITED_MAX_TOKENS;) {
        const tok *k = &t[i];
        for (size_t j = 0; j < c->h.n; j++) {
            const hit *h = &c->h.v[j];
            if (h->sec != PS_CUES || h->s > k->s || h->e <= k->s || h->e > t[a].s) continue;
            /* "According to them, the ward ran without a senior nurse":
             * what an opening "according to" cites ends at its comma */
            if (comma && c->rs->pat[PS_CUES].v[h->entry].shape == CUE_ACCORDING) return 0;
            return citing_hit(c, h);
        }
        if ((k->flags & T_PUNCT) && !tok_is_comma(c, k)) return 0;
        if (tok_is_comma(c, k)) comma = 1;
        /* "according to a survey of 400 members", "a poll of 2,000
         * employees": the people a study is of are what it counts, not
         * who it cites (but "a panel of experts" speaks) */
        if (i > 0 && tok_is(c, k, "of") && tok_in(c, &t[i - 1], WS_FINDING_SOURCES) &&
            !tok_in(c, &t[i - 1], WS_GROUP_NOUNS) && !tok_person_noun(c, &t[i - 1]))
            return 0;
        if (tok_in(c, k, WS_CLAUSE_WORDS) && !tok_is(c, k, "and")) return 0;
        /* "cites internal emails showing officials were aware": a
         * participle after the cited noun opens what it shows */
        if (i > 0 && (k->flags & (T_WORD | T_CAP)) == T_WORD && k->e - k->s > 5 &&
            word_ends_in(c->text + k->s, k->e - k->s, "ing", 3) && !tok_in(c, k, WS_DESCRIPTORS) &&
            !memchr(c->text + k->s, '-', k->e - k->s) && !cue_starts_at(c, t[i - 1].s) &&
            (t[i - 1].flags & (T_WORD | T_CAP)) == T_WORD && !tok_in(c, &t[i - 1], WS_DETERMINERS) &&
            tok_count(c, &t[i - 1]) == -2 && !tok_in(c, &t[i - 1], WS_DESCRIPTORS))
            return 0;
        /* not "a letter sent to the league's chief executive"; but "staff
         * at two of the hospitals and a supplier" */
        if ((tok_in(c, k, WS_PHRASE_STOPS) || tok_in(c, k, WS_POSTMODIFIERS)) &&
            !tok_is(c, k, "from") && !tok_is(c, k, "by") && !tok_is(c, k, "of") &&
            !tok_is(c, k, "at") && !tok_is(c, k, "in") && !tok_is(c, k, "with"))
            return 0;
    }
    return 0;
}

/* "boardroom insiders", "club pals": a plain word before the noun that
 * says whose they are -- not a verb ("warned insiders", "tells pals")
 * nor a word of grammar ("to insiders", "his pals"). */
static int modifier_noun(const actx *c, const tok *k) {
    size_t n = k->e - k->s;
    const char *w = c->text + k->s;
    if ((k->flags & (T_WORD | T_NUM | T_POSS)) != T_WORD || n < 3) return 0;
    if (tok_in(c, k, WS_DETERMINERS) || tok_in(c, k, WS_FUNCTION_WORDS) || tok_in(c, k, WS_CLAUSE_WORDS) ||
        tok_in(c, k, WS_PHRASE_STOPS) || tok_in(c, k, WS_POSTMODIFIERS) || tok_in(c, k, WS_AUXILIARIES))
        return 0;
    return !word_ends_in(w, n, "ed", 2) && !word_ends_in(w, n, "ing", 3) && (w[n - 1] | 0x20) != 's';
}

/* "Government sources played down ...", "sources claim", "One insider
 * was blunt": "source" and "insider" (and "pals") only ever mean unnamed
 * people once the look-alikes are gone ("sources of revenue", "source
 * code", "the source of the leak": not_sources and the "of" here), so
 * they need no marker -- when something describes or counts them, or,
 * bare and plural, they open the clause as its subject. */
static int self_marked(const actx *c, size_t a, size_t head, size_t last) {
    const tok *t = c->t.v, *h = &t[head];
    if (!tok_in(c, h, WS_SELF_MARKED_NOUNS) || last != head || head + 1 >= c->t.n || (h->flags & T_POSS)) return 0;
    const tok *n = &t[head + 1];
    /* "Sources: Reuters, company filings": a credit line names them */
    if ((n->flags & T_PUNCT) && c->text[n->s] == ':' && a == 0 &&
        (tok_is(c, h, "source") || tok_is(c, h, "sources")))
        return 0;
    /* followed by its verb, or ends the sentence's clause ("..., pals claim.") */
    if ((n->flags & T_WORD) && ((n->flags & T_CAP) || tok_is(c, n, "of") || tok_is(c, n, "for") ||
                                tok_in(c, n, WS_CLAUSE_WORDS) || tok_is(c, n, "code")))
        return 0;
    int described = 0;
    for (size_t i = a; i < head && !described; i++)
        described = ((t[i].flags & T_CAP) && !tok_in(c, &t[i], WS_DETERMINERS)) ||
                    tok_in(c, &t[i], WS_DESCRIPTORS) ||
                    (tok_count(c, &t[i]) > 0 &&
                     !tok_is(c, &t[i], "a") && !tok_is(c, &t[i], "an"));
    if (described) return 1;
    /* "with club insiders confident a deal can be done": a plural
     * insiders or pals with any word describing them (not "insider
     * trading", not "his pals") */
    if ((tok_is(c, h, "insiders") || tok_is(c, h, "pals")) && head > 0 && modifier_noun(c, &t[head - 1]))
        return 1;
    /* "a source" or bare "sources": only as the clause's subject ("Wind
     * is a source too" is no one) */
    int subject = a == 0 || tok_is_comma(c, &t[a - 1]) || tok_in(c, &t[a - 1], WS_CLAUSE_WORDS);
    if (tok_is(c, &t[a], "a") || tok_is(c, &t[a], "an")) return subject;
    return a == head && (c->text[h->e - 1] | 0x20) == 's' && subject;
}

/* "Two former members of the lab raised concerns.  Both asked not to be
 * identified, ...": does the next sentence, in the same paragraph, open
 * with a word pointing back at a group and, within its first words, a
 * marker?  Then the group just given is unnamed, though nothing in its
 * own sentence says so. */
static int next_marked(actx *c) {
    if (c->si + 1 >= c->segs.n) return 0;
    const segment *g = &c->segs.v[c->si + 1];
    if (g->para != c->segs.v[c->si].para) return 0;
    const char *t = c->text;
    size_t w[4], n = 0, i = g->start;
    while (n < 4 && i < g->end) {
        while (i < g->end && !word_byte_any(t[i])) i++;
        if (i >= g->end) break;
        w[n++] = i;
        while (i < g->end && word_byte_any(t[i])) i++;
        if (n == 1 && (!rs_has_word(c->rs, WS_BACK_PRONOUNS, t + w[0], i - w[0]) ||
                       word_is(t + w[0], i - w[0], "he") || word_is(t + w[0], i - w[0], "she")))
            return 0;
    }
    if (n < 2 || scan_hits(c, g->start, g->end, &c->h2) < 0) return 0;
    for (size_t k = 0; k < c->h2.n; k++) {
        const hit *h = &c->h2.v[k];
        if (h->sec != PS_ANON_MARKERS && h->sec != PS_ANON_REASONS) continue;
        for (size_t j = 0; j < n && j < 3; j++)
            if (h->s == w[j]) return 1;
    }
    return 0;
}

/* "Two former technicians at the plant contacted regulators last spring.
 * The first, a chemist who left in 2023, said ...": does the next
 * sentence, in the same paragraph, open by taking one or all of the
 * group just given ("The first", "One of them", "Both") as the subject
 * of a cue? */
static int next_takes_member(actx *c) {
    if (c->si + 1 >= c->segs.n) return 0;
    const segment *g = &c->segs.v[c->si + 1];
    if (g->para != c->segs.v[c->si].para) return 0;
    const char *t = c->text;
    size_t i = g->start;
    while (i < g->end && !word_byte_any(t[i])) i++;
    size_t n = g->end - i, p = 0;
    if (n > 10 && strncasecmp(t + i, "the first", 9) == 0 && !word_byte_any(t[i + 9])) p = i + 9;
    else if (n > 11 && strncasecmp(t + i, "one of them", 11) == 0) p = i + 11;
    else if (n > 5 && strncasecmp(t + i, "both", 4) == 0 && !word_byte_any(t[i + 4])) p = i + 4;
    else return 0;
    /* and speaks, as the subject of its verb ("The first, a chemist ...,
     * said"), not "The first was released on bail, police said" */
    if (t[p] == ',') {
        size_t q = p + 1;
        while (q < g->end && q < p + MEMBER_CUE_BYTES && t[q] != ',' && t[q] != '.') q++;
        if (q >= g->end || t[q] != ',') return 0;
        p = q + 1;
    }
    for (int w = 0; w < 3; w++) {           /* "has also said" */
        while (p < g->end && t[p] == ' ') p++;
        size_t q = p;
        while (q < g->end && word_byte_any(t[q])) q++;
        if (q == p || !rs_has_word(c->rs, WS_AUXILIARIES, t + p, q - p)) break;
        p = q;
    }
    if (scan_hits(c, g->start, g->end, &c->h2) < 0) return 0;
    for (size_t k = 0; k < c->h2.n; k++)
        if (c->h2.v[k].sec == PS_CUES && c->h2.v[k].s == p) return 1;
    return 0;
}

/* The sentence opens with a counted group of people, no cue of its own
 * for them: "Two former technicians at the plant contacted regulators". */
static int counted_then_members(actx *c) {
    const tok *t = c->t.v;
    size_t n = c->t.n;
    if (n < 4 || tok_count(c, &t[0]) < 2 || tok_is(c, &t[0], "both")) return 0;
    size_t head = 1;
    while (head < n && head < 4 && (t[head].flags & (T_WORD | T_CAP | T_POSS)) == T_WORD &&
           (tok_in(c, &t[head], WS_DESCRIPTORS) || !(people_noun(c, &t[head]) || tok_source_noun(c, &t[head]))))
        head++;
    if (head >= n || head >= 4 || (t[head].flags & (T_WORD | T_CAP | T_POSS)) != T_WORD ||
        (c->text[t[head].e - 1] | 0x20) != 's')
        return 0;
    if (section_starts_at(c, t[head + 1 < n ? head + 1 : head].s, PS_CUES)) return 0;   /* claims has it */
    if (!next_takes_member(c)) return 0;
    np_info np = np_classify(c, 0, head + 1);
    if (np.kind != NP_ANON || already_unnamed(c, np.sp)) return 0;
    return anonymous_emit(c, &np);
}

/* Is the phrase [a, head] a count of two or more people ("Two people",
 * "two former members")? */
static int counted_group(const actx *c, size_t a, size_t head) {
    const tok *t = c->t.v;
    if (a >= head || tok_count(c, &t[a]) < 2) return 0;
    return (c->text[t[head].e - 1] | 0x20) == 's' || tok_is(c, &t[head], "people");
}

/* Does `sp` open with "another" or "a" and an ordinal ("A second")? */
static int one_more(const actx *c, span sp) {
    const char *t = c->text + sp.start;
    size_t n = span_len(sp), i = 0;
    if (n > 8 && strncasecmp(t, "another ", 8) == 0) return 1;
    if (n < 3 || (t[0] | 0x20) != 'a' || t[1] != ' ') return 0;
    for (i = 2; i < n && word_byte_any(t[i]); i++)
        ;
    return rs_has_word(c->rs, WS_ORDINALS, t + 2, i - 2);
}

/* "a local health official said ...  A second official, at the district
 * hospital, gave a higher toll": "another" or "a second" and the head of
 * an unnamed source just given, opening a clause, is one more of them,
 * with or without a cue. */
static int another_of_kind(const actx *c, size_t a, size_t head) {
    const tok *t = c->t.v;
    size_t o = a;
    if (tok_is(c, &t[a], "a") && a + 1 < head && tok_in(c, &t[a + 1], WS_ORDINALS)) o = a + 1;
    else if (!tok_is(c, &t[a], "another")) return 0;
    if (head != o + 1 || (t[head].flags & T_CAP) || (c->text[t[head].e - 1] | 0x20) == 's') return 0;
    if (a > 0 && !tok_is_comma(c, &t[a - 1]) && !tok_in(c, &t[a - 1], WS_CLAUSE_WORDS)) return 0;
    /* its own verb, past an aside: "A second official was arrested"
     * tells of no source */
    size_t v = head + 1;
    if (v < c->t.n && tok_is_comma(c, &t[v]))
        for (v++; v < c->t.n && v < head + RIGHT_MAX_TOKENS && !(t[v].flags & T_PUNCT);) v++;
    if (v < c->t.n && tok_is_comma(c, &t[v])) v++;
    if (v >= c->t.n || tok_in(c, &t[v], WS_BE_FORMS) || tok_in(c, &t[v], WS_FINITE_AUXILIARIES)) return 0;
    /* a verb in the past, or a cue: not "Another official meeting is
     * planned", "a second official visit" (the head is a modifier there) */
    if (!section_starts_at(c, t[v].s, PS_CUES) && !tok_in(c, &t[v], WS_IRREGULAR_PASTS) &&
        !((t[v].flags & (T_WORD | T_CAP)) == T_WORD && word_ends_in(c->text + t[v].s, t[v].e - t[v].s, "ed", 2)))
        return 0;
    span h = span_make(t[head].s, t[head].e);
    const annotations *o2 = c->out;
    for (size_t i = o2->n, seen = 0; i-- > 0 && seen++ < DEFINITE_LOOKBACK;) {
        const annotation *y = &o2->v[i];
        if (y->whole.end > t[a].s) continue;
        if (t[a].s - y->whole.end > ANOTHER_BYTES) break;
        /* not one more of one more: a chain would reach past what an
         * edit re-reads */
        if (y->kind != KIND_ANONYMOUS || one_more(c, y->whole)) continue;
        span yh = head_word(c, y->whole);
        if (!span_is_null(yh) && span_len(yh) == span_len(h) &&
            strncasecmp(c->text + yh.start, c->text + h.start, span_len(h)) == 0)
            return 1;
    }
    return 0;
}

#define TAKEN_UP_SENTENCES 2  /* how soon "the diplomat said" takes up "A Western diplomat ..." */

/* "A Western diplomat who followed the talks closely was blunter.
 * \"...,\" the diplomat said.": an unnamed source that opens its sentence
 * with no cue of its own, whom one of the next sentences has speak as
 * "the" and the same head. */
/* "A teaching assistant at the school has been suspended", "A man was
 * arrested": the person the sentence is about, whom the next one's "she
 * denies" only relays -- is its first verb after `head` a passive? */
static int passive_after(const actx *c, size_t head) {
    const tok *t = c->t.v;
    for (size_t i = head + 1; i + 1 < c->t.n; i++) {
        if (!tok_in(c, &t[i], WS_BE_FORMS) && !tok_in(c, &t[i], WS_AUXILIARIES)) continue;
        const tok *v = &t[i + 1];
        return tok_is(c, v, "been") || tok_is(c, v, "being") ||
               ((v->flags & (T_WORD | T_CAP)) == T_WORD && word_ends_in(c->text + v->s, v->e - v->s, "ed", 2));
    }
    return 0;
}

int taken_up_later(actx *c, size_t a, size_t head) {
    const tok *t = c->t.v;
    if (a != 0 || !(tok_is(c, &t[a], "a") || tok_is(c, &t[a], "an") || tok_is(c, &t[a], "one")) ||
        (c->text[t[head].e - 1] | 0x20) == 's')
        return 0;
    for (size_t i = 0; i < c->h.n; i++)
        if (c->h.v[i].sec == PS_CUES) return 0;   /* claims has its verb */
    const char *x = c->text;
    size_t hn = t[head].e - t[head].s;
    for (size_t si = c->si + 1; si < c->segs.n && si <= c->si + TAKEN_UP_SENTENCES; si++) {
        const segment *g = &c->segs.v[si];
        if (g->para > c->segs.v[c->si].para + 1) break;
        for (size_t i = g->start; i + hn + 6 < g->end; i++) {
            if ((i > g->start && word_byte_any(x[i - 1])) || strncasecmp(x + i, "the ", 4) != 0 ||
                strncasecmp(x + i + 4, x + t[head].s, hn) != 0 || x[i + 4 + hn] != ' ')
                continue;
            if (scan_hits(c, g->start, g->end, &c->h2) < 0) return 0;
            for (size_t k = 0; k < c->h2.n; k++)
                if (c->h2.v[k].sec == PS_CUES && c->h2.v[k].s == i + 5 + hn) return 1;
        }
        /* "A Kalvori diplomat offered a mirror image of that account.
         * Selm, he said, had ...": the very next sentence has them speak
         * as "he" or "she" */
        if (si != c->si + 1 || g->para != c->segs.v[c->si].para || passive_after(c, head)) continue;
        for (size_t i = g->start; i + 5 < g->end; i++) {
            size_t pn = strncasecmp(x + i, "he ", 3) == 0 ? 2 : strncasecmp(x + i, "she ", 4) == 0 ? 3 : 0;
            if (!pn || (i > g->start && word_byte_any(x[i - 1]))) continue;
            if (scan_hits(c, g->start, g->end, &c->h2) < 0) return 0;
            for (size_t k = 0; k < c->h2.n; k++)
                if (c->h2.v[k].sec == PS_CUES && c->h2.v[k].s == i + pn + 1) return 1;
        }
    }
    return 0;
}

/* The phrase around source noun `head` that ends at token `last` (its
 * post-modifier, "nurses at the unit", or the head itself), and whether
 * the text marks it unnamed. */
static int mention_to(actx *c, size_t head, size_t last) {
    const tok *t = c->t.v;
    size_t a = head;
    while (a > 0 && head - a < RIGHT_MAX_TOKENS && left_ok(c, a - 1)) a--;
    /* "the returning officer", "the council's monitoring officer": the
     * post's own word belongs to the phrase (np_classify reads it) */
    if (a == head && head >= 2 && (c->text[t[head].e - 1] | 0x20) != 's' &&
        (t[head - 1].flags & (T_WORD | T_CAP)) == T_WORD &&
        word_ends_in(c->text + t[head - 1].s, t[head - 1].e - t[head - 1].s, "ing", 3) &&
        (tok_is(c, &t[head - 2], "the") || (t[head - 2].flags & T_POSS)))
        for (a = head - 1; a > 0 && head - a < RIGHT_MAX_TOKENS && left_ok(c, a - 1);) a--;
    while (a < head && tok_is(c, &t[a], "of")) a++;
    if (head + 1 < c->t.n && tok_namey(c, head + 1)) return 0;   /* official Jane Doe */
    /* "Dr Tomasz Reba, an astronomer at the institute who was not
     * involved": the phrase describes the name before it */
    if (a >= 2 && tok_is_comma(c, &t[a - 1]) && tok_namey(c, a - 2)) return 0;
    size_t b = last + 1;
    if (last == head && b < c->t.n && marker_in(c, t[b].s, t[b].e + 1)) {
        size_t lim = b + RIGHT_MAX_TOKENS;
        while (b < c->t.n && b < lim && !(t[b].flags & T_PUNCT) &&
               !tok_in(c, &t[b], WS_CLAUSE_WORDS) && !tok_is(c, &t[b], "said"))
            b++;
    }
    span sp = span_make(t[a].s, t[b - 1].e);
    if (already_unnamed(c, sp)) return 0;
    size_t marker = 0;
    if (!marker_in(c, sp.start, sp.end) && !cited_object(c, a) && !self_marked(c, a, head, last) &&
        !another_of_kind(c, a, head)) {
        size_t e = relative_marked(c, last, &marker);
        if (!e && !(counted_group(c, a, head) && next_marked(c)) && !taken_up_later(c, a, head)) return 0;
        if (e) {
            b = e;                           /* the first relative clause */
            sp = span_make(t[a].s, t[b - 1].e);
            if (already_unnamed(c, sp)) return 0;
        }
    }
    np_info np = np_classify(c, a, b);
    /* "The landlord, ..., and who asked not to be named": unnamed */
    if (marker > b) np_anon_by_aside(c, &np, a, b, marker + 1);
    if (np.kind != NP_ANON) return 0;
    return anonymous_emit(c, &np);
}

static int mention(actx *c, size_t head) {
    return mention_to(c, head, head);
}

int section_starts_at(const actx *c, size_t at, int sec) {
    for (size_t i = 0; i < c->h.n; i++)
        if (c->h.v[i].sec == sec && c->h.v[i].s == at) return 1;
    return 0;
}

int marker_starts_at(const actx *c, size_t at) {
    for (size_t i = 0; i < c->h.n; i++) {
        const hit *h = &c->h.v[i];
        if ((h->sec == PS_ANON_MARKERS || h->sec == PS_ANON_REASONS) && h->s == at) return 1;
    }
    return 0;
}

/* Does an outlet follow "spoke to" at token `i`: "the Gazette",
 * "reporters", "this newspaper"?  Not "spoke to the crowd". */
static int outlet_at(const actx *c, size_t i) {
    for (size_t j = i; j < c->t.n && j < i + 3; j++) {
        const tok *k = &c->t.v[j];
        if (!(k->flags & T_WORD)) return 0;
        if (k->flags & T_CAP) return 1;
        if (tok_in(c, k, WS_PRESS_NOUNS)) return 1;
        if (!tok_in(c, k, WS_DETERMINERS)) return 0;
    }
    return 0;
}

/* "Nine delivery drivers who work out of the depot spoke to the Gazette
 * over two weeks": people counted but not named who spoke to the paper
 * are its unnamed sources, before any cue or marker says so. */
static int counted_spoke_to(actx *c) {
    const tok *t = c->t.v;
    size_t n = c->t.n, v = 1;
    while (v + 2 < n && !(tok_in(c, &t[v], WS_UNPROMPTED_VERBS) &&
                          (tok_is(c, &t[v + 1], "to") || tok_is(c, &t[v + 1], "with"))))
        v++;
    if (v + 2 >= n || !outlet_at(c, v + 2)) return 0;
    size_t head = v - 1;
    int relative = 0;
    for (size_t w = v; w-- > 0 && v - w <= RELATIVE_SUBJECT_TOKENS;) {
        if (t[w].flags & T_PUNCT) break;
        if (tok_is(c, &t[w], "who")) {
            head = w - (w > 0);
            relative = w > 0;
            break;
        }
    }
    size_t end = v - 1;                  /* "who work out of the depot" is theirs */
    if (head > 0 && tok_is_comma(c, &t[head])) end = --head;   /* ", who spoke to ..." */
    /* "Three former employees of the agency spoke to ..." */
    for (size_t p = head; p-- > 1 && head - p <= 4 && (t[p].flags & T_WORD);)
        if (tok_is(c, &t[p], "of") || tok_is(c, &t[p], "at") || tok_is(c, &t[p], "from")) {
            if (!(t[p - 1].flags & T_CAP) && people_noun(c, &t[p - 1])) head = p - 1;
            break;
        }
    const tok *h = &t[head];
    /* "Residents who spoke to the Echo were divided": the sentence's
     * first word may be capitalised */
    if (((h->flags & T_CAP) && head > 0) || !(tok_source_noun(c, h) || people_noun(c, h))) return 0;
    size_t a = head;
    while (a > 0 && head - a < SUBJECT_MAX_TOKENS && (t[a - 1].flags & T_WORD) &&
           (!tok_in(c, &t[a - 1], WS_CLAUSE_WORDS) || tok_is(c, &t[a - 1], "and")))
        a--;
    /* the sentence's subject ("But eight former staff, who spoke to ...") */
    if (a > 0 && !tok_is_comma(c, &t[a - 1]) && !(a == 1 && tok_in(c, &t[0], WS_CLAUSE_WORDS))) return 0;
    int count = -1;
    for (size_t i = a; i < head; i++) {
        int k = tok_count(c, &t[i]);
        if (k > 1) count = k;
        /* not "The two leaders": people the text has named before */
        if ((tok_namey(c, i) && !tok_in(c, &t[i], WS_DESCRIPTORS)) || tok_in(c, &t[i], WS_DETERMINERS))
            return 0;
    }
    /* uncounted, only a plural the relative clause makes the story's
     * people ("Residents who spoke to the Echo") */
    if (count < 2 && !(relative && (c->text[h->e - 1] | 0x20) == 's' &&
                       (tok_source_noun(c, h) || tok_person_noun(c, h))))
        return 0;
    if (relative && tok_is(c, &t[v - 1], "who")) end = head;  /* "who spoke to" is not theirs */
    np_info np = unnamed_np(span_make(t[a].s, t[end].e), count);
    if (already_unnamed(c, np.sp)) return 0;
    return anonymous_emit(c, &np);
}

/* "cited two former guards and internal logs": people that are not
 * source nouns, in what a citing cue cites. */
static int cited_people(actx *c) {
    const tok *t = c->t.v;
    for (size_t i = 0; i < c->t.n; i++) {
        const tok *k = &t[i];
        if (!(k->flags & T_WORD) || (k->flags & T_CAP) || tok_source_noun(c, k) || !people_noun(c, k))
            continue;
        const tok *n = i + 1 < c->t.n ? &t[i + 1] : NULL;
        if (n && (n->flags & T_WORD) && !tok_is(c, n, "and") && !tok_in(c, n, WS_POSTMODIFIERS))
            continue;                        /* not the end of its phrase */
        if (cited_object(c, i) && mention(c, i) < 0) return -1;
    }
    return 0;
}

/* "Two executives at carriers that use the port said ...", "A manager
 * at a firm that supplies the army said ...": a counted person whose
 * phrase runs on into a relative clause before the cue is the cue's
 * subject, and unnamed. */

/* The claim of cue token `ci` whose source claims read inside the
 * relative clause at `rel` ("operate North Sea cables told ..."), or
 * that has none: its source is `sp`, unnamed or (`named`) not. */
static int subject_claim(actx *c, size_t first, span sp, size_t rel, size_t ci, int named) {
    const tok *t = c->t.v;
    /* not "Someone who was at the dinner said the coach had been told":
     * a cue after the subject's own is what it said */
    for (size_t i = 0; i < c->h.n; i++)
        if (c->h.v[i].sec == PS_CUES && c->h.v[i].s > t[rel].s && c->h.v[i].s < t[ci].s) return 0;
    for (size_t i = first; i < c->out->n; i++) {
        annotation *x = &c->out->v[i];
        if (x->kind != KIND_CLAIM || x->cue.start > t[ci].s || x->cue.end < t[ci].e) continue;
        if (span_is_null(x->source.name) || x->source.name.start < t[rel].s ||
            x->source.name.end > t[ci].s)
            return 0;
        span was = x->source.name;
        x->source.name = sp;
        x->source.anonymous = !named;
        if (x->whole.start > sp.start) x->whole.start = sp.start;
        if (named) drop_anonymous(c, was, c->out->n);
        return 0;
    }
    size_t n = c->out->n;
    if (add_claim_here(c, sp, span_null(), ci, ci + 1) < 0) return -1;
    if (named && c->out->n > n) c->out->v[c->out->n - 1].source.anonymous = 0;
    return 0;
}

static int relative_subjects(actx *c, size_t first) {
    const tok *t = c->t.v;
    for (size_t i = 0; i < c->h.n; i++) {
        const hit *h = &c->h.v[i];
        if (h->sec != PS_CUES) continue;
        size_t ci = tok_at(&c->t, h->s), rel = 0;
        if (ci >= c->t.n || t[ci].s != h->s) continue;
        for (size_t j = ci; j-- > 0 && ci - j <= RELATIVE_SUBJECT_TOKENS;) {
            if (t[j].flags & T_PUNCT) break;
            if (tok_is(c, &t[j], "that") || tok_is(c, &t[j], "who")) rel = j;
        }
        /* the relative clause opens with its verb ("that use the port"),
         * not a subject of its own ("a figure that independent analysts
         * say ...") */
        if (!rel || rel + 1 >= ci) continue;
        const tok *v = &t[rel + 1];
        /* "that represents about 3,000 drivers": a word before a count
         * is a verb, however it ends */
        const tok *o = &t[rel + 2];
        int verb = rel + 3 < ci && (v->flags & (T_WORD | T_CAP)) == T_WORD && !tok_in(c, v, WS_DETERMINERS) &&
                   !tok_in(c, v, WS_PRONOUNS) && !tok_in(c, v, WS_DESCRIPTORS) && tok_count(c, v) == -2 &&
                   !tok_in(c, v, WS_AUXILIARIES) && !tok_source_noun(c, v) &&
                   ((o->flags & T_NUM) || (tok_count(c, o) > 1 && !tok_in(c, o, WS_DETERMINERS)) ||
                    ((o->flags & T_WORD) && (t[rel + 3].flags & T_NUM)));
        if (!verb && ((v->flags & T_CAP) || tok_in(c, v, WS_DETERMINERS) || tok_in(c, v, WS_DESCRIPTORS) ||
                      tok_in(c, v, WS_PRONOUNS) || tok_count(c, v) > -2 ||
                      tok_source_noun(c, v) ||
                      /* "that analysts say", not "that operate" (ends as "advocate") */
                      (people_noun(c, v) && ((c->text[v->e - 1] | 0x20) == 's' || tok_in(c, v, WS_PARTY_NOUNS)))))
            continue;
        size_t a = rel;
        while (a > 0 && rel - a < RIGHT_MAX_TOKENS && !(t[a - 1].flags & T_PUNCT) &&
               !tok_in(c, &t[a - 1], WS_CLAUSE_WORDS))
            a--;
        if (a == rel) continue;
        /* "Those who know her say she will fight on": the relative
         * clause is all the phrase says of them */
        if (a == 0 && rel == 1 && tok_is(c, &t[0], "those") && tok_is(c, &t[1], "who")) {
            np_info np = np_classify(c, 0, ci);
            if (np.kind != NP_ANON) continue;
            if (!already_unnamed(c, np.sp) && anonymous_emit(c, &np) < 0) return -1;
            if (subject_claim(c, first, np.sp, rel, ci, 0) < 0) return -1;
            continue;
        }
        /* "Executives at two of the firms that operate ...": a bare
         * plural source noun opening the sentence, counted or not */
        int counted = tok_count(c, &t[a]) >= 1;
        /* "The union that represents 3,000 drivers said": a party the
         * story names, not the people of its relative clause */
        int cue_before = 0;                  /* "The inquest heard that ..." */
        for (size_t j = 0; j < c->h.n; j++)
            cue_before |= c->h.v[j].sec == PS_CUES && c->h.v[j].s >= t[a].s && c->h.v[j].s < t[rel].s;
        /* "Two board members said that ...": "that" after a cue opens
         * what they said, no relative clause */
        if (cue_before) continue;
        if (rel - a <= 6 && verb) {
            np_info np = np_classify(c, a, rel);
            if (np.kind == NP_NAMED && subject_claim(c, first, np.sp, rel, ci, 1) < 0) return -1;
            if (np.kind == NP_NAMED) continue;
        }
        if (!counted && !(a == 0 && tok_source_noun(c, &t[a]) &&
                          ((c->text[t[a].e - 1] | 0x20) == 's' || tok_is(c, &t[a], "people")) &&
                          a + 1 < rel && tok_in(c, &t[a + 1], WS_PEOPLE_PREPOSITIONS)))
            continue;
        size_t head = a + 1;
        while (head < rel && !tok_in(c, &t[head], WS_POSTMODIFIERS)) head++;
        if (head == rel || head == a + 1) head = rel;
        head--;
        if (!counted) head = a;
        if (!tok_source_noun(c, &t[head]) && !people_noun(c, &t[head])) continue;
        np_info np = np_classify(c, a, rel);
        if (np.kind != NP_ANON) continue;
        if (!already_unnamed(c, np.sp) && anonymous_emit(c, &np) < 0) return -1;
        if (subject_claim(c, first, np.sp, rel, ci, 0) < 0) return -1;
    }
    return 0;
}

/* Does a citing cue stand in the sentence? */
static int sentence_cites(const actx *c) {
    for (size_t i = 0; i < c->h.n; i++) {
        const hit *h = &c->h.v[i];
        if (h->sec == PS_CUES && citing_hit(c, h)) return 1;
    }
    return 0;
}

/* Any anonymity marker in the sentence?  Most sentences have none. */
static int sentence_marked(const actx *c) {
    for (size_t i = 0; i < c->h.n; i++)
        if (c->h.v[i].sec == PS_ANON_MARKERS) return 1;
    return 0;
}

/* The people noun whose post-modifier ends at token `last`: "Four
 * nurses at the Riverside unit", "two drivers from the depot" (a plain
 * preposition, no punctuation and no other noun for people between).
 * SIZE_MAX when there is none. */
static size_t postmodified_head(actx *c, size_t last) {
    const tok *t = c->t.v;
    for (size_t p = last; p-- > 0 && last - p <= RIGHT_MAX_TOKENS;) {
        if (!(t[p].flags & T_WORD) || tok_in(c, &t[p], WS_CLAUSE_WORDS)) return SIZE_MAX;
        if (!tok_in(c, &t[p], WS_PEOPLE_PREPOSITIONS)) continue;
        if (p == 0 || p == last) return SIZE_MAX;
        const tok *h = &t[p - 1];
        return (h->flags & T_WORD) && !(h->flags & T_CAP) &&
               (tok_source_noun(c, h) || people_noun(c, h)) ? p - 1 : SIZE_MAX;
    }
    return SIZE_MAX;
}

/* "One landlord who owns three buildings, and who asked not to be named,
 * told ...": a noun for a person, not only a source noun, when a relative
 * clause marks it unnamed; also behind its post-modifier ("Four nurses at
 * the Riverside unit, who asked not to be named, ..."). */
static int relative_people(actx *c) {
    const tok *t = c->t.v;
    for (size_t i = 0; i + 1 < c->t.n; i++) {
        size_t w = i + 1;
        if (tok_is_comma(c, &t[w]) && w + 1 < c->t.n) w++;
        if (!aside_opener(c, &t[w]) || !(t[i].flags & T_WORD)) continue;
        if (!tok_source_noun(c, &t[i]) && people_noun(c, &t[i])) {
            if (mention(c, i) < 0) return -1;
            continue;
        }
        size_t head = postmodified_head(c, i);
        if (head != SIZE_MAX && mention_to(c, head, i) < 0) return -1;
    }
    return 0;
}

/* Is there an anonymous annotation in this sentence before byte `at`? */
const annotation *anon_in_sentence(const actx *c, size_t first, size_t at) {
    for (size_t i = first; i < c->out->n; i++) {
        const annotation *x = &c->out->v[i];
        if (x->kind == KIND_ANONYMOUS && x->whole.start >= c->sent.start && x->whole.end <= at) return x;
    }
    return NULL;
}

/* "Two senior civil servants, neither of whom was authorised to discuss
 * the matter, said ...": the aside's "of whom" points back at the
 * unnamed people just given, and its marker says they stay unnamed. */
static int whom_aside(actx *c, size_t first) {
    const tok *t = c->t.v;
    for (size_t i = 1; i + 3 < c->t.n; i++) {
        if (!tok_is_comma(c, &t[i - 1]) || !tok_in(c, &t[i], WS_BACK_PRONOUNS) ||
            !tok_is(c, &t[i + 1], "of") || !tok_is(c, &t[i + 2], "whom"))
            continue;
        size_t e = i + 3;
        while (e < c->t.n && !(t[e].flags & T_PUNCT)) e++;
        if (!marker_in(c, t[i].s, t[e - 1].e)) continue;
        const annotation *y = anon_in_sentence(c, first, t[i - 1].s);
        if (!y || y->whole.end != t[i - 2].e) continue;
        np_info np = unnamed_np(span_make(t[i].s, t[i + 2].e), tok_is(c, &t[i], "both") ? 2 : y->count);
        if (anonymous_emit(c, &np) < 0) return -1;
    }
    return 0;
}

/* Only words, no punctuation nor cue, in [s, e): "four deckhands [on the
 * island route], one of whom": the rest of the phrase. */
static int words_only(const actx *c, size_t s, size_t e) {
    for (size_t k = tok_at(&c->t, s); k < c->t.n && c->t.v[k].s < e; k++)
        if (!(c->t.v[k].flags & T_WORD) || section_starts_at(c, c->t.v[k].s, PS_CUES)) return 0;
    return 1;
}

/* The token before cue token `v` and its auxiliaries ("whom [has
 * since] said"), or SIZE_MAX. */
static size_t before_verb_group(const actx *c, size_t v) {
    size_t p = v;
    while (p > 0 && v - p < 4 && tok_in(c, &c->t.v[p - 1], WS_AUXILIARIES)) p--;
    return p > 0 ? p - 1 : SIZE_MAX;
}

/* "according to two people with knowledge of the review, one of whom
 * described the data as \"compelling\"": a count and "of whom" right
 * after the unnamed people, then a cue, is one or more of them speaking
 * (claims finds no subject there). */
static int whom_speaks(actx *c, size_t first) {
    const tok *t = c->t.v;
    for (size_t h = 0; h < c->h.n; h++) {
        if (c->h.v[h].sec != PS_CUES) continue;
        size_t v = tok_at(&c->t, c->h.v[h].s), i = before_verb_group(c, v);
        if (v >= c->t.n || t[v].s != c->h.v[h].s || i == SIZE_MAX || i < 4) continue;
        i -= 2;                              /* "one" of "one of whom" */
        if (!tok_is(c, &t[i + 2], "whom") || !tok_is(c, &t[i + 1], "of") || !tok_is_comma(c, &t[i - 1]))
            continue;
        /* "none of whom", "neither of whom" speak only through a marker
         * (whom_aside) */
        int count = tok_count(c, &t[i]);
        if (count == -2 || tok_is(c, &t[i], "a") || tok_is(c, &t[i], "an") || tok_is(c, &t[i], "other"))
            continue;
        const annotation *y = anon_in_sentence(c, first, t[i - 1].s);
        if (!y || !words_only(c, y->whole.end, t[i - 1].s)) continue;
        np_info np = unnamed_np(span_make(t[i].s, t[i + 2].e), count);
        if (already_unnamed(c, np.sp)) continue;
        /* y points into the output, which emitting may move */
        span refers = y->whole;
        if (anonymous_emit(c, &np) < 0) return -1;
        int had = 0;
        for (size_t k = first; k < c->out->n && !had; k++) {
            annotation *x = &c->out->v[k];
            if (x->kind != KIND_CLAIM || x->cue.start != t[v].s) continue;
            had = 1;
            if (!span_is_null(x->source.name) && x->source.name.start < t[i].s) continue;
            x->source.name = np.sp;
            x->source.anonymous = 1;
            x->source.refers_to = refers;
        }
        if (!had && add_claim_here(c, np.sp, refers, v, v + 1) < 0) return -1;
    }
    return 0;
}

/* "two members of the panel that considered theatre applications, who
 * asked not to be identified because ..., told the Courier that ...": a
 * relative clause inside the subject and a ", who ...," aside after it
 * hide the subject from claims.  The phrase before the "that", when it
 * reads as unnamed people, is the source of the cue after the aside. */
static int subject_behind_relative(actx *c, size_t first) {
    const tok *t = c->t.v;
    for (size_t h = 0; h < c->h.n; h++) {
        if (c->h.v[h].sec != PS_CUES) continue;
        /* the cue, right after the aside's closing comma */
        size_t v = tok_at(&c->t, c->h.v[h].s), e = before_verb_group(c, v);
        if (v >= c->t.n || t[v].s != c->h.v[h].s || e == SIZE_MAX || e < 5 || !tok_is_comma(c, &t[e]))
            continue;
        size_t w = e - 1;
        while (w > 0 && e - w < RELATIVE_MAX_TOKENS && !(t[w - 1].flags & T_PUNCT)) w--;
        if (w < 3 || !tok_is_comma(c, &t[w - 1]) || !tok_is(c, &t[w], "who")) continue;
        size_t r = w - 1;
        while (r-- > 0 && w - r <= RIGHT_MAX_TOKENS && !(t[r].flags & T_PUNCT) &&
               !tok_is(c, &t[r], "that") && !tok_is(c, &t[r], "which"))
            ;
        if (r == SIZE_MAX || w - r > RIGHT_MAX_TOKENS || !(tok_is(c, &t[r], "that") || tok_is(c, &t[r], "which")))
            continue;
        size_t a = r;
        while (a > 0 && r - a < RIGHT_MAX_TOKENS && (t[a - 1].flags & T_WORD) &&
               !tok_in(c, &t[a - 1], WS_CLAUSE_WORDS))
            a--;
        if (a == r || (a > 0 && !(t[a - 1].flags & T_PUNCT) && !tok_in(c, &t[a - 1], WS_CLAUSE_WORDS)))
            continue;
        np_info np = np_classify(c, a, r);
        if (np.kind != NP_ANON) continue;
        if (!already_unnamed(c, np.sp) && anonymous_emit(c, &np) < 0) return -1;
        int had = 0;
        for (size_t k = first; k < c->out->n && !had; k++) {
            annotation *x = &c->out->v[k];
            if (x->kind != KIND_CLAIM || x->cue.start != t[v].s) continue;
            had = 1;
            /* claims read the aside, or the clause's own subject */
            if (!span_is_null(x->source.name) && x->source.name.start < t[a].s) continue;
            span old = x->source.name;
            int was = x->source.anonymous;
            x->source.name = np.sp;
            x->source.anonymous = 1;
            if (x->whole.start > np.sp.start) x->whole.start = np.sp.start;
            if (was && !span_is_null(old)) drop_anonymous(c, old, 0);
        }
        if (!had && add_claim_here(c, np.sp, span_null(), v, v + 1) < 0) return -1;
    }
    return 0;
}

/* "according to three current and former executives familiar with the
 * plans": the cited phrase stops at "and", leaving "three current" as
 * one source and the rest as another.  A source that ends on a
 * descriptor, then "and", then the other: one phrase. */
static int joined_descriptors(actx *c, size_t first) {
    const tok *t = c->t.v;
    for (size_t i = first; i < c->out->n; i++) {
        annotation *x = &c->out->v[i];
        if (x->kind != KIND_ANONYMOUS) continue;
        size_t k = tok_at(&c->t, x->whole.end);
        if (k == 0 || k + 1 >= c->t.n || !tok_is(c, &t[k], "and") || t[k - 1].e != x->whole.end ||
            !tok_in(c, &t[k - 1], WS_DESCRIPTORS))
            continue;
        for (size_t j = first; j < c->out->n; j++) {
            annotation *y = &c->out->v[j];
            if (y->kind != KIND_ANONYMOUS || y->whole.start != t[k + 1].s) continue;
            span was = x->whole, whole = span_make(was.start, y->whole.end);
            int count = x->count > 0 && y->count > 0 && tok_count(c, &t[k + 1]) > 0 ? x->count + y->count :
                        x->count;
            for (size_t m = first; m < c->out->n; m++) {
                annotation *z = &c->out->v[m];
                if (z->kind == KIND_CLAIM && z->source.name.start == was.start && z->source.name.end == was.end)
                    z->source.name = whole;
            }
            x->whole = whole;
            x->count = count;
            if (x->ndescriptors < ANN_MAX_DESCRIPTORS && !(t[k - 1].flags & T_NUM) && tok_count(c, &t[k - 1]) == -2)
                x->descriptors[x->ndescriptors++] = span_make(t[k - 1].s, t[k - 1].e);
            for (int d = 0; d < y->ndescriptors && x->ndescriptors < ANN_MAX_DESCRIPTORS; d++)
                x->descriptors[x->ndescriptors++] = y->descriptors[d];
            if (span_is_null(x->reason)) x->reason = y->reason;
            memmove(y, y + 1, (c->out->n - j - 1) * sizeof *y);
            c->out->n--;
            if (j < i) i--;
            break;
        }
    }
    return 0;
}

/* "Officer B, who cannot be identified, told the panel", "Witness C
 * said", "Mr X told the court": a role and a lone capital letter is a
 * cipher a court or inquiry gives someone it keeps unnamed; claims read
 * the capitals as a name. */
static int cipher_sources(actx *c, size_t first) {
    const tok *t = c->t.v;
    for (size_t i = first; i < c->out->n; i++) {
        annotation *x = named_claim(c->out, i);
        if (!x) continue;
        size_t k = tok_at(&c->t, x->source.name.start), m = tok_past(&c->t, k, x->source.name.end);
        if (k < c->t.n && tok_is(c, &t[k], "the")) k++;
        if (k >= c->t.n || m != k + 2 || t[m - 1].e != x->source.name.end) continue;
        const tok *r = &t[k], *l = &t[k + 1];
        char ch = c->text[l->s];
        if (l->e - l->s != 1 || ch < 'A' || ch > 'Z' || ch == 'I' || (r->flags & T_POSS) ||
            !(tok_in(c, r, WS_TITLES) || tok_in(c, r, WS_ABBREVIATIONS) || tok_person_noun(c, r) ||
              tok_source_noun(c, r)))
            continue;
        /* not "J" of "Malcolm J. Ward": the letter stands alone */
        if (l->e < c->len && (c->text[l->e] == '.' || c->text[l->e] == '&' || c->text[l->e] == '-') &&
            l->e + 1 < c->len && c->text[l->e + 1] != ' ' && c->text[l->e + 1] != '\n')
            continue;
        np_info np = unnamed_np(x->source.name, 1);
        x->source.anonymous = 1;
        if (anonymous_emit(c, &np) < 0) return -1;
    }
    return 0;
}

/* A claim of this sentence, read off what claims already gave. */
int add_claim_here(actx *c, span source, span refers, size_t cue, size_t after) {
    const tok *t = c->t.v;
    const hit *h = NULL;
    for (size_t i = 0; i < c->h.n && !h; i++)
        if (c->h.v[i].sec == PS_CUES && c->h.v[i].s == t[cue].s) h = &c->h.v[i];
    if (!h) return 0;
    size_t last = c->t.n, from = tok_at(&c->t, h->e);
    while (last > from && (t[last - 1].flags & T_PUNCT)) last--;
    if (from >= last) return 0;
    (void)after;
    annotation a = annotation_make(KIND_CLAIM, span_make(source.start, t[last - 1].e));
    a.source.name = source;
    a.source.anonymous = 1;
    a.source.refers_to = refers;
    a.cue = span_make(h->s, h->e);
    a.content = span_make(t[from].s, t[last - 1].e);
    return emit(c, &a);
}

/* "According to those close to him, the coach has not decided": "those"
 * and a post-modifier are unnamed people, though no noun says so; claims
 * finds no source noun in what the cue cites and gives up. */
static int cited_those(actx *c, size_t first) {
    const tok *t = c->t.v;
    for (size_t h = 0; h < c->h.n; h++) {
        const hit *x = &c->h.v[h];
        if (x->sec != PS_CUES || c->rs->pat[PS_CUES].v[x->entry].shape != CUE_ACCORDING) continue;
        size_t a = tok_at(&c->t, x->e);
        if (a + 2 >= c->t.n || !tok_is(c, &t[a], "those") || !tok_in(c, &t[a + 1], WS_POSTMODIFIERS)) continue;
        size_t b = a + 2;
        while (b < c->t.n && b < a + RIGHT_MAX_TOKENS && !(t[b].flags & T_PUNCT) && !tok_in(c, &t[b], WS_CLAUSE_WORDS))
            b++;
        np_info np = np_classify(c, a, b);
        if (np.kind != NP_ANON || already_unnamed(c, np.sp)) continue;
        int had = 0;
        for (size_t k = first; k < c->out->n && !had; k++)
            had = c->out->v[k].kind == KIND_CLAIM && c->out->v[k].cue.start == x->s;
        if (anonymous_emit(c, &np) < 0) return -1;
        if (had) continue;
        /* what is cited: the sentence after the phrase ("According to
         * ..., X"), or before the cue ("X, according to ...") */
        size_t ci = tok_at(&c->t, x->s), last = c->t.n;
        while (last > 0 && (t[last - 1].flags & T_PUNCT)) last--;
        span content = span_null();
        if (b + 1 < last && tok_is_comma(c, &t[b]) && ci == 0) content = span_make(t[b + 1].s, t[last - 1].e);
        else if (ci > 1 && b >= last) {
            size_t ce = ci - 1;
            while (ce > 0 && (t[ce].flags & T_PUNCT)) ce--;
            content = span_make(t[0].s, t[ce].e);
        }
        if (span_is_null(content)) continue;
        annotation cl = annotation_make(KIND_CLAIM, span_make(t[0].s, t[last - 1].e));
        cl.source.name = np.sp;
        cl.source.anonymous = 1;
        cl.cue = span_make(x->s, x->e);
        cl.content = content;
        if (emit(c, &cl) < 0) return -1;
    }
    return 0;
}

int anonymous_unprompted(const actx *c) {
    const char *t = c->text;
    size_t e = c->sent.end;
    /* "Two former technicians at the plant contacted regulators.": a
     * counted group the next sentence may take up (counted_then_members) */
    size_t w = c->sent.start;
    while (w < e && word_byte_any(t[w])) w++;
    if (w > c->sent.start && rs_count_of(c->rs, t + c->sent.start, w - c->sent.start) >= 2) return 1;
    /* "One nurse on the night shift was in tears.": a person the next
     * sentences may have speak (described_then_speaks) */
    if ((w == c->sent.start + 1 && t[c->sent.start] == 'A') ||
        (w == c->sent.start + 2 && strncmp(t + c->sent.start, "An", 2) == 0) ||
        (w == c->sent.start + 3 && strncmp(t + c->sent.start, "One", 3) == 0))
        return 1;
    /* only a sentence that opens with a quotation can be one */
    int quoted = t[c->sent.start] == '"' || (unsigned char)t[c->sent.start] == 0xE2;
    for (size_t i = c->sent.start; i + 5 < e; i++) {
        if (quoted && quote_then_word(t, i, e)) return 1;
        /* a hash probe for every word of every sentence without hits
         * would cost: only words starting as one of the verbs do */
        if (!rs_may_start(c->rs, WS_UNPROMPTED_VERBS, (unsigned char)t[i]) ||
            (i > c->sent.start && word_byte_any(t[i - 1])))
            continue;
        size_t j = i;
        while (j < e && word_byte_any(t[j])) j++;
        if (rs_has_word(c->rs, WS_UNPROMPTED_VERBS, t + i, j - i)) return 1;
        i = j;
    }
    return 0;
}

int anonymous_run(actx *c) {
    size_t first = c->out->n;
    while (first > 0 && c->out->v[first - 1].whole.start >= c->sent.start) first--;
    if (cipher_sources(c, first) < 0 || definite_back(c, first) < 0 || pronoun_sources(c, first) < 0 ||
        possessed_back(c, first) < 0)
        return -1;
    if (pronoun_back(c) < 0 || count_back(c) < 0) return -1;
    if (sentence_marked(c) && (relative_people(c) < 0 || subject_marked(c) < 0)) return -1;
    if (sentence_cites(c) && (cited_people(c) < 0 || cited_those(c, first) < 0)) return -1;
    if (relative_subjects(c, first) < 0 || counted_spoke_to(c) < 0) return -1;
    for (size_t i = 0; i < c->h.n; i++) {
        const hit *h = &c->h.v[i];
        if (h->sec != PS_SOURCE_NOUNS) continue;
        size_t k = tok_at(&c->t, h->s);
        if (k >= c->t.n || c->t.v[k].s != h->s) continue;
        if (mention(c, k) < 0) return -1;
    }
    if (sentence_marked(c) && (marked_after(c, first) < 0 || whom_aside(c, first) < 0)) return -1;
    if (whom_speaks(c, first) < 0 || joined_descriptors(c, first) < 0) return -1;
    if (subject_behind_relative(c, first) < 0) return -1;
    postmodifier_sources(c, first);
    if (counted_then_members(c) < 0) return -1;
    if (unlisted_verb(c) < 0 || inverted_unlisted(c) < 0 || headline_sources(c) < 0 || with_warning(c) < 0 ||
        interviewed_people(c) < 0 || leaked_by(c) < 0 || headline_bare(c, first) < 0 || demand_subjects(c) < 0 ||
        definite_demand_subjects(c) < 0 || pronoun_demand_subjects(c) < 0)
        return -1;
    if (with_one(c, first) < 0 || described_then_speaks(c) < 0) return -1;
    named_after_all(c, first);
    return 0;
}
