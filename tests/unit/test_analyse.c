/* test_analyse.c -- the analysers end to end on short texts: each claim
 * shape, unnamed sources and their look-alikes, contested markers with
 * rebuttals, demand items, windows, and hostile input. */
#include <stdlib.h>
#include <time.h>
#include "analyse.h"
#include "analysers.h"
#include "check.h"
#include "json_out.h"

static ruleset *rs;
static annotations got;
static const char *txt;

static int run(const char *s) {
    char err[256];
    txt = s;
    annotations_clear(&got);
    return analyse(rs, s, strlen(s), 0, strlen(s), &got, err, sizeof err);
}

static int is(span sp, const char *want) {
    return !span_is_null(sp) && sp.end - sp.start == strlen(want) &&
           memcmp(txt + sp.start, want, sp.end - sp.start) == 0;
}

/* The first annotation of `kind` whose `field` span reads `want`. */
static const annotation *find(ann_kind kind, int field, const char *want) {
    for (size_t i = 0; i < got.n; i++) {
        const annotation *a = &got.v[i];
        if (a->kind != kind) continue;
        span sp = field == 0 ? a->source.name : field == 1 ? a->cue :
                  field == 2 ? a->marker : field == 3 ? a->actor : a->whole;
        if (is(sp, want)) return a;
    }
    return NULL;
}

static size_t count(ann_kind kind) {
    size_t n = 0;
    for (size_t i = 0; i < got.n; i++) n += got.v[i].kind == kind;
    return n;
}

enum { SRC, CUE, MARKER, ACTOR, WHOLE };

TEST(claim_shapes) {
    const annotation *a;
    CHECK(run("The minister said that taxes would rise.") == 0);
    CHECK((a = find(KIND_CLAIM, SRC, "The minister")) && is(a->cue, "said") &&
          is(a->content, "taxes would rise"));
    CHECK(run("\"We will not back down,\" Jane Doe said.") == 0);
    CHECK((a = find(KIND_CLAIM, SRC, "Jane Doe")) && is(a->content, "\"We will not back down,\""));
    CHECK(run("\"We will not back down,\" said Jane Doe.") == 0);
    CHECK(find(KIND_CLAIM, SRC, "Jane Doe"));
    CHECK(run("According to the Interior Ministry, 40 people were arrested.") == 0);
    CHECK((a = find(KIND_CLAIM, CUE, "According to")) && is(a->source.name, "the Interior Ministry") &&
          is(a->content, "40 people were arrested"));
    CHECK(run("Prices rose again in May, the statistics office said.") == 0);
    CHECK((a = find(KIND_CLAIM, SRC, "the statistics office")) && is(a->content, "Prices rose again in May"));
    CHECK(run("Acme Corp has repeatedly claimed the product is safe.") == 0);
    CHECK(find(KIND_CLAIM, CUE, "has repeatedly claimed"));
    CHECK(run("Senator Ann Lee told reporters that the bill was dead.") == 0);
    CHECK((a = find(KIND_CLAIM, SRC, "Senator Ann Lee")) && is(a->cue, "told") &&
          is(a->content, "the bill was dead"));
}

/* A short scene-setting phrase before the subject is never the content,
 * however short the clause after the cue; a clause before it still is. */
TEST(opening_phrase_is_not_content) {
    const annotation *a;
    CHECK(run("On Monday, the ministry said the deal was off.") == 0);
    CHECK((a = find(KIND_CLAIM, SRC, "the ministry")) && is(a->content, "the deal was off"));
    CHECK(run("Separately, Smith said talks had failed.") == 0);
    CHECK((a = find(KIND_CLAIM, SRC, "Smith")) && is(a->content, "talks had failed"));
    CHECK(run("In a televised address, the mayor said it was over.") == 0);
    CHECK((a = find(KIND_CLAIM, SRC, "the mayor")) && is(a->content, "it was over"));
    CHECK(run("In 2020 the firm lost money, Smith said.") == 0);
    CHECK((a = find(KIND_CLAIM, SRC, "Smith")) && is(a->content, "In 2020 the firm lost money"));
    CHECK(run("The deal is off, the ministry said on Monday.") == 0);
    CHECK((a = find(KIND_CLAIM, SRC, "the ministry")) && is(a->content, "The deal is off"));
}

TEST(chains_and_pronouns) {
    const annotation *a;
    CHECK(run("The talks stalled, Northwire reported on Friday, citing two unnamed diplomats.") == 0);
    CHECK((a = find(KIND_CLAIM, SRC, "Northwire")) && is(a->source.via, "two unnamed diplomats") &&
          a->source.via_anonymous && !a->source.anonymous);
    CHECK((a = find(KIND_CLAIM, CUE, "citing")) && a->source.anonymous);
    CHECK(run("Mayor Lena Ortiz opened the bridge. She said it would cut commutes.") == 0);
    CHECK((a = find(KIND_CLAIM, SRC, "She")) && !a->source.anonymous &&
          is(a->source.refers_to, "Mayor Lena Ortiz"));
    /* "she" passes over the man just named for the woman before him */
    CHECK(run("Jane Hart thanked the director, Mr Anders Moll. \"We owe him a lot,\" she said.") == 0);
    CHECK((a = find(KIND_CLAIM, SRC, "she")) && is(a->source.refers_to, "Jane Hart"));
}

TEST(anonymous_sources) {
    const annotation *a;
    CHECK(run("Two diplomats familiar with the discussions said the deal was close.") == 0);
    CHECK((a = find(KIND_ANONYMOUS, WHOLE, "Two diplomats familiar with the discussions")) &&
          a->count == 2);
    CHECK(run("A senior administration official, who spoke on condition of anonymity because "
              "the talks are confidential, said a deal was near.") == 0);
    CHECK((a = find(KIND_ANONYMOUS, WHOLE, "A senior administration official")) && a->count == 1 &&
          a->ndescriptors == 2 && !span_is_null(a->reason));
    CHECK(run("Officials said the road would reopen.") == 0);
    CHECK(find(KIND_ANONYMOUS, WHOLE, "Officials"));
    CHECK(run("Three undisclosed sources described the plan.") == 0);
    CHECK((a = find(KIND_ANONYMOUS, WHOLE, "Three undisclosed sources")) && a->count == 3);
}

TEST(anonymous_negatives) {
    CHECK(run("The country needs new sources of revenue, the minister said.") == 0);
    CHECK(count(KIND_ANONYMOUS) == 0);
    CHECK(run("Renewable energy sources grew. The open-source project released its source code.") == 0);
    CHECK(count(KIND_ANONYMOUS) == 0);
    CHECK(run("Spokesman Dmitry Peskov said the Kremlin had no comment.") == 0);
    CHECK(count(KIND_ANONYMOUS) == 0);
    CHECK(find(KIND_CLAIM, SRC, "Spokesman Dmitry Peskov"));
    CHECK(run("The foreign ministry said the visit was cancelled.") == 0);
    CHECK(count(KIND_ANONYMOUS) == 0);
}

TEST(contested_markers_and_rebuttal) {
    const annotation *a;
    CHECK(run("Borovia has claimed that the dam failed because of sabotage by its neighbour. "
              "Engineers found in 2019 that the dam was failing from neglect, years before any "
              "sabotage was possible.") == 0);
    CHECK((a = find(KIND_CONTESTED, MARKER, "has claimed")) && !span_is_null(a->rebuttal));
    CHECK(run("The minister said, without providing evidence, that the vote was rigged.") == 0);
    CHECK(find(KIND_CONTESTED, MARKER, "without providing evidence"));
    CHECK(run("The company denied the allegations.") == 0);
    CHECK((a = find(KIND_CONTESTED, MARKER, "denied the allegations")) &&
          strcmp(a->why, "explicit denial") == 0);
    CHECK(run("Inflation remained \"stubbornly high,\" the governor said.") == 0);
    CHECK(count(KIND_CONTESTED) == 0);
    CHECK(run("The rebels claimed responsibility for the attack.") == 0);
    CHECK(count(KIND_CONTESTED) == 0);
}

TEST(demand_items) {
    const annotation *a;
    CHECK(run("The union demands a 10% pay rise and the reinstatement of two sacked workers.") == 0);
    CHECK((a = find(KIND_DEMAND, ACTOR, "The union")) && a->nitems == 2 &&
          is(a->items[0], "a 10% pay rise") && is(a->items[1], "the reinstatement of two sacked workers"));
    CHECK(run("Borovia is seeking to lift the blockade, resolve the border issue, and protect "
              "its fishermen, officials said.") == 0);
    CHECK((a = find(KIND_DEMAND, ACTOR, "Borovia")) && a->nitems == 3 &&
          is(a->items[0], "lift the blockade") && is(a->items[2], "protect its fishermen") &&
          a->source.anonymous);
    CHECK(run("Moscow wants to see the port neutral.") == 0);
    CHECK((a = find(KIND_DEMAND, ACTOR, "Moscow")) && is(a->items[0], "the port neutral") &&
          strcmp(a->canonical, "Russia") == 0);
    CHECK(run("Protesters called for the resignation of the mayor as a condition for ending the sit-in.") == 0);
    CHECK((a = find(KIND_DEMAND, CUE, "called for")) && is(a->items[0], "the resignation of the mayor") &&
          is(a->condition, "as a condition for ending the sit-in"));
}

/* Shapes from court, tabloid and wire copy, and the bugs they showed. */
TEST(asides_between_source_and_verb) {
    const annotation *a;
    CHECK(run("Two senior diplomats, speaking on condition of anonymity because the negotiations "
              "are confidential, said the two sides remained far apart.") == 0);
    CHECK((a = find(KIND_CLAIM, SRC, "Two senior diplomats")) && a->source.anonymous &&
          is(a->content, "the two sides remained far apart"));
    CHECK((a = find(KIND_ANONYMOUS, WHOLE, "Two senior diplomats")) && a->count == 2 &&
          is(a->reason, "because the negotiations are confidential"));
    CHECK(run("Delaney, 58, denies four charges of fraud.") == 0);
    CHECK(find(KIND_CLAIM, SRC, "Delaney") && count(KIND_ANONYMOUS) == 0);
    CHECK(run("The finance minister, however, said the deficit would be closed by 2027.") == 0);
    CHECK((a = find(KIND_CLAIM, SRC, "The finance minister")) && is(a->cue, "said"));
    CHECK(run("The shadow chancellor, Neil Barrow, called the plan \"reckless.\"") == 0);
    CHECK(find(KIND_CLAIM, SRC, "The shadow chancellor, Neil Barrow"));
    CHECK(run("Acme called the claims \"categorically false\" and said it would sue.") == 0);
    CHECK((a = find(KIND_CLAIM, CUE, "said")) && is(a->source.name, "Acme"));
    CHECK(find(KIND_CONTESTED, MARKER, "called the claims \"categorically false\""));
}

TEST(cues_that_report_nothing) {
    CHECK(run("The nurse was threatened after she reported him.") == 0);
    CHECK(count(KIND_CLAIM) == 0);
    CHECK(run("The government has not responded.") == 0);
    CHECK(count(KIND_CLAIM) == 0);
    CHECK(run("A pal said the couple had split.") == 0);
    CHECK(find(KIND_ANONYMOUS, WHOLE, "A pal"));
}

TEST(rebuttal_by_counter_facts) {
    const annotation *a;
    CHECK(run("The maritime ministry has claimed that the blockade was a response to a surge in "
              "smuggling. Customs records published in March show no rise in seizures at the port "
              "since 2021.") == 0);
    CHECK((a = find(KIND_CONTESTED, MARKER, "has claimed")) &&
          is(a->rebuttal, "Customs records published in March show no rise in seizures at the port "
                          "since 2021."));
    /* "insists" is disputed only when the text answers it */
    CHECK(run("The company insists that its factories meet every safety standard. Inspectors found "
              "blocked fire exits at two of its three sites last year.") == 0);
    CHECK(find(KIND_CONTESTED, MARKER, "insists"));
    CHECK(run("The company insists that its factories are safe. Its chief executive said so too.") == 0);
    CHECK(count(KIND_CONTESTED) == 0);
    CHECK(run("The union demanded the reinstatement of 40 dismissed crane operators as conditions "
              "for ending the strike.") == 0);
    CHECK(count(KIND_CONTESTED) == 0 && !find(KIND_CLAIM, CUE, "dismissed"));
    CHECK(run("The health board described the allegations as \"completely without foundation.\"") == 0);
    CHECK(find(KIND_CONTESTED, MARKER,
               "described the allegations as \"completely without foundation.\""));
}

TEST(demand_actors_and_lists) {
    const annotation *a;
    CHECK(run("# Dock workers set out demands as port talks stall\n\nTalks broke down.") == 0);
    CHECK(count(KIND_DEMAND) == 0);
    CHECK(run("The Harbour Workers' Union demands a pay rise and safer cranes.") == 0);
    CHECK((a = find(KIND_DEMAND, ACTOR, "The Harbour Workers' Union")) && a->nitems == 2);
    CHECK(run("The governor of Eastport demands an inquiry.") == 0);
    CHECK(find(KIND_DEMAND, ACTOR, "The governor of Eastport"));
    CHECK(run("Campaigners are calling for:\n\n1. A ban on new coal mines\n2. Free buses\n") == 0);
    CHECK((a = find(KIND_DEMAND, ACTOR, "Campaigners")) && a->nitems == 2 &&
          is(a->items[0], "A ban on new coal mines") && is(a->items[1], "Free buses"));
    CHECK(run("The strikers' demands include:\n\n- a 9 percent pay rise\n- sick pay\n") == 0);
    CHECK((a = find(KIND_DEMAND, CUE, "demands include")) && a->nitems == 2);
    CHECK(run("The council calls for papers by 1 March. I want to be clear about that.") == 0);
    CHECK(count(KIND_DEMAND) == 0);
    CHECK(run("The college said the rise was welcome and urged ministers to publish a plan.") == 0);
    CHECK((a = find(KIND_DEMAND, ACTOR, "The college")) && is(a->items[0], "publish a plan"));
}

TEST(window_limits_output) {
    const char *s = "Jane Doe said it was late. John Roe said it was early.";
    char err[256];
    txt = s;
    annotations_clear(&got);
    size_t second = (size_t)(strstr(s, "John") - s);
    CHECK(analyse(rs, s, strlen(s), second, strlen(s), &got, err, sizeof err) == 0);
    CHECK(count(KIND_CLAIM) == 1 && find(KIND_CLAIM, SRC, "John Roe"));
}

/* A window that starts after an unnamed source still sees it: what the
 * context finds is what a later sentence points back at, as in one pass. */
TEST(window_sees_what_its_context_found) {
    const char *s = "A source close to the star said she was planning a move abroad.\n\n"
                    "The former trader was jailed. His lawyer said he would appeal.";
    char err[256];
    txt = s;
    size_t second = (size_t)(strstr(s, "The former") - s);
    CHECK(run(s) == 0);
    const annotation *a = find(KIND_CLAIM, SRC, "His lawyer");
    int whole = a && a->source.anonymous;
    annotations_clear(&got);
    CHECK(analyse(rs, s, strlen(s), second, strlen(s), &got, err, sizeof err) == 0);
    a = find(KIND_CLAIM, SRC, "His lawyer");
    CHECK(a && a->source.anonymous == whole);
    CHECK(!find(KIND_ANONYMOUS, WHOLE, "A source close to the star"));
}

TEST(hostile_input) {
    char s[] = "Jane Doe said \xff\xfe\x00 bytes \xe2\x80 here. \"Open quote said X";
    char err[256];
    txt = s;
    annotations_clear(&got);
    CHECK(analyse(rs, s, sizeof s - 1, 0, sizeof s - 1, &got, err, sizeof err) == 0);
    for (size_t i = 0; i < got.n; i++) CHECK(got.v[i].whole.end <= sizeof s - 1);
    /* 8 MB on one line: bounded time */
    size_t n = 8u << 20;
    char *big = malloc(n);
    CHECK(big);
    for (size_t i = 0; i < n; i++) big[i] = "officials said sources told x "[i % 30];
    clock_t t0 = clock();
    annotations_clear(&got);
    int rc = analyse(rs, big, n, 0, n, &got, err, sizeof err);
    double secs = (double)(clock() - t0) / CLOCKS_PER_SEC;
    free(big);
    CHECK(rc == 0);
    CHECK(secs < 20);
}

/* Study, court and relative-clause cues; shared subjects; unnamed sources
 * referred back to; bodies named in a post-modifier. */
TEST(claim_shapes_more) {
    const annotation *a;
    CHECK(run("Cases fell by a third, the survey found.") == 0);
    CHECK((a = find(KIND_CLAIM, SRC, "the survey")) && is(a->cue, "found"));
    CHECK(run("The complaint was upheld by the regulator, which found that the advert misled buyers.") == 0);
    CHECK((a = find(KIND_CLAIM, CUE, "found")) && is(a->source.name, "the regulator"));
    CHECK(run("The nurse was in fact the colleague who reported the thefts to police.") == 0);
    CHECK(count(KIND_CLAIM) == 0);
    CHECK(run("A passenger who complained about the delay said she would sue.") == 0);
    CHECK(find(KIND_CLAIM, CUE, "said") && !find(KIND_CLAIM, CUE, "complained"));
    CHECK(run("Mayor Ann Roe declined to discuss the budget but said no libraries would close.") == 0);
    CHECK((a = find(KIND_CLAIM, CUE, "said")) && is(a->source.name, "Mayor Ann Roe"));
    CHECK(run("A senior officer, who was not authorised to speak, said the unit would close. "
              "The officer added that morale was low.") == 0);
    CHECK((a = find(KIND_CLAIM, SRC, "The officer")) && a->source.anonymous);
    CHECK(run("Analysts at Hallam & Pike said rates would fall.") == 0);
    CHECK((a = find(KIND_CLAIM, SRC, "Analysts at Hallam & Pike")) && !a->source.anonymous);
    CHECK(run("Two analysts at rival banks said rates would rise.") == 0);
    CHECK((a = find(KIND_CLAIM, CUE, "said")) && a->source.anonymous);
    CHECK(run("The works went ahead according to plan.") == 0);
    CHECK(count(KIND_CLAIM) == 0);
    CHECK(run("A group calling itself the Front took the depot. The lorry, believed to be worth $80,000, was found.") == 0);
    CHECK(count(KIND_CLAIM) == 0);
}

/* Documents cited as themselves, ages standing for a name, quotations
 * that are not sources, and pronouns pointing back at unnamed sources. */
TEST(claim_sources_more) {
    const annotation *a;
    CHECK(run("Wards will close at night, according to a briefing note sent to councillors.") == 0);
    CHECK((a = find(KIND_CLAIM, CUE, "according to")) && !a->source.anonymous &&
          is(a->source.name, "a briefing note sent to councillors"));
    CHECK(run("The 29-year-old raged: \"I am done with them.\"") == 0);
    CHECK((a = find(KIND_CLAIM, SRC, "The 29-year-old")) && is(a->cue, "raged"));
    CHECK(run("She said: \"I'm sick of people who say I quit.\"") == 0);
    CHECK(!find(KIND_CLAIM, CUE, "say"));
    CHECK(run("The rumour, repeated on podcasts, is untrue.") == 0);
    CHECK(count(KIND_CLAIM) == 0);
    CHECK(run("Two nurses on the ward said staff were exhausted. "
              "They spoke on condition of anonymity because they feared reprisals.") == 0);
    CHECK((a = find(KIND_ANONYMOUS, WHOLE, "They")) != NULL);
    CHECK(run("They spoke on condition of anonymity.") == 0);
    CHECK(count(KIND_ANONYMOUS) == 0);
}

/* Cues that report nothing: withheld, negated, instructions, participle
 * asides, a call that is not a verdict; and -ly nouns before a cue. */
TEST(cues_that_report_nothing_more) {
    const annotation *a;
    CHECK(run("The firm declined to say how many jobs would go.") == 0);
    CHECK(count(KIND_CLAIM) == 0);
    CHECK(run("The minister has not said when the report will be published.") == 0);
    CHECK(count(KIND_CLAIM) == 0);
    CHECK(run("Doctors have told patients to stay at home.") == 0);
    CHECK(count(KIND_CLAIM) == 0);
    CHECK(run("The deal, announced on Monday, includes a pay rise.") == 0);
    CHECK(count(KIND_CLAIM) == 0);
    CHECK(run("The striker called his mother after the game.") == 0);
    CHECK(count(KIND_CLAIM) == 0);
    CHECK(run("The governor called the plan \"reckless\".") == 0);
    CHECK(find(KIND_CLAIM, SRC, "The governor"));
    CHECK(run("The Hartley family said the hospital had ignored warnings.") == 0);
    CHECK((a = find(KIND_CLAIM, SRC, "The Hartley family")) && is(a->cue, "said"));
    CHECK(run("The plant could shut, the paper, citing two sources, reported on Monday.") == 0);
    CHECK(find(KIND_CLAIM, CUE, "reported"));
}

/* What 'citing' and 'according to' may credit, titles that are won not
 * claimed, and 'which it says'. */
TEST(cited_sources_more) {
    const annotation *a;
    CHECK(run("He resigned, citing personal reasons.") == 0);
    CHECK(count(KIND_CLAIM) == 0 && count(KIND_ANONYMOUS) == 0);
    CHECK(run("The plant will shut, the paper reported, citing a draft of the plan it had seen.") == 0);
    CHECK((a = find(KIND_CLAIM, CUE, "citing")) && !a->source.anonymous);
    CHECK(run("Fares will rise, according to a letter sent to the regulator on Monday by a group of 40 firms.") == 0);
    CHECK((a = find(KIND_CLAIM, CUE, "according to")) && !a->source.anonymous);
    CHECK(run("The club claimed the league title on Saturday.") == 0);
    CHECK(count(KIND_CLAIM) == 0);
    CHECK(run("The senator claimed that the title was stolen.") == 0);
    CHECK(find(KIND_CLAIM, SRC, "The senator"));
    CHECK(run("The charity wants a levy, which it says would cut obesity.") == 0);
    CHECK((a = find(KIND_CLAIM, CUE, "says")) && is(a->source.name, "it"));
}

/* Dispute shapes beyond "claimed": quoted denials, accusations, a
 * rejected claim, an insistence answered by figures, and the writer's
 * "there is no evidence" as the answer rather than a new marker. */
TEST(contested_shapes) {
    const annotation *a;
    CHECK(run("Green Current said the figure was \"misleading\" because it relied on certificates.") == 0);
    CHECK(find(KIND_CONTESTED, MARKER, "\"misleading\""));
    CHECK(run("Duffy denied the allegations, calling them \"a campaign against me\".") == 0);
    CHECK(find(KIND_CONTESTED, MARKER, "denied the allegations, calling them \"a campaign against me\""));
    CHECK(run("\"Our future lies in Europe,\" the leader said.") == 0);
    CHECK(count(KIND_CONTESTED) == 0);
    CHECK(run("\"It was the hardest season of my life,\" the striker said.") == 0);
    CHECK(count(KIND_CONTESTED) == 0);
    CHECK(run("The army said it had killed 40 fighters, a figure that could not be independently "
              "verified.") == 0);
    CHECK(find(KIND_CONTESTED, MARKER, "figure that could not be independently verified"));
    CHECK(run("The council insists the wall was unauthorised, a claim the owner's lawyers deny.") == 0);
    CHECK(find(KIND_CONTESTED, MARKER, "insists"));
    CHECK(run("The utility dismissed the audit as \"categorically false\" on Monday.") == 0);
    CHECK(find(KIND_CONTESTED, MARKER, "dismissed the audit as \"categorically false\""));
    CHECK(run("The mayor has accused the transport authority of hiding costs.") == 0);
    CHECK(find(KIND_CONTESTED, MARKER, "has accused the transport authority of"));
    CHECK(run("A driver accused of causing the crash appeared in court.") == 0);
    CHECK(count(KIND_CONTESTED) == 0);
    CHECK(run("His claim that the deal was signed under pressure was rejected by the panel.") == 0);
    CHECK(count(KIND_CONTESTED) == 2 && (a = find(KIND_CONTESTED, MARKER, "claim")) &&
          a->why[0] && find(KIND_CONTESTED, MARKER, "was rejected"));
    CHECK(run("The senator insists that the bill will not add a cent to the deficit. The budget "
              "office estimates it will add $340 billion over ten years.") == 0);
    CHECK((a = find(KIND_CONTESTED, MARKER, "insists")) &&
          is(a->rebuttal, "The budget office estimates it will add $340 billion over ten years."));
    CHECK(run("The minister insisted that the deal was the best available, though figures from "
              "the treasury show it will cost twice the estimate.") == 0);
    CHECK((a = find(KIND_CONTESTED, MARKER, "insisted")) &&
          is(a->rebuttal, "though figures from the treasury show it will cost twice the estimate."));
    CHECK(run("A blogger has claimed that phone masts cause headaches. There is no evidence that "
              "masts affect health.") == 0);
    /* the writer's answer marks too (blind annotators train9 r, s and
     * train10 c mark it), and still rebuts the claim */
    CHECK(count(KIND_CONTESTED) == 2 && find(KIND_CONTESTED, MARKER, "There is no evidence that"));
    CHECK((a = find(KIND_CONTESTED, MARKER, "has claimed")) &&
          is(a->rebuttal, "There is no evidence that masts affect health."));
    CHECK(run("She was denied entry. He works as a claims adjuster. The board rejected the "
              "proposal. Fishing boats work the disputed Marrow Bank.") == 0);
    CHECK(count(KIND_CONTESTED) == 0);
}

TEST(demand_conditions_and_layouts) {
    const annotation *a;
    CHECK(run("Dock workers have set out three demands before the vote:\n1) a pay rise;\n"
              "2) shorter shifts; and\n3) a safety board.\n") == 0);
    CHECK((a = find(KIND_DEMAND, ACTOR, "Dock workers")) && a->nitems == 3 &&
          is(a->items[1], "shorter shifts"));
    CHECK(run("The rebels' negotiators will sign the truce only if the army agrees to free "
              "the prisoners and reopen the roads.") == 0);
    CHECK((a = find(KIND_DEMAND, ACTOR, "The rebels' negotiators")) && a->nitems == 2 &&
          is(a->items[0], "free the prisoners") && is(a->items[1], "reopen the roads"));
    CHECK(run("The match will go ahead unless the rain gets worse.") == 0);
    CHECK(count(KIND_DEMAND) == 0);
    CHECK(run("Parents want the council to keep the library open or, failing that, move it.") == 0);
    CHECK((a = find(KIND_DEMAND, ACTOR, "Parents")) && a->nitems == 2 &&
          is(a->items[0], "keep the library open") && is(a->items[1], "move it"));
    CHECK(run("Anyone with information is asked to call the station.") == 0);
    CHECK(count(KIND_DEMAND) == 0);
    CHECK(run("Global demand for copper rose. Welders are in demand. Films are on demand.") == 0);
    CHECK(count(KIND_DEMAND) == 0);
    CHECK(run("Protesters who blocked the bridge set out two demands: an end to oil and gas "
              "drilling, and free buses.") == 0);
    CHECK((a = find(KIND_DEMAND, ACTOR, "Protesters")) && a->nitems == 2 &&
          is(a->items[0], "an end to oil and gas drilling"));
    CHECK(run("The strikers want:\n\xe2\x80\xa2 a pay rise\n\xe2\x80\xa2 rest days\n") == 0);
    CHECK((a = find(KIND_DEMAND, ACTOR, "The strikers")) && a->nitems == 2 &&
          is(a->items[1], "rest days"));
    CHECK(run("Residents want:\na. a car park;\nb. a bus lane; and\nc. a camera.\n") == 0);
    CHECK((a = find(KIND_DEMAND, ACTOR, "Residents")) && a->nitems == 3 && is(a->items[1], "a bus lane"));
    CHECK(run("The union demands: (1) a pay rise, (2) safer rotas and (3) a canteen.") == 0);
    CHECK((a = find(KIND_DEMAND, ACTOR, "The union")) && a->nitems == 3 && is(a->items[2], "a canteen"));
    CHECK(run("The council rejected the drivers' call for a night allowance.") == 0);
    CHECK((a = find(KIND_DEMAND, ACTOR, "the drivers'")) && is(a->items[0], "a night allowance"));
    CHECK(run("The owners' demands were partly met.") == 0);
    CHECK(count(KIND_DEMAND) == 0);
    CHECK(run("## What the nurses want\n\n- a pay rise\n- safe staffing\n") == 0);
    CHECK((a = find(KIND_DEMAND, ACTOR, "the nurses")) && a->nitems == 2 && is(a->items[1], "safe staffing"));
    CHECK(run("A ceasefire is a precondition for any talks, the rebels said.") == 0);
    CHECK((a = find(KIND_DEMAND, ACTOR, "the rebels")) && is(a->items[0], "A ceasefire"));
}

/* Present-tense plurals, organisations in the plural, and "one adding". */
TEST(collectives_and_present_tense) {
    const annotation *a;
    CHECK(run("Ministers insist the deal is safe, while critics argue it gives away too much.") == 0);
    CHECK((a = find(KIND_CLAIM, CUE, "argue")) && a->source.anonymous);
    CHECK(run("Unions warned of strikes, saying pay offers were an insult.") == 0);
    CHECK((a = find(KIND_CLAIM, SRC, "Unions")) && !a->source.anonymous);
    CHECK(run("Two aides said he had been briefed, one adding that he was angry.") == 0);
    CHECK((a = find(KIND_CLAIM, CUE, "adding")) && a->source.anonymous && is(a->source.name, "one"));
    CHECK(run("The couple argue with each other constantly.") == 0);
    CHECK(count(KIND_CLAIM) == 0);
}

/* "The court heard": the venue is not the source; the source is null. */
TEST(court_heard_has_no_source) {
    const annotation *a;
    CHECK(run("The court heard that the defendant had fled twice.") == 0);
    CHECK((a = find(KIND_CLAIM, CUE, "heard")) && span_is_null(a->source.name) &&
          is(a->content, "the defendant had fled twice"));
}

/* After "told" comes the hearer; "the chief executive" is a post. */
TEST(hearers_and_posts) {
    const annotation *a;
    CHECK(run("\"I have nothing to hide,\" the senator, a Democrat from Ohio, told CNN.") == 0);
    CHECK((a = find(KIND_CLAIM, CUE, "told")) && !is(a->source.name, "CNN"));
    CHECK(run("Later, the chief executive said the plant would stay open.") == 0);
    CHECK((a = find(KIND_CLAIM, SRC, "the chief executive")) && !a->source.anonymous);
    CHECK(run("A senior executive said the plant would close.") == 0);
    CHECK((a = find(KIND_CLAIM, CUE, "said")) && a->source.anonymous);
}

static ruleset *shipped_rules(void) {
    char err[512];
    ruleset *r = ruleset_new();
    if (r && (ruleset_add_dir(r, "rules", err, sizeof err) < 0 ||
              ruleset_finish(r, err, sizeof err) < 0)) {
        ruleset_free(r);
        return NULL;
    }
    return r;
}

/* The JSON of everything r finds in s. */
static char *found_json(ruleset *r, const char *s, size_t n) {
    char err[256];
    annotations a;
    annotations_init(&a);
    strbuf b;
    strbuf_init(&b);
    analyse(r, s, n, 0, n, &a, err, sizeof err);
    json_out_document(&b, "t", s, &a, NULL);
    annotations_free(&a);
    char *out = strndup(b.s ? b.s : "", b.len);
    strbuf_free(&b);
    return out;
}

/* How many of r's scan parts have JIT code (or failed to get it). */
static size_t parts_jit(const ruleset *r) {
    size_t n = 0;
    for (size_t i = 0; i < r->npass; i++) n += r->pass[i].jit != 0;
    return n;
}

/* A set's first small analyses interpret the one pass, later ones run its
 * JIT code, and between the two a set runs the JIT code of the parts it
 * has called often (the first letters of the filler) and interprets the
 * rest: all three must find the same, or an edit analysed early would
 * differ from the same text analysed later. */
TEST(interpreted_pass_finds_what_jit_finds) {
    static const char *texts[] = {
        "\u201cWe will not back down,\u201d said Maria Lopez, the union's leader. "
        "Two officials, who spoke on condition of anonymity because they were not "
        "authorised to speak publicly, said the talks had stalled.",
        "The minister has claimed, without evidence, that the figures were rigged. "
        "Records show turnout rose. The union demanded a 5% rise, shorter shifts "
        "and the return of overtime pay.",
        "Reuters reported, citing three people familiar with the matter, that the "
        "deal was off. \xff\xfe She denied the allegations. \xe2\x80 Sources said so.",
        "According to a senior diplomat, the rebels want a ceasefire, the release "
        "of prisoners and talks in Geneva. \xc3\xa9l\xc3\xa8ves said \xf0\x9f\x98",
    };
    ruleset *interp = shipped_rules(), *jit = shipped_rules(), *mixed = shipped_rules();
    CHECK(interp && jit && mixed);
    if (!interp || !jit || !mixed) {
        ruleset_free(interp);
        ruleset_free(jit);
        ruleset_free(mixed);
        return;
    }
    size_t big = 256 * 1024;   /* past the point where a set takes JIT code */
    size_t some = 64 * 1024;   /* below it: the filler's letters pay, others not */
    char *filler = malloc(big + 1);
    CHECK(filler);
    for (size_t i = 0; filler && i < big; i++) filler[i] = "Officials said it rained. "[i % 26];
    if (filler) free(found_json(jit, filler, big));
    if (filler) free(found_json(mixed, filler, some));
    free(filler);
    CHECK(parts_jit(interp) == 0);
    CHECK(parts_jit(mixed) > 0 && parts_jit(mixed) < mixed->npass);
    for (size_t k = 0; k < sizeof texts / sizeof *texts; k++) {
        char *a = found_json(interp, texts[k], strlen(texts[k]));
        char *b = found_json(jit, texts[k], strlen(texts[k]));
        char *c = found_json(mixed, texts[k], strlen(texts[k]));
        CHECK(a && b && c && strstr(a, "\"kind\""));
        CHECK_STR(a, b);
        CHECK_STR(a, c);
        free(a);
        free(b);
        free(c);
    }
    ruleset_free(interp);
    ruleset_free(jit);
    ruleset_free(mixed);
}

int main(void) {
    char err[512];
    rs = ruleset_new();
    if (!rs || ruleset_add_dir(rs, "rules", err, sizeof err) < 0 ||
        ruleset_finish(rs, err, sizeof err) < 0) {
        fprintf(stderr, "rules: %s\n", err);
        return 1;
    }
    annotations_init(&got);
    RUN(claim_shapes);
    RUN(opening_phrase_is_not_content);
    RUN(chains_and_pronouns);
    RUN(anonymous_sources);
    RUN(anonymous_negatives);
    RUN(contested_markers_and_rebuttal);
    RUN(demand_items);
    RUN(asides_between_source_and_verb);
    RUN(cues_that_report_nothing);
    RUN(rebuttal_by_counter_facts);
    RUN(demand_actors_and_lists);
    RUN(window_limits_output);
    RUN(window_sees_what_its_context_found);
    RUN(hostile_input);
    RUN(claim_shapes_more);
    RUN(claim_sources_more);
    RUN(cues_that_report_nothing_more);
    RUN(cited_sources_more);
    RUN(collectives_and_present_tense);
    RUN(court_heard_has_no_source);
    RUN(hearers_and_posts);
    RUN(contested_shapes);
    RUN(demand_conditions_and_layouts);
    RUN(interpreted_pass_finds_what_jit_finds);
    annotations_free(&got);
    ruleset_free(rs);
    return CHECK_DONE();
}
