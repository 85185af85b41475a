//go:build linux

// Command run is make bench: it measures AHP Careers against the floor, the
// smallest Fyne program (bench/floor), and against its budgets, prints a
// table and writes it to BENCHMARKS.md. It exits 1 when a budget is missed
// (after writing BENCHMARKS.md), 2 when it cannot measure.
//
//	go run ./bench/run [-runs 15] [-settle 1s] [-out BENCHMARKS.md] [-count 5]
//
// Run it from the module's root, with Xvfb installed (make bench installs
// it). It builds the app, the floor and two probes with -trimpath -ldflags
// "-s -w"; generates a catalogue of 10,000 professions with
// catalogue.Generate; starts one Xvfb for the whole run; runs the programs
// in turn, interleaved, each with a fresh HOME; then runs the Go benchmarks
// of the catalogue, search, handout and app packages. See BENCHMARKS.md for the method.
package main

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"math"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/ahp-careers/ahp-careers/catalogue"
	"github.com/ahp-careers/ahp-careers/scripts/gotags"
)

const largeSize = 10000

var (
	runs   = flag.Int("runs", 15, "start each program this many times (after one warm-up run)")
	settle = flag.Duration("settle", time.Second, "how long after its window is drawn a program's peak memory is read")
	count  = flag.Int("count", 5, "run each Go benchmark this many times (go test -count)")
	out    = flag.String("out", "BENCHMARKS.md", "the report to write")
	keep   = flag.Bool("keep", false, "keep the work folder (binaries, catalogue, logs)")
	tags   = flag.String("tags", gotags.Tags, "Go build tags of every program built and of the Go benchmarks (make bench passes GOTAGS)")
	only   = flag.String("only", "", "start only these programs, comma-separated (floor,app,app-large,probe-gtk,probe-styles,probe-size), skip the Go benchmarks and write no report: for trying a change")
)

// errBudgets is run's error when it measured and a budget was missed.
var errBudgets = errors.New("budgets missed")

func main() {
	flag.Parse()
	switch err := run(); {
	case errors.Is(err, errBudgets):
		os.Exit(1)
	case err != nil:
		fmt.Fprintln(os.Stderr, "bench:", err)
		os.Exit(2)
	}
}

func logf(format string, args ...any) {
	fmt.Fprintf(os.Stderr, "bench: "+format+"\n", args...)
}

// program is one of the programs started.
type program struct {
	key   string
	bin   string
	args  []string
	title string // its window's name, or how it starts
}

// sample is one start of a program.
type sample struct {
	timings
	peakKB int64 // VmHWM
	err    error
}

func run() error {
	if _, err := os.Stat("go.mod"); err != nil {
		return errors.New("run me from the module's root (where go.mod is)")
	}
	work, err := os.MkdirTemp("", "ahp-bench-")
	if err != nil {
		return err
	}
	if *keep {
		logf("work folder: %s", work)
	} else {
		defer os.RemoveAll(work)
	}
	m := machine()

	// Build.
	bins := map[string]string{}
	sizes := map[string]int64{}
	for _, b := range []struct{ key, pkg string }{
		{"app", "."}, {"floor", "./bench/floor"}, {"probe-gtk", "./bench/probe/gtk"}, {"probe-styles", "./bench/probe/styles"}, {"probe-size", "./bench/probe/size"},
	} {
		bin := filepath.Join(work, b.key)
		logf("building %s (the first build of Fyne with -trimpath takes minutes)", b.pkg)
		cmd := exec.Command("go", "build", "-trimpath", "-tags", *tags, "-ldflags", "-s -w", "-o", bin, b.pkg)
		cmd.Stdout, cmd.Stderr = os.Stderr, os.Stderr
		if err := cmd.Run(); err != nil {
			return fmt.Errorf("go build %s: %v", b.pkg, err)
		}
		info, err := os.Stat(bin)
		if err != nil {
			return err
		}
		bins[b.key], sizes[b.key] = bin, info.Size()
	}
	libs := map[string]int{}
	for _, key := range []string{"app", "floor"} {
		if b, err := exec.Command("ldd", bins[key]).Output(); err == nil {
			libs[key] = len(strings.Split(strings.TrimSpace(string(b)), "\n"))
		}
	}
	large := filepath.Join(work, "large.toml")
	data := catalogue.Generate(largeSize)
	if err := os.WriteFile(large, data, 0o644); err != nil {
		return err
	}
	logf("generated %s: %d professions, %.1f MB", large, largeSize, float64(len(data))/1e6)

	display, stopX, err := startXvfb(work)
	if err != nil {
		return err
	}
	defer stopX()
	scr, err := openScreen(display)
	if err != nil {
		return err
	}
	defer scr.close()

	programs := []program{
		{key: "floor", bin: bins["floor"], title: "Fyne floor"},
		{key: "app", bin: bins["app"], title: "AHP Careers"},
		{key: "app-large", bin: bins["app"], args: []string{"--catalogue", large}, title: "AHP Careers"},
		{key: "probe-gtk", bin: bins["probe-gtk"], title: "Fyne floor with GTK"},
		{key: "probe-styles", bin: bins["probe-styles"], title: "Fyne floor with four text styles"},
		{key: "probe-size", bin: bins["probe-size"], title: "Fyne floor at 1024x700"},
	}
	if *only != "" {
		keys := strings.Split(*only, ",")
		programs = slices.DeleteFunc(programs, func(p program) bool { return !slices.Contains(keys, p.key) })
	}
	gtkInit := initTimes(bins["app"], display, work)

	samples := map[string][]sample{}
	logf("starting each program %d times, interleaved, after a warm-up round", *runs)
	for round := -1; round < *runs; round++ {
		for k := range programs {
			p := programs[(k+max(round, 0))%len(programs)] // a different order each round
			s := start(scr, p, display, work)
			if s.err != nil {
				logf("round %d, %s: %v", round+1, p.key, s.err)
			}
			if round >= 0 {
				samples[p.key] = append(samples[p.key], s)
			}
		}
		if round >= 0 {
			fmt.Fprintf(os.Stderr, ".")
		}
	}
	fmt.Fprintln(os.Stderr)
	if *only != "" {
		for _, p := range programs {
			var drawn, mapped, complete, peak []float64
			for _, s := range samples[p.key] {
				if s.err == nil {
					drawn, mapped, peak = append(drawn, drawnMS(s)), append(mapped, mappedMS(s)), append(peak, peakMB(s))
					complete = append(complete, completeMS(s))
				}
			}
			fmt.Printf("%-13s mapped %4.0f ms  drawn %4.0f ms  complete %4.0f ms  peak %4.0f MB  (medians of %d)\n", p.key, median(mapped), median(drawn), median(complete), median(peak), len(drawn))
		}
		return nil
	}

	logf("running the command line %d times with DISPLAY set and without, interleaved", *runs)
	cliRuns, err := commandLine(bins["app"], display, work)
	if err != nil {
		return err
	}

	logf("running the Go benchmarks (go test -bench . -count %d %s)", *count, strings.Join(benchPackages, " "))
	benches, metrics, err := goBenchmarks(*count)
	if err != nil {
		return err
	}
	logf("running the sidebar's scale test")
	rowWidgets, scaleErr := scaleTest()

	r := report{cli: cliRuns, tags: *tags, machine: m, sizes: sizes, libs: libs, samples: samples, benches: benches, metrics: metrics, gtkInit: gtkInit,
		rowWidgets: rowWidgets, scaleErr: scaleErr, largeBytes: len(data)}
	rows := r.figures()
	table := r.table(rows)
	fmt.Println(table)
	if err := os.WriteFile(*out, []byte(r.markdown(rows, table)), 0o644); err != nil {
		return err
	}
	logf("wrote %s", *out)
	failed := 0
	for _, row := range rows {
		if row.budget != "" && !row.pass {
			failed++
		}
	}
	if failed > 0 {
		logf("%d budgets missed", failed)
		return errBudgets // after the deferred clean-up, Xvfb's stop above all
	}
	return nil
}

// env is the environment a program runs in: a fresh HOME, so that no
// preferences or caches carry over, and a fixed locale.
func env(display, home string) []string {
	return []string{
		"PATH=" + os.Getenv("PATH"),
		"HOME=" + home,
		"DISPLAY=" + display,
		"LANG=C.UTF-8",
		"LANGUAGE=en_GB",
	}
}

// start runs p once: the time from exec to its window mapped and drawn,
// then its peak resident memory a settle time later.
func start(scr *screen, p program, display, work string) (s sample) {
	home, err := os.MkdirTemp(work, "home-")
	if err != nil {
		return sample{err: err}
	}
	defer os.RemoveAll(home)
	logFile, err := os.Create(filepath.Join(work, p.key+".log"))
	if err != nil {
		return sample{err: err}
	}
	defer logFile.Close()
	scr.drain()
	cmd := exec.Command(p.bin, p.args...)
	cmd.Env = env(display, home)
	// Not in the module: Fyne's development mode would read FyneApp.toml
	// from the working folder of a binary run from the temporary folder.
	cmd.Dir = home
	cmd.Stdout, cmd.Stderr = logFile, logFile
	exited := make(chan struct{})
	began := time.Now()
	if err := cmd.Start(); err != nil {
		return sample{err: err}
	}
	go func() { cmd.Wait(); close(exited) }()
	defer func() {
		cmd.Process.Signal(syscall.SIGTERM)
		select {
		case <-exited:
		case <-time.After(5 * time.Second):
			cmd.Process.Kill()
			<-exited
		}
	}()
	hasExited := func() bool {
		select {
		case <-exited:
			return true
		default:
			return false
		}
	}
	s.timings, s.err = scr.watch(p.title, began, 60*time.Second, *settle, hasExited)
	if s.err != nil {
		return s
	}
	s.peakKB, s.err = peakKB(cmd.Process.Pid)
	return s
}

// peakKB is a process's peak resident memory so far (VmHWM), in kB.
func peakKB(pid int) (int64, error) {
	f, err := os.Open(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return 0, err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if rest, ok := strings.CutPrefix(sc.Text(), "VmHWM:"); ok {
			return strconv.ParseInt(strings.TrimSuffix(strings.TrimSpace(rest), " kB"), 10, 64)
		}
	}
	return 0, errors.New("no VmHWM in /proc/PID/status")
}

// startXvfb starts one X server for the whole run, on a free display.
func startXvfb(work string) (display string, stop func(), err error) {
	r, w, err := os.Pipe()
	if err != nil {
		return "", nil, err
	}
	defer r.Close()
	logFile, err := os.Create(filepath.Join(work, "xvfb.log"))
	if err != nil {
		return "", nil, err
	}
	// -br: a black root, so a window shows one colour until drawn in.
	cmd := exec.Command("Xvfb", "-displayfd", "3", "-screen", "0", "1366x768x24", "-nolisten", "tcp", "-br", "-noreset")
	cmd.ExtraFiles = []*os.File{w}
	cmd.Stdout, cmd.Stderr = logFile, logFile
	if err := cmd.Start(); err != nil {
		w.Close()
		return "", nil, fmt.Errorf("starting Xvfb: %v (make bench installs it)", err)
	}
	w.Close()
	stop = func() {
		cmd.Process.Signal(syscall.SIGTERM)
		cmd.Wait()
		logFile.Close()
	}
	line, err := bufio.NewReader(r).ReadString('\n')
	if err != nil {
		stop()
		return "", nil, fmt.Errorf("no display: Xvfb did not start (see %s)", logFile.Name())
	}
	display = ":" + strings.TrimSpace(line)
	logf("Xvfb on display %s, 1366x768, 24 bits", display)
	return display, stop, nil
}

// initTimes is how long the app's package initialisation takes to start
// GTK (github.com/sqweek/dialog's init, which calls gtk_init_check), by
// GODEBUG=inittrace=1, median of 5 runs.
func initTimes(bin, display, work string) time.Duration {
	re := regexp.MustCompile(`^init (\S+) @\S+ ms, ([0-9.]+) ms clock`)
	var gtks []float64
	for range 5 {
		home, _ := os.MkdirTemp(work, "home-")
		cmd := exec.Command(bin, "--help")
		cmd.Env = append(env(display, home), "GODEBUG=inittrace=1")
		cmd.Dir = home
		var stderr bytes.Buffer
		cmd.Stderr = &stderr
		cmd.Run()
		os.RemoveAll(home)
		for line := range strings.SplitSeq(stderr.String(), "\n") {
			if m := re.FindStringSubmatch(line); m != nil && m[1] == "github.com/sqweek/dialog" {
				ms, _ := strconv.ParseFloat(m[2], 64)
				gtks = append(gtks, ms)
			}
		}
	}
	if len(gtks) == 0 {
		return -1
	}
	return time.Duration(median(gtks) * float64(time.Millisecond))
}

// benchPackages are the packages whose Go benchmarks the budgets name:
// load (catalogue), search, the text, PDF and HTML handouts, the guide in
// a browser (e2e/html), the sidebar (app).
var benchPackages = []string{"./catalogue", "./catalogue/search", "./handout/text", "./handout/pdf", "./handout/html", "./e2e/html", "./app"}

// goBenchmarks runs the Go benchmarks and returns each one's median time
// per operation, by name without the -GOMAXPROCS suffix, and the last
// value of each metric a benchmark reports (b.ReportMetric), by the name
// and the unit ("BenchmarkQueries %top1").
func goBenchmarks(count int) (map[string]time.Duration, map[string]float64, error) {
	args := append([]string{"test", "-tags", *tags, "-run", "^$", "-bench", ".", "-benchmem", "-count", strconv.Itoa(count)}, benchPackages...)
	cmd := exec.Command("go", args...)
	var stdout bytes.Buffer
	cmd.Stdout = io.MultiWriter(&stdout, os.Stderr)
	cmd.Stderr = os.Stderr
	if err := cmd.Run(); err != nil {
		return nil, nil, fmt.Errorf("go test -bench: %v", err)
	}
	metricRe := regexp.MustCompile(`\s([0-9.]+) (%\w+)`)
	metrics := map[string]float64{}
	re := regexp.MustCompile(`^(Benchmark\S+?)(?:-\d+)?\s+\d+\s+([0-9.]+) ns/op`)
	all := map[string][]float64{}
	for line := range strings.SplitSeq(stdout.String(), "\n") {
		if m := re.FindStringSubmatch(line); m != nil {
			ns, _ := strconv.ParseFloat(m[2], 64)
			all[m[1]] = append(all[m[1]], ns)
			for _, mm := range metricRe.FindAllStringSubmatch(line, -1) {
				metrics[m[1]+" "+mm[2]], _ = strconv.ParseFloat(mm[1], 64)
			}
		}
	}
	out := map[string]time.Duration{}
	for name, ns := range all {
		out[name] = time.Duration(median(ns))
	}
	return out, metrics, nil
}

// scaleTest runs the test that the sidebar of 10,000 professions makes
// widgets only for the rows on screen, and returns the most it made.
func scaleTest() (int, error) {
	cmd := exec.Command("go", "test", "-tags", *tags, "-count", "1", "-v", "-run", "^TestSidebarOf10000MakesWidgetsOnlyForRowsOnScreen$", "./app")
	output, err := cmd.CombinedOutput()
	most := 0
	re := regexp.MustCompile(`(\d+) row widgets`)
	for _, m := range re.FindAllStringSubmatch(string(output), -1) {
		n, _ := strconv.Atoi(m[1])
		most = max(most, n)
	}
	if err != nil {
		return most, fmt.Errorf("%v:\n%s", err, output)
	}
	return most, nil
}

func median(v []float64) float64 {
	if len(v) == 0 {
		return math.NaN()
	}
	v = slices.Clone(v)
	slices.Sort(v)
	if len(v)%2 == 1 {
		return v[len(v)/2]
	}
	return (v[len(v)/2-1] + v[len(v)/2]) / 2
}

// machineInfo says what the figures were measured on.
type machineInfo struct {
	date, cpu, memory, kernel, goVersion, fyneVersion string
	cores                                             int
}

func machine() machineInfo {
	m := machineInfo{date: time.Now().Format("2 January 2006, 15:04 MST"), cores: runtime.NumCPU()}
	if b, err := os.ReadFile("/proc/cpuinfo"); err == nil {
		if i := bytes.Index(b, []byte("model name")); i >= 0 {
			line, _, _ := strings.Cut(string(b[i:]), "\n")
			_, m.cpu, _ = strings.Cut(line, ":")
			m.cpu = strings.TrimSpace(m.cpu)
		}
	}
	if b, err := os.ReadFile("/proc/meminfo"); err == nil {
		var kb int64
		fmt.Sscanf(strings.TrimPrefix(string(b), "MemTotal:"), "%d", &kb)
		m.memory = fmt.Sprintf("%.1f GB", float64(kb)/1024/1024)
	}
	if b, err := exec.Command("uname", "-sr").Output(); err == nil {
		m.kernel = strings.TrimSpace(string(b))
	}
	if b, err := exec.Command("go", "env", "GOVERSION").Output(); err == nil {
		m.goVersion = strings.TrimSpace(string(b))
	}
	if b, err := exec.Command("go", "list", "-m", "-f", "{{.Version}}", "fyne.io/fyne/v2").Output(); err == nil {
		m.fyneVersion = strings.TrimSpace(string(b))
	}
	return m
}

// cliRuns are the command line's runs: its times to exit with DISPLAY set
// (to the Xvfb) and with none, interleaved, and the X connections made with
// DISPLAY pointing at a server that records them.
type cliRuns struct {
	withDisplay, without []float64 // ms
	connections          int
	err                  error
}

// commandLine times "list" with DISPLAY set and unset, and runs it with
// DISPLAY at a listener that counts connections and never answers (an X
// server that hangs): the command line must not connect at all.
func commandLine(bin, display, work string) (cliRuns, error) {
	var c cliRuns
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return c, err
	}
	defer l.Close()
	var connections atomic.Int32
	go func() {
		for {
			conn, err := l.Accept()
			if err != nil {
				return
			}
			connections.Add(1)
			defer conn.Close()
		}
	}()
	recording := fmt.Sprintf("127.0.0.1:%d", l.Addr().(*net.TCPAddr).Port-6000)
	once := func(display string) (float64, error) {
		home, err := os.MkdirTemp(work, "home-")
		if err != nil {
			return 0, err
		}
		defer os.RemoveAll(home)
		e := env(display, home)
		if display == "" {
			e = slices.DeleteFunc(e, func(v string) bool { return strings.HasPrefix(v, "DISPLAY=") })
		}
		ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
		defer cancel()
		cmd := exec.CommandContext(ctx, bin, "list")
		cmd.Env, cmd.Dir = e, home
		began := time.Now()
		if out, err := cmd.CombinedOutput(); err != nil {
			return 0, fmt.Errorf("list with DISPLAY=%q: %v\n%s", display, err, out)
		}
		return float64(time.Since(began)) / float64(time.Millisecond), nil
	}
	for round := -1; round < *runs; round++ {
		order := []string{display, "", recording}
		if round%2 == 1 {
			slices.Reverse(order)
		}
		for _, d := range order {
			ms, err := once(d)
			if err != nil {
				c.err = err
				continue
			}
			switch {
			case round < 0:
			case d == display:
				c.withDisplay = append(c.withDisplay, ms)
			case d == "":
				c.without = append(c.without, ms)
			}
		}
	}
	c.connections = int(connections.Load())
	return c, nil
}
