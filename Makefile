# claimlens -- build the core, fetch test editors, run every check.
# `make` builds build/claimlens; `make test` is what CI runs.

CC      ?= cc
MSGPACK := $(shell pkg-config --exists msgpack-c 2>/dev/null && echo msgpack-c || echo msgpack)
PKGS    := $(MSGPACK) libpcre2-8 libcjson
OPT     ?= -O2 -g
CFLAGS  += -std=c11 $(OPT) -Wall -Wextra -Werror -D_DEFAULT_SOURCE \
           $(shell pkg-config --cflags $(PKGS) 2>/dev/null)
LDLIBS  += $(shell pkg-config --libs $(PKGS) 2>/dev/null) -pthread

B       := build
SRC     := $(wildcard core/*.c)
LIBSRC  := $(filter-out core/main.c,$(SRC))
OBJ     := $(SRC:core/%.c=$(B)/obj/%.o)
LIBOBJ  := $(LIBSRC:core/%.c=$(B)/obj/%.o)
UNIT    := $(patsubst tests/unit/%.c,$(B)/unit/%,$(wildcard tests/unit/test_*.c))
HDR     := $(wildcard core/*.h) tests/unit/check.h

.PHONY: all deps test unit units eval bench fuzz demo nvim clean

all: $(B)/claimlens

$(B)/claimlens: $(OBJ)
	$(CC) $(CFLAGS) -o $@ $(OBJ) $(LDLIBS)

$(B)/obj/%.o: core/%.c $(HDR) | $(B)/obj
	$(CC) $(CFLAGS) -c -o $@ $<

$(B)/unit/%: tests/unit/%.c $(LIBOBJ) $(HDR) | $(B)/unit
	$(CC) $(CFLAGS) -Icore -o $@ $< $(LIBOBJ) $(LDLIBS)

$(B)/obj $(B)/unit:
	mkdir -p $@

# Installs what building and testing need, only when missing.
deps:
	@sh tools/deps.sh

# Neovim 0.10 (Debian 13) and the newest Debian carries (unstable), unpacked
# under .deps/ without touching the system.
nvim:
	@sh tests/nvim/fetch.sh

units: $(UNIT)

unit: units
	@sh tests/run_unit.sh $(UNIT)

test: deps
	@$(MAKE) --no-print-directory all units nvim
	@sh tests/run.sh

eval: all
	@sh tests/eval.sh

bench: deps
	@$(MAKE) --no-print-directory all nvim
	@sh bench/run.sh

demo: deps
	@$(MAKE) --no-print-directory all nvim
	@sh tools/demo.sh

clean:
	rm -rf $(B) build-asan build-fuzz

# ---- robustness: sanitizer build and fuzzers (tests/sanitize.sh, tests/fuzz/)
# `make asan`: the binary and unit tests under AddressSanitizer and
# UndefinedBehaviorSanitizer, in build-asan/.
ASAN_B     := build-asan
ASAN_FLAGS := -std=c11 -O1 -g -fno-omit-frame-pointer -Wall -Wextra -D_DEFAULT_SOURCE \
              -fsanitize=address,undefined -fno-sanitize-recover=undefined \
              $(shell pkg-config --cflags $(PKGS) 2>/dev/null)
ASAN_OBJ    := $(SRC:core/%.c=$(ASAN_B)/obj/%.o)
ASAN_LIBOBJ := $(LIBSRC:core/%.c=$(ASAN_B)/obj/%.o)
ASAN_UNIT   := $(patsubst tests/unit/%.c,$(ASAN_B)/unit/%,$(wildcard tests/unit/test_*.c))

.PHONY: asan fuzz-build
asan: $(ASAN_B)/claimlens $(ASAN_UNIT)

$(ASAN_B)/claimlens: $(ASAN_OBJ)
	$(CC) $(ASAN_FLAGS) -o $@ $(ASAN_OBJ) $(LDLIBS)

$(ASAN_B)/obj/%.o: core/%.c $(HDR) | $(ASAN_B)/obj
	$(CC) $(ASAN_FLAGS) -c -o $@ $<

$(ASAN_B)/unit/%: tests/unit/%.c $(ASAN_LIBOBJ) $(HDR) | $(ASAN_B)/unit
	$(CC) $(ASAN_FLAGS) -Icore -o $@ $< $(ASAN_LIBOBJ) $(LDLIBS)

$(ASAN_B)/obj $(ASAN_B)/unit:
	mkdir -p $@

# `make fuzz`: libFuzzer targets (clang) in build-fuzz/, each run for
# FUZZ_SECONDS (default 60) by tests/fuzz/smoke.sh, which also replays the
# committed corpora and every crash found so far.
FUZZ_CC     ?= clang
FUZZ_B      := build-fuzz
FUZZ_FLAGS  := -std=c11 -O1 -g -fno-omit-frame-pointer -D_DEFAULT_SOURCE \
               -fsanitize=address,undefined -fno-sanitize-recover=undefined \
               $(shell pkg-config --cflags $(PKGS) 2>/dev/null)
FUZZ_LIBOBJ := $(LIBSRC:core/%.c=$(FUZZ_B)/obj/%.o)
FUZZ_BIN    := $(patsubst tests/fuzz/%.c,$(FUZZ_B)/%,$(wildcard tests/fuzz/fuzz_*.c))

fuzz-build: $(FUZZ_LIBOBJ) $(FUZZ_BIN)

fuzz: deps
	@$(MAKE) --no-print-directory fuzz-build
	@FUZZ_SECONDS=$${FUZZ_SECONDS:-60} sh tests/fuzz/smoke.sh

$(FUZZ_B)/obj/%.o: core/%.c $(HDR) | $(FUZZ_B)/obj
	$(FUZZ_CC) $(FUZZ_FLAGS) -fsanitize=fuzzer-no-link -c -o $@ $<

$(FUZZ_B)/fuzz_%: tests/fuzz/fuzz_%.c tests/fuzz/fuzz.h $(FUZZ_LIBOBJ) $(HDR) | $(FUZZ_B)/obj
	$(FUZZ_CC) $(FUZZ_FLAGS) -fsanitize=fuzzer -Icore -o $@ $< $(FUZZ_LIBOBJ) $(LDLIBS)

$(FUZZ_B)/obj:
	mkdir -p $@
