# AHP Careers: build, run and test.
#
#   make run        install missing system packages, build, start the window
#   make test       install missing test packages, vet, staticcheck, fuzz
#                   briefly, then every test (the window's end-to-end test
#                   under Xvfb)
#   make build      go build only
#   make bench      install missing test packages, then measure start-up,
#                   memory, size and speed against the budgets: prints the
#                   table, writes BENCHMARKS.md, fails if a budget is missed
#   make release    the Windows program, its MSI installer and a Linux
#                   archive, with SHA256SUMS, into dist/ (on Debian/Ubuntu)
#   make sign SIGN_CERT=cert.pem SIGN_KEY=key.pem
#                   sign the Windows program and then the MSI in dist/
#   make test-windows  make release, then install and use it under Wine
#   make deps       system packages for building (scripts/deps.sh)
#   make test-deps  ... and for testing  make clean   remove what make made

GO ?= go
BINARY := ahp-careers

# Go build tags of every build, test and release of the app (and of the
# floor it is measured against). no_emoji: Fyne leaves out its emoji font,
# about 33 MB resident; the catalogue has none. scripts/gotags has the same
# list for the tests that build the app themselves.
GOTAGS ?= no_emoji

# Fuzz tests that `make test` runs briefly, in turn, each as package:Target
# (make fuzz-Target runs one).
FUZZ_TARGETS := catalogue:FuzzLoad handout/text:FuzzHandout catalogue/search:FuzzSearchIndex catalogue:FuzzDecodeInPieces
FUZZ_NAMES := $(foreach t,$(FUZZ_TARGETS),$(lastword $(subst :, ,$(t))))
FUZZ_TIME ?= 10s

# The first build of Fyne's C parts takes minutes on a small machine.
TEST_TIMEOUT ?= 20m
# A random first display number: two xvfb-run -a started at once can both take
# :99, and the loser runs its tests with a cookie the server never knew.
# -noreset: without it Xvfb resets whenever its last client leaves, and a
# window started in that moment cannot open the display (seen between two
# window tests on a loaded machine).
XVFB_RUN := xvfb-run -a -n $$(shuf -i 100-899 -n 1) -s "-screen 0 1366x768x24 -noreset"

# Fyne logs a locale error when LANG is unset.
ifeq ($(strip $(LANG)),)
export LANG := C.UTF-8
endif

# Prerequisites run in the order written (deps before build, and so on).
.NOTPARALLEL:
.PHONY: deps test-deps release-deps release sign test-windows build run vet staticcheck fuzz $(addprefix fuzz-,$(FUZZ_NAMES)) test bench clean

deps:
	@bash scripts/deps.sh build

# axe-core for the HTML handout's browser tests (e2e/html), at the version
# its package-lock.json pins; npm ci again when the lock changes.
AXE_CORE := e2e/html/node_modules/.package-lock.json

test-deps: $(AXE_CORE)
	@bash scripts/deps.sh test

$(AXE_CORE): e2e/html/package-lock.json
	@bash scripts/deps.sh test
	cd e2e/html && npm ci --no-audit --no-fund
	@touch $@

release-deps:
	@bash scripts/deps.sh windows

build:
	$(GO) build -tags "$(GOTAGS)" -o $(BINARY) .

# The release: scripts/release reads the version from FyneApp.toml,
# cross-compiles the Windows program with its resources and builds the MSI
# with wixl. A first Windows build of Fyne takes about ten minutes.
DIST ?= dist
release: release-deps
	$(GO) run ./scripts/release build -dist $(DIST) -tags "$(GOTAGS)"

sign:
	@if [ -z "$(SIGN_CERT)" ] || [ -z "$(SIGN_KEY)" ]; then \
		echo "usage: make sign SIGN_CERT=cert.pem SIGN_KEY=key.pem (after make release)" >&2; exit 2; fi
	$(GO) run ./scripts/release sign -dist $(DIST) -cert "$(SIGN_CERT)" -key "$(SIGN_KEY)"

# The release installed and used under Wine (a fresh prefix of its own) on
# Xvfb: e2e/windows_test.go. Screenshots of a failure go to e2e-screenshots/.
test-windows: release
	AHP_WINDOWS=1 AHP_DIST=$(abspath $(DIST)) $(XVFB_RUN) $(GO) test -tags "$(GOTAGS)" -count=1 -timeout 30m -run '^TestWindows|^TestRelease' ./e2e

run: deps build
	./$(BINARY)

vet: deps
	$(GO) vet -tags "$(GOTAGS)" ./...

# staticcheck at a fixed version, built by the go command (the module proxy
# serves it; after the first run it comes from Go's build cache).
STATICCHECK ?= honnef.co/go/tools/cmd/staticcheck@v0.8.2
staticcheck: deps
	$(GO) run $(STATICCHECK) -tags "$(GOTAGS)" ./...

fuzz: $(addprefix fuzz-,$(FUZZ_NAMES))

$(addprefix fuzz-,$(FUZZ_NAMES)): fuzz-%:
	$(GO) test -tags "$(GOTAGS)" -run '^$$' -fuzz '^$*$$' -fuzztime $(FUZZ_TIME) ./$(firstword $(subst :, ,$(filter %:$*,$(FUZZ_TARGETS))))

# go test ./... is last so that the output ends with its summary.
test: test-deps vet staticcheck fuzz
	AHP_E2E=1 $(XVFB_RUN) $(GO) test -tags "$(GOTAGS)" -timeout $(TEST_TIMEOUT) ./...

# bench/run builds the app and the floor (bench/floor), starts them in turn
# under its own Xvfb, runs the Go benchmarks (go test -bench) of catalogue,
# search, the handouts and app, and checks every figure against its budget.
bench: test-deps
	$(GO) run ./bench/run -tags "$(GOTAGS)"

clean:
	rm -f $(BINARY) $(BINARY).exe
	rm -rf e2e-screenshots bench-out $(DIST) e2e/html/node_modules
