//go:build unix

package main_test

import (
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// catalog lint of a named pipe says what it is, and does not wait for a
// writer that never comes.
func TestCatalogLintFIFO(t *testing.T) {
	dir := t.TempDir()
	if err := syscall.Mkfifo(filepath.Join(dir, "errors.yaml"), 0o644); err != nil {
		t.Skip(err)
	}
	out, code := run(t, dir, errcodesBin, "catalog", "lint", "errors.yaml")
	if code != 1 || !strings.Contains(out, "errors.yaml: not a regular file (a named pipe)") {
		t.Errorf("exit %d, output:\n%s", code, out)
	}
}
