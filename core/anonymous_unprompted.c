/* anonymous_unprompted.c -- unnamed sources with no cue of their own.
 * "with one aide saying", "Interviews with five officials", "provided by
 * a serving officer", a verb the cue lists lack ("confided"), a headline's
 * "Insiders Say", the subject of a demand, a described person who speaks
 * later ("One nurse ... \"...,\" the nurse said").  None starts from a
 * cue that hands a source over, so each reads the sentence's words for
 * itself; they are kept apart because a sentence with no rule hits
 * reaches them only when anonymous_unprompted() sees a reason to. */
#include <ctype.h>
#include <string.h>
#include <strings.h>
#include <stdint.h>
#include "analysers.h"
#include "anonymous_int.h"

/* "..., with at least four ministers privately warning that the move
 * could cost seats": people in a "with" phrase whose verb in -ing takes
 * a clause are its unnamed sources, though no cue list has the verb.
 * Only source nouns and people, and only before "that" or a colon. */
int with_warning(actx *c) {
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
int interviewed_people(actx *c) {
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
int leaked_by(actx *c) {
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
int with_one(actx *c, size_t first) {
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
        if ((!y && (j < i + 3 || !cue_starts_at(c, v->s))) || tok_count(c, &t[i + 1]) < 1) continue;
        if (np.kind != NP_ANON || already_unnamed(c, np.sp)) continue;
        span refers = y ? y->whole : span_null();
        if (anonymous_emit(c, &np) < 0 || add_claim_here(c, np.sp, refers, j, j + 1) < 0) return -1;
    }
    return 0;
}

/* "Two carriers told Port Weekly that ..., though they asked not to be
 * named": the text marks the subject unnamed after its claim. */
int marked_after(actx *c, size_t first) {
    const tok *t = c->t.v;
    for (size_t k = 1; k + 1 < c->t.n; k++) {
        const tok *p = &t[k];
        if (!(tok_is(c, p, "they") || tok_is(c, p, "he") || tok_is(c, p, "she")) ||
            !(tok_is_comma(c, &t[k - 1]) || tok_in(c, &t[k - 1], WS_CLAUSE_WORDS)) ||
            !marker_starts_at(c, t[k + 1].s))
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
void postmodifier_sources(actx *c, size_t first) {
    const tok *t = c->t.v;
    for (size_t i = first; i < c->out->n; i++) {
        annotation *x = named_claim(c->out, i);
        if (!x) continue;
        size_t k = tok_at(&c->t, x->source.name.start);
        /* not "One of the officials said the prime minister ... had told":
         * a cue between them says the name is what was said */
        if (k < 2 || k >= c->t.n || t[k].s != x->source.name.start || !tok_in(c, &t[k - 1], WS_POSTMODIFIERS) ||
            !(t[k - 1].flags & T_WORD) || section_starts_at(c, t[k - 1].s, PS_CUES))
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
int unlisted_verb(actx *c) {
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
int inverted_unlisted(actx *c) {
    const tok *t = c->t.v;
    size_t n = c->t.n;
    if (n < 5 || !(t[0].flags & T_OPENQ)) return 0;     /* the quotation opens the sentence */
    for (size_t v = 2; v + 2 < n; v++) {
        const tok *w = &t[v];
        size_t m = w->e - w->s;
        if (!(t[v - 1].flags & (T_QUOTE | T_PUNCT))) continue;
        if ((w->flags & (T_WORD | T_CAP | T_POSS)) != T_WORD || m < 5 ||
            !word_ends_in(c->text + w->s, m, "ed", 2) || section_starts_at(c, w->s, PS_CUES))
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
        if (np.kind != NP_ANON || already_unnamed(c, np.sp)) continue;
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
int headline_sources(actx *c) {
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
    np_info np = unnamed_np(span_make(t[a].s, h->e), tok_count(c, &t[a]) > 1 ? tok_count(c, &t[a]) : -1);
    if (already_unnamed(c, np.sp)) return 0;
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
            has = strncasecmp(t + i, t + head.start, n) == 0 && (i == g->start || !word_byte_any(t[i - 1])) &&
                  (i + n == g->end || !word_byte_any(t[i + n]));
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
int headline_bare(actx *c, size_t first) {
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
                np_info np = unnamed_np(x->source.name, 1);
                x->source.anonymous = 1;
                if (!already_unnamed(c, np.sp) && anonymous_emit(c, &np) < 0) return -1;
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
        if (np.kind == NP_ANON && !already_unnamed(c, np.sp) && anonymous_emit(c, &np) < 0) return -1;
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
int demand_subjects(actx *c) {
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
        if (!word_byte_any(t[i])) {
            i++;
            continue;
        }
        size_t j = i;
        while (j < sp.end && word_byte_any(t[j])) j++;
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

int definite_demand_subjects(actx *c) {
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
        if (already_unnamed(c, sp) || !group_back(c, sp)) continue;
        np_info np = unnamed_np(sp, -1);
        if (anonymous_emit(c, &np) < 0) return -1;
    }
    return 0;
}

/* Is the demand actor `sp` (the annotation at index `j`) marked as an
 * unnamed source by an annotation near it? */
static int actor_unnamed(const actx *c, span sp, size_t j) {
    for (size_t i = j, seen = 0; i-- > 0 && seen++ < 16;) {
        const annotation *y = &c->out->v[i];
        if (y->kind == KIND_ANONYMOUS && span_overlaps(y->whole, sp)) return 1;
    }
    for (size_t i = j + 1; i < c->out->n && i < j + 16; i++) {
        const annotation *y = &c->out->v[i];
        if (y->kind == KIND_ANONYMOUS && span_overlaps(y->whole, sp)) return 1;
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
int pronoun_demand_subjects(actx *c) {
    const tok *t = c->t.v;
    if (c->t.n < 3 || !tok_is(c, &t[0], "they") || already_unnamed(c, span_make(t[0].s, t[0].e))) return 0;
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
            np_info np = unnamed_np(span_make(t[0].s, t[0].e), y->count);
            return anonymous_emit(c, &np);
        }
        return 0;
    }
    return 0;
}

/* Does a closed quotation run straight into a lowercase word at `i`
 * ("\"...,\" grumbled one councillor", "\"...\", sighed ...")?  The
 * length of the quote and comma, or 0. */
size_t quote_then_word(const char *t, size_t i, size_t e) {
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
int described_then_speaks(actx *c) {
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
    if (np.kind != NP_ANON || already_unnamed(c, np.sp)) return 0;
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
        while (j < lim && (word_byte_any(t[j]) || t[j] == '-' || t[j] == '.')) j++;
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
            if ((i > g->start && word_byte_any(t[i - 1])) || strncasecmp(t + i, "the ", 4) != 0 ||
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
void named_after_all(actx *c, size_t first) {
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
