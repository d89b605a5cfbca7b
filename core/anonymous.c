/* anonymous.c -- sources the reader cannot check.  Most are found as the
 * source of a claim (claims.c hands them here); the rest are source nouns
 * the text marks as unnamed without a cue of their own: "two officials
 * familiar with the matter", "people briefed on the talks". */
#include <ctype.h>
#include <string.h>
#include <strings.h>
#include <stdint.h>
#include "analysers.h"

#define RIGHT_MAX_TOKENS 8
#define RELATIVE_MAX_TOKENS 30
#define CITED_MAX_TOKENS 10   /* from a citing cue to what it cites */
#define RELATIVE_SUBJECT_TOKENS 16 /* from a subject's "that" to its cue */
#define SUBJECT_MAX_TOKENS 5   /* "The two senior employees" */
#define SUBJECT_MARKER_TOKENS 12 /* from the subject to its marker */
#define BACK_LOOKBACK 24      /* annotations searched for a pronoun's source */
#define BACK_BYTES 800        /* how far back that source may start */
#define DEFINITE_BYTES 3800   /* how far back "the official" looks for its source (within ANALYSE_LOOKBACK_BYTES) */
#define DEFINITE_LOOKBACK 64  /* annotations it searches */
#define MEMBER_CUE_BYTES 120 /* "The first, a chemist who left in 2023, said" */
#define ANOTHER_BYTES 1500    /* how far back "another official" looks for the first */

static int overlaps(span a, span b) {
    return a.start < b.end && b.start < a.end;
}

static int is_word_byte(char ch) {
    return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') ||
           (unsigned char)ch >= 0x80;
}

static int already(actx *c, span sp) {
    for (int i = 0; i < c->nanon_done; i++)
        if (overlaps(c->anon_done[i], sp)) return 1;
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
    if (already(c, np->sp)) return 0;
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
static int emit_unnamed(actx *c, size_t a, size_t b) {
    np_info np = np_classify(c, a, b);
    if (np.kind != NP_ANON || already(c, np.sp)) return 0;
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
static int left_ok(const actx *c, size_t i) {
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

static int cue_at(const actx *c, size_t at) {
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
            !memchr(c->text + k->s, '-', k->e - k->s) && !cue_at(c, t[i - 1].s) &&
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
        while (i < g->end && !is_word_byte(t[i])) i++;
        if (i >= g->end) break;
        w[n++] = i;
        while (i < g->end && is_word_byte(t[i])) i++;
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

static int people_noun(const actx *c, const tok *k);
static int hit_from_sec(const actx *c, size_t at, int sec);

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
    while (i < g->end && !is_word_byte(t[i])) i++;
    size_t n = g->end - i, p = 0;
    if (n > 10 && strncasecmp(t + i, "the first", 9) == 0 && !is_word_byte(t[i + 9])) p = i + 9;
    else if (n > 11 && strncasecmp(t + i, "one of them", 11) == 0) p = i + 11;
    else if (n > 5 && strncasecmp(t + i, "both", 4) == 0 && !is_word_byte(t[i + 4])) p = i + 4;
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
        while (q < g->end && is_word_byte(t[q])) q++;
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
    if (hit_from_sec(c, t[head + 1 < n ? head + 1 : head].s, PS_CUES)) return 0;   /* claims has it */
    if (!next_takes_member(c)) return 0;
    np_info np = np_classify(c, 0, head + 1);
    if (np.kind != NP_ANON || already(c, np.sp)) return 0;
    return anonymous_emit(c, &np);
}

/* Is the phrase [a, head] a count of two or more people ("Two people",
 * "two former members")? */
static int counted_group(const actx *c, size_t a, size_t head) {
    const tok *t = c->t.v;
    if (a >= head || tok_count(c, &t[a]) < 2) return 0;
    return (c->text[t[head].e - 1] | 0x20) == 's' || tok_is(c, &t[head], "people");
}

static span head_word(const actx *c, span sp);

/* Does `sp` open with "another" or "a" and an ordinal ("A second")? */
static int one_more(const actx *c, span sp) {
    const char *t = c->text + sp.start;
    size_t n = span_len(sp), i = 0;
    if (n > 8 && strncasecmp(t, "another ", 8) == 0) return 1;
    if (n < 3 || (t[0] | 0x20) != 'a' || t[1] != ' ') return 0;
    for (i = 2; i < n && is_word_byte(t[i]); i++)
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
    if (!hit_from_sec(c, t[v].s, PS_CUES) && !tok_in(c, &t[v], WS_IRREGULAR_PASTS) &&
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

static int taken_up_later(actx *c, size_t a, size_t head) {
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
            if ((i > g->start && is_word_byte(x[i - 1])) || strncasecmp(x + i, "the ", 4) != 0 ||
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
            if (!pn || (i > g->start && is_word_byte(x[i - 1]))) continue;
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
    if (already(c, sp)) return 0;
    size_t marker = 0;
    if (!marker_in(c, sp.start, sp.end) && !cited_object(c, a) && !self_marked(c, a, head, last) &&
        !another_of_kind(c, a, head)) {
        size_t e = relative_marked(c, last, &marker);
        if (!e && !(counted_group(c, a, head) && next_marked(c)) && !taken_up_later(c, a, head)) return 0;
        if (e) {
            b = e;                           /* the first relative clause */
            sp = span_make(t[a].s, t[b - 1].e);
            if (already(c, sp)) return 0;
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

static int hit_from_sec(const actx *c, size_t at, int sec) {
    for (size_t i = 0; i < c->h.n; i++)
        if (c->h.v[i].sec == sec && c->h.v[i].s == at) return 1;
    return 0;
}

static int hit_from(const actx *c, size_t at) {
    for (size_t i = 0; i < c->h.n; i++) {
        const hit *h = &c->h.v[i];
        if ((h->sec == PS_ANON_MARKERS || h->sec == PS_ANON_REASONS) && h->s == at) return 1;
    }
    return 0;
}

static span head_word(const actx *c, span sp);

/* "his mother, a 52-year-old school cook", "the driver": a person the
 * story describes and does not name -- a determiner first, no capital
 * after it, and a noun for a person at the head, not a body or a post. */
static int described_unnamed(const actx *c, span sp) {
    const char *t = c->text;
    span h = head_word(c, sp);
    if (span_is_null(h)) return 0;
    const char *w = t + h.start;
    size_t n = span_len(h), i = sp.start;
    if (n && (w[n - 1] | 0x20) == 's') n--;  /* "the workers" */
    if (rs_has_word(c->rs, WS_ORG_NOUNS, w, span_len(h)) || rs_has_word(c->rs, WS_TITLES, w, span_len(h)) ||
        rs_has_word(c->rs, WS_PERSON_LOOKALIKES, w, n) || !rs_person_suffix(c->rs, w, n))
        return 0;
    while (i < sp.end && is_word_byte(t[i])) i++;
    if (!rs_has_word(c->rs, WS_DETERMINERS, t + sp.start, i - sp.start)) return 0;
    int kin = rs_has_word(c->rs, WS_KIN_NOUNS, w, span_len(h));
    for (; i < sp.end; i++) {
        if (t[i] >= 'A' && t[i] <= 'Z' && !is_word_byte(t[i - 1])) return 0;
        /* "the company's lawyer": a post at a body, which the story can
         * name (not "her neighbour's daughter") */
        if (t[i] == ',') break;
        if (!kin && (t[i] == '\'' || (unsigned char)t[i] == 0xE2)) return 0;
    }
    return 1;
}

/* "..., his mother, a school cook, said.  She asked that her surname not
 * be published": the marker makes the person just described unnamed,
 * though nothing in the description did. */
static int described_back(actx *c, size_t i, size_t at) {
    annotation *x = &c->out->v[i];
    if (x->kind != KIND_CLAIM || x->source.anonymous || span_is_null(x->source.name) ||
        x->source.name.end > at || !described_unnamed(c, x->source.name))
        return 0;
    x->source.anonymous = 1;
    np_info np;
    memset(&np, 0, sizeof np);
    np.kind = NP_ANON;
    np.sp = x->source.name;
    span h = head_word(c, np.sp);             /* "the workers": how many, unsaid */
    np.count = (c->text[h.end - 1] | 0x20) == 's' ? -1 : 1;
    return already(c, np.sp) ? 0 : anonymous_emit(c, &np);
}

/* "They asked not to be named ...", "Both spoke on condition of
 * anonymity": a pronoun opening the sentence points back at the unnamed
 * sources just given, and the text says so. */
static int pronoun_back(actx *c) {
    if (c->t.n < 3 || !tok_in(c, &c->t.v[0], WS_BACK_PRONOUNS)) return 0;
    size_t k = tok_in(c, &c->t.v[1], WS_BACK_VERBS) ? 2 : 1;
    /* "None wished to be named": the marker opens with the pronoun */
    if (!hit_from(c, c->t.v[k].s) && !hit_from(c, c->t.v[1].s) && !hit_from(c, c->t.v[0].s))
        return 0;
    const annotations *o = c->out;
    size_t at = c->t.v[0].s;
    int claim_seen = 0;
    for (size_t i = o->n, seen = 0; i-- > 0 && seen++ < 16;) {
        const annotation *x = &o->v[i];
        if (x->whole.end <= at && at - x->whole.end > 600) return 0;
        /* the latest claim's source, when the text describes and does not
         * name it */
        if (x->kind == KIND_CLAIM && x->whole.end <= at && !claim_seen) {
            claim_seen = 1;
            int r = described_back(c, i, at);
            if (r < 0) return -1;
            x = &o->v[i];
            if (r) x = &o->v[o->n - 1];      /* the anonymous one just given */
        }
        if (x->kind != KIND_ANONYMOUS || x->whole.end > at) continue;
        np_info np;
        memset(&np, 0, sizeof np);
        np.kind = NP_ANON;
        np.sp = span_make(at, c->t.v[0].e);
        np.count = tok_is(c, &c->t.v[0], "both") ? 2 :
                   (tok_is(c, &c->t.v[0], "he") || tok_is(c, &c->t.v[0], "she")) ? 1 : x->count;
        size_t ante = x - o->v, n = o->n;
        if (anonymous_emit(c, &np) < 0) return -1;
        /* "They spoke on condition of anonymity because the talks are
         * confidential": the reason is the sources' just given too */
        if (o->n > n && span_is_null(o->v[ante].reason)) o->v[ante].reason = o->v[o->n - 1].reason;
        return 0;
    }
    return 0;
}

/* Does `sp` lie in what another claim (one of the few before index `i`)
 * reports: "she said internal polls showed ...; \"...,\" she said" --
 * the polls are what she said, not who speaks next. */
static int inside_content(const actx *c, span sp, size_t i) {
    for (size_t j = i, seen = 0; j-- > 0 && seen++ < 4;) {
        const annotation *y = &c->out->v[j];
        if (y->kind == KIND_CLAIM && !span_is_null(y->content) && y->content.start <= sp.start &&
            sp.end <= y->content.end)
            return 1;
    }
    return 0;
}

/* The source a pronoun at `at` points back to: the latest source before
 * it, of a claim or an unnamed one.  NULL when there is none near. */
static const annotation *source_before(const actx *c, size_t at) {
    const annotations *o = c->out;
    const annotation *best = NULL;
    size_t best_end = 0;
    for (size_t i = o->n, seen = 0; i-- > 0 && seen++ < BACK_LOOKBACK;) {
        const annotation *x = &o->v[i];
        if (x->whole.start >= at) continue;
        if (at - x->whole.start > BACK_BYTES) break;
        span sp = x->kind == KIND_ANONYMOUS ? x->whole :
                  x->kind == KIND_CLAIM ? x->source.name : span_null();
        if (span_is_null(sp) || sp.end > at || sp.end < best_end) continue;
        if (inside_content(c, sp, i) ||
            (x->kind == KIND_ANONYMOUS && inside_content(c, sp, i + 4 < o->n ? i + 4 : o->n)))
            continue;
        /* a claim by an unnamed source has its anonymous annotation too,
         * which knows how many */
        if (best && best_end == sp.end && x->kind != KIND_ANONYMOUS) continue;
        best = x;
        best_end = sp.end;
    }
    return best;
}

/* Does a name stand in [s, e), outside quotations: a capitalised word
 * that is no function word and not "the ..." ("the Post")?  Then the
 * pronoun after it may be that person's ("Sir Graham ... was less
 * guarded.  He told ..."). */
static int name_between(const actx *c, size_t s, size_t e) {
    const char *t = c->text;
    int quoted = 0;
    for (size_t i = s; i < e;) {
        unsigned char ch = (unsigned char)t[i];
        if (ch == '"') quoted = !quoted;
        else if (ch == 0xE2 && i + 2 < e && (unsigned char)t[i + 1] == 0x80 &&
                 ((unsigned char)t[i + 2] == 0x9C || (unsigned char)t[i + 2] == 0x9D))
            quoted = (unsigned char)t[i + 2] == 0x9C;
        if (!is_word_byte(t[i]) || (i > s && is_word_byte(t[i - 1]))) {
            i++;
            continue;
        }
        if (!(ch >= 'A' && ch <= 'Z')) {     /* lowercase: only "the president" */
            size_t j = i, p = i;
            while (j < e && is_word_byte(t[j])) j++;
            while (p > s && t[p - 1] == ' ') p--;
            if (!quoted && p >= s + 3 && strncasecmp(t + p - 3, "the", 3) == 0 &&
                (p == s + 3 || !is_word_byte(t[p - 4])) && rs_has_word(c->rs, WS_TITLES, t + i, j - i))
                return 1;
            i = j;
            continue;
        }
        size_t j = i;
        while (j < e && (is_word_byte(t[j]) || t[j] == '-')) j++;
        size_t p = i;
        while (p > s && t[p - 1] == ' ') p--;
        int after_the = p >= s + 3 && strncasecmp(t + p - 3, "the", 3) == 0 &&
                        (p == s + 3 || !is_word_byte(t[p - 4]));
        /* "The president was not available.  He said ...": a post */
        if (!quoted && after_the && rs_has_word(c->rs, WS_TITLES, t + i, j - i)) return 1;
        if (!quoted && !after_the && j - i > 1 &&
            !rs_has_word(c->rs, WS_FUNCTION_WORDS, t + i, j - i) &&
            !rs_has_word(c->rs, WS_PRONOUNS, t + i, j - i) &&
            !rs_has_word(c->rs, WS_DETERMINERS, t + i, j - i))
            return 1;
        i = j;
    }
    return 0;
}

/* The sentence holding byte `at`. */
static span sentence_at(const actx *c, size_t at) {
    for (size_t i = c->si + 1; i-- > 0;) {
        const segment *g = &c->segs.v[i];
        if (g->start <= at) return span_make(g->start, g->end);
    }
    return span_make(at, at);
}

/* "One member of staff, who asked not to be named, said ...  \"...,\"
 * they said.": a pronoun whose last source was unnamed is unnamed too
 * (he/she only for one person).  Claims took it for a named pronoun. */
enum { BACK_NONE, BACK_ONE, BACK_GROUP, BACK_OTHER };

/* Does the source `sp` only point back: "he", "they", "them" ("according
 * to them"), "Both", "All", "the other"?  Which kind of back-reference. */
static int back_word(const actx *c, span sp) {
    size_t k = tok_at(&c->t, sp.start);
    if (k >= c->t.n || c->t.v[k].s != sp.start) return BACK_NONE;
    const tok *w = &c->t.v[k];
    if (w->e == sp.end) {
        if (tok_is(c, w, "he") || tok_is(c, w, "she") || tok_is(c, w, "him") || tok_is(c, w, "her"))
            return BACK_ONE;
        if (tok_is(c, w, "they") || tok_is(c, w, "them") || tok_is(c, w, "both") ||
            tok_is(c, w, "all") || tok_is(c, w, "each"))
            return BACK_GROUP;
        return BACK_NONE;
    }
    if (k + 1 >= c->t.n || c->t.v[k + 1].e != sp.end || !tok_is(c, w, "the")) return BACK_NONE;
    const tok *n = &c->t.v[k + 1];
    if (tok_is(c, n, "other")) return BACK_OTHER;
    /* "One care assistant, who cannot be named, told police ...  The
     * woman said ...", "The boy, 17, told the court": man, woman, boy say
     * no more than he and she (back_ones) */
    if (tok_in(c, n, WS_BACK_ONES)) return BACK_ONE;
    /* "Two pupils at the academy told the Post ...  The pair said ..." */
    return tok_in(c, n, WS_BACK_GROUPS) || tok_count(c, n) > 1 ? BACK_GROUP
                                                                                          : BACK_NONE;
}

/* The first "he"/"his"/"him" (1) or "she"/"her" (2) in [s, e) before a
 * verb of speech, or 0:
 * "A former councillor ..., who asked that his name not be used, said
 * ...": the pronoun the text gives the unnamed source itself. */
static int gender_in(const actx *c, size_t s, size_t e) {
    const char *t = c->text;
    for (size_t i = s; i < e; i++) {
        if (!is_word_byte(t[i]) || (i > s && is_word_byte(t[i - 1]))) continue;
        size_t j = i;
        while (j < e && is_word_byte(t[j])) j++;
        if (word_is(t + i, j - i, "he") || word_is(t + i, j - i, "his") || word_is(t + i, j - i, "him"))
            return 1;
        if (word_is(t + i, j - i, "she") || word_is(t + i, j - i, "her")) return 2;
        /* what the source says may be about someone else */
        if (rs_has_prefix(c->rs, WS_SPEECH_STEMS, t + i, j - i)) return 0;
        i = j;
    }
    return 0;
}

/* "Boss Gary Penhallow is ready to axe his skipper, according to a
 * dressing-room insider.": names in what the unnamed source `ys` itself
 * reports, before it, are not whom a later pronoun means.  Where that
 * report ends (or `from` when there is none). */
static size_t reported_until(const actx *c, span ys, size_t from) {
    const annotations *o = c->out;
    for (size_t i = o->n, seen = 0; i-- > 0 && seen++ < BACK_LOOKBACK;) {
        const annotation *x = &o->v[i];
        if (x->kind != KIND_CLAIM || x->source.name.start != ys.start || x->source.name.end != ys.end)
            continue;
        if (!span_is_null(x->content) && x->content.start <= from && x->content.end > from &&
            x->content.end <= ys.start)
            return x->content.end;
        return from;
    }
    return from;
}

static int one_of_group(const actx *c, span sp);

/* Does `sp` lie in what the claim `y` reports? */
static int inside_own(const annotation *y, span sp) {
    return y->kind == KIND_CLAIM && !span_is_null(y->content) && y->content.start <= sp.start &&
           sp.end <= y->content.end;
}

/* Does `sp` lie in what a claim by the unnamed source `ys` reports? */
static int reports_on(const actx *c, span ys, span sp) {
    const annotations *o = c->out;
    for (size_t i = o->n, seen = 0; i-- > 0 && seen++ < BACK_LOOKBACK;) {
        const annotation *x = &o->v[i];
        if (x->kind == KIND_CLAIM && x->source.name.start == ys.start && x->source.name.end == ys.end &&
            inside_own(x, sp))
            return 1;
    }
    return 0;
}

/* The annotation at i when it is a claim whose source claims read as a
 * name: what the back-reference passes below may find unnamed after all. */
static annotation *named_claim(annotations *o, size_t i) {
    annotation *x = &o->v[i];
    return x->kind == KIND_CLAIM && !x->source.anonymous && !span_is_null(x->source.name) ? x : NULL;
}

static int pronoun_sources(actx *c, size_t first) {
    annotations *o = c->out;
    for (size_t i = first; i < o->n; i++) {
        annotation *x = named_claim(o, i);
        if (!x) continue;
        int back = back_word(c, x->source.name);
        if (back == BACK_NONE) continue;
        const annotation *y = source_before(c, x->source.name.start);
        /* "..., one of the people said.  ..., they said": the group */
        if (back == BACK_GROUP && y && y->kind == KIND_ANONYMOUS && y->count == 1 && one_of_group(c, y->whole)) {
            const annotation *g = source_before(c, y->whole.start);
            if (g && g->kind == KIND_ANONYMOUS && g->count != 1) y = g;
        }
        if (!y || (y->kind == KIND_CLAIM && !y->source.anonymous)) continue;
        span ys = y->kind == KIND_ANONYMOUS ? y->whole : y->source.name;
        /* a name after the unnamed source's sentence, or before it in that
         * sentence ("Commission chair Lidia Hrastnik ..., saying the count
         * was observed by representatives ...") may be whom it means */
        span yg = sentence_at(c, ys.start);
        size_t upto = x->cue.start < x->source.name.start ? x->cue.start : x->source.name.start;
        /* "..., and Harrowgate could opt to keep the unit, they said": a
         * name in the pronoun's own content is what is said, not who says it */
        if (!span_is_null(x->content) && x->content.end <= x->source.name.start &&
            x->content.start >= c->sent.start && upto > c->sent.start)
            upto = c->sent.start;
        /* (in a later sentence: "..., friends have revealed - just weeks
         * after the pair insisted" is the names' pair) */
        size_t from = yg.end <= x->source.name.start ? reported_until(c, ys, yg.start) : yg.start;
        if (name_between(c, from, ys.start) ||
            name_between(c, yg.end > ys.end ? yg.end : ys.end, upto))
            continue;
        int count = y->kind == KIND_ANONYMOUS ? y->count : 1;
        /* he/she for one person only; "they" may be one, and "the other"
         * answers "one of them" as often as a group */
        if (back == BACK_ONE && count > 1) continue;
        /* "A person close to the chairman disputed that, saying he had
         * argued ...": inside what the unnamed source says, "he" is
         * someone it speaks of */
        if (y->kind == KIND_ANONYMOUS ? reports_on(c, ys, x->source.name) :
                                        inside_own(y, x->source.name))
            continue;
        /* "she" does not point back at one the text called "he" */
        if (back == BACK_ONE) {
            int g = gender_in(c, ys.end, yg.end > ys.end ? yg.end : ys.end);
            int mine = gender_in(c, x->source.name.start, x->source.name.end);
            if (g && mine && g != mine) continue;
        }
        np_info np;
        memset(&np, 0, sizeof np);
        np.kind = NP_ANON;
        np.sp = x->source.name;
        np.count = back == BACK_GROUP ? count : 1;
        x->source.anonymous = 1;
        x->source.refers_to = y->kind == KIND_ANONYMOUS ? y->whole : y->source.name;
        if (anonymous_emit(c, &np) < 0) return -1;
        o = c->out;                          /* the push may have moved it */
    }
    return 0;
}

/* "One violinist, who ..., said ...  Her desk partner said ...": a
 * person known only by a tie to the unnamed source just given ("his
 * crewman", "her supervisor") is as unnamed.  Claims read the
 * possessive as a known one. */
static int possessed_back(actx *c, size_t first) {
    const tok *t = c->t.v;
    for (size_t i = first; i < c->out->n; i++) {
        annotation *x = named_claim(c->out, i);
        if (!x) continue;
        size_t k = tok_at(&c->t, x->source.name.start), m = tok_past(&c->t, k, x->source.name.end);
        if (k >= c->t.n || t[k].s != x->source.name.start || m < k + 2 || m > k + 4 ||
            !(tok_is(c, &t[k], "his") || tok_is(c, &t[k], "her") || tok_is(c, &t[k], "their")))
            continue;
        int plain = 1;
        for (size_t j = k + 1; j < m && plain; j++)
            plain = (t[j].flags & (T_WORD | T_CAP | T_POSS | T_NUM)) == T_WORD &&
                    !tok_in(c, &t[j], WS_TITLES);
        const tok *h = &t[m - 1];
        if (!plain || (c->text[h->e - 1] | 0x20) == 's' || !(people_noun(c, h) || tok_in(c, h, WS_KIN_NOUNS)))
            continue;
        /* only an unnamed source that knows how many: "his" is one's */
        const annotation *y = source_before(c, x->source.name.start);
        if (!y || y->kind != KIND_ANONYMOUS) continue;
        span ys = y->whole;
        if (tok_is(c, &t[k], "their") ? y->count == 1 : y->count != 1) continue;
        if (name_between(c, ys.end, x->source.name.start)) continue;
        np_info np;
        memset(&np, 0, sizeof np);
        np.kind = NP_ANON;
        np.sp = x->source.name;
        np.count = 1;
        x->source.anonymous = 1;
        x->source.refers_to = ys;
        /* "said her supervisor had told her ...": inside what the unnamed
         * source said, the claim's own flag says so; an annotation of its
         * own would be taken for the next "She"'s antecedent */
        if (inside_content(c, x->source.name, i)) continue;
        if (anonymous_emit(c, &np) < 0) return -1;
    }
    return 0;
}

/* Does the unnamed source `sp` name one of a group: "one of them",
 * "Another", "the other", "one from a Nordic country"? */
static int one_of_group(const actx *c, span sp) {
    return rs_has_opening(c->rs, WS_GROUP_MEMBERS, c->text + sp.start, span_len(sp));
}

/* "Both said ...", "All described ...", "Each told the paper ...": a
 * count opening the sentence as the subject of a cue points back at the
 * unnamed group just given (claims reads no source there: "both" counts
 * names as often, and "All told, ..." is no claim). */
static int count_back_at(actx *c, size_t z) {
    if (z >= c->t.n) return 0;                  /* a sentence of no words */
    const tok *t = c->t.v + z;
    size_t n = c->t.n - z, v = 1;
    /* "Several engineers said ...  Most said ...": a part of the group */
    int part = tok_is(c, &t[0], "some") || tok_is(c, &t[0], "most") || tok_is(c, &t[0], "many") ||
               tok_is(c, &t[0], "several");
    if (n < 4 || !(part || tok_is(c, &t[0], "both") || tok_is(c, &t[0], "all") || tok_is(c, &t[0], "each")))
        return 0;
    /* "All three said ..." */
    int counted = tok_is(c, &t[0], "all") && tok_count(c, &t[1]) > 1;
    if (counted) v = 2;
    while (v < n && v < 3 + (size_t)counted && tok_in(c, &t[v], WS_AUXILIARIES)) v++;   /* "Both have said" */
    const hit *cue = NULL;
    for (size_t i = 0; i < c->h.n && !cue; i++)
        if (c->h.v[i].sec == PS_CUES && c->h.v[i].s == t[v].s) cue = &c->h.v[i];
    if (!cue) return 0;
    size_t after = tok_at(&c->t, cue->e) - z;
    /* not "All told, ...", nor "Both claims are false" */
    if (after >= n || (t[after].flags & T_PUNCT && c->text[t[after].s] != ':') ||
        tok_is(c, &t[after], "are") || tok_is(c, &t[after], "is") || tok_is(c, &t[after], "were") ||
        tok_is(c, &t[after], "was"))
        return 0;
    const annotation *y = source_before(c, t[0].s);
    /* "Two diplomats said ... \"...,\" one of them said.  Both said ...":
     * one of the group, just quoted, stands for the group */
    for (int n = 0; n < 3 && y && y->kind == KIND_ANONYMOUS && y->count == 1 && one_of_group(c, y->whole);
         n++)
        y = source_before(c, y->whole.start);
    if (!y || (y->kind == KIND_CLAIM && !y->source.anonymous)) return 0;
    int count = y->kind == KIND_ANONYMOUS ? y->count : 1;
    /* a group counts back to a group; the latest source, no name between,
     * as a title in the content ("said the president was angry") is no
     * group either */
    if (count == 1) return 0;
    /* y points into the output, which emitting may move: keep what the
     * claim needs of it first */
    span refers = y->kind == KIND_ANONYMOUS ? y->whole : y->source.name;
    np_info np;
    memset(&np, 0, sizeof np);
    np.kind = NP_ANON;
    np.sp = span_make(t[0].s, t[counted].e);
    np.count = tok_is(c, &t[0], "both") ? 2 :
               counted ? tok_count(c, &t[1]) : part ? -1 : count;
    if (already(c, np.sp)) return 0;
    if (anonymous_emit(c, &np) < 0) return -1;
    /* and the claim, which claims could not see */
    size_t last = n;
    while (last > after && (t[last - 1].flags & T_PUNCT)) last--;
    annotation a = annotation_make(KIND_CLAIM, span_make(t[0].s, t[last - 1].e));
    a.source.name = np.sp;
    a.source.anonymous = 1;
    a.source.refers_to = refers;
    a.cue = span_make(t[v].s, cue->e);
    a.content = span_make(t[after].s, t[last - 1].e);
    return emit(c, &a);
}

/* "..., but both said the chairman had threatened to resign": the count
 * opening a clause after ", but" too. */
static int count_back(actx *c) {
    if (count_back_at(c, 0) < 0) return -1;
    const tok *t = c->t.v;
    for (size_t z = 2; z + 3 < c->t.n; z++)
        if (tok_is(c, &t[z - 1], "but") && tok_is_comma(c, &t[z - 2]) &&
            (tok_is(c, &t[z], "both") || tok_is(c, &t[z], "all") || tok_is(c, &t[z], "each")))
            return count_back_at(c, z);
    return 0;
}

/* A noun for people: "landlord", "nurses", "staff". */
static int people_noun(const actx *c, const tok *k) {
    return tok_person_noun(c, k) || tok_in(c, k, WS_PARTY_NOUNS) ||
           (k->e - k->s >= 3 && tok_in(c, k, WS_PERSON_SUFFIXES));   /* "girl", "man" */
}

/* A word of a back-referring subject: "The officials", "Four of them",
 * "All three", "The two employees". */
static int subject_word(const actx *c, const tok *k) {
    if (!(k->flags & T_WORD) || tok_in(c, k, WS_CLAUSE_WORDS)) return 0;
    return tok_in(c, k, WS_DETERMINERS) || tok_in(c, k, WS_DESCRIPTORS) ||
           tok_count(c, k) > -2 || tok_is(c, k, "of") ||
           tok_is(c, k, "them") || tok_is(c, k, "all") || tok_source_noun((actx *)c, k) ||
           people_noun(c, k);
}

/* "Interviews with five officials in the region ... The officials spoke
 * on condition that they not be identified because ...": the reason the
 * back-reference `sp` (just given, last) gives is its first mention's too,
 * when that one has none. */
static int reason_back(actx *c, span sp) {
    annotations *o = c->out;
    if (!o->n || span_is_null(o->v[o->n - 1].reason) || !definite_mention(c, sp)) return 0;
    span h = head_word(c, sp);
    for (size_t i = o->n - 1, seen = 0; i-- > 0 && seen++ < BACK_LOOKBACK;) {
        annotation *x = &o->v[i];
        if (x->whole.end > sp.start) continue;
        if (sp.start - x->whole.end > BACK_BYTES) break;
        if (x->kind != KIND_ANONYMOUS) continue;
        span xh = head_word(c, x->whole);
        if (span_is_null(h) || span_is_null(xh) || span_len(h) != span_len(xh) ||
            strncasecmp(c->text + h.start, c->text + xh.start, span_len(h)) != 0)
            continue;
        if (span_is_null(x->reason)) x->reason = o->v[o->n - 1].reason;
        break;
    }
    return 0;
}

/* "The officials spoke on the condition that they not be named ...",
 * "All three asked for anonymity", "Four of them spoke to the Standard,
 * all asking that their names be withheld": the sentence's subject points
 * back at people just described, and the text says they are unnamed. */
static int subject_marked(actx *c) {
    const tok *t = c->t.v;
    size_t a = 0, n = c->t.n;
    /* "Because she still works there, the woman asked that her name not
     * be used": the subject follows a fronted reason */
    while (a < n && (t[a].flags & T_PUNCT)) a++;
    if (a < n && (tok_is(c, &t[a], "because") || tok_is(c, &t[a], "since") ||
                  tok_is(c, &t[a], "as"))) {
        size_t k = a + 1;
        while (k < n && k < a + 24 && !tok_is_comma(c, &t[k])) k++;
        if (k < n && k < a + 24) a = k + 1;
    }
    while (a < n && ((t[a].flags & T_PUNCT) || tok_in(c, &t[a], WS_CLAUSE_WORDS))) a++;
    size_t b = a;
    while (b < n && b < a + SUBJECT_MAX_TOKENS && subject_word(c, &t[b])) b++;
    /* "Several of those interviewed asked not to be identified" */
    if (b > a && b + 1 < n && tok_is(c, &t[b - 1], "those") && (t[b].flags & (T_WORD | T_CAP)) == T_WORD &&
        word_ends_in(c->text + t[b].s, t[b].e - t[b].s, "ed", 2))
        b++;
    if (b == a || b >= n || (t[b].flags & T_PUNCT)) return 0;
    const tok *h = &t[b - 1];
    /* "Others at the gates agreed but would not speak on the record" */
    size_t e = b;
    int others = b == a + 1 && tok_in(c, h, WS_BACK_GROUPS) && tok_in(c, &t[b], WS_PEOPLE_PREPOSITIONS);
    if (others) {
        for (b++; b < n && b < e + 5 && (t[b].flags & T_WORD) && !tok_in(c, &t[b], WS_MARKED_SUBJECT_VERBS);)
            b++;
        if (b >= n || !tok_in(c, &t[b], WS_MARKED_SUBJECT_VERBS)) return 0;
    }
    int count = -1;
    for (size_t i = a; i < b; i++) {
        int k = tok_count(c, &t[i]);
        if (k > 0 && !tok_is(c, &t[i], "a") && !tok_is(c, &t[i], "an")) count = k;
        if (tok_namey(c, i) && !tok_in(c, &t[i], WS_DESCRIPTORS) && !(others && i == a)) return 0;
    }
    if (!others && !tok_source_noun(c, h) && !people_noun(c, h) && !tok_is(c, h, "them") &&
        !(count > 0 && b - a >= 2) && !(b - a >= 2 && tok_is(c, &t[b - 2], "those")))
        return 0;
    /* the subject's own verb says so, not a source of its own later in the
     * sentence ("Several players are unhappy, according to a person close
     * to the squad") */
    /* "Those affected were not allowed to speak" tells of no source:
     * "those ..." only with a verb of their own about speaking */
    if (!tok_in(c, &t[b], WS_MARKED_SUBJECT_VERBS) ||
        (b - a >= 2 && tok_is(c, &t[b - 2], "those") && tok_in(c, &t[b], WS_AUXILIARIES)))
        return 0;
    size_t lim = b + SUBJECT_MARKER_TOKENS < n ? b + SUBJECT_MARKER_TOKENS : n;
    int marked = 0;
    for (size_t i = b; i < lim && !marked; i++) {
        if (hit_from_sec(c, t[i].s, PS_CUES)) return 0;
        /* not "people familiar with the talks": another phrase's marker */
        marked = hit_from_sec(c, t[i].s, PS_ANON_MARKERS) &&
                 !(i > b && !(t[i - 1].flags & T_CAP) &&     /* "the Guardian" is no one's */
                   (tok_source_noun(c, &t[i - 1]) || people_noun(c, &t[i - 1]))) &&
                 /* "The club is close to appointing a manager", "The firm
                  * was aware of the risk": said of the subject itself */
                 !(tok_in(c, &t[i - 1], WS_BE_FORMS) && tok_in(c, &t[i], WS_HEAD_STOPS));
    }
    if (!marked) return 0;
    np_info np;
    memset(&np, 0, sizeof np);
    np.kind = NP_ANON;
    np.sp = span_make(t[a].s, t[b - 1].e);
    np.count = count;
    if (already(c, np.sp)) return 0;
    if (anonymous_emit(c, &np) < 0) return -1;
    return reason_back(c, np.sp);
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
    np_info np;
    memset(&np, 0, sizeof np);
    np.kind = NP_ANON;
    np.sp = span_make(t[a].s, t[end].e);
    np.count = count;
    if (already(c, np.sp)) return 0;
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
static int add_claim_here(actx *c, span source, span refers, size_t cue, size_t after);

static int drop_anonymous(actx *c, span sp, size_t before);

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
            if (!already(c, np.sp) && anonymous_emit(c, &np) < 0) return -1;
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
        if (!already(c, np.sp) && anonymous_emit(c, &np) < 0) return -1;
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

/* The head word of a source's text: the last word before a comma, a
 * post-modifier or a possessive ("A cabinet minister, speaking ..." ->
 * "minister"; "the farming minister, Rachel Dunmore" -> "minister"). */
static span head_word(const actx *c, span sp) {
    const char *t = c->text;
    span last = span_null();
    for (size_t i = sp.start; i < sp.end;) {
        if (t[i] == ',') break;
        if (!is_word_byte(t[i])) {
            i++;
            continue;
        }
        size_t j = i;
        while (j < sp.end && (is_word_byte(t[j]) || t[j] == '-')) j++;
        if (rs_has_word(c->rs, WS_HEAD_STOPS, t + i, j - i)) return last;
        /* "A senior banker advising on the deal" -> "banker"; not "the
         * returning officer", "a senior serving officer" */
        if (!span_is_null(last) && j - i > 4 && word_ends_in(t + i, j - i, "ing", 3) &&
            !rs_has_word(c->rs, WS_DETERMINERS, t + last.start, span_len(last)) &&
            !rs_has_word(c->rs, WS_DESCRIPTORS, t + last.start, span_len(last)))
            return last;
        last = span_make(i, j);
        if (j < sp.end && (t[j] == '\'' || (unsigned char)t[j] == 0xE2)) break;   /* "the council's" */
        i = j;
    }
    return last;
}

static int same_head(const actx *c, span a, span b) {
    size_t an = span_len(a), bn = span_len(b);
    const char *x = c->text + a.start, *y = c->text + b.start;
    /* "a former employee ... the ex-employee" */
    if (an > 3 && strncasecmp(x, "ex-", 3) == 0) x += 3, an -= 3;
    if (bn > 3 && strncasecmp(y, "ex-", 3) == 0) y += 3, bn -= 3;
    /* one number: "the minister" is not one of "three cabinet ministers" */
    return an >= 2 && an == bn && strncasecmp(x, y, an) == 0;
}

/* "One of them, a manager in the IT department, said": the head word of
 * the description set off after the unnamed source `sp`, which a later
 * "the manager" takes up.  Null when none follows. */
static span described_head(const actx *c, span sp) {
    const char *t = c->text;
    size_t i = sp.end, lim = sp.end + 120 < c->len ? sp.end + 120 : c->len;
    if (i + 4 >= lim || t[i] != ',' || t[i + 1] != ' ') return span_null();
    i += 2;
    if (strncasecmp(t + i, "a ", 2) == 0) i += 2;
    else if (strncasecmp(t + i, "an ", 3) == 0) i += 3;
    else return span_null();
    size_t e = i;
    while (e < lim && t[e] != ',' && t[e] != '.' && t[e] != ';' && t[e] != '\n') e++;
    if (e >= lim || t[e] != ',') return span_null();
    return head_word(c, span_make(i, e));
}

/* Is `sp` "the" and up to three words, none of them a name but the last
 * ("the official", "the MP", "The minister")? */
static int definite_role(const actx *c, span sp) {
    size_t a = tok_at(&c->t, sp.start), b = tok_past(&c->t, a, sp.end);
    if (a >= c->t.n || c->t.v[a].s != sp.start || b < a + 2 || b > a + 4 ||
        !tok_is(c, &c->t.v[a], "the"))
        return 0;
    for (size_t i = a + 1; i < b; i++) {
        const tok *k = &c->t.v[i];
        if (!(k->flags & T_WORD) || (k->flags & T_POSS) || (i + 1 < b && (k->flags & T_CAP))) return 0;
    }
    return 1;
}

/* Take back the anonymous annotation of `sp`; whether it stood before
 * index `before`. */
static int drop_anonymous(actx *c, span sp, size_t before) {
    annotations *o = c->out;
    for (size_t i = o->n; i-- > 0;) {
        if (o->v[i].kind != KIND_ANONYMOUS || o->v[i].whole.start != sp.start ||
            o->v[i].whole.end != sp.end)
            continue;
        memmove(&o->v[i], &o->v[i + 1], (o->n - i - 1) * sizeof *o->v);
        o->n--;
        return i < before;
    }
    return 0;
}

/* "One Labour MP, who did not wish to be named, said ... the MP said";
 * "the farming minister, Rachel Dunmore, announced ... The minister
 * said": "the" and a role points back to the latest source with that head
 * word, and is named or unnamed as that one is. */
static int definite_back(actx *c, size_t first) {
    for (size_t i = first; i < c->out->n; i++) {
        annotation *x = &c->out->v[i];
        if (x->kind != KIND_CLAIM || span_is_null(x->source.name) || !definite_role(c, x->source.name))
            continue;
        span h = head_word(c, x->source.name);
        if (span_is_null(h)) continue;
        const annotation *best = NULL;
        size_t best_end = 0;
        for (size_t j = c->out->n, seen = 0; j-- > 0 && seen++ < DEFINITE_LOOKBACK;) {
            const annotation *y = &c->out->v[j];
            if (y->whole.end <= x->source.name.start &&
                x->source.name.start - y->whole.end > DEFINITE_BYTES)
                break;
            span ys = y->kind == KIND_ANONYMOUS ? y->whole :
                      y->kind == KIND_CLAIM ? y->source.name : span_null();
            if (span_is_null(ys) || ys.end > x->source.name.start || ys.end < best_end ||
                x->source.name.start - ys.end > DEFINITE_BYTES)
                continue;
            if (y->kind == KIND_CLAIM && y->source.anonymous) continue;   /* its anonymous one counts */
            /* only a first mention: "the minister" after "the minister" would
             * chain back without end, past what an edit re-reads */
            if (definite_mention(c, ys)) continue;
            span yh = head_word(c, ys);
            int same = !span_is_null(yh) && same_head(c, h, yh);
            if (!same && y->kind == KIND_ANONYMOUS) {
                yh = described_head(c, ys);
                same = !span_is_null(yh) && same_head(c, h, yh);
            }
            if (!same) continue;
            best = y;
            best_end = ys.end;
        }
        if (!best) continue;
        int unnamed = best->kind == KIND_ANONYMOUS;
        if (unnamed == x->source.anonymous) continue;
        x->source.anonymous = unnamed;
        if (!unnamed) {
            if (drop_anonymous(c, x->source.name, i)) i--;
            continue;
        }
        np_info np;
        memset(&np, 0, sizeof np);
        np.kind = NP_ANON;
        np.sp = x->source.name;
        np.count = 1;
        if (anonymous_emit(c, &np) < 0) return -1;
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
static const annotation *anon_in_sentence(const actx *c, size_t first, size_t at) {
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
        np_info np;
        memset(&np, 0, sizeof np);
        np.kind = NP_ANON;
        np.sp = span_make(t[i].s, t[i + 2].e);
        np.count = tok_is(c, &t[i], "both") ? 2 : y->count;
        if (anonymous_emit(c, &np) < 0) return -1;
    }
    return 0;
}

/* Only words, no punctuation nor cue, in [s, e): "four deckhands [on the
 * island route], one of whom": the rest of the phrase. */
static int words_only(const actx *c, size_t s, size_t e) {
    for (size_t k = tok_at(&c->t, s); k < c->t.n && c->t.v[k].s < e; k++)
        if (!(c->t.v[k].flags & T_WORD) || hit_from_sec(c, c->t.v[k].s, PS_CUES)) return 0;
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
        np_info np;
        memset(&np, 0, sizeof np);
        np.kind = NP_ANON;
        np.sp = span_make(t[i].s, t[i + 2].e);
        np.count = count;
        if (already(c, np.sp)) continue;
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
        if (!already(c, np.sp) && anonymous_emit(c, &np) < 0) return -1;
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
        np_info np;
        memset(&np, 0, sizeof np);
        np.kind = NP_ANON;
        np.sp = x->source.name;
        np.count = 1;
        x->source.anonymous = 1;
        if (anonymous_emit(c, &np) < 0) return -1;
    }
    return 0;
}

/* A claim of this sentence, read off what claims already gave. */
static int add_claim_here(actx *c, span source, span refers, size_t cue, size_t after) {
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
        if (np.kind != NP_ANON || already(c, np.sp)) continue;
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

/* "..., with at least four ministers privately warning that the move
 * could cost seats": people in a "with" phrase whose verb in -ing takes
 * a clause are its unnamed sources, though no cue list has the verb.
 * Only source nouns and people, and only before "that" or a colon. */
static int with_warning(actx *c) {
    const tok *t = c->t.v;
    for (size_t i = 0; i + 3 < c->t.n; i++) {
        if (!tok_is(c, &t[i], "with")) continue;
        size_t j = i + 1;
        while (j < c->t.n && j < i + 10 && (t[j].flags & T_WORD) &&
               !word_ends_in(c->text + t[j].s, t[j].e - t[j].s, "ing", 3))
            j++;
        if (j + 1 >= c->t.n || j == i + 1 || !(t[j].flags & T_WORD) || t[j].e - t[j].s < 5 ||
            !word_ends_in(c->text + t[j].s, t[j].e - t[j].s, "ing", 3))
            continue;
        const tok *n = &t[j + 1];
        if (!tok_is(c, n, "that") && !((n->flags & T_PUNCT) && c->text[n->s] == ':')) continue;
        size_t b = j;
        /* "privately warning": the adverb belongs to the verb */
        if (b - 1 > i + 1 && tok_ly_word(c, &t[b - 1])) b--;
        const tok *h = &t[b - 1];
        if ((h->flags & T_CAP) || !(tok_source_noun(c, h) || people_noun(c, h))) continue;
        if (emit_unnamed(c, i + 1, b) < 0) return -1;
    }
    return 0;
}

/* The end of the words after token `i` that can name someone: "with
 * [five officials in the region] suggest", "by [two former staff]". */
static size_t words_after(const actx *c, size_t i) {
    size_t b = i + 1;
    while (b < c->t.n && b < i + 1 + RIGHT_MAX_TOKENS && (c->t.v[b].flags & T_WORD) &&
           !tok_in(c, &c->t.v[b], WS_CLAUSE_WORDS))
        b++;
    return b;
}

/* Where, within `reach` words before token `i` and with no punctuation
 * between, a word of set `ws` stands ("interviews ... with", "leaked to
 * the paper by"): its index plus one, or 0.  `lower` asks for a
 * lowercase word, a verb rather than a name. */
static size_t set_word_before(const actx *c, size_t i, size_t reach, word_section ws, int lower) {
    const tok *t = c->t.v;
    for (size_t j = i; j-- > 0 && i - j <= reach;) {
        if (t[j].flags & T_PUNCT) break;
        if ((!lower || (t[j].flags & (T_WORD | T_CAP)) == T_WORD) && tok_in(c, &t[j], ws)) return j + 1;
    }
    return 0;
}

/* "Interviews I conducted in March with five officials in the region
 * suggest ...", "in conversations with two board members": the people an
 * interview is held with are the story's sources; unnamed ones are
 * anonymous, though no cue of their own names them. */
static int interviewed_people(actx *c) {
    const tok *t = c->t.v;
    for (size_t i = 1; i + 1 < c->t.n; i++) {
        if (!tok_is(c, &t[i], "with")) continue;
        if (!set_word_before(c, i, 8, WS_INTERVIEW_NOUNS, 0)) continue;
        size_t b = words_after(c, i);
        /* officials, staff, diplomats: not "interviews with former
         * detainees", the people a report is about */
        size_t h = i + 1;
        while (h + 1 < b && !tok_in(c, &t[h + 1], WS_POSTMODIFIERS)) h++;
        if (!tok_source_noun(c, &t[h])) continue;
        if (emit_unnamed(c, i + 1, b) < 0) return -1;
    }
    return 0;
}

/* "internal memos that Lantern says were provided by a serving
 * official", "files leaked to the paper by two former staff": whoever
 * handed the material over is its source, and unnamed here. */
static int leaked_by(actx *c) {
    const tok *t = c->t.v;
    for (size_t i = 1; i + 2 < c->t.n; i++) {
        if (!tok_is(c, &t[i], "by")) continue;
        size_t leak = set_word_before(c, i, 4, WS_LEAK_VERBS, 1);
        if (leak) leak--;
        /* material ("memos", "the messages") stands before the verb, not
         * "Food was provided by volunteers" */
        int material = 0;
        for (size_t j = 0; j < leak && !material; j++)
            material = (t[j].flags & (T_WORD | T_CAP)) == T_WORD && tok_org_noun(c, &t[j]);
        if (!leak || !material) continue;
        size_t b = words_after(c, i);
        if (emit_unnamed(c, i + 1, b) < 0) return -1;
    }
    return 0;
}

/* "Palace sources have dismissed the reports, with one aide describing
 * the story as ...", "..., with one saying": one of the unnamed group
 * just given, as unnamed. */
static int with_one(actx *c, size_t first) {
    const tok *t = c->t.v;
    for (size_t i = 1; i + 2 < c->t.n; i++) {
        if (!tok_is(c, &t[i], "with") || !tok_is_comma(c, &t[i - 1])) continue;
        size_t j = i + 1;
        while (j < c->t.n && j < i + 9 && ((t[j].flags & T_WORD) || tok_is_comma(c, &t[j])) &&
               c->text[t[j].e - 1] != 'g')
            j++;
        const tok *v = &t[j];
        if (j == i + 1 || j >= c->t.n || !(v->flags & T_WORD) || v->e - v->s < 5 ||
            strncasecmp(c->text + v->e - 3, "ing", 3) != 0)
            continue;
        /* not "He left with the minister, saying ...": a comma before the
         * verb only closes an aside */
        int commas = 0;
        for (size_t k = i + 1; k < j; k++) commas += tok_is_comma(c, &t[k]);
        if (tok_is_comma(c, &t[j - 1]) && commas != 2) continue;
        np_info np = np_classify(c, i + 1, j);
        /* "with its general secretary, Ruth Okafor, saying": the phrase
         * is the cue's source, not the sentence's subject */
        if (np.kind == NP_NAMED) {
            for (size_t k = first; k < c->out->n; k++) {
                annotation *x = &c->out->v[k];
                if (x->kind == KIND_CLAIM && x->cue.start == v->s && !x->source.anonymous &&
                    x->source.name.end <= t[i].s) {
                    x->source.name = np.sp;
                    x->source.refers_to = span_null();
                }
            }
            continue;
        }
        /* "..., with one saying": one of the unnamed group just given;
         * "..., with one mum saying": a counted person of its own, when
         * the verb reports ("with an estimated 8,000 people walking"
         * does not) */
        const annotation *y = anon_in_sentence(c, first, t[i].s);
        if ((!y && (j < i + 3 || !cue_at(c, v->s))) || tok_count(c, &t[i + 1]) < 1) continue;
        if (np.kind != NP_ANON || already(c, np.sp)) continue;
        span refers = y ? y->whole : span_null();
        if (anonymous_emit(c, &np) < 0 || add_claim_here(c, np.sp, refers, j, j + 1) < 0) return -1;
    }
    return 0;
}

/* "Two carriers told Port Weekly that ..., though they asked not to be
 * named": the text marks the subject unnamed after its claim. */
static int marked_after(actx *c, size_t first) {
    const tok *t = c->t.v;
    for (size_t k = 1; k + 1 < c->t.n; k++) {
        const tok *p = &t[k];
        if (!(tok_is(c, p, "they") || tok_is(c, p, "he") || tok_is(c, p, "she")) ||
            !(tok_is_comma(c, &t[k - 1]) || tok_in(c, &t[k - 1], WS_CLAUSE_WORDS)) ||
            !hit_from(c, t[k + 1].s))
            continue;
        for (size_t i = first; i < c->out->n; i++) {
            annotation *x = &c->out->v[i];
            if (x->kind != KIND_CLAIM || span_is_null(x->source.name) || x->source.name.end > p->s)
                continue;
            size_t a = tok_at(&c->t, x->source.name.start);
            int count = a < c->t.n ? tok_count(c, &t[a]) : -2;
            if (count < 1 || tok_is(c, &t[a], "both")) continue;   /* "Two carriers", "A supplier" */
            if (tok_is(c, p, "they") == (count == 1)) continue;
            if (!x->source.anonymous) {
                size_t b = tok_past(&c->t, a, x->source.name.end);
                np_info np = np_classify(c, a, b);
                if (np.kind == NP_NONE) continue;
                np.kind = NP_ANON;
                np.count = count;
                np.ndesc = 0;
                x->source.anonymous = 1;
                if (anonymous_emit(c, &np) < 0) return -1;
            }
            np_info pro;
            memset(&pro, 0, sizeof pro);
            pro.kind = NP_ANON;
            pro.sp = span_make(p->s, p->e);
            pro.count = count;
            if (anonymous_emit(c, &pro) < 0) return -1;
            break;
        }
    }
    return 0;
}

/* "said a person involved in the process, who cautioned ...": claims
 * took the post-modifier's noun for the relative clause's source; it is
 * the unnamed person's. */
static void postmodifier_sources(actx *c, size_t first) {
    const tok *t = c->t.v;
    for (size_t i = first; i < c->out->n; i++) {
        annotation *x = named_claim(c->out, i);
        if (!x) continue;
        size_t k = tok_at(&c->t, x->source.name.start);
        /* not "One of the officials said the prime minister ... had told":
         * a cue between them says the name is what was said */
        if (k < 2 || k >= c->t.n || t[k].s != x->source.name.start || !tok_in(c, &t[k - 1], WS_POSTMODIFIERS) ||
            !(t[k - 1].flags & T_WORD) || hit_from_sec(c, t[k - 1].s, PS_CUES))
            continue;
        for (size_t j = first; j < c->out->n; j++) {
            const annotation *y = &c->out->v[j];
            if (y->kind != KIND_ANONYMOUS || y->whole.end != t[k - 2].e) continue;
            x->source.name = span_make(y->whole.start, x->source.name.end);
            x->source.anonymous = 1;
            x->source.refers_to = y->whole;
            if (x->whole.start > y->whole.start) x->whole.start = y->whole.start;
            break;
        }
    }
}

/* "characterized the tone as \"the worst ...\"": the verb's object is
 * put in the source's own quoted words a few words on. */
static int quoted_as(const actx *c, size_t i) {
    const tok *t = c->t.v;
    /* the object first: not "stepped down as \"acting head\"" */
    if (i >= c->t.n || !(tok_in(c, &t[i], WS_DETERMINERS) || tok_in(c, &t[i], WS_POSSESSIVES))) return 0;
    for (size_t k = i + 1; k + 1 < c->t.n && k < i + 5; k++) {
        if (t[k].flags & (T_PUNCT | T_QUOTE)) return 0;
        if (tok_is(c, &t[k], "as")) return (t[k + 1].flags & T_OPENQ) != 0;
    }
    return 0;
}

/* "One friend confided that ...", "A show insider whispered: ...",
 * "\"...,\" a crew member dished.": a counted source noun reporting with
 * a verb no cue list has; the shape, not the verb, says it is speech. */
static int unlisted_verb(actx *c) {
    const tok *t = c->t.v;
    size_t n = c->t.n;
    for (size_t i = 0; i < c->h.n; i++) {
        const hit *h = &c->h.v[i];
        if (h->sec != PS_SOURCE_NOUNS) continue;
        size_t head = tok_at(&c->t, h->s), a = head;
        if (head >= n || t[head].s != h->s || head + 2 >= n) continue;
        while (a > 0 && head - a < RIGHT_MAX_TOKENS && left_ok(c, a - 1)) a--;
        while (a < head && tok_is(c, &t[a], "of")) a++;
        /* "a show insider": a plain noun as the modifier */
        if (a == head && a >= 2 && (t[a - 1].flags & (T_WORD | T_CAP)) == T_WORD &&
            tok_count(c, &t[a - 2]) >= 1)
            a -= 2;
        if (tok_count(c, &t[a]) < 1 || tok_is(c, &t[a], "both")) continue;
        size_t v = head + 1;
        const tok *w = &t[v];
        size_t m = w->e - w->s;
        const char *x = c->text + w->s;
        if ((w->flags & (T_WORD | T_CAP | T_POSS)) != T_WORD || m < 4 || tok_in(c, w, WS_CLAUSE_WORDS) ||
            tok_in(c, w, WS_POSTMODIFIERS) || tok_in(c, w, WS_AUXILIARIES) ||
            !((x[m - 2] == 'e' && x[m - 1] == 'd') || x[m - 1] == 's'))
            continue;
        const tok *after = &t[v + 1];
        int that = tok_is(c, after, "that") &&
                   !(v + 2 < n && tok_in(c, &t[v + 2], WS_TIME_NOUNS));    /* "resigned that day" */
        int before_content = that || (after->flags & T_OPENQ) ||
                             ((after->flags & T_PUNCT) && c->text[after->s] == ':') ||
                             quoted_as(c, v + 1);
        /* '"...," a crew member dished.' (the comma inside or outside the quote) */
        int quote_before = a >= 2 && ((tok_is_comma(c, &t[a - 1]) && (t[a - 2].flags & T_QUOTE) &&
                                       !(t[a - 2].flags & T_OPENQ)) ||
                                      ((t[a - 1].flags & T_QUOTE) && !(t[a - 1].flags & T_OPENQ) &&
                                       tok_is_comma(c, &t[a - 2])));
        int after_quote = quote_before && (after->flags & T_PUNCT) && c->text[after->s] == '.';
        if (!before_content && !after_quote) continue;
        if (emit_unnamed(c, a, head + 1) < 0) return -1;
    }
    return 0;
}

/* "\"It's a shambles,\" grumbled one councillor as the meeting broke up":
 * after a closing quotation, a verb in -ed that no cue list has, then a
 * counted person ending the clause -- the quote shape, not the verb,
 * says it is speech, and the person is unnamed. */
static int inverted_unlisted(actx *c) {
    const tok *t = c->t.v;
    size_t n = c->t.n;
    if (n < 5 || !(t[0].flags & T_OPENQ)) return 0;     /* the quotation opens the sentence */
    for (size_t v = 2; v + 2 < n; v++) {
        const tok *w = &t[v];
        size_t m = w->e - w->s;
        if (!(t[v - 1].flags & (T_QUOTE | T_PUNCT))) continue;
        if ((w->flags & (T_WORD | T_CAP | T_POSS)) != T_WORD || m < 5 ||
            !word_ends_in(c->text + w->s, m, "ed", 2) || hit_from_sec(c, w->s, PS_CUES))
            continue;
        const tok *p1 = &t[v - 1], *p2 = &t[v - 2];
        int closed = (tok_is_comma(c, p1) && (p2->flags & T_QUOTE) && !(p2->flags & T_OPENQ)) ||
                     ((p1->flags & T_QUOTE) && !(p1->flags & T_OPENQ) && tok_is_comma(c, p2));
        if (!closed) continue;
        size_t a = v + 1, b = a + 1;
        if (tok_count(c, &t[a]) < 1 || tok_is(c, &t[a], "both")) continue;
        /* up to its head: "one councillor", "a local shopkeeper" */
        while (b < n && b < a + 4 && (t[b].flags & (T_WORD | T_CAP | T_POSS)) == T_WORD &&
               !people_noun(c, &t[b]) && !tok_source_noun(c, &t[b]))
            b++;
        if (b >= n || b >= a + 4 || (t[b].flags & (T_WORD | T_CAP | T_POSS)) != T_WORD) continue;
        b++;
        /* not "a council official's car": the head ends the phrase */
        if (b < n && (t[b].flags & (T_WORD | T_POSS)) == T_WORD && (people_noun(c, &t[b]) || tok_source_noun(c, &t[b])))
            b++;
        np_info np = np_classify(c, a, b);
        if (np.kind != NP_ANON || already(c, np.sp)) continue;
        size_t q = v - 2;                    /* the quotation it closes */
        while (q > 0 && !(t[q].flags & T_OPENQ)) q--;
        /* the quotation opens the sentence: not 'The order was "final",
         * signed a director' */
        if (q != 0 || !(t[q].flags & T_OPENQ) || q + 1 >= v - 2) continue;
        if (anonymous_emit(c, &np) < 0) return -1;
        annotation x = annotation_make(KIND_CLAIM, span_make(t[q].s, np.sp.end));
        x.source.name = np.sp;
        x.source.anonymous = 1;
        x.cue = span_make(w->s, w->e);
        size_t ce = (t[v - 1].flags & T_QUOTE) ? v - 2 : v - 3;
        while (ce > q && (t[ce].flags & T_PUNCT)) ce--;
        x.content = span_make(t[q + 1].s, t[ce].e);
        if (emit(c, &x) < 0) return -1;
    }
    return 0;
}

/* "Hackers Roamed Network for Weeks Before Detection, Insiders Say": a
 * headline in title case ends on its source and a capitalised "Say",
 * which claims passes over as part of a name.  Plural source nouns only
 * ("Officials Say", "Two Diplomats Said"), the last words of the line. */
static int headline_sources(actx *c) {
    const tok *t = c->t.v;
    size_t n = c->t.n;
    while (n > 0 && (t[n - 1].flags & T_PUNCT)) n--;
    if (n < 4 || !(t[n - 1].flags & T_CAP) ||
        !(tok_is(c, &t[n - 1], "say") || tok_is(c, &t[n - 1], "says") || tok_is(c, &t[n - 1], "said")))
        return 0;
    const tok *h = &t[n - 2];
    if (!(h->flags & T_CAP) || (c->text[h->e - 1] | 0x20) != 's' || !tok_source_noun(c, h)) return 0;
    size_t a = n - 2;
    while (a > 0 && n - 2 - a < 3 && (t[a - 1].flags & T_WORD) && (t[a - 1].flags & T_CAP)) a--;
    if (a < 2 || !tok_is_comma(c, &t[a - 1])) return 0;
    np_info np;
    memset(&np, 0, sizeof np);
    np.kind = NP_ANON;
    np.sp = span_make(t[a].s, h->e);
    np.count = tok_count(c, &t[a]) > 1 ? tok_count(c, &t[a]) : -1;
    if (already(c, np.sp)) return 0;
    if (anonymous_emit(c, &np) < 0) return -1;
    annotation x = annotation_make(KIND_CLAIM, span_make(t[0].s, t[n - 1].e));
    x.source.name = np.sp;
    x.source.anonymous = 1;
    x.cue = span_make(t[n - 1].s, t[n - 1].e);
    x.content = span_make(t[0].s, t[a - 2].e);
    return emit(c, &x);
}

/* A bare noun for a person in a headline ("engineer" in "...; engineer
 * says", "lawyer" in "..., says lawyer"): no article, no name. */
static int bare_person(const actx *c, const tok *k) {
    return (k->flags & (T_WORD | T_CAP | T_POSS)) == T_WORD && (c->text[k->e - 1] | 0x20) != 's' &&
           (people_noun(c, k) || tok_in(c, k, WS_KIN_NOUNS) || tok_in(c, k, WS_TITLES)) &&
           !tok_in(c, k, WS_DESCRIPTORS) && !tok_in(c, k, WS_PRONOUNS) &&
           !tok_in(c, k, WS_DETERMINERS) && !tok_org_noun(c, k);
}

/* Does a later sentence, within the look-ahead, take up `head` with an
 * anonymity marker ("A current Ledgerline engineer, who spoke on
 * condition of anonymity ...")? */
static int unnamed_later(actx *c, span head) {
    const char *t = c->text;
    size_t n = span_len(head), lim = c->sent.end + ANALYSE_LOOKAHEAD_BYTES;
    for (size_t si = c->si + 1; si < c->segs.n && c->segs.v[si].end <= lim; si++) {
        const segment *g = &c->segs.v[si];
        int has = 0;
        for (size_t i = g->start; i + n <= g->end && !has; i++)
            has = strncasecmp(t + i, t + head.start, n) == 0 && (i == g->start || !is_word_byte(t[i - 1])) &&
                  (i + n == g->end || !is_word_byte(t[i + n]));
        if (!has || scan_hits(c, g->start, g->end, &c->h2) < 0) continue;
        for (size_t k = 0; k < c->h2.n; k++)
            if (c->h2.v[k].sec == PS_ANON_MARKERS || c->h2.v[k].sec == PS_ANON_REASONS) return 1;
    }
    return 0;
}

/* "Ledgerline confirms breach; engineer says server warnings went
 * unheeded", "Family of man shot by police 'were told lies', says
 * lawyer": a headline drops the article, so its speaker is a bare noun.
 * The body says who that is: unnamed when a later sentence takes the noun
 * up with an anonymity marker, else the party the story names. */
static int headline_bare(actx *c, size_t first) {
    const tok *t = c->t.v;
    size_t n = c->t.n;
    for (size_t i = 0; i < c->sent.start; i++)
        if (!isspace((unsigned char)c->text[i])) return 0;
    while (n > 0 && (t[n - 1].flags & T_PUNCT) && c->text[t[n - 1].s] != '.') n--;
    if (n < 4 || (t[n - 1].flags & T_PUNCT) ||
        (c->si + 1 < c->segs.n && c->segs.v[c->si + 1].para == c->segs.v[c->si].para))
        return 0;
    for (size_t i = 0; i < c->h.n; i++) {
        const hit *h = &c->h.v[i];
        if (h->sec != PS_CUES || c->rs->pat[PS_CUES].v[h->entry].shape != CUE_VERB) continue;
        size_t ci = tok_at(&c->t, h->s), ce = tok_at(&c->t, h->e);
        if (ci >= n || t[ci].s != h->s || ce > n) continue;
        size_t had = SIZE_MAX;
        for (size_t k = first; k < c->out->n && had == SIZE_MAX; k++)
            if (c->out->v[k].kind == KIND_CLAIM && c->out->v[k].cue.start == h->s) had = k;
        if (had != SIZE_MAX) {
            /* "Nurse says ward was unsafe": capitalised, the first word
             * reads as a name, unless the body takes it up unnamed */
            annotation *x = &c->out->v[had];
            if (ci == 1 && !x->source.anonymous && x->source.name.start == t[0].s &&
                x->source.name.end == t[0].e && (t[0].flags & T_CAP) && people_noun(c, &t[0]) &&
                !tok_in(c, &t[0], WS_TITLES) && unnamed_later(c, x->source.name)) {
                np_info np;
                memset(&np, 0, sizeof np);
                np.kind = NP_ANON;
                np.sp = x->source.name;
                np.count = 1;
                x->source.anonymous = 1;
                if (!already(c, np.sp) && anonymous_emit(c, &np) < 0) return -1;
            }
            continue;
        }
        size_t a, b;
        span content;
        if (ci >= 2 && bare_person(c, &t[ci - 1])) {
            /* "...; engineer says ...", "Ward unsafe, nurse says": the
             * subject opens its clause */
            a = ci - 1;
            while (a > 0 && (t[a - 1].flags & (T_WORD | T_CAP)) == T_WORD && tok_in(c, &t[a - 1], WS_DESCRIPTORS)) a--;
            if (a < 2 || !(t[a - 1].flags & T_PUNCT) || c->text[t[a - 1].s] == '\'') continue;
            b = ci;
            content = ce < n ? span_make(t[ce].s, t[n - 1].e) : span_make(t[0].s, t[a - 2].e);
        } else if (ce + 1 == n && ci >= 2 && bare_person(c, &t[ce]) && (t[ci - 1].flags & T_PUNCT)) {
            a = ce;                          /* "'...', says lawyer" */
            b = ce + 1;
            content = span_make(t[0].s, t[ci - 2].e);
        } else {
            continue;
        }
        np_info np;
        memset(&np, 0, sizeof np);
        np.sp = span_make(t[a].s, t[b - 1].e);
        np.kind = unnamed_later(c, span_make(t[b - 1].s, t[b - 1].e)) ? NP_ANON : NP_NAMED;
        np.count = 1;
        annotation x = annotation_make(KIND_CLAIM, span_make(t[0].s, t[n - 1].e));
        x.source.name = np.sp;
        x.source.anonymous = np.kind == NP_ANON;
        x.cue = span_make(h->s, h->e);
        x.content = content;
        if (emit(c, &x) < 0) return -1;
        if (np.kind == NP_ANON && !already(c, np.sp) && anonymous_emit(c, &np) < 0) return -1;
    }
    return 0;
}

/* The token a demand cue's verb group starts at, its auxiliaries and
 * adverbs included ("have privately urged"); c->t.n when hit h is not a
 * demand cue starting on a token. */
static size_t demand_verb_start(const actx *c, const hit *h) {
    const tok *t = c->t.v;
    if (h->sec != PS_DEMANDS) return c->t.n;
    size_t b = tok_at(&c->t, h->s);
    if (b >= c->t.n || t[b].s != h->s) return c->t.n;
    while (b > 0 && (tok_in(c, &t[b - 1], WS_AUXILIARIES) || tok_in(c, &t[b - 1], WS_CUE_ADVERBS))) b--;
    return b;
}

/* "Senior officials at the Environment Agency have privately urged
 * ...": an unnamed source noun demanding is as unnamed as one speaking,
 * though no claim has it as its source.  Only a described source noun
 * heading the clause before the cue. */
static int demand_subjects(actx *c) {
    const tok *t = c->t.v;
    for (size_t i = 0; i < c->h.n; i++) {
        const hit *h = &c->h.v[i];
        size_t b = demand_verb_start(c, h);
        if (b >= c->t.n) continue;
        size_t a = b;
        while (a > 0 && b - a < RIGHT_MAX_TOKENS && !(t[a - 1].flags & T_PUNCT) &&
               !tok_in(c, &t[a - 1], WS_CLAUSE_WORDS))
            a--;
        if (a == b || (a > 0 && !tok_is_comma(c, &t[a - 1]) && !tok_in(c, &t[a - 1], WS_CLAUSE_WORDS))) continue;
        size_t head = a;
        while (head < b && !tok_in(c, &t[head], WS_POSTMODIFIERS)) head++;
        if (head == a || (head < b && !tok_is(c, &t[head], "at") && !tok_is(c, &t[head], "in"))) continue;
        if (!tok_source_noun(c, &t[head - 1]) || (t[head - 1].flags & T_CAP && head - 1 > a)) continue;
        /* described as the usual unnamed ones ("Senior officials", "Party
         * insiders"), not "Officers", "its members", "our members" */
        int described = tok_in(c, &t[head - 1], WS_SELF_MARKED_NOUNS);
        for (size_t k = a; k + 1 < head; k++) {
            if ((t[k].flags & T_POSS) || tok_in(c, &t[k], WS_POSSESSIVES)) described = -1;
            if (described >= 0 && tok_in(c, &t[k], WS_DESCRIPTORS)) described = 1;
        }
        if (described != 1) continue;
        if (emit_unnamed(c, a, b) < 0) return -1;
    }
    return 0;
}

/* Does `sp` count its one among others: "The second whistleblower",
 * "a third official"? */
static int ordinal_in(const actx *c, span sp) {
    const char *t = c->text;
    for (size_t i = sp.start; i < sp.end;) {      /* an earlier sentence: no tokens */
        if (!is_word_byte(t[i])) {
            i++;
            continue;
        }
        size_t j = i;
        while (j < sp.end && is_word_byte(t[j])) j++;
        if (rs_has_word(c->rs, WS_ORDINALS, t + i, j - i)) return 1;
        i = j;
    }
    return 0;
}

/* "whistleblowers" after "whistleblower" */
static int plural_of(const actx *c, span pl, span sg) {
    size_t n = span_len(sg);
    return n >= 3 && span_len(pl) == n + 1 && (c->text[pl.end - 1] | 0x20) == 's' &&
           strncasecmp(c->text + pl.start, c->text + sg.start, n) == 0;
}

/* "The whistleblowers have called for ...": "the" and a plural noun for
 * people demanding is the unnamed group the story set out -- the latest
 * source with that head ("two whistleblowers") or one of its counted
 * members ("The second whistleblower") -- and unnamed as it is.  Only
 * first mentions count, so the look-back does not chain. */
static int group_back(const actx *c, span sp) {
    span h = head_word(c, sp);
    if (span_is_null(h)) return 0;
    for (size_t j = c->out->n, seen = 0; j-- > 0 && seen++ < DEFINITE_LOOKBACK;) {
        const annotation *y = &c->out->v[j];
        span ys = y->kind == KIND_ANONYMOUS ? y->whole :
                  y->kind == KIND_CLAIM && !y->source.anonymous ? y->source.name : span_null();
        if (span_is_null(ys) || ys.end > sp.start) continue;
        if (sp.start - ys.end > DEFINITE_BYTES) break;
        span yh = head_word(c, ys);
        if (span_is_null(yh)) continue;
        int same = same_head(c, h, yh) && !definite_mention(c, ys);
        int member = plural_of(c, h, yh) && ordinal_in(c, ys);
        if (same || member) return y->kind == KIND_ANONYMOUS;
    }
    return 0;
}

static int definite_demand_subjects(actx *c) {
    const tok *t = c->t.v;
    for (size_t i = 0; i < c->h.n; i++) {
        const hit *h = &c->h.v[i];
        size_t b = demand_verb_start(c, h);
        if (b >= c->t.n) continue;
        if (b < 2) continue;
        size_t a = b - 2;
        const tok *n = &t[a + 1];
        if (!tok_is(c, &t[a], "the") || (n->flags & (T_WORD | T_CAP | T_POSS)) != T_WORD ||
            c->text[n->e - 1] != 's' ||
            !(tok_source_noun(c, n) || people_noun(c, n) || tok_in(c, n, WS_PERSON_SUFFIXES)) ||
            (a > 0 && !(t[a - 1].flags & T_PUNCT)))
            continue;
        span sp = span_make(t[a].s, n->e);
        if (already(c, sp) || !group_back(c, sp)) continue;
        np_info np;
        memset(&np, 0, sizeof np);
        np.kind = NP_ANON;
        np.sp = sp;
        np.count = -1;
        if (anonymous_emit(c, &np) < 0) return -1;
    }
    return 0;
}

/* Is the demand actor `sp` (the annotation at index `j`) marked as an
 * unnamed source by an annotation near it? */
static int actor_unnamed(const actx *c, span sp, size_t j) {
    for (size_t i = j, seen = 0; i-- > 0 && seen++ < 16;) {
        const annotation *y = &c->out->v[i];
        if (y->kind == KIND_ANONYMOUS && overlaps(y->whole, sp)) return 1;
    }
    for (size_t i = j + 1; i < c->out->n && i < j + 16; i++) {
        const annotation *y = &c->out->v[i];
        if (y->kind == KIND_ANONYMOUS && overlaps(y->whole, sp)) return 1;
    }
    return 0;
}

/* Sentence ends in [s, e): "They" reaches back one sentence only, past
 * which bodies the text names without a claim ("The protest was
 * organised by the Upland Farmers' Union") could be who it means. */
static int sentence_ends(const actx *c, size_t s, size_t e) {
    int n = 0;
    for (size_t i = s; i + 1 < e; i++)
        if ((c->text[i] == '.' || c->text[i] == '!' || c->text[i] == '?') &&
            (c->text[i + 1] == ' ' || c->text[i + 1] == '\n'))
            n++;
    return n;
}

/* "The whistleblowers have called for ...  They also want ...": a
 * sentence opening "They" and a demand stands for the group last
 * speaking or demanding, unnamed if that group was: the nearest source
 * before the sentence decides (a named one, or a lone unnamed person,
 * and it is not this). */
static int pronoun_demand_subjects(actx *c) {
    const tok *t = c->t.v;
    if (c->t.n < 3 || !tok_is(c, &t[0], "they") || already(c, span_make(t[0].s, t[0].e))) return 0;
    for (size_t i = 0; i < c->h.n; i++) {
        const hit *h = &c->h.v[i];
        if (h->sec != PS_DEMANDS) continue;
        size_t b = tok_at(&c->t, h->s);
        if (b >= c->t.n || t[b].s != h->s) continue;
        while (b > 1 && (tok_in(c, &t[b - 1], WS_AUXILIARIES) || tok_in(c, &t[b - 1], WS_CUE_ADVERBS)))
            b--;
        if (b != 1) continue;
        size_t at = t[0].s;
        for (size_t j = c->out->n, seen = 0; j-- > 0 && seen++ < 16;) {
            const annotation *y = &c->out->v[j];
            if (y->whole.start >= c->sent.start) continue;
            if (y->whole.end <= at && at - y->whole.end > 600) return 0;
            if (y->kind == KIND_CLAIM && !span_is_null(y->source.name) && !y->source.anonymous) return 0;
            if (y->kind == KIND_DEMAND && !span_is_null(y->actor) && !actor_unnamed(c, y->actor, j)) return 0;
            if (y->kind != KIND_ANONYMOUS) continue;
            if (y->count == 1 || sentence_ends(c, y->whole.end, at) > 1) return 0;
            np_info np;
            memset(&np, 0, sizeof np);
            np.kind = NP_ANON;
            np.sp = span_make(t[0].s, t[0].e);
            np.count = y->count;
            return anonymous_emit(c, &np);
        }
        return 0;
    }
    return 0;
}

/* Does a closed quotation run straight into a lowercase word at `i`
 * ("\"...,\" grumbled one councillor", "\"...\", sighed ...")?  The
 * length of the quote and comma, or 0. */
static size_t quote_then_word(const char *t, size_t i, size_t e) {
    size_t q = 0;
    if (t[i] == '"') q = 1;
    else if ((unsigned char)t[i] == 0xE2 && i + 2 < e && (unsigned char)t[i + 1] == 0x80 &&
             (unsigned char)t[i + 2] == 0x9D)
        q = 3;
    if (!q || i == 0) return 0;
    size_t j = i + q;
    if (t[i - 1] != ',') {
        if (j >= e || t[j] != ',') return 0;
        j++;
    }
    return j + 1 < e && t[j] == ' ' && t[j + 1] >= 'a' && t[j + 1] <= 'z' ? j - i : 0;
}

/* "One nurse on the night shift was in tears.  \"...,\" the nurse said.":
 * as taken_up_later, for a person who is no source noun ("nurse",
 * "teacher", "resident").  The phrase runs on over where they are
 * ("on the night shift") up to its verb. */
static int described_then_speaks(actx *c) {
    const tok *t = c->t.v;
    size_t n = c->t.n, head = 1;
    if (n < 3 || !(tok_is(c, &t[0], "a") || tok_is(c, &t[0], "an") || tok_is(c, &t[0], "one"))) return 0;
    while (head + 1 < n && head < 4 && tok_in(c, &t[head], WS_DESCRIPTORS) &&
           (t[head + 1].flags & (T_WORD | T_CAP | T_POSS)) == T_WORD)
        head++;                              /* "A senior nurse" */
    if (head + 1 < n && !people_noun(c, &t[head]) && (t[head + 1].flags & (T_WORD | T_CAP | T_POSS)) == T_WORD &&
        people_noun(c, &t[head + 1]))
        head++;                              /* "A shop steward" */
    if (head >= n || (t[head].flags & (T_WORD | T_CAP | T_POSS)) != T_WORD || !people_noun(c, &t[head]) ||
        tok_source_noun(c, &t[head]) || !taken_up_later(c, 0, head))
        return 0;
    size_t b = head + 1;
    if (b < n && tok_in(c, &t[b], WS_PEOPLE_PREPOSITIONS))
        while (b < n && b < head + RIGHT_MAX_TOKENS && !(t[b].flags & T_PUNCT) && !tok_in(c, &t[b], WS_BE_FORMS) &&
               !tok_in(c, &t[b], WS_AUXILIARIES) && !tok_in(c, &t[b], WS_CLAUSE_WORDS))
            b++;
    np_info np = np_classify(c, 0, b);
    if (np.kind != NP_ANON) np = np_classify(c, 0, head + 1);
    if (np.kind != NP_ANON || already(c, np.sp)) return 0;
    return anonymous_emit(c, &np);
}

#define NAMED_LATER_SENTENCES 3 /* how far on "The nurse, Darlene Okafor," may follow */
#define LEDE_BYTES 700        /* where a story's opening sentence may end */

/* Does text[i] open a name -- a capitalised word, then another, after an
 * optional title ("Darlene Okafor", "Dr Amir Patel")?  Its end, or 0. */
static size_t name_at(const actx *c, size_t i, size_t lim) {
    const char *t = c->text;
    int words = 0;
    while (i < lim && words < 4 && t[i] >= 'A' && t[i] <= 'Z') {
        size_t j = i + 1;
        while (j < lim && (is_word_byte(t[j]) || t[j] == '-' || t[j] == '.')) j++;
        words++;
        if (j >= lim || t[j] != ' ') return words >= 2 ? j : 0;
        i = j + 1;
    }
    return words >= 2 ? i - 1 : 0;
}

/* "A veteran emergency nurse at the hospital has accused ...  The nurse,
 * Darlene Okafor, 52, said": a story may describe someone first and name
 * them a sentence or two on ("the" and the same head, then a name set off
 * by a comma); a story's opening sentence may do so in its next paragraph
 * ("A paramedic who warned managers ... was unfairly dismissed ...
 * Tomasz Wierzbicki, 41, was sacked").  Either way the source is named. */
static int named_later(actx *c, span sp) {
    const char *t = c->text;
    if (!(span_len(sp) > 3 && (strncasecmp(t + sp.start, "a ", 2) == 0 || strncasecmp(t + sp.start, "an ", 3) == 0)))
        return 0;
    span h = head_word(c, sp);
    size_t hn = span_len(h);
    if (span_is_null(h) || hn < 3 || (t[h.end - 1] | 0x20) == 's') return 0;
    size_t lim = c->sent.end + ANALYSE_LOOKAHEAD_BYTES < c->len ? c->sent.end + ANALYSE_LOOKAHEAD_BYTES : c->len;
    for (size_t si = c->si + 1; si < c->segs.n && si <= c->si + NAMED_LATER_SENTENCES; si++) {
        const segment *g = &c->segs.v[si];
        if (g->end > lim) break;
        for (size_t i = g->start; i + hn + 7 < g->end; i++) {
            if ((i > g->start && is_word_byte(t[i - 1])) || strncasecmp(t + i, "the ", 4) != 0 ||
                strncasecmp(t + i + 4, t + h.start, hn) != 0 || t[i + 4 + hn] != ',' || t[i + 5 + hn] != ' ')
                continue;
            /* set off by commas: not "The official, White House sources say" */
            size_t e = name_at(c, i + 6 + hn, g->end);
            if (e && t[e] == ',') return 1;
        }
    }
    /* the opening sentence, its subject first, then a paragraph that
     * opens on a name and an age; not an official or a source, whom a
     * story describes to keep unnamed */
    size_t k = tok_at(&c->t, sp.start);
    if (c->sent.end > LEDE_BYTES || c->si + 1 >= c->segs.n || k >= c->t.n || tok_source_noun(c, &c->t.v[tok_at(&c->t, h.start)]))
        return 0;
    if (k > 0 && !(c->t.v[k - 1].flags & T_DASH) && !(c->t.v[k - 1].flags & T_PUNCT)) return 0;
    const segment *g = &c->segs.v[c->si + 1];
    if (g->para == c->segs.v[c->si].para) return 0;
    size_t e = name_at(c, g->start, g->end);
    if (!e || e + 4 >= g->end || t[e] != ',' || t[e + 1] != ' ' || !isdigit((unsigned char)t[e + 2])) return 0;
    size_t d = e + 2;
    while (d < g->end && isdigit((unsigned char)t[d])) d++;
    return d < g->end && t[d] == ',';
}

/* Take back what named_later finds: the source of this sentence's
 * claims is named after all. */
static void named_after_all(actx *c, size_t first) {
    for (size_t i = first; i < c->out->n; i++) {
        annotation *x = &c->out->v[i];
        if (x->kind != KIND_ANONYMOUS || x->whole.start < c->sent.start || !named_later(c, x->whole)) continue;
        span sp = x->whole;
        for (size_t j = first; j < c->out->n; j++) {
            annotation *y = &c->out->v[j];
            if (y->kind == KIND_CLAIM && y->source.anonymous && y->source.name.start == sp.start &&
                y->source.name.end == sp.end)
                y->source.anonymous = 0;
        }
        if (drop_anonymous(c, sp, c->out->n)) i--;
    }
}

int anonymous_unprompted(const actx *c) {
    const char *t = c->text;
    size_t e = c->sent.end;
    /* "Two former technicians at the plant contacted regulators.": a
     * counted group the next sentence may take up (counted_then_members) */
    size_t w = c->sent.start;
    while (w < e && is_word_byte(t[w])) w++;
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
            (i > c->sent.start && is_word_byte(t[i - 1])))
            continue;
        size_t j = i;
        while (j < e && is_word_byte(t[j])) j++;
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
