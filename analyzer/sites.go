package analyzer

import (
	"go/ast"
	"go/token"
	"go/types"
	"strings"
)

// Sites are found by one walk of the checked files, after the directives
// are read, the wrappers inferred and the routes found. The walk records
// on each site its file and the function it is in, so that the checks
// that run after it read what they need from the site itself.

// An enclosing is the function declaration a site is in, as the checks
// and the result read it. Sites at package level have a zero one.
type enclosing struct {
	fn       *types.Func
	endpoint string // the catalog endpoint fn serves, if any

	// With Options.Collect, for the result's sites.
	name      string // pkg.F or pkg.T.M
	inWrapper bool   // fn is an emitter or a wrapper
}

// checkedFiles returns the package's files that are checked: not its
// tests, which build deliberately wrong errors to test error paths; the
// API's documentation is about what handlers return.
func (c *checker) checkedFiles() []*ast.File {
	var files []*ast.File
	for _, f := range c.pass.Files {
		if !strings.HasSuffix(c.pass.Fset.File(f.FileStart).Name(), "_test.go") {
			files = append(files, f)
		}
	}
	return files
}

// findSites returns the sites of the checked files, in the order of the
// source, and records each function declaration for its summary.
func (c *checker) findSites() []*site {
	c.funcs = make(map[*types.Func]*funcInfo)
	var sites []*site
	for _, f := range c.checkedFiles() {
		sites = append(sites, c.fileSites(f)...)
	}
	return sites
}

// fileSites returns the sites of file f: those of each declaration in
// turn, and in a function those that presets find from several of its
// statements last.
func (c *checker) fileSites(f *ast.File) []*site {
	marks := c.dirs[c.pass.Fset.File(f.FileStart).Name()].marks
	var sites []*site
	for _, decl := range f.Decls {
		fd, ok := decl.(*ast.FuncDecl)
		if !ok {
			sites = append(sites, c.declSites(decl, f, &enclosing{})...)
			continue
		}
		in := c.enclosingOf(fd, marks[fd])
		fsites := c.declSites(fd, f, in)
		if fd.Body != nil {
			for _, s := range c.presetFuncSites(fd.Body) {
				s.file, s.in = f, in
				fsites = append(fsites, s)
			}
		}
		c.recordFunc(fd, in, fsites, marks[fd])
		sites = append(sites, fsites...)
	}
	return sites
}

// declSites returns the sites in decl, a declaration of file f in the
// function in.
func (c *checker) declSites(decl ast.Decl, f *ast.File, in *enclosing) []*site {
	var sites []*site
	ast.Inspect(decl, func(n ast.Node) bool {
		if s := c.visit(n); s != nil {
			s.file, s.in = f, in
			sites = append(sites, s)
		}
		for _, s := range c.useSites(n, in) {
			s.file, s.in = f, in
			sites = append(sites, s)
		}
		return true
	})
	return sites
}

// enclosingOf returns what the sites of fd, marked with marks, read of
// it: the endpoint of the first mark, if the catalog has it, else that
// of a route fd is registered for.
func (c *checker) enclosingOf(fd *ast.FuncDecl, marks []*directive) *enclosing {
	in := &enclosing{}
	if fn, ok := c.pass.TypesInfo.Defs[fd.Name].(*types.Func); ok {
		in.fn = fn
		in.endpoint = c.routes[fn]
		if c.result != nil {
			in.name = calleeName(nil, fn) // pkg.F or pkg.T.M
			in.inWrapper = c.wrappers[fn] != nil || c.match.configCallable(fn) != nil
		}
	}
	if name, ok := c.markedEndpoint(marks); ok {
		in.endpoint = name
	}
	return in
}

// visit returns the site of n, if it is one.
func (c *checker) visit(n ast.Node) *site {
	var s *site
	switch n := n.(type) {
	case *ast.CallExpr:
		s = callSite(c.pass.TypesInfo, n, c.lookup)
	case *ast.CompositeLit:
		s = c.match.litSite(c.pass.TypesInfo, n)
	case *ast.AssignStmt:
		s = c.fieldAssignSite(n)
	}
	if s == nil {
		s = c.presetSite(n)
	}
	return s
}

// fileOf returns the file of the package that holds p, or nil.
func (c *checker) fileOf(p token.Pos) *ast.File {
	for _, f := range c.pass.Files {
		if f.FileStart <= p && p <= f.FileEnd {
			return f
		}
	}
	return nil
}
