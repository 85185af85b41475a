package app

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"github.com/ahp-careers/ahp-careers/app/shortlistpane"
	"github.com/ahp-careers/ahp-careers/app/windowstate"
	"github.com/ahp-careers/ahp-careers/catalogue"
	"github.com/ahp-careers/ahp-careers/pupil"
)

// showCard puts a profession on the card.
func showCard(t *testing.T, u *ui, id string) {
	t.Helper()
	p, ok := u.cat.Profession(id)
	if !ok {
		t.Fatalf("no profession %q", id)
	}
	u.onShow(p)
}

// fillSession types a pupil's session as an adviser does.
func fillSession(t *testing.T, u *ui) {
	t.Helper()
	test.Type(u.pupil, "Jamie Smith")
	u.onTick("dietitian", true)
	u.onTick("osteopath", true)
	u.shortlist.Open()
	test.Type(u.shortlist.Notes, "Look at degree courses")
	showCard(t, u, "paramedic") // not ticked: a note ticks it
	test.Type(u.card.note, "Ask about volunteering")
}

func TestSessionFieldsAreTheSession(t *testing.T) {
	a := test.NewTempApp(t)
	u, _, _ := newTestUI(t, a)
	fillSession(t, u)
	want := pupil.Record{Pupil: "Jamie Smith", Notes: "Look at degree courses", ProfessionNotes: map[string]string{"paramedic": "Ask about volunteering"}}
	if got := u.session; got.Pupil != want.Pupil || got.Notes != want.Notes || !equalNotes(got.ProfessionNotes, want.ProfessionNotes) {
		t.Errorf("session %+v, want %+v", got, want)
	}
	if got := u.tickedIDs(); !slices.Equal(got, []string{"dietitian", "osteopath", "paramedic"}) {
		t.Errorf("ticked %q: the note on the paramedic should have ticked it", got)
	}
	if !strings.Contains(u.status.Text, "Ticked Paramedic") {
		t.Errorf("status %q does not say the note ticked it", u.status.Text)
	}
	kept, _ := u.sessions.Load()
	if kept.Pupil != want.Pupil || kept.Notes != want.Notes || !equalNotes(kept.ProfessionNotes, want.ProfessionNotes) {
		t.Errorf("the store keeps %+v", kept)
	}
	// The note is on the card when the profession comes back.
	showCard(t, u, "dietitian")
	if u.card.note.Text != "" {
		t.Errorf("the dietitian's note box shows %q", u.card.note.Text)
	}
	showCard(t, u, "paramedic")
	if u.card.note.Text != "Ask about volunteering" {
		t.Errorf("the paramedic's note box shows %q", u.card.note.Text)
	}
}

func equalNotes(a, b map[string]string) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if b[k] != v {
			return false
		}
	}
	return true
}

// TestSessionKeptAcrossACrash makes a second window on the same app and
// store without closing the first, as after a crash and a restart.
func TestSessionKeptAcrossACrash(t *testing.T) {
	a := test.NewTempApp(t)
	cat, err := catalogue.Embedded()
	if err != nil {
		t.Fatal(err)
	}
	// The ticks' store is a file: the second window reads it anew.
	file := filepath.Join(t.TempDir(), windowstate.FileName)
	openStore := func() *windowstate.Store {
		s, err := windowstate.Open(file, windowstate.Key(cat))
		if err != nil {
			t.Fatal(err)
		}
		return s
	}
	u, _, _ := newTestUIWithState(t, a, cat, openStore())
	fillSession(t, u)
	u.shortlist.Open()
	u.shortlist.Move("paramedic", -1) // dietitian, paramedic, osteopath

	v, _, _ := newTestUIWithState(t, a, cat, openStore())
	if v.pupil.Text != "Jamie Smith" || v.shortlist.Notes.Text != "Look at degree courses" {
		t.Errorf("restored For %q and next steps %q", v.pupil.Text, v.shortlist.Notes.Text)
	}
	if got := v.tickedIDs(); !slices.Equal(got, []string{"dietitian", "paramedic", "osteopath"}) {
		t.Errorf("restored shortlist %q, want the order the adviser chose", got)
	}
	showCard(t, v, "paramedic")
	if v.card.note.Text != "Ask about volunteering" {
		t.Errorf("restored note %q", v.card.note.Text)
	}
}

func TestNewPupilAsksThenClearsAndUndoes(t *testing.T) {
	a := test.NewTempApp(t)
	u, _, _ := newTestUI(t, a)
	var asked []string
	answer := false
	u.confirm = func(title, message string, fn func(bool)) {
		asked = append(asked, message)
		fn(answer)
	}

	// Nothing to lose: no question.
	u.bar.onNewPupil()
	if len(asked) != 0 {
		t.Errorf("asked %q with nothing to lose", asked)
	}

	fillSession(t, u)
	u.onShortcut(shortcutNewPupil) // Ctrl+N
	if len(asked) != 1 || !strings.Contains(asked[0], "Jamie Smith") || !strings.Contains(asked[0], "3 ticked professions") {
		t.Fatalf("asked %q", asked)
	}
	if u.pupil.Text != "Jamie Smith" || len(u.order) != 3 {
		t.Fatal("answering no cleared the session")
	}

	answer = true
	u.bar.onNewPupil()
	if u.pupil.Text != "" || u.shortlist.Notes.Text != "" || len(u.order) != 0 || len(u.ticked) != 0 || !u.session.IsEmpty() {
		t.Fatalf("after New pupil: for %q, notes %q, ticked %v, session %+v", u.pupil.Text, u.shortlist.Notes.Text, u.order, u.session)
	}
	if kept, _ := u.sessions.Load(); !kept.IsEmpty() {
		t.Errorf("the store still keeps %+v", kept)
	}
	if !u.bar.undo.Visible() || u.bar.newPupil.Visible() {
		t.Fatal("Undo does not take New pupil's place after New pupil")
	}

	test.Tap(u.bar.undo)
	if u.pupil.Text != "Jamie Smith" || u.shortlist.Notes.Text != "Look at degree courses" || !slices.Equal(u.tickedIDs(), []string{"dietitian", "osteopath", "paramedic"}) {
		t.Errorf("after Undo: for %q, notes %q, ticked %q", u.pupil.Text, u.shortlist.Notes.Text, u.tickedIDs())
	}
	if kept, _ := u.sessions.Load(); kept.Pupil != "Jamie Smith" {
		t.Errorf("after Undo the store keeps %+v", kept)
	}
	if u.bar.undo.Visible() || !u.bar.newPupil.Visible() {
		t.Error("Undo still offered after undoing, or New pupil not back")
	}

	// Undo stays until the next New pupil, whatever is typed; undoing then
	// asks, as it clears what was typed.
	u.bar.onNewPupil()
	test.Type(u.pupil, "Alex")
	if !u.bar.undo.Visible() || u.bar.undoState == nil {
		t.Error("Undo went when the new pupil's name was typed")
	}
	asked = nil
	answer = false
	u.bar.onUndoNewPupil()
	if len(asked) != 1 || !strings.Contains(asked[0], "Jamie Smith") || !strings.Contains(asked[0], "Alex") || u.pupil.Text != "Alex" {
		t.Errorf("Undo over a new pupil's name asked %q and left For %q", asked, u.pupil.Text)
	}
}

func TestShortlistOrder(t *testing.T) {
	u, stub, _ := newTestUI(t, test.NewTempApp(t))
	u.onTick("osteopath", true)
	u.onTick("paramedic", true)
	u.onTick("dietitian", true)
	if got := u.tickedIDs(); !slices.Equal(got, []string{"dietitian", "osteopath", "paramedic"}) {
		t.Fatalf("shortlist %q, want catalogue order to start with", got)
	}
	u.shortlist.Open()
	u.shortlist.Move("paramedic", -1)
	if got := u.tickedIDs(); !slices.Equal(got, []string{"dietitian", "paramedic", "osteopath"}) {
		t.Errorf("after Move up: %q", got)
	}

	// The window hands the shortlist its Alt keys: the chosen row moves
	// with Alt+Up and Alt+Down and goes with Alt+Delete.
	u.shortlist.List.Select(0)
	u.onShortcut(shortlistpane.ShortcutMoveDown)
	u.onShortcut(shortlistpane.ShortcutMoveDown)
	if got := u.tickedIDs(); !slices.Equal(got, []string{"paramedic", "osteopath", "dietitian"}) {
		t.Errorf("after Alt+Down twice: %q", got)
	}
	u.onShortcut(shortlistpane.ShortcutMoveUp)
	if got := u.tickedIDs(); !slices.Equal(got, []string{"paramedic", "dietitian", "osteopath"}) {
		t.Errorf("after Alt+Up: %q", got)
	}
	u.onShortcut(shortlistpane.ShortcutRemove)
	if got := u.tickedIDs(); !slices.Equal(got, []string{"paramedic", "osteopath"}) || u.ticked["dietitian"] {
		t.Errorf("after Alt+Delete: %q", got)
	}
	// A new tick goes before the first that comes after it in the
	// catalogue: the orthoptist (Diagnostic) before the paramedic (Surgical
	// and emergency).
	u.onTick("orthoptist", true)
	if got := u.tickedIDs(); !slices.Equal(got, []string{"orthoptist", "paramedic", "osteopath"}) {
		t.Errorf("after ticking the orthoptist: %q", got)
	}

	// The text handout follows the shortlist's order.
	stub.path = filepath.Join(t.TempDir(), "h.txt")
	u.exporter.OnExport()
	data, err := os.ReadFile(stub.path)
	if err != nil {
		t.Fatal(err)
	}
	text := string(data)
	if p, o := strings.Index(text, "\nPARAMEDIC\n"), strings.Index(text, "\nOSTEOPATH\n"); p < 0 || o < 0 || p > o {
		t.Errorf("the handout does not have the paramedic before the osteopath")
	}

	// Choosing a profession brings the card back.
	showCard(t, u, "orthoptist")
	if u.shortlist.Content.Visible() || !u.card.pane.Visible() {
		t.Error("the shortlist is still shown over the card")
	}
}

func TestExportPDFThroughTheDialog(t *testing.T) {
	a := test.NewTempApp(t)
	u, stub, _ := newTestUI(t, a)
	confirms := 0
	u.confirm = func(_, _ string, fn func(bool)) { confirms++; fn(true) }
	test.Type(u.pupil, "Jamie Smith")
	u.onTick("dietitian", true)
	dir := t.TempDir()

	stub.path = filepath.Join(dir, "jamie") // no extension: PDF, the default
	u.exporter.OnExport()
	if stub.proposed != "handout-jamie-smith-2026-11-23.pdf" {
		t.Errorf("proposed %q", stub.proposed)
	}
	u.waitForExport()
	data, err := os.ReadFile(filepath.Join(dir, "jamie.pdf"))
	if err != nil {
		t.Fatalf("%v (status %q)", err, u.status.Text)
	}
	if !bytes.HasPrefix(data, []byte("%PDF-")) {
		t.Error("jamie.pdf is not a PDF")
	}
	if confirms != 0 {
		t.Error("asked before writing a new file")
	}
	if !strings.Contains(u.status.Text, "Saved a handout of 1 profession to "+filepath.Join(dir, "jamie.pdf")) {
		t.Errorf("status %q", u.status.Text)
	}

	// The same name again: jamie.pdf now exists, and the dialog asked about
	// "jamie", so the window asks.
	u.exporter.OnExport()
	u.waitForExport()
	if confirms != 1 {
		t.Errorf("asked %d times before replacing jamie.pdf", confirms)
	}

	// .txt is a text handout, with the pupil's name.
	stub.path = filepath.Join(dir, "jamie.txt")
	u.exporter.OnExport()
	u.waitForExport()
	text, err := os.ReadFile(stub.path)
	if err != nil || !strings.Contains(string(text), "For: Jamie Smith") {
		t.Errorf("jamie.txt: %v\n%s", err, text)
	}
}

func TestPrintOpensTheKeptPDF(t *testing.T) {
	u, _, _ := newTestUI(t, test.NewTempApp(t))
	dir := t.TempDir()
	u.printDir = func() (string, error) { return filepath.Join(dir, "print"), nil }
	var o opener
	u.openFile = o.open
	test.Type(u.pupil, "Jamie Smith")
	u.onTick("paramedic", true)
	u.onTick("dietitian", true)

	u.onShortcut(shortcutPrint) // Ctrl+P
	if len(o.opened) != 0 {
		t.Fatal("the viewer opened before the PDF was written off the main goroutine")
	}
	u.waitForExport()
	want := filepath.Join(dir, "print", "handout-jamie-smith-2026-11-23.pdf")
	if !slices.Equal(o.opened, []string{want}) {
		t.Fatalf("opened %q, want %q", o.opened, want)
	}
	data, err := os.ReadFile(want)
	if err != nil || !bytes.HasPrefix(data, []byte("%PDF-")) {
		t.Fatalf("%s: %v", want, err)
	}
	if !strings.Contains(u.status.Text, "PDF viewer") {
		t.Errorf("status %q", u.status.Text)
	}

	// No viewer: the file is still there, and the status says where (the
	// dialog is print_test.go's).
	u.openFile = func(string) error { return errors.New(`exec: "xdg-open": executable file not found in $PATH`) }
	u.exporter.OnPrint()
	u.waitForExport()
	if !strings.Contains(u.status.Text, "No PDF viewer could open the handout") || !strings.Contains(u.status.Text, want) || strings.Contains(u.status.Text, "exec:") {
		t.Errorf("status %q", u.status.Text)
	}

	// Nothing ticked or shown: nothing to print.
	u.onClear()
	u.onShow(nil)
	o.opened = nil
	u.openFile = o.open
	u.exporter.OnPrint()
	u.waitForExport()
	if len(o.opened) != 0 || !strings.Contains(u.status.Text, "Tick the professions to print") {
		t.Errorf("printing nothing: opened %q, status %q", o.opened, u.status.Text)
	}
}

// On the first start after an update, the old pair of files (session.json
// and the ticks in state.json) comes back in the window from the new one.
func TestSessionMigratedFromTheOldPair(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, pupil.OldSessionFile), []byte(`{"pupil": "Jamie Smith", "notes": "Look at degree courses"}`), 0o600)
	os.WriteFile(filepath.Join(dir, windowstate.FileName), []byte(`{"catalogues": {"built-in": {"shown": "paramedic", "ticked": ["paramedic", "dietitian"]}}}`), 0o600)
	if ok, err := pupil.Migrate(dir); !ok || err != nil {
		t.Fatalf("Migrate: %v, %v", ok, err)
	}
	cat, _ := catalogue.Embedded()
	prefs, err := windowstate.Open(filepath.Join(dir, windowstate.FileName), pupil.BuiltIn)
	if err != nil {
		t.Fatal(err)
	}
	u := newUI(test.NewTempApp(t), test.NewTempWindow(t, nil), cat, (&saveStub{}).save, prefs, pupil.NewFileStore(filepath.Join(dir, pupil.FileName)))
	if u.pupil.Text != "Jamie Smith" || u.shortlist.Notes.Text != "Look at degree courses" || u.shown != "paramedic" {
		t.Errorf("after the migration: for %q, next steps %q, shown %q", u.pupil.Text, u.shortlist.Notes.Text, u.shown)
	}
	if got := u.tickedIDs(); !slices.Equal(got, []string{"paramedic", "dietitian"}) {
		t.Errorf("after the migration the shortlist is %q", got)
	}
}

// The window's store is the one file in the app's storage folder, made from
// the old pair there on the first start; a session.json that cannot be read
// is said in the notice.
func TestOpenPupilStoreMigratesInTheStorageFolder(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("the storage folder follows XDG_CONFIG_HOME on Linux")
	}
	for _, tc := range []struct {
		name, session string
		wantPupil     string
		wantNotice    string
	}{
		{"good", `{"pupil": "Jamie Smith"}`, "Jamie Smith", ""},
		{"damaged", `{"pupil": "Jam`, "", "The last pupil's name and notes could not be read"},
	} {
		t.Setenv("XDG_CONFIG_HOME", t.TempDir())
		dir := StorageDir()
		os.MkdirAll(dir, 0o700)
		os.WriteFile(filepath.Join(dir, pupil.OldSessionFile), []byte(tc.session), 0o600)
		os.WriteFile(filepath.Join(dir, windowstate.FileName), []byte(`{"catalogues": {"built-in": {"ticked": ["dietitian"]}}}`), 0o600)
		notice := ""
		store := openPupilStore(&notice)
		got, err := store.Load()
		if err != nil || got.Pupil != tc.wantPupil || !slices.Equal(got.Shortlist(pupil.BuiltIn), []string{"dietitian"}) {
			t.Errorf("%s: the store holds %+v, %v", tc.name, got, err)
		}
		if (tc.wantNotice == "") != (notice == "") || !strings.HasPrefix(notice, tc.wantNotice) {
			t.Errorf("%s: notice %q, want %q", tc.name, notice, tc.wantNotice)
		}
		if _, err := os.Stat(filepath.Join(dir, pupil.FileName)); err != nil {
			t.Errorf("%s: no %s in the storage folder: %v", tc.name, pupil.FileName, err)
		}
	}
}
