/* contested.c -- statements the text itself treats as disputed: a marker
 * from the packs ("has claimed", "without evidence", "the narrative
 * that"), the sentence it sits in, and -- for distancing and framing --
 * the writer's own counter-sentence next to it: one that carries no
 * attribution of its own and talks about the same things. */
#include <ctype.h>
#include <stdio.h>
#include <string.h>
#include "analysers.h"

#define STEM 6               /* "Russia" and "Russian" share a stem */
#define MAX_STEMS 96
#define SHARED_NEEDED 2
#define COMPARE_BYTES 2000
#define SCARE_MAX_WORDS 3

typedef struct stems {
    char v[MAX_STEMS][STEM + 1];
    int n;
} stems;

static int letter(char ch) {
    return (ch >= 'A' && ch <= 'Z') || (ch >= 'a' && ch <= 'z');
}

/* Calls f for each word of three letters or more in [s, e) that is not a
 * function word; stops early when f returns nonzero. */
static int each_word(const actx *c, size_t s, size_t e,
                     int (*f)(void *, const char *, size_t), void *arg) {
    const char *t = c->text;
    if (e - s > COMPARE_BYTES) e = s + COMPARE_BYTES;
    for (size_t i = s; i < e;) {
        if (!letter(t[i])) {
            i++;
            continue;
        }
        size_t j = i;
        while (j < e && letter(t[j])) j++;
        if (j - i >= 3 && !rs_has_word(c->rs, WS_FUNCTION_WORDS, t + i, j - i) &&
            !rs_has_word(c->rs, WS_AUXILIARIES, t + i, j - i) &&
            !rs_has_word(c->rs, WS_DETERMINERS, t + i, j - i) &&
            !rs_has_word(c->rs, WS_CLAUSE_WORDS, t + i, j - i) &&
            f(arg, t + i, j - i))
            return 1;
        i = j;
    }
    return 0;
}

static void stem_of(char *out, const char *w, size_t n) {
    size_t k = n < STEM ? n : STEM;
    for (size_t i = 0; i < k; i++) out[i] = (char)tolower((unsigned char)w[i]);
    out[k] = '\0';
}

static int add_stem(void *arg, const char *w, size_t n) {
    stems *st = arg;
    char s[STEM + 1];
    stem_of(s, w, n);
    for (int i = 0; i < st->n; i++)
        if (strcmp(st->v[i], s) == 0) return 0;
    if (st->n < MAX_STEMS) strcpy(st->v[st->n++], s);
    return 0;
}

typedef struct sharing {
    stems *mine;
    stems seen;
    int shared;
} sharing;

static int count_shared(void *arg, const char *w, size_t n) {
    sharing *sh = arg;
    char s[STEM + 1];
    stem_of(s, w, n);
    for (int i = 0; i < sh->seen.n; i++)
        if (strcmp(sh->seen.v[i], s) == 0) return 0;
    if (sh->seen.n < MAX_STEMS) strcpy(sh->seen.v[sh->seen.n++], s);
    for (int i = 0; i < sh->mine->n; i++)
        if (strcmp(sh->mine->v[i], s) == 0) return ++sh->shared >= SHARED_NEEDED;
    return 0;
}

/* A marker in [s, e) other than an answer: an answer ("there is no
 * evidence that") is what a counter-sentence looks like. */
static int has_marker(actx *c, size_t s, size_t e) {
    if (scan_hits(c, s, e, &c->h2) < 0) return 1;
    for (size_t i = 0; i < c->h2.n; i++) {
        const hit *h = &c->h2.v[i];
        if (h->sec == PS_CONTESTED &&
            c->rs->pat[PS_CONTESTED].v[h->entry].rebut != REBUT_ANSWER) return 1;
    }
    return 0;
}

/* The sentence before the current one, in the same or the previous
 * paragraph, carries a marker: an answer here is its counter. */
static int after_marker(actx *c) {
    if (c->si == 0) return 0;
    const segment *g = &c->segs.v[c->si - 1];
    if (g->kind == SEG_HEADING || g->para + 1 < c->segs.v[c->si].para) return 0;
    return has_marker(c, g->start, g->end);
}

/* What a sentence carries besides shared words: a negation or contrast
 * ("no rise", "however"), a number, an evidence word ("records show"). */
typedef struct signals {
    int counter, number, evidence;
} signals;

static signals signals_in(const actx *c, size_t s, size_t e) {
    signals sg = {0, 0, 0};
    const char *t = c->text;
    for (size_t i = s; i < e;) {
        if (t[i] >= '0' && t[i] <= '9') sg.number = 1;
        if (!letter(t[i])) {
            i++;
            continue;
        }
        size_t j = i;
        while (j < e && (letter(t[j]) || t[j] == '\'')) j++;
        if (rs_has_word(c->rs, WS_COUNTER_WORDS, t + i, j - i) ||
            (j - i > 3 && memcmp(t + j - 3, "n't", 3) == 0))
            sg.counter = 1;
        if (rs_has_word(c->rs, WS_EVIDENCE_WORDS, t + i, j - i)) sg.evidence = 1;
        if (rs_count_of(c->rs, t + i, j - i) > 0) sg.number = 1;
        i = j;
    }
    return sg;
}

/* Sentence j answers the current one?  It carries no marker and either
 * shares the topic (SHARED_NEEDED words), or shares a word and
 * contradicts, or sets out facts that contradict ("Customs records show
 * no rise in seizures since 2021"), which need not repeat a word.  A
 * sentence with a source of its own is someone else's word, not the
 * writer's -- except right after an insistence, where a named body's
 * figures ("the budget office estimates it will add $340 billion") are
 * the contradiction that makes it read as disputed. */
static int answers(actx *c, size_t j, stems *mine, int required) {
    const segment *g = &c->segs.v[j], *cur = &c->segs.v[c->si];
    if (g->kind == SEG_HEADING) return 0;
    if (g->para > cur->para + 1 || g->para + 1 < cur->para) return 0;
    if (has_marker(c, g->start, g->end)) return 0;
    sharing sh;
    memset(&sh, 0, sizeof sh);
    sh.mine = mine;
    each_word(c, g->start, g->end, count_shared, &sh);
    signals sg = signals_in(c, g->start, g->end);
    /* against an insistence, the facts that follow it need only share
     * a word: the figures are the contradiction */
    int figures = required && j > c->si && sh.shared >= 1 && (sg.number || sg.evidence);
    if (sentence_attributed(c, g->start, g->end)) return figures;
    if (figures || sh.shared >= SHARED_NEEDED) return 1;
    if (sh.shared >= 1 && sg.counter) return 1;
    return sg.evidence && (sg.counter || sg.number);
}

/* A contrast later in the marker's own sentence that sets out facts in
 * the writer's voice: "insisted the deal was the best available, though
 * figures from the treasury show it will cost twice the estimate" (not
 * "..., but the federation said ...": that is one side against another). */
static span contrast_after(actx *c, size_t from) {
    const tok *t = c->t.v;
    for (size_t i = tok_at(&c->t, from); i + 1 < c->t.n; i++) {
        if (c->text[t[i].s] != ',' && c->text[t[i].s] != ';' && !(t[i].flags & T_DASH)) continue;
        if (!tok_in(c, &t[i + 1], WS_COUNTER_WORDS)) continue;
        signals sg = signals_in(c, t[i + 1].s, c->sent.end);
        if ((sg.evidence || sg.number) && !sentence_attributed(c, t[i + 1].s, c->sent.end))
            return span_make(t[i + 1].s, c->sent.end);
    }
    return span_null();
}

static span find_rebuttal(actx *c, size_t from, int required) {
    stems mine;
    mine.n = 0;
    each_word(c, from, c->sent.end, add_stem, &mine);
    if (c->si + 1 < c->segs.n && answers(c, c->si + 1, &mine, required))
        return span_make(c->segs.v[c->si + 1].start, c->segs.v[c->si + 1].end);
    if (c->si > 0 && answers(c, c->si - 1, &mine, required))
        return span_make(c->segs.v[c->si - 1].start, c->segs.v[c->si - 1].end);
    return contrast_after(c, from);
}

/* Where a marker starts once its auxiliaries ("has claimed") are in. */
static size_t marker_start(const actx *c, size_t at) {
    size_t i = tok_at(&c->t, at);
    while (i > 0 && tok_in(c, &c->t.v[i - 1], WS_AUXILIARIES)) i--;
    /* a token boundary the hit does not share (bytes no word is made
     * of) must not move the start past the hit itself */
    return i < c->t.n && c->t.v[i].s <= at ? c->t.v[i].s : at;
}

static int one_marker(actx *c, const hit *h, span *last) {
    if (!span_is_null(*last) && h->s < last->end) return 0;
    const rule_entry *e = &c->rs->pat[PS_CONTESTED].v[h->entry];
    annotation a = annotation_make(KIND_CONTESTED, c->sent);
    a.marker = span_make(marker_start(c, h->s), h->e);
    snprintf(a.why, sizeof a.why, "%s", e->label);
    if (e->rebut == REBUT_ANSWER && after_marker(c)) return 0;
    if (e->rebut == REBUT_SEEK || e->rebut == REBUT_REQUIRED)
        a.rebuttal = find_rebuttal(c, a.marker.start, e->rebut == REBUT_REQUIRED);
    if (e->rebut == REBUT_REQUIRED && span_is_null(a.rebuttal)) return 0;
    *last = a.marker;
    return emit(c, &a);
}

/* A word or two in quotation marks, in a sentence that quotes nobody:
 * the writer keeping a term at arm's length.  Only ever a weak hint. */
static int scare_quotes(actx *c) {
    if (c->claims.n) return 0;
    const tok *t = c->t.v;
    for (size_t i = 0; i + 1 < c->t.n; i++) {
        if ((t[i].flags & (T_QUOTE | T_OPENQ)) != (T_QUOTE | T_OPENQ)) continue;
        if (c->text[t[i].s] == '\'' || (unsigned char)c->text[t[i].s + 2] == 0x98) continue;
        size_t j = i + 1;
        while (j < c->t.n && (t[j].flags & T_WORD) && j - i <= SCARE_MAX_WORDS) j++;
        if (j == i + 1 || j >= c->t.n || !(t[j].flags & T_QUOTE) || (t[j].flags & T_OPENQ))
            continue;
        if (j - i - 1 > SCARE_MAX_WORDS) continue;
        if (i > 0 && (t[i - 1].flags & T_PUNCT)) continue;   /* : "..." is a quotation */
        annotation a = annotation_make(KIND_CONTESTED, span_make(t[i].s, t[j].e));
        a.marker = a.whole;
        a.weak = 1;
        snprintf(a.why, sizeof a.why, "scare quotes");
        if (emit(c, &a) < 0) return -1;
        i = j;
    }
    return 0;
}

int contested_run(actx *c) {
    span last = span_null();
    for (size_t i = 0; i < c->h.n; i++) {
        const hit *h = &c->h.v[i];
        if (h->sec == PS_CONTESTED && one_marker(c, h, &last) < 0) return -1;
    }
    return c->rs->scare_quotes > 0 ? scare_quotes(c) : 0;
}
