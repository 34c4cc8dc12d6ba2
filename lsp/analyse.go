package lsp

import (
	"context"
	"errors"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"runtime/debug"
	"sort"
	"strings"
	"sync"

	"github.com/errcodes/errcodes/analyzer"
	"github.com/errcodes/errcodes/catalog"
	"github.com/errcodes/errcodes/internal/load"
	"go.lsp.dev/protocol"
	"go.lsp.dev/uri"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"
)

// A report is what one analysis found.
type report struct {
	dirs      []string                         // the package directories asked for
	files     map[string][]finding             // every file of the analysed packages: its findings
	config    map[string][]protocol.Diagnostic // broken config and catalog files: their problems
	configMsg string                           // those problems, to show the user
	logs      []string                         // other failures, for the client's log
}

// analyse analyses the packages in dirs, each with the packages of its
// module it imports, loaded from the module root (or the workspace root
// for a directory in no module).
func analyse(ctx context.Context, root string, dirs []string) *report {
	rep := &report{dirs: dirs, files: make(map[string][]finding), config: make(map[string][]protocol.Diagnostic)}
	groups := make(map[string][]string)
	for _, d := range dirs {
		ld := loadDir(root, d)
		groups[ld] = append(groups[ld], d)
	}
	loadDirs := make([]string, 0, len(groups))
	for ld := range groups {
		loadDirs = append(loadDirs, ld)
	}
	sort.Strings(loadDirs)
	a := &job{rep: rep, src: &sources{data: make(map[string][]byte)}, configErrs: make(map[string]bool)}
	for _, ld := range loadDirs {
		if ctx.Err() != nil {
			break
		}
		if err := a.module(ctx, ld, groups[ld]); err != nil {
			rep.logs = append(rep.logs, fmt.Sprintf("errcodes: %s: %v", ld, err))
		}
	}
	if n := len(a.errs); n > 0 {
		sort.SliceStable(a.errs, func(i, j int) bool {
			p, q := a.errs[i].Pos, a.errs[j].Pos
			if p.File != q.File {
				return p.File < q.File
			}
			if p.Line != q.Line {
				return p.Line < q.Line
			}
			return p.Col < q.Col
		})
		rep.configMsg = "errcodes: " + a.errs[0].Error()
		if n > 1 {
			rep.configMsg += fmt.Sprintf(" (and %d more errors)", n-1)
		}
		for _, e := range a.errs {
			if e.Pos.File == "" || !filepath.IsAbs(e.Pos.File) {
				continue
			}
			rep.config[e.Pos.File] = append(rep.config[e.Pos.File], a.configDiagnostic(e))
		}
	}
	return rep
}

// loadDir returns the directory to load the package in dir from: its
// module's root, or the workspace root that holds it, or dir itself.
func loadDir(root, dir string) string {
	if m := moduleRoot(dir); m != "" {
		return m
	}
	if root != "" {
		if rel, err := filepath.Rel(root, dir); err == nil && !strings.HasPrefix(rel, "..") {
			return root
		}
	}
	return dir
}

// moduleRoot returns the directory of the go.mod nearest above dir, or "".
func moduleRoot(dir string) string {
	for {
		if fi, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil && fi.Mode().IsRegular() {
			return dir
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return ""
		}
		dir = parent
	}
}

// A job is the state of one analysis across the modules it loads.
type job struct {
	rep        *report
	src        *sources
	errs       catalog.ErrorList
	configErrs map[string]bool // the errors in errs, by text
}

// module analyses the packages in pkgDirs, loaded from dir, and the
// packages of the main module they import: those are loaded from source
// too, for the wrappers and summaries they export as facts.
func (a *job) module(ctx context.Context, dir string, pkgDirs []string) (err error) {
	defer func() {
		// A bug in the analyzer is reported, not a crash of the server
		// the editor would have to restart.
		if r := recover(); r != nil {
			err = fmt.Errorf("internal error: %v\n%s", r, debug.Stack())
		}
	}()
	patterns := make([]string, len(pkgDirs))
	for i, d := range pkgDirs {
		rel, err := filepath.Rel(dir, d)
		if err != nil {
			return err
		}
		patterns[i] = "./" + filepath.ToSlash(rel)
	}
	sort.Strings(patterns)

	cfg := &packages.Config{
		Dir:     dir,
		Context: ctx,
		// Keep each file's text, as parsed, to turn byte columns into
		// the UTF-16 ones LSP counts in.
		ParseFile: func(fset *token.FileSet, filename string, src []byte) (*ast.File, error) {
			a.src.put(filename, src)
			return parser.ParseFile(fset, filename, src, parser.AllErrors|parser.ParseComments)
		},
	}
	roots, all, err := load.Program(cfg, patterns...)
	if err != nil {
		return err
	}
	packages.Visit(roots, nil, func(p *packages.Package) {
		for _, e := range p.Errors {
			a.rep.logs = append(a.rep.logs, "errcodes: "+e.Error())
		}
	})
	load.Prune(all)
	if ctx.Err() != nil {
		return ctx.Err()
	}

	// A new Analyzer for each analysis: one caches the configs it loads,
	// and the user may have edited them since.
	graph, err := checker.Analyze([]*analysis.Analyzer{analyzer.New(analyzer.Options{})}, roots, nil)
	if err != nil {
		return err
	}
	// A broken config fails the package that first reads it, which may
	// be a package the roots import, and the roots fail after it.
	for act := range graph.All() {
		var el catalog.ErrorList
		if errors.As(act.Err, &el) {
			a.configError(el)
		}
	}
	for _, act := range graph.Roots {
		pkg := act.Package
		for _, f := range pkg.CompiledGoFiles {
			if _, ok := a.rep.files[f]; !ok {
				a.rep.files[f] = nil
			}
		}
		if act.Err != nil {
			var el catalog.ErrorList
			switch {
			case errors.As(act.Err, &el): // recorded above
			case !pkg.IllTyped && !strings.HasPrefix(act.Err.Error(), "failed prerequisites"):
				// A package's own errors are logged above, and a failed
				// prerequisite is a root too, whose failure is reported.
				a.rep.logs = append(a.rep.logs, fmt.Sprintf("errcodes: %s: %v", pkg.PkgPath, act.Err))
			}
			continue
		}
		for _, d := range act.Diagnostics {
			a.add(pkg.Fset, d)
		}
	}
	return nil
}

// configError records the problems of a broken config, once: every
// package it governs reports the same.
func (a *job) configError(el catalog.ErrorList) {
	for _, e := range el {
		if k := e.Error(); !a.configErrs[k] {
			a.configErrs[k] = true
			a.errs = append(a.errs, e)
		}
	}
}

// configDiagnostic places a config problem on its line, from its column.
func (a *job) configDiagnostic(e *catalog.Error) protocol.Diagnostic {
	var rng protocol.Range
	if e.Pos.Line > 0 {
		col := max(e.Pos.Col, 1)
		rng.Start = a.src.position(e.Pos.File, e.Pos.Line, col)
		rng.End = a.src.lineEnd(e.Pos.File, e.Pos.Line)
	}
	return protocol.Diagnostic{
		Range:    rng,
		Severity: protocol.DiagnosticSeverityError,
		Source:   analyzer.Name,
		Message:  e.Msg,
	}
}

// add converts an analysis diagnostic and its fixes to LSP's terms.
func (a *job) add(fset *token.FileSet, d analysis.Diagnostic) {
	start := fset.PositionFor(d.Pos, false)
	if !start.IsValid() {
		return
	}
	end := start
	if d.End.IsValid() {
		end = fset.PositionFor(d.End, false)
	}
	diag := protocol.Diagnostic{
		Range:    protocol.Range{Start: a.src.position(start.Filename, start.Line, start.Column), End: a.src.position(end.Filename, end.Line, end.Column)},
		Severity: protocol.DiagnosticSeverityWarning,
		Source:   analyzer.Name,
		Message:  d.Message,
	}
	if d.Category != "" {
		diag.Code = d.Category
		diag.CodeDescription = &protocol.CodeDescription{Href: uri.URI(analyzer.URL(d.Category))}
	}
	diag.RelatedInformation = a.related(fset, d)
	f := finding{diag: diag}
	for _, sf := range d.SuggestedFixes {
		fx := fix{title: sf.Message, edits: make(map[string][]protocol.TextEdit)}
		for _, e := range sf.TextEdits {
			s := fset.PositionFor(e.Pos, false)
			t := s
			if e.End.IsValid() {
				t = fset.PositionFor(e.End, false)
			}
			fx.edits[s.Filename] = append(fx.edits[s.Filename], protocol.TextEdit{
				Range:   protocol.Range{Start: a.src.position(s.Filename, s.Line, s.Column), End: a.src.position(t.Filename, t.Line, t.Column)},
				NewText: string(e.NewText),
			})
		}
		f.fixes = append(f.fixes, fx)
	}
	a.rep.files[start.Filename] = append(a.rep.files[start.Filename], f)
}

// related returns the catalog entries a finding cites, its related
// information, as LSP's: the entry's whole line.
func (a *job) related(fset *token.FileSet, d analysis.Diagnostic) []protocol.DiagnosticRelatedInformation {
	var rel []protocol.DiagnosticRelatedInformation
	for _, r := range d.Related {
		p := fset.PositionFor(r.Pos, false)
		if !p.IsValid() {
			continue
		}
		rel = append(rel, protocol.DiagnosticRelatedInformation{
			Location: protocol.Location{
				URI:   uri.File(p.Filename),
				Range: protocol.Range{Start: protocol.Position{Line: uint32(p.Line - 1)}, End: a.src.lineEnd(p.Filename, p.Line)},
			},
			Message: r.Message,
		})
	}
	return rel
}

// A fix is a suggested fix: its title and its edits, by file.
type fix struct {
	title string
	edits map[string][]protocol.TextEdit
}

// sources holds the text of the files positions are converted in: the Go
// files as they were parsed, other files as read.
type sources struct {
	mu    sync.Mutex
	data  map[string][]byte
	lines map[string][]int // offsets of line starts
}

func (s *sources) put(file string, src []byte) {
	s.mu.Lock()
	s.data[file] = src
	s.mu.Unlock()
}

// text returns file's content and the offsets its lines start at.
func (s *sources) text(file string) ([]byte, []int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	data, ok := s.data[file]
	if !ok {
		data, _ = os.ReadFile(file)
		s.data[file] = data
	}
	if s.lines == nil {
		s.lines = make(map[string][]int)
	}
	starts, ok := s.lines[file]
	if !ok {
		starts = lineStarts(data)
		s.lines[file] = starts
	}
	return data, starts
}

// position converts a 1-based line and byte column of file to an LSP
// position: 0-based, counted in UTF-16 units.
func (s *sources) position(file string, line, col int) protocol.Position {
	data, starts := s.text(file)
	return utf16Position(data, starts, line, col)
}

// lineEnd returns the position of the end of a 1-based line of file.
func (s *sources) lineEnd(file string, line int) protocol.Position {
	data, starts := s.text(file)
	return utf16Position(data, starts, line, len(data)+1)
}
