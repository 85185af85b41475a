package gtkenv

import "os"

func init() {
	if os.Getenv(ChildVariable) == "" {
		hide()
	}
}
