# Parole Form Helper. The two commands for a fresh machine:
#   make serve   build everything and serve the helper at http://127.0.0.1:8080/
#   make test    run every test suite
# Both install what is missing first (wasm target, wasm-bindgen-cli, npm tools, Chromium) and are
# quick the second time. See shared/toolchain.md for why each step is done the way it is.

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help

CARGO_BIN := $(or $(CARGO_HOME),$(HOME)/.cargo)/bin
export PATH := $(CARGO_BIN):$(PATH)
SUDO := $(if $(filter 0,$(shell id -u)),,sudo)

# One source of truth for the version: the "=" pin in Cargo.toml.
WASM_BINDGEN_VERSION := $(shell sed -n 's/^wasm-bindgen = "=\([^"]*\)"/\1/p' Cargo.toml)
WASM_TARGET := wasm32-unknown-unknown
WASM := target/$(WASM_TARGET)/release/parole_helper.wasm
PKG := www/pkg
# The PDF filler: its own module (crates/acroform with its browser adapter), loaded only when a
# person asks for the filled form. Its own target folder: built with the `wasm` feature, which
# the main module's build of the same crate must not share.
PDF_WASM := target/pdf-module/$(WASM_TARGET)/release/acroform.wasm
PDF_PKG := $(PKG)/pdf
# wasm-opt from npm's binaryen, never Debian's (it breaks wasm-bindgen output: toolchain.md pitfall 1).
WASM_OPT := node_modules/.bin/wasm-opt
WASM_OPT_FLAGS := -Oz --enable-bulk-memory --enable-sign-ext --enable-nontrapping-float-to-int --enable-mutable-globals
PORT ?= 8080

.PHONY: mutants no-snapshot-update fuzz test-fuzz setup-fuzz bench demo package test-types schema docs snapshots help setup setup-rust setup-node setup-browser build serve test test-native test-wasm test-node test-e2e sizes clean

help:
	@echo "make serve   build and serve the helper at http://127.0.0.1:$(PORT)/"
	@echo "make test    run every test suite"
	@echo "make build   build www/ into a complete static site"
	@echo "make sizes   print the shipped sizes"
	@echo "make schema / docs / snapshots   regenerate committed files after a deliberate change"

setup: setup-rust setup-node setup-browser

setup-rust:
	@rustup target list --installed | grep -qx $(WASM_TARGET) || rustup target add $(WASM_TARGET)
	@if [ "$$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $(WASM_BINDGEN_VERSION)" ]; then \
	  echo "Installing wasm-bindgen-cli $(WASM_BINDGEN_VERSION) (a few minutes, once)"; \
	  cargo install wasm-bindgen-cli --version $(WASM_BINDGEN_VERSION) --force; \
	fi

setup-node: node_modules/.package-lock.json

node_modules/.package-lock.json: package.json package-lock.json
	npm ci --no-audit --no-fund
	@touch $@

setup-browser:
	@if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then \
	  echo "Installing Debian's chromium and chromium-driver"; \
	  $(SUDO) apt-get -o DPkg::Lock::Timeout=600 update -qq; \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get -o DPkg::Lock::Timeout=600 install -y -qq chromium chromium-driver; \
	fi

# The shipped modules name no folder of this machine: panic locations would otherwise carry the
# paths of the cargo registry, of this checkout and of the toolchain's sources (tested by
# tests/node/shipped.test.mjs). Given with --config, these flags add to (not replace) any rustflags
# of .cargo/config.toml, and only these release builds see them: the wasm tests keep their own.
REMAP = --config 'target.$(WASM_TARGET).rustflags=["--remap-path-prefix=$(or $(CARGO_HOME),$(HOME)/.cargo)=/cargo","--remap-path-prefix=$(shell rustc --print sysroot)=/rust","--remap-path-prefix=$(CURDIR)=/parole-helper"]'
# The standard library comes compiled, with its paths already written as /rustc/<commit>/library/…,
# which no flag reaches on stable Rust: those bytes are rewritten in place, at the same length
# (a panic location keeps its pointer and length), as ///…///rust/library/….
SCRUB_STD_PATHS = perl -0777 -pi -e 's{/rustc/[0-9a-f]{40}/}{"/" x 43 . "rust/"}ge'

# cargo decides whether the wasm is stale; bindings and wasm-opt only rerun when it changed.
build: setup-rust setup-node
	cargo build --locked --release --lib --target $(WASM_TARGET) $(REMAP)
	cargo build --locked --release --lib -p acroform --features wasm --target $(WASM_TARGET) --target-dir target/pdf-module $(REMAP)
	@$(MAKE) --no-print-directory $(PKG)/parole_helper_bg.wasm $(PDF_PKG)/acroform_bg.wasm
	@# The language files as the page fetches them (locales/<code>.ftl), without the comments: they
	@# are for translators, and a fifth of a file's gzip bytes. A Fluent comment starts its line
	@# with "#", which no line of a text can.
	@mkdir -p www/locales
	@for f in src/i18n/locales/*.ftl; do grep -v '^#' $$f > www/locales/$$(basename $$f); done
	@# Which files there are, for the page to start fetching one before the core is ready.
	@node -e 'const fs = require("fs"); const codes = fs.readdirSync("src/i18n/locales").filter((f) => f.endsWith(".ftl")).map((f) => f.slice(0, -4)).sort(); fs.writeFileSync("www/locales/index.js", "// Written by make build from src/i18n/locales: the language files there are.\nexport const LANGUAGE_FILES = " + JSON.stringify(codes) + ";\n");'
	@node tools/sizes.mjs www
	@$(MAKE) --no-print-directory package

# The npm package, also the one folder partners copy: dist/parole-form-helper/ (types from the CLI's schemas).
package:
	cargo build --locked --quiet --bin parole-helper
	node tools/package.mjs --cli target/debug/parole-helper

$(PKG)/parole_helper_bg.wasm: $(WASM) $(WASM_OPT)
	wasm-bindgen --target web --out-dir $(PKG) $(WASM)
	$(WASM_OPT) $(WASM_OPT_FLAGS) -o $@ $@
	$(SCRUB_STD_PATHS) $@

$(PDF_PKG)/acroform_bg.wasm: $(PDF_WASM) $(WASM_OPT)
	wasm-bindgen --target web --out-dir $(PDF_PKG) $(PDF_WASM)
	$(WASM_OPT) $(WASM_OPT_FLAGS) -o $@ $@
	$(SCRUB_STD_PATHS) $@

sizes:
	@node tools/sizes.mjs www

serve: build
	node tools/serve.mjs --root www --port $(PORT)

# The helper at http://127.0.0.1:8080/ and a strict-CSP partner site embedding it at http://127.0.0.1:8081/.
demo: build
	node tools/serve.mjs --root www --port $(PORT) & node tools/serve.mjs --partner --port 8081; kill %1

test: no-snapshot-update setup build test-native test-wasm test-node test-types test-e2e test-fuzz
	@echo "All test suites passed."

# A snapshot test run with UPDATE_SNAPSHOTS rewrites its snapshots instead of comparing them.
no-snapshot-update:
	@if [ -n "$${UPDATE_SNAPSHOTS:-}" ]; then echo "UPDATE_SNAPSHOTS is set: unset it (make snapshots is the way to rewrite them)"; exit 1; fi

test-native: no-snapshot-update
	cargo test --locked --workspace

# Node, then headless Chromium through chromedriver (tests/wasm_browser.rs).
test-wasm: setup-rust setup-browser
	cargo test --locked --target $(WASM_TARGET) --test wasm_node --test wasm_browser --test wasm_plural

test-node: build
	node --test tests/node/

# Fuzzing with cargo-fuzz on the nightly toolchain: `make test` runs each target for
# FUZZ_SECONDS (30); `make fuzz` for 10 minutes each. Seeds: the examples and fixtures.
FUZZ_TARGETS := check_text check_form windows draft_import fill_plan fill_request fluent
FUZZ_SECONDS ?= 30

setup-fuzz:
	@rustup toolchain list | grep -q '^nightly' || rustup toolchain install nightly --profile minimal
	@command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz --locked

test-fuzz: setup-fuzz
	@for target in $(FUZZ_TARGETS); do \
	  mkdir -p fuzz/corpus/$$target; \
	  echo "fuzz $$target for $(FUZZ_SECONDS) s"; \
	  log=$$(mktemp); \
	  if ! cargo +nightly fuzz run $$target fuzz/corpus/$$target examples tests/fixtures/check -- \
	    -max_total_time=$(FUZZ_SECONDS) -max_len=8192 -print_final_stats=1 > $$log 2>&1; then \
	    tail -n 40 $$log; rm -f $$log; \
	    echo "fuzz $$target failed: a crash (its input is in fuzz/artifacts/$$target) or a target that does not build (above)"; exit 1; \
	  fi; \
	  grep -E '^(Done|stat::number_of_executed_units)' $$log || true; rm -f $$log; \
	done

fuzz:
	@$(MAKE) --no-print-directory test-fuzz FUZZ_SECONDS=600

# Mutation testing of the core (slow, so not part of `make test`): cargo-mutants puts one-line bugs
# into the modules of .cargo/mutants.toml and runs the tests; the score per module goes in
# docs/reliability.md (node tools/mutants-table.mjs mutants.out prints it).
mutants: setup-rust
	@command -v cargo-mutants >/dev/null || cargo install cargo-mutants --locked
	cargo mutants -j 2 --timeout-multiplier 3 --no-shuffle || true
	node tools/mutants-table.mjs mutants.out

# Not part of `make test` (timings are reported, never asserted): see docs/performance.md.
bench: build setup-browser
	node tools/bench.mjs

# A small consumer type-checks against the generated definitions (a wrong use must fail).
test-types: build
	node_modules/.bin/tsc --noEmit -p tests/types

test-e2e: build setup-browser
	node --test --test-concurrency=1 tests/e2e/

# Generated files that are committed (tests fail when they drift from the code).
schema:
	cargo run --quiet --locked --bin parole-helper -- schema > schema/i131-parole.schema.json
	cargo run --quiet --locked --bin parole-helper -- schema family > schema/i131-family.schema.json

docs:
	cargo run --quiet --locked --bin parole-helper -- rules > docs/rules.md
	cargo run --quiet --locked --bin parole-helper -- rules windows > docs/windows.md

# After a deliberate change of reports: rewrite tests/snapshots/ and review the diff.
snapshots:
	UPDATE_SNAPSHOTS=1 cargo test --locked --test check_snapshots --test family --test statement --test timeline

clean:
	rm -rf target $(PKG) node_modules tests/artifacts dist
