package app

import "time"

// statusLife is how long a status message stays before it goes.
var statusLife = 8 * time.Second

// showStatus shows a message in the status line that goes after
// statusLife, or when the user opens another profession.
func (u *ui) showStatus(text string) {
	u.statusSerial++
	n := u.statusSerial
	u.status.SetText(text)
	if text == "" {
		return
	}
	time.AfterFunc(statusLife, func() {
		u.onMain(func() {
			if n == u.statusSerial {
				u.status.SetText("")
			}
		})
	})
}

// clearStatus takes the message away: the user has moved on.
func (u *ui) clearStatus() {
	u.statusSerial++
	u.status.SetText("")
}
