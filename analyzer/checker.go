package analyzer

import (
	"fmt"
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"path/filepath"
	"reflect"
	"sort"
	"strconv"
	"strings"

	"github.com/errcodes/errcodes/catalog"
	"golang.org/x/tools/go/analysis"
)

// A checker checks one package against a catalog.
type checker struct {
	pass      *analysis.Pass
	cat       *catalog.Catalog
	match     *matcher
	configDir string        // to cite catalog positions relative to the config
	catFiles  *catalogFiles // to position citations in the catalog's files

	// What the phases of run find, in their order.
	dirs          map[string]*fileDirectives         // each checked file's directives, by file name
	wrappers      map[*types.Func]*callable          // inferred in this package
	routes        map[*types.Func]string             // handlers registered for a catalog route
	foreignRoutes []foreignRoute                     // handlers of other packages registered for one
	detailsStatus map[*ast.CompositeLit]grpcDetail   // gRPC error details and the code they go with, as the site walk meets them
	funcs         map[*types.Func]*funcInfo          // this package's functions, for summaries
	ssa           ssaValues                          // the package's SSA form, built on first need
	enums         map[*types.Named]map[string]string // String tables of integer code types, read on first need
	assignedSels  map[token.Pos]bool                 // field names assigned to (e.Code = ...), read on first need
	swapping      map[*types.Func]bool               // methods that set a code from a parameter, found on first need
	frame         *evalFrame                         // the call trace is evaluating with its arguments, if any
	evalBudget    int                                // the calls a call evaluated may evaluate in turn
	evalCalls     []*ast.CallExpr                    // the calls evaluated in the trace carriedBy runs
	evaluated     map[*ast.CallExpr]bool             // calls evaluated at a use site: checked there, not through their summary
	carries       int8                               // mayCarry's answer: 0 not yet asked, 1 yes, -1 no
	holdsEmitters int8                               // mayHoldEmitterValues', likewise
	globalsOnly   bool                               // only exportGlobalFacts runs: see globalsOnly

	diags []analysis.Diagnostic // what report keeps, reported at the end of run

	// With Options.Collect, what the audit reports.
	result          *Result
	routePatterns   map[*types.Func][]routeSeen // every handler registered with a constant pattern
	foreignPatterns []foreignRoute              // and those of other packages
}

// run checks the package in phases, as the printf analyzer does. The
// phases that find things return data: each file's directives, the
// wrappers, the routes, the sites (each with its file and function), the
// functions' summaries. The checks that follow are functions of a site or
// a handler that return diagnostics; report, the one reporter, applies
// the ignores to them, records them as the sites' verdicts and keeps
// them, to be reported in order at the end.
func (c *checker) run() error {
	c.dirs = c.directives()
	for _, fdir := range c.dirs {
		c.report(nil, "", fdir.problems)
	}
	var problems []analysis.Diagnostic
	c.wrappers, problems = c.inferWrappers()
	if errs := c.configConflicts(c.configDir); len(errs) > 0 {
		return errs
	}
	c.report(nil, "", problems)
	c.exportWrappers()
	if c.mayCarry() {
		c.exportGlobalFacts(true)
	} else {
		// Only plain values to export: from the cut-down SSA form, as
		// in a package that is not checked, leaving the whole one to
		// be built only if a site needs it.
		(&checker{pass: c.pass, match: c.match, globalsOnly: true}).exportGlobalFacts(false)
	}
	c.exportEnumFacts()
	c.exportSwaps()
	c.findRoutes()
	c.exportAdapters()
	for _, s := range c.findSites() {
		c.collectSite(s)
		c.checkSite(s)
	}
	fis := c.summarize()
	c.checkHandlers(fis)
	c.checkForeignRoutes()
	c.collectHandlers(fis)
	c.report(nil, "", c.unusedIgnores())
	// Report in position order: a handler's finding is found after the
	// sites in its body, but reads best before them.
	// Files are ordered by name: token.Pos order follows the order the
	// driver parsed them in, which may vary.
	sort.SliceStable(c.diags, func(i, j int) bool {
		a, b := c.pass.Fset.Position(c.diags[i].Pos), c.pass.Fset.Position(c.diags[j].Pos)
		if a.Filename != b.Filename {
			return a.Filename < b.Filename
		}
		return a.Offset < b.Offset
	})
	for _, d := range c.diags {
		c.pass.Report(d)
	}
	return nil
}

// A value is a constant code, as the catalog writes it.
type value struct {
	text   string // the code: a string's content, an integer in decimal
	quoted bool   // a string constant, quoted when shown
}

func (v value) String() string {
	if v.quoted {
		return strconv.Quote(v.text)
	}
	return v.text
}

// constCode returns the constant code e evaluates to, if it is one.
func (c *checker) constCode(e ast.Expr) (value, bool) {
	if n, ok := e.(*constName); ok {
		return n.v, true // a preset's code read by its constant's name
	}
	tv, ok := c.pass.TypesInfo.Types[e]
	if !ok || tv.Value == nil {
		return value{}, false
	}
	switch tv.Value.Kind() {
	case constant.String:
		return value{text: constant.StringVal(tv.Value), quoted: true}, true
	case constant.Int:
		return value{text: tv.Value.ExactString()}, true
	}
	return value{}, false
}

// checkSite checks site s and reports what the checks find: a message
// "?", about no one code, then the findings about each value its code
// may have. None is checked when the code is not certain (a parameter, a
// value from a request).
//
// The checks of a site append what they find to the slice they are given
// and return it, as strconv's Append functions do: one slice serves every
// check of the site, and report copies what it keeps.
func (c *checker) checkSite(s *site) {
	ds := c.checkMessagePlaceholder(nil, s)
	ds = c.checkEndpointStatus(ds, s)
	c.report(s, "", ds)
	if s.carrier != nil {
		c.checkCarrierSite(s)
		return
	}
	codes, _ := c.siteCodeValues(s)
	codeExpr, ok := s.args[catalog.RoleCode]
	if !ok {
		codeExpr, _ = s.node.(ast.Expr) // a code the emitter fixes
		if call, ok := s.node.(*ast.CallExpr); ok {
			codeExpr = call.Fun
		}
		if codeExpr == nil {
			return
		}
	}
	for _, cv := range codes {
		if code, ok := codeValue(cv); ok && code.text != "" {
			ds = c.checkCode(ds[:0], s, codeExpr, code)
			c.report(s, code.text, ds)
		}
	}
}

// checkEndpointStatus finds, at site s of a handler serving an endpoint
// whose own documentation lists its failure statuses (swaggo's @Failure
// lines), a failure status it does not list.
func (c *checker) checkEndpointStatus(ds []analysis.Diagnostic, s *site) []analysis.Diagnostic {
	doc := c.endpointDoc(s.in.endpoint)
	if doc == nil {
		return ds
	}
	returned, e := c.statuses(s)
	by := ""
	if e == nil {
		e, by = s.args[catalog.RoleCode], " (by "+s.via+")"
		if e == nil {
			return ds
		}
	}
	for _, st := range returned {
		if st >= 400 && !contains(doc.Statuses, st) {
			ds = append(ds, c.citing(e, CategoryEndpoint, fmt.Sprintf("status %s%s is not documented for endpoint %q (only %s; %s)",
				statusText(st), by, doc.Endpoint, statusTexts(doc.Statuses), c.cite(doc.Pos)), doc.Pos))
		}
	}
	return ds
}

// endpointDoc returns the failure statuses endpoint documents as a
// whole, when it lists them (it has no default failure), or nil.
func (c *checker) endpointDoc(endpoint string) *catalog.EndpointDoc {
	if endpoint == "" {
		return nil
	}
	if doc := c.cat.EndpointDoc(endpoint); doc != nil && !doc.AnyStatus && len(doc.Statuses) > 0 {
		return doc
	}
	return nil
}

// statusTexts lists statuses for a message: "400 Bad Request, 404 Not Found".
func statusTexts(sts []int) string {
	texts := make([]string, len(sts))
	for i, st := range sts {
		texts[i] = statusText(st)
	}
	return strings.Join(texts, ", ")
}

// checkMessagePlaceholder finds a constant message "?" at site s.
func (c *checker) checkMessagePlaceholder(ds []analysis.Diagnostic, s *site) []analysis.Diagnostic {
	e, ok := s.args[catalog.RoleMessage]
	if !ok {
		return ds
	}
	if v, ok := c.constCode(e); ok && v.quoted && v.text == catalog.Placeholder {
		return append(ds, diagnostic(e, CategoryPlaceholder, `message "?" is an unresolved placeholder`))
	}
	return ds
}

// checkCode checks one value code of the site's code expression codeExpr
// against the catalog.
func (c *checker) checkCode(ds []analysis.Diagnostic, s *site, codeExpr ast.Expr, code value) []analysis.Diagnostic {
	if code.text == catalog.Placeholder {
		return append(ds, diagnostic(codeExpr, CategoryPlaceholder, `code "?" is an unresolved placeholder`))
	}
	cat := c.cat.For(s.catalog)
	doc := cat.Lookup(code.text)
	if doc == nil {
		return append(ds, c.undocumented(cat, s.catalog, codeExpr, code))
	}
	if doc.Deprecated {
		at := orPos(doc.DeprecatedPos, doc.Pos)
		ds = append(ds, c.citing(codeExpr, CategoryDeprecated, fmt.Sprintf("code %s is deprecated (%s)", code, c.cite(at)), at))
	}
	if endpoint := s.in.endpoint; endpoint != "" && len(doc.Endpoints) > 0 && !doc.HasEndpoint(endpoint) && !openEndpoint(cat, endpoint) {
		ds = append(ds, diagnostic(codeExpr, CategoryEndpoint, fmt.Sprintf("code %s is not documented for endpoint %q (only for %s)",
			code, endpoint, quoteList(doc.Endpoints, 3))))
	}
	ds = c.checkStatuses(ds, s, codeExpr, code, doc)
	ds = c.checkReason(ds, s, code, doc)
	ds = c.checkRetryable(ds, s, code, doc)
	ds = c.checkFields(ds, s, code, doc)
	return c.checkMessage(ds, s, code, doc)
}

// checkStatuses checks the HTTP statuses and the gRPC code site s returns
// code with against those doc documents.
func (c *checker) checkStatuses(ds []analysis.Diagnostic, s *site, codeExpr ast.Expr, code value, doc *catalog.Code) []analysis.Diagnostic {
	returned, statusExpr := c.statuses(s)
	if doc.StatusHole.IsValid() && len(doc.Statuses) == 0 && len(returned) > 0 {
		ds = append(ds, c.statusHole(s, statusExpr, codeExpr, code, doc, returned))
	}
	for _, status := range returned {
		statuses, at := documentedStatuses(doc, s.in.endpoint)
		if len(statuses) > 0 && !contains(statuses, status) {
			ds = append(ds, c.statusMismatch(s, statusExpr, codeExpr, code, at, statuses, status))
		}
	}
	if s.grpcStatus != "" && doc.GRPCStatus != "" && s.grpcStatus != doc.GRPCStatus {
		ds = append(ds, c.citing(s.grpcExpr, CategoryStatus, fmt.Sprintf("code %s is documented with gRPC code %s (%s) but returned with %s",
			code, doc.GRPCStatus, c.cite(doc.StatusPos), s.grpcStatus), doc.StatusPos))
	}
	return ds
}

// openEndpoint reports whether the catalog documents endpoint e with an
// unresolved "?" code: then any code may be the one it stands for, and a
// code is never held against the endpoint's list. The placeholder itself
// is reported, once, with the codes the handler returns.
func openEndpoint(cat *catalog.Catalog, e string) bool {
	for _, h := range cat.HolesFor(e) {
		if h.Code == catalog.Placeholder {
			return true
		}
	}
	return false
}

// documentedStatuses returns the statuses documented for doc, and where.
// At a known endpoint (the site's handler's), they are those the catalog
// documents for that endpoint and those it documents for the code as a
// whole; a code documented only at other endpoints has none there (the
// endpoint check speaks of it: their statuses say nothing of this one).
// At no known endpoint, any documented status is right. It returns none
// when any status may be right: the endpoint documents the code under a
// range (OpenAPI 4XX) or default response, or, outside a known endpoint,
// some endpoint does.
func documentedStatuses(doc *catalog.Code, endpoint string) ([]int, catalog.Pos) {
	if endpoint == "" || len(doc.ByEndpoint) == 0 {
		for _, es := range doc.ByEndpoint {
			if es.Status == 0 {
				return nil, catalog.Pos{}
			}
		}
		return doc.Statuses, doc.StatusPos
	}
	var statuses []int
	var pos catalog.Pos
	for _, es := range doc.ByEndpoint {
		if es.Endpoint != endpoint {
			continue
		}
		if es.Status == 0 {
			return nil, catalog.Pos{}
		}
		if len(statuses) == 0 {
			pos = es.Pos
		}
		if !contains(statuses, es.Status) {
			statuses = append(statuses, es.Status)
		}
	}
	if len(statuses) == 0 {
		pos = doc.StatusPos
	}
	for _, s := range doc.Everywhere {
		if !contains(statuses, s) {
			statuses = append(statuses, s)
		}
	}
	return statuses, pos
}

// checkReason checks the reasons site s returns code with against those
// doc allows.
func (c *checker) checkReason(ds []analysis.Diagnostic, s *site, code value, doc *catalog.Code) []analysis.Diagnostic {
	e, ok := s.args[catalog.RoleReason]
	if !ok || len(doc.Reasons) == 0 {
		return ds
	}
	for _, rv := range c.constValues(e) {
		if reason, ok := codeValue(rv); ok && !contains(doc.Reasons, reason.text) {
			ds = append(ds, reasonNotAllowed(e, reason, code, doc))
		}
	}
	return ds
}

// reasonNotAllowed is the finding of a reason doc does not allow, at e.
func reasonNotAllowed(e ast.Expr, reason, code value, doc *catalog.Code) analysis.Diagnostic {
	if near, ok := catalog.NearestOf(reason.text, doc.Reasons); ok {
		return diagnostic(e, CategoryReason, fmt.Sprintf("reason %s is not allowed with code %s; did you mean %q?", reason, code, near))
	}
	return diagnostic(e, CategoryReason, fmt.Sprintf("reason %s is not allowed with code %s (allowed: %s)",
		reason, code, quoteList(doc.Reasons, 5)))
}

// checkRetryable finds a code doc documents as retryable that site s
// returns with its retryable flag false, or left out of a literal.
func (c *checker) checkRetryable(ds []analysis.Diagnostic, s *site, code value, doc *catalog.Code) []analysis.Diagnostic {
	if !doc.Retryable {
		return ds
	}
	if !s.mapped[catalog.RoleRetryable] {
		return ds // this emitter has no retryable flag to set
	}
	e, ok := s.args[catalog.RoleRetryable]
	var at ast.Node = e
	if !ok {
		lit, isLit := s.node.(*ast.CompositeLit)
		if !isLit {
			return ds // an argument not passed: a call we could not read
		}
		at = lit.Type // a field left out of a literal is false
		if at == nil {
			at = lit
		}
	} else if tv, ok := c.pass.TypesInfo.Types[e]; !ok || tv.Value == nil || tv.Value.Kind() != constant.Bool || constant.BoolVal(tv.Value) {
		return ds // true, or not a constant
	}
	cited := orPos(doc.RetryablePos, doc.Pos)
	return []analysis.Diagnostic{c.citing(at, CategoryRetryable,
		fmt.Sprintf("code %s is documented as retryable (%s) but returned without its retryable flag", code, c.cite(cited)), cited)}
}

// checkFields checks the extra fields site s returns code with against
// those doc documents and requires.
func (c *checker) checkFields(ds []analysis.Diagnostic, s *site, code value, doc *catalog.Code) []analysis.Diagnostic {
	if len(doc.Fields) == 0 && len(doc.Required) == 0 {
		return ds // the docs say nothing of this code's fields
	}
	if !s.mapped[catalog.RoleFields] {
		return ds
	}
	e, ok := s.args[catalog.RoleFields]
	var at ast.Node = e
	var fields []string
	if ok {
		if fields, ok = c.fieldNames(e); !ok {
			return ds // not a literal we can read in full
		}
	} else if lit, isLit := s.node.(*ast.CompositeLit); isLit {
		at = lit // the fields field left out: none set
	} else {
		return ds
	}
	if len(doc.Fields) > 0 {
		for _, f := range fields {
			if !contains(doc.Fields, f) {
				ds = append(ds, diagnostic(e, CategoryFields, fmt.Sprintf("field %q is not documented for code %s (documented: %s)", f, code, quoteList(doc.Fields, 5))))
			}
		}
	}
	for _, f := range doc.Required {
		if !contains(fields, f) {
			cited := orPos(doc.FieldsPos, doc.Pos)
			ds = append(ds, c.citing(at, CategoryFields,
				fmt.Sprintf("code %s is returned without its required field %q (%s)", code, f, c.cite(cited)), cited))
		}
	}
	return ds
}

// fieldNames returns the names of the extra fields e sets, when e is a
// literal errcodes can read in full: nil, a map literal with constant
// string keys, or a keyed struct literal (JSON names where tagged).
func (c *checker) fieldNames(e ast.Expr) ([]string, bool) {
	e = ast.Unparen(e)
	if u, ok := e.(*ast.UnaryExpr); ok && u.Op == token.AND {
		e = u.X
	}
	if id, ok := e.(*ast.Ident); ok && id.Name == "nil" {
		if _, isNil := c.pass.TypesInfo.Uses[id].(*types.Nil); isNil {
			return nil, true
		}
	}
	lit, ok := e.(*ast.CompositeLit)
	if !ok {
		return nil, false
	}
	tv, ok := c.pass.TypesInfo.Types[lit]
	if !ok {
		return nil, false
	}
	var names []string
	switch t := tv.Type.Underlying().(type) {
	case *types.Map:
		for _, elt := range lit.Elts {
			kv, ok := elt.(*ast.KeyValueExpr)
			if !ok {
				return nil, false
			}
			k, ok := c.constCode(kv.Key)
			if !ok || !k.quoted {
				return nil, false
			}
			names = append(names, k.text)
		}
	case *types.Struct:
		for _, elt := range lit.Elts {
			kv, ok := elt.(*ast.KeyValueExpr)
			if !ok {
				return nil, false // positional: every field is set
			}
			id, ok := kv.Key.(*ast.Ident)
			if !ok {
				return nil, false
			}
			i := fieldIndex(t, id.Name)
			if i < 0 {
				return nil, false
			}
			names = append(names, jsonName(t, i))
		}
	default:
		return nil, false
	}
	return names, true
}

// jsonName returns the JSON name of struct field i: its json tag's name,
// or the field's name.
func jsonName(st *types.Struct, i int) string {
	tag := reflect.StructTag(st.Tag(i)).Get("json")
	if name, _, _ := strings.Cut(tag, ","); name != "" && name != "-" {
		return name
	}
	return st.Field(i).Name()
}

// quoteList formats up to max strings as "a", "b", "c" and N more.
func quoteList(list []string, max int) string {
	var b strings.Builder
	for i, s := range list {
		if i == max {
			fmt.Fprintf(&b, " and %d more", len(list)-max)
			break
		}
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(strconv.Quote(s))
	}
	return b.String()
}

func contains[T comparable](s []T, v T) bool {
	for _, x := range s {
		if x == v {
			return true
		}
	}
	return false
}

// undocumented is the finding of a code the catalog cat (named name, ""
// for the default) lacks, at e, with a
// fix to the documented code it is likely a typo of.
func (c *checker) undocumented(cat *catalog.Catalog, name string, e ast.Expr, code value) analysis.Diagnostic {
	in := "the catalog"
	if name != "" {
		in = fmt.Sprintf("catalog %q", name)
	}
	near, ok := cat.Nearest(code.text)
	if !ok {
		return diagnostic(e, CategoryUndocumented, fmt.Sprintf("code %s is not in %s", code, in))
	}
	d := analysis.Diagnostic{
		Pos:      e.Pos(),
		End:      e.End(),
		Category: CategoryUndocumented,
		Message:  fmt.Sprintf("code %s is not in %s; did you mean %q?", code, in, near),
	}
	if lit, ok := ast.Unparen(e).(*ast.BasicLit); ok && lit.Kind == token.STRING {
		d.SuggestedFixes = []analysis.SuggestedFix{{
			Message:   fmt.Sprintf("Replace with %q", near),
			TextEdits: []analysis.TextEdit{{Pos: lit.Pos(), End: lit.End(), NewText: []byte(quoteLike(lit.Value, near))}},
		}}
	}
	return d
}

// quoteLike quotes s as a Go string literal in the style of lit.
func quoteLike(lit, s string) string {
	if strings.HasPrefix(lit, "`") && !strings.Contains(s, "`") {
		return "`" + s + "`"
	}
	return strconv.Quote(s)
}

// statuses returns the HTTP statuses site s may return, with the
// expression that gives them (nil when a wrapper fixes the status), or
// none when they are not certain.
func (c *checker) statuses(s *site) ([]int, ast.Expr) {
	var vals []constant.Value
	e, ok := s.args[catalog.RoleStatus]
	if ok {
		vals = c.constValues(e)
	} else if v, ok := s.fixed[catalog.RoleStatus]; ok {
		vals = []constant.Value{decodeConst(v)}
	}
	var out []int
	for _, v := range vals {
		if st, ok := statusValue(v); ok {
			out = append(out, st)
		}
	}
	return out, e
}

// codeValue returns a constant as a code: a string, or an integer in
// decimal.
func codeValue(v constant.Value) (value, bool) {
	switch v.Kind() {
	case constant.String:
		return value{text: constant.StringVal(v), quoted: true}, true
	case constant.Int:
		return value{text: v.ExactString()}, true
	}
	return value{}, false
}

// statusValue returns a constant as an HTTP status, if it is one.
func statusValue(v constant.Value) (int, bool) {
	if v.Kind() != constant.Int {
		return 0, false
	}
	n, exact := constant.Int64Val(v)
	if !exact || n < 100 || n > 599 {
		return 0, false
	}
	return int(n), true
}

// statusHole is the finding of a site that returns a code whose status
// the catalog writes "?", with the status it returns it with: one of the
// candidates a human has to decide between.
func (c *checker) statusHole(s *site, statusExpr, codeExpr ast.Expr, code value, doc *catalog.Code, returned []int) analysis.Diagnostic {
	texts := make([]string, len(returned))
	for i, st := range returned {
		texts[i] = statusText(st)
	}
	e, by := statusExpr, ""
	if e == nil {
		e, by = codeExpr, " (by "+s.via+")"
	}
	return c.citing(e, CategoryPlaceholder, fmt.Sprintf("code %s has status \"?\" in the catalog (%s); returned here with %s%s",
		code, c.cite(doc.StatusHole), strings.Join(texts, " or "), by), doc.StatusHole)
}

// statusMismatch is the finding of a status other than the documented
// ones, at the status expression e, or, when a wrapper fixes the status,
// at the code expression; with a fix to the one documented status.
func (c *checker) statusMismatch(s *site, e, codeExpr ast.Expr, code value, at catalog.Pos, statuses []int, status int) analysis.Diagnostic {
	documented := make([]string, len(statuses))
	for i, st := range statuses {
		documented[i] = statusText(st)
	}
	returned := statusText(status)
	if e == nil {
		e = codeExpr
		returned += " (by " + s.via + ")"
	}
	d := analysis.Diagnostic{
		Pos:      e.Pos(),
		End:      e.End(),
		Category: CategoryStatus,
		Message: fmt.Sprintf("code %s is documented with status %s (%s) but returned with %s",
			code, strings.Join(documented, " or "), c.cite(at), returned),
		Related: c.related(at),
	}
	if tv, ok := c.pass.TypesInfo.Types[e]; ok && tv.Value != nil && len(statuses) == 1 && e != codeExpr {
		want := statuses[0]
		text, msg := strconv.Itoa(want), fmt.Sprintf("Replace with %d", want)
		if name, ok := statusConst[want]; ok {
			if pkg := httpImportName(s.file); pkg != "" {
				text = pkg + "." + name
				msg = "Replace with " + text
			}
		}
		d.SuggestedFixes = []analysis.SuggestedFix{{
			Message:   msg,
			TextEdits: []analysis.TextEdit{{Pos: e.Pos(), End: e.End(), NewText: []byte(text)}},
		}}
	}
	return d
}

// httpImportName returns the name under which file f imports net/http,
// or "" if it does not (or only for side effects or with a dot).
func httpImportName(f *ast.File) string {
	for _, imp := range f.Imports {
		if path, _ := strconv.Unquote(imp.Path.Value); path != "net/http" {
			continue
		}
		if imp.Name == nil {
			return "http"
		}
		if imp.Name.Name != "_" && imp.Name.Name != "." {
			return imp.Name.Name
		}
	}
	return ""
}

// checkEndpoint checks a handler marked //errcodes:endpoint NAME: it
// finds, at the mark, an unresolved "?" entry of the endpoint, with the
// codes the handler returns. (A name the catalog lacks is a problem of
// the directive, found when it was read.)
func (c *checker) checkEndpoint(fi *funcInfo, d *directive) []analysis.Diagnostic {
	name, ok := c.endpointName(d)
	if !ok {
		return nil
	}
	var holes []catalog.Hole
	for _, h := range c.cat.HolesFor(name) {
		if h.Code == catalog.Placeholder {
			holes = append(holes, h)
		}
	}
	if len(holes) == 0 {
		return nil
	}
	what := "no code errcodes can resolve"
	if len(fi.summary) > 0 {
		what = returnedText(fi.summary)
	}
	return []analysis.Diagnostic{{
		Pos:      d.pos,
		End:      d.end,
		Category: CategoryEndpointPlaceholder,
		Message: fmt.Sprintf("endpoint %q has an unresolved \"?\" entry (%s); %s returns %s",
			name, c.cite(holes[0].Pos), fi.fd.Name.Name, what),
		Related: c.related(holes[0].Pos),
	}}
}

// related returns p as a diagnostic's related information: the catalog
// entry a finding cites, positioned in the catalog file. Editors, SARIF
// and baselines read it there rather than from the message; drivers print
// it on a line of its own ("docs/errors.yaml:15:5: documented here").
func (c *checker) related(p catalog.Pos) []analysis.RelatedInformation {
	pos := c.catFiles.pos(c.pass.Fset, p)
	if !pos.IsValid() {
		return nil
	}
	return []analysis.RelatedInformation{{Pos: pos, Message: RelatedMessage}}
}

// cite formats a catalog position for a message: relative to the config's
// directory, file:line.
func (c *checker) cite(p catalog.Pos) string {
	if rel, err := filepath.Rel(c.configDir, p.File); err == nil && !strings.HasPrefix(rel, "..") {
		p.File = filepath.ToSlash(rel)
	}
	return p.Short()
}

// orPos returns p, or def when p is not set.
func orPos(p, def catalog.Pos) catalog.Pos {
	if p.IsValid() {
		return p
	}
	return def
}

func (c *checker) line(p token.Pos) int { return c.pass.Fset.Position(p).Line }

// diagnostic returns a finding of category at n.
func diagnostic(n ast.Node, category, msg string) analysis.Diagnostic {
	return analysis.Diagnostic{Pos: n.Pos(), End: n.End(), Category: category, Message: msg}
}

// citing is diagnostic for a message that cites the catalog entry at p,
// which it carries as related information.
func (c *checker) citing(n ast.Node, category, msg string, p catalog.Pos) analysis.Diagnostic {
	d := diagnostic(n, category, msg)
	d.Related = c.related(p)
	return d
}

// report is the one reporter: it keeps the findings ds of the checks at
// site s, about code ("" when about no one code), unless an
// //errcodes:ignore on the line of a finding or of its site suppresses
// it, and records each on s's result site as a verdict. Findings at a
// directive (a malformed one, an endpoint's "?" entry reported at its
// mark) have no site, s nil, and no ignore suppresses them.
func (c *checker) report(s *site, code string, ds []analysis.Diagnostic) {
	for _, d := range ds {
		if s != nil {
			if c.ignored(d.Pos, d.Category) || c.ignored(s.node.Pos(), d.Category) {
				continue
			}
			c.recordVerdict(s, code, d)
		}
		c.diags = append(c.diags, d)
	}
}
