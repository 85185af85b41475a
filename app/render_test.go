package app

import (
	"testing"

	"fyne.io/fyne/v2/test"

	"github.com/ahp-careers/ahp-careers/catalogue/quiz"
)

// The window at its opening size, as markup: sidebar, card and export button.
func TestRendersWindow(t *testing.T) {
	tests := []struct {
		name  string
		setup func(u *ui)
		file  string
	}{
		{"overview", func(u *ui) {}, "window_overview.xml"},
		{"dietitian ticked with paramedic", func(u *ui) {
			u.onTick("paramedic", true)
			u.onTick("dietitian", true)
			u.sidebar.reveal("dietitian")
			p, _ := u.cat.Profession("dietitian")
			u.onShow(p)
		}, "window_dietitian.xml"},
		{"paramedic, every At a glance section", func(u *ui) {
			p, _ := u.cat.Profession("paramedic")
			u.onShow(p)
		}, "window_paramedic.xml"},
		{"three compared", func(u *ui) {
			u.onTick("physiotherapist", true)
			u.onTick("osteopath", true)
			u.onTick("paramedic", true)
			u.compareView.onCompare()
		}, "window_compare.xml"},
		{"four ticked: choose up to three", func(u *ui) {
			for _, id := range []string{"physiotherapist", "osteopath", "paramedic", "dietitian"} {
				u.onTick(id, true)
			}
			u.compareView.onCompare()
		}, "window_compare_four.xml"},
		{"overview at 200 %", func(u *ui) { u.view.setZoom(200) }, "window_overview_200.xml"},
		{"paramedic at 200 %", func(u *ui) {
			u.view.setZoom(200)
			p, _ := u.cat.Profession("paramedic")
			u.onShow(p)
		}, "window_paramedic_200.xml"},
		{"presenting the shortlist", func(u *ui) {
			u.onTick("paramedic", true)
			u.onTick("dietitian", true)
			u.present.onPresent()
		}, "window_present.xml"},
		{"quiz, a statement", func(u *ui) {
			u.quiz.Open()
			u.quiz.Answer(quiz.Agree)
		}, "window_quiz.xml"},
		{"quiz, the result with a tie", func(u *ui) {
			u.quiz.Open()
			for _, st := range u.cat.Quiz {
				a := map[string]quiz.Answer{"sport": quiz.Agree, "food": quiz.Disagree, "movement": quiz.Agree, "hands-on": quiz.Agree}[st.ID]
				u.quiz.Answer(a)
			}
		}, "window_quiz_result.xml"},
		{"quiz at 200 %", func(u *ui) {
			u.view.setZoom(200)
			u.quiz.Open()
		}, "window_quiz_200.xml"},
		{"search with no match", func(u *ui) {
			test.Type(u.sidebar.search, "astronaut")
		}, "window_no_match.xml"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			u, _, _ := newTestUI(t, test.NewTempApp(t))
			tt.setup(u)
			test.AssertRendersToMarkup(t, tt.file, u.window.Canvas())
		})
	}
}

func TestWindowHasAUsableMinimumSize(t *testing.T) {
	u, _, _ := newTestUI(t, test.NewTempApp(t))
	if m := u.content.MinSize(); m.Width < 720 || m.Height < 480 {
		t.Errorf("minimum size %v, want at least 720x480", m)
	}
}
