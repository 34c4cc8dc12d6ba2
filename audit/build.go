package audit

import (
	"cmp"
	"fmt"
	"go/token"
	"path/filepath"
	"slices"
	"sort"
	"strings"

	"github.com/errcodes/errcodes/analyzer"
	"github.com/errcodes/errcodes/catalog"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/packages"
)

// A builder builds a Report from each package's results.
type builder struct {
	root string
	cat  *catalog.Catalog
	r    *Report

	codes    map[string]*CodeReport
	sites    map[string][]SiteRef // all sites of each code
	statuses map[string]map[int]bool
	verdicts map[string]map[string]bool // the categories reported at each code's sites
	presets  map[string]bool
}

func newBuilder(root string, cfg *catalog.Config, cat *catalog.Catalog) *builder {
	b := &builder{
		root:     root,
		cat:      cat,
		r:        &Report{Version: SchemaVersion, cfg: cfg},
		codes:    make(map[string]*CodeReport),
		sites:    make(map[string][]SiteRef),
		statuses: make(map[string]map[int]bool),
		verdicts: make(map[string]map[string]bool),
		presets:  make(map[string]bool),
	}
	if cfg.File != "" {
		b.r.Config = b.rel(cfg.File)
	}
	return b
}

// rel returns path relative to the root, with forward slashes, when it
// is under it.
func (b *builder) rel(path string) string {
	if r, err := filepath.Rel(b.root, path); err == nil && !strings.HasPrefix(r, "..") {
		path = r
	}
	return filepath.ToSlash(path)
}

func (b *builder) pos(p token.Position) Pos {
	return Pos{File: b.rel(p.Filename), Line: p.Line, Column: p.Column}
}

func (b *builder) catPos(p catalog.Pos) *Pos {
	if !p.IsValid() {
		return nil
	}
	return &Pos{File: b.rel(p.File), Line: p.Line, Column: p.Col}
}

// key returns the report's key for a code: the catalog's spelling when
// it documents the code (by code or alias), else the code itself.
func (b *builder) key(code string) string {
	if doc := b.cat.Lookup(code); doc != nil {
		return doc.Code
	}
	return code
}

func (b *builder) code(key string) *CodeReport {
	cr := b.codes[key]
	if cr == nil {
		cr = &CodeReport{Code: key}
		b.codes[key] = cr
	}
	return cr
}

func (b *builder) addPackage(pkg *packages.Package, res *analyzer.Result, diags []analysis.Diagnostic) {
	b.r.Packages++
	if b.r.Module == "" && pkg.Module != nil && pkg.Module.Main {
		b.r.Module = pkg.Module.Path
	}
	if len(pkg.GoFiles) > 0 {
		b.r.Dirs = append(b.r.Dirs, b.rel(filepath.Dir(pkg.GoFiles[0])))
	}
	fset := pkg.Fset
	for _, d := range diags {
		f := Finding{Pos: b.pos(fset.Position(d.Pos)), Category: d.Category, Message: d.Message, Func: funcAt(pkg, d.Pos)}
		if d.End.IsValid() {
			end := b.pos(fset.Position(d.End))
			f.End = &end
		}
		for _, r := range d.Related {
			if p := fset.Position(r.Pos); p.IsValid() {
				f.Cites = append(f.Cites, b.pos(p))
			}
		}
		b.r.Findings = append(b.r.Findings, f)
	}
	if res == nil {
		return
	}
	for _, s := range res.Sites {
		if s.InWrapper && len(s.Codes) == 0 {
			continue // its codes are found at the wrapper's calls
		}
		b.r.Coverage.Sites++
		if len(s.Codes) == 0 {
			b.r.Unresolved = append(b.r.Unresolved, SiteRef{Pos: b.pos(fset.Position(s.Pos)), Func: s.Func, Via: s.Via})
			continue
		}
		b.r.Coverage.ResolvedSites++
		if s.Preset != "" {
			b.presets[s.Preset] = true
		}
		ref := SiteRef{Pos: b.pos(fset.Position(s.Pos)), Func: s.Func, Via: s.Via}
		if len(s.Statuses) == 1 {
			ref.Status = s.Statuses[0]
		}
		for _, c := range s.Codes {
			if c.Text == catalog.Placeholder {
				continue
			}
			k := b.key(c.Text)
			cr := b.code(k)
			cr.Integer = !c.Quoted
			cr.Emitted++
			b.sites[k] = append(b.sites[k], ref)
			if b.statuses[k] == nil {
				b.statuses[k] = make(map[int]bool)
			}
			for _, st := range s.Statuses {
				b.statuses[k][st] = true
			}
			for _, v := range s.Verdicts {
				if v.Code == c.Text {
					if b.verdicts[k] == nil {
						b.verdicts[k] = make(map[string]bool)
					}
					b.verdicts[k][v.Category] = true
				}
			}
			for _, m := range s.Messages {
				// A site that may return several codes does not say
				// which message goes with which.
				if len(s.Codes) == 1 && m != catalog.Placeholder && !slices.Contains(cr.Messages, m) {
					cr.Messages = append(cr.Messages, m)
				}
			}
		}
	}
	for _, h := range res.Handlers {
		if h.Endpoint == "" && h.Route == "" && len(h.Codes) == 0 {
			continue // a function with a handler's signature that returns no code
		}
		p := b.pos(fset.Position(h.Pos))
		ep := &Endpoint{Endpoint: h.Endpoint, Route: h.Route, Handler: h.Func, Pos: &p}
		for _, cs := range h.Codes {
			ep.Returns = append(ep.Returns, CodeStatus{Code: b.key(cs.Code), Status: cs.Status})
		}
		b.r.Endpoints = append(b.r.Endpoints, ep)
	}
}

func (b *builder) finish() *Report {
	r := b.r
	// The catalog's side of each code.
	documentedFor := make(map[string][]string) // endpoint -> codes
	for _, doc := range b.cat.Codes {
		if doc.Code == catalog.Placeholder {
			continue
		}
		cr := b.code(doc.Code)
		cr.Documented = true
		cr.Doc = b.catPos(doc.Pos)
		cr.DocStatuses = append(cr.DocStatuses, doc.Statuses...)
		cr.DocMessages = append(cr.DocMessages, doc.Messages...)
		cr.DocEndpoints = append(cr.DocEndpoints, doc.Endpoints...)
		cr.Deprecated = doc.Deprecated
		for _, ep := range doc.Endpoints {
			documentedFor[ep] = append(documentedFor[ep], doc.Code)
		}
	}

	// Endpoints: each handler, then each catalog endpoint no handler
	// serves. A handler registered for a route in another package is
	// reported there, with its route: its entry as a function with a
	// handler's signature, in its own package, goes.
	routed := make(map[string]bool)
	for _, ep := range r.Endpoints {
		if ep.Route != "" || ep.Endpoint != "" {
			routed[ep.Handler] = true
		}
	}
	eps0 := r.Endpoints[:0]
	for _, ep := range r.Endpoints {
		if ep.Route == "" && ep.Endpoint == "" && routed[ep.Handler] {
			continue
		}
		eps0 = append(eps0, ep)
	}
	r.Endpoints = eps0
	served := make(map[string]bool)
	for _, ep := range r.Endpoints {
		served[ep.Endpoint] = true
	}
	var eps []string
	for ep := range documentedFor {
		if !served[ep] {
			eps = append(eps, ep)
		}
	}
	sort.Strings(eps)
	for _, ep := range eps {
		r.Endpoints = append(r.Endpoints, &Endpoint{Endpoint: ep})
	}
	returnedBy := make(map[string][]string) // code -> endpoint names
	for _, ep := range r.Endpoints {
		ep.Name = cmp.Or(ep.Endpoint, ep.Route, ep.Handler)
		ep.Documented = documentedFor[ep.Endpoint]
		ep.FullyDocumented = ep.Handler != ""
		counted := ep.Handler != "" && len(ep.Returns) > 0 // a handler that returns no code documents nothing
		if counted {
			r.Coverage.Endpoints++
		}
		for _, cs := range ep.Returns {
			if !slices.Contains(returnedBy[cs.Code], ep.Name) {
				returnedBy[cs.Code] = append(returnedBy[cs.Code], ep.Name)
			}
			doc := b.cat.Lookup(cs.Code)
			switch {
			case doc == nil, ep.Endpoint != "" && len(doc.Endpoints) > 0 && !doc.HasEndpoint(ep.Endpoint):
				if !slices.Contains(ep.Undocumented, cs.Code) {
					ep.Undocumented = append(ep.Undocumented, cs.Code)
				}
				ep.FullyDocumented = false
			case cs.Status != 0 && len(doc.Statuses) > 0 && !slices.Contains(doc.Statuses, cs.Status):
				ep.FullyDocumented = false
			}
		}
		if ep.FullyDocumented && counted {
			r.Coverage.EndpointsDocumented++
		}
	}

	// Each code's problems.
	for k, cr := range b.codes {
		sites := b.sites[k]
		sortSites(sites)
		cr.Sites = sites[:min(len(sites), MaxSites)]
		for st := range b.statuses[k] {
			cr.Statuses = append(cr.Statuses, st)
		}
		sort.Ints(cr.Statuses)
		for _, st := range cr.Statuses {
			ss := StatusSites{Status: st}
			for _, s := range sites {
				if s.Status == st {
					if ss.Sites == 0 {
						ss.First = s
					}
					ss.Sites++
				}
			}
			if ss.Sites > 0 {
				cr.ByStatus = append(cr.ByStatus, ss)
			}
		}
		cr.Endpoints = returnedBy[k]
		sort.Strings(cr.Endpoints)
		sort.Strings(cr.Messages)
		if cr.Emitted > 0 {
			r.Coverage.CodesEmitted++
			if cr.Documented {
				r.Coverage.CodesDocumented++
			}
		}
		if cr.Documented {
			r.Coverage.CatalogCodes++
			if cr.Emitted > 0 {
				r.Coverage.CatalogCodesEmitted++
			}
		}
		switch {
		case cr.Emitted > 0 && !cr.Documented:
			cr.Problems = append(cr.Problems, ProblemUndocumented)
		case cr.Emitted == 0 && cr.Documented && len(returnedBy[k]) == 0:
			cr.Problems = append(cr.Problems, ProblemNotEmitted)
		}
		if len(cr.Statuses) > 1 {
			cr.Problems = append(cr.Problems, ProblemStatuses)
		}
		// A status the docs do not give for the code, where the checks
		// said so: for the endpoint that returns it, when the docs give
		// statuses per endpoint.
		if b.verdicts[k][analyzer.CategoryStatus] {
			cr.Problems = append(cr.Problems, ProblemStatusMismatch)
		}
		if cr.Deprecated && cr.Emitted > 0 {
			cr.Problems = append(cr.Problems, ProblemDeprecated)
		}
		if slices.Contains(cr.DocMessages, catalog.Placeholder) {
			cr.Problems = append(cr.Problems, ProblemPlaceholder)
		}
		sort.Strings(cr.Problems)
		r.Codes = append(r.Codes, cr)
	}
	sort.Slice(r.Codes, func(i, j int) bool { return r.Codes[i].Code < r.Codes[j].Code })

	// Placeholders: the catalog's, with what its endpoint's handlers
	// return that it does not document; and the code's.
	for _, h := range b.cat.Holes {
		p := Placeholder{Where: "catalog", Endpoint: h.Endpoint}
		if pos := b.catPos(h.Pos); pos != nil {
			p.Pos = *pos
		}
		if h.Code == catalog.Placeholder {
			p.Message = `code "?"`
		} else {
			p.Message = fmt.Sprintf(`message "?" of code %q`, h.Code)
		}
		if h.Endpoint != "" {
			p.Message += fmt.Sprintf(" for endpoint %q", h.Endpoint)
			for _, ep := range r.Endpoints {
				if ep.Endpoint != h.Endpoint {
					continue
				}
				for _, cs := range ep.Returns {
					if slices.Contains(ep.Undocumented, cs.Code) && !slices.Contains(p.Resolve, cs) {
						p.Resolve = append(p.Resolve, cs)
					}
				}
			}
		}
		r.Placeholders = append(r.Placeholders, p)
	}
	for _, f := range r.Findings {
		// (An endpoint's "?", endpoint-placeholder, is the catalog's, listed above.)
		if f.Category == analyzer.CategoryPlaceholder && strings.HasSuffix(f.Pos.File, ".go") {
			r.Placeholders = append(r.Placeholders, Placeholder{Pos: f.Pos, Where: "code", Message: f.Message})
		}
	}

	var presets []string
	for p := range b.presets {
		presets = append(presets, p)
	}
	sort.Strings(presets)
	r.Presets = presets
	b.sortAndFill()
	return r
}

// sortAndFill sorts the report's lists and makes every nil slice empty,
// so that the JSON form is stable and has no nulls.
func (b *builder) sortAndFill() {
	r := b.r
	sort.Strings(r.Dirs)
	sort.SliceStable(r.Endpoints, func(i, j int) bool {
		a, c := r.Endpoints[i], r.Endpoints[j]
		if a.Name != c.Name {
			return a.Name < c.Name
		}
		return posLess(a.Pos, c.Pos)
	})
	sort.SliceStable(r.Placeholders, func(i, j int) bool { return lessPos(r.Placeholders[i].Pos, r.Placeholders[j].Pos) })
	sort.SliceStable(r.Findings, func(i, j int) bool { return lessPos(r.Findings[i].Pos, r.Findings[j].Pos) })
	for _, cr := range r.Codes {
		fill(&cr.DocStatuses)
		fill(&cr.DocMessages)
		fill(&cr.DocEndpoints)
		fill(&cr.Sites)
		fill(&cr.Statuses)
		fill(&cr.ByStatus)
		fill(&cr.Messages)
		fill(&cr.Endpoints)
		fill(&cr.Problems)
	}
	for _, ep := range r.Endpoints {
		fill(&ep.Returns)
		fill(&ep.Documented)
		sort.Strings(ep.Documented)
		fill(&ep.Undocumented)
		sort.Strings(ep.Undocumented)
	}
	for i := range r.Placeholders {
		fill(&r.Placeholders[i].Resolve)
	}
	fill(&r.Codes)
	fill(&r.Endpoints)
	fill(&r.Placeholders)
	fill(&r.Findings)
	sortSites(r.Unresolved)
	fill(&r.Unresolved)
	fill(&r.Presets)
}

func fill[T any](s *[]T) {
	if *s == nil {
		*s = []T{}
	}
}

func lessPos(a, b Pos) bool {
	if a.File != b.File {
		return a.File < b.File
	}
	if a.Line != b.Line {
		return a.Line < b.Line
	}
	return a.Column < b.Column
}

func posLess(a, b *Pos) bool {
	switch {
	case a == nil:
		return b != nil
	case b == nil:
		return false
	}
	return lessPos(*a, *b)
}

func sortSites(s []SiteRef) {
	sort.SliceStable(s, func(i, j int) bool { return lessPos(s[i].Pos, s[j].Pos) })
}
