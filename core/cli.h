/* cli.h -- `claimlens check`: batch analysis for people, CI and editors. */
#ifndef CLAIMLENS_CLI_H
#define CLAIMLENS_CLI_H

/* argv[0] is "check".  Returns the process exit status. */
int cli_check(int argc, char **argv);

/* `claimlens cues`: print the cue alternation of the shipped packs. */
int cli_cues(void);

/* Read a whole file ("-" for stdin) into a malloc'd buffer. */
char *cli_read_file(const char *path, size_t *len);

#endif
