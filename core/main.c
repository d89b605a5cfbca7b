/* main.c -- one binary, two faces: an RPC server for editors and a CLI. */
#include <stdio.h>
#include <string.h>
#include "cli.h"
#include "rpc.h"
#include "version.h"

static const char usage[] =
    "usage: claimlens check [--format json|text|quickfix] [--no-cache] FILE...\n"
    "       claimlens rpc        msgpack-RPC on stdin/stdout (for editors)\n"
    "       claimlens cues       the rule packs' cue words as one PCRE2 pattern\n"
    "       claimlens --version\n";

int main(int argc, char **argv) {
    if (argc < 2) {
        fputs(usage, stderr);
        return 2;
    }
    const char *cmd = argv[1];
    if (strcmp(cmd, "--version") == 0 || strcmp(cmd, "version") == 0) {
        printf("claimlens %s (protocol %d)\n", CLAIMLENS_VERSION, CLAIMLENS_PROTOCOL);
        return 0;
    }
    if (strcmp(cmd, "--help") == 0 || strcmp(cmd, "-h") == 0) {
        fputs(usage, stdout);
        return 0;
    }
    if (strcmp(cmd, "check") == 0) return cli_check(argc - 1, argv + 1);
    if (strcmp(cmd, "cues") == 0) return cli_cues();
    if (strcmp(cmd, "rpc") == 0) return rpc_serve(argc - 1, argv + 1);
    fputs(usage, stderr);
    return 2;
}
