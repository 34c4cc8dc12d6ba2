package analyzer

import (
	"fmt"
	"go/ast"
	"go/types"
	"sort"
	"strings"

	"github.com/errcodes/errcodes/catalog"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/types/typeutil"
)

// Per-function code sets. Each function's summary is the set of codes
// (with their status, where one constant status goes with the code) it may
// return, directly or through the functions it calls statically in this
// and imported packages. A handler that serves a catalog endpoint, marked
// with //errcodes:endpoint or registered for a route the catalog names, is
// checked as a whole against the codes the catalog documents for it.

// A summaryFact is the code set of an exported function or method.
type summaryFact struct {
	Codes []CodeStatus // sorted
}

// CodeStatus is a code a function may return (encoded as in RoleConst),
// with the status it goes with, or 0 when that is not one constant.
type CodeStatus struct {
	Code   string
	Status int

	// Catalog names the catalog the code belongs to, "" for the default.
	Catalog string
}

func (*summaryFact) AFact() {}

func (f *summaryFact) String() string {
	var parts []string
	for _, cs := range f.Codes {
		parts = append(parts, codeStatusText(cs))
	}
	return "returns(" + strings.Join(parts, ", ") + ")"
}

// codeStatusText formats a code and its status: "already_paid" (409).
func codeStatusText(cs CodeStatus) string {
	v, _ := codeValue(decodeConst(cs.Code))
	text := v.String()
	if cs.Catalog != "" {
		text = cs.Catalog + ":" + text
	}
	if cs.Status != 0 {
		return fmt.Sprintf("%s (%d)", text, cs.Status)
	}
	return text
}

// A funcInfo is what the checker records of one function declaration.
type funcInfo struct {
	fd       *ast.FuncDecl
	fn       *types.Func
	endpoint string       // the catalog endpoint it serves, if any
	marks    []*directive // its //errcodes:endpoint directives
	direct   []CodeStatus // codes of the emit sites in its body
	calls    []funcCall   // static calls in its body
	summary  []CodeStatus
}

type funcCall struct {
	call   *ast.CallExpr
	callee *types.Func
}

// siteCodes returns the codes site s may emit, with their status.
func (c *checker) siteCodes(s *site) []CodeStatus {
	sts, _ := c.statuses(s)
	status := 0
	if len(sts) == 1 {
		status = sts[0]
	}
	var out []CodeStatus
	if s.carrier != nil {
		cs := s.carried
		if cs == nil {
			cs = c.carriedBy(s.carrier)
		}
		for _, k := range cs {
			st := k.status
			if _, ok := s.args[catalog.RoleStatus]; ok {
				st = status
			} else if _, ok := s.fixed[catalog.RoleStatus]; ok {
				st = status
			}
			if code, ok := codeValue(k.code); ok && code.text != catalog.Placeholder && code.text != "" {
				enc, _ := encodeConst(k.code)
				out = append(out, CodeStatus{enc, st, s.catalog})
			}
		}
		return out
	}
	codes, _ := c.siteCodeValues(s)
	for _, cv := range codes {
		if code, ok := codeValue(cv); ok && code.text != catalog.Placeholder && code.text != "" {
			enc, _ := encodeConst(cv)
			out = append(out, CodeStatus{enc, status, s.catalog})
		}
	}
	return out
}

// recordFunc records fd, whose sites are sites and whose marks are
// marks, with its static calls, for its summary.
func (c *checker) recordFunc(fd *ast.FuncDecl, in *enclosing, sites []*site, marks []*directive) {
	fn := in.fn
	if fn == nil {
		return
	}
	fi := &funcInfo{fd: fd, fn: fn, endpoint: in.endpoint, marks: marks}
	for _, s := range sites {
		fi.direct = append(fi.direct, c.siteCodes(s)...)
	}
	if fd.Body != nil {
		ast.Inspect(fd.Body, func(n ast.Node) bool {
			if call, ok := n.(*ast.CallExpr); ok {
				if callee := typeutil.StaticCallee(c.pass.TypesInfo, call); callee != nil {
					fi.calls = append(fi.calls, funcCall{call, callee.Origin()})
				}
			}
			return true
		})
	}
	c.funcs[fn] = fi
}

// calleeSummary returns the summary of a function called statically:
// computed here for this package's, imported as a fact for others'.
func (c *checker) calleeSummary(fn *types.Func) []CodeStatus {
	if fi := c.funcs[fn]; fi != nil {
		return fi.summary
	}
	if fn.Pkg() != nil && fn.Pkg() != c.pass.Pkg {
		var f summaryFact
		if c.pass.ImportObjectFact(fn, &f) {
			return f.Codes
		}
	}
	return nil
}

// summarize computes every function's summary to a fixed point, exports
// those of exported functions, and returns the functions in the order of
// the source.
func (c *checker) summarize() []*funcInfo {
	fis := make([]*funcInfo, 0, len(c.funcs))
	for _, fi := range c.funcs {
		fis = append(fis, fi)
	}
	sort.Slice(fis, func(i, j int) bool { return fis[i].fd.Pos() < fis[j].fd.Pos() })
	for _, fi := range fis {
		fi.summary = normalize(fi.direct)
	}
	for range len(fis) + 1 {
		changed := false
		for _, fi := range fis {
			all := append([]CodeStatus(nil), fi.direct...)
			for _, call := range fi.calls {
				if call.callee != fi.fn && !c.evaluated[call.call] {
					all = append(all, c.calleeSummary(call.callee)...)
				}
			}
			if next := normalize(all); len(next) != len(fi.summary) {
				fi.summary, changed = next, true
			}
		}
		if !changed {
			break
		}
	}
	for _, fi := range fis {
		if fi.fn.Exported() && len(fi.summary) > 0 {
			c.pass.ExportObjectFact(fi.fn, &summaryFact{Codes: fi.summary})
		}
	}
	return fis
}

// checkHandlers checks, by their summaries, the functions that serve an
// endpoint, and reports what it finds.
func (c *checker) checkHandlers(fis []*funcInfo) {
	for _, fi := range fis {
		if fi.endpoint != "" {
			c.checkCallsForEndpoint(fi)
		}
		for _, d := range fi.marks {
			c.report(nil, "", c.checkEndpoint(fi, d))
		}
	}
}

// normalize sorts and dedupes a code set. A code seen with two statuses
// keeps both.
func normalize(cs []CodeStatus) []CodeStatus {
	sort.Slice(cs, func(i, j int) bool {
		if cs[i].Catalog != cs[j].Catalog {
			return cs[i].Catalog < cs[j].Catalog
		}
		if cs[i].Code != cs[j].Code {
			return cs[i].Code < cs[j].Code
		}
		return cs[i].Status < cs[j].Status
	})
	out := cs[:0:0]
	for i, x := range cs {
		if i == 0 || x != cs[i-1] {
			out = append(out, x)
		}
	}
	return out
}

// checkCallsForEndpoint reports the codes a handler may return through
// the functions it calls that the catalog does not document for its
// endpoint. (Its own emit sites are checked as sites.)
func (c *checker) checkCallsForEndpoint(fi *funcInfo) {
	for _, call := range fi.calls {
		if call.callee == fi.fn || c.lookup(call.callee) != nil || c.evaluated[call.call] {
			continue // recursion, an emitter, or a call evaluated at a use: checked as a site
		}
		c.reportThrough(call.call.Fun, c.checkSummaryForEndpoint(call.call.Fun, call.callee, fi.endpoint))
		c.reportThrough(call.call.Fun, c.checkSummaryStatuses(call.call.Fun, call.callee, fi.endpoint))
	}
}

// checkSummaryStatuses finds, at e, the failure statuses fn may return
// that endpoint's own documentation does not list.
func (c *checker) checkSummaryStatuses(e ast.Expr, fn *types.Func, endpoint string) []analysis.Diagnostic {
	doc := c.endpointDoc(endpoint)
	if doc == nil {
		return nil
	}
	var ds []analysis.Diagnostic
	seen := make(map[int]bool)
	for _, cs := range c.calleeSummary(fn) {
		if cs.Status < 400 || seen[cs.Status] || contains(doc.Statuses, cs.Status) {
			continue
		}
		seen[cs.Status] = true
		ds = append(ds, c.citing(e, CategoryEndpoint, fmt.Sprintf("status %s (returned through %s) is not documented for endpoint %q (only %s; %s)",
			statusText(cs.Status), calleeName(c.pass.Pkg, fn), doc.Endpoint, statusTexts(doc.Statuses), c.cite(doc.Pos)), doc.Pos))
	}
	return ds
}

// reportThrough reports the findings ds about the codes returned through
// the call or registration e: the site they are found at, which records
// no verdicts.
func (c *checker) reportThrough(e ast.Expr, ds []analysis.Diagnostic) {
	c.report(&site{node: e}, "", ds)
}

// checkSummaryForEndpoint finds, at e, the codes fn may return that the
// catalog documents only for other endpoints than endpoint.
func (c *checker) checkSummaryForEndpoint(e ast.Expr, fn *types.Func, endpoint string) []analysis.Diagnostic {
	var ds []analysis.Diagnostic
	seen := make(map[string]bool)
	for _, cs := range c.calleeSummary(fn) {
		v, ok := codeValue(decodeConst(cs.Code))
		if !ok || seen[cs.Catalog+":"+v.text] {
			continue
		}
		seen[cs.Catalog+":"+v.text] = true
		doc := c.cat.For(cs.Catalog).Lookup(v.text)
		if doc == nil || len(doc.Endpoints) == 0 || doc.HasEndpoint(endpoint) {
			continue
		}
		ds = append(ds, diagnostic(e, CategoryEndpoint, fmt.Sprintf("code %s (returned through %s) is not documented for endpoint %q (only for %s)",
			v, calleeName(c.pass.Pkg, fn), endpoint, quoteList(doc.Endpoints, 3))))
	}
	return ds
}

// calleeName names fn as code in pkg would: f, pkg.F or T.M.
func calleeName(pkg *types.Package, fn *types.Func) string {
	name := fn.Name()
	if recv := fn.Signature().Recv(); recv != nil {
		if n := namedOf(recv.Type()); n != nil {
			name = n.Obj().Name() + "." + name
		}
	}
	if fn.Pkg() != nil && fn.Pkg() != pkg {
		name = fn.Pkg().Name() + "." + name
	}
	return name
}

// returnedText lists a summary for a message: "a" (404), "b".
func returnedText(cs []CodeStatus) string {
	var parts []string
	for _, x := range cs {
		parts = append(parts, codeStatusText(x))
	}
	sort.Strings(parts)
	return strings.Join(parts, ", ")
}
