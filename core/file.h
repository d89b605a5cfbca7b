/* file.h -- read a whole file into memory. */
#ifndef CLAIMLENS_FILE_H
#define CLAIMLENS_FILE_H

#include <stddef.h>

/* The bytes of `path` ("-" reads stdin) in a malloc'd buffer the caller
 * frees, with a NUL after them; NULL with errno set when it cannot be read. */
char *file_read(const char *path, size_t *len);

#endif
