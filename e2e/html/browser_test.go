// Package html_test opens the HTML handout and the guide in a real browser
// (Debian's Chromium, driven with chromedp) and checks what a pupil gets:
// no accessibility violations (axe-core), a keyboard that reaches every
// link in reading order with its focus visible, nothing loaded from
// anywhere, the guide's search, reflow at 320 CSS pixels, and A4 print.
package html_test

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"github.com/ahp-careers/ahp-careers/catalogue"
	"github.com/ahp-careers/ahp-careers/catalogue/search"
	"github.com/ahp-careers/ahp-careers/handout"
)

// need skips the test unless the end-to-end tests are asked for
// (AHP_E2E=1, as make test does), and returns the browser to run: in CI a
// missing browser or axe-core fails, elsewhere it skips.
func need(tb testing.TB) string {
	tb.Helper()
	// A benchmark runs only when asked for (make bench), so it needs no gate.
	if _, bench := tb.(*testing.B); !bench && os.Getenv("AHP_E2E") != "1" {
		tb.Skip("browser test: set AHP_E2E=1 to run it (make test does)")
	}
	missing := func(what string) {
		tb.Helper()
		if os.Getenv("CI") != "" {
			tb.Fatalf("%s (make test-deps installs it)", what)
		}
		tb.Skipf("browser test skipped: %s (make test-deps installs it)", what)
	}
	browser := os.Getenv("AHP_CHROMIUM")
	for _, name := range []string{"chromium", "chromium-headless-shell", "google-chrome"} {
		if browser != "" {
			break
		}
		browser, _ = exec.LookPath(name)
	}
	if browser == "" {
		missing("no Chromium found (chromium or chromium-headless-shell; or set AHP_CHROMIUM)")
	}
	if _, err := os.Stat(axePath); err != nil {
		missing("axe-core is not installed in e2e/html/node_modules (npm ci in e2e/html)")
	}
	return browser
}

const axePath = "node_modules/axe-core/axe.min.js"

// tab starts a headless browser with one tab, closed when the test ends.
func tab(tb testing.TB, browser string) context.Context {
	tb.Helper()
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(browser),
		chromedp.NoSandbox, // the tests run as root in CI
		chromedp.WindowSize(1024, 768),
		chromedp.Flag("lang", "en-GB"),
	)
	actx, cancelA := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancel := chromedp.NewContext(actx)
	ctx, cancelT := context.WithTimeout(ctx, 2*time.Minute)
	tb.Cleanup(func() { cancelT(); cancel(); cancelA() })
	return ctx
}

var (
	catOnce sync.Once
	cat     *catalogue.Catalogue
)

func embedded(tb testing.TB) *catalogue.Catalogue {
	tb.Helper()
	catOnce.Do(func() {
		var err error
		if cat, err = catalogue.Embedded(); err != nil {
			tb.Fatal(err)
		}
	})
	return cat
}

// The pages the tests open: a handout of three with a full session (its
// comparison too), and the guide.
func threeWithSession(tb testing.TB) handout.Request {
	c := embedded(tb)
	var ps []*catalogue.Profession
	for _, id := range []string{"paramedic", "dietitian", "physiotherapist"} {
		p, _ := c.Profession(id)
		ps = append(ps, p)
	}
	return handout.Request{
		Date:    time.Date(2026, time.March, 2, 0, 0, 0, 0, time.UTC),
		Pupil:   "Jamie Smith",
		Adviser: "Ms R. Khan",
		School:  "Northfield Academy",
		Notes:   "Jamie enjoys sport and biology.\n- Look at dietetics degree courses\n- Ask about work experience with the ambulance service\nMeet again in the spring term.",
		ProfessionNotes: map[string]string{
			"paramedic": "Volunteer as a community first responder.",
			"dietitian": "Open day at the university on 14 March: https://www.bda.uk.com/",
		},
		Professions: ps,
	}
}

func guide(tb testing.TB) handout.Request {
	return handout.Request{Date: time.Date(2026, time.March, 2, 0, 0, 0, 0, time.UTC), Professions: embedded(tb).All()}
}

// write renders r as HTML into a file of the test's and returns its URL.
func write(tb testing.TB, name string, r handout.Request) string {
	tb.Helper()
	data, err := handout.HTML.Render(embedded(tb), r)
	if err != nil {
		tb.Fatal(err)
	}
	path := filepath.Join(tb.TempDir(), name)
	if err := os.WriteFile(path, data, 0o644); err != nil {
		tb.Fatal(err)
	}
	return (&url.URL{Scheme: "file", Path: path}).String()
}

var pages = []struct {
	name string
	req  func(testing.TB) handout.Request
}{
	{"three with a session", threeWithSession},
	{"the guide", guide},
}

func scheme(ctx context.Context, dark bool) error {
	value := "light"
	if dark {
		value = "dark"
	}
	_, err := chromedp.Call(ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{
		Features: []*emulation.MediaFeature{{Name: "prefers-color-scheme", Value: value}},
	})
	return err
}

type violation struct {
	ID     string `json:"id"`
	Impact string `json:"impact"`
	Help   string `json:"help"`
	Nodes  []struct {
		Target  []any  `json:"target"`
		Summary string `json:"failureSummary"`
	} `json:"nodes"`
}

// axe runs axe-core on the page with the WCAG 2.2 A and AA rules and
// returns what it finds (and how many rules passed, so that a page axe
// could not read does not pass by having nothing checked).
func axe(ctx context.Context, source string) ([]violation, int, error) {
	if _, err := chromedp.Run(ctx, chromedp.Evaluate[bool](source+";true")); err != nil {
		return nil, 0, fmt.Errorf("loading axe-core: %w", err)
	}
	out, err := chromedp.Run(ctx, chromedp.Evaluate[string](`axe.run(document, {
		runOnly: {type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"]},
		resultTypes: ["violations"]
	}).then(r => JSON.stringify({violations: r.violations, passes: r.passes.length}))`, chromedp.EvalAwaitPromise))
	if err != nil {
		return nil, 0, err
	}
	var res struct {
		Violations []violation `json:"violations"`
		Passes     int         `json:"passes"`
	}
	if err := json.Unmarshal([]byte(out), &res); err != nil {
		return nil, 0, err
	}
	return res.Violations, res.Passes, nil
}

// No violations of WCAG 2.2 A and AA that axe-core finds, for the handout
// of three and for the guide, in light and in dark, at 1024 and at 320
// CSS pixels wide.
func TestAxe(t *testing.T) {
	browser := need(t)
	source, err := os.ReadFile(axePath)
	if err != nil {
		t.Fatal(err)
	}
	for _, pg := range pages {
		u := write(t, "page.html", pg.req(t))
		for _, dark := range []bool{false, true} {
			for _, width := range []int64{1024, 320} {
				name := fmt.Sprintf("%s/dark=%v/%d", pg.name, dark, width)
				t.Run(name, func(t *testing.T) {
					ctx := tab(t, browser)
					if err := scheme(ctx, dark); err != nil {
						t.Fatal(err)
					}
					if err := chromedp.Do(ctx, chromedp.EmulateViewport(width, 768), chromedp.Navigate(u)); err != nil {
						t.Fatal(err)
					}
					vs, passes, err := axe(ctx, string(source))
					if err != nil {
						t.Fatal(err)
					}
					if passes < 10 {
						t.Errorf("axe passed only %d rules: did it read the page?", passes)
					}
					for _, v := range vs {
						var where []string
						for _, n := range v.Nodes {
							where = append(where, fmt.Sprint(n.Target)+": "+n.Summary)
						}
						t.Errorf("%s (%s): %s\n  %s", v.ID, v.Impact, v.Help, strings.Join(where, "\n  "))
					}
				})
			}
		}
	}
}

type focused struct {
	Key     string `json:"key"`     // what it is: the href, or #id
	Visible bool   `json:"visible"` // an outline, a shadow or a new background
	InView  bool   `json:"inView"`
}

// Tab from the top reaches every link and the search box, in the order
// they are read, each with a visible focus indicator, and scrolled into
// view.
func TestKeyboard(t *testing.T) {
	browser := need(t)
	for _, pg := range pages {
		t.Run(pg.name, func(t *testing.T) {
			ctx := tab(t, browser)
			if err := chromedp.Do(ctx, chromedp.Navigate(write(t, "page.html", pg.req(t)))); err != nil {
				t.Fatal(err)
			}
			// What should get focus, in document order: every link and
			// field that is rendered.
			want, err := chromedp.Run(ctx, chromedp.Evaluate[[]string](`Array.from(document.querySelectorAll("a[href], input"))
				.filter(e => e.getClientRects().length > 0)
				.map(e => e.tagName === "A" ? e.getAttribute("href") : "#" + e.id)`))
			if err != nil {
				t.Fatal(err)
			}
			if len(want) < 10 {
				t.Fatalf("only %d links and fields: %v", len(want), want)
			}
			// The look of each before it has focus, to compare with.
			if _, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`(() => {
				window.__looks = new Map();
				const look = e => { const s = getComputedStyle(e); return [s.outlineStyle, s.outlineWidth, s.boxShadow, s.backgroundColor].join("|"); };
				window.__look = look;
				document.querySelectorAll("a[href], input").forEach(e => window.__looks.set(e, look(e)));
				return true;
			})()`)); err != nil {
				t.Fatal(err)
			}
			var got []focused
			for range want {
				if err := chromedp.Do(ctx, chromedp.KeyEvent(kb.Tab)); err != nil {
					t.Fatal(err)
				}
				f, err := chromedp.Run(ctx, chromedp.Evaluate[focused](`(() => {
					const e = document.activeElement;
					const s = getComputedStyle(e);
					const outline = s.outlineStyle !== "none" && parseFloat(s.outlineWidth) >= 2 && !/rgba\(.*, 0\)$/.test(s.outlineColor);
					const changed = window.__look(e) !== window.__looks.get(e);
					const r = e.getBoundingClientRect();
					return {
						key: e.tagName === "A" ? e.getAttribute("href") : "#" + e.id,
						visible: changed && (outline || s.boxShadow !== "none"),
						inView: r.bottom > 0 && r.top < innerHeight && r.right > 0 && r.left < innerWidth,
					};
				})()`))
				if err != nil {
					t.Fatal(err)
				}
				got = append(got, f)
			}
			for i, w := range want {
				if got[i].Key != w {
					t.Fatalf("Tab %d reached %q, want %q (so far %v)", i+1, got[i].Key, w, got[:i+1])
				}
				if !got[i].Visible {
					t.Errorf("Tab %d, %q: no visible focus indicator", i+1, w)
				}
				if !got[i].InView {
					t.Errorf("Tab %d, %q: focused but not in view", i+1, w)
				}
			}
			if pg.name == "the guide" && want[1] != "#q" {
				t.Errorf("the search box is not the second stop (after the skip link): %v", want[:3])
			}
		})
	}
}

// The page loads nothing but itself: the network log, from opening it to
// searching, holds the file and nothing else, and the browser reports no
// policy violation or script error.
func TestNothingLeavesThePage(t *testing.T) {
	browser := need(t)
	for _, pg := range pages {
		t.Run(pg.name, func(t *testing.T) {
			ctx := tab(t, browser)
			u := write(t, "page.html", pg.req(t))
			var mu sync.Mutex
			var requests, problems []string
			if err := chromedp.Listen(ctx, func(ev any) {
				mu.Lock()
				defer mu.Unlock()
				switch e := ev.(type) {
				case *network.EventRequestWillBeSent:
					requests = append(requests, e.Request.URL)
				case *network.EventLoadingFailed:
					problems = append(problems, "failed: "+e.ErrorText)
				}
			}); err != nil {
				t.Fatal(err)
			}
			if _, err := chromedp.Call(ctx, network.Enable, network.EnableParams{}); err != nil {
				t.Fatal(err)
			}
			if err := chromedp.Do(ctx, chromedp.Navigate(u)); err != nil {
				t.Fatal(err)
			}
			if pg.name == "the guide" {
				if err := chromedp.Do(ctx, chromedp.SendKeys(chromedp.ID("q"), "physio"), chromedp.Sleep(200*time.Millisecond)); err != nil {
					t.Fatal(err)
				}
			}
			// Script errors and blocked loads, as the page itself saw them.
			errs, err := chromedp.Run(ctx, chromedp.Evaluate[int](`performance.getEntriesByType("resource").length`))
			if err != nil {
				t.Fatal(err)
			}
			mu.Lock()
			defer mu.Unlock()
			if len(requests) != 1 || requests[0] != u {
				t.Errorf("requests %v; want only %s", requests, u)
			}
			if errs != 0 || len(problems) != 0 {
				t.Errorf("%d resources fetched by the page; %v", errs, problems)
			}
		})
	}
}

// The guide's script ran under its own policy (a hash, no 'unsafe-inline')
// and finds what the app's search finds, in the same order: the words
// pupils type, "physio" and "x ray" among them.
func TestGuideSearch(t *testing.T) {
	browser := need(t)
	c := embedded(t)
	ctx := tab(t, browser)
	var mu sync.Mutex
	var console []string
	if err := chromedp.Listen(ctx, func(ev any) {
		if e, ok := ev.(*page.EventJavascriptDialogOpening); ok {
			mu.Lock()
			console = append(console, "dialog: "+e.Message)
			mu.Unlock()
		}
	}); err != nil {
		t.Fatal(err)
	}
	if err := chromedp.Do(ctx, chromedp.Navigate(write(t, "guide.html", guide(t)))); err != nil {
		t.Fatal(err)
	}
	shown, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`!document.getElementById("search").hidden && typeof ahpSearch === "function"`))
	if err != nil || !shown {
		t.Fatalf("the search box is not shown (%v): did the policy block the script?", err)
	}
	index := search.For(c)
	for _, q := range []string{
		"physio", "x ray", "x-ray", "xray", "X-Ray", "Physio!", "SLT", "kids", "children", "speech and language",
		"physiotherepist", "fisiotherapist", "radiographer", "radiographers", "eyes", "art", "heart",
		"music therapy", "back pain", "Parkinson's", "the", "feet", "operating theatre", "cancer", "zzzz",
	} {
		want := []string{}
		for _, p := range index.Search(q) {
			want = append(want, p.ID)
		}
		got, err := chromedp.Run(ctx, chromedp.Evaluate[[]string](fmt.Sprintf("ahpSearch(%q)", q)))
		if err != nil {
			t.Fatalf("%q: %v", q, err)
		}
		if strings.Join(got, " ") != strings.Join(want, " ") {
			t.Errorf("search %q: the guide finds %v, the app %v", q, got, want)
		}
	}
	for _, tc := range []struct{ query, first string }{{"physio", "physiotherapist"}, {"x ray", "diagnostic-radiographer"}} {
		// As a pupil types it: the list of results links to the profession.
		if err := chromedp.Do(ctx,
			chromedp.Func(func(ctx context.Context, _ *chromedp.Target) error {
				_, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`document.getElementById("q").value = ""; true`))
				return err
			}),
			chromedp.SendKeys(chromedp.ID("q"), tc.query),
			chromedp.Sleep(100*time.Millisecond)); err != nil {
			t.Fatal(err)
		}
		res, err := chromedp.Run(ctx, chromedp.Evaluate[[]string](`[document.getElementById("search-status").textContent].concat(
			Array.from(document.querySelectorAll("#search-results a")).map(a => a.getAttribute("href")))`))
		if err != nil {
			t.Fatal(err)
		}
		if len(res) < 2 || res[1] != "#p-"+tc.first || !strings.Contains(res[0], "match") {
			t.Errorf("typing %q shows %v; want %s first", tc.query, res, tc.first)
		}
	}
	mu.Lock()
	defer mu.Unlock()
	if len(console) > 0 {
		t.Errorf("dialogs: %v", console)
	}
}

// With script off, the guide is still whole: the contents list is there
// and links to every profession, and no search box is left that does
// nothing.
func TestGuideWithoutScript(t *testing.T) {
	browser := need(t)
	ctx := tab(t, browser)
	if _, err := chromedp.Call(ctx, emulation.SetScriptExecutionDisabled, emulation.SetScriptExecutionDisabledParams{Value: true}); err != nil {
		t.Fatal(err)
	}
	if err := chromedp.Do(ctx, chromedp.Navigate(write(t, "guide.html", guide(t)))); err != nil {
		t.Fatal(err)
	}
	// Read through the DOM domain, since the page's script is off.
	html, err := chromedp.Run(ctx, chromedp.OuterHTML(chromedp.CSS("html")))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(html, `<div class="search" id="search" role="search" hidden="">`) {
		t.Error("the search box is not hidden with script off")
	}
	for _, p := range embedded(t).All() {
		if !strings.Contains(html, `<li><a href="#p-`+p.ID+`">`) {
			t.Errorf("the contents list does not link %s", p.ID)
		}
	}
}

// Every paragraph of the seed is in the guide's visible text as the
// browser lays it out (innerText), and the pupil's name and notes in the
// handout's.
func TestVisibleText(t *testing.T) {
	browser := need(t)
	ctx := tab(t, browser)
	read := func(r handout.Request) string {
		t.Helper()
		if err := chromedp.Do(ctx, chromedp.Navigate(write(t, "page.html", r))); err != nil {
			t.Fatal(err)
		}
		text, err := chromedp.Run(ctx, chromedp.Evaluate[string](`document.body.innerText`))
		if err != nil {
			t.Fatal(err)
		}
		return collapse(text)
	}
	visible := read(guide(t))
	paras := seedParagraphs(t)
	for _, para := range paras {
		if !strings.Contains(visible, strings.TrimPrefix(para, "• ")) {
			t.Errorf("seed paragraph not visible in the guide: %q", para)
		}
	}
	visible = read(threeWithSession(t))
	for _, want := range []string{"For Jamie Smith", "Ms R. Khan", "Northfield Academy", "Jamie enjoys sport and biology.",
		"Look at dietetics degree courses", "Meet again in the spring term.", "Volunteer as a community first responder.",
		"Open day at the university on 14 March: https://www.bda.uk.com/"} {
		if !strings.Contains(visible, want) {
			t.Errorf("not visible in the handout: %q", want)
		}
	}
}

// The page reflows at 320 CSS pixels, which is also 1280 at 400 % zoom:
// nothing is wider than the window, so nothing scrolls sideways.
func TestReflow(t *testing.T) {
	browser := need(t)
	for _, pg := range pages {
		t.Run(pg.name, func(t *testing.T) {
			ctx := tab(t, browser)
			if err := chromedp.Do(ctx, chromedp.EmulateViewport(320, 640), chromedp.Navigate(write(t, "page.html", pg.req(t)))); err != nil {
				t.Fatal(err)
			}
			wide, err := chromedp.Run(ctx, chromedp.Evaluate[[]string](`(() => {
				const w = document.documentElement.clientWidth, out = [];
				if (document.documentElement.scrollWidth > w) out.push("the page: " + document.documentElement.scrollWidth + " > " + w);
				document.querySelectorAll("body *").forEach(e => {
					const r = e.getBoundingClientRect();
					if (r.width > 0 && r.right > w + 0.5 && getComputedStyle(e).position !== "absolute") out.push(e.tagName + " " + (e.id || e.className) + ": right " + r.right);
				});
				return out.slice(0, 10);
			})()`))
			if err != nil {
				t.Fatal(err)
			}
			if len(wide) > 0 {
				t.Errorf("wider than 320 CSS px: %v", wide)
			}
		})
	}
}

// Printed to PDF in Chromium, the handout is on A4, each profession
// starts a page (its category and title head it), links print their
// addresses, and the pages are white.
func TestPrint(t *testing.T) {
	browser := need(t)
	for _, tool := range []string{"pdfinfo", "pdftotext"} {
		if _, err := exec.LookPath(tool); err != nil {
			if os.Getenv("CI") != "" {
				t.Fatalf("%s is not installed (make test-deps installs poppler-utils)", tool)
			}
			t.Skipf("%s is not installed (make test-deps installs poppler-utils)", tool)
		}
	}
	for _, pg := range pages {
		for _, dark := range []bool{false, true} {
			t.Run(fmt.Sprintf("%s/dark=%v", pg.name, dark), func(t *testing.T) {
				ctx := tab(t, browser)
				req := pg.req(t)
				if err := scheme(ctx, dark); err != nil {
					t.Fatal(err)
				}
				if err := chromedp.Do(ctx, chromedp.Navigate(write(t, "page.html", req))); err != nil {
					t.Fatal(err)
				}
				yes := true
				res, err := chromedp.Call(ctx, page.PrintToPDF, page.PrintToPDFParams{PreferCSSPageSize: &yes, PrintBackground: &yes})
				if err != nil {
					t.Fatal(err)
				}
				path := filepath.Join(t.TempDir(), "printed.pdf")
				if err := os.WriteFile(path, res.Data, 0o644); err != nil {
					t.Fatal(err)
				}
				pages := printedPages(t, path)
				for i, p := range pages {
					if !p.a4 {
						t.Errorf("page %d is not A4: %s", i+1, p.size)
					}
				}
				for _, p := range req.Professions {
					found := false
					for _, pp := range pages {
						found = found || len(pp.lines) >= 2 && pp.lines[0] == strings.ToUpper(p.Category.Name) && pp.lines[1] == p.Title
					}
					if !found {
						t.Errorf("no page starts with %s", p.Title)
					}
				}
				all := ""
				for _, p := range pages {
					all += strings.Join(p.lines, " ") + " "
				}
				if !strings.Contains(collapse(all), "(https://www.hcpc-uk.org/)") {
					t.Error("the regulator's address is not printed after its link")
				}
				if strings.Contains(all, "Skip to the") || strings.Contains(all, "Back to contents") {
					t.Error("the skip link or Back to contents is printed")
				}
				if dark {
					if err := whitePages(path); err != nil {
						t.Error(err)
					}
				}
			})
		}
	}
}

type printedPage struct {
	size  string
	a4    bool
	lines []string
}

func printedPages(t *testing.T, path string) []printedPage {
	t.Helper()
	info, err := exec.Command("pdfinfo", "-f", "1", "-l", "1000", path).Output()
	if err != nil {
		t.Fatal(err)
	}
	var pages []printedPage
	for line := range strings.SplitSeq(string(info), "\n") {
		if strings.HasPrefix(line, "Page") && strings.Contains(line, " size:") {
			size := strings.TrimSpace(line[strings.Index(line, "size:")+5:])
			// A4 is 595.28 x 841.89 points; Chromium's are within a point.
			var w, h float64
			fmt.Sscanf(size, "%g x %g", &w, &h)
			pages = append(pages, printedPage{size: size, a4: math.Abs(w-595.28) < 1 && math.Abs(h-841.89) < 1})
		}
	}
	if len(pages) == 0 {
		t.Fatalf("pdfinfo lists no pages:\n%s", info)
	}
	for i := range pages {
		out, err := exec.Command("pdftotext", "-f", fmt.Sprint(i+1), "-l", fmt.Sprint(i+1), "-layout", path, "-").Output()
		if err != nil {
			t.Fatal(err)
		}
		for line := range strings.SplitSeq(string(out), "\n") {
			if l := collapse(line); l != "" {
				pages[i].lines = append(pages[i].lines, l)
			}
		}
	}
	return pages
}

// whitePages checks with pdftoppm that the first page of the print is
// mostly white: dark mode is for the screen only.
func whitePages(path string) error {
	if _, err := exec.LookPath("pdftoppm"); err != nil {
		return nil
	}
	out, err := exec.Command("pdftoppm", "-f", "1", "-l", "1", "-r", "20", "-gray", path).Output()
	if err != nil {
		return err
	}
	// A PGM: the header is three lines (P5, size, max), then a byte a pixel.
	parts := strings.SplitN(string(out), "\n", 4)
	if len(parts) < 4 || parts[0] != "P5" {
		return errors.New("pdftoppm wrote no PGM")
	}
	dark := 0
	for _, b := range []byte(parts[3]) {
		if b < 128 {
			dark++
		}
	}
	if frac := float64(dark) / float64(len(parts[3])); frac > 0.2 {
		return fmt.Errorf("the printed page is %.0f%% dark", 100*frac)
	}
	return nil
}

func collapse(s string) string { return strings.Join(strings.Fields(s), " ") }

// BenchmarkGuideLoad opens the guide in headless Chromium, from the
// navigation to its load event, as the browser's own timing measures it
// (make bench: under 300 ms).
func BenchmarkGuideLoad(b *testing.B) {
	browser := need(b)
	ctx := tab(b, browser)
	u := write(b, "guide.html", guide(b))
	var total float64
	for b.Loop() {
		if err := chromedp.Do(ctx, chromedp.Navigate("about:blank"), chromedp.Navigate(u)); err != nil {
			b.Fatal(err)
		}
		ms, err := chromedp.Run(ctx, chromedp.Evaluate[float64](`performance.getEntriesByType("navigation")[0].loadEventEnd`))
		if err != nil {
			b.Fatal(err)
		}
		total += ms
	}
	// Report the page's own figure as the time an operation took, so that
	// bench/run reads it as it reads the others.
	b.ReportMetric(total/float64(b.N)*1e6, "ns/op")
}
