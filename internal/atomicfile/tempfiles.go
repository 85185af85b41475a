package atomicfile

import (
	"os"
	"os/signal"
	"sync"
	"syscall"
	"time"
)

// The temporary files being written, removed when a signal stops the
// process (Ctrl+C, kill, a closed terminal) so that none is left behind.
// The handler is installed only while a file is being written; it then
// stops the process as the signal would have.
var temps = struct {
	sync.Mutex
	files   map[string]bool
	signals chan os.Signal
}{files: map[string]bool{}}

// stopSignals are the signals that stop a process and can be caught.
var stopSignals = []os.Signal{os.Interrupt, syscall.SIGTERM, syscall.SIGHUP}

// trackTemp has name removed on a stopping signal until untrack is called.
func trackTemp(name string) (untrack func()) {
	temps.Lock()
	defer temps.Unlock()
	if len(temps.files) == 0 {
		if temps.signals == nil {
			temps.signals = make(chan os.Signal, 1)
			go removeTempsOnSignal(temps.signals)
		}
		signal.Notify(temps.signals, stopSignals...)
	}
	temps.files[name] = true
	return func() {
		temps.Lock()
		defer temps.Unlock()
		delete(temps.files, name)
		if len(temps.files) == 0 {
			signal.Stop(temps.signals)
		}
	}
}

func removeTempsOnSignal(signals chan os.Signal) {
	for sig := range signals {
		temps.Lock()
		if len(temps.files) == 0 {
			temps.Unlock()
			continue // a signal that came as the last write finished
		}
		for name := range temps.files {
			os.Remove(name)
		}
		// Holding the lock, no new file is started: stop as the signal
		// would have stopped the process without this handler.
		signal.Reset(sig)
		if p, err := os.FindProcess(os.Getpid()); err == nil && p.Signal(sig) == nil {
			time.Sleep(time.Second)
		}
		os.Exit(1)
	}
}
