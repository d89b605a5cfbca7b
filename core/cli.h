/* cli.h -- `claimlens check`: batch analysis for people, CI and editors. */
#ifndef CLAIMLENS_CLI_H
#define CLAIMLENS_CLI_H

/* argv[0] is "check".  Returns the process exit status. */
int cli_check(int argc, char **argv);

/* `claimlens cues`: print the cue alternation of the shipped packs. */
int cli_cues(void);

#endif
