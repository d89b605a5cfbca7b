#ifndef CLAIMLENS_VERSION_H
#define CLAIMLENS_VERSION_H
/* The Lua side checks both at the handshake: a core of another version
 * may speak the same protocol, one of another protocol may not. */
#define CLAIMLENS_VERSION "0.1.0"
#define CLAIMLENS_PROTOCOL 1
#endif
