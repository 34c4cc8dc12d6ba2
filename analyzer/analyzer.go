package analyzer

import (
	_ "embed"
	"errors"
	"go/ast"
	"go/token"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync"

	"github.com/errcodes/errcodes/catalog"
	"github.com/errcodes/errcodes/internal/cachedir"
	"golang.org/x/tools/go/analysis"
)

//go:embed doc.go
var doc string

// Name is the analyzer's name.
const Name = "errcodes"

// FlagConfig is the name of the flag that sets the config file, overriding
// the errcodes.yaml found by walking up from each package's directory.
const FlagConfig = "config"

// The diagnostic categories: the Names of Categories, which describes
// each. doc/checks.md documents each under an anchor of its name (URL).
const (
	CategoryUndocumented        = "undocumented"
	CategoryStatus              = "status"
	CategoryPlaceholder         = "placeholder"
	CategoryEndpointPlaceholder = "endpoint-placeholder"
	CategoryDirective           = "directive"
	CategoryEndpoint            = "endpoint"
	CategoryDeprecated          = "deprecated"
	CategoryFields              = "fields"
	CategoryReason              = "reason"
	CategoryRetryable           = "retryable"
	CategoryMessage             = "message"
)

// Analyzer checks the packages it is run on against the errcodes.yaml
// found by walking up from each package's directory (or the -config flag).
var Analyzer = New(Options{})

// Options configure an Analyzer made by New.
type Options struct {
	// Config, when set, is the config for every package: no errcodes.yaml
	// is searched for and the analyzer has no -config flag. Programs that
	// embed their catalog build it with catalog.ParseConfig.
	Config *catalog.Config

	// Collect makes the Analyzer return a *Result for each package it
	// checks, for reports over the whole program.
	Collect bool
}

// New returns a new errcodes Analyzer. Each Analyzer has its own flags
// and its own cache of loaded configs; no package state is shared.
func New(opts Options) *analysis.Analyzer {
	r := &runner{opts: opts, configs: make(map[string]*loaded)}
	a := &analysis.Analyzer{
		Name: Name,
		Doc:  analysisDoc(),
		URL:  URL("readme"), // against which drivers resolve "#"+Category
		Run:  r.run,
		// Wrappers are inferred in the package that defines them and
		// used in every package that imports it.
		FactTypes: []analysis.Fact{new(emitterFact), new(wrapsFact), new(globalFact), new(summaryFact), new(adapterFact), new(carrierFact), new(enumFact), new(swapsFact)},
	}
	if opts.Collect {
		a.ResultType = resultType
	}
	if opts.Config == nil {
		a.Flags.Var((*configFlag)(&r.configPath), FlagConfig, "path of the errcodes.yaml to use for every package (default: the nearest one above each package)")
	}
	return a
}

// NewFS returns an Analyzer whose config is the file name of fsys, and
// whose catalog files are read from fsys too: the way to embed a catalog
// with go:embed in an analyzer of your own, for drivers that give
// analyzers no file access (Bazel's nogo) or bake their flags in:
//
//	//go:embed errcodes.yaml docs/errors.md
//	var files embed.FS
//
//	var Analyzer = analyzer.NewFS(files, "errcodes.yaml")
//
// The Analyzer reads no file, working directory or module of its own.
// A config that does not load makes every run fail with its errors, each
// with its file and line.
func NewFS(fsys fs.FS, name string) *analysis.Analyzer {
	cfg, err := catalog.LoadConfigFS(fsys, name)
	if err != nil {
		a := New(Options{Config: &catalog.Config{}})
		a.Run = func(*analysis.Pass) (any, error) { return nil, err }
		return a
	}
	return New(Options{Config: cfg})
}

// analysisDoc returns the "# Analyzer errcodes" section of the package
// documentation in doc.go, without comment markers, the way x/tools
// analyzers keep one text for godoc and for Analyzer.Doc.
func analysisDoc() string {
	var lines []string
	in := false
	for _, line := range strings.Split(doc, "\n") {
		if !strings.HasPrefix(line, "//") {
			if in {
				break
			}
			continue
		}
		line = strings.TrimPrefix(strings.TrimPrefix(line, "//"), " ")
		if strings.HasPrefix(line, "# ") {
			if in {
				break
			}
			in = line == "# Analyzer "+Name
			continue
		}
		if in {
			lines = append(lines, line)
		}
	}
	return strings.TrimSpace(strings.Join(lines, "\n"))
}

// configFlag is the -config flag: a path, which may not be empty. An empty
// -config= (an unset variable in a CI script, say) would otherwise mean
// "the nearest errcodes.yaml", and with none, check nothing and pass.
type configFlag string

func (f *configFlag) String() string { return string(*f) }

// ErrEmptyConfig is the error of an empty -config flag.
var ErrEmptyConfig = errors.New("empty path; name an errcodes.yaml, or leave -config out to use the nearest one above each package")

func (f *configFlag) Set(s string) error {
	if s == "" {
		return ErrEmptyConfig
	}
	*f = configFlag(s)
	return nil
}

// A runner holds an Analyzer's flags and the configs it has loaded. In
// standalone mode one process analyses many packages, concurrently, that
// mostly share one config; under go vet each process sees one package.
type runner struct {
	opts       Options
	configPath string

	mu      sync.Mutex
	configs map[string]*loaded // by config path
}

// loaded is a config with what is derived from it, computed once.
type loaded struct {
	once  sync.Once
	cfg   *catalog.Config
	err   error
	match *matcher

	catOnce  sync.Once
	cat      *catalog.Catalog
	catErr   error
	catFiles *catalogFiles
}

// catalog loads the catalog files on first use: a package that cannot
// reach an emitter never pays for them.
func (l *loaded) catalog() (*catalog.Catalog, error) {
	l.catOnce.Do(func() { l.cat, l.catErr = l.cfg.LoadCatalogCached(cacheDir()) })
	return l.cat, l.catErr
}

// cacheDir returns where parsed catalogs are cached across processes
// (see cachedir.Dir).
func cacheDir() string { return cachedir.Dir() }

// config returns the config for pass's package, or nil if it has none.
func (r *runner) config(pass *analysis.Pass) *loaded {
	path := ""
	switch {
	case r.opts.Config != nil:
		path = "\x00embedded"
	case r.configPath != "":
		path = r.configPath
		if abs, err := filepath.Abs(path); err == nil {
			path = abs
		}
	default:
		path = findConfig(pass)
		if path == "" {
			return nil
		}
	}
	r.mu.Lock()
	l := r.configs[path]
	if l == nil {
		l = &loaded{}
		r.configs[path] = l
	}
	r.mu.Unlock()
	l.once.Do(func() {
		if r.opts.Config != nil {
			l.cfg = r.opts.Config
		} else {
			l.cfg, l.err = catalog.LoadConfig(path)
		}
		if l.err == nil {
			l.match = newMatcher(l.cfg)
			l.catFiles = &catalogFiles{readFile: l.cfg.ReadFile}
		}
	})
	return l
}

// findConfig returns the errcodes.yaml nearest to the package's source
// files. It looks at the files' own directories, never the working
// directory, which under go vet is each package's and elsewhere is not.
func findConfig(pass *analysis.Pass) string {
	seen := make(map[string]bool)
	for _, f := range pass.Files {
		// The file's name as its //line directives give it: a file cgo
		// generated in the build cache names the source it came from.
		name := pass.Fset.Position(f.Package).Filename
		if name == "" {
			continue
		}
		dir := filepath.Dir(name)
		if seen[dir] || !filepath.IsAbs(dir) {
			continue
		}
		seen[dir] = true
		if p := catalog.FindConfig(dir); p != "" {
			return p
		}
	}
	return ""
}

func (r *runner) run(pass *analysis.Pass) (any, error) {
	res, err := r.check(pass)
	if r.opts.Collect {
		return res, err
	}
	return nil, err
}

// check checks pass's package and returns what it found, when the
// Analyzer collects it.
func (r *runner) check(pass *analysis.Pass) (*Result, error) {
	l := r.config(pass)
	if l == nil {
		return nil, nil // no errcodes.yaml governs this package
	}
	if l.err != nil {
		return nil, l.err
	}
	if !l.match.live(pass) {
		// Nothing here can write a code, but handlers elsewhere may
		// return the codes its package-level variables hold.
		if ownCode(pass) {
			c := &checker{pass: pass, match: l.match, globalsOnly: true}
			if hasInitialisedVars(pass) {
				c.exportGlobalFacts(false) // nothing here can make a code-carrying value
			}
			c.exportEnumFacts()
			c.exportSwaps()
		}
		return nil, nil
	}
	traceChecked(pass.Pkg.Path())
	if err := l.match.validate(pass.Pkg); err != nil {
		return nil, err
	}
	cat, err := l.catalog()
	if err != nil {
		return nil, err
	}
	c := &checker{pass: pass, cat: cat, match: l.match, configDir: filepath.Dir(l.cfg.File), catFiles: l.catFiles}
	if r.opts.Collect {
		c.result = new(Result)
	}
	if err := c.run(); err != nil {
		return nil, err
	}
	return c.result, nil
}

// live reports whether pass's package can produce a response that
// carries a code: it is, or imports directly, a package that defines an
// emitter, a framework an enabled preset reads, or a package that defines
// a wrapper (a fact). Every other package returns before any work: under
// go vet that is nearly every unit, dependencies included. The standard
// library and the packages of other modules are never checked: they are
// not the code a catalog documents, and the standalone and whole-program
// drivers load them from export data, where they have no syntax to check.
func (m *matcher) live(pass *analysis.Pass) bool {
	if len(m.pkgs) == 0 || !ownCode(pass) {
		return false
	}
	pkg := pass.Pkg
	if m.pkgs[pkg.Path()] {
		return true
	}
	for _, imp := range pkg.Imports() {
		if m.pkgs[imp.Path()] || pass.ImportPackageFact(imp, new(wrapsFact)) {
			return true
		}
	}
	return false
}

// traceChecked appends path to the file $ERRCODES_TRACE, if set: a record
// of the packages that passed the fast path, one line each, for tests
// and for users who want to know what a go vet run looked at. Each line
// is one small append, whole even when processes write at once.
func traceChecked(path string) {
	name := os.Getenv("ERRCODES_TRACE")
	if name == "" {
		return
	}
	if f, err := os.OpenFile(name, os.O_WRONLY|os.O_APPEND|os.O_CREATE, 0o644); err == nil {
		f.WriteString(path + "\n")
		f.Close()
	}
}

// hasInitialisedVars reports whether the package declares an exported
// package-level variable with an initialiser, of a type that can hold a
// code (eligibleType; not the many error values such as
// errors.New's): a cheap test, from syntax and types,
// before the SSA form that exportGlobalFacts reads the values from. A
// package compiled with its tests (p [p.test]) has none to export: only
// its external tests import it, and they are not checked, while other
// packages import p itself, whose facts are its own.
func hasInitialisedVars(pass *analysis.Pass) bool {
	for _, f := range pass.Files {
		if strings.HasSuffix(pass.Fset.File(f.FileStart).Name(), "_test.go") {
			return false
		}
	}
	for _, f := range pass.Files {
		for _, decl := range f.Decls {
			gd, ok := decl.(*ast.GenDecl)
			if !ok || gd.Tok != token.VAR {
				continue
			}
			for _, spec := range gd.Specs {
				vs := spec.(*ast.ValueSpec)
				if len(vs.Values) == 0 {
					continue
				}
				for _, name := range vs.Names {
					if obj := pass.TypesInfo.Defs[name]; obj != nil && name.IsExported() && eligibleType(obj.Type()) {
						return true
					}
				}
			}
		}
	}
	return false
}

// ownCode reports whether pass's package belongs to the code being
// checked: not the standard library (no module, and no dot in its first
// path element) nor a module required at a version.
func ownCode(pass *analysis.Pass) bool {
	if mod := pass.Module; mod != nil {
		return mod.Version == ""
	}
	first, _, _ := strings.Cut(pass.Pkg.Path(), "/")
	return strings.Contains(first, ".")
}
