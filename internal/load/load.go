// Package load holds what errcodes' whole-program drivers (errcodes
// audit, errcodes lsp) share in loading packages: the main module's
// packages from source, the rest of the program from export data, and
// the import graph cut down to what the analyzer's facts can flow along.
package load

import (
	"sort"

	"golang.org/x/tools/go/packages"
)

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
