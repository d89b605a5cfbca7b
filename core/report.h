/* report.h -- annotations for people and for editors' error formats. */
#ifndef CLAIMLENS_REPORT_H
#define CLAIMLENS_REPORT_H

#include "annotation.h"
#include "document.h"
#include "strbuf.h"

/* One line a finding: "file:line:col: kind: message" (1-based, byte
 * columns), what :cfile and 'errorformat' read. */
void report_quickfix(strbuf *b, const char *name, const document *d,
                     const annotations *a);
/* A short readable summary a finding, grouped under the file name. */
void report_text(strbuf *b, const char *name, const document *d,
                 const annotations *a);
/* The same a line at a time: the text report's head line (n findings),
 * then one line a finding for either format. */
void report_text_head(strbuf *b, const char *name, size_t n);
void report_text_line(strbuf *b, const document *d, const annotation *x);
void report_quickfix_line(strbuf *b, const char *name, const document *d,
                          const annotation *x);
/* The one-line message both use. */
void report_message(strbuf *b, const char *text, const annotation *x);

#endif
