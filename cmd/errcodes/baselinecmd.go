package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"

	"github.com/errcodes/errcodes/audit"
	"github.com/errcodes/errcodes/baseline"
	"github.com/errcodes/errcodes/catalog"
)

// defaultBaseline is the file "errcodes baseline write" writes by
// default.
const defaultBaseline = "errcodes.baseline"

const baselineUsage = `usage: errcodes -baseline=FILE [-config=FILE] [packages]
       errcodes baseline write [-o FILE] [-config=FILE] [packages]

-baseline=FILE  checks the packages (default ./...) and reports only the
                findings FILE does not record, then the entries of FILE
                whose finding is gone (stale); exit status 3 if there are
                any, 0 if not.
baseline write  records the current findings of the packages (default
                ./...) in FILE (default errcodes.baseline), keeping the
                entries of other packages.

A finding is recorded by its category, file, function and message, not by
its line: it stays recorded when code moves. Commit the file: an entry
whose finding is fixed is reported until it is written again, so the file
shrinks as findings are fixed.
`

// baselineFlag reports whether args check packages against a baseline
// (-baseline=FILE or -baseline FILE), and returns the file and the other
// arguments.
func baselineFlag(args []string) (string, []string, bool) {
	for i, a := range args {
		if a == "--" {
			break
		}
		name, value, hasValue := strings.Cut(strings.TrimPrefix(strings.TrimPrefix(a, "-"), "-"), "=")
		if !strings.HasPrefix(a, "-") || name != "baseline" {
			continue
		}
		rest := append(append([]string(nil), args[:i]...), args[i+1:]...)
		if !hasValue && i+1 < len(args) {
			value = args[i+1]
			rest = append(append([]string(nil), args[:i]...), args[i+2:]...)
		}
		return value, rest, true
	}
	return "", args, false
}

// checkWithBaseline checks the packages args name and reports only the
// findings the baseline does not record, and its stale entries.
func checkWithBaseline(path string, args []string) int {
	return runCheckWithBaseline(path, args, os.Stderr)
}

func runCheckWithBaseline(file string, args []string, stderr io.Writer) int {
	flags := flag.NewFlagSet("errcodes -baseline", flag.ContinueOnError)
	config := flags.String("config", "", "use this errcodes.yaml for every package")
	if code, ok := parseFlags(flags, args, withDefaults(flags, baselineUsage), os.Stdout, stderr); !ok {
		return code
	}
	if file == "" {
		fmt.Fprintf(stderr, "errcodes: -baseline needs a file: -baseline=%s\n", defaultBaseline)
		return 2
	}
	b, err := baseline.Load(file)
	if errors.Is(err, fs.ErrNotExist) {
		fmt.Fprintf(stderr, "errcodes: no baseline %s; record the current findings in it with: errcodes baseline write%s\n", file, outFlag(file))
		return 1
	}
	if err != nil {
		fmt.Fprintf(stderr, "errcodes: %v\n", err)
		return 1
	}
	run, err := baselineAudit(*config, flags.Args(), file)
	if err != nil {
		fmt.Fprintf(stderr, "errcodes: %v\n", err)
		return 1
	}
	fresh, stale := b.Filter(run.findings, run.scope)
	for _, f := range fresh {
		p := run.pos[where(f)]
		fmt.Fprintf(stderr, "%s:%d:%d: %s\n", p.File, p.Line, p.Column, f.Message)
	}
	for _, e := range stale {
		fmt.Fprintf(stderr, "%s:%d: stale baseline entry: %s %s (%s): %s; %s: run errcodes baseline write%s\n",
			file, e.Line, e.Category, inFunc(e.Func), e.File, e.Message, gone(e), outFlag(file))
	}
	if len(fresh) > 0 || len(stale) > 0 {
		return 3
	}
	return 0
}

// baselineMain runs "errcodes baseline write".
func baselineMain(args []string) int {
	return runBaseline(args, os.Stdout, os.Stderr)
}

func runBaseline(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprint(stderr, baselineUsage)
		return 2
	}
	switch args[0] {
	case "write":
	case "-h", "-help", "--help", "help":
		fmt.Fprint(stdout, baselineUsage)
		return 0
	default:
		fmt.Fprintf(stderr, "errcodes baseline: unknown command %q\n%s", args[0], baselineUsage)
		return 2
	}
	flags := flag.NewFlagSet("errcodes baseline write", flag.ContinueOnError)
	out := flags.String("o", defaultBaseline, "the baseline file to write")
	config := flags.String("config", "", "use this errcodes.yaml for every package")
	if code, ok := parseFlags(flags, args[1:], withDefaults(flags, baselineUsage), stdout, stderr); !ok {
		return code
	}
	// A baseline that does not read (a merge conflict left in it) stops
	// the run before the packages load, as it would after.
	if _, err := baseline.Load(*out); err != nil && !errors.Is(err, fs.ErrNotExist) {
		fmt.Fprintf(stderr, "errcodes: %v\n", err)
		return 1
	}
	run, err := baselineAudit(*config, flags.Args(), *out)
	if err != nil {
		fmt.Fprintf(stderr, "errcodes: %v\n", err)
		return 1
	}
	kept, err := baseline.Write(*out, run.findings, run.scope)
	if err != nil {
		fmt.Fprintf(stderr, "errcodes: %v\n", err)
		return 1
	}
	summary := fmt.Sprintf("%s: %s recorded (%s)", *out, plural(len(run.findings), "finding", "findings"), plural(run.packages, "package", "packages"))
	if kept > 0 {
		summary += fmt.Sprintf(", %s of other packages kept", plural(kept, "entry", "entries"))
	}
	fmt.Fprintln(stdout, summary)
	return 0
}

// An auditRun is what the baseline commands need of an audit: the
// findings, their files relative to the baseline file's directory, and
// which of its files the audit covered.
type auditRun struct {
	findings []baseline.Finding
	pos      map[findingAt]audit.Pos // where each finding is, relative to the working directory
	scope    func(file string) bool  // whether a baseline file is in a package audited
	packages int
}

// A findingAt identifies a finding of a run by its position and text.
type findingAt struct {
	file, category, message string
	line, column            int
}

func where(f baseline.Finding) findingAt {
	return findingAt{f.File, f.Category, f.Message, f.Line, f.Column}
}

// baselineAudit audits the packages patterns name (default ./...) from the
// working directory, and returns the findings as seen from the baseline
// file at file.
func baselineAudit(config string, patterns []string, file string) (*auditRun, error) {
	wd, err := os.Getwd()
	if err != nil {
		return nil, err
	}
	if len(patterns) == 0 {
		patterns = []string{"./..."}
	}
	r, err := audit.Run(audit.Options{Dir: wd, Patterns: patterns, Config: config})
	if err != nil {
		return nil, err
	}
	base, err := filepath.Abs(filepath.Dir(file))
	if err != nil {
		return nil, err
	}
	// rel turns a path of the report, relative to the working directory
	// or absolute, into one relative to the baseline's directory.
	rel := func(p string) string {
		p = filepath.FromSlash(p)
		if !filepath.IsAbs(p) {
			p = filepath.Join(wd, p)
		}
		if q, err := filepath.Rel(base, p); err == nil {
			p = q
		}
		return filepath.ToSlash(p)
	}
	run := &auditRun{pos: make(map[findingAt]audit.Pos), packages: r.Packages}
	for _, f := range r.Findings {
		bf := baseline.Finding{File: rel(f.Pos.File), Line: f.Pos.Line, Column: f.Pos.Column, Func: f.Func, Category: f.Category, Message: f.Message}
		for _, c := range f.Cites {
			bf.Cites = append(bf.Cites, baseline.Cite{File: c.File, Line: c.Line})
		}
		run.findings = append(run.findings, bf)
		run.pos[where(bf)] = f.Pos
	}
	dirs := make(map[string]bool)
	for _, d := range r.Dirs {
		dirs[rel(d)] = true
	}
	// An entry is in scope if its package was audited, or if its file is
	// gone or outside every module a run from here can check: a deleted
	// package's entries can never match again, nor can those of a file
	// elsewhere.
	roots := catalog.ModuleRoots(wd)
	run.scope = func(file string) bool {
		if dirs[path.Dir(file)] {
			return true
		}
		name := filepath.FromSlash(file)
		if !filepath.IsAbs(name) {
			name = filepath.Join(base, name)
		}
		if !slices.ContainsFunc(roots, func(root string) bool { return within(root, name) }) {
			return true
		}
		_, err := os.Stat(name)
		return errors.Is(err, fs.ErrNotExist)
	}
	return run, nil
}

// within reports whether the file name is in the directory tree at root.
func within(root, name string) bool {
	rel, err := filepath.Rel(root, name)
	return err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator)) && !filepath.IsAbs(rel)
}

// inFunc says where a finding is: in a function, or at package level.
func inFunc(fn string) string {
	if fn == "" {
		return "at package level"
	}
	return "in " + fn
}

// gone says how many of a stale entry's findings are gone.
func gone(e baseline.Entry) string {
	switch {
	case e.Count == 1:
		return "the finding is gone"
	case e.Missing == e.Count:
		return fmt.Sprintf("its %d findings are gone", e.Count)
	case e.Missing == 1:
		return fmt.Sprintf("1 of its %d findings is gone", e.Count)
	}
	return fmt.Sprintf("%d of its %d findings are gone", e.Missing, e.Count)
}

// outFlag is the -o flag that names file to "errcodes baseline write",
// "" for the default.
func outFlag(file string) string {
	if file == defaultBaseline {
		return ""
	}
	return " -o " + file
}

func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}
