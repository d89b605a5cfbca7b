# claimlens -- build the core, fetch test editors, run every check.
# `make` builds build/claimlens; `make test` is what CI runs.

CC      ?= cc
MSGPACK := $(shell pkg-config --exists msgpack-c 2>/dev/null && echo msgpack-c || echo msgpack)
PKGS    := $(MSGPACK) libpcre2-8 libcjson
OPT     ?= -O2 -g
CFLAGS  += -std=c11 $(OPT) -Wall -Wextra -Werror -D_DEFAULT_SOURCE \
           $(shell pkg-config --cflags $(PKGS) 2>/dev/null)
LDLIBS  += $(shell pkg-config --libs $(PKGS) 2>/dev/null)

B       := build
SRC     := $(wildcard core/*.c)
LIBSRC  := $(filter-out core/main.c,$(SRC))
OBJ     := $(SRC:core/%.c=$(B)/obj/%.o)
LIBOBJ  := $(LIBSRC:core/%.c=$(B)/obj/%.o)
UNIT    := $(patsubst tests/unit/%.c,$(B)/unit/%,$(wildcard tests/unit/test_*.c))
HDR     := $(wildcard core/*.h) tests/unit/check.h

.PHONY: all deps test unit eval bench fuzz demo nvim clean

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

unit: $(UNIT)
	@sh tests/run_unit.sh $(UNIT)

test: deps
	@$(MAKE) --no-print-directory all unit nvim
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
	rm -rf $(B)
