/* contested.c -- statements the text itself treats as disputed: a marker
 * from the packs ("has claimed", "without evidence", "the narrative
 * that"), the sentence it sits in, and -- for distancing and framing --
 * the writer's own counter-sentence next to it: one that carries no
 * attribution of its own and talks about the same things. */
#include <ctype.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>
#include "analysers.h"

#define STEM 6               /* "Russia" and "Russian" share a stem */
#define MAX_STEMS 96
#define SHARED_NEEDED 2
#define COMPARE_BYTES 2000
#define SCARE_MAX_WORDS 3
#define MARKER_MAX_WORDS 8       /* longer: only its last verb group marks */
#define VERDICT_MAX_WORDS 20     /* a quotation longer than this is a speech, not a verdict */
#define VERDICT_NEAR 8           /* tokens from a marker to the quoted verdict it carries */
#define MAX_VERDICTS 8
#define INTRO_MAX_TOKENS 5        /* ", calling them" between a marker and its quotation */
#define INTRO_FAR_TOKENS 14       /* "dismissed reports of men being ... as \"...\"" */
#define DENIAL_HOOK 10           /* tokens from ", a claim" to the denial of it */

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
        /* one look-up for the four lists: this runs on every word of the
         * sentences around each marker */
        if (j - i >= 3) {
            const ws_mask *in = rs_word_sections(c->rs, t + i, j - i);
            if (!ws_mask_has(in, WS_FUNCTION_WORDS) && !ws_mask_has(in, WS_AUXILIARIES) &&
                !ws_mask_has(in, WS_DETERMINERS) && !ws_mask_has(in, WS_CLAUSE_WORDS) &&
                f(arg, t + i, j - i))
                return 1;
        }
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
 * evidence that") is what a counter-sentence looks like, and *answer
 * says whether one is there. */
static int has_marker(actx *c, size_t s, size_t e, int *answer) {
    *answer = 0;
    if (scan_hits(c, s, e, &c->h2) < 0) return 1;
    for (size_t i = 0; i < c->h2.n; i++) {
        const hit *h = &c->h2.v[i];
        if (h->sec != PS_CONTESTED) continue;
        if (c->rs->pat[PS_CONTESTED].v[h->entry].rebut != REBUT_ANSWER) return 1;
        *answer = 1;
    }
    return 0;
}

/* What a sentence carries besides shared words: a negation or contrast
 * ("no rise", "however"), a number, an evidence word ("records show"). */
typedef struct signals {
    int counter, number, evidence, digits;
} signals;

static signals signals_in(const actx *c, size_t s, size_t e) {
    signals sg = {0, 0, 0, 0};
    const char *t = c->text;
    for (size_t i = s; i < e;) {
        if (t[i] >= '0' && t[i] <= '9') sg.number = sg.digits = 1;
        if (!letter(t[i])) {
            i++;
            continue;
        }
        size_t j = i;
        while (j < e && (letter(t[j]) || t[j] == '\'')) j++;
        const ws_mask *in = rs_word_sections(c->rs, t + i, j - i);
        if (ws_mask_has(in, WS_COUNTER_WORDS) || (j - i > 3 && memcmp(t + j - 3, "n't", 3) == 0))
            sg.counter = 1;
        if (ws_mask_has(in, WS_EVIDENCE_WORDS)) sg.evidence = 1;
        if (rs_count_of(c->rs, t + i, j - i) > 0) sg.number = 1;
        i = j;
    }
    return sg;
}

/* Five words or fewer: "It was not.", "That did not happen." */
static int short_sentence(const actx *c, size_t s, size_t e) {
    int words = 0;
    for (size_t i = s; i < e; i++)
        if (letter(c->text[i]) &&
            (i == s || (!letter(c->text[i - 1]) && c->text[i - 1] != '\'')) && ++words > 5)
            return 0;
    return words > 0;
}

/* The hits just scanned (c->h2) hold a verb of speech ("say", "told"):
 * "But people close to the player say ..." is one side against another,
 * where "the budget office estimates ..." sets out figures. */
static int speech_in(const actx *c) {
    for (size_t i = 0; i < c->h2.n; i++) {
        const hit *h = &c->h2.v[i];
        if (h->sec == PS_CUES && rs_has_prefix(c->rs, WS_SPEECH_STEMS, c->text + h->s, h->e - h->s))
            return 1;
    }
    return 0;
}

/* The sentence opens with a contrast ("Yet", "But", "However"), not a
 * bare "No". */
static int opens_with_counter(const actx *c, const segment *g) {
    const char *t = c->text;
    size_t i = g->start, j;
    while (i < g->end && !letter(t[i])) i++;
    for (j = i; j < g->end && letter(t[j]); j++) {}
    return j > i + 2 && rs_has_word(c->rs, WS_COUNTER_WORDS, t + i, j - i);
}

/* The sentence opens by conceding what was just said ("Even so,",
 * "Nevertheless", "But"): what it goes on to insist stands against the
 * sentence before. */
static int concedes(const actx *c, const segment *g) {
    const char *t = c->text;
    size_t i = g->start, j;
    while (i < g->end && !letter(t[i])) i++;
    for (j = i; j < g->end && letter(t[j]); j++) {}
    if (opens_with_counter(c, g)) return 1;
    if (rs_has_word(c->rs, WS_CONCESSIONS, t + i, j - i)) return j < g->end && t[j] == ',';
    return j - i == 4 && strncasecmp(t + i, "even", 4) == 0 && g->end - j > 3 &&
           strncasecmp(t + j, " so", 3) == 0 && !letter(t[j + 3]);
}

/* The sentence opens "Yet its ...", "But their own ...": a contrast
 * whose subject belongs to the party just spoken of. */
static int own_side_counter(const actx *c, const segment *g) {
    if (!opens_with_counter(c, g)) return 0;
    const char *t = c->text;    /* the tokens at hand are the current sentence's */
    size_t i = g->start, j;
    while (i < g->end && !letter(t[i])) i++;
    while (i < g->end && letter(t[i])) i++;
    while (i < g->end && (t[i] == ' ' || t[i] == ',')) i++;
    for (j = i; j < g->end && letter(t[j]); j++) {}
    return j > i && rs_has_word(c->rs, WS_POSSESSIVES, t + i, j - i);
}

/* The sentence opens by setting an earlier word against the one just
 * insisted on: "Only last month, the president said ...", "Only a
 * week ago ...", "As recently as March ...". */
static int recent_contrast(const actx *c, const segment *g) {
    const char *t = c->text;
    size_t w[3][2], n = 0, i = g->start;
    while (n < 3 && i < g->end) {
        while (i < g->end && !letter(t[i])) i++;
        size_t j = i;
        while (j < g->end && letter(t[j])) j++;
        if (j == i) break;
        w[n][0] = i;
        w[n][1] = j - i;
        n++;
        i = j;
    }
    if (n < 3) return 0;
#define WORD_IS(k, s) (w[k][1] == sizeof s - 1 && strncasecmp(t + w[k][0], s, sizeof s - 1) == 0)
    if (WORD_IS(0, "as") && WORD_IS(1, "recently") && WORD_IS(2, "as")) return 1;
    if (!WORD_IS(0, "only")) return 0;
    if (WORD_IS(1, "last") || WORD_IS(1, "this"))
        return rs_has_word(c->rs, WS_TIME_NOUNS, t + w[2][0], w[2][1]);
    /* "Only a week ago", "Only days earlier" */
    size_t k = WORD_IS(1, "a") ? 2 : 1, len = w[k][1];
    if (len > 1 && t[w[k][0] + len - 1] == 's') len--;
#undef WORD_IS
    return rs_has_word(c->rs, WS_TIME_NOUNS, t + w[k][0], len);
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
    int answer;
    if (has_marker(c, g->start, g->end, &answer)) return 0;
    /* "... has claimed the mast causes headaches. There is no evidence
     * that mobile signals affect health.": the writer's own answer next
     * to the claim is its rebuttal, words shared or not */
    if (answer) return 1;
    /* "Belania insists talks must begin without preconditions. Yet its
     * president said it would attend only if ...", "... Only last month,
     * its president said ...": the party's own word, set against its
     * insistence, answers it, attributed or not */
    if (required && j == c->si + 1 && (own_side_counter(c, g) || recent_contrast(c, g))) return 1;
    /* "Brandt's agent has demanded an apology": a party's demand is its
     * word, not the writer's, as an attributed sentence is */
    int demanded = 0;
    for (size_t i = 0; i < c->h2.n; i++) demanded |= c->h2.v[i].sec == PS_DEMANDS;
    sharing sh;
    memset(&sh, 0, sizeof sh);
    sh.mine = mine;
    each_word(c, g->start, g->end, count_shared, &sh);
    signals sg = signals_in(c, g->start, g->end);
    /* against an insistence, the facts that follow it need only share
     * a word: the figures are the contradiction */
    int figures = required && j > c->si && sh.shared >= 1 && (sg.number || sg.evidence);
    /* "The road was budgeted at £86m and has cost £151m. The minister
     * insisted it was delivered on budget": the writer's figures set out
     * first answer the insistence too, when in digits and on its topic */
    if (required && j + 1 == c->si && sh.shared >= 1 && sg.digits) figures = 1;
    /* someone else's word answers only with figures in digits or an
     * evidence word: "a mandate" is no count, and one side's "say" with a
     * word in common is not the writer's contradiction */
    /* "Campaigners point out that a 2022 inspection report found ...":
     * dated evidence right after an insistence answers it, words shared
     * or not, when it is pointed out rather than said */
    int evidence = required && j == c->si + 1 && sg.digits && sg.evidence;
    /* "Internal documents seen by the BBC suggest otherwise": records
     * that contradict outright answer the sentence before, shared words
     * or not */
    int contrary = j == c->si + 1 && sg.evidence && sg.counter;
    if (demanded) return 0;    /* a demand asks; it does not contradict */
    if (sentence_attributed(c, g->start, g->end))
        return (evidence || contrary || (figures && (sg.digits || sg.evidence))) && !speech_in(c);
    if (figures || sh.shared >= SHARED_NEEDED) return 1;
    /* "The river has failed its bathing test four summers running. Even
     * so, the company insists ...": the insistence concedes the facts */
    if (required && j + 1 == c->si && concedes(c, cur)) return 1;
    /* "The minister insists the NHS is not in crisis. Yet ambulance waits
     * reached a record 94 minutes": a contrast opening the next sentence,
     * with figures, answers an insistence */
    if (required && j == c->si + 1 && sg.digits && opens_with_counter(c, g)) return 1;
    /* "... insisted the shortfall would be fixed. It was not.": a bare
     * negation right after the claim answers it */
    if (j == c->si + 1 && sg.counter && short_sentence(c, g->start, g->end)) return 1;
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
        int semi = c->text[t[i].s] == ';';
        if (!semi && !tok_in(c, &t[i + 1], WS_COUNTER_WORDS)) continue;
        signals sg = signals_in(c, t[i + 1].s, c->sent.end);
        /* "insisted ...; the department's own records show the forms were
         * not issued until March": after a semicolon the writer's records
         * answer without a "though", as a sentence of their own would */
        int facts = tok_in(c, &t[i + 1], WS_COUNTER_WORDS) ? sg.evidence || sg.number
                                                          : sg.evidence && (sg.counter || sg.number);
        if (facts && !sentence_attributed(c, t[i + 1].s, c->sent.end))
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

/* The last marker emitted in this sentence, and whether it was a denial
 * (a marker that is the dispute itself and takes the charge as object). */
typedef struct prior {
    span sp;
    int denial;
    int charge;      /* a charge word ("Allegations that ...") */
} prior;

/* Does a hit at `at` only name the object of the denial before it ("denied
 * [the] accusation", "disputed [the] allegations")?  Then it is one
 * dispute, marked once. */
static int object_of(const actx *c, prior last, size_t at) {
    if (!last.denial || span_is_null(last.sp) || at < last.sp.end) return 0;
    int other = 0;
    for (size_t i = tok_at(&c->t, last.sp.end); i < c->t.n && c->t.v[i].s < at; i++) {
        const tok *k = &c->t.v[i];
        if (!(k->flags & T_WORD)) return 0;
        if (!tok_in(c, k, WS_DETERMINERS) && ++other > 1) return 0;
    }
    return 1;
}

/* A pattern that runs from the claim to its verb ("claim that she was
 * dismissed ... was rejected") marks with its first word and the verb
 * group at its end: the rest is the disputed statement itself. */
static size_t trim_long(const actx *c, size_t s, size_t e) {
    size_t words = 0, from = s;
    for (size_t i = tok_at(&c->t, s); i < c->t.n && c->t.v[i].e <= e; i++) {
        const tok *k = &c->t.v[i];
        if (!(k->flags & T_WORD)) continue;
        words++;
        if (tok_in(c, k, WS_AUXILIARIES) && (i == 0 || !tok_in(c, &c->t.v[i - 1], WS_AUXILIARIES)))
            from = k->s;
    }
    return words > MARKER_MAX_WORDS ? from : s;
}

/* Short quotations in this sentence that call something false in the
 * speaker's own words ("a fabrication from start to finish", "staged"):
 * the dispute itself, as convention 10 of the blind annotators has it. */
typedef struct verdicts {
    span v[MAX_VERDICTS];
    size_t tok[MAX_VERDICTS];    /* first token of each (its opening mark) */
    int used[MAX_VERDICTS];
    int n;
} verdicts;

/* "pure invention", "complete fiction": words that call a claim false
 * only with an intensifier ("an invention worthy of the city" praises). */
static int intensified_verdict(const actx *c, const tok *prev, const tok *k) {
    return prev && tok_in(c, k, WS_SOFT_VERDICTS) && tok_in(c, prev, WS_INTENSIFIERS);
}

static int closes(const tok *k) {
    return (k->flags & (T_QUOTE | T_OPENQ)) == T_QUOTE;
}

/* One quoted run from token `i` (an opening mark, or the sentence start
 * when the first mark closes a quotation begun in the sentence before). */
static size_t quoted_run(actx *c, size_t i, verdicts *vs) {
    const tok *t = c->t.v;
    size_t j = (t[i].flags & T_OPENQ) ? i + 1 : i;
    int words = 0, verdict = 0;
    const tok *prev = NULL;
    for (; j < c->t.n && !closes(&t[j]); j++) {
        if (!(t[j].flags & T_WORD)) continue;
        words++;
        if (tok_in(c, &t[j], WS_VERDICT_WORDS) || intensified_verdict(c, prev, &t[j])) verdict = 1;
        prev = &t[j];
    }
    size_t end = j < c->t.n ? t[j].e : c->sent.end;
    if (verdict && words > 0 && words <= VERDICT_MAX_WORDS && vs->n < MAX_VERDICTS) {
        vs->v[vs->n] = span_make(t[i].s, end);
        vs->tok[vs->n] = i;
        vs->used[vs->n++] = 0;
    }
    return j;
}

static void find_verdicts(actx *c, verdicts *vs) {
    vs->n = 0;
    if (!c->rs->words[WS_VERDICT_WORDS].n) return;
    int seen_open = 0;
    for (size_t i = 0; i < c->t.n; i++) {
        const tok *k = &c->t.v[i];
        if (!(k->flags & T_QUOTE)) continue;
        /* a closing mark first: the quotation began a sentence earlier */
        if (!seen_open && closes(k)) {
            seen_open = 1;
            quoted_run(c, 0, vs);
            continue;
        }
        if (!(k->flags & T_OPENQ)) continue;
        seen_open = 1;
        i = quoted_run(c, i, vs);
    }
}

/* A marker followed by the quotation it introduces -- "dismissed the
 * reports as \"a fantasy cooked up ...\"", "denied the allegations,
 * calling them \"a malicious campaign\"" -- takes it, verdict word or
 * not: the words are the dispute's own. */
static int introduces(const actx *c, const tok *k) {
    return tok_in(c, k, WS_VERDICT_OPENERS);
}

/* The closing mark of the quotation opened at token `open`, or 0 when
 * it does not close in this sentence or runs past VERDICT_MAX_WORDS. */
static size_t closing_mark(const actx *c, size_t open) {
    int words = 0;
    size_t j = open + 1;
    for (; j < c->t.n && !closes(&c->t.v[j]); j++) words += (c->t.v[j].flags & T_WORD) != 0;
    return j < c->t.n && words <= VERDICT_MAX_WORDS ? j : 0;
}

/* A marker that ends inside a quotation ("called the claims
 * \"categorically false") runs to its closing mark. */
static void close_quote(actx *c, annotation *a) {
    size_t open = c->t.n;
    for (size_t i = tok_at(&c->t, a->marker.start); i < c->t.n && c->t.v[i].e <= a->marker.end; i++) {
        if (c->t.v[i].flags & T_OPENQ) open = i;
        else if (closes(&c->t.v[i])) open = c->t.n;
    }
    size_t j = open < c->t.n ? closing_mark(c, open) : 0;
    if (j && c->t.v[j].e > a->marker.end) a->marker.end = c->t.v[j].e;
}

/* "not", "never", "no", or a word in "n't" ("didn't", "won't"). */
static int negation(const actx *c, const tok *k) {
    return tok_in(c, k, WS_NEGATIONS) || (k->e - k->s > 3 && memcmp(c->text + k->e - 3, "n't", 3) == 0);
}

static int rejection(const actx *c, const tok *k) {
    return tok_in(c, k, WS_REJECTION_VERBS);
}

/* "dismissed reports of men being detained in the street as
 * \"provocations ...\"": the object of a dismissal may run on, with
 * no punctuation, to the "as" that opens its quotation. */
static size_t as_quote_far(const actx *c, size_t from) {
    for (size_t i = from; i < c->t.n && i < from + INTRO_FAR_TOKENS; i++) {
        if (c->t.v[i].flags & T_OPENQ) return i > from && tok_is(c, &c->t.v[i - 1], "as") ? i : 0;
        if (!(c->t.v[i].flags & T_WORD)) return 0;
    }
    return 0;
}

static int rejects(const actx *c, span m) {
    for (size_t i = tok_at(&c->t, m.start); i < c->t.n && c->t.v[i].e <= m.end; i++)
        if (rejection(c, &c->t.v[i])) return 1;
    return 0;
}

static void carry_as_quote(actx *c, annotation *a) {
    close_quote(c, a);
    size_t i = tok_at(&c->t, a->marker.end), from = i;
    int intro = i > 0 && introduces(c, &c->t.v[i - 1]);
    for (; i < c->t.n && i < from + INTRO_MAX_TOKENS && !(c->t.v[i].flags & T_OPENQ); i++)
        intro |= introduces(c, &c->t.v[i]);
    if (i < c->t.n && !(c->t.v[i].flags & T_OPENQ) && rejects(c, a->marker)) {
        size_t q = as_quote_far(c, from);
        if (q) {
            i = q;
            intro = 1;
        }
    }
    if (!intro || i >= c->t.n || !(c->t.v[i].flags & T_OPENQ)) return;
    size_t j = closing_mark(c, i);
    if (j > i + 1) a->marker.end = c->t.v[j].e;
}

/* A marker carries the quoted verdict right after it ("said the
 * allegations were false, calling them \"a staged provocation\""): one
 * dispute, shown as one span. */
static void carry_verdict(actx *c, verdicts *vs, annotation *a) {
    carry_as_quote(c, a);
    size_t end = tok_at(&c->t, a->marker.end);
    for (int q = 0; q < vs->n; q++) {
        if (vs->used[q]) continue;
        int inside = vs->v[q].start < a->marker.end && vs->v[q].end > a->marker.start;
        if (!inside && (vs->v[q].start < a->marker.end || vs->tok[q] > end + VERDICT_NEAR)) continue;
        vs->used[q] = 1;
        if (vs->v[q].end > a->marker.end) a->marker.end = vs->v[q].end;
    }
}

/* Quoted verdicts no marker carried stand as markers of their own. */
static int lone_verdicts(actx *c, const verdicts *vs, prior last) {
    for (int q = 0; q < vs->n; q++) {
        if (vs->used[q]) continue;
        if (!span_is_null(last.sp) && vs->v[q].start < last.sp.end && vs->v[q].end > last.sp.start)
            continue;
        annotation a = annotation_make(KIND_CONTESTED, c->sent);
        a.marker = vs->v[q];
        snprintf(a.why, sizeof a.why, "quoted denial");
        if (emit(c, &a) < 0) return -1;
    }
    return 0;
}

/* Emit a marker; one that runs from the claim to its verb is shown as
 * the claim word and the verb group (trim_long). */
static int emit_marker(actx *c, annotation *a, verdicts *vs) {
    size_t tail = trim_long(c, a->marker.start, a->marker.end);
    size_t w = tok_at(&c->t, a->marker.start);
    /* "reports of a rift were \"wide of the mark\"": only a claim word
     * with its own clause ("claim that ...") is marked apart */
    if (tail > a->marker.start && w + 1 < c->t.n && tok_is(c, &c->t.v[w + 1], "that")) {
        annotation head = *a;
        head.marker = span_make(a->marker.start, w < c->t.n ? c->t.v[w].e : a->marker.start);
        if (emit(c, &head) < 0) return -1;
        a->marker.start = tail;
    }
    carry_verdict(c, vs, a);
    return emit(c, a);
}

/* The hit names a charge ("allegations", "claims", "accusation") that a
 * denial before it can take as its object; "without offering evidence"
 * after "alleged widespread fraud" is a marker of its own. */
static int claim_word(const actx *c, const hit *h) {
    return rs_has_prefix(c->rs, WS_CHARGE_STEMS, c->text + h->s, h->e - h->s);
}

/* The next contested hit after `h` in this sentence, or NULL. */
static const hit *next_marker(const actx *c, const hit *h) {
    for (const hit *o = h + 1; o < c->h.v + c->h.n; o++)
        if (o->sec == PS_CONTESTED && o->s >= h->e) return o;
    return NULL;
}

/* "The council insists the terrace was unauthorised, a claim the owner's
 * lawyers deny": a denial later in the sentence, hung on the insistence
 * by ", a claim ..." or ", which ...", answers it (not "insisted ... and
 * accused the union of ...": that is the same side speaking on). */
static span denial_after(const actx *c, const hit *h) {
    for (const hit *o = next_marker(c, h); o; o = next_marker(c, o)) {
        if (c->rs->pat[PS_CONTESTED].v[o->entry].rebut != REBUT_NONE) continue;
        size_t k = tok_at(&c->t, o->s), from = k > DENIAL_HOOK ? k - DENIAL_HOOK : 0;
        for (size_t i = from; i + 1 < k; i++)
            if (c->text[c->t.v[i].s] == ',' &&
                (tok_is(c, &c->t.v[i + 1], "a") || tok_is(c, &c->t.v[i + 1], "an") ||
                 tok_is(c, &c->t.v[i + 1], "which")))
                return span_make(o->s, c->sent.end);
    }
    return span_null();
}

/* "X has moved out ... -- just weeks after the pair insisted their
 * marriage was \"stronger than ever\"": news dated against an insistence
 * ("days after", "months after") is the writer setting what happened
 * against what was insisted.  The main clause that does so, or null. */
#define SINCE_MAX_TOKENS 6       /* "weeks after the club's new owner insisted" */

static span news_since(const actx *c, const hit *h) {
    const tok *t = c->t.v;
    size_t m = tok_at(&c->t, h->s);
    for (size_t i = m; i-- > 1 && m - i <= SINCE_MAX_TOKENS + 1;) {
        if (!(t[i].flags & T_WORD)) return span_null();
        if (!tok_is(c, &t[i], "after")) continue;
        const tok *u = &t[i - 1];
        size_t n = u->e - u->s;
        /* "weeks", "days", "months": a time noun in the plural */
        if (n < 4 || c->text[u->e - 1] != 's' ||
            !rs_has_word(c->rs, WS_TIME_NOUNS, c->text + u->s, n - 1))
            return span_null();
        size_t w = i - 1;
        while (w > 0 && (t[w - 1].flags & T_WORD) && !tok_in(c, &t[w - 1], WS_DETERMINERS) &&
               w + 3 > i)
            w--;                             /* "just", "only", "a few" */
        if (w > 0 && t[w].s > c->sent.start + 1) return span_make(c->sent.start, t[w - 1].e);
        /* "Days after the chairman insisted he was safe, the club sacked
         * its manager": the clause after the opening one */
        for (size_t j = m + 1; w == 0 && j + 1 < c->t.n; j++)
            if (tok_is_comma(c, &t[j])) return span_make(t[j + 1].s, c->sent.end);
        return span_null();
    }
    return span_null();
}

/* "A freedom of information response seen by this newspaper shows the
 * repair was signed off that year, although council officers insist it
 * was correctly included": the writer's evidence, set against the
 * insistence by the contrast that opens its clause.  The clause before,
 * or null. */
#define CONTRAST_HOOK 4          /* tokens from ", although" to the marker */

static span contrast_before(const actx *c, const hit *h) {
    const tok *t = c->t.v;
    size_t m = tok_at(&c->t, h->s);
    for (size_t i = m; i-- > 1 && m - i <= CONTRAST_HOOK;) {
        if (!(t[i].flags & T_WORD)) return span_null();
        if (!tok_in(c, &t[i], WS_COUNTER_WORDS) || !tok_is_comma(c, &t[i - 1])) continue;
        signals sg = signals_in(c, c->sent.start, t[i - 1].s);
        return sg.evidence ? span_make(c->sent.start, t[i - 1].s) : span_null();
    }
    return span_null();
}

/* "Allegations that ballot boxes were tampered with were investigated
 * and found to be baseless": a verdict word predicated of the charge
 * marked before it is that one dispute, not a second. */
static int found_false(const actx *c, prior last, const hit *h, size_t start) {
    size_t i = tok_at(&c->t, h->s);
    return last.charge && !span_is_null(last.sp) && start < h->s && i < c->t.n &&
           c->t.v[i].e == h->e && tok_in(c, &c->t.v[i], WS_VERDICT_WORDS);
}

/* "He has not disputed that the exchanges took place", "does not
 * confirm or deny investigations": a rejection verb under a negation
 * (or the second of "confirm or deny") concedes or declines, it does
 * not dispute. */
static int negated_rejection(const actx *c, const hit *h) {
    size_t i = tok_at(&c->t, h->s);
    if (i >= c->t.n || !rejection(c, &c->t.v[i])) return 0;
    if (i >= 2 && (tok_is(c, &c->t.v[i - 1], "or") || tok_is(c, &c->t.v[i - 1], "nor")) &&
        (c->t.v[i - 2].flags & T_WORD))
        i -= 2;
    while (i > 0 && tok_ly_word(c, &c->t.v[i - 1])) i--;     /* "not publicly disputed" */
    if (i == 0) return 0;
    const tok *k = &c->t.v[i - 1];
    return negation(c, k);
}

/* "She insisted that any improvement must be funded from the budget":
 * the demand pack reads a cue where the marker starts, so what is
 * insisted on is a requirement, which facts do not contradict; only the
 * party's own word set against it does ("Belania insists talks must
 * begin without preconditions. Yet its president said ... only if"). */
static int insisted_demand(const actx *c, size_t at) {
    int demand = 0;
    for (size_t i = 0; i < c->h.n; i++) demand |= c->h.v[i].sec == PS_DEMANDS && c->h.v[i].s == at;
    if (!demand) return 0;
    if (c->si + 1 >= c->segs.n) return 1;
    const segment *g = &c->segs.v[c->si + 1];
    return !own_side_counter(c, g) && !recent_contrast(c, g);
}

static int one_marker(actx *c, const hit *h, prior *last, verdicts *vs) {
    if (!span_is_null(last->sp) && h->s < last->sp.end) return 0;
    if (negated_rejection(c, h)) return 0;
    const rule_entry *e = &c->rs->pat[PS_CONTESTED].v[h->entry];
    if (e->rebut == REBUT_REQUIRED && insisted_demand(c, h->s)) return 0;
    if (e->rebut == REBUT_SEEK && claim_word(c, h) && object_of(c, *last, h->s)) return 0;
    annotation a = annotation_make(KIND_CONTESTED, c->sent);
    a.marker = span_make(marker_start(c, h->s), h->e);
    if (found_false(c, *last, h, a.marker.start)) return 0;
    snprintf(a.why, sizeof a.why, "%s", e->label);
    if (e->rebut == REBUT_SEEK || e->rebut == REBUT_REQUIRED)
        a.rebuttal = find_rebuttal(c, a.marker.start, e->rebut == REBUT_REQUIRED);
    if (e->rebut == REBUT_REQUIRED && span_is_null(a.rebuttal)) a.rebuttal = denial_after(c, h);
    if (e->rebut == REBUT_REQUIRED && span_is_null(a.rebuttal)) a.rebuttal = news_since(c, h);
    if (e->rebut == REBUT_REQUIRED && span_is_null(a.rebuttal)) a.rebuttal = contrast_before(c, h);
    if (e->rebut == REBUT_REQUIRED && span_is_null(a.rebuttal)) return 0;
    /* "denied the allegation": the charge denied is part of the one
     * dispute, shown with it */
    const hit *o = e->rebut == REBUT_NONE ? next_marker(c, h) : NULL;
    if (o && c->rs->pat[PS_CONTESTED].v[o->entry].rebut == REBUT_SEEK && claim_word(c, o)) {
        prior self = {a.marker, 1, 0};
        if (object_of(c, self, o->s)) a.marker.end = o->e;
    }
    last->denial = e->rebut == REBUT_NONE;
    last->charge = claim_word(c, h);
    size_t start = a.marker.start;
    int r = emit_marker(c, &a, vs);
    last->sp = span_make(start, a.marker.end);    /* with the verdict it carried */
    return r;
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

/* "allegations that it cut safety training, which the company has
 * strongly rejected": a rejection that ends the clause hung on a charge
 * is the dispute of it.  Only after a charge: "the pay offer, which the
 * union rejected" answers a demand. */
#define WHICH_SUBJECT_WORDS 5

/* A contested pattern already marks some of [s, e). */
static int marked_between(const actx *c, size_t s, size_t e) {
    for (size_t i = 0; i < c->h.n; i++)
        if (c->h.v[i].sec == PS_CONTESTED && c->h.v[i].s < e && c->h.v[i].e > s) return 1;
    return 0;
}

/* The token after the relative clause's subject: its verb group ends the
 * clause at `*verb`. */
static int rejected_clause(const actx *c, size_t w, size_t *verb) {
    const tok *t = c->t.v;
    size_t i = w + 1, words = 0;
    while (i < c->t.n && (t[i].flags & T_WORD) && !tok_in(c, &t[i], WS_AUXILIARIES) &&
           !rejection(c, &t[i]) && ++words <= WHICH_SUBJECT_WORDS)
        i++;
    if (words == 0 || words > WHICH_SUBJECT_WORDS) return 0;
    /* "a claim the operator, Brackwell Energy, denies": the name set off
     * after the subject is part of it */
    if (i + 2 < c->t.n && tok_is_comma(c, &t[i]) && tok_namey(c, i + 1)) {
        size_t j = i + 1;
        while (j < c->t.n && j < i + 1 + WHICH_SUBJECT_WORDS && tok_namey(c, j)) j++;
        if (j + 1 < c->t.n && tok_is_comma(c, &t[j])) i = j + 1;
    }
    while (i < c->t.n && (tok_in(c, &t[i], WS_AUXILIARIES) || tok_ly_word(c, &t[i]) ||
                          tok_is(c, &t[i], "always") || tok_is(c, &t[i], "long")))
        i++;                                 /* "has always challenged" */
    if (i >= c->t.n || !rejection(c, &t[i])) return 0;
    if (i + 1 < c->t.n && !(t[i + 1].flags & (T_PUNCT | T_DASH | T_QUOTE))) return 0;
    *verb = i;
    return 1;
}

static int rejected_charge(actx *c) {
    size_t from = (size_t)-1;
    for (size_t i = 0; i < c->h.n && from == (size_t)-1; i++)
        if (c->h.v[i].sec == PS_CONTESTED && claim_word(c, &c->h.v[i])) from = c->h.v[i].e;
    if (from == (size_t)-1) return 0;
    for (size_t w = tok_at(&c->t, from); w + 1 < c->t.n; w++) {
        size_t v;
        if (!tok_is(c, &c->t.v[w], "which") || w == 0 || !tok_is_comma(c, &c->t.v[w - 1]) ||
            !rejected_clause(c, w, &v))
            continue;
        if (marked_between(c, c->t.v[w].s, c->t.v[v].e)) return 0;
        annotation a = annotation_make(KIND_CONTESTED, c->sent);
        size_t s0 = v;    /* "has strongly rejected": the verb group */
        while (s0 > w + 1 && (tok_in(c, &c->t.v[s0 - 1], WS_AUXILIARIES) || tok_ly_word(c, &c->t.v[s0 - 1])))
            s0--;
        a.marker = span_make(c->t.v[s0].s, c->t.v[v].e);
        snprintf(a.why, sizeof a.why, "explicit dispute");
        return emit(c, &a);
    }
    return 0;
}

/* "The minister argues the cuts will save money, a view the union
 * rejects": a stance set after a comma and rejected by the clause that
 * ends the sentence is disputed, as a charge rejected is. */
static int rejected_stance(actx *c) {
    for (size_t w = 2; w + 2 < c->t.n; w++) {
        size_t v;
        if (!tok_in(c, &c->t.v[w], WS_CLAIM_NOUNS) || !tok_is_comma(c, &c->t.v[w - 2]) ||
            !(tok_is(c, &c->t.v[w - 1], "a") || tok_is(c, &c->t.v[w - 1], "an") ||
              tok_is(c, &c->t.v[w - 1], "one")) ||
            !rejected_clause(c, w, &v))
            continue;
        annotation a = annotation_make(KIND_CONTESTED, c->sent);
        a.marker = span_make(c->t.v[w].s, c->t.v[v].e);
        /* "..., a claim the operator denies": the denial is marked on
         * its own; the charge it hangs on is the disputed one (not "a
         * position his family disputes": a stance, not a charge) */
        if (marked_between(c, c->t.v[v].s, c->t.v[v].e) &&
            !marked_between(c, c->t.v[w - 1].s, c->t.v[w].e) &&
            rs_has_prefix(c->rs, WS_CHARGE_STEMS, c->text + c->t.v[w].s, c->t.v[w].e - c->t.v[w].s))
            a.marker = span_make(c->t.v[w - 1].s, c->t.v[w].e);
        else if (marked_between(c, c->t.v[w].s, c->t.v[v].e))
            return 0;
        snprintf(a.why, sizeof a.why, "explicit dispute");
        return emit(c, &a);
    }
    return 0;
}

/* "Suvaland has spread the narrative that Edran is arming, a claim for
 * which there is no public evidence": a stance set after a comma and
 * left without support in the clause hung on it ("no evidence", "little
 * proof", "made without evidence") is disputed by the writer, as "there
 * is no evidence that" is.  Not "a claim backed by evidence from ...". */
#define UNBACKED_WORDS 14

static int unbacked_stance(actx *c) {
    const tok *t = c->t.v;
    if (!c->rs->words[WS_SUPPORT_NOUNS].n) return 0;
    for (size_t w = 2; w + 2 < c->t.n; w++) {
        if (!tok_in(c, &t[w], WS_CLAIM_NOUNS) || !tok_is_comma(c, &t[w - 2]) ||
            !(tok_is(c, &t[w - 1], "a") || tok_is(c, &t[w - 1], "an")))
            continue;
        for (size_t i = w + 2; i < c->t.n && i <= w + UNBACKED_WORDS && (t[i].flags & T_WORD); i++) {
            if (!tok_in(c, &t[i], WS_SUPPORT_NOUNS)) continue;
            int lacking = tok_in(c, &t[i - 1], WS_LACKING_WORDS) ||
                          (i > w + 2 && tok_in(c, &t[i - 2], WS_LACKING_WORDS));
            if (!lacking || marked_between(c, t[w - 1].s, t[w].e)) break;
            annotation a = annotation_make(KIND_CONTESTED, c->sent);
            a.marker = span_make(t[w - 1].s, t[i].e);
            /* "..., a claim the mission said it had found no evidence to
             * support": the lack is marked on its own; the claim it hangs
             * on is the disputed one */
            if (marked_between(c, t[w].e, t[i].e)) a.marker = span_make(t[w - 1].s, t[w].e);
            snprintf(a.why, sizeof a.why, "without evidence");
            return emit(c, &a);
        }
    }
    return 0;
}

/* "Organisers said the document was fake": a speaker calling the thing
 * he names false, in so many words, disputes it as "called it
 * fabricated" does.  The marker is that clause ("the document was fake");
 * only a plain "said"/"told" (a finding is no dispute by a side). */
#define FALSITY_SUBJECT_WORDS 4

static int falsity_end(const actx *c, span content) {
    const tok *t = c->t.v;
    size_t i = tok_at(&c->t, content.start), n = 0;
    if (i >= c->t.n || t[i].s != content.start ||
        !(tok_in(c, &t[i], WS_DETERMINERS) || (t[i].flags & T_POSS)))
        return -1;
    for (i++; i < c->t.n && (t[i].flags & T_WORD) && !tok_in(c, &t[i], WS_BE_FORMS); i++)
        if (++n > FALSITY_SUBJECT_WORDS) return -1;
    if (n == 0 || i + 1 >= c->t.n || !tok_in(c, &t[i], WS_BE_FORMS) ||
        !tok_in(c, &t[i - 1], WS_FALSITY_SUBJECTS))
        return -1;
    i++;
    if (i + 1 < c->t.n && tok_ly_word(c, &t[i])) i++;     /* "was entirely fake" */
    /* "was a fake created with artificial intelligence": the word as a
     * noun, which a participle or a preposition may follow */
    int noun = i + 1 < c->t.n && (tok_is(c, &t[i], "a") || tok_is(c, &t[i], "an"));
    i += noun;
    if (!tok_in(c, &t[i], WS_FALSITY_WORDS) || t[i].e > content.end) return -1;
    if (noun && i + 1 < c->t.n && (tok_in(c, &t[i + 1], WS_PREPOSITIONS) ||
                                  tok_is(c, &t[i + 1], "that") || tok_is(c, &t[i + 1], "which") ||
                                  tok_in(c, &t[i + 1], WS_IRREGULAR_PASTS) ||
                                  (t[i + 1].e - t[i + 1].s > 3 &&
                                   memcmp(c->text + t[i + 1].e - 2, "ed", 2) == 0)))
        return (int)i;
    if (i + 1 < c->t.n && !(t[i + 1].flags & T_PUNCT) && !tok_is(c, &t[i + 1], "and") &&
        !tok_is(c, &t[i + 1], "but") && t[i + 1].s < content.end)
        return -1;                           /* "was false advertising" */
    return (int)i;
}

static int said_false(actx *c) {
    for (size_t k = 0; k < c->claims.n; k++) {
        const annotation *cl = &c->claims.v[k].a;
        if (span_is_null(cl->content) || span_is_null(cl->cue)) continue;
        size_t q = tok_at(&c->t, cl->cue.end) - 1;    /* the verb ending the cue */
        if (q >= c->t.n || !rs_has_prefix(c->rs, WS_SPEECH_STEMS, c->text + c->t.v[q].s,
                                          c->t.v[q].e - c->t.v[q].s))
            continue;
        int v = falsity_end(c, cl->content);
        if (v < 0 || marked_between(c, cl->content.start, c->t.v[v].e)) continue;
        annotation a = annotation_make(KIND_CONTESTED, c->sent);
        a.marker = span_make(cl->content.start, c->t.v[v].e);
        snprintf(a.why, sizeof a.why, "explicit dispute");
        if (emit(c, &a) < 0) return -1;
    }
    return 0;
}

/* "Zentra has said its app does not collect location data. An analysis
 * by two independent researchers found it transmitted users' GPS
 * coordinates every 15 minutes": what a side says is not so, set against
 * the writer's records or findings that say it is, with figures, right
 * after -- rebutted by the text with no marker word.  The marker is what
 * was said, the rebuttal the next sentence.  Not when the records agree
 * ("An audit found no wrongdoing") or someone else speaks. */
static int says_not(const actx *c, span content) {
    int no = 0;
    for (size_t i = tok_at(&c->t, content.start); i < c->t.n && c->t.v[i].e <= content.end; i++) {
        const tok *k = &c->t.v[i];
        /* '"We are not going to water this down"', 'were "simply not
         * credible"': a speaker's own words are a stance, not a fact */
        if (k->flags & T_QUOTE) return 0;
        /* "the hospital would not close": a promise, which records of
         * the past do not answer */
        if (tok_in(c, k, WS_FINITE_AUXILIARIES) && !tok_in(c, k, WS_BE_FORMS) &&
            !tok_is(c, k, "has") && !tok_is(c, k, "have") && !tok_is(c, k, "had") &&
            !tok_is(c, k, "does") && !tok_is(c, k, "did"))
            return 0;                        /* a modal: "would", "will", "could" */
        if (negation(c, k)) no = 1;
    }
    return no;
}

static int records_say_so(actx *c) {
    if (c->si + 1 >= c->segs.n) return 0;
    const segment *g = &c->segs.v[c->si + 1], *cur = &c->segs.v[c->si];
    if (g->kind == SEG_HEADING || g->para != cur->para) return 0;
    int answer;
    if (has_marker(c, g->start, g->end, &answer) || sentence_attributed(c, g->start, g->end)) return 0;
    for (size_t i = 0; i < c->h2.n; i++)
        if (c->h2.v[i].sec == PS_DEMANDS) return 0;     /* a party's demand is its word */
    signals sg = signals_in(c, g->start, g->end);
    return sg.evidence && sg.number && !sg.counter;
}

static int said_not_so(actx *c) {
    for (size_t k = 0; k < c->claims.n; k++) {
        const annotation *cl = &c->claims.v[k].a;
        if (span_is_null(cl->content) || span_is_null(cl->cue) || cl->source.anonymous) continue;
        size_t q = tok_at(&c->t, cl->cue.end) - 1;    /* the verb ending the cue */
        if (q >= c->t.n || !rs_has_prefix(c->rs, WS_SPEECH_STEMS, c->text + c->t.v[q].s,
                                          c->t.v[q].e - c->t.v[q].s))
            continue;
        if (!says_not(c, cl->content) || marked_between(c, c->sent.start, c->sent.end) ||
            !records_say_so(c))
            continue;
        annotation a = annotation_make(KIND_CONTESTED, c->sent);
        a.marker = cl->content;
        a.rebuttal = span_make(c->segs.v[c->si + 1].start, c->segs.v[c->si + 1].end);
        snprintf(a.why, sizeof a.why, "contradicted");
        return emit(c, &a);
    }
    return 0;
}

/* "The grid will be carbon-free by 2030, the utility claims.": a
 * present "claims" the claims analyser read as a verb where no marker
 * pattern could tell it from the noun; in any tense it distances. */
static int claims_verb(actx *c) {
    for (size_t k = 0; k < c->claims.n; k++) {
        const annotation *cl = &c->claims.v[k].a;
        if (span_is_null(cl->cue) || marked_between(c, cl->cue.start, cl->cue.end)) continue;
        size_t q = tok_at(&c->t, cl->cue.end) - 1;    /* the verb ending the cue */
        if (q >= c->t.n || !tok_is(c, &c->t.v[q], "claims")) continue;
        annotation a = annotation_make(KIND_CONTESTED, c->sent);
        a.marker = span_make(c->t.v[q].s, c->t.v[q].e);
        snprintf(a.why, sizeof a.why, "distancing verb");
        if (emit(c, &a) < 0) return -1;
    }
    return 0;
}

/* "the judge said the service's account of events was \"not credible\"",
 * "called the alliance's safety argument \"a fig leaf for layoffs\"": a
 * quotation that weighs what a side put forward -- its account, its
 * explanation, its argument -- is the dispute in the speaker's words,
 * verdict word or not; only one that agrees ("was \"entirely fair\"")
 * is not.  Its subject is the noun just before the copula or the
 * calling verb, so "called the package \"unaffordable\"" (a demand,
 * convention 9) and "said the report was \"damning\"" (a finding) stay
 * unmarked. */
#define JUDGED_BACK_WORDS 4

/* A contested annotation already emitted over [s, e). */
static int emitted_over(const actx *c, size_t s, size_t e) {
    for (size_t i = c->out->n; i > 0; i--) {
        const annotation *a = &c->out->v[i - 1];
        if (a->whole.end <= c->sent.start) break;
        if (a->kind == KIND_CONTESTED && a->marker.start < e && a->marker.end > s) return 1;
    }
    return 0;
}

/* The judged noun among the JUDGED_BACK_WORDS words ending at token
 * `k` ("account of events", "the union's safety argument"): 2 when
 * another side's, 1 when a pronoun's ("his explanation" may be the
 * speaker's own), 0 when none or the speaker's ("our explanation") or
 * a quarrel ("his argument with the referee"). */
static int judged_noun_before(const actx *c, size_t k, int head_only) {
    const tok *t = c->t.v;
    for (size_t n = 0; n < JUDGED_BACK_WORDS && k < c->t.n && (t[k].flags & T_WORD); n++, k--) {
        /* "version of events": a software "new version" is no statement */
        int version = tok_is(c, &t[k], "version") && k + 1 < c->t.n && tok_is(c, &t[k + 1], "of");
        if (version || tok_in(c, &t[k], WS_JUDGED_STATEMENTS)) {
            if (k + 1 < c->t.n && tok_is(c, &t[k + 1], "with")) return 0;
            int own = 2;
            for (size_t d = k; d > 0 && d + JUDGED_BACK_WORDS > k && (t[d - 1].flags & T_WORD); d--) {
                if (tok_is(c, &t[d - 1], "our") || tok_is(c, &t[d - 1], "my")) return 0;
                if (tok_in(c, &t[d - 1], WS_POSSESSIVES)) own = 1;
            }
            return own;
        }
        if (head_only || tok_in(c, &t[k], WS_BE_FORMS) || k == 0) return 0;
    }
    return 0;
}

/* "the charity's claim that it had built 400 wells was \"at best
 * double-counting\"": the subject of the copula at `be` is a stance
 * with its own that-clause, which the quotation weighs (2), unless the
 * stance is the speaker's ("our view that"). */
#define STANCE_CLAUSE_TOKENS 30

static int stance_clause_before(const actx *c, size_t be) {
    const tok *t = c->t.v;
    for (size_t i = be; i > 1 && i + STANCE_CLAUSE_TOKENS > be; i--) {
        const tok *k = &t[i - 1];
        /* a comma may open another clause: "disputed the suggestion that
         * ..., saying its rate was \"in line with ...\"" */
        if (k->flags & (T_QUOTE | T_PUNCT | T_DASH)) return 0;
        if (!tok_is(c, k, "that") || !tok_in(c, &t[i - 2], WS_CLAIM_NOUNS)) continue;
        return i >= 3 && (tok_is(c, &t[i - 3], "our") || tok_is(c, &t[i - 3], "my")) ? 0 : 2;
    }
    return 0;
}

/* The quotation opened at `open` weighs a judged noun: "<noun> [of X]
 * [that] was [simply] \"...\"" or "called <noun> [as] \"...\"".  The
 * value is judged_noun_before's. */
static int weighs_statement(const actx *c, size_t open) {
    const tok *t = c->t.v;
    size_t k = open;
    if (k > 0 && tok_ly_word(c, &t[k - 1])) k--;
    if (k < 2) return 0;
    if (tok_in(c, &t[k - 1], WS_BE_FORMS)) {
        size_t n = k - 2;
        if (n > 0 && (tok_is(c, &t[n], "that") || tok_is(c, &t[n], "which"))) n--;
        int w = judged_noun_before(c, n, 0);
        return w ? w : stance_clause_before(c, k - 1);
    }
    size_t n = tok_is(c, &t[k - 1], "as") ? k - 2 : k - 1;
    int w = judged_noun_before(c, n, 1);
    if (!w) return 0;
    for (size_t b = n; b > 0 && b + JUDGED_BACK_WORDS + 1 > n && (t[b - 1].flags & T_WORD); b--)
        if (tok_in(c, &t[b - 1], WS_VERDICT_OPENERS) && !tok_is(c, &t[b - 1], "as")) return w;
    return 0;
}

/* The quotation [open, close] says no or sets against: a negation or
 * a counter word ("\"convenient but incomplete\"", "\"not credible\""). */
static int gainsays(const actx *c, size_t open, size_t close) {
    for (size_t i = open + 1; i < close; i++) {
        const tok *k = &c->t.v[i];
        if (negation(c, k) || tok_in(c, k, WS_COUNTER_WORDS)) return 1;
    }
    return 0;
}

/* The quotation [open, close] agrees: an approving word with no
 * negation ("\"not credible\"" disputes). */
static int approves(const actx *c, size_t open, size_t close) {
    int approve = 0;
    for (size_t i = open + 1; i < close; i++) {
        const tok *k = &c->t.v[i];
        if (negation(c, k)) return 0;
        approve |= tok_in(c, k, WS_APPROVAL_WORDS);
    }
    return approve;
}

/* "The report found that the officer's account was \"not supported\"":
 * a finding's own wording of a fact, not a side's. */
static int found_before(const actx *c, size_t i) {
    while (i-- > 0)
        if (tok_in(c, &c->t.v[i], WS_FINDING_VERBS)) return 1;
    return 0;
}

static int judged_statement(actx *c) {
    if (!c->rs->words[WS_JUDGED_STATEMENTS].n) return 0;
    for (size_t i = 0; i + 1 < c->t.n; i++) {
        if ((c->t.v[i].flags & (T_QUOTE | T_OPENQ)) != (T_QUOTE | T_OPENQ)) continue;
        size_t j = closing_mark(c, i);
        if (!j || j < i + 2) continue;
        span q = span_make(c->t.v[i].s, c->t.v[j].e);
        int w = weighs_statement(c, i);
        if (w && (w == 2 || gainsays(c, i, j)) && !approves(c, i, j) && !found_before(c, i) &&
            !emitted_over(c, q.start, q.end)) {
            annotation a = annotation_make(KIND_CONTESTED, c->sent);
            a.marker = q;
            snprintf(a.why, sizeof a.why, "quoted denial");
            if (emit(c, &a) < 0) return -1;
        }
        i = j;
    }
    return 0;
}

int contested_run(actx *c) {
    prior last = {span_null(), 0, 0};
    verdicts vs;
    find_verdicts(c, &vs);
    for (size_t i = 0; i < c->h.n; i++) {
        const hit *h = &c->h.v[i];
        if (h->sec == PS_CONTESTED && one_marker(c, h, &last, &vs) < 0) return -1;
    }
    if (lone_verdicts(c, &vs, last) < 0 || rejected_charge(c) < 0 || rejected_stance(c) < 0 ||
        unbacked_stance(c) < 0 || said_false(c) < 0 || said_not_so(c) < 0 || claims_verb(c) < 0 ||
        judged_statement(c) < 0)
        return -1;
    return c->rs->scare_quotes > 0 ? scare_quotes(c) : 0;
}
