package audit

import (
	"errors"
	"fmt"
	"go/ast"
	"go/token"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/errcodes/errcodes/analyzer"
	"github.com/errcodes/errcodes/catalog"
	"github.com/errcodes/errcodes/internal/load"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"
)

// Options configure an audit.
type Options struct {
	Dir      string   // the directory to run in and report paths relative to; "" for the working directory
	Patterns []string // package patterns; none for ./...
	Config   string   // the errcodes.yaml to use; "" for the nearest above Dir
	Tests    bool     // also load test files (they are never checked)

	// Progress, when set, receives a line now and then while the audit
	// runs, for a progress indicator.
	Progress func(msg string)
}

// Run audits the packages opts names and returns the report. It loads the
// main module's packages from source, once, and the rest of the program
// from export data: only the module's code can return its codes.
func Run(opts Options) (*Report, error) {
	dir := opts.Dir
	if dir == "" {
		wd, err := os.Getwd()
		if err != nil {
			return nil, err
		}
		dir = wd
	}
	dir, err := filepath.Abs(dir)
	if err != nil {
		return nil, err
	}
	// A config named, or the one nearest the working directory, is
	// checked before anything is loaded; the one that governs the
	// packages is known once they are listed.
	var cfg *catalog.Config
	var cat *catalog.Catalog
	if opts.Config != "" {
		if cfg, cat, err = loadConfig(dir, opts.Config); err != nil {
			return nil, err
		}
	} else if near := catalog.FindConfig(dir); near != "" {
		if _, err := catalog.LoadConfig(near); err != nil {
			return nil, err
		}
	}
	progress := opts.Progress
	if progress == nil {
		progress = func(string) {}
	}

	progress("loading packages")
	pkgs, named, err := loadPackages(dir, opts.Patterns, opts.Tests)
	if err != nil {
		return nil, err
	}
	if cfg == nil {
		path, err := governingConfig(dir, pkgs, named)
		if err != nil {
			return nil, err
		}
		if cfg, cat, err = loadConfig(dir, path); err != nil {
			return nil, err
		}
	}

	if errs := load.MissingEmitters(cfg, pkgs); len(errs) > 0 {
		return nil, errs
	}
	// Which emitters match nothing is read from the type-checked syntax
	// alone: it runs alongside the analysis.
	unusedc := make(chan catalog.ErrorList, 1)
	go func() { unusedc <- load.UnusedEmitters(cfg, pkgs) }()

	a := analyzer.New(analyzer.Options{Config: cfg, Collect: true})
	run := a.Run
	var done atomic.Int64
	total := len(pkgs)
	a.Run = func(pass *analysis.Pass) (any, error) {
		res, err := run(pass)
		progress(fmt.Sprintf("analysed %d/%d packages", done.Add(1), total))
		return res, err
	}
	graph, err := checker.Analyze([]*analysis.Analyzer{a}, pkgs, nil)
	unused := <-unusedc
	if err != nil {
		return nil, err
	}

	b := newBuilder(dir, cfg, cat)
	b.r.dir, b.r.srcRoot = dir, moduleRoot(dir)
	for _, w := range unused {
		b.r.Warnings = append(b.r.Warnings, w.Error())
	}
	var errs []string
	for _, act := range graph.Roots {
		if act.Err != nil {
			var el catalog.ErrorList
			if errors.As(act.Err, &el) {
				return nil, act.Err // a broken config: the same for every package
			}
			errs = append(errs, fmt.Sprintf("%s: %v", act.Package.PkgPath, act.Err))
			continue
		}
		if named[act.Package.ID] {
			b.addPackage(act.Package, act.Result.(*analyzer.Result), act.Diagnostics)
		}
	}
	if len(errs) > 0 {
		sort.Strings(errs)
		return nil, errors.New(strings.Join(errs, "\n"))
	}
	return b.finish(), nil
}

// moduleRoot returns the directory of the go.mod nearest above dir, or
// dir when there is none.
func moduleRoot(dir string) string {
	for d := dir; ; d = filepath.Dir(d) {
		if fi, err := os.Stat(filepath.Join(d, "go.mod")); err == nil && fi.Mode().IsRegular() {
			return d
		}
		if filepath.Dir(d) == d {
			return dir
		}
	}
}

// governingConfig returns the errcodes.yaml that governs the named
// packages, the nearest above each one's directory, as errcodes ./... and
// go vet find it; "" if none has one. An audit has one catalog: packages
// under several configs (or some under one and some under none) are an
// error that names them.
func governingConfig(dir string, pkgs []*packages.Package, named map[string]bool) (string, error) {
	under := make(map[string][]string) // config path → package paths
	seen := make(map[string]bool)
	packages.Visit(pkgs, nil, func(p *packages.Package) {
		if !named[p.ID] || len(p.GoFiles) == 0 || seen[p.PkgPath] {
			return
		}
		seen[p.PkgPath] = true
		c := catalog.FindConfig(filepath.Dir(p.GoFiles[0]))
		under[c] = append(under[c], p.PkgPath)
	})
	if len(under) <= 1 {
		for c := range under {
			return c, nil
		}
		return "", nil
	}
	var lines []string
	for c, ps := range under {
		sort.Strings(ps)
		name := "no " + catalog.ConfigName
		if c != "" {
			name = c
			if r, err := filepath.Rel(dir, c); err == nil {
				name = r
			}
		}
		example := ps[0]
		if len(ps) > 1 {
			example += fmt.Sprintf(" and %d more", len(ps)-1)
		}
		lines = append(lines, fmt.Sprintf("\t%s: %s", name, example))
	}
	sort.Strings(lines)
	return "", fmt.Errorf("the packages fall under several configs, and one run has one catalog; name the packages of one (errcodes audit ./service/...), or pass -config:\n%s", strings.Join(lines, "\n"))
}

// loadConfig returns the config to audit with: the one at path, or, for a
// codebase that has none yet (path ""), one with every preset and no
// catalog.
func loadConfig(dir, path string) (*catalog.Config, *catalog.Catalog, error) {
	if path != "" && !filepath.IsAbs(path) {
		path = filepath.Join(dir, path)
	}
	var cfg *catalog.Config
	var err error
	if path == "" {
		cfg, err = catalog.ParseConfig(filepath.Join(dir, catalog.ConfigName), []byte("version: 1\n"))
		cfg.File = ""
	} else {
		cfg, err = catalog.LoadConfig(path)
	}
	if err != nil {
		return nil, nil, err
	}
	cat, err := cfg.LoadCatalog()
	if err != nil {
		return nil, nil, err
	}
	return cfg, cat, nil
}

// loadPackages loads the packages patterns match, and the packages of the main
// modules they import, from source. Everything else is type-checked from
// export data and not analysed: no fact can come from it, since wrappers
// and summaries are inferred from source. It returns the packages and
// the IDs of those the patterns named, which alone are reported.
func loadPackages(dir string, patterns []string, tests bool) ([]*packages.Package, map[string]bool, error) {
	if len(patterns) == 0 {
		patterns = []string{"./..."}
	}
	// The packages of the main module the ones named import may define
	// wrappers: load.Program loads them from source too, for their facts.
	roots, pkgs, err := load.Program(&packages.Config{Dir: dir, Tests: tests}, patterns...)
	if err != nil {
		return nil, nil, err
	}
	named := make(map[string]bool, len(roots))
	for _, p := range roots {
		named[p.ID] = true
	}
	var msgs []string
	packages.Visit(pkgs, nil, func(p *packages.Package) {
		for _, e := range p.Errors {
			msgs = append(msgs, e.Error())
		}
	})
	if len(msgs) > 0 {
		if len(msgs) > 10 {
			msgs = append(msgs[:10], fmt.Sprintf("and %d more errors", len(msgs)-10))
		}
		return nil, nil, fmt.Errorf("packages have errors; fix them or audit others:\n%s", strings.Join(msgs, "\n"))
	}
	if len(pkgs) == 0 {
		return nil, nil, fmt.Errorf("no packages match %s", strings.Join(patterns, " "))
	}
	load.Prune(pkgs)
	return pkgs, named, nil
}

// funcAt returns the name of the function declaration of file f that
// encloses pos, or "".
func funcAt(pkg *packages.Package, pos token.Pos) string {
	for _, f := range pkg.Syntax {
		if pos < f.FileStart || pos > f.FileEnd {
			continue
		}
		for _, d := range f.Decls {
			fd, ok := d.(*ast.FuncDecl)
			if !ok {
				continue
			}
			start := fd.Pos()
			if fd.Doc != nil {
				start = fd.Doc.Pos() // a finding on an //errcodes: directive
			}
			if pos < start || pos > fd.End() {
				continue
			}
			name := fd.Name.Name
			if fd.Recv != nil && len(fd.Recv.List) == 1 {
				if recv := recvName(fd.Recv.List[0].Type); recv != "" {
					name = recv + "." + name
				}
			}
			return pkg.Name + "." + name
		}
	}
	return ""
}

// recvName returns the type name of a receiver: T for T, *T, T[P].
func recvName(e ast.Expr) string {
	for {
		switch x := e.(type) {
		case *ast.StarExpr:
			e = x.X
		case *ast.IndexExpr:
			e = x.X
		case *ast.IndexListExpr:
			e = x.X
		case *ast.ParenExpr:
			e = x.X
		case *ast.Ident:
			return x.Name
		default:
			return ""
		}
	}
}

// ProgressOn returns a progress function that writes to w, a terminal,
// overwriting its line, once the audit has run for more than a couple of
// seconds; and a function that clears the line at the end.
func ProgressOn(w io.Writer) (progress func(string), done func()) {
	start := time.Now()
	var mu sync.Mutex
	var last time.Time
	shown := false
	progress = func(msg string) {
		mu.Lock()
		defer mu.Unlock()
		now := time.Now()
		if now.Sub(start) < 2*time.Second || now.Sub(last) < 100*time.Millisecond {
			return
		}
		last = now
		shown = true
		fmt.Fprintf(w, "\r\x1b[Kerrcodes audit: %s (%.0fs)", msg, now.Sub(start).Seconds())
	}
	done = func() {
		mu.Lock()
		defer mu.Unlock()
		if shown {
			fmt.Fprint(w, "\r\x1b[K")
		}
	}
	return progress, done
}
