/* fuzz_notes.c -- arbitrary bytes as a context-notes file:
 * noteset_add_json, noteset_finish, attaching notes to an annotation and
 * writing them out.  A bad file must be refused with a reason and leave
 * the set as it was; a term is always literal text, never a pattern. */
#include <cJSON.h>
#include "fuzz.h"
#include "json_out.h"
#include "notes.h"

static const char base_notes[] =
    "{\"notes\": [{\"term\": \"NATO\", \"aliases\": [\"the alliance\"],"
    " \"text\": \"32 members\"}]}";

static const char text[] =
    "NATO said the alliance would meet; the IAEA (a U.N. body) and C++ "
    "said nothing.  aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaab "
    "\xff\xfe \xc3\x28 Ukraine\xe2\x80\x99s ministry.\n";

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    char err[1024];
    noteset *ns = noteset_new();
    if (!ns) return 0;
    FUZZ_ASSERT(noteset_add_json(ns, base_notes, sizeof base_notes - 1, "base",
                                 err, sizeof err) == 0);
    size_t before = noteset_count(ns);
    err[0] = '\0';
    if (noteset_add_json(ns, (const char *)data, size, "fuzz", err, sizeof err) < 0) {
        FUZZ_ASSERT(err[0] != '\0');
        FUZZ_ASSERT(noteset_count(ns) == before);
    }
    if (noteset_finish(ns, err, sizeof err) == 0) {
        size_t len = sizeof text - 1;
        annotation a = annotation_make(KIND_CLAIM, span_make(0, len));
        noteset_attach(ns, text, len, &a);
        FUZZ_ASSERT(a.nnotes >= 1);              /* "NATO" is always there */
        for (int i = 0; i < a.nnotes; i++)
            FUZZ_ASSERT(a.notes[i] >= 0 && (size_t)a.notes[i] < noteset_count(ns));
        strbuf b;
        strbuf_init(&b);
        json_out_annotation(&b, text, &a, ns);
        if (!b.oom) {
            cJSON *j = cJSON_ParseWithLength(b.s, b.len);
            FUZZ_ASSERT(j != NULL);
            cJSON_Delete(j);
        }
        strbuf_free(&b);
    }
    noteset_free(ns);
    return 0;
}
