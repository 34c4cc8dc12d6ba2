package main_test

import (
	"bytes"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// runSplit runs errcodes in dir and returns its stdout, stderr and exit
// status.
func runSplit(t *testing.T, dir string, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	stdout, stderr, code, err := execSplit(dir, errcodesBin, args...)
	if err != nil {
		t.Fatalf("errcodes %s: %v", strings.Join(args, " "), err)
	}
	return stdout, stderr, code
}

// execSplit runs name with args in dir and returns its stdout, stderr
// and exit status, or an error if it could not run to its end.
func execSplit(dir, name string, args ...string) (stdout, stderr string, code int, err error) {
	cmd := exec.Command(name, args...)
	cmd.Dir = dir
	var out, errOut bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errOut
	err = cmd.Run()
	var exit *exec.ExitError
	if errors.As(err, &exit) {
		code, err = exit.ExitCode(), nil
	}
	return out.String(), errOut.String(), code, err
}

// TestHelp: errcodes -h lists every command and -baseline, once, without
// vet's no-op flags; errcodes help [command] works; every -h prints to
// stdout and exits 0; every usage error prints to stderr and exits 2.
func TestHelp(t *testing.T) {
	dir := t.TempDir()
	top, errOut, code := runSplit(t, dir, "-h")
	if code != 0 || errOut != "" {
		t.Fatalf("errcodes -h: exit %d, stderr %q", code, errOut)
	}
	for _, want := range []string{"\n  catalog ", "\n  audit ", "\n  extract ", "\n  baseline ", "\n  lsp ", "\n  help ", "\n  -baseline ", "\n  -config ", "\n  -fix\n"} {
		if strings.Count(top, want) != 1 {
			t.Errorf("errcodes -h has %q %d times, want once:\n%s", want, strings.Count(top, want), top)
		}
	}
	for _, hidden := range []string{"deprecated", "\n  -flags", "\n  -tags", "\n  -all"} {
		if strings.Contains(top, hidden) {
			t.Errorf("errcodes -h lists %q:\n%s", hidden, top)
		}
	}
	if first, _, _ := strings.Cut(top, "\n"); strings.Count(top, first) != 1 || strings.HasPrefix(first, "errcodes: errcodes") {
		t.Errorf("errcodes -h repeats its first line %q", first)
	}
	if got, _, code := runSplit(t, dir, "help"); code != 0 || got != top {
		t.Errorf("errcodes help: exit %d, not errcodes -h's text:\n%s", code, got)
	}

	for _, args := range [][]string{
		{"help", "audit"}, {"help", "catalog"}, {"help", "extract"}, {"help", "baseline"}, {"help", "lsp"}, {"help", "checks"},
		{"audit", "-h"}, {"extract", "-h"}, {"catalog", "-h"}, {"catalog", "lint", "-h"}, {"catalog", "show", "-h"},
		{"catalog", "convert", "-h"}, {"baseline", "-h"}, {"baseline", "write", "-h"}, {"-baseline=x", "-h"}, {"lsp", "-h"},
		{"-json", "-h"},
	} {
		out, errOut, code := runSplit(t, dir, args...)
		if code != 0 || errOut != "" || !strings.Contains(out, "usage") && !strings.Contains(out, "Usage") && args[1] != "checks" {
			t.Errorf("errcodes %s: exit %d, stdout %q, stderr %q; want the usage on stdout, exit 0", strings.Join(args, " "), code, out, errOut)
		}
	}
	if out, _, _ := runSplit(t, dir, "help", "audit"); !strings.Contains(out, "-format") {
		t.Errorf("errcodes help audit does not list audit's flags:\n%s", out)
	}

	for _, args := range [][]string{
		{}, {"-nosuchflag", "./..."}, {"audit", "-nosuchflag"}, {"extract", "-nosuchflag"}, {"catalog"}, {"catalog", "frob"},
		{"catalog", "lint", "-nosuchflag"}, {"baseline"}, {"baseline", "write", "-nosuchflag"}, {"-baseline=x", "-nosuchflag"},
		{"lsp", "extra"}, {"help", "frob"}, {"-json"},
	} {
		out, errOut, code := runSplit(t, dir, args...)
		if code != 2 || out != "" || errOut == "" {
			t.Errorf("errcodes %s: exit %d, stdout %q, stderr %q; want a usage error on stderr, exit 2", strings.Join(args, " "), code, out, errOut)
		}
	}
}

// doc/usage.md's table of flags lists the flags errcodes -h shows, but
// for those that debug errcodes itself.
func TestUsageFlagsTable(t *testing.T) {
	top, _, _ := runSplit(t, t.TempDir(), "-h")
	debugging := map[string]bool{"V": true, "cpuprofile": true, "memprofile": true, "trace": true, "debug": true}
	var shown []string
	for _, m := range regexp.MustCompile(`(?m)^  -([a-zA-Z]+)`).FindAllStringSubmatch(top, -1) {
		if !debugging[m[1]] {
			shown = append(shown, m[1])
		}
	}
	page, err := os.ReadFile(filepath.Join(repoRoot(t), "doc", "usage.md"))
	if err != nil {
		t.Fatal(err)
	}
	var table []string
	for _, m := range regexp.MustCompile("(?m)^\\| `-([a-zA-Z]+)` \\|").FindAllStringSubmatch(string(page), -1) {
		table = append(table, m[1])
	}
	slices.Sort(shown)
	slices.Sort(table)
	if !slices.Equal(shown, table) {
		t.Errorf("doc/usage.md's table of flags lists %v; errcodes -h shows %v", table, shown)
	}
}
