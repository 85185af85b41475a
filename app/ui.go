// Package app is the AHP Careers window: a sidebar of the professions by
// category with a search box, the detail card of the one chosen, and export
// of the ticked ones to a printable handout.
package app

import (
	"image"
	"image/color"
	"net/url"
	"slices"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	appdesktop "github.com/ahp-careers/ahp-careers/app/desktop"
	"github.com/ahp-careers/ahp-careers/app/exporter"
	"github.com/ahp-careers/ahp-careers/app/quizpane"
	"github.com/ahp-careers/ahp-careers/app/shortlistpane"
	"github.com/ahp-careers/ahp-careers/app/widgets"
	"github.com/ahp-careers/ahp-careers/app/windowstate"
	"github.com/ahp-careers/ahp-careers/catalogue"
	"github.com/ahp-careers/ahp-careers/internal/printable"
	"github.com/ahp-careers/ahp-careers/pupil"
)

// ID is the application's identity, under which Fyne keeps its preferences.
const ID = "uk.org.ahpcareers.app"

const windowTitle = "AHP Careers"

// Preference keys.
const (
	prefShown        = windowstate.Shown
	prefTicked       = windowstate.Ticked
	prefExportFolder = windowstate.ExportFolder
)

// ui is the window's whole state and its parts.
type ui struct {
	app     fyne.App
	window  fyne.Window
	cat     *catalogue.Catalogue
	save    exporter.SaveFunc
	openURL func(*url.URL) error
	now     func() time.Time
	onMain  func(func())       // runs a function on the main goroutine: fyne.Do
	prefs   *windowstate.Store // what is kept between runs, for this catalogue
	crlf    bool               // handouts with Windows line endings

	// confirmReplace asks whether to replace a file: askReplace.
	confirmReplace func(path string, done func(bool))

	sessions pupil.Store                                // keeps the pupil's session between runs
	confirm  func(title, message string, fn func(bool)) // asks before New pupil clears a session
	openFile func(path string) error                    // opens a file in the system's viewer (Print)
	printDir func() (string, error)                     // where Print keeps its PDFs

	// State.
	shown    string          // id of the profession on the card; "" for the overview
	ticked   map[string]bool // professions ticked for export
	order    []string        // the ticked ones in the handout's order (the shortlist's)
	rank     map[string]int  // each profession's place in catalogue order
	session  pupil.Record    // the pupil's name, notes and shortlists
	catKey   string          // the shortlist's key in the record: this catalogue's
	applying bool            // the session's fields are being filled in, not typed

	// Widgets.
	sidebar *sidebar
	card    *card
	export  *actionButton

	compare     *actionButton
	compareView *compareView
	exporter    *exporter.Exporter // Export and Print
	comparing   bool               // the card's pane shows the ticked professions side by side
	status      *widget.Label
	content     fyne.CanvasObject
	minimum     *canvas.Rectangle // holds the window's smallest size
	windowed    fyne.Size         // the window's size before full screen
	windowedAt  *image.Point      // and its place, where known

	pupil     *shortcutEntry
	bar       *sessionBar
	adviser   *adviser // on the bar: the adviser's name and school
	shortlist *shortlistpane.Pane
	quiz      *quizpane.Pane
	right     *fyne.Container // the card, or the shortlist
	classroom                 // zoom, contrast, the view bar and presentation: classroom.go
}

func newUI(a fyne.App, w fyne.Window, cat *catalogue.Catalogue, save exporter.SaveFunc, prefs *windowstate.Store, sessions pupil.Store) *ui {
	u := &ui{
		app:     a,
		prefs:   prefs,
		window:  w,
		cat:     cat,
		save:    save,
		openURL: a.OpenURL,
		now:     time.Now,
		onMain:  fyne.Do,
		crlf:    exporter.WindowsLineEndings,
		ticked:  map[string]bool{},
		rank:    map[string]int{},

		sessions: sessions,
		catKey:   windowstate.Key(cat),
		openFile: openInViewer,
		printDir: exporter.DefaultPrintDir,
	}
	u.confirm = func(title, message string, fn func(bool)) {
		widgets.ShowConfirm(w.Canvas(), title, message, "Yes", "No", fn)
	}
	for i, id := range cat.IDs() {
		u.rank[id] = i
	}
	u.exporter = u.newExporter()
	u.confirmReplace = u.exporter.AskReplace
	u.sidebar = newSidebar(cat, u)
	u.sidebar.isTicked = func(id string) bool { return u.ticked[id] }
	u.sidebar.onShow = func(p *catalogue.Profession) {
		u.clearStatus() // the user has moved on
		u.onShow(p)
	}
	u.sidebar.onTick = u.onTick
	u.sidebar.onTickAll = u.onTickAll
	u.sidebar.onClear = u.onClear
	u.sidebar.onShortcut = u.onShortcut
	u.sidebar.focus = w.Canvas().Focus

	u.card = newCard(u)
	u.card.onOpenLink = u.onOpenLink
	u.card.onCopy = u.onCopy
	u.card.noteFor = func(id string) string { return u.session.ProfessionNotes[id] }
	u.card.onNote = u.onProfessionNote
	u.card.onShortcut = u.onShortcut
	u.card.onNoteKey = u.onWriteNote
	u.card.presenting = func() bool { return u.present != nil && u.present.on }
	u.card.limit = func(e *shortcutEntry) { u.limitLength(e, maxNoteLength, "notes on a profession") }

	u.export = newActionButton(u, "", theme.DocumentSaveIcon(), u.exporter.OnExport)
	u.export.Importance = widget.HighImportance
	u.compareView = newCompareView(u)
	u.compare = newActionButton(u, "", theme.ViewRestoreIcon(), u.compareView.onCompare)
	u.status = &widget.Label{Wrapping: fyne.TextWrapWord} // whole, on two lines when narrow

	u.shortlist = newShortlist(u)
	u.shortlist.Content.Hide()
	u.adviser = newAdviser(u)
	u.bar = newSessionBar(u) // its Shortlist button opens u.shortlist
	u.pupil = u.bar.pupil
	u.quiz = quizpane.New(u.cat, quizpane.Deps{
		Window: w, Title: windowTitle + " — Quiz",
		Keys:      func(o fyne.CanvasObject) widgets.Keys { return keysFor(u, o) },
		Hinted:    u.hinted,
		SetStatus: u.setStatus,
		Opening:   func() { u.compareView.leave(); u.shortlist.Close(); u.card.pane.Hide() },
		Closing:   func() { u.card.pane.Show() },
		Show:      u.onShow,
		Reveal:    func(id string) { u.sidebar.reveal(id) },
		TickAll:   u.onTickAll,
	})
	u.right = container.NewStack(u.card.pane, u.shortlist.Content, u.quiz.Content)

	// The card is one Tab stop, with the presentation bar over it.
	u.present = newPresentation(u)
	u.help = newHelp(w)
	u.cardFocus = newCardFocus(u, u.right)
	// The sidebar is kept wide enough for whole titles; at a large zoom on
	// a small screen its buttons scroll and the session bar takes two rows
	// rather than push the window off the screen.
	u.sidebarWidth = transparent()
	// The Quiz button with the classroom's buttons at the foot, not under the
	// sidebar: there a row more of controls left the list two rows at 150 %
	// on a 1024x768 screen.
	left := container.NewBorder(nil, container.NewPadded(container.NewVBox(u.compare, u.export)), nil, nil, u.sidebar.content)
	u.split = container.NewHSplit(container.NewVScroll(container.NewStack(u.sidebarWidth, left)), u.cardFocus)
	u.split.Offset = 0.3
	u.barRow = u.bar.content
	// The view controls at the right of the status line.
	// At the zoom and contrast of the last run.
	u.view = newViewBar(u, a.Preferences(), u.applyTheme,
		viewActions{onFullScreen: u.onFullScreen, onPresent: u.present.onPresent, onHelp: u.help.onHelp})
	// The status line over the view controls when they leave it too little.
	u.viewRow = container.New(&widgets.BarLayout{LeadMin: func() float32 { return 10 * theme.TextSize() },
		Empty: func() bool { return u.status.Text == "" }}, u.status, u.quiz.Button, u.view.content)
	u.minimum = canvas.NewRectangle(color.Transparent)
	u.minimum.SetMinSize(appdesktop.MinWindowSize)
	u.content = container.NewStack(u.minimum,
		container.NewBorder(container.NewVBox(u.barRow, widget.NewSeparator()),
			container.NewVBox(widget.NewSeparator(), u.viewRow), nil, nil, u.split))

	c := w.Canvas()
	for _, sc := range []*desktop.CustomShortcut{shortcutSearch, shortcutExport, shortcutCompare, shortcutNewPupil, shortcutPrint, shortcutShortlist, shortcutNote} {
		c.AddShortcut(sc, func(s fyne.Shortcut) { u.onShortcut(s) })
	}
	for _, sc := range []*desktop.CustomShortcut{shortcutZoomIn, shortcutZoomInShift, shortcutZoomInPlus,
		shortcutZoomInPlusS, shortcutZoomOut, shortcutZoomReset, shortcutContrast} {
		c.AddShortcut(sc, func(s fyne.Shortcut) { u.onClassroomShortcut(s) })
	}
	// With nothing focused, the window's keys, and the card's.
	c.SetOnTypedKey(func(k *fyne.KeyEvent) {
		if !u.onWindowKey(k) {
			u.cardFocus.onKey(k)
		}
	})
	u.applyTheme()
	u.restore()
	return u
}

var (
	shortcutSearch = &desktop.CustomShortcut{KeyName: fyne.KeyF, Modifier: fyne.KeyModifierShortcutDefault}
	shortcutExport = &desktop.CustomShortcut{KeyName: fyne.KeyE, Modifier: fyne.KeyModifierShortcutDefault}
	// K, as C is copy and M minimises on some desktops.
	shortcutCompare = &desktop.CustomShortcut{KeyName: fyne.KeyK, Modifier: fyne.KeyModifierShortcutDefault}

	shortcutNewPupil  = &desktop.CustomShortcut{KeyName: fyne.KeyN, Modifier: fyne.KeyModifierShortcutDefault}
	shortcutPrint     = &desktop.CustomShortcut{KeyName: fyne.KeyP, Modifier: fyne.KeyModifierShortcutDefault}
	shortcutShortlist = &desktop.CustomShortcut{KeyName: fyne.KeyL, Modifier: fyne.KeyModifierShortcutDefault}
)

// onShortcut runs the window's shortcuts, wherever the keyboard is.
func (u *ui) onShortcut(s fyne.Shortcut) bool {
	switch s.ShortcutName() {
	case shortcutSearch.ShortcutName():
		u.window.Canvas().Focus(u.sidebar.search)
	case shortcutExport.ShortcutName():
		u.exporter.OnExport()
	case shortcutCompare.ShortcutName():
		u.compareView.onCompare()
	case shortcutNewPupil.ShortcutName():
		u.bar.onNewPupil()
	case shortcutPrint.ShortcutName():
		u.exporter.OnPrint()
	case shortcutShortlist.ShortcutName():
		u.shortlist.Open()
	case shortcutNote.ShortcutName():
		u.onWriteNote()
	case shortlistpane.ShortcutMoveUp.ShortcutName(), shortlistpane.ShortcutMoveDown.ShortcutName(), shortlistpane.ShortcutRemove.ShortcutName():
		return u.shortlist.OnShortcut(s)
	default:
		return u.onClassroomShortcut(s)
	}
	return true
}

// restore brings back what was shown and ticked in the last run, leaving
// out professions the catalogue no longer has.
func (u *ui) restore() {
	prefs := u.prefs
	prefs.OnError(func(err error) {
		u.setStatus("Could not keep the profession shown and the export folder for next time: " + err.Error())
	})
	u.restoreSession()
	for _, id := range u.session.Shortlist(u.catKey) {
		if _, ok := u.cat.Profession(id); ok && !u.ticked[id] {
			u.ticked[id] = true
			u.order = append(u.order, id)
		}
	}
	if p, ok := u.cat.Profession(prefs.String(prefShown)); ok {
		u.onShow(p)
	} else {
		u.onShow(nil)
	}
	u.sidebar.reveal(u.shown)
	u.onTickedChanged()
}

// onShow puts a profession on the card, or the overview when p is nil.
func (u *ui) onShow(p *catalogue.Profession) {
	u.shortlist.Close()
	u.quiz.Close()
	u.comparing = false
	if p == nil {
		u.shown = ""
		u.card.showOverview(u.cat)
		u.window.SetTitle(windowTitle)
	} else {
		u.shown = p.ID
		u.card.showProfession(p)
		u.window.SetTitle(windowTitle + " — " + p.Title)
	}
	u.prefs.SetString(prefShown, u.shown)
	u.updateExportButton()
}

func (u *ui) onTick(id string, on bool) {
	if u.ticked[id] == on {
		return
	}
	if on {
		u.addToOrder(id)
	} else {
		delete(u.ticked, id)
		u.order = slices.DeleteFunc(u.order, func(o string) bool { return o == id })
	}
	u.onTickedChanged()
}

func (u *ui) onTickAll(ids []string) {
	if len(u.order) == 0 {
		// All at once, as a large catalogue's Select all is: in order.
		for _, id := range ids {
			if !u.ticked[id] {
				u.ticked[id] = true
				u.order = append(u.order, id)
			}
		}
		slices.SortFunc(u.order, func(a, b string) int { return u.rank[a] - u.rank[b] })
	} else {
		for _, id := range ids {
			if !u.ticked[id] {
				u.addToOrder(id)
			}
		}
	}
	u.onTickedChanged()
}

// addToOrder ticks id and puts it in the shortlist before the first
// profession that comes after it in the catalogue: the catalogue's order,
// until the adviser changes it.
func (u *ui) addToOrder(id string) {
	u.ticked[id] = true
	at := len(u.order)
	for i, o := range u.order {
		if u.rank[o] > u.rank[id] {
			at = i
			break
		}
	}
	u.order = slices.Insert(u.order, at, id)
}

func (u *ui) onClear() {
	clear(u.ticked)
	u.order = nil
	u.onTickedChanged()
}

func (u *ui) onTickedChanged() {
	u.shortlist.Refresh()
	u.bar.refresh()
	if !slices.Equal(u.session.Shortlist(u.catKey), u.order) {
		u.session.SetShortlist(u.catKey, u.order)
		u.sessions.Save(u.session)
	}
	u.sidebar.setCount(len(u.ticked), len(u.cat.Professions))
	u.sidebar.list.Refresh()
	u.updateExportButton()
	u.compareView.updateButton()
	if u.comparing {
		u.compareView.onCompare() // the comparison follows the ticks
	}
}

// tickedIDs lists the ticked professions in the handout's order: the
// catalogue's, unless the adviser has changed it in the shortlist.
func (u *ui) tickedIDs() []string {
	return slices.Clone(u.order)
}

// onOpenLink opens a web address in the default browser; nothing but http
// and https is ever opened.
func (u *ui) onOpenLink(address string) {
	if !catalogue.IsWebAddress(address) {
		u.setStatus("Not opened: " + printable.String(address) + " is not a web address")
		return
	}
	parsed, err := url.Parse(address)
	if err == nil {
		err = u.openURL(parsed)
	}
	if err != nil {
		u.setStatus("Could not open a browser for " + address + "; copy the address instead")
		return
	}
	u.setStatus("Opened " + address + " in your browser")
}

func (u *ui) onCopy(address string) {
	u.app.Clipboard().SetContent(address)
	u.setStatus("Copied " + address)
}

// setStatus shows text in the status line, with what does not print
// escaped: a file name or a dialog's message may hold anything.
func (u *ui) setStatus(text string) {
	u.showStatus(printable.String(text)) // it fades: status.go
}

// showProblem shows text in the status line and in a dialog, capitalised.
func (u *ui) showProblem(text string) {
	text = printable.String(text)
	u.setStatus(text)
	widgets.ShowInfo(u.window.Canvas(), "Something went wrong", capitalise(text), nil)
}
