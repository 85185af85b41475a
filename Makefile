# AHP Careers: build, run and test.
#
#   make run        install missing system packages, build, start the window
#   make test       install missing test packages, vet, fuzz briefly, then
#                   every test (the window's end-to-end test under Xvfb)
#   make build      go build only
#   make bench      install missing test packages, then measure start-up,
#                   memory, size and speed against the budgets: prints the
#                   table, writes BENCHMARKS.md, fails if a budget is missed
#   make deps       system packages for building (scripts/deps.sh)
#   make test-deps  ... and for testing  make clean   remove what make made

GO ?= go
BINARY := ahp-careers

# Fuzz tests of the catalogue package that `make test` runs briefly, in turn.
FUZZ_TARGETS := FuzzLoad FuzzHandout FuzzSearchIndex FuzzDecodeInPieces
FUZZ_TIME ?= 10s

# The first build of Fyne's C parts takes minutes on a small machine.
TEST_TIMEOUT ?= 20m
XVFB_RUN := xvfb-run -a -s "-screen 0 1366x768x24"

# Fyne logs a locale error when LANG is unset.
ifeq ($(strip $(LANG)),)
export LANG := C.UTF-8
endif

# Prerequisites run in the order written (deps before build, and so on).
.NOTPARALLEL:
.PHONY: deps test-deps build run vet fuzz $(addprefix fuzz-,$(FUZZ_TARGETS)) test bench clean

deps:
	@bash scripts/deps.sh build

test-deps:
	@bash scripts/deps.sh test

build:
	$(GO) build -o $(BINARY) .

run: deps build
	./$(BINARY)

vet: deps
	$(GO) vet ./...

fuzz: $(addprefix fuzz-,$(FUZZ_TARGETS))

$(addprefix fuzz-,$(FUZZ_TARGETS)): fuzz-%:
	$(GO) test -run '^$$' -fuzz '^$*$$' -fuzztime $(FUZZ_TIME) ./catalogue

# go test ./... is last so that the output ends with its summary.
test: test-deps vet fuzz
	AHP_E2E=1 $(XVFB_RUN) $(GO) test -timeout $(TEST_TIMEOUT) ./...

# bench/run builds the app and the floor (bench/floor), starts them in turn
# under its own Xvfb, runs the Go benchmarks (go test -bench) of catalogue
# and app, and checks every figure against its budget.
bench: test-deps
	$(GO) run ./bench/run

clean:
	rm -f $(BINARY) $(BINARY).exe
	rm -rf e2e-screenshots bench-out
