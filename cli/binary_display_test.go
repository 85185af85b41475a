//go:build linux

package cli

import (
	"context"
	"net"
	"os/exec"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

// fakeXServer listens where DISPLAY=127.0.0.1:N points, counts the
// connections made to it and never answers, as a hung X server.
func fakeXServer(t *testing.T) (display string, connections *atomic.Int32) {
	t.Helper()
	var l net.Listener
	for port := 6100; port < 6400 && l == nil; port++ {
		l, _ = net.Listen("tcp", "127.0.0.1:"+strconv.Itoa(port))
	}
	if l == nil {
		t.Skip("no free port for a fake X server")
	}
	t.Cleanup(func() { l.Close() })
	connections = &atomic.Int32{}
	go func() {
		for {
			c, err := l.Accept()
			if err != nil {
				return
			}
			connections.Add(1)
			t.Cleanup(func() { c.Close() })
		}
	}()
	port := l.Addr().(*net.TCPAddr).Port
	return "127.0.0.1:" + strconv.Itoa(port-6000), connections
}

// TestBinaryCommandLineNeverTouchesTheDisplay: with DISPLAY set to a server
// that never answers, every command finishes and none connects to it
// (issue 12, item 11): GTK, started by the save dialog's package, is kept
// off the display in every process but the dialog's own.
func TestBinaryCommandLineNeverTouchesTheDisplay(t *testing.T) {
	display, connections := fakeXServer(t)
	dir := t.TempDir()
	writeFile(t, dir, "small.toml", smallCatalogue)
	for _, args := range [][]string{
		{"list"}, {"--help"}, {"show", "dietitian"}, {"search", "speech"},
		{"export", "dietitian", "-o", "h.txt"}, {"validate", "small.toml"}, {"bogus"},
	} {
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		cmd := exec.CommandContext(ctx, binary(t), args...)
		cmd.Dir = dir
		cmd.Env = append(envWithout("DISPLAY", "WAYLAND_DISPLAY", "GDK_BACKEND"), "DISPLAY="+display, "WAYLAND_DISPLAY=wayland-none")
		var errOut strings.Builder
		cmd.Stderr = &errOut
		err := cmd.Run()
		hung := ctx.Err() != nil
		cancel()
		if hung {
			t.Fatalf("%q hung with DISPLAY=%s (a server that never answers)", args, display)
		}
		if _, ok := err.(*exec.ExitError); err != nil && !ok {
			t.Fatal(err)
		}
		if strings.Contains(errOut.String(), "Gtk") || strings.Contains(errOut.String(), "display") {
			t.Errorf("%q printed %q", args, errOut.String())
		}
		if n := connections.Load(); n != 0 {
			t.Fatalf("%q connected to the display %d times", args, n)
		}
	}
}
