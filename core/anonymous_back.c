/* anonymous_back.c -- unnamed sources found by pointing back.  A pronoun
 * ("They asked not to be named"), a count ("Both said"), a definite noun
 * ("the official said"), a described person ("his mother, a school cook")
 * or a subject ("The officials spoke on condition ...") takes up a source
 * an earlier sentence introduced.  These finders search the annotations
 * already made rather than the sentence's own hits, so they sit apart
 * from the finders that read a phrase where it stands. */
#include <string.h>
#include <strings.h>
#include "analysers.h"
#include "anonymous_int.h"

#define BACK_LOOKBACK 24      /* annotations searched for a pronoun's source */
#define BACK_BYTES 800        /* how far back that source may start */
#define SUBJECT_MARKER_TOKENS 12 /* from the subject to its marker */

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
    while (i < sp.end && word_byte_any(t[i])) i++;
    if (!rs_has_word(c->rs, WS_DETERMINERS, t + sp.start, i - sp.start)) return 0;
    int kin = rs_has_word(c->rs, WS_KIN_NOUNS, w, span_len(h));
    for (; i < sp.end; i++) {
        if (t[i] >= 'A' && t[i] <= 'Z' && !word_byte_any(t[i - 1])) return 0;
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
    return already_unnamed(c, np.sp) ? 0 : anonymous_emit(c, &np);
}

/* "They asked not to be named ...", "Both spoke on condition of
 * anonymity": a pronoun opening the sentence points back at the unnamed
 * sources just given, and the text says so. */
int pronoun_back(actx *c) {
    if (c->t.n < 3 || !tok_in(c, &c->t.v[0], WS_BACK_PRONOUNS)) return 0;
    size_t k = tok_in(c, &c->t.v[1], WS_BACK_VERBS) ? 2 : 1;
    /* "None wished to be named": the marker opens with the pronoun */
    if (!marker_starts_at(c, c->t.v[k].s) && !marker_starts_at(c, c->t.v[1].s) && !marker_starts_at(c, c->t.v[0].s))
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
        int count = tok_is(c, &c->t.v[0], "both") ? 2 :
                    (tok_is(c, &c->t.v[0], "he") || tok_is(c, &c->t.v[0], "she")) ? 1 : x->count;
        np_info np = unnamed_np(span_make(at, c->t.v[0].e), count);
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
        if (!word_byte_any(t[i]) || (i > s && word_byte_any(t[i - 1]))) {
            i++;
            continue;
        }
        if (!(ch >= 'A' && ch <= 'Z')) {     /* lowercase: only "the president" */
            size_t j = i, p = i;
            while (j < e && word_byte_any(t[j])) j++;
            while (p > s && t[p - 1] == ' ') p--;
            if (!quoted && p >= s + 3 && strncasecmp(t + p - 3, "the", 3) == 0 &&
                (p == s + 3 || !word_byte_any(t[p - 4])) && rs_has_word(c->rs, WS_TITLES, t + i, j - i))
                return 1;
            i = j;
            continue;
        }
        size_t j = i;
        while (j < e && (word_byte_any(t[j]) || t[j] == '-')) j++;
        size_t p = i;
        while (p > s && t[p - 1] == ' ') p--;
        int after_the = p >= s + 3 && strncasecmp(t + p - 3, "the", 3) == 0 &&
                        (p == s + 3 || !word_byte_any(t[p - 4]));
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
        if (!word_byte_any(t[i]) || (i > s && word_byte_any(t[i - 1]))) continue;
        size_t j = i;
        while (j < e && word_byte_any(t[j])) j++;
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
annotation *named_claim(annotations *o, size_t i) {
    annotation *x = &o->v[i];
    return x->kind == KIND_CLAIM && !x->source.anonymous && !span_is_null(x->source.name) ? x : NULL;
}

int pronoun_sources(actx *c, size_t first) {
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
        np_info np = unnamed_np(x->source.name, back == BACK_GROUP ? count : 1);
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
int possessed_back(actx *c, size_t first) {
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
        np_info np = unnamed_np(x->source.name, 1);
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
    np_info np = unnamed_np(span_make(t[0].s, t[counted].e),
                            tok_is(c, &t[0], "both") ? 2 : counted ? tok_count(c, &t[1]) : part ? -1 : count);
    if (already_unnamed(c, np.sp)) return 0;
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
int count_back(actx *c) {
    if (count_back_at(c, 0) < 0) return -1;
    const tok *t = c->t.v;
    for (size_t z = 2; z + 3 < c->t.n; z++)
        if (tok_is(c, &t[z - 1], "but") && tok_is_comma(c, &t[z - 2]) &&
            (tok_is(c, &t[z], "both") || tok_is(c, &t[z], "all") || tok_is(c, &t[z], "each")))
            return count_back_at(c, z);
    return 0;
}

/* A noun for people: "landlord", "nurses", "staff". */
int people_noun(const actx *c, const tok *k) {
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
int subject_marked(actx *c) {
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
        if (section_starts_at(c, t[i].s, PS_CUES)) return 0;
        /* not "people familiar with the talks": another phrase's marker */
        marked = section_starts_at(c, t[i].s, PS_ANON_MARKERS) &&
                 !(i > b && !(t[i - 1].flags & T_CAP) &&     /* "the Guardian" is no one's */
                   (tok_source_noun(c, &t[i - 1]) || people_noun(c, &t[i - 1]))) &&
                 /* "The club is close to appointing a manager", "The firm
                  * was aware of the risk": said of the subject itself */
                 !(tok_in(c, &t[i - 1], WS_BE_FORMS) && tok_in(c, &t[i], WS_HEAD_STOPS));
    }
    if (!marked) return 0;
    np_info np = unnamed_np(span_make(t[a].s, t[b - 1].e), count);
    if (already_unnamed(c, np.sp)) return 0;
    if (anonymous_emit(c, &np) < 0) return -1;
    return reason_back(c, np.sp);
}

/* The head word of a source's text: the last word before a comma, a
 * post-modifier or a possessive ("A cabinet minister, speaking ..." ->
 * "minister"; "the farming minister, Rachel Dunmore" -> "minister"). */
span head_word(const actx *c, span sp) {
    const char *t = c->text;
    span last = span_null();
    for (size_t i = sp.start; i < sp.end;) {
        if (t[i] == ',') break;
        if (!word_byte_any(t[i])) {
            i++;
            continue;
        }
        size_t j = i;
        while (j < sp.end && (word_byte_any(t[j]) || t[j] == '-')) j++;
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

int same_head(const actx *c, span a, span b) {
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
int drop_anonymous(actx *c, span sp, size_t before) {
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
int definite_back(actx *c, size_t first) {
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
        np_info np = unnamed_np(x->source.name, 1);
        if (anonymous_emit(c, &np) < 0) return -1;
    }
    return 0;
}
