package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
)

// classroom is the window's parts for the projector and the keyboard: the
// view bar (zoom, contrast), presentation mode, the help, and the rows of
// the tree they show and hide.
type classroom struct {
	present *presentation // the card alone, for a projector
	view    *viewBar      // the zoom, contrast, full screen, presentation and help buttons

	split        *container.Split
	cardFocus    *cardFocus
	sidebarWidth *canvas.Rectangle // keeps the sidebar wide enough for every title
	viewRow      *fyne.Container   // the status line and the view bar
	barRow       fyne.CanvasObject // the session bar, scrolling when narrow
	help         *help             // the keys, over the window

	statusSerial int // counts status messages, so that only the latest fades
}

var (
	shortcutZoomIn      = &desktop.CustomShortcut{KeyName: fyne.KeyEqual, Modifier: fyne.KeyModifierShortcutDefault}
	shortcutZoomInShift = &desktop.CustomShortcut{KeyName: fyne.KeyEqual, Modifier: fyne.KeyModifierShortcutDefault | fyne.KeyModifierShift}
	shortcutZoomInPlus  = &desktop.CustomShortcut{KeyName: fyne.KeyPlus, Modifier: fyne.KeyModifierShortcutDefault}
	shortcutZoomInPlusS = &desktop.CustomShortcut{KeyName: fyne.KeyPlus, Modifier: fyne.KeyModifierShortcutDefault | fyne.KeyModifierShift}
	shortcutZoomOut     = &desktop.CustomShortcut{KeyName: fyne.KeyMinus, Modifier: fyne.KeyModifierShortcutDefault}
	shortcutZoomReset   = &desktop.CustomShortcut{KeyName: fyne.Key0, Modifier: fyne.KeyModifierShortcutDefault}
	shortcutContrast    = &desktop.CustomShortcut{KeyName: fyne.KeyH, Modifier: fyne.KeyModifierShortcutDefault | fyne.KeyModifierShift}
)

// onClassroomShortcut runs the zoom and contrast shortcuts.
func (u *ui) onClassroomShortcut(s fyne.Shortcut) bool {
	switch s.ShortcutName() {
	case shortcutZoomIn.ShortcutName(), shortcutZoomInShift.ShortcutName(),
		shortcutZoomInPlus.ShortcutName(), shortcutZoomInPlusS.ShortcutName():
		u.view.onZoomIn()
	case shortcutZoomOut.ShortcutName():
		u.view.onZoomOut()
	case shortcutZoomReset.ShortcutName():
		u.view.setZoom(zoomNormal)
	case shortcutContrast.ShortcutName():
		u.view.onContrast()
	default:
		return false
	}
	return true
}
