// Package app is the AHP Careers window: a sidebar of the professions by
// category with a search box, the detail card of the one chosen, and export
// of the ticked ones to a printable handout.
package app

import (
	"errors"
	"fmt"
	"image/color"
	"net/url"
	"path/filepath"
	"sync"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/ahp-careers/ahp-careers/catalogue"
	"github.com/ahp-careers/ahp-careers/resources"
)

// ID is the application's identity, under which Fyne keeps its preferences.
const ID = "uk.org.ahpcareers.app"

const windowTitle = "AHP Careers"

// Preference keys.
const (
	prefShown        = "shown"        // id of the profession last shown; "" for the overview
	prefTicked       = "ticked"       // ids ticked for export
	prefExportFolder = "exportFolder" // folder of the last export
)

// Run shows the window on a and blocks until it is closed. notice, when
// not empty, is shown in the status line (what RepairPreferences did). When
// the window cannot open (no OpenGL), it tells the user in a message box and
// returns why.
func Run(a fyne.App, cat *catalogue.Catalogue, notice string) error {
	a.SetIcon(fyne.NewStaticResource("icon.png", resources.Icon))
	err := startWindow(func() fyne.Window {
		w := a.NewWindow(windowTitle)
		prefs, err := openState(filepath.Join(StorageDir(), stateFileName), catalogueKey(cat))
		if err != nil {
			notice = err.Error()
		}
		if prefs.fresh {
			prefs.adopt(a.Preferences())
		}
		u := newUI(a, w, cat, nativeSave, prefs)
		if notice != "" {
			u.setStatus(notice)
		}
		w.SetContent(u.content)
		want, at := savedGeometry(a.Preferences())
		opening := openingSize(a, want, at)
		u.setMinSize(opening.min)
		w.Resize(opening.size)
		w.CenterOnScreen()
		w.SetOnClosed(u.rememberGeometry)
		a.Lifecycle().SetOnStarted(func() {
			// Now that the window's scale and frame are known.
			u.placeWindow(want, at)
			// Ready to type a search at once; a focus set before the app runs is lost.
			w.Canvas().Focus(u.sidebar.search)
		})
		w.Show()
		return w
	})
	if err != nil {
		showStartError(err)
		return err
	}
	a.Run()
	return nil
}

// ui is the window's whole state and its parts.
type ui struct {
	app     fyne.App
	window  fyne.Window
	cat     *catalogue.Catalogue
	save    saveFunc
	openURL func(*url.URL) error
	now     func() time.Time
	onMain  func(func()) // runs a function on the main goroutine: fyne.Do
	prefs   *stateStore  // what is kept between runs, for this catalogue
	crlf    bool         // handouts with Windows line endings

	// confirmReplace asks whether to replace a file: askReplace.
	confirmReplace func(path string, done func(bool))

	exports sync.WaitGroup // handouts being written off the main goroutine
	asking  bool           // the save dialog is open

	// State.
	shown  string          // id of the profession on the card; "" for the overview
	ticked map[string]bool // professions ticked for export

	// Widgets.
	sidebar *sidebar
	card    *card
	export  *actionButton

	compare     *actionButton
	compareView *compareView
	comparing   bool // the card's pane shows the ticked professions side by side
	status      *widget.Label
	content     fyne.CanvasObject
	minimum     *canvas.Rectangle // holds the window's smallest size

	classroom // zoom, presentation, keys: classroom.go
}

func newUI(a fyne.App, w fyne.Window, cat *catalogue.Catalogue, save saveFunc, prefs *stateStore) *ui {
	u := &ui{
		app:     a,
		prefs:   prefs,
		window:  w,
		cat:     cat,
		save:    save,
		openURL: a.OpenURL,
		now:     time.Now,
		onMain:  fyne.Do,
		crlf:    windowsLineEndings,
		ticked:  map[string]bool{},
	}
	u.confirmReplace = u.askReplace
	u.sidebar = newSidebar(cat)
	u.sidebar.isTicked = func(id string) bool { return u.ticked[id] }
	u.sidebar.onShow = u.onShow
	u.sidebar.onTick = u.onTick
	u.sidebar.onTickAll = u.onTickAll
	u.sidebar.onClear = u.onClear
	u.sidebar.onShortcut = u.onShortcut
	u.sidebar.focus = w.Canvas().Focus

	u.card = newCard()
	u.card.onOpenLink = u.onOpenLink
	u.card.onCopy = u.onCopy

	u.export = newActionButton(u, "", theme.DocumentSaveIcon(), u.onExport)
	u.export.Importance = widget.HighImportance
	u.compare = newActionButton(u, "", theme.ViewRestoreIcon(), u.onCompare)
	u.compareView = &compareView{onOpen: u.onCompareOpen, onDrop: u.onCompareDrop, onClose: u.onCompareClose, onScroll: u.card.scrollBy}
	u.status = &widget.Label{Truncation: fyne.TextTruncateEllipsis}

	left := container.NewBorder(nil, container.NewPadded(container.NewVBox(u.compare, u.export)), nil, nil, u.sidebar.content)
	split := container.NewHSplit(left, u.card.pane)
	split.Offset = 0.3
	u.minimum = canvas.NewRectangle(color.Transparent)
	u.minimum.SetMinSize(minWindowSize)
	u.content = container.NewStack(u.minimum,
		container.NewBorder(nil, container.NewVBox(widget.NewSeparator(), u.status), nil, nil, split))

	for _, sc := range []*desktop.CustomShortcut{shortcutSearch, shortcutExport, shortcutCompare} {
		w.Canvas().AddShortcut(sc, func(s fyne.Shortcut) { u.onShortcut(s) })
	}
	u.setUpClassroom()
	u.restore()
	return u
}

var (
	shortcutSearch = &desktop.CustomShortcut{KeyName: fyne.KeyF, Modifier: fyne.KeyModifierShortcutDefault}
	shortcutExport = &desktop.CustomShortcut{KeyName: fyne.KeyE, Modifier: fyne.KeyModifierShortcutDefault}
	// K, as C is copy and M minimises on some desktops.
	shortcutCompare = &desktop.CustomShortcut{KeyName: fyne.KeyK, Modifier: fyne.KeyModifierShortcutDefault}
)

// onShortcut runs the window's shortcuts, wherever the keyboard is.
func (u *ui) onShortcut(s fyne.Shortcut) bool {
	switch s.ShortcutName() {
	case shortcutSearch.ShortcutName():
		u.window.Canvas().Focus(u.sidebar.search)
	case shortcutExport.ShortcutName():
		u.onExport()
	case shortcutCompare.ShortcutName():
		u.onCompare()
	default:
		return u.onClassroomShortcut(s)
	}
	return true
}

// restore brings back what was shown and ticked in the last run, leaving
// out professions the catalogue no longer has.
func (u *ui) restore() {
	prefs := u.prefs
	prefs.onError = func(err error) { u.setStatus("Could not keep the ticks for next time: " + err.Error()) }
	for _, id := range prefs.StringList(prefTicked) {
		if _, ok := u.cat.Profession(id); ok {
			u.ticked[id] = true
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
		u.ticked[id] = true
	} else {
		delete(u.ticked, id)
	}
	u.onTickedChanged()
}

func (u *ui) onTickAll(ids []string) {
	for _, id := range ids {
		u.ticked[id] = true
	}
	u.onTickedChanged()
}

func (u *ui) onClear() {
	clear(u.ticked)
	u.onTickedChanged()
}

func (u *ui) onTickedChanged() {
	u.prefs.SetStringList(prefTicked, u.tickedIDs())
	u.sidebar.setCount(len(u.ticked), len(u.cat.Professions))
	u.sidebar.list.Refresh()
	u.updateExportButton()
	u.updateCompareButton()
	if u.comparing {
		u.onCompare() // the comparison follows the ticks
	}
}

// tickedIDs lists the ticked professions in catalogue order.
func (u *ui) tickedIDs() []string {
	ids := make([]string, 0, len(u.ticked))
	for id := range u.ticked {
		ids = append(ids, id)
	}
	ps, _ := u.cat.Select(ids) // only known ids are ever ticked
	for i, p := range ps {
		ids[i] = p.ID
	}
	return ids
}

// updateExportButton says what Export will save.
func (u *ui) updateExportButton() {
	switch n := len(u.ticked); {
	case n > 0:
		u.export.SetText(fmt.Sprintf("Export %d selected… (Ctrl+E)", n))
		u.export.Enable()
	case u.shown != "":
		u.export.SetText("Export this profession… (Ctrl+E)")
		u.export.Enable()
	default:
		u.export.SetText("Export selected… (Ctrl+E)")
		u.export.Disable()
	}
}

// onOpenLink opens a web address in the default browser; nothing but http
// and https is ever opened.
func (u *ui) onOpenLink(address string) {
	if !catalogue.IsWebAddress(address) {
		u.setStatus("Not opened: " + catalogue.Printable(address) + " is not a web address")
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
	u.showStatus(catalogue.Printable(text)) // it fades: status.go
}

// showError reports a failure in a dialog, in one line.
func (u *ui) showError(err error) {
	var we *catalogue.WriteError
	if errors.As(err, &we) {
		err = fmt.Errorf("The handout was not saved: %s. Nothing was changed.", we.Error())
	}
	err = errors.New(catalogue.Printable(err.Error()))
	u.setStatus(err.Error())
	dialog.ShowError(err, u.window)
}
