/* test_segment.c -- sentences from news copy and Markdown. */
#include <stdlib.h>
#include "check.h"
#include "rules.h"
#include "segment.h"

static ruleset *rs;

/* Split `s`; fill `out` with "sentence|sentence|..." for easy checks. */
static const char *split(const char *s, char *out, size_t n) {
    segments g;
    segments_init(&g);
    out[0] = '\0';
    if (segment_text(rs, s, strlen(s), &g) < 0) return "(oom)";
    size_t k = 0;
    for (size_t i = 0; i < g.n && k + 2 < n; i++) {
        int w = snprintf(out + k, n - k, "%s%.*s", i ? "|" : "",
                         (int)(g.v[i].end - g.v[i].start), s + g.v[i].start);
        if (w < 0) break;
        k += (size_t)w;
    }
    segments_free(&g);
    return out;
}

#define SPLITS(text, want) do { char b_[2048]; CHECK_STR(split(text, b_, sizeof b_), want); } while (0)

TEST(soft_wrap_and_blank_line) {
    SPLITS("One sentence runs\nover two lines. Next one.\n\nNew para", "One sentence runs\nover two lines.|Next one.|New para");
    SPLITS("A headline without a stop\n\nBody text.", "A headline without a stop|Body text.");
}

TEST(abbreviations_initials_decimals) {
    SPLITS("Mr. Smith met Dr. Jones in the U.S. Capitol. Growth was 3.5 percent.",
           "Mr. Smith met Dr. Jones in the U.S. Capitol.|Growth was 3.5 percent.");
    SPLITS("J. K. Rowling spoke at 9 a.m. on Monday. Then she left.",
           "J. K. Rowling spoke at 9 a.m. on Monday.|Then she left.");
    SPLITS("He lives at No. 10 Downing St. now. It is old.", "He lives at No. 10 Downing St. now.|It is old.");
    SPLITS("Wait... and see. Done.", "Wait... and see.|Done.");
}

TEST(quotes_hold_sentences_together) {
    SPLITS("\"We will win. We always do,\" she said. Next.", "\"We will win. We always do,\" she said.|Next.");
    SPLITS("“Stop. Now,” he said. Fine.", "“Stop. Now,” he said.|Fine.");
    SPLITS("He said: \"It is over.\" Then he left.", "He said: \"It is over.\"|Then he left.");
    SPLITS("An unclosed \"quote. Runs on.\n\nNext para.", "An unclosed \"quote.|Runs on.|Next para.");
}

TEST(markdown_structure) {
    SPLITS("---\ntitle: x\n---\n# Heading here\nBody one. Body two.\n", "Heading here|Body one.|Body two.");
    SPLITS("- item one\n- item two\n1. third item\n", "item one|item two|third item");
    SPLITS("> Quoted text here.\n\nAfter.", "Quoted text here.|After.");
    SPLITS("Text.\n\n```\ncode. Here.\n```\n\n    indented code.\n\nEnd.", "Text.|End.");
}

TEST(huge_line_is_cut) {
    size_t n = 300 * 1024;
    char *s = malloc(n + 1);
    CHECK(s);
    for (size_t i = 0; i < n; i++) s[i] = i % 7 == 6 ? ' ' : 'a';
    s[n] = '\0';
    segments g;
    segments_init(&g);
    CHECK(segment_text(rs, s, n, &g) == 0);
    int ok = g.n >= 4;
    for (size_t i = 0; i < g.n; i++) ok &= g.v[i].end - g.v[i].start <= SEGMENT_MAX_BYTES;
    segments_free(&g);
    free(s);
    CHECK(ok);
}

TEST(nul_and_invalid_utf8) {
    const char s[] = "Bad \xff\xfe bytes\0here. Next \xe2\x80 sentence.";
    segments g;
    segments_init(&g);
    CHECK(segment_text(rs, s, sizeof s - 1, &g) == 0);
    int ok = g.n >= 1;
    for (size_t i = 0; i < g.n; i++) ok &= g.v[i].end <= sizeof s - 1;
    segments_free(&g);
    CHECK(ok);
}

int main(void) {
    char err[512];
    rs = ruleset_new();
    if (!rs || ruleset_add_dir(rs, "rules", err, sizeof err) < 0 ||
        ruleset_finish(rs, err, sizeof err) < 0) {
        fprintf(stderr, "rules: %s\n", err);
        return 1;
    }
    RUN(soft_wrap_and_blank_line);
    RUN(abbreviations_initials_decimals);
    RUN(quotes_hold_sentences_together);
    RUN(markdown_structure);
    RUN(huge_line_is_cut);
    RUN(nul_and_invalid_utf8);
    ruleset_free(rs);
    return CHECK_DONE();
}
