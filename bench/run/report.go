package main

import (
	"fmt"
	"math"
	"strings"
	"time"
)

// report is what one run measured.
type report struct {
	machine    machineInfo
	sizes      map[string]int64 // binary sizes, bytes
	libs       map[string]int   // shared libraries, by ldd
	samples    map[string][]sample
	benches    map[string]time.Duration
	metrics    map[string]float64 // reported by benchmarks: "BenchmarkQueries %top1"
	gtkInit    time.Duration
	rowWidgets int
	scaleErr   error
	largeBytes int
	cli        cliRuns
	tags       string // the Go build tags
}

// figure is one line of the table; budget "" is for information only.
type figure struct {
	name, measured, budget string
	pass                   bool
}

// paired is the median over rounds of f(a's sample, b's sample) for the
// rounds where both ran, and the medians of each alone.
func (r *report) paired(a, b string, value func(sample) float64, f func(x, y float64) float64) (pairedMedian, medianA, medianB float64) {
	var ps, as, bs []float64
	sa, sb := r.samples[a], r.samples[b]
	for i := range min(len(sa), len(sb)) {
		if sa[i].err == nil {
			as = append(as, value(sa[i]))
		}
		if sb[i].err == nil {
			bs = append(bs, value(sb[i]))
		}
		if sa[i].err == nil && sb[i].err == nil {
			ps = append(ps, f(value(sa[i]), value(sb[i])))
		}
	}
	return median(ps), median(as), median(bs)
}

func drawnMS(s sample) float64    { return float64(s.drawn) / float64(time.Millisecond) }
func completeMS(s sample) float64 { return float64(s.complete) / float64(time.Millisecond) }
func mappedMS(s sample) float64   { return float64(s.mapped) / float64(time.Millisecond) }
func peakMB(s sample) float64     { return float64(s.peakKB) / 1024 }
func ratio(x, y float64) float64  { return x / y }
func minus(x, y float64) float64  { return x - y }

func (r *report) bench(name string) time.Duration {
	d, ok := r.benches[name]
	if !ok {
		return -1
	}
	return d
}

// slowest is the slowest of the benchmarks named prefix + one of subs.
func (r *report) slowest(prefix string, subs ...string) (time.Duration, string) {
	worst, which := time.Duration(-1), ""
	for _, s := range subs {
		if d := r.bench(prefix + s); d > worst {
			worst, which = d, s
		}
	}
	return worst, which
}

func dur(d time.Duration) string {
	switch {
	case d < 0:
		return "not measured"
	case d < 10*time.Microsecond:
		return fmt.Sprintf("%.1f µs", float64(d)/1e3)
	case d < time.Millisecond:
		return fmt.Sprintf("%.0f µs", float64(d)/1e3)
	case d < 10*time.Millisecond:
		return fmt.Sprintf("%.2f ms", float64(d)/1e6)
	default:
		return fmt.Sprintf("%.0f ms", float64(d)/1e6)
	}
}

func under(d, budget time.Duration) bool { return d >= 0 && d < budget }

func (r *report) figures() []figure {
	var fs []figure
	add := func(name, measured, budget string, pass bool) {
		fs = append(fs, figure{name, measured, budget, pass})
	}
	okRatio := func(v, most float64) bool { return !math.IsNaN(v) && v <= most }

	st, app, floor := r.paired("app", "floor", completeMS, ratio)
	add("start-up: exec to the main window complete (its pixels those of the settled window), app / floor",
		fmt.Sprintf("%.2f (%.0f ms / %.0f ms)", st, app, floor), "at most 1.8", okRatio(st, 1.8))
	mem, appMB, floorMB := r.paired("app", "floor", peakMB, ratio)
	add("peak resident memory after start-up, app / floor",
		fmt.Sprintf("%.2f (%.0f MB / %.0f MB)", mem, appMB, floorMB), "at most 1.20", okRatio(mem, 1.20))
	var cliRatios []float64
	for i := range min(len(r.cli.withDisplay), len(r.cli.without)) {
		cliRatios = append(cliRatios, r.cli.withDisplay[i]/r.cli.without[i])
	}
	cr := median(cliRatios)
	add("command line (list): with DISPLAY set / with none",
		fmt.Sprintf("%.2f (%.0f ms / %.0f ms)", cr, median(r.cli.withDisplay), median(r.cli.without)), "at most 1.10", r.cli.err == nil && okRatio(cr, 1.10))
	conns := fmt.Sprintf("%d", r.cli.connections)
	if r.cli.err != nil {
		conns += " (a run failed: " + strings.SplitN(r.cli.err.Error(), "\n", 2)[0] + ")"
	}
	add("command line: X connections made, DISPLAY at a server that records them and never answers",
		conns, "none", r.cli.err == nil && r.cli.connections == 0)
	size := float64(r.sizes["app"]) / float64(r.sizes["floor"])
	add(`stripped release binary (-ldflags "-s -w"), app / floor`,
		fmt.Sprintf("%.2f (%.1f MB / %.1f MB)", size, float64(r.sizes["app"])/1e6, float64(r.sizes["floor"])/1e6), "at most 1.10", okRatio(size, 1.10))

	load := r.bench("BenchmarkLoad/15")
	add("load and validate the embedded catalogue", dur(load), "under 2 ms", under(load, 2*time.Millisecond))
	queries := []string{"title", "text", "none"}
	s15, q15 := r.slowest("BenchmarkSearch/15/", queries...)
	add("search, one query, 15 professions (slowest of 3 queries)", dur(s15)+" ("+q15+")", "under 20 µs", under(s15, 20*time.Microsecond))
	sL, qL := r.slowest("BenchmarkSearch/10000/", queries...)
	add("search, one query, 10,000 professions (slowest of 3 queries)", dur(sL)+" ("+qL+")", "under 2 ms", under(sL, 2*time.Millisecond))
	h15, hL := r.bench("BenchmarkHandout/15"), r.bench("BenchmarkHandout/10000")
	add("text handout of all 15", dur(h15), "under 200 µs", under(h15, 200*time.Microsecond))
	add("text handout of all 10,000", dur(hL), "under 300 ms", under(hL, 300*time.Millisecond))
	p15, p1000 := r.bench("BenchmarkHandoutPDF/15"), r.bench("BenchmarkHandoutPDF/1000")
	add("PDF handout of all 15, with the session", dur(p15), "under 150 ms", under(p15, 150*time.Millisecond))
	add("PDF handout of 1,000", dur(p1000), "under 3 s", under(p1000, 3*time.Second))

	stL, large, embedded := r.paired("app-large", "app", completeMS, ratio)
	add("start-up with a 10,000-profession catalogue / with the embedded one, to the window complete",
		fmt.Sprintf("%.2f (%.0f ms / %.0f ms)", stL, large, embedded), "at most 1.5", okRatio(stL, 1.5))
	memL, largeMB, embeddedMB := r.paired("app-large", "app", peakMB, minus)
	add("resident memory with 10,000 professions minus with 15",
		fmt.Sprintf("%.0f MB (%.0f MB − %.0f MB)", memL, largeMB, embeddedMB), "under 40 MB", !math.IsNaN(memL) && memL < 40)

	// What the issue asks beyond the table: a virtualised sidebar, and no
	// frame held up by more than 16 ms at 10,000.
	widgets := fmt.Sprintf("%d row widgets for %d rows", r.rowWidgets, 1+8+largeSize)
	if r.scaleErr != nil {
		widgets = "test failed"
	}
	add("sidebar of 10,000: row widgets made (test)", widgets, "rows on screen only (at most 100)", r.scaleErr == nil && r.rowWidgets > 0 && r.rowWidgets <= 100)
	frame := 16 * time.Millisecond
	for _, b := range []struct{ name, bench string }{
		{"a keystroke's work on the main goroutine, 10,000 (search off it)", "BenchmarkSidebarKeystroke/10000"},
		{"revealing a profession 10,000 rows down, main goroutine", "BenchmarkSidebarReveal/10000"},
		{"select all 10,000, main goroutine", "BenchmarkSelectAll/10000"},
	} {
		d := r.bench(b.bench)
		add(b.name, dur(d), "under 16 ms (a frame)", under(d, frame))
	}

	lL := r.bench("BenchmarkLoad/10000")
	add(fmt.Sprintf("load and validate 10,000 professions (%.0f MB of TOML)", float64(r.largeBytes)/1e6),
		dur(lL), "under 200 ms", under(lL, 200*time.Millisecond))

	// For information: where the time and memory go.
	first, firstApp, firstFloor := r.paired("app", "floor", drawnMS, ratio)
	add("start-up to the first frame drawn (any two colours), app / floor",
		fmt.Sprintf("%.2f (%.0f ms / %.0f ms)", first, firstApp, firstFloor), "", true)
	mapped, _, _ := r.paired("app", "floor", mappedMS, ratio)
	add("start-up to the window mapped (not drawn), app / floor", fmt.Sprintf("%.2f", mapped), "", true)
	gtkSt, gtkMS, _ := r.paired("probe-gtk", "floor", completeMS, ratio)
	gtkMem, gtkMB, _ := r.paired("probe-gtk", "floor", peakMB, ratio)
	add("probe: the floor plus GTK's start (sqweek/dialog), / floor",
		fmt.Sprintf("start-up %.2f (%.0f ms), memory %.2f (%.0f MB)", gtkSt, gtkMS, gtkMem, gtkMB), "", true)
	add("GTK's start in the app's package initialisation (GODEBUG=inittrace=1)", dur(r.gtkInit), "", true)
	add("shared libraries loaded at exec (ldd), app / floor", fmt.Sprintf("%d / %d", r.libs["app"], r.libs["floor"]), "", true)
	for _, p := range []struct{ key, name string }{
		{"probe-styles", "probe: the floor with 4 text styles instead of 1, / floor"},
		{"probe-size", "probe: the floor in a 1024x700 window, / floor"},
	} {
		st, ms, _ := r.paired(p.key, "floor", completeMS, ratio)
		mem, mb, _ := r.paired(p.key, "floor", peakMB, ratio)
		add(p.name, fmt.Sprintf("start-up %.2f (%.0f ms), memory %.2f (%.0f MB)", st, ms, mem, mb), "", true)
	}
	top1, ok1 := r.metrics["BenchmarkQueries %top1"]
	top3, ok3 := r.metrics["BenchmarkQueries %top3"]
	if ok1 && ok3 {
		add("realistic queries (catalogue/testdata/queries.toml): an expected profession first / all expected in the top three",
			fmt.Sprintf("%.0f%% / %.0f%%", top1, top3), "", true)
	}
	return fs
}

func (r *report) table(fs []figure) string {
	var b strings.Builder
	b.WriteString("| figure | measured | budget | |\n| --- | --- | --- | --- |\n")
	for _, f := range fs {
		verdict := "pass"
		switch {
		case f.budget == "":
			verdict = "(information)"
		case !f.pass:
			verdict = "**FAIL**"
		}
		fmt.Fprintf(&b, "| %s | %s | %s | %s |\n", f.name, f.measured, f.budget, verdict)
	}
	return b.String()
}

func (r *report) failures(fs []figure) []string {
	var out []string
	for _, f := range fs {
		if f.budget != "" && !f.pass {
			out = append(out, f.name)
		}
	}
	return out
}

func (r *report) markdown(fs []figure, table string) string {
	m := r.machine
	var b strings.Builder
	fmt.Fprintf(&b, `# Benchmarks

Written by `+"`make bench`"+` on %s. Do not edit: run it again.

Machine: %s, %d cores, %s of memory; %s; %s; Fyne %s; every program
built with -tags "%s".
Start-up figures are medians of %d starts of each program, interleaved in
one run; Go benchmarks are medians of %d runs (`+"`go test -count`"+`).

%s
`, m.date, m.cpu, m.cores, m.memory, m.kernel, m.goVersion, m.fyneVersion, r.tags, *runs, *count, table)

	if fails := r.failures(fs); len(fails) == 0 {
		b.WriteString("Every budget is met.\n")
	} else {
		fmt.Fprintf(&b, "%d budgets are missed: %s. Why is below.\n", len(fails), strings.Join(fails, "; "))
	}
	b.WriteString(notes)
	return b.String()
}

// notes explains the method and what the figures show; what they show was
// found with pprof, GODEBUG=inittrace=1, strace and the probes, as told.
const notes = `
## How it is measured

- **Programs.** ` + "`bench/run`" + ` builds, each with ` + "`go build -trimpath -ldflags \"-s -w\"`" + `:
  the app; the floor (` + "`bench/floor`" + `: ` + "`app.New()`" + `, one window, one label,
  ` + "`ShowAndRun`" + `, the same Fyne); and three probes, each the floor plus one
  thing the app has, to show what that thing costs alone: ` + "`bench/probe/gtk`" + `
  (links ` + "`github.com/sqweek/dialog`" + `, whose init starts GTK),
  ` + "`bench/probe/styles`" + ` (text in the four styles the app draws at start-up)
  and ` + "`bench/probe/size`" + ` (the app's 1024x700 window).
- **Start-up.** One Xvfb for the whole run (1366x768, 24 bits, black root,
  ` + "`-noreset`" + ` so that it keeps its state between programs as a desktop's X
  server does), started by the driver. Each start gets a fresh, empty HOME,
  also its working folder (no preferences, font index or caches carry over,
  and no FyneApp.toml is found), and LANG=C.UTF-8, LANGUAGE=en_GB. The
  programs run one at a time, in a different order each round, after one
  warm-up round that is not counted. The clock starts just before exec.
  *Mapped*: the X server reports the program's window (found by its name)
  mapped (MapNotify on the root window). *Drawn*: from then on, after each
  drawing that the DAMAGE extension reports in the window (and every 20 ms in
  any case), the driver reads the window's pixels (XGetImage); the window is
  drawn when it shows more than one colour. Until the program draws, it
  shows the black root or one background colour; Fyne's first frame draws
  the whole content. Ratios are medians of the ratio within each round.
- **Memory.** VmHWM (peak resident set) from ` + "`/proc/PID/status`" + `, read one
  second after the window is drawn; then the program is stopped.
- **Go benchmarks.** ` + "`go test -run '^$' -bench . -benchmem`" + ` of ` + "`./catalogue`" + `
  (load, search, handout at 15 and 10,000 professions) and ` + "`./app`" + ` (the
  sidebar's work on the main goroutine, on Fyne's test driver). The search
  figure is the slowest of three queries: a word in many titles
  ("therapist"), two words deep in the text ("cerebral palsy") and a word in
  no profile ("astronaut").
- **The 10,000-profession catalogue** is made by ` + "`catalogue.Generate(10000)`" + ` in
  the run (never committed): each profession copies the texts of one of the
  15 (so its text sizes are real ones) with its own id and title, spread over
  eight categories. As its texts repeat, nothing in the app may use that to
  go faster (no caching by text): the search index is by distinct token,
  which a real catalogue of thousands shares as well.

## Reproduce

    make bench                  # installs Xvfb and the rest, as make test does
    go run ./bench/run -runs 21 # more starts; -keep keeps the binaries and logs
    go run ./bench/run -only floor,app -runs 9   # start-up only, for trying a change

## Where the budgets are missed, and why

**Start-up and memory against the floor.** The app has four costs the
floor does not; the probes above measure the first three alone:

1. *GTK.* The app links ` + "`github.com/sqweek/dialog`" + ` for the system save
   dialog, which the product requires. The binary loads GTK and its
   libraries at exec (see the count of shared libraries), and the
   package's init calls ` + "`gtk_init_check`" + ` before main runs, whether or not
   a dialog is ever shown. Not ours to make cheaper without forking that
   module; the ways round it (the dialog in a helper process, or GTK loaded
   with dlopen only on export) are changes of design, left open.
2. *Fonts.* For each text style it draws, Fyne
   (` + "`internal/painter.lookupFaces`" + `) looks up a language font among the
   system's fonts, scanning them all the first time (with a fresh HOME its
   index is not cached), and loads it: several MB of font tables each (heap
   profile: ` + "`go-text/typesetting`" + `). The floor draws one style; the app
   draws four: regular, bold headings, italic summaries, monospace web
   addresses. That is Fyne's cost of each style; the styles are the
   design's.
3. *The window's size*: 1024x700, against a window fitted to one label.
4. *The content*, the rest of the difference: two panes of wrapped text (the
   overview), a list with tick boxes and buttons with icons, laid out and
   drawn for the first frame, against one label. Fyne wraps text by
   measuring it line by line with a binary search (` + "`widget.lineBounds`" + `)
   and draws icons from SVG (` + "`rasterx`" + `): much of the app's own time before
   its first frame (pprof).

Fixed on the way (ours): the card laid out its wrapped text before the
window had sized it, at no width and so a word a line, which took longer
than all the rest of start-up (pprof); the window icon was a 16-bit PNG,
decoded on the main thread at start-up (now 8-bit: 7.9 ms to 3.1 ms); a
valid catalogue was split into lines and scanned for table headers that
only an error's line number needs.

**10,000 professions.** Start-up with the large catalogue is dominated by
decoding its TOML before the window opens: see "load and validate 10,000
professions". Nearly all of that is ` + "`github.com/BurntSushi/toml`" + `: about
16 MB/s on one core, allocating some 16 bytes for each byte of TOML
(pprof). Ours: a large file is now decoded in pieces on every core
(` + "`catalogue/load_parallel.go`" + `: 865 ms to 534 ms on these two cores when it
went in), which also keeps only a piece of the decoder's intermediate tree
alive at a time (the memory with 10,000 was 91 MB over the 15's before);
valid catalogues no longer have their lines indexed; and the search index
is built on the first search, not at start-up. Meeting the start-up budget
would need a faster decoder than the module's, or loading a large
catalogue after the window is up; both are changes of design, left open.

**No frame held up at 10,000.** The sidebar is a virtualised list (the
scale test counts its row widgets); a search of a catalogue of 1,000
professions or more runs on another goroutine and only the latest search's
matches come back, through ` + "`fyne.Do`" + `; a handout of 100 or more is written on
another goroutine; the list's keyboard focus moves far without redrawing
the list once per row (revealing a profession 10,000 rows down took 6 s).
`
