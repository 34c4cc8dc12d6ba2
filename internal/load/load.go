// Package load holds what errcodes' drivers (errcodes standalone,
// errcodes audit, errcodes lsp) share in loading packages: the main
// module's packages from source, the rest of the program from export
// data, and the import graph cut down to what the analyzer's facts can
// flow along.
package load

import (
	"path/filepath"
	"sort"
	"strings"
	"sync/atomic"

	"golang.org/x/tools/go/packages"
)

// listMode lists the import graph and each package's module: it parses
// no file and type-checks nothing, and asks go list for no export data.
const listMode = packages.NeedName | packages.NeedImports | packages.NeedDeps | packages.NeedModule

// Program loads the packages patterns name, and the packages of the main
// modules they import, from source; every other package of the program is
// type-checked from export data. cfg gives the directory, environment,
// build flags, Tests and Context; its Mode is ignored: the load uses Mode.
//
// It returns the packages the patterns name, in the order go/packages
// gives them (the roots, to analyse and report on), and the packages to
// keep in the import graph (for Prune): every package loaded from source,
// that is the roots and the module packages they import (with, when Tests
// is set, those packages' test variants, which go/packages loads because
// they are named too, but which nothing imports), and every package
// that did not load or type-check, or imports one that did not. No
// analysis runs on those (checker.Analyze skips an ill-typed package);
// they are kept so that the packages that import them fail as they do
// when everything is loaded from source ("failed prerequisites").
//
// go/packages type-checks from source only the packages named, so Program
// must name the module's imported packages in the one load that does.
// Listing the import graph first tells them, but costs about a fifth of
// the load's time; loading first and again when the packages named import
// others of the module costs a whole load on some modules (./... leaves
// out testdata directories, and Open Policy Agent's ./... imports a
// package of one). So Program remembers the packages it loaded beyond the
// patterns (a hint, in errcodes' cache directory, keyed by the directory,
// the patterns and the build settings) and the next run with the same
// patterns names them in its one load, without listing; it checks the
// graph it gets against the hint, and lists after all when the hint was
// wrong. Only patterns that name directories are hinted.
func Program(cfg *packages.Config, patterns ...string) (roots, all []*packages.Package, err error) {
	h := hintFor(cfg, patterns)
	if extras, ok := h.read(); ok {
		roots, all, ok, err = loadHinted(cfg, patterns, extras)
		if err != nil {
			return nil, nil, err
		}
		if ok {
			h.write(extrasOf(roots, all))
			return roots, finish(all), nil
		}
	}
	roots, all, err = loadListed(cfg, patterns)
	if err != nil {
		return nil, nil, err
	}
	h.write(extrasOf(roots, all))
	return roots, finish(all), nil
}

// listings counts loadListed's listings, for the tests.
var listings atomic.Int32

// loadListed lists the import graph of the packages patterns name, then
// loads them and the main modules' packages they import from source.
func loadListed(cfg *packages.Config, patterns []string) (roots, all []*packages.Package, err error) {
	listings.Add(1)
	list := *cfg
	list.Mode = listMode
	listed, err := packages.Load(&list, patterns...)
	if err != nil {
		return nil, nil, err
	}
	index := make(map[string]int, len(listed))
	for i, p := range listed {
		index[p.ID] = i
	}
	extra := ModuleImports(listed)
	listed = nil // let the listing go before the load

	full := *cfg
	full.Mode = Mode
	all, err = packages.Load(&full, append(patterns[:len(patterns):len(patterns)], extra...)...)
	if err != nil {
		return nil, nil, err
	}
	for _, p := range all {
		if _, ok := index[p.ID]; ok {
			roots = append(roots, p)
		}
	}
	sort.SliceStable(roots, func(i, j int) bool { return index[roots[i].ID] < index[roots[j].ID] })
	return roots, all, nil
}

// loadHinted loads the packages patterns name and the extras a hint
// gives in one load, and tells the roots from the extras by their
// directories. It reports false, having loaded nothing or in vain, when
// the hint cannot be trusted: patterns might name one of its
// directories, an extra is gone or has moved, or a package loaded from
// source imports a package of a main module the load did not type-check
// from source.
func loadHinted(cfg *packages.Config, patterns []string, extras []extra) (roots, all []*packages.Package, ok bool, err error) {
	dir, err := filepath.Abs(cfg.Dir)
	if err != nil || !unnamed(dir, patterns, extras) {
		return nil, nil, false, nil
	}
	paths := patterns[:len(patterns):len(patterns)]
	dirOf := make(map[string]string, len(extras))
	extraDir := make(map[string]bool, len(extras))
	for _, e := range extras {
		paths = append(paths, e.Path)
		dirOf[e.Path] = e.Dir
		extraDir[e.Dir] = true
	}
	full := *cfg
	full.Mode = Mode
	all, err = packages.Load(&full, paths...)
	if err != nil {
		return nil, nil, false, err
	}
	found := 0
	for _, p := range all {
		if d, isExtra := dirOf[p.ID]; isExtra && p.Dir == d {
			found++
		}
	}
	if found != len(extras) || len(ModuleImports(all)) > 0 {
		return nil, nil, false, nil
	}
	for _, p := range all {
		// A package's test variants and test main have its directory
		// (or, for a test main, none and its path with .test).
		if !extraDir[p.Dir] && (p.Dir != "" || dirOf[strings.TrimSuffix(p.PkgPath, ".test")] == "") {
			roots = append(roots, p)
		}
	}
	return roots, all, true, nil
}

// extrasOf returns what a hint records of a load: the main modules'
// packages that roots import but do not name, with their directories;
// nil, which hint.write ignores, when one of them has no package of its
// own among all.
func extrasOf(roots, all []*packages.Package) []extra {
	dirs := make(map[string]string, len(all))
	for _, p := range all {
		if p.ID == p.PkgPath {
			dirs[p.PkgPath] = p.Dir
		}
	}
	extras := []extra{} // none is a hint too
	for _, path := range ModuleImports(roots) {
		if dirs[path] == "" {
			return nil
		}
		extras = append(extras, extra{path, dirs[path]})
	}
	return extras
}

// finish drops duplicate compile errors and appends to the packages
// loaded from source every package that did not load or type-check, or
// imports one that did not (see Program).
func finish(all []*packages.Package) []*packages.Package {
	fromSource := make(map[*packages.Package]bool, len(all))
	for _, p := range all {
		fromSource[p] = true
	}
	packages.Visit(all, nil, func(p *packages.Package) {
		dropCompileErrors(p)
		if p.IllTyped && !fromSource[p] {
			all = append(all, p)
		}
	})
	return all
}

// dropCompileErrors drops the error go list -export reports for a
// package that does not compile (the compiler's output, under a "# ID"
// line) when go/packages, which parsed or type-checked the package from
// source, reports the same errors itself. singlechecker, which loads
// everything from source, prints them once.
func dropCompileErrors(p *packages.Package) {
	own := false
	for _, e := range p.Errors {
		own = own || e.Kind == packages.ParseError || e.Kind == packages.TypeError
	}
	if !own {
		return
	}
	header := "# " + p.ID + "\n"
	kept := p.Errors[:0]
	for _, e := range p.Errors {
		if e.Kind != packages.ListError || !strings.HasPrefix(e.Msg, header) {
			kept = append(kept, e)
		}
	}
	p.Errors = kept
}

// Mode loads the packages named from source and their other imports from
// export data: enough for checker.Analyze on the packages named.
const Mode = packages.NeedName | packages.NeedFiles | packages.NeedCompiledGoFiles | packages.NeedImports |
	packages.NeedModule | packages.NeedTypes | packages.NeedTypesSizes | packages.NeedSyntax | packages.NeedTypesInfo

// ModuleImports returns the import paths of the main modules' packages
// that pkgs import, directly or not, but that are not among pkgs: they
// may define wrappers, so a driver loads them from source too.
func ModuleImports(pkgs []*packages.Package) []string {
	named := make(map[string]bool, len(pkgs))
	for _, p := range pkgs {
		named[p.PkgPath] = true
	}
	var extra []string
	seen := make(map[string]bool)
	packages.Visit(pkgs, func(p *packages.Package) bool {
		if seen[p.PkgPath] {
			return false
		}
		seen[p.PkgPath] = true
		if p.Module != nil && p.Module.Main && !named[p.PkgPath] {
			extra = append(extra, p.PkgPath)
		}
		return true
	}, nil)
	sort.Strings(extra)
	return extra
}

// Prune keeps in each package's Imports only the packages of pkgs.
// checker.Analyze runs an analyzer with facts on every import it is
// given; those loaded from export data have no syntax to run it on, and
// no facts to give, since wrappers and summaries are inferred from source.
func Prune(pkgs []*packages.Package) {
	loaded := make(map[*packages.Package]bool, len(pkgs))
	for _, p := range pkgs {
		loaded[p] = true
	}
	for _, p := range pkgs {
		imports := make(map[string]*packages.Package)
		for path, imp := range p.Imports {
			if loaded[imp] {
				imports[path] = imp
			}
		}
		p.Imports = imports
	}
}
