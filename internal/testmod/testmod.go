// Package testmod copies the example services under testdata/ into
// modules of their own, for the end-to-end tests that run errcodes, go vet,
// golangci-lint or an editor on them as on a user's code, and edit them.
package testmod

import (
	"os"
	"path/filepath"
	"runtime"
	"testing"
)

// Root returns the repository's root directory.
func Root(tb testing.TB) string {
	tb.Helper()
	_, file, _, ok := runtime.Caller(0)
	if !ok {
		tb.Fatal("testmod: no caller information")
	}
	return filepath.Join(filepath.Dir(file), "..", "..")
}

// Copy copies testdata/name into a new module in a temporary directory,
// with the same import paths (module github.com/errcodes/errcodes/testdata/name),
// and returns the directory.
func Copy(tb testing.TB, name string) string {
	tb.Helper()
	dst := tb.TempDir()
	CopyTree(tb, filepath.Join(Root(tb), "testdata", name), dst)
	gomod := "module github.com/errcodes/errcodes/testdata/" + name + "\n\ngo 1.22\n"
	if err := os.WriteFile(filepath.Join(dst, "go.mod"), []byte(gomod), 0o644); err != nil {
		tb.Fatal(err)
	}
	return dst
}

// CopyTree copies the files of the tree src into dst.
func CopyTree(tb testing.TB, src, dst string) {
	tb.Helper()
	err := filepath.WalkDir(src, func(path string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(src, path)
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		target := filepath.Join(dst, rel)
		if err := os.MkdirAll(filepath.Dir(target), 0o755); err != nil {
			return err
		}
		return os.WriteFile(target, data, 0o644)
	})
	if err != nil {
		tb.Fatal(err)
	}
}
