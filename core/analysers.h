/* analysers.h -- what the analysers share: the inside of a rule set, the
 * sentence being looked at (its tokens and the rule hits in it), and the
 * small noun-phrase helpers every analyser leans on.  Internal to the core:
 * the rest of the program sees only rules.h and analyse.h. */
#ifndef CLAIMLENS_ANALYSERS_H
#define CLAIMLENS_ANALYSERS_H

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
#include <stddef.h>
#include <stdint.h>
#include "analyse.h"
#include "annotation.h"
#include "rules.h"
#include "segment.h"
#include "words.h"

/* ---- the rule set ------------------------------------------------------ */

/* Sections holding PCRE2 patterns.  Each is matched, anchored, wherever the
 * one combined scan found a candidate. */
typedef enum pattern_section {
    PS_CUES,            /* reporting verbs and phrases */
    PS_CONTESTED,       /* distancing and dispute markers */
    PS_DEMANDS,         /* demand cues */
    PS_SOURCE_NOUNS,    /* nouns that can head an unnamed source */
    PS_ANON_MARKERS,    /* words that make a described source unnamed */
    PS_NOT_SOURCES,     /* look-alikes: "energy sources", "source code" */
    PS_ANON_REASONS,    /* why a source is unnamed */
    PS_CONDITIONS,      /* "as conditions for", "in exchange for" */
    PS_RESPONSES,       /* "rejected", "accepted": answers to a demand */
    PS_ITEM_STOPS,      /* where a list of demanded items ends */
    PS_ITEM_ASIDES,     /* ", failing that,": between items, not one */
    PS_COMPOUNDS,       /* "oil and gas": an "and" that joins no items */
    PS__COUNT
} pattern_section;

/* Sections holding plain words, looked up case-insensitively except
 * abbreviations (a capital matters there: "No." before a number). */
typedef enum word_section {
    WS_ABBREVIATIONS,   /* words whose "." does not end a sentence */
    WS_TITLES,          /* "President", "Spokesman": part of a name */
    WS_ORG_NOUNS,       /* "ministry", "police": bodies speaking as themselves */
    WS_PRONOUNS,        /* sources that point back to a named one */
    WS_AUXILIARIES,     /* "has", "will", "also": part of a verb phrase */
    WS_DETERMINERS,     /* "the", "his": start a noun phrase */
    WS_FUNCTION_WORDS,  /* capitalised only at a sentence start: not names */
    WS_CLAUSE_WORDS,    /* "that", "and", "but": a subject starts after them */
    WS_PHRASE_STOPS,    /* "on", "who": end a source named after its cue */
    WS_DESCRIPTORS,     /* "senior", "intelligence": describe an unnamed source */
    WS_POSTMODIFIERS,   /* "of", "familiar": what may follow a source noun */
    WS_PERSON_SUFFIXES, /* "-er", "-ist": endings of nouns for people */
    WS_COUNTER_WORDS,   /* "no", "never", "however": a sentence that contradicts */
    WS_EVIDENCE_WORDS,  /* "records", "show", "found": a sentence that cites facts */
    WS_PARTY_NOUNS,     /* "nurses", "rebels", "clubs": groups that can demand */
    WS_VERDICT_WORDS,   /* "fabricated", "scaremongering": a quotation that calls a claim false */
    /* the analysers' own word sets (rules/README.md) */
    WS_GROUP_NOUNS,     /* "team", "panel": "a team of physicists" is people */
    WS_SHARE_WORDS,     /* "most", "half", "handful": "most of the staff" */
    WS_PERSON_LOOKALIKES, /* "sent", "percent": end like "agent", no person */
    WS_CONTRACTIONS,    /* "'m", "n't": endings that make a word a clause */
    WS_SPEECH_STEMS,    /* "say", "told": a cue of speech (stems) */
    WS_CONCESSIONS,     /* "nevertheless": a sentence that concedes, then insists */
    WS_SOFT_VERDICTS,   /* "invention": false only after an intensifier */
    WS_INTENSIFIERS,    /* "pure", "utter": "pure invention" */
    WS_VERDICT_OPENERS, /* "as", "calling": introduce a quoted verdict */
    WS_CHARGE_STEMS,    /* "alleg", "accus": a charge a denial can take (stems) */
    WS_REJECTION_VERBS, /* "rejected", "refutes": "..., which the company rejected" */
    WS_ASIDE_STARTS,    /* "for", "in", "seen": "The navy, for its part, said" */
    WS_OBJECT_PRONOUNS, /* "him", "them": a cue's whole content, so no speech */
    WS_REFUSAL_WORDS,   /* "declined", "unable": "declined to say" reports nothing */
    WS_VERDICT_VERBS,   /* "called", "branded": what follows is judged, no speaker */
    WS_HEAD_STOPS,      /* "of", "close", "familiar": end an unnamed source's head */
    WS_CLAIM_NOUNS,     /* "claim", "rumour": what is said, not who says it */
    WS_FINDING_SOURCES, /* "study", "court": who can report a finding */
    WS_COURT_VERDICTS,  /* "guilty", "liable": "found X not guilty" */
    WS_ANYONE_WORDS,    /* "anyone", "everyone": nobody in particular */
    WS_S_CONTRACTIONS,  /* "he", "nobody": "He's said", "Nobody's told" are "has", not names */
    WS_HEADLINE_PASSIVES, /* "after", "over": "Figures questioned after ..." in a headline is a passive */
    WS_IRREGULAR_PASTS, /* "broke", "took": finite verbs without "-ed" */
    WS_TIME_OPENERS,    /* "on", "last": "On Wednesday the company ..." */
    WS_RELATIVE_PREPOSITIONS, /* "for", "of": "a spokesperson for X, who said" */
    WS_BARE_CLAUSE_VERBS, /* "said", "claimed": take a clause without "that" */
    WS_PHRASE_OPENERS,  /* "in", "later": "In a new interview she ..." */
    WS_POSTING_VERBS,   /* "posted", "shared": "a video posted online" */
    WS_CLAIM_VERB_WORDS, /* "still", "who": "who claims" is the verb */
    WS_RELATIVE_OPENERS, /* "who", "speaking": a clause about the phrase before */
    WS_SELF_MARKED_NOUNS, /* "sources", "insiders": unnamed without a marker */
    WS_BACK_PRONOUNS,   /* "They", "Both": point back at unnamed sources */
    WS_BACK_VERBS,      /* "spoke", "were": "They spoke on condition ..." */
    WS_MARKED_SUBJECT_VERBS, /* "spoke", "asked": "All three asked for anonymity" */
    WS_PRESS_NOUNS,     /* "reporters", "newspaper": "spoke to reporters" */
    WS_PEOPLE_PREPOSITIONS, /* "at", "from": "nurses at the Riverside unit" */
    WS_TIME_NOUNS,      /* "day", "week": "resigned that day" */
    WS_FINITE_AUXILIARIES, /* "has", "would": carry a clause's tense */
    WS_DAYS,            /* "Monday": "X on Thursday set out" */
    WS_PURPOSE_VERBS,   /* "keep", "cover": "to keep pace with inflation" */
    WS_ADJUNCT_OPENERS, /* "as", "while", "amid": an adjunct after a comma */
    WS_INTENTION_VERBS, /* "plans", "hopes": the subject's next verb */
    WS_ADJECTIVE_ENDINGS, /* "-ful", "-ous": a describing word (endings) */
    WS_DESCRIBING_WORDS, /* "free", "immediate": describe a demanded thing */
    WS_ORDINALS,        /* "first", "secondly": mark a listed item */
    WS_POSSESSIVES,     /* "his", "our": the speaker's own */
    WS_BE_FORMS,        /* "is", "were": "is asked to" is passive */
    WS_PREPOSITIONS,    /* "of", "amid", "across" */
    WS_CUE_ADVERBS,     /* "now", "publicly": "is now pressing for" */
    WS_DEMAND_ADJECTIVES, /* "key", "main": "their key demand" */
    WS_RENEWAL_VERBS,   /* "renewed", "stepped up": "renewed its call" */
    WS_JUDGEMENT_WORDS, /* "unrealistic", "met": what is said of a demand */
    WS_NOBODY_WORDS,    /* "nobody", "no one": no party at all */
    WS_DEMAND_SUBJECTS, /* "we", "police": can be the subject of "demand" */
    WS_MARKET_MOVES,    /* "rose", "fell": "gas demand has fallen" */
    WS_RULE_NOUNS,      /* "law", "job": "the law requires" asks nothing */
    WS_HABIT_ADVERBS,   /* "usually", "tend": "buyers usually want" */
    WS_PLAN_WORDS,      /* "plans", "poised": "plans to seek" is not yet an ask */
    WS_UNPROMPTED_VERBS, /* "spoke": "Two nurses spoke to the Gazette." */
    WS_BACK_GROUPS,     /* "pair", "others": "The pair said" points back */
    WS_BACK_ONES,       /* "man", "boy": "The boy said" points back as "he" does */
    WS_GROUP_MEMBERS,   /* "one", "the other": one of a group just given (openings) */
    WS_ORDER_VERBS,     /* "give", "sack": open a quoted order ("Give us our jobs back") */
    WS_KIN_NOUNS,       /* "son", "neighbour": "the owner's son" is one of several */
    WS_CONTACT_MEANS,   /* "email", "phone": "said by email" is how, not who */
    WS_INTERVIEW_NOUNS, /* "interviews": "interviews with five officials" are sources */
    WS_LEAK_VERBS,      /* "leaked", "provided": "memos provided by an official" */
    WS_APPROXIMATORS,   /* "at least", "nearly": hedge a count, describe no one */
    WS_MESSAGE_NOUNS,   /* "banner", "sign": "the sign read" carries an order */
    WS_LEAD_IN_WORDS,   /* "conditions", "must": a colon over a list opens demands */
    WS_SPAN_NOUNS,      /* "decade", "years": "campaigned for a decade" is how long */
    WS_FALSITY_WORDS,   /* "fake", "forged": "said the document was fake" disputes it */
    WS_FALSITY_SUBJECTS, /* "document", "video": what "fake" disputes (not "the gun") */
    WS_NEGATIONS,       /* "not", "none": "said no civilians were harmed" */
    WS_DOCUMENT_VERBS,  /* "lists", "records": what a document says, not a person */
    WS_FINDING_VERBS,   /* "found", "finds": a finding, reported only by a finder */
    WS_RULING_VERBS,    /* "ruled": with no "that", only a court's ruling */
    WS_JUDGED_STATEMENTS, /* "account", "explanation": what a quoted verdict weighs */
    WS_APPROVAL_WORDS,  /* "credible", "fair": a quoted verdict that agrees */
    WS_SUPPORT_NOUNS,   /* "evidence", "proof": what ", a claim for which there is no" lacks */
    WS_LACKING_WORDS,   /* "no", "little", "without": before a support noun */
    WS_MALE_WORDS,      /* "Mr", "he": who "he said" can point back to */
    WS_FEMALE_WORDS,    /* "Mrs", "she": who "she said" can point back to */
    WS__COUNT
} word_section;

/* The word sets a word is in, one bit per set: more sets than one
 * integer holds, so a few words of bits. */
#define WS_MASK_WORDS ((WS__COUNT + 63) / 64)
typedef struct ws_mask {
    uint64_t w[WS_MASK_WORDS];
} ws_mask;

static inline int ws_mask_has(const ws_mask *m, word_section ws) {
    return (int)(m->w[ws >> 6] >> (ws & 63)) & 1;
}

/* What the word sets say of one word: its sets, and its number when it
 * is a count word ("three": 3; -2 when not). */
typedef struct word_info {
    ws_mask sections;
    int count;
} word_info;

/* Shapes of attribution a cue can take. */
enum { CUE_VERB, CUE_ACCORDING, CUE_CITING, CUE_ESTIMATE };
/* Shapes of demand. */
enum { DEM_OBJECT, DEM_INFINITIVE, DEM_LIST, DEM_URGE, DEM_CONDITION, DEM_PRECONDITION, DEM_TERMS };
/* Contested markers and the writer's counter-sentence: none sought (the
 * marker is the dispute), sought, or required (the marker -- "insists" --
 * only reads as disputed when the text contradicts it).  An answer ("there
 * is no evidence that", "It is false.") marks on its own and can also be
 * the counter-sentence of a marker next to it. */
enum { REBUT_NONE, REBUT_SEEK, REBUT_REQUIRED, REBUT_ANSWER };
/* Who must stand before a demand cue for it to ask (rules/README.md):
 * anyone; a party or a demanding document ("The rebels required that",
 * not "The offensive required that"); a document only ("The proposal
 * contains four points:"); anyone but a document ("would require"); and
 * someone, not a thing ("Rising costs are putting pressure on"). */
enum { ASKER_ANY, ASKER_PARTY, ASKER_DOCUMENT, ASKER_NOT_DOCUMENT, ASKER_SOMEONE };
/* Whom a demand cue must address: anyone, a body named after "that"
 * ("recommended that the ministry", not "that he rest"), or a subject
 * with a bare verb ("insisted that the exchange come first"). */
enum { ADDRESSEE_ANY, ADDRESSEE_BODY, ADDRESSEE_SUBJUNCTIVE };

typedef struct rule_entry {
    char *pattern;
    char *label;        /* contested: the reason; aliases: the canonical name */
    int shape;
    int rebut;          /* contested: REBUT_* */
    int asker;          /* demands: ASKER_* */
    int addressee;      /* demands: ADDRESSEE_* */
    /* demands, shape condition: the pack's "pattern" and "conjunction"
     * when it has one (pattern is then their join, rules.c CONJ_GAP); the
     * one pass matches the lead and looks for the conjunction in C */
    char *lead, *conjunction;
    pcre2_code *then;   /* the conjunction, anchored, built by finish */
    int then_jit;       /* 0 not tried yet, 1 failed, 2 JIT code */
    unsigned char then_first[32];    /* bytes it can start with */
} rule_entry;

typedef struct rule_list {
    rule_entry *v;
    size_t n, cap;
} rule_list;

typedef struct word_list {
    char **v;
    size_t n, cap;
    struct word_slot *slot; /* hash table over v, built by finish */
    size_t nslot;       /* a power of two; 0 until built */
    size_t *len;        /* byte lengths of v, built with slot */
} word_list;

typedef struct count_word {
    char *word;
    int count;
} count_word;

typedef struct alias {
    char *name;
    char *canonical;
} alias;

#define RS_MAX_SCANS 16
#define RS_MAX_PARTS 16

/* A word's first byte as the one pass sorts it: a letter (folded), a digit
 * or "_", or a multibyte character right after a word (where \b holds):
 * the long s or Kelvin sign (caseless "s" and "k"), or any other. */
#define RS_FIRSTS 29
#define RS_FIRST_DIGIT 26
#define RS_FIRST_MULTI 27
#define RS_FIRST_FOLD 28

/* One regex of the one pass: the entries of one first byte, anchored;
 * more than one per byte only past PCRE2's size limit.  JIT-compiled on
 * first use: a text that never starts a word with "q" never pays for it. */
typedef struct scan_part {
    pcre2_code *re;
    size_t callout;                  /* where its callout is in its pattern */
    int jit;                         /* 0 not tried yet, 1 failed, 2 JIT code */
} scan_part;

/* One regex of a section; more than one only past PCRE2's size limit. */
typedef struct section_part {
    pcre2_code *re;
    unsigned char first[32];         /* bytes its match can start with */
} section_part;

struct ruleset {
    word_list packs;                 /* pack names, in load order */
    rule_list pat[PS__COUNT];
    word_list words[WS__COUNT];
    count_word *counts;
    size_t ncounts, ccounts;
    alias *aliases;
    size_t naliases, caliases;
    int scare_quotes;                /* weak hints for quoted single terms */
    int odd_start;                   /* a pattern may match empty or at punctuation */
    /* built by ruleset_finish: the one pass, cut by a word's first byte */
    scan_part *pass;                 /* every pattern, marked, then a callout */
    size_t npass, cpass;             /* 0: every sentence takes the careful path */
    size_t pass_of[RS_FIRSTS + 1];   /* first byte k's parts: [pass_of[k], pass_of[k+1]) */
    struct pass_entry *pass_entries; /* what each mark stands for */
    size_t npass_entries;
    /* the careful path: built by finish when the one pass is past PCRE2's
     * size limit, else on first need (rs_careful_ready) */
    int careful;                     /* 0 not built, 1 built, -1 failed */
    pcre2_code *scan[RS_MAX_SCANS];  /* every pattern: where to look */
    int nscan;                       /* more than one only past PCRE2's size limit */
    section_part sec[PS__COUNT][RS_MAX_PARTS]; /* anchored, with marks */
    int nsec[PS__COUNT];
    struct section_slot *wsec;       /* every caseless word: its sections */
    size_t nwsec;                    /* a power of two; 0 until built */
    size_t *suffixes;                /* person suffixes by folded last byte, */
    size_t suffix_of[257];           /* byte b's: [suffix_of[b], suffix_of[b + 1]) */
    char *cue_alternation;
    int finished;
    struct prefixes *prefixes;       /* the first letters each first letter's entries may take */
    struct jit_ahead *ahead;         /* the one pass JIT-compiled in a second thread */
    int ahead_tried;
    /* Not rule data: how much text analyses have announced and how often
     * they called each part of the one pass (NULL: out of memory, every
     * part JIT-compiled).  Whether a part is worth JIT-compiling rests on
     * it (rules.c, scan_plan and part_pays), and it lives beside the
     * parts' JIT code, which every analysis of the set shares; analyses
     * (one thread at a time) write it through this pointer. */
    struct scan_history *history;
    size_t look_back;                /* bytes before a word start the one pass may look at */
    unsigned char first_of[WS__COUNT][32]; /* each section's first bytes, folded: built by finish */
    char *cache_dir;                 /* where compiled patterns are kept (patcache.h); NULL: nowhere */
};

/* The words of a section contain [s, s+n)?  Case-insensitive, except
 * abbreviations. */
int rs_has_word(const ruleset *rs, word_section ws, const char *s, size_t n);
/* The caseless word sections holding [s, s+n), one bit per section (bit
 * ws), in one look-up: a token asks about many sections.  Points into the
 * set (or at a set of no sections): valid while the set lives. */
const ws_mask *rs_word_sections(const ruleset *rs, const char *s, size_t n);
/* The same look-up, with the word's count: what a token keeps. */
const word_info *rs_word_info(const ruleset *rs, const char *s, size_t n);
/* Is some person suffix a proper ending of [s, s+n)?  Case-insensitive. */
int rs_person_suffix(const ruleset *rs, const char *s, size_t n);
/* Does some entry of section ws end [s, s+n) with at least `stem` bytes
 * before it?  Case-insensitive: for sets of endings ("-ous", "-ive"). */
int rs_has_ending(const ruleset *rs, word_section ws, const char *s, size_t n, size_t stem);
/* Does [s, s+n) start with some entry of section ws (or equal one)?
 * Case-insensitive: for sets of stems ("alleg", "accus"). */
int rs_has_prefix(const ruleset *rs, word_section ws, const char *s, size_t n);
/* Does [s, s+n) open with some entry of section ws, as whole words
 * ("the other" in "the other senator")?  Case-insensitive. */
int rs_has_opening(const ruleset *rs, word_section ws, const char *s, size_t n);
/* May a word of section ws start with byte b?  A cheap test before a
 * look-up, for code that would otherwise look up every word. */
static inline int rs_may_start(const ruleset *rs, word_section ws, unsigned char b) {
    b = word_fold(b);
    return rs->first_of[ws][b >> 3] >> (b & 7) & 1;
}
/* "three" -> 3; -2 when the word is not a count word. */
int rs_count_of(const ruleset *rs, const char *s, size_t n);
/* The canonical actor for a name found in [s, s+n), or NULL. */
const char *rs_alias_in(const ruleset *rs, const char *s, size_t n);

/* ---- matching ---------------------------------------------------------- */

typedef struct matcher {
    pcre2_match_data *md;
    pcre2_match_data *md_then;  /* a conjunction's, run inside a match of md */
    pcre2_match_context *mc;
    size_t expect;          /* bytes the analysis will scan; 0: unknown */
    int plan;               /* 0 not yet, 1 the one pass JIT-compiled, 2 part by part */
    size_t scanned;         /* bytes of sentences scanned so far */
    size_t *calls;          /* each part's calls in this analysis (plan 2) */
} matcher;

int matcher_init(matcher *m);
void matcher_free(matcher *m);

struct hits;

/* Append to `h` each section's match at each word start in [at, e), in
 * text order and section order, as the section's own anchored alternation
 * would match there (lowest entry, followed by a non-word character).
 * The subject ends at `lim`; no new word start is taken once h holds
 * `max` hits.  Returns 0, -1 out of memory, -2 a PCRE2 limit was hit. */
int rs_scan(const ruleset *rs, matcher *m, const char *text, size_t lim,
            size_t at, size_t e, size_t max, struct hits *h);

/* The careful path, for a sentence rs_scan gave up on or cannot do:
 * whether its regexes are built (building them the first time), then the
 * anchored match of section `ps` at `at` (the entry, or -1; a limit is
 * no match). */
int rs_careful_ready(const ruleset *rs);
int rs_match_at(const ruleset *rs, matcher *m, pattern_section ps,
                const char *text, size_t len, size_t at, size_t *end);

/* ---- tokens and sentences ---------------------------------------------- */

enum {
    T_WORD = 1,      /* letters, digits, inner ' - . */
    T_CAP = 2,       /* starts with a capital */
    T_POSS = 4,      /* ends in 's or s' */
    T_QUOTE = 8,     /* a quotation mark */
    T_OPENQ = 16,    /* ... that opens */
    T_PUNCT = 32,    /* any other punctuation */
    T_NUM = 64,      /* starts with a digit */
    T_DASH = 128,    /* em or en dash, or a spaced hyphen */
    T_SECTIONS = 256, /* info and bare_info are filled in */
    T_PERSON_KNOWN = 512, /* tok_person_noun's answer is in T_PERSON */
    T_PERSON = 1024,
    T_ACRONYM = 2048 /* "WHO", "IT" among words in lower case: a name, no word */
};

typedef struct tok {
    size_t s, e;
    unsigned flags;
    /* Word sections (and count) of the token, as itself and without a
     * possessive or trailing dot: looked up on first need, kept for the
     * sentence (they point into the rule set). */
    const word_info *info, *bare_info;
} tok;

typedef struct hit {
    size_t s, e;
    int sec;
    int entry;
} hit;

typedef struct hits {
    hit *v;
    size_t n, cap;
    size_t s, e;         /* the range v holds every hit of, when known */
    int known;
} hits;

typedef struct toks {
    tok *v;
    size_t n, cap;
} toks;

/* A claim found in a sentence, kept so that demands and chains can point
 * at it. */
typedef struct found_claim {
    annotation a;
    size_t subj_tok;     /* first token of the source clause, or (size_t)-1 */
    int inverted;        /* "..., said X" */
} found_claim;

typedef struct claim_list {
    found_claim *v;
    size_t n, cap;
} claim_list;

/* Everything one analyse() call works with. */
typedef struct actx {
    const ruleset *rs;
    const char *text;
    size_t len, from, to;
    matcher m;
    segments segs;
    annotations *out;
    /* the current sentence */
    size_t si;
    span sent;
    toks t;
    hits h;
    claim_list claims;   /* this sentence's claims */
    /* scratch for another sentence (rebuttals, responses) */
    hits h2;
    /* the last few sentences scanned: the analysers look around the one
     * at hand, and a quarter of all scans were of a sentence just done */
    hits recent[6];
    size_t nrecent;
    /* carried from sentence to sentence */
    span last_person;    /* last named source that reads as a person */
    span last_source;    /* last source of any kind */
    span anon_done[16];  /* anonymous spans of this sentence, emitted once */
    int nanon_done;
    int limit_hits, limit_err;
    int oom;
} actx;

/* Fill `h` with the rule hits inside [s, e). */
int scan_hits(actx *c, size_t s, size_t e, hits *h);
/* Split [s, e) into tokens. */
int tokenize(actx *c, size_t s, size_t e, toks *t);

/* Token index at or after byte `at` (t->n when none). */
size_t tok_at(const toks *t, size_t at);
/* The first token from `a` on that ends past byte `end`: [a, tok_past)
 * are the tokens a span starting at token a covers. */
static inline size_t tok_past(const toks *t, size_t a, size_t end) {
    while (a < t->n && t->v[a].e <= end) a++;
    return a;
}
/* Token k is the word w (ASCII case folded).  Inline: the analysers ask
 * it with short literals of nearly every token they look at. */
static inline int tok_is(const actx *c, const tok *k, const char *w) {
    /* the literal's length is known when compiling: most tokens differ in
     * length and are turned away before a byte is compared */
    return (k->flags & (T_WORD | T_ACRONYM)) == T_WORD && __builtin_strlen(w) == k->e - k->s &&
           word_is(c->text + k->s, k->e - k->s, w);
}
static inline int tok_is_comma(const actx *c, const tok *k) {
    return (k->flags & T_PUNCT) && c->text[k->s] == ',';
}
/* Fill in a word token's info and bare_info (a cache on the token: the
 * noun-phrase helpers ask about the same tokens again and again). */
void tok_look_up(const actx *c, const tok *k);
static inline const word_info *tok_info(const actx *c, const tok *k, int bare) {
    if (!(k->flags & T_SECTIONS)) tok_look_up(c, k);
    return bare ? k->bare_info : k->info;
}
static inline int tok_in(const actx *c, const tok *k, word_section ws) {
    if (!(k->flags & T_WORD)) return 0;
    if (ws == WS_ABBREVIATIONS) return rs_has_word(c->rs, ws, c->text + k->s, k->e - k->s);
    return ws_mask_has(&tok_info(c, k, 0)->sections, ws);
}
/* rs_count_of of the token's text, kept with its sections. */
static inline int tok_count(const actx *c, const tok *k) {
    if (!(k->flags & T_WORD)) return rs_count_of(c->rs, c->text + k->s, k->e - k->s);
    return tok_info(c, k, 0)->count;
}
/* As tok_in, the word without its possessive: "the nurses' demands". */
int tok_bare_in(const actx *c, const tok *k, word_section ws);
/* Does `sp` read "the" and up to three more words, no comma: a
 * back-reference itself, known by its text (it may lie in an earlier
 * sentence, whose tokens are gone)? */
int definite_mention(const actx *c, span sp);
/* A capitalised word that looks like (part of) a name: not a function
 * word at the start of a sentence. */
int tok_namey(const actx *c, size_t i);
/* Is [p, e), between two commas, an aside ("who ...", "most of them ...",
 * "speaking ...", "58") rather than a subject? */
int tok_aside(const actx *c, size_t p, size_t e);
int tok_source_noun(actx *c, const tok *k);
int tok_org_noun(const actx *c, const tok *k);
/* A lowercase noun for a person or group of people ("supplier",
 * "delegates"), by the endings in the packs. */
int tok_person_noun(const actx *c, const tok *k);
/* Is the current sentence set as a headline: a heading, or a line that
 * ends on a word, with no closing stop? */
int sentence_headline(const actx *c);
/* An -ly word of five letters or more ("privately", "Publicly"): most
 * are adverbs; callers that must tell "family" from "quickly" look
 * further. */
static inline int tok_ly_word(const actx *c, const tok *k) {
    size_t n = k->e - k->s;
    return (k->flags & T_WORD) && n > 4 && word_ends_in(c->text + k->s, n, "ly", 2);
}

/* Emit an annotation when it starts inside the window's [from, to). */
int emit(actx *c, const annotation *a);

/* How a noun phrase used as a source reads. */
typedef enum np_kind {
    NP_NONE,         /* not a source at all */
    NP_NAMED,        /* a name, title + name, organisation, place */
    NP_ANON,         /* described but unnamed, or a vague collective */
    NP_PRONOUN
} np_kind;

typedef struct np_info {
    np_kind kind;
    span sp;
    int count;               /* anonymous: how many, -1 unknown */
    span desc[ANN_MAX_DESCRIPTORS];
    int ndesc;
} np_info;

/* Classify tokens [a, b) as a source noun phrase; trims to the phrase. */
np_info np_classify(actx *c, size_t a, size_t b);
void np_anon_by_aside(actx *c, np_info *np, size_t a, size_t b, size_t e);

/* The analysers, run per sentence in this order. */
int claims_run(actx *c);
int anonymous_run(actx *c);
int contested_run(actx *c);
int demands_run(actx *c);

/* Shared by claims and anonymous: emit the anonymous annotation for a
 * source phrase (once per span). */
int anonymous_emit(actx *c, const np_info *np);
/* Does the sentence at hand, with no rule hits, still hold a shape that
 * names an unnamed source ("Two nurses spoke to the Gazette.")?  Then
 * only anonymous_run looks at it. */
int anonymous_unprompted(const actx *c);
/* Reason for anonymity stated in [s, e), or null. */
span anonymous_reason(actx *c, size_t s, size_t e);

/* Whether the sentence [s, e) carries an attribution cue of its own. */
int sentence_attributed(actx *c, size_t s, size_t e);

#endif
