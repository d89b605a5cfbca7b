/* analyse.c -- the pipeline: sentences, one scan for rule candidates per
 * sentence, tokens for the sentences that have any, then each analyser.
 * Also the token and noun-phrase helpers the analysers share. */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include "analyse.h"
#include "analysers.h"
#include "vec.h"
#include "words.h"

/* A sentence with more candidates than this is not prose. */
#define MAX_HITS_PER_SENTENCE 512
/* After this many match-limit hits in one call the scan stops: a pattern
 * that explodes everywhere must not turn a file into minutes of work. */
#define MAX_LIMIT_HITS 8
/* Longest phrase taken as a source. */
#define NP_MAX_TOKENS 14
/* ... and how many more when a relative clause describes the person */
#define NP_RELATIVE_TOKENS 8
/* How far past a sentence a candidate's pattern may look. */
#define SCAN_MARGIN 256
/* A paragraph with more findings than this is machine-made text (a 50 MB
 * line of claims): its first ANALYSE_MAX_FINDINGS are what a reader can
 * use, and analysing the rest cost minutes and gigabytes.  The margin
 * keeps those first ones what a full run finds (the analysers look a
 * sentence or two back, not a thousand findings) and lets the caller see
 * that there were more. */
#define PARAGRAPH_FINDINGS_KEPT (ANALYSE_MAX_FINDINGS + 1000)

static int grow(void **v, size_t *cap, size_t need, size_t size) {
    return vec_grow(v, cap, need, size, 32);
}

/* ---- candidates --------------------------------------------------------- */

static int word_byte(unsigned char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

/* Where the next candidate starts at or after `at`, over every part of
 * the scan; `next` caches each part's last answer, as `at` only grows. */
static int next_candidate(actx *c, size_t at, size_t lim, size_t *next,
                          int *known, size_t *ms) {
    const ruleset *rs = c->rs;
    size_t best = SIZE_MAX;
    for (int i = 0; i < rs->nscan; i++) {
        if (!known[i] || next[i] < at) {
            known[i] = 1;
            int rc = pcre2_match(rs->scan[i], (PCRE2_SPTR)c->text, lim, at, 0,
                                 c->m.md, c->m.mc);
            if (rc == PCRE2_ERROR_NOMATCH) next[i] = SIZE_MAX;
            else if (rc < 0) return rc;
            else next[i] = pcre2_get_ovector_pointer(c->m.md)[0];
        }
        if (next[i] < best) best = next[i];
    }
    if (best == SIZE_MAX) return PCRE2_ERROR_NOMATCH;
    *ms = best;
    return 0;
}

/* The careful path, for a sentence the one-pass scan gave up on (a PCRE2
 * limit: some pack pattern backtracks without end) or cannot do: find
 * each candidate word, stopping at the first pattern that matches there,
 * then match each section anchored at it.  Only a limit in the candidate
 * search counts against the call; returns -1 out of memory, -2 when it
 * gave up too. */
static int careful_hits(actx *c, size_t s, size_t e, size_t lim, hits *h) {
    const ruleset *rs = c->rs;
    if (!rs_careful_ready(rs)) {
        if (++c->limit_hits >= MAX_LIMIT_HITS) c->limit_err = 1;
        return -2;
    }
    size_t at = s, next[RS_MAX_SCANS];
    int known[RS_MAX_SCANS] = {0};
    while (rs->nscan && at < e && h->n < MAX_HITS_PER_SENTENCE) {
        size_t ms;
        int rc = next_candidate(c, at, lim, next, known, &ms);
        if (rc == PCRE2_ERROR_NOMATCH) break;
        if (rc < 0) {
            if (++c->limit_hits >= MAX_LIMIT_HITS) c->limit_err = 1;
            return -2;               /* what was found so far stays */
        }
        if (ms >= e) break;
        for (int ps = 0; ps < PS__COUNT; ps++) {
            size_t end;
            int k = rs_match_at(rs, &c->m, ps, c->text, lim, ms, &end);
            if (k < 0) continue;
            if (grow((void **)&h->v, &h->cap, h->n + 1, sizeof *h->v) < 0) return -1;
            hit x = {ms, end, ps, k};
            h->v[h->n++] = x;
        }
        /* the next candidate starts after this word */
        at = ms + 1;
        while (at < e && word_byte((unsigned char)c->text[at])) at++;
    }
    return 0;
}

#define NRECENT (sizeof ((actx *)0)->recent / sizeof *((actx *)0)->recent)

static int copy_hits(hits *to, const hits *from) {
    if (grow((void **)&to->v, &to->cap, from->n, sizeof *to->v) < 0) return -1;
    if (from->n) memcpy(to->v, from->v, from->n * sizeof *to->v);
    to->n = from->n;
    to->s = from->s;
    to->e = from->e;
    to->known = 1;
    return 0;
}

/* The hits of [s, e) if a list holds them. */
static const hits *known_hits(const actx *c, size_t s, size_t e) {
    const hits *lists[2] = {&c->h, &c->h2};
    for (size_t i = 0; i < 2 + NRECENT; i++) {
        const hits *x = i < 2 ? lists[i] : &c->recent[i - 2];
        if (x->known && x->s == s && x->e == e) return x;
    }
    return NULL;
}

int scan_hits(actx *c, size_t s, size_t e, hits *h) {
    if (c->limit_hits >= MAX_LIMIT_HITS) {
        h->n = 0;
        h->known = 0;
        return 0;
    }
    /* The analysers look at the sentences around the one at hand (a
     * rebuttal, a response), often twice, and the pipeline then reaches
     * them: the hits of the last ranges scanned are kept. */
    if (h->known && h->s == s && h->e == e) return 0;
    const hits *done = known_hits(c, s, e);
    if (done) return copy_hits(h, done);
    h->n = 0;
    h->known = 0;
    /* The search must not run on past the sentence: a sentence without
     * candidates would otherwise cost a scan to the next one. */
    size_t lim = e + SCAN_MARGIN < c->len ? e + SCAN_MARGIN : c->len;
    int rc = c->rs->odd_start || !c->rs->npass ? -2 :
             rs_scan(c->rs, &c->m, c->text, lim, s, e, MAX_HITS_PER_SENTENCE, h);
    if (rc == -2) {
        h->n = 0;
        rc = careful_hits(c, s, e, lim, h);
    }
    if (rc == 0) {
        h->s = s;
        h->e = e;
        h->known = 1;
        if (copy_hits(&c->recent[c->nrecent++ % NRECENT], h) < 0) return -1;
    }
    return rc == -1 ? -1 : 0;
}

/* ---- tokens ------------------------------------------------------------- */

static int is_space(unsigned char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}
static int is_alpha(unsigned char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
static int is_alnum(unsigned char c) { return is_alpha(c) || (c >= '0' && c <= '9'); }

/* Length of the typographic punctuation at i (quotes, dashes, ellipsis,
 * guillemets, no-break space), or 0. */
static size_t typo_at(const char *t, size_t i, size_t e) {
    unsigned char c = (unsigned char)t[i];
    if (c == 0xE2 && i + 2 < e && (unsigned char)t[i + 1] == 0x80) return 3;
    if (c == 0xC2 && i + 1 < e) {
        unsigned char d = (unsigned char)t[i + 1];
        if (d == 0xAB || d == 0xBB || d == 0xA0) return 2;
    }
    return 0;
}

static int apostrophe_at(const char *t, size_t i, size_t e, size_t *n) {
    if (t[i] == '\'') {
        *n = 1;
        return 1;
    }
    if (i + 2 < e && (unsigned char)t[i] == 0xE2 && (unsigned char)t[i + 1] == 0x80 &&
        (unsigned char)t[i + 2] == 0x99) {
        *n = 3;
        return 1;
    }
    return 0;
}

static int word_start(const char *t, size_t i, size_t e) {
    unsigned char c = (unsigned char)t[i];
    return is_alnum(c) || (c >= 0x80 && !typo_at(t, i, e));
}

/* Is a single quotation opened in [from, at) still open at `at`?  Then
 * the apostrophe after an s-word closes it ("slammed the claims as
 * 'total lies'.") rather than making a plural possessive ("Reuters'
 * sources"). */
static int single_quote_open(const char *t, size_t from, size_t at) {
    int open = 0;
    for (size_t i = from; i < at; i++) {
        unsigned char ch = (unsigned char)t[i], next = i + 1 < at ? (unsigned char)t[i + 1] : ' ';
        if (ch == '\'') {
            int lead = i == from || is_space((unsigned char)t[i - 1]) || t[i - 1] == '(';
            if (lead && is_alnum(next)) open = 1;
            else if (i > from && is_alnum((unsigned char)t[i - 1]) && !is_alnum(next)) open = 0;
        } else if (ch == 0xE2 && i + 2 < at && (unsigned char)t[i + 1] == 0x80) {
            unsigned char d = (unsigned char)t[i + 2];
            if (d == 0x98) open = 1;
            else if (d == 0x99 && !(i + 3 < at && is_alnum((unsigned char)t[i + 3]))) open = 0;
        }
    }
    return open;
}

/* A word: letters and digits joined by ' - . where a word goes on. */
static size_t word_end(const actx *c, size_t from, size_t i, size_t e, unsigned *flags) {
    const char *t = c->text;
    size_t s = i, n;
    int dotted = 0;
    while (i < e) {
        while (i < e && is_alnum((unsigned char)t[i])) i++;     /* most of a word */
        if (i == e) break;
        if (word_start(t, i, e)) {
            i++;
        } else if (apostrophe_at(t, i, e, &n) && i + n < e && is_alpha((unsigned char)t[i + n])) {
            i += n;
        } else if (t[i] == '-' && i + 1 < e && is_alnum((unsigned char)t[i + 1])) {
            i++;
        } else if ((t[i] == ',' || t[i] == '.') && i > s &&
                   ((t[s] >= '0' && t[s] <= '9') ||
                    (t[i] == '.' && (unsigned char)t[s] >= 0x80)) &&   /* "£24.6m" */
                   t[i - 1] >= '0' && t[i - 1] <= '9' && i + 1 < e &&
                   t[i + 1] >= '0' && t[i + 1] <= '9') {
            i++;                     /* 9,000 and 2.5: one number */
        } else if (t[i] == '.' && i + 1 < e && is_alpha((unsigned char)t[i + 1]) &&
                   i > s && (i - s == 1 || t[i - 2] == '.')) {
            i++;                     /* U.S, a.m */
            dotted = 1;
        } else break;
    }
    if (i < e && t[i] == '.' && (dotted || (i - s == 1 && (t[s] >= 'A' && t[s] <= 'Z')) ||
                                 rs_has_word(c->rs, WS_ABBREVIATIONS, t + s, i - s)))
        i++;                         /* U.S. J. Dr. */
    if (i - s >= 2 && (t[i - 1] == 's' || t[i - 1] == 'S') && i < e &&
        apostrophe_at(t, i, e, &n) && (i + n >= e || !is_alnum((unsigned char)t[i + n])) &&
        !single_quote_open(t, from, s)) {
        i += n;                      /* Reuters' */
        *flags |= T_POSS;
    } else if (i - s >= 3 && (t[i - 1] == 's' || t[i - 1] == 'S')) {
        size_t a = i - 2;
        if (t[a] == '\'' || (a >= s + 2 && (unsigned char)t[a] == 0x99 &&
                             (unsigned char)t[a - 2] == 0xE2)) *flags |= T_POSS;
    }
    unsigned char f = (unsigned char)t[s];
    if ((f >= 'A' && f <= 'Z') ||
        (f == 0xC3 && s + 1 < e && (unsigned char)t[s + 1] >= 0x80 && (unsigned char)t[s + 1] <= 0x9E))
        *flags |= T_CAP;
    if (f >= '0' && f <= '9') *flags |= T_NUM;
    return i;
}

static inline int push_tok(toks *t, size_t s, size_t e, unsigned flags) {
    if (t->n == t->cap && grow((void **)&t->v, &t->cap, t->n + 1, sizeof *t->v) < 0) return -1;
    tok k = {s, e, flags, 0, 0};
    t->v[t->n++] = k;
    return 0;
}

/* Quotation marks and dashes get their own flags: clause and quote
 * boundaries are what attribution is shaped by. */
static unsigned punct_flags(const char *t, size_t i, size_t n, size_t s) {
    unsigned char c = (unsigned char)t[i];
    if (n == 3 && c == 0xE2) {
        unsigned char d = (unsigned char)t[i + 2];
        if (d == 0x9C || d == 0x9E) return T_PUNCT | T_QUOTE | T_OPENQ;
        if (d == 0x9D) return T_PUNCT | T_QUOTE;
        if (d == 0x98) return T_PUNCT | T_QUOTE | T_OPENQ;
        if (d == 0x99) return T_PUNCT | T_QUOTE;
        if (d == 0x93 || d == 0x94) return T_PUNCT | T_DASH;
        return T_PUNCT;
    }
    if (n == 2 && c == 0xC2) {
        if ((unsigned char)t[i + 1] == 0xAB) return T_PUNCT | T_QUOTE | T_OPENQ;
        if ((unsigned char)t[i + 1] == 0xBB) return T_PUNCT | T_QUOTE;
        return 0;
    }
    if (c == '"' || c == '\'') {
        int open = i == s || is_space((unsigned char)t[i - 1]) || strchr("([{", t[i - 1]);
        return T_PUNCT | T_QUOTE | (open ? T_OPENQ : 0);
    }
    if (c == '-' && i > s && is_space((unsigned char)t[i - 1])) return T_PUNCT | T_DASH;
    return T_PUNCT;
}

static int caps_word(const char *x, const tok *k) {
    if (!(k->flags & T_WORD) || k->e - k->s < 2) return 0;
    for (size_t p = k->s; p < k->e; p++)
        if (x[p] < 'A' || x[p] > 'Z') return 0;
    return 1;
}

/* "The WHO said", "IT staff": a function word spelled in capitals among
 * words in lower case is an acronym, a name, and no word of grammar (not
 * in a headline set in capitals, where its neighbours are capitals too). */
static void mark_acronyms(const actx *c, toks *t) {
    for (size_t i = 0; i < t->n; i++) {
        tok *k = &t->v[i];
        const char *w = c->text + k->s;
        size_t len = k->e - k->s;
        /* not the emphasis of tabloid copy: "£250m AND a seat", "NOT guilty" */
        if (!caps_word(c->text, k) || !rs_has_word(c->rs, WS_FUNCTION_WORDS, w, len) ||
            rs_has_word(c->rs, WS_CLAUSE_WORDS, w, len) || rs_has_word(c->rs, WS_COUNTER_WORDS, w, len) ||
            rs_has_word(c->rs, WS_NEGATIONS, w, len) || rs_has_word(c->rs, WS_DETERMINERS, w, len) ||
            rs_has_word(c->rs, WS_AUXILIARIES, w, len) || rs_has_word(c->rs, WS_BACK_PRONOUNS, w, len))
            continue;
        size_t p = i, n = i + 1;
        while (p > 0 && !(t->v[p - 1].flags & T_WORD)) p--;
        while (n < t->n && !(t->v[n].flags & T_WORD)) n++;
        if ((p > 0 && caps_word(c->text, &t->v[p - 1])) || (n < t->n && caps_word(c->text, &t->v[n]))) continue;
        if (p == 0 && n >= t->n) continue;
        k->flags |= T_ACRONYM;
    }
}

int tokenize(actx *c, size_t s, size_t e, toks *t) {
    const char *x = c->text;
    t->n = 0;
    for (size_t i = s; i < e;) {
        unsigned char ch = (unsigned char)x[i];
        if (is_space(ch)) {
            i++;
            continue;
        }
        if (word_start(x, i, e)) {
            unsigned flags = T_WORD;
            size_t j = word_end(c, s, i, e, &flags);
            if (push_tok(t, i, j, flags) < 0) return -1;
            i = j;
            continue;
        }
        size_t n = typo_at(x, i, e);
        if (!n) n = 1;
        if (n == 2 && (unsigned char)x[i + 1] == 0xA0) {   /* no-break space */
            i += n;
            continue;
        }
        if (ch == '*' || ch == '_' || ch == '#' || ch == '>' || ch == '`' ||
            ch == '[' || ch == ']') {    /* Markdown marks are not words */
            i += n;
            continue;
        }
        if (ch == '(' && i > s && x[i - 1] == ']') {       /* [text](url) */
            const char *close = memchr(x + i, ')', e - i);
            if (close) {
                i = (size_t)(close - x) + 1;
                continue;
            }
        }
        if (push_tok(t, i, i + n, punct_flags(x, i, n, s)) < 0) return -1;
        i += n;
    }
    mark_acronyms(c, t);
    return 0;
}

/* The first token starting at or after `at`.  Asked a hundred thousand
 * times per MB, at places no branch predictor guesses: each step halves
 * the range with a conditional move instead of a branch. */
size_t tok_at(const toks *t, size_t at) {
    size_t n = t->n;
    if (!n) return 0;
    const tok *base = t->v;
    while (n > 1) {
        size_t half = n / 2;
        base = base[half].s < at ? base + half : base;
        n -= half;
    }
    return (size_t)(base - t->v) + (base->s < at);
}


/* Function words are looked up without a possessive or trailing dot. */
static size_t bare_len(const actx *c, const tok *k) {
    size_t n = k->e - k->s;
    const char *t = c->text + k->s;
    if (k->flags & T_POSS) {
        if (n >= 2 && t[n - 1] == 's' && t[n - 2] == '\'') n -= 2;
        else if (n >= 4 && t[n - 1] == 's' && (unsigned char)t[n - 2] == 0x99) n -= 4;
        else if (t[n - 1] == '\'') n -= 1;
        else if (n >= 3 && (unsigned char)t[n - 1] == 0x99) n -= 3;
    }
    return n;
}

/* The word sections of a word token, as itself or bare, looked up once:
 * the noun-phrase helpers ask about the same tokens again and again.  The
 * tokens are the sentence's own (this fills in a cache, nothing else). */
void tok_look_up(const actx *c, const tok *k) {
    static const word_info no_words = {{{0}}, -2};
    tok *w = (tok *)k;
    if (k->flags & T_ACRONYM) {
        w->info = w->bare_info = &no_words;
        w->flags |= T_SECTIONS;
        return;
    }
    size_t n = k->e - k->s, b = bare_len(c, k);
    w->info = rs_word_info(c->rs, c->text + k->s, n);
    w->bare_info = b == n ? w->info : rs_word_info(c->rs, c->text + k->s, b);
    w->flags |= T_SECTIONS;
}

static const ws_mask *sections_of(const actx *c, const tok *k, int bare) {
    return &tok_info(c, k, bare)->sections;
}

int tok_bare_in(const actx *c, const tok *k, word_section ws) {
    return (k->flags & T_WORD) && ws_mask_has(sections_of(c, k, 1), ws);
}

int sentence_headline(const actx *c) {
    const segment *g = &c->segs.v[c->si];
    if (g->kind == SEG_HEADING) return 1;
    size_t e = g->end;
    while (e > g->start && isspace((unsigned char)c->text[e - 1])) e--;
    return e > g->start && isalnum((unsigned char)c->text[e - 1]);
}

int definite_mention(const actx *c, span sp) {
    const char *t = c->text + sp.start;
    size_t n = span_len(sp), words = 1;
    if (n < 5 || n > 48 || strncasecmp(t, "the ", 4) != 0) return 0;
    for (size_t i = 0; i < n; i++) {
        if (t[i] == ',') return 0;
        if (t[i] == ' ') words++;
    }
    return words <= 4;
}

static int all_caps(const actx *c, const tok *k) {
    if (!(k->flags & T_WORD) || k->e - k->s < 2) return 0;
    for (size_t p = k->s; p < k->e; p++)
        if (c->text[p] < 'A' || c->text[p] > 'Z') return 0;
    return 1;
}

/* "The WHO urged", "IT staff": capitals spelling a function word among
 * words in lower case are an acronym, a name -- not in a headline set
 * in capitals, where the word next to it is in capitals too. */
static int acronym(const actx *c, size_t i) {
    if (!all_caps(c, &c->t.v[i])) return 0;
    size_t p = i, n = i + 1;
    while (p > 0 && !(c->t.v[p - 1].flags & T_WORD)) p--;
    while (n < c->t.n && !(c->t.v[n].flags & T_WORD)) n++;
    return !(p > 0 && all_caps(c, &c->t.v[p - 1])) && !(n < c->t.n && all_caps(c, &c->t.v[n]));
}

int tok_namey(const actx *c, size_t i) {
    const tok *k = &c->t.v[i];
    if ((k->flags & (T_WORD | T_CAP)) != (T_WORD | T_CAP)) return 0;
    const ws_mask *m = sections_of(c, k, 1);
    return !(ws_mask_has(m, WS_FUNCTION_WORDS) || ws_mask_has(m, WS_PRONOUNS) ||
             ws_mask_has(m, WS_DETERMINERS)) || acronym(c, i);
}

/* Hits are in position order: binary search, then the few at `at`. */
static const hit *hit_at(const actx *c, pattern_section ps, size_t at) {
    size_t lo = 0, hi = c->h.n;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (c->h.v[mid].s < at) lo = mid + 1;
        else hi = mid;
    }
    for (size_t i = lo; i < c->h.n && c->h.v[i].s == at; i++)
        if (c->h.v[i].sec == (int)ps) return &c->h.v[i];
    return NULL;
}

int tok_source_noun(actx *c, const tok *k) {
    if (!(k->flags & T_WORD)) return 0;
    const hit *h = hit_at(c, PS_SOURCE_NOUNS, k->s);
    return h && h->e <= k->e + 1;
}

int tok_org_noun(const actx *c, const tok *k) {
    return (k->flags & T_WORD) && ws_mask_has(sections_of(c, k, 1), WS_ORG_NOUNS);
}

static int person_noun(const actx *c, const tok *k);

/* Asked about the same heads again and again, and each answer compares
 * every person suffix: it is kept on the token (a cache, as in
 * sections_of). */
int tok_person_noun(const actx *c, const tok *k) {
    if (!(k->flags & T_PERSON_KNOWN)) {
        tok *w = (tok *)k;
        w->flags |= T_PERSON_KNOWN | (person_noun(c, k) ? T_PERSON : 0);
    }
    return (k->flags & T_PERSON) != 0;
}

static int person_noun(const actx *c, const tok *k) {
    if (!(k->flags & T_WORD) || tok_org_noun(c, k)) return 0;
    /* "expels three men over alleged spying": "over", "for", "under"
     * only end like "teacher", "donor" */
    if (tok_in(c, k, WS_PREPOSITIONS)) return 0;
    size_t n = bare_len(c, k);               /* "the strikers' demands" */
    const char *s = c->text + k->s;
    if (n && (s[n - 1] == 's' || s[n - 1] == 'S')) n--;
    /* "a letter sent to ...": participles that only look like "agent" */
    if (rs_has_word(c->rs, WS_PERSON_LOOKALIKES, s, n)) return 0;
    if (n > 5 && word_ends_in(s, n, "ment", 4)) return 0;    /* "payments" */
    return rs_person_suffix(c->rs, s, n);
}

/* A person noun, a group that can act ("a nurse", "fans"), or a word
 * that is one of the person endings whole ("a man", "one"): the bare
 * nouns for unnamed people. */
static int person_word(const actx *c, const tok *k) {
    if (tok_person_noun(c, k) || tok_in(c, k, WS_PARTY_NOUNS)) return 1;
    return k->e - k->s >= 3 && tok_in(c, k, WS_PERSON_SUFFIXES);
}

/* ---- noun phrases as sources -------------------------------------------- */

static int trims_front(const actx *c, const tok *k) {
    return (k->flags & T_PUNCT) || tok_in(c, k, WS_CLAUSE_WORDS);
}

static int plural(const actx *c, const tok *k) {
    size_t n = k->e - k->s;
    const char *s = c->text + k->s;
    if (tok_is(c, k, "people") || tok_is(c, k, "staff")) return 1;
    return !(k->flags & T_POSS) && n > 3 && s[n - 1] == 's' && s[n - 2] != 's' &&
           s[n - 2] != 'u' && s[n - 2] != 'i';
}

/* Is the capitalised word `w` used mid-sentence near here?  Then it is a
 * name ("Reuters"); if not, a sentence-initial "Traders" is a common noun. */
static int capital_mid_sentence(const actx *c, const char *w, size_t n) {
    size_t back = ANALYSE_LOOKBACK_BYTES, ahead = ANALYSE_LOOKAHEAD_BYTES;
    size_t lo = c->sent.start > back ? c->sent.start - back : 0;
    size_t hi = c->sent.end + ahead < c->len ? c->sent.end + ahead : c->len;
    for (size_t i = lo + 2; i + n <= hi; i++) {
        if (c->text[i] != w[0] || memcmp(c->text + i, w, n) != 0) continue;
        unsigned char p = (unsigned char)c->text[i - 2];
        if (c->text[i - 1] == ' ' && ((p >= 'a' && p <= 'z') || p == ',')) return 1;
    }
    return 0;
}

/* A capitalised plural at the start of the sentence that is not a name
 * elsewhere: "Traders said", "Nurses at three hospitals said". */
static int initial_common(const actx *c, size_t i) {
    const tok *k = &c->t.v[i];
    if (!(k->flags & T_CAP) || !plural(c, k)) return 0;
    for (size_t j = 0; j < i; j++)
        if (!(c->t.v[j].flags & T_PUNCT)) return 0;
    return !capital_mid_sentence(c, c->text + k->s, k->e - k->s);
}

static int namey_here(actx *c, size_t i) {
    return tok_namey(c, i) && !initial_common(c, i);
}

/* "People living near the plant", "residents affected by the floods":
 * a participle after a noun that can speak opens a post-modifier. */
static int participle_after_noun(actx *c, size_t i) {
    const tok *k = &c->t.v[i], *n = &c->t.v[i + 1];
    /* "GPs contacted by ...": a capitalised abbreviation's plural too */
    int caps_plural = k->e - k->s == 3 && (k->flags & T_CAP) && c->text[k->s + 1] >= 'A' &&
                      c->text[k->s + 1] <= 'Z' && c->text[k->s + 2] == 's';
    if ((n->flags & (T_WORD | T_CAP)) != T_WORD || (k->flags & T_CAP && !tok_source_noun(c, k) &&
                                                   !plural(c, k) && !caps_plural))
        return 0;
    size_t m = n->e - n->s;
    const char *w = c->text + n->s;
    int ing = m >= 5 && w[m - 3] == 'i' && w[m - 2] == 'n' && w[m - 1] == 'g';
    if (m < 5 || !(ing || (w[m - 2] == 'e' && w[m - 1] == 'd')))
        return 0;
    /* "Posts circulating on social media claimed": things too, but only
     * before an -ing ("Posts claimed" has its verb in -ed) */
    /* "A senior banker advising on the transaction": one person too,
     * but only before an -ing ("A driver stopped at ..." has its verb) */
    /* "A maintenance worker employed by the landlord": a passive with
     * its agent is no verb of the worker's own */
    int agent = !ing && i + 2 < c->t.n && tok_is(c, &c->t.v[i + 2], "by");
    return tok_source_noun(c, k) || ((plural(c, k) || caps_plural) && (tok_person_noun(c, k) || ing ||
                                                                       caps_plural)) ||
           (ing && !(k->flags & T_CAP) && tok_person_noun(c, k) && !tok_in(c, k, WS_DESCRIPTORS)) ||
           (agent && !(k->flags & T_CAP) && person_word(c, k) && !tok_in(c, k, WS_DESCRIPTORS));
}

/* A post-modifier at i: "close" only with its "to" ("people close to
 * the club", not "a close friend"). */
static int postmod_at(const actx *c, size_t i, size_t b) {
    const tok *t = c->t.v;
    if (!tok_in(c, &t[i], WS_POSTMODIFIERS)) return 0;
    return !(tok_is(c, &t[i], "close") && i + 1 < b && (t[i + 1].flags & T_WORD) &&
             !tok_is(c, &t[i + 1], "to"));
}

/* "a Department for Transport source", "an Interior Ministry official":
 * the body at i only names where the source noun ending [i, b) works. */
static int body_modifier(actx *c, size_t i, size_t b) {
    const tok *t = c->t.v;
    if (b < i + 2 || (t[b - 1].flags & T_CAP) || !tok_source_noun(c, &t[b - 1])) return 0;
    for (size_t j = i + 1; j + 1 < b; j++)
        if (!(t[j].flags & T_CAP) && !tok_is(c, &t[j], "for") && !tok_is(c, &t[j], "of"))
            return 0;
    return 1;
}

/* The head noun: the first word that ends the phrase or takes a
 * post-modifier ("people familiar with", "Nurses at three hospitals",
 * "a spokesperson who ..."); "official" in "official figures" is not. */
static size_t find_head(actx *c, size_t a, size_t b) {
    const tok *t = c->t.v;
    for (size_t i = a; i + 2 < b && i < a + 3; i++)
        if ((t[i].flags & T_CAP) && tok_org_noun(c, &t[i]) && body_modifier(c, i, b)) return b - 1;
    for (size_t i = a; i < b && i < a + 6; i++) {
        if ((t[i].flags & T_PUNCT) || postmod_at(c, i, b)) break;
        /* "a nurse hired by the agency": the body is the agent's */
        if (i > a && !plural(c, &t[i - 1]) && participle_after_noun(c, i - 1)) break;
        const tok *n = i + 1 < b ? &t[i + 1] : NULL;
        int compound = n && (n->flags & T_WORD) &&
                       ((!(n->flags & T_CAP) &&
                         (tok_org_noun(c, n) || tok_source_noun(c, n) || tok_person_noun(c, n) ||
                          tok_is(c, n, "staff"))) ||     /* "two council staff members" */
                        tok_in(c, n, WS_TITLES));        /* "one opposition deputy", "a party MP" */
        /* "County election officials": the people two nouns on */
        if (n && !compound && (n->flags & (T_WORD | T_CAP)) == T_WORD && i + 2 < b &&
            !postmod_at(c, i + 1, b) && !tok_in(c, n, WS_CLAUSE_WORDS) && !tok_in(c, n, WS_PREPOSITIONS) &&
            (t[i + 2].flags & (T_WORD | T_CAP)) == T_WORD &&
            (tok_source_noun(c, &t[i + 2]) || tok_person_noun(c, &t[i + 2])))
            compound = 1;
        if (tok_org_noun(c, &t[i]) && !compound &&
            !(t[i].flags & T_POSS) && !tok_in(c, &t[i], WS_DESCRIPTORS))
            return i;                        /* "a complaint filed by ..." */
    }
    for (size_t i = a; i < b; i++) {
        if (!(t[i].flags & T_WORD)) continue;
        if (i + 1 == b || (t[i + 1].flags & T_PUNCT) || postmod_at(c, i + 1, b))
            return i;
        if (participle_after_noun(c, i))
            return i;                        /* "people living near the plant" */
    }
    return b - 1;
}

/* A number in digits ("20", "1,200"), or -2. */
static int digits_count(const actx *c, const tok *k) {
    long n = 0;
    if (!(k->flags & T_NUM)) return -2;
    for (size_t p = k->s; p < k->e; p++) {
        char ch = c->text[p];
        if (ch == ',') continue;
        if (ch < '0' || ch > '9' || n > 1000000) return -2;
        n = n * 10 + (ch - '0');
    }
    return (int)n;
}

/* How many: "three officials", "At least three people", "Nearly 20
 * staff", "more than a dozen employees" -- the number past the words
 * that hedge it. */
static int np_count(actx *c, size_t a, size_t head) {
    const tok *t = c->t.v;
    size_t i = a;
    int half = 0;
    while (i < head && tok_in(c, &t[i], WS_APPROXIMATORS)) half |= tok_is(c, &t[i++], "half");
    if (i == head) i = a, half = 0;
    int n = digits_count(c, &t[i]);
    if (n == -2) n = tok_count(c, &t[i]);
    /* "a dozen" */
    if (n == 1 && i + 1 < head && (tok_is(c, &t[i], "a") || tok_is(c, &t[i], "an")) && tok_count(c, &t[i + 1]) > 1)
        n = tok_count(c, &t[i + 1]);
    /* "an estimated 2,000 marchers", "a further 300 staff": the article
     * belongs to the number */
    else if (n == 1 && i + 2 < head && (tok_is(c, &t[i], "a") || tok_is(c, &t[i], "an")) &&
             (t[i + 1].flags & (T_WORD | T_NUM)) == T_WORD) {
        int digits = digits_count(c, &t[i + 2]), words = tok_count(c, &t[i + 2]);
        if (digits > 1) n = digits;
        else if (words > 1) n = words;
    }
    return half && n > 1 ? n / 2 : n;      /* "Half a dozen" */
}

static void anon_details(actx *c, np_info *np, size_t a, size_t head) {
    const tok *t = c->t.v;
    np->kind = NP_ANON;
    int cnt = np_count(c, a, head);
    if (cnt > -2) np->count = cnt;
    else if (!plural(c, &t[head]) && (t[head].flags & T_WORD)) np->count = 1;
    for (size_t i = a; i < head && np->ndesc < ANN_MAX_DESCRIPTORS; i++) {
        const tok *k = &t[i];
        if (!(k->flags & T_WORD) || (k->flags & (T_POSS | T_NUM)) || tok_in(c, k, WS_DETERMINERS) ||
            tok_count(c, k) > -2 || tok_is(c, k, "of") || tok_is(c, k, "and") ||   /* "current and former" */
            tok_in(c, k, WS_APPROXIMATORS))
            continue;
        np->desc[np->ndesc++] = span_make(k->s, k->e);
    }
}

static int has_hit(const actx *c, pattern_section ps, span sp) {
    for (size_t i = 0; i < c->h.n; i++) {
        const hit *h = &c->h.v[i];
        if (h->sec == (int)ps && h->s < sp.end && h->e > sp.start) return 1;
    }
    return 0;
}

/* Does a name follow a comma in [a, b)?  "Kira Lindqvist, chief
 * strategist", "The former executive, Etienne Roux". */
static int appositive_name(actx *c, size_t a, size_t b) {
    int comma = 0;
    for (size_t i = a; i < b; i++) {
        if (tok_is_comma(c, &c->t.v[i])) {
            /* "A third, a European official based in the region": an
             * indefinite appositive describes; its capitals name no one */
            comma = !(i + 1 < b && (tok_is(c, &c->t.v[i + 1], "a") || tok_is(c, &c->t.v[i + 1], "an")));
        } else if (comma && namey_here(c, i)) {
            return 1;
        }
    }
    return 0;
}

/* "unions", "charities": organisations speaking as themselves; with
 * `any`, also words that describe people as often ("governments"). */
static int org_plural_of(const actx *c, const tok *k, int any) {
    char w[64];
    size_t n = k->e - k->s;
    if (n < 4 || n >= sizeof w) return 0;
    memcpy(w, c->text + k->s, n);
    if (n > 4 && strncasecmp(w + n - 3, "ies", 3) == 0) {
        w[n - 3] = 'y';
        n -= 2;
    } else {
        n--;
    }
    return rs_has_word(c->rs, WS_ORG_NOUNS, w, n) && (any || !rs_has_word(c->rs, WS_DESCRIPTORS, w, n));
}

static int org_plural(const actx *c, const tok *k) { return org_plural_of(c, k, 0); }

/* "A senior Tory", "One MP", "Two Democrats": a counted member of a
 * named group is a person the text does not name.  Not "Both Ames and
 * Bell": "both" counts names. */
static int counted_member(actx *c, size_t a, size_t head) {
    const tok *t = c->t.v;
    if (head == a || !(t[head].flags & T_CAP) || tok_is(c, &t[a], "both") ||
        tok_count(c, &t[a]) == -2)
        return 0;
    for (size_t i = a + 1; i < head; i++)
        if (!(t[i].flags & T_WORD) || (t[i].flags & T_POSS) ||
            !((t[i].flags & T_CAP) || tok_in(c, &t[i], WS_DESCRIPTORS)))
            return 0;                        /* "a charge Elkhart denied" */
    return 1;
}

/* "Many said", "Another added", "A second said": a count standing for
 * people just described.  Not "both", which counts names as often, nor
 * "more" and "other", which count things ("more say over ..."). */
static int counted_alone(actx *c, size_t a, size_t head, size_t b) {
    const tok *t = c->t.v;
    if (head > a + 1 || tok_is(c, &t[head], "both") || tok_is(c, &t[head], "a") ||
        tok_is(c, &t[head], "more") || tok_is(c, &t[head], "other") ||
        tok_is(c, &t[head], "an") || tok_count(c, &t[head]) == -2)
        return 0;
    /* "A third, a European official based in the region" too */
    return head == a || ((head + 1 == b || tok_is_comma(c, &t[head + 1])) &&
                         (tok_is(c, &t[a], "a") || tok_is(c, &t[a], "an")));
}

/* A plural that reads as people: a noun for people ("analysts", "two
 * teachers"), a group that can speak ("fans"), or a plural taking a
 * post-modifier or behind descriptors only ("bosses at the channel",
 * "Foreign observers") -- not "said levels in the reservoir were ...",
 * "Pictures posted online". */
static int people_plural(actx *c, size_t a, size_t head, size_t b) {
    const tok *t = c->t.v;
    if (person_word(c, &t[head]) || tok_in(c, &t[head], WS_PARTY_NOUNS)) return 1;
    if (tok_in(c, &t[head], WS_SPAN_NOUNS)) return 0;   /* "after eleven days at a cost estimated at" */
    if (a == head) return head + 1 < b && postmod_at(c, head + 1, b);
    /* "Two digital leads at other trusts": counted, and placed where
     * they work */
    if (tok_count(c, &t[a]) >= 2 && head + 2 < b && tok_in(c, &t[head + 1], WS_PEOPLE_PREPOSITIONS) &&
        postmod_at(c, head + 1, b))
        return 1;
    for (size_t i = a; i < head; i++)
        if ((t[i].flags & T_NUM) || (!tok_in(c, &t[i], WS_DESCRIPTORS) &&
                                     tok_count(c, &t[i]) == -2))
            return 0;
    return 1;
}

/* "a team of physicists", "a panel of judges": a body made of its people
 * (not "a poll of 1,450 renters": a document about them). */
static int members_noun(const actx *c, const tok *k) {
    return tok_in(c, k, WS_GROUP_NOUNS);
}

static int indefinite(const actx *c, const tok *k) {
    return tok_is(c, k, "a") || tok_is(c, k, "an") ||
           tok_count(c, k) > 1;
}

/* "Allies of the home secretary, Daniel Ashworth": the name after the
 * comma is the post-modifier's noun's, not a plural head's (but "two of
 * his colleagues, Lord Hebden and Dame Celia Rowe" names the head).  The
 * comma's token, or 0 when the appositive is the head's. */
static size_t inner_appositive(actx *c, size_t head, size_t b) {
    const tok *t = c->t.v;
    size_t q = head + 1;
    while (q < b && !tok_is_comma(c, &t[q])) q++;
    if (q >= b || q < head + 3 || !plural(c, &t[head]) || !postmod_at(c, head + 1, b)) return 0;
    for (size_t i = q + 1; i < b; i++)
        if (tok_is(c, &t[i], "and") || (t[i].flags & T_PUNCT && c->text[t[i].s] == '&')) return 0;
    return q;
}

/* "the owner's son": a relative (or friend) of someone the story names
 * or describes.  Not "her niece": mostly the one just named ("Her niece,
 * Aoife Conlon, ...  her niece said"). */
static int kin_of(actx *c, size_t a, size_t head) {
    const tok *t = c->t.v;
    return head > a && !plural(c, &t[head]) && (t[head - 1].flags & T_POSS) &&
           (t[head].flags & (T_WORD | T_CAP)) == T_WORD &&
           tok_in(c, &t[head], WS_KIN_NOUNS);
}

/* A head like "official", "source", "figure": unnamed, unless a name,
 * a title or a named body makes it one known person or a document. */
static np_kind source_noun_kind(actx *c, np_info *np, size_t a, size_t head, size_t b) {
    const tok *t = c->t.v;
    int marked = has_hit(c, PS_ANON_MARKERS, np->sp);
    int bare = head == a || tok_in(c, &t[head - 1], WS_DETERMINERS);
    /* "the figure": a number, as "the figures" are (below), unless
     * something describes a person ("a senior figure") */
    if (tok_is(c, &t[head], "figure") && bare && !marked) return NP_NAMED;
    /* "told Planning Insider", "Business Insider reported": a source word
     * capitalised after a capitalised word, in running text, is the name
     * of a title (not "Senior Official Says" in a headline, nor
     * capitals for shouting) */
    if ((t[head].flags & T_CAP) && !plural(c, &t[head]) && head > a && !marked &&
        c->text[t[head].s + 1] >= 'a' && c->text[t[head].s + 1] <= 'z' &&      /* not "WAG PALS" */
        (t[head - 1].flags & (T_CAP | T_POSS)) == T_CAP && !tok_in(c, &t[head - 1], WS_DETERMINERS) &&
        (head + 1 >= c->t.n || (c->t.v[head + 1].flags & (T_WORD | T_CAP)) != (T_WORD | T_CAP)))
        return NP_NAMED;
    if (head + 1 < b && namey_here(c, head + 1)) return NP_NAMED;  /* official Jane Doe */
    /* "The figures tell a different story", "figures from the ONS":
     * a word for people and for documents reads as the document
     * unless something describes a person ("senior figures") */
    if (tok_org_noun(c, &t[head]) && bare && !marked) return NP_NAMED;
    /* "the chief executive": a post with a title word, known to the story */
    if (!plural(c, &t[head]) && head > a && tok_is(c, &t[a], "the") &&
        tok_in(c, &t[head - 1], WS_TITLES) && !marked)
        return NP_NAMED;
    /* "the returning officer", "the council's monitoring officer": a
     * post named by what it does is one person the story can name */
    if (!plural(c, &t[head]) && head > a + 1 && tok_is(c, &t[a], "the") && !marked &&
        (t[head - 1].flags & (T_WORD | T_CAP)) == T_WORD && !tok_in(c, &t[head - 1], WS_DESCRIPTORS) &&
        t[head - 1].e - t[head - 1].s > 5 &&
        word_ends_in(c->text + t[head - 1].s, t[head - 1].e - t[head - 1].s, "ing", 3))
        return NP_NAMED;
    /* "a move its own equalities officer called ...": one post of the
     * body just named */
    if (!plural(c, &t[head]) && head > a && !marked && tok_is(c, &t[a], "its")) return NP_NAMED;
    /* "Lindqvist Group's chief executive": one post at a named body */
    if (!plural(c, &t[head]) && head > a && !marked && !kin_of(c, a, head))
        for (size_t i = a; i < head; i++)
            if ((t[i].flags & T_POSS) && namey_here(c, i)) return NP_NAMED;
    anon_details(c, np, a, head);
    return NP_ANON;
}

/* "one account from a person in the room", "an email by a senior
 * official", "a team of physicists from three universities": a document
 * resting on unnamed people, or a body made of them, is as unnamed.
 * Fills in np from them when so. */
static int unnamed_behind(actx *c, np_info *np, size_t a, size_t head, size_t b) {
    const tok *t = c->t.v;
    if (!tok_org_noun(c, &t[head]) || (t[head].flags & T_CAP) || head + 2 >= b) return 0;
    if (!(tok_is(c, &t[head + 1], "from") || tok_is(c, &t[head + 1], "by") ||
          (tok_is(c, &t[head + 1], "of") && indefinite(c, &t[a]) && members_noun(c, &t[head]))))
        return 0;
    /* "a 2023 UN panel of experts": the panel of a named body */
    if (tok_is(c, &t[head + 1], "of"))
        for (size_t i = a + 1; i < head; i++)
            if (namey_here(c, i)) return 0;
    np_info in = np_classify(c, head + 2, b);
    if (in.kind != NP_ANON) return 0;
    np->count = in.count;
    np->ndesc = in.ndesc;
    memcpy(np->desc, in.desc, sizeof np->desc);
    return 1;
}

/* "a briefing note sent to councillors": a document, cited as itself. */
static int cited_document(actx *c, size_t head, size_t b) {
    const tok *t = c->t.v;
    if (head + 1 >= b || !tok_in(c, &t[head + 1], WS_POSTMODIFIERS) || person_word(c, &t[head]) ||
        plural(c, &t[head]) || !(t[head + 1].flags & T_WORD) ||
        tok_in(c, &t[head + 1], WS_PHRASE_STOPS) || tok_in(c, &t[head + 1], WS_CLAUSE_WORDS))
        return 0;
    char last = c->text[t[head + 1].e - 1];
    return last == 'd' || last == 't' || last == 'n';
}

/* A number as the head of a name: "The 34-year-old" (the person just
 * named), "Channel 9 reported". */
static int named_number(actx *c, size_t a, size_t head) {
    const tok *t = c->t.v;
    if (!(t[head].flags & T_NUM)) return 0;
    if (a < head && tok_is(c, &t[a], "the") && t[head].e - t[head].s > 8 &&
        strncasecmp(c->text + t[head].e - 8, "year-old", 8) == 0)
        return 1;
    return head > a && namey_here(c, head - 1) && !(t[head - 1].flags & T_POSS);
}

/* "the", a possessive or a determiner other than a/an/some/any. */
static int definite_np(actx *c, size_t a, size_t head) {
    const tok *d = &c->t.v[a];
    return a < head && (tok_is(c, d, "the") || (d->flags & T_POSS) ||
                        (tok_in(c, d, WS_DETERMINERS) && !tok_is(c, d, "a") &&
                         !tok_is(c, d, "an") && !tok_is(c, d, "some") && !tok_is(c, d, "any")));
}

/* "Researchers at the Institute for Coastal Studies", "Lawyers for the
 * rapper Kez Umbani": people of, or speaking for, a named body. */
static int people_of_named(actx *c, size_t a, size_t head, size_t b) {
    const tok *t = c->t.v;
    const tok *d = &t[a];
    if (head + 2 >= b || !tok_in(c, &t[head + 1], WS_POSTMODIFIERS) ||
        tok_count(c, d) != -2)
        return 0;
    /* "Villagers in San Jacinto", "Officials in Harvik": people of a
     * place, not of a body */
    if (tok_is(c, &t[head + 1], "in")) return 0;
    size_t o = head + 2;
    if (tok_is(c, &t[o], "the") && o + 1 < b) o++;
    size_t r = o;
    while (r < b && namey_here(c, r)) r++;
    /* not "Workers at the Kessington meat plant": a place, described */
    int described = r > o && r < b && (t[r].flags & (T_WORD | T_CAP)) == T_WORD &&
                    !tok_in(c, &t[r], WS_POSTMODIFIERS) && !tok_in(c, &t[r], WS_CLAUSE_WORDS);
    if (r > o && !described) return 1;
    if (tok_is(c, &t[head + 1], "for") || tok_is(c, &t[head + 1], "representing"))
        for (size_t i = o; i < b; i++)
            if (namey_here(c, i)) return 1;
    return 0;
}

static np_kind plural_kind(actx *c, np_info *np, size_t a, size_t head, size_t b, int definite) {
    const tok *t = c->t.v;
    if ((t[a].flags & T_POSS) && namey_here(c, a)) return NP_NAMED;   /* "Bellamy's lawyers" */
    if (org_plural(c, &t[head])) return NP_NAMED;   /* "Unions warned", "banks said" */
    /* "Both governments told mediators": the two just named */
    if (head == a + 1 && tok_is(c, &t[a], "both") &&
        (org_plural_of(c, &t[head], 1) ||      /* and "both sides", "both countries" */
         (tok_in(c, &t[head], WS_PARTY_NOUNS) && !tok_person_noun(c, &t[head]))))
        return NP_NAMED;
    /* "European governments said", "Several governments": bodies
     * speaking as themselves, described but not counted one by one */
    if (head > a && org_plural_of(c, &t[head], 1) && !tok_person_noun(c, &t[head]) &&
        !has_hit(c, PS_ANON_MARKERS, np->sp)) {
        size_t i = a;
        while (i < head && (tok_in(c, &t[i], WS_DESCRIPTORS) || tok_count(c, &t[i]) == -1 ||
                            ((t[i].flags & T_CAP) && !(t[i].flags & T_POSS))))
            i++;
        if (i == head) return NP_NAMED;
    }
    if (people_of_named(c, a, head, b)) return NP_NAMED;
    /* "the investors, who hold 8% ...", "The administrators said": a
     * group the story has set out (an unnamed one comes back through
     * claims' back-reference) */
    if (definite) return NP_NAMED;      /* also "its authors", "his lawyers" */
    if (!people_plural(c, a, head, b)) return NP_NONE;   /* "11 counts of fraud" */
    anon_details(c, np, a, head);
    return NP_ANON;                      /* "analysts said", "two teachers" */
}

/* "a former claims adjuster": "former", "senior" end like people but
 * describe one (read as "a former" before a verb "claims"). */
static int describing_word(actx *c, const tok *k) {
    const char *e = c->text + k->e;
    return tok_in(c, k, WS_DESCRIPTORS) && k->e - k->s > 2 && (e[-1] | 0x20) == 'r' &&
           ((e[-2] | 0x20) == 'e' || (e[-2] | 0x20) == 'o');
}

/* An indefinite description [i, b) of a person, no name in its head:
 * "(a) retired teacher from Dunmore", not "local businessman named Clive
 * Denholm" nor "company registered in Jersey". */
static int described_person(actx *c, size_t i, size_t b) {
    size_t j = i;
    int body = 0;
    for (; j < b && !postmod_at(c, j, b); j++) {
        if (tok_is(c, &c->t.v[j], "named") || tok_is(c, &c->t.v[j], "called") ||
            (namey_here(c, j) && !(c->t.v[j].flags & T_NUM)))
            return 0;
        body |= tok_org_noun(c, &c->t.v[j]);
    }
    /* "a hospital porter" is one; "a property firm registered in" none */
    return j > i && (!body || person_word(c, &c->t.v[j - 1]));
}

/* "Cabinet member for education Cllr Roger Pyke", "shadow spokesman on
 * justice Dr Ian Moss": a post, then its holder's title and name; the
 * name is who speaks.  Not "an aide to Senator Ruth Amos": a title right
 * after a preposition names whom the head serves. */
static int post_then_titled_name(actx *c, size_t head, size_t b) {
    const tok *t = c->t.v;
    for (size_t i = head + 2; i + 1 < b; i++) {
        const tok *p = &t[i - 1];
        if (tok_in(c, &t[i], WS_TITLES) && (t[i].flags & T_CAP) && namey_here(c, i + 1) &&
            (p->flags & (T_WORD | T_CAP | T_POSS)) == T_WORD && !tok_in(c, p, WS_POSTMODIFIERS) &&
            !tok_in(c, p, WS_PREPOSITIONS) && !tok_in(c, p, WS_DETERMINERS) && !tok_in(c, p, WS_CLAUSE_WORDS))
            return 1;
    }
    return 0;
}

/* "the sales director of one snacks brand", "the owner of a bakery on
 * the high street", "the chief executive of a rival lender": a known post
 * at a body the text does not name is as unnamed as its holder. */
static int post_of_unnamed(actx *c, size_t a, size_t head, size_t b) {
    const tok *t = c->t.v;
    if (!tok_is(c, &t[a], "the") || head + 3 >= b || !(tok_is(c, &t[head + 1], "of") || tok_is(c, &t[head + 1], "at")))
        return 0;
    if (!(person_word(c, &t[head]) || tok_in(c, &t[head], WS_TITLES) || tok_source_noun(c, &t[head])) ||
        (t[head].flags & T_CAP) || tok_org_noun(c, &t[head]))
        return 0;
    const tok *d = &t[head + 2];
    if (!(tok_is(c, d, "a") || tok_is(c, d, "an") || tok_is(c, d, "one") || tok_is(c, d, "another")))
        return 0;
    for (size_t i = head + 3; i < b && !postmod_at(c, i, b); i++)
        if (namey_here(c, i)) return 0;      /* "the head of a Kent charity, Jo Bell" */
    /* of a body, not "the father of a girl who died", "the lawyer of a
     * man accused of": a person there is whom the post serves */
    for (size_t o = head + 3; o < b && !postmod_at(c, o, b) && !tok_is_comma(c, &t[o]); o++)
        if (tok_in(c, &t[o], WS_BACK_ONES) || tok_in(c, &t[o], WS_KIN_NOUNS)) return 0;
    return 1;
}

static np_kind classify_head(actx *c, np_info *np, size_t a, size_t b) {
    const tok *t = c->t.v;
    size_t head = find_head(c, a, b);
    if (appositive_name(c, a, b)) {
        size_t q = inner_appositive(c, head, b);
        if (!q) return NP_NAMED;
        b = q;
        np->sp = span_make(t[a].s, t[b - 1].e);
        if (appositive_name(c, a, b)) return NP_NAMED;
    }
    if (post_then_titled_name(c, head, b)) return NP_NAMED;
    if (post_of_unnamed(c, a, head, b)) {
        anon_details(c, np, a, head);
        return NP_ANON;
    }
    if (tok_source_noun(c, &t[head])) return source_noun_kind(c, np, a, head, b);
    if (unnamed_behind(c, np, a, head, b)) return NP_ANON;
    /* "Inspectors have found", but "Two inspectors who visited the
     * prison": counted, people of the body (not "two unions") */
    if (tok_org_noun(c, &t[head]) &&
        !(head > a && plural(c, &t[head]) && tok_count(c, &t[a]) > 1 &&
          rs_person_suffix(c->rs, c->text + t[head].s, t[head].e - t[head].s - 1)))
        return NP_NAMED;
    if (counted_member(c, a, head) || counted_alone(c, a, head, b)) {
        anon_details(c, np, a, head);
        return NP_ANON;
    }
    if (namey_here(c, head) || cited_document(c, head, b) || named_number(c, a, head))
        return NP_NAMED;
    if (!(t[head].flags & T_WORD) || (t[head].flags & T_NUM)) return NP_NONE;
    int definite = definite_np(c, a, head);
    if (plural(c, &t[head])) return plural_kind(c, np, a, head, b, definite);
    /* "the owner's son"; "the first carer" (one of several) */
    if (kin_of(c, a, head) ||
        (head == a + 2 && tok_is(c, &t[a], "the") && tok_in(c, &t[a + 1], WS_ORDINALS) &&
         person_word(c, &t[head]) && !tok_in(c, &t[head], WS_TITLES)) ||
        /* "The first, a former graduate student, said": one of a group */
        (head == a + 1 && tok_is(c, &t[a], "the") && tok_in(c, &t[head], WS_ORDINALS) &&
         !(t[head].flags & T_CAP))) {
        anon_details(c, np, a, head);
        return NP_ANON;
    }
    /* "The passenger, a retired teacher from Dunmore": a role in the
     * event described instead of named (not "The senator, a former
     * lawyer": a post) */
    if (tok_is(c, &t[a], "the") && head <= a + 2 && head + 2 < b && tok_is_comma(c, &t[head + 1]) &&
        (tok_is(c, &t[head + 2], "a") || tok_is(c, &t[head + 2], "an")) && person_word(c, &t[head]) &&
        !tok_in(c, &t[head], WS_TITLES) && !tok_in(c, &t[head], WS_ORG_NOUNS) && described_person(c, head + 3, b)) {
        anon_details(c, np, a, head);
        return NP_ANON;
    }
    if (definite) return NP_NAMED;           /* "the sheriff": a known role */
    const tok *d = &t[a];
    if (tok_count(c, d) > -2 && (person_word(c, &t[head]) || tok_in(c, &t[head], WS_TITLES)) &&
        !describing_word(c, &t[head])) {
        anon_details(c, np, a, head);
        return NP_ANON;                      /* "a supplier", "one delegate" */
    }
    for (size_t i = a; i < b; i++)
        if (namey_here(c, i)) return NP_NAMED;
    return NP_NONE;
}

/* A relative clause's verb and its object -- "(stores that) stock the
 * brand", "(a firm that) supplies the army" -- is no phrase of its own:
 * after "that"/"who", a lowercase word then a determiner is a verb. */
static int verb_object(const actx *c, size_t a, size_t b) {
    const tok *t = c->t.v;
    if (a == 0 || a + 1 >= b || !(tok_is(c, &t[a - 1], "that") || tok_is(c, &t[a - 1], "who") ||
                                  tok_is(c, &t[a - 1], "which")))
        return 0;
    const tok *v = &t[a], *d = &t[a + 1];
    return (v->flags & (T_WORD | T_CAP | T_POSS | T_NUM)) == T_WORD &&
           tok_in(c, d, WS_DETERMINERS) && !tok_in(c, v, WS_DETERMINERS) &&
           !tok_in(c, v, WS_DESCRIPTORS) && !tok_in(c, v, WS_POSTMODIFIERS) &&
           tok_count(c, v) == -2;
}

/* "Most of the workers", "Half of the staff", "A handful of MPs", "a
 * group of parents", "Those present", "those in the room": a part of a
 * group of people, who are not named. */
static int share_of(actx *c, size_t a, size_t b) {
    const tok *t = c->t.v;
    if (tok_is(c, &t[a], "those") && a + 1 < b &&
        (tok_is(c, &t[a + 1], "present") || tok_is(c, &t[a + 1], "who") || postmod_at(c, a + 1, b)))
        return 1;
    size_t q = a;
    if (q + 1 < b && (tok_is(c, &t[q], "a") || tok_is(c, &t[q], "an") || tok_is(c, &t[q], "the"))) q++;
    if (q + 2 >= b || !tok_is(c, &t[q + 1], "of")) return 0;
    if (!tok_in(c, &t[q], WS_SHARE_WORDS)) return 0;
    /* of people: "of the workers", "of MPs", "of them" -- not "half of the money" */
    const tok *h = &t[b - 1];
    return tok_is(c, h, "them") || tok_is(c, h, "us") || tok_source_noun(c, h) ||
           person_word(c, h) ||
           ((h->flags & T_CAP) && c->text[h->e - 1] == 's');      /* "MPs", "Tories" */
}

/* "I'm", "Don't", "we're": a clause has begun, not a phrase. */
static int contraction(const actx *c, const tok *k) {
    return (k->flags & T_WORD) &&
           rs_has_ending(c->rs, WS_CONTRACTIONS, c->text + k->s, k->e - k->s, 1);
}

/* "A juror who was discharged from an unrelated trial at the same court
 * last year": a person described by a relative clause takes more words
 * than a name or a title does.  Does a "who" open one within the usual
 * length? */
static int relative_early(const actx *c, size_t a, size_t b) {
    for (size_t i = a + 1; i < b && i < a + NP_MAX_TOKENS; i++) {
        if (tok_is(c, &c->t.v[i], "who")) return 1;
        /* "UK Sport, which funds ...", "Its authors, led by ...": an
         * aside set off by a comma describes the speaker as much */
        if (tok_is_comma(c, &c->t.v[i - 1]) &&
            (tok_is(c, &c->t.v[i], "which") || tok_is(c, &c->t.v[i], "led")))
            return 1;
    }
    return 0;
}

/* "The carers the Courier spoke to", "parents we interviewed": people
 * the story spoke to and does not name.  Their head noun's token, or 0. */
static size_t spoken_to(actx *c, size_t a, size_t b) {
    const tok *t = c->t.v;
    size_t h = tok_in(c, &t[a], WS_DETERMINERS) ||
                       tok_count(c, &t[a]) > -2 ?
                   a + 1 : a;
    if (b < h + 3 || !(t[h].flags & T_WORD) ||
        !(tok_source_noun(c, &t[h]) || (plural(c, &t[h]) && person_word(c, &t[h]))))
        return 0;
    const tok *e = &t[b - 1];
    if (tok_is(c, e, "interviewed") || tok_is(c, e, "contacted") ||
        (tok_is(c, e, "to") && tok_in(c, &t[b - 2], WS_UNPROMPTED_VERBS)))
        return h;
    return 0;
}

/* "Professor Alan Mbeki and colleagues", "Kesterland and its Western
 * allies": a named party with its own people, uncounted, speaks as the
 * party does (not "Jones and two aides": people of their own). */
static int own_people(actx *c, size_t a, size_t b) {
    const tok *t = c->t.v;
    for (size_t k = a + 1; k + 1 < b; k++) {
        if (!tok_is(c, &t[k], "and")) continue;
        const tok *r = &t[k + 1];
        if (!tok_in(c, r, WS_POSSESSIVES) && !(k + 2 == b && plural(c, r) && !(r->flags & T_CAP)))
            return 0;
        for (size_t i = k + 1; i < b; i++)
            if ((t[i].flags & T_PUNCT) || tok_count(c, &t[i]) > -2 || postmod_at(c, i, b)) return 0;
        if (!namey_here(c, k - 1)) return 0;
        return np_classify(c, a, k).kind == NP_NAMED;
    }
    return 0;
}

np_info np_classify(actx *c, size_t a, size_t b) {
    np_info np;
    memset(&np, 0, sizeof np);
    np.kind = NP_NONE;
    np.sp = span_null();
    np.count = -1;
    const tok *t = c->t.v;
    while (a < b && trims_front(c, &t[a])) a++;
    while (b > a && (t[b - 1].flags & T_PUNCT)) b--;
    /* "a decision its principal conductor (called ...)": a clause about
     * the noun, without "that"; its subject is the speaker */
    if (a + 3 < b && (tok_is(c, &t[a], "a") || tok_is(c, &t[a], "an") || tok_is(c, &t[a], "the")) &&
        (t[a + 1].flags & (T_WORD | T_CAP | T_POSS)) == T_WORD && tok_in(c, &t[a + 2], WS_POSSESSIVES) &&
        !tok_in(c, &t[a + 1], WS_DESCRIPTORS) && !tok_in(c, &t[a + 1], WS_POSTMODIFIERS))
        a += 2;
    if (a >= b || (b - a > NP_MAX_TOKENS &&
                   (b - a > NP_MAX_TOKENS + NP_RELATIVE_TOKENS || !relative_early(c, a, b))))
        return np;
    np.sp = span_make(t[a].s, t[b - 1].e);
    if (contraction(c, &t[a])) return np;    /* "I'm sick of people ...": a clause */
    /* "said by email", "told the paper by text message", "said by phone
     * from Kyiv": how the words came, not who spoke them (but "by phone
     * companies") */
    if (a > 0 && tok_is(c, &t[a - 1], "by") && tok_in(c, &t[a], WS_CONTACT_MEANS) &&
        (b == a + 1 || tok_in(c, &t[a + 1], WS_PREPOSITIONS) || (b == a + 2 && !plural(c, &t[a + 1]))))
        return np;
    /* "..., with four Labor backbenchers warning": the people in the
     * "with" phrase are who speaks */
    if (tok_is(c, &t[a], "with") && a + 1 < b) np.sp.start = t[++a].s;
    if (tok_in(c, &t[a], WS_PRONOUNS) || tok_is(c, &t[a], "it") || tok_is(c, &t[a], "I")) {
        if (b - a == 1 && !tok_is(c, &t[a], "I")) np.kind = NP_PRONOUN;
        return np;                           /* "it undervalued the company": a clause */
    }
    /* An auxiliary means a clause, not a phrase -- unless it sits in a
     * relative clause: "a spokesperson who declined to be named". */
    for (size_t i = a; i < b && !tok_is(c, &t[i], "who") && !tok_is(c, &t[i], "which"); i++)
        if (tok_in(c, &t[i], WS_AUXILIARIES) && !tok_is(c, &t[i], "also")) return np;
    /* "energy sources", "sources of revenue": the look-alike is the
     * phrase's head; "The open-source investigation group Lantern
     * Collective" only has one in front of its head */
    for (size_t i = 0; i < c->h.n; i++) {
        const hit *h = &c->h.v[i];
        if (h->sec == (int)PS_NOT_SOURCES && h->s < np.sp.end && h->e > np.sp.start &&
            (h->e >= t[b - 1].s || !(t[b - 1].flags & T_WORD)))
            return np;
    }
    /* "no tsunami warning was issued", "Nobody said", "a proposal neither
     * side has acknowledged": nobody speaks (but "No 10 sources") */
    for (size_t i = a; i < b; i++)
        if ((tok_is(c, &t[i], "no") && (i == a || !(t[i].flags & T_CAP)) &&   /* "The No campaign" */
             !(i + 1 < b && (t[i + 1].flags & T_NUM))) ||
            tok_is(c, &t[i], "nobody") || tok_is(c, &t[i], "none") || tok_is(c, &t[i], "neither") ||
            tok_is(c, &t[i], "anyone") || tok_is(c, &t[i], "anybody") || tok_is(c, &t[i], "everyone") ||
            tok_is(c, &t[i], "everybody"))
            return np;
    if (b - a >= 3 && tok_count(c, &t[a]) > -2 &&
        tok_is(c, &t[a + 1], "of") && !appositive_name(c, a, b)) {
        /* "one of them", "two of the sources" (not "two of his colleagues,
         * Lord Hebden and Dame Celia Rowe") */
        anon_details(c, &np, a, a);
        np.ndesc = 0;
        return np;
    }
    size_t spoken = spoken_to(c, a, b);
    if (spoken) {
        anon_details(c, &np, a, spoken);
        return np;
    }
    /* "(rules which) bar developers from telling", "(it) stops parents
     * from claiming", "the share of (graduates)": a phrase that ends on
     * a preposition is cut off before what it governs (not before a
     * capital: "A poll by the institute in May found") */
    if (b - a >= 2 && b < c->t.n && (t[b - 1].flags & (T_WORD | T_CAP)) == T_WORD &&
        tok_in(c, &t[b - 1], WS_PREPOSITIONS) && !(t[b].flags & T_CAP))
        return np;
    /* "speaking to the Bulletin on background": how someone spoke, an
     * aside about the phrase before it, not a phrase of its own */
    if ((t[a].flags & (T_WORD | T_CAP)) == T_WORD && !tok_is(c, &t[a], "who") && tok_in(c, &t[a], WS_RELATIVE_OPENERS))
        return np;
    if (verb_object(c, a, b)) return np;       /* "stock the brand" */
    if (share_of(c, a, b) && !appositive_name(c, a, b)) {
        np.kind = NP_ANON;                   /* "Most of the workers", "A handful of MPs" */
        return np;
    }
    if (own_people(c, a, b)) {
        np.kind = NP_NAMED;
        return np;
    }
    np.kind = classify_head(c, &np, a, b);
    if (np.kind != NP_ANON && has_hit(c, PS_ANON_MARKERS, np.sp) && !appositive_name(c, a, b)) {
        size_t head = find_head(c, a, b);
        if (!namey_here(c, head)) anon_details(c, &np, a, head);
    }
    return np;
}

/* "A spokeswoman for the airline, who asked not to be named, said": the
 * aside [b, e) after the phrase [a, b) makes a described source unnamed. */
void np_anon_by_aside(actx *c, np_info *np, size_t a, size_t b, size_t e) {
    if (np->kind != NP_NAMED || a >= b || b >= e || e > c->t.n) return;
    span as = span_make(c->t.v[b].s, c->t.v[e - 1].e);
    if (!has_hit(c, PS_ANON_MARKERS, as) && !has_hit(c, PS_ANON_REASONS, as)) return;
    size_t head = find_head(c, a, b);
    /* "Senior Republicans, speaking privately, ...": a described group of
     * a party, not a name */
    int group = head > a && c->text[c->t.v[head].e - 1] == 's' && tok_in(c, &c->t.v[a], WS_DESCRIPTORS);
    if ((namey_here(c, head) && !group) || appositive_name(c, a, b)) return;
    anon_details(c, np, a, head);
}

/* ---- output ------------------------------------------------------------- */

/* A span that does not lie inside the text becomes null: whatever an
 * analyser got wrong on strange input, nothing downstream reads outside
 * the text. */
static void keep_inside(span *s, size_t len) {
    if (!span_is_null(*s) && (s->start > s->end || s->end > len)) *s = span_null();
}

static void keep_all_inside(annotation *x, size_t len) {
    keep_inside(&x->source.name, len);
    keep_inside(&x->source.refers_to, len);
    keep_inside(&x->source.via, len);
    keep_inside(&x->cue, len);
    keep_inside(&x->content, len);
    keep_inside(&x->reason, len);
    keep_inside(&x->marker, len);
    keep_inside(&x->rebuttal, len);
    keep_inside(&x->actor, len);
    keep_inside(&x->condition, len);
    keep_inside(&x->response, len);
    int n = 0;
    for (int i = 0; i < x->nitems; i++) {
        keep_inside(&x->items[i], len);
        if (!span_is_null(x->items[i])) x->items[n++] = x->items[i];
    }
    x->nitems = n;
    n = 0;
    for (int i = 0; i < x->ndescriptors; i++) {
        keep_inside(&x->descriptors[i], len);
        if (!span_is_null(x->descriptors[i])) x->descriptors[n++] = x->descriptors[i];
    }
    x->ndescriptors = n;
}

int emit(actx *c, const annotation *a) {
    /* before `from` too: what the context found is what later sentences
     * point back at ("A source close to the star ...  His lawyer said");
     * analyse() drops it at the end */
    if (a->whole.start >= c->to) return 0;
    if (a->whole.start > a->whole.end || a->whole.end > c->len) return 0;
    span marker = a->marker;
    keep_inside(&marker, c->len);
    if (a->kind == KIND_CONTESTED && span_is_null(marker)) return 0;
    /* checked in place: an annotation is 720 bytes, copied once */
    annotation *x = annotations_push(c->out, a);
    if (!x) {
        c->oom = 1;
        return -1;
    }
    keep_all_inside(x, c->len);
    return 0;
}

int sentence_attributed(actx *c, size_t s, size_t e) {
    if (scan_hits(c, s, e, &c->h2) < 0) return 1;
    for (size_t i = 0; i < c->h2.n; i++) {
        const hit *h = &c->h2.v[i];
        if (h->sec != PS_CUES) continue;
        /* "the claims", "his remarks": a noun, not a cue */
        size_t p = h->s;
        while (p > s && is_space((unsigned char)c->text[p - 1])) p--;
        size_t w = p;
        while (w > s && is_alpha((unsigned char)c->text[w - 1])) w--;
        if (w < p && rs_has_word(c->rs, WS_DETERMINERS, c->text + w, p - w)) continue;
        /* "Inspectors found blocked fire exits", "records show": a finding
         * is the facts a writer answers a claim with, not one side's word */
        if (h->e - h->s >= 4 && (strncasecmp(c->text + h->s, "found", 5) == 0 ||
                                 strncasecmp(c->text + h->s, "finds", 5) == 0 ||
                                 strncasecmp(c->text + h->s, "show", 4) == 0))
            continue;
        /* "the register records ...", "the papers list ...": records too */
        if ((h->e - h->s == 7 && strncasecmp(c->text + h->s, "records", 7) == 0) ||
            (h->e - h->s >= 4 && h->e - h->s <= 5 && strncasecmp(c->text + h->s, "list", 4) == 0))
            continue;
        return 1;
    }
    return 0;
}

/* ---- the pipeline ------------------------------------------------------- */

static void actx_free(actx *c) {
    matcher_free(&c->m);
    segments_free(&c->segs);
    free(c->t.v);
    free(c->h.v);
    free(c->h2.v);
    for (size_t i = 0; i < NRECENT; i++) free(c->recent[i].v);
    free(c->claims.v);
}

/* Keep out's annotations from `first` on that start at `from` or later:
 * those before were context, kept only while the analysers ran. */
static void drop_before(annotations *out, size_t first, size_t from) {
    size_t n = first;
    for (size_t i = first; i < out->n; i++) {
        if (out->v[i].whole.start < from) continue;
        if (n != i) out->v[n] = out->v[i];
        n++;
    }
    out->n = n;
}

int analyse(const ruleset *rs, const char *text, size_t len,
            size_t from, size_t to, annotations *out,
            char *err, size_t errlen) {
    actx c;
    memset(&c, 0, sizeof c);
    c.rs = rs;
    c.text = text;
    c.len = len;
    c.from = from;
    c.to = to > len ? len : to;
    c.out = out;
    size_t first = out->n;
    c.last_person = span_null();
    c.last_source = span_null();
    if (!rs || !rs->finished) {
        snprintf(err, errlen, "analyse: the rule set is not finished");
        return -1;
    }
    if (matcher_init(&c.m) < 0 || segment_text(rs, text, len, &c.segs) < 0) {
        actx_free(&c);
        snprintf(err, errlen, "analyse: out of memory");
        return -1;
    }
    c.m.expect = c.to > c.from ? c.to - c.from : 1;
    size_t para = SIZE_MAX, para_first = 0;
    for (c.si = 0; c.si < c.segs.n && !c.oom; c.si++) {
        const segment *g = &c.segs.v[c.si];
        if (g->start >= c.to) break;
        if (g->para != para) {
            para = g->para;
            para_first = out->n;
        } else if (out->n - para_first > PARAGRAPH_FINDINGS_KEPT) {
            continue;
        }
        c.sent = span_make(g->start, g->end);
        c.claims.n = 0;
        c.nanon_done = 0;
        if (scan_hits(&c, g->start, g->end, &c.h) < 0) c.oom = 1;
        if (c.oom || (c.h.n == 0 && !anonymous_unprompted(&c))) continue;
        if (tokenize(&c, g->start, g->end, &c.t) < 0) c.oom = 1;
        if (c.oom) break;
        if (c.h.n == 0) {
            if (anonymous_run(&c) < 0) c.oom = 1;
            continue;
        }
        if (claims_run(&c) < 0 || anonymous_run(&c) < 0 ||
            contested_run(&c) < 0 || demands_run(&c) < 0) c.oom = 1;
    }
    drop_before(out, first, c.from);
    int rc = 0;
    if (c.oom) {
        snprintf(err, errlen, "analyse: out of memory");
        rc = -1;
    } else if (c.limit_err) {
        snprintf(err, errlen, "analyse: a rule pattern keeps hitting the PCRE2 match limit; "
                 "candidates after that were skipped");
        rc = -1;
    }
    actx_free(&c);
    return rc;
}
