package savedialog

import (
	"os/exec"
	"syscall"
)

// dieWithParent has the child stopped when the window's process ends while
// the dialog is up, rather than leave a dialog whose answer nobody reads.
func dieWithParent(cmd *exec.Cmd) {
	if cmd.SysProcAttr == nil {
		cmd.SysProcAttr = &syscall.SysProcAttr{}
	}
	cmd.SysProcAttr.Pdeathsig = syscall.SIGTERM
}
