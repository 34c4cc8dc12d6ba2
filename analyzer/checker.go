package analyzer

import (
	"fmt"
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"path/filepath"
	"reflect"
	"slices"
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

	ssa      ssaValues // the package's SSA form, built on first need
	file     *ast.File
	endpoint string // the catalog endpoint of the handler being walked, if marked
	diags    []analysis.Diagnostic
	wrappers map[*types.Func]*callable // inferred in this package

	detailsStatus map[*ast.CompositeLit]grpcDetail // gRPC error details and the code they go with
	funcs         map[*types.Func]*funcInfo        // this package's functions, for summaries
	routes        map[*types.Func]string           // handlers registered for a catalog route
	foreignRoutes []foreignRoute                   // handlers of other packages registered for one
	ignores       map[string]map[int]*directive    // each file's //errcodes:ignore, by file name and line

	// With Options.Collect, what the audit reports.
	result          *Result
	funcName        string                 // the function being walked, for result sites
	inWrapper       bool                   // it is an emitter or a wrapper
	routePatterns   map[*types.Func]string // every handler registered with a constant pattern
	foreignPatterns []foreignRoute         // and those of other packages
}

// A directive is one //errcodes: comment.
type directive struct {
	name string // "ignore", "endpoint", ...
	arg  string
	pos  token.Pos
	end  token.Pos
	used bool

	categories []string // what an ignore suppresses; nil: every category
}

const directivePrefix = "//errcodes:"

func (c *checker) run() {
	c.inferWrappers()
	c.exportGlobalFacts()
	c.funcs = make(map[*types.Func]*funcInfo)
	c.findRoutes()
	for _, f := range c.pass.Files {
		name := c.pass.Fset.File(f.FileStart).Name()
		if strings.HasSuffix(name, "_test.go") {
			// Tests build deliberately wrong errors to test error paths;
			// the API's documentation is about what handlers return.
			continue
		}
		c.checkFile(f)
	}
	c.summarize()
	c.checkForeignRoutes()
	c.reportUnusedIgnores()
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
}

func (c *checker) checkFile(f *ast.File) {
	c.file = f
	ignores := make(map[int]*directive)
	if c.ignores == nil {
		c.ignores = make(map[string]map[int]*directive)
	}
	c.ignores[c.pass.Fset.File(f.FileStart).Name()] = ignores
	endpoints := make(map[token.Pos]*directive) // by comment position
	for _, cg := range f.Comments {
		for _, cm := range cg.List {
			d := parseDirective(cm)
			if d == nil {
				continue
			}
			switch d.name {
			case "ignore":
				var reason string
				d.categories, reason = ignoreArgs(d.arg)
				if reason == "" {
					c.reportDirective(d, "errcodes:ignore needs a reason: //errcodes:ignore why this finding is wrong or accepted")
					continue
				}
				ignores[c.line(d.pos)] = d
			case "endpoint":
				endpoints[d.pos] = d
			case "emitter":
				// Read with the function it documents, by inferWrappers.
			default:
				c.reportDirective(d, fmt.Sprintf("unknown directive errcodes:%s (known: ignore, endpoint, emitter)", d.name))
			}
		}
	}

	for _, decl := range f.Decls {
		fd, ok := decl.(*ast.FuncDecl)
		if !ok {
			c.funcName, c.inWrapper = "", false
			ast.Inspect(decl, func(n ast.Node) bool { c.visit(n); return true })
			continue
		}
		c.funcName, c.inWrapper = "", false
		if fn, ok := c.pass.TypesInfo.Defs[fd.Name].(*types.Func); ok && c.result != nil {
			c.funcName = calleeName(nil, fn) // pkg.F or pkg.T.M
			c.inWrapper = c.wrappers[fn] != nil || c.match.configCallable(fn) != nil
		}
		var marks []*directive
		c.endpoint = ""
		if fn, ok := c.pass.TypesInfo.Defs[fd.Name].(*types.Func); ok {
			c.endpoint = c.routes[fn]
		}
		if fd.Doc != nil {
			for _, cm := range fd.Doc.List {
				if d := endpoints[cm.Slash]; d != nil {
					d.used = true
					marks = append(marks, d)
					if name, ok := c.endpointName(d); ok && len(marks) == 1 {
						c.endpoint = name
					}
				}
			}
		}
		var sites []*site
		ast.Inspect(fd, func(n ast.Node) bool {
			if s := c.visit(n); s != nil {
				sites = append(sites, s)
			}
			return true
		})
		if fd.Body != nil {
			for _, s := range c.presetFuncSites(fd.Body) {
				c.checkSite(s)
				sites = append(sites, s)
			}
		}
		c.recordFunc(fd, sites, marks)
		c.endpoint = ""
	}
	for _, d := range endpoints {
		if !d.used {
			c.reportDirective(d, "errcodes:endpoint belongs in the doc comment of a handler function")
		}
	}
}

// ignoreArgs splits the argument of an //errcodes:ignore directive into
// the categories it suppresses and its reason. Like staticcheck's
// //lint:ignore Check1,Check2 reason, a first word that is a comma-separated
// list of categories names them; otherwise it suppresses every category
// and the whole argument is the reason.
func ignoreArgs(arg string) (categories []string, reason string) {
	first, rest, _ := strings.Cut(arg, " ")
	for name := range strings.SplitSeq(first, ",") {
		if _, ok := LookupCategory(name); !ok {
			return nil, arg
		}
		categories = append(categories, name)
	}
	return categories, strings.TrimSpace(rest)
}

// parseDirective parses a //errcodes:name arg comment, or returns nil.
func parseDirective(cm *ast.Comment) *directive {
	text, ok := strings.CutPrefix(cm.Text, directivePrefix)
	if !ok {
		return nil
	}
	name, arg, _ := strings.Cut(text, " ")
	if i := strings.Index(arg, "//"); i >= 0 && (i == 0 || arg[i-1] == ' ') {
		arg = arg[:i] // a trailing comment is not part of the argument
	}
	return &directive{name: name, arg: strings.TrimSpace(arg), pos: cm.Slash, end: cm.End()}
}

// visit checks n if it is an emit site, and returns the site.
func (c *checker) visit(n ast.Node) *site {
	var s *site
	switch n := n.(type) {
	case *ast.CallExpr:
		s = callSite(c.pass.TypesInfo, n, c.lookup)
	case *ast.CompositeLit:
		s = c.match.litSite(c.pass.TypesInfo, n)
	}
	if s == nil {
		s = c.presetSite(n)
	}
	if s != nil {
		c.checkSite(s)
	}
	return s
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

func (c *checker) checkSite(s *site) {
	c.collectSite(s)
	if e, ok := s.args[catalog.RoleMessage]; ok {
		if v, ok := c.constCode(e); ok && v.quoted && v.text == catalog.Placeholder {
			c.report(s, e, CategoryPlaceholder, `message "?" is an unresolved placeholder`)
		}
	}
	codeExpr, ok := s.args[catalog.RoleCode]
	if !ok {
		return
	}
	// Each value the code may have is checked; none when it is not
	// certain (a parameter, a value from a request).
	for _, cv := range c.constValues(codeExpr) {
		if code, ok := codeValue(cv); ok && code.text != "" {
			s.checking = code.text
			c.checkCode(s, codeExpr, code)
			s.checking = ""
		}
	}
}

// checkCode checks one value code of the site's code expression.
func (c *checker) checkCode(s *site, codeExpr ast.Expr, code value) {
	if code.text == catalog.Placeholder {
		c.report(s, codeExpr, CategoryPlaceholder, `code "?" is an unresolved placeholder`)
		return
	}
	doc := c.cat.Lookup(code.text)
	if doc == nil {
		c.checkUndocumented(s, codeExpr, code)
		return
	}
	if doc.Deprecated {
		at := orPos(doc.DeprecatedPos, doc.Pos)
		c.reportCiting(s, codeExpr, CategoryDeprecated, fmt.Sprintf("code %s is deprecated (%s)", code, c.cite(at)), at)
	}
	if c.endpoint != "" && len(doc.Endpoints) > 0 && !doc.HasEndpoint(c.endpoint) && !c.openEndpoint(c.endpoint) {
		c.report(s, codeExpr, CategoryEndpoint, fmt.Sprintf("code %s is not documented for endpoint %q (only for %s)",
			code, c.endpoint, quoteList(doc.Endpoints, 3)))
	}
	returned, statusExpr := c.statuses(s)
	if doc.StatusHole.IsValid() && len(doc.Statuses) == 0 && len(returned) > 0 {
		c.checkStatusHole(s, statusExpr, codeExpr, code, doc, returned)
	}
	for _, status := range returned {
		statuses, at := c.documentedStatuses(doc)
		if len(statuses) > 0 && !contains(statuses, status) {
			c.checkStatus(s, statusExpr, codeExpr, code, at, statuses, status)
		}
	}
	if s.grpcStatus != "" && doc.GRPCStatus != "" && s.grpcStatus != doc.GRPCStatus {
		c.reportCiting(s, s.grpcExpr, CategoryStatus, fmt.Sprintf("code %s is documented with gRPC code %s (%s) but returned with %s",
			code, doc.GRPCStatus, c.cite(doc.StatusPos), s.grpcStatus), doc.StatusPos)
	}
	c.checkReason(s, code, doc)
	c.checkRetryable(s, code, doc)
	c.checkFields(s, code, doc)
	c.checkMessage(s, code, doc)
}

// openEndpoint reports whether the catalog documents endpoint e with an
// unresolved "?" code: then any code may be the one it stands for, and a
// code is never held against the endpoint's list. The placeholder itself
// is reported, once, with the codes the handler returns.
func (c *checker) openEndpoint(e string) bool {
	for _, h := range c.cat.HolesFor(e) {
		if h.Code == catalog.Placeholder {
			return true
		}
	}
	return false
}

// documentedStatuses returns the statuses documented for doc, and where:
// those of the current handler's endpoint when the catalog ties statuses
// to endpoints, else all of them. It returns none when any status may be
// right: the endpoint documents the code under a range (OpenAPI 4XX) or
// default response, or, outside a marked handler, some endpoint does.
func (c *checker) documentedStatuses(doc *catalog.Code) ([]int, catalog.Pos) {
	var forEndpoint []int
	var pos catalog.Pos
	for _, es := range doc.ByEndpoint {
		if es.Status == 0 && (c.endpoint == "" || es.Endpoint == c.endpoint) {
			return nil, pos
		}
		if c.endpoint != "" && es.Endpoint == c.endpoint && !contains(forEndpoint, es.Status) {
			if len(forEndpoint) == 0 {
				pos = es.Pos
			}
			forEndpoint = append(forEndpoint, es.Status)
		}
	}
	if len(forEndpoint) > 0 {
		return forEndpoint, pos
	}
	return doc.Statuses, doc.StatusPos
}

func (c *checker) checkReason(s *site, code value, doc *catalog.Code) {
	e, ok := s.args[catalog.RoleReason]
	if !ok || len(doc.Reasons) == 0 {
		return
	}
	for _, rv := range c.constValues(e) {
		if reason, ok := codeValue(rv); ok && !contains(doc.Reasons, reason.text) {
			c.reportReason(s, e, reason, code, doc)
		}
	}
}

func (c *checker) reportReason(s *site, e ast.Expr, reason, code value, doc *catalog.Code) {
	if near, ok := catalog.NearestOf(reason.text, doc.Reasons); ok {
		c.report(s, e, CategoryReason, fmt.Sprintf("reason %s is not allowed with code %s; did you mean %q?", reason, code, near))
		return
	}
	c.report(s, e, CategoryReason, fmt.Sprintf("reason %s is not allowed with code %s (allowed: %s)",
		reason, code, quoteList(doc.Reasons, 5)))
}

func (c *checker) checkRetryable(s *site, code value, doc *catalog.Code) {
	if !doc.Retryable {
		return
	}
	if !s.mapped[catalog.RoleRetryable] {
		return // this emitter has no retryable flag to set
	}
	e, ok := s.args[catalog.RoleRetryable]
	var at ast.Node = e
	if !ok {
		lit, isLit := s.node.(*ast.CompositeLit)
		if !isLit {
			return // an argument not passed: a call we could not read
		}
		at = lit.Type // a field left out of a literal is false
		if at == nil {
			at = lit
		}
	} else if tv, ok := c.pass.TypesInfo.Types[e]; !ok || tv.Value == nil || tv.Value.Kind() != constant.Bool || constant.BoolVal(tv.Value) {
		return // true, or not a constant
	}
	cited := orPos(doc.RetryablePos, doc.Pos)
	c.reportDiagnostic(s, analysis.Diagnostic{Pos: at.Pos(), End: at.End(), Category: CategoryRetryable,
		Message: fmt.Sprintf("code %s is documented as retryable (%s) but returned without its retryable flag", code, c.cite(cited)),
		Related: c.related(cited)})
}

func (c *checker) checkFields(s *site, code value, doc *catalog.Code) {
	if len(doc.Fields) == 0 && len(doc.Required) == 0 {
		return // the docs say nothing of this code's fields
	}
	if !s.mapped[catalog.RoleFields] {
		return
	}
	e, ok := s.args[catalog.RoleFields]
	var at ast.Node = e
	var fields []string
	if ok {
		if fields, ok = c.fieldNames(e); !ok {
			return // not a literal we can read in full
		}
	} else if lit, isLit := s.node.(*ast.CompositeLit); isLit {
		at = lit // the fields field left out: none set
	} else {
		return
	}
	if len(doc.Fields) > 0 {
		for _, f := range fields {
			if !contains(doc.Fields, f) {
				c.report(s, e, CategoryFields, fmt.Sprintf("field %q is not documented for code %s (documented: %s)", f, code, quoteList(doc.Fields, 5)))
			}
		}
	}
	for _, f := range doc.Required {
		if !contains(fields, f) {
			cited := orPos(doc.FieldsPos, doc.Pos)
			c.reportDiagnostic(s, analysis.Diagnostic{Pos: at.Pos(), End: at.End(), Category: CategoryFields,
				Message: fmt.Sprintf("code %s is returned without its required field %q (%s)", code, f, c.cite(cited)),
				Related: c.related(cited)})
		}
	}
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

func (c *checker) checkUndocumented(s *site, e ast.Expr, code value) {
	near, ok := c.cat.Nearest(code.text)
	if !ok {
		c.report(s, e, CategoryUndocumented, fmt.Sprintf("code %s is not in the catalog", code))
		return
	}
	d := analysis.Diagnostic{
		Pos:      e.Pos(),
		End:      e.End(),
		Category: CategoryUndocumented,
		Message:  fmt.Sprintf("code %s is not in the catalog; did you mean %q?", code, near),
	}
	if lit, ok := ast.Unparen(e).(*ast.BasicLit); ok && lit.Kind == token.STRING {
		d.SuggestedFixes = []analysis.SuggestedFix{{
			Message:   fmt.Sprintf("Replace with %q", near),
			TextEdits: []analysis.TextEdit{{Pos: lit.Pos(), End: lit.End(), NewText: []byte(quoteLike(lit.Value, near))}},
		}}
	}
	c.reportDiagnostic(s, d)
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

// checkStatusHole reports a site that returns a code whose status the
// catalog writes "?", with the status it returns it with: one of the
// candidates a human has to decide between.
func (c *checker) checkStatusHole(s *site, statusExpr, codeExpr ast.Expr, code value, doc *catalog.Code, returned []int) {
	texts := make([]string, len(returned))
	for i, st := range returned {
		texts[i] = statusText(st)
	}
	e, by := statusExpr, ""
	if e == nil {
		e, by = codeExpr, " (by "+s.via+")"
	}
	c.reportCiting(s, e, CategoryPlaceholder, fmt.Sprintf("code %s has status \"?\" in the catalog (%s); returned here with %s%s",
		code, c.cite(doc.StatusHole), strings.Join(texts, " or "), by), doc.StatusHole)
}

// checkStatus reports a status mismatch at the status expression e, or,
// when a wrapper fixes the status, at the code expression.
func (c *checker) checkStatus(s *site, e, codeExpr ast.Expr, code value, at catalog.Pos, statuses []int, status int) {
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
			if pkg := c.httpImportName(); pkg != "" {
				text = pkg + "." + name
				msg = "Replace with " + text
			}
		}
		d.SuggestedFixes = []analysis.SuggestedFix{{
			Message:   msg,
			TextEdits: []analysis.TextEdit{{Pos: e.Pos(), End: e.End(), NewText: []byte(text)}},
		}}
	}
	c.reportDiagnostic(s, d)
}

// httpImportName returns the name under which the current file imports
// net/http, or "" if it does not (or only for side effects or with a dot).
func (c *checker) httpImportName() string {
	for _, imp := range c.file.Imports {
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

// checkEndpoint checks a handler marked //errcodes:endpoint NAME.
// endpointName returns the endpoint an //errcodes:endpoint directive
// names, if the catalog has it.
func (c *checker) endpointName(d *directive) (string, bool) {
	name := d.arg
	if q, err := strconv.QuotedPrefix(name); err == nil {
		name, _ = strconv.Unquote(q)
	}
	return name, name != "" && c.cat.HasEndpoint(name)
}

func (c *checker) checkEndpoint(fi *funcInfo, d *directive) {
	name, ok := c.endpointName(d)
	if name == "" {
		c.reportDirective(d, `errcodes:endpoint needs the endpoint's name as the catalog writes it: //errcodes:endpoint "Get Order"`)
		return
	}
	if !ok {
		c.reportDirective(d, fmt.Sprintf("endpoint %q is not in the catalog", name))
		return
	}
	var holes []catalog.Hole
	for _, h := range c.cat.HolesFor(name) {
		if h.Code == catalog.Placeholder {
			holes = append(holes, h)
		}
	}
	if len(holes) == 0 {
		return
	}
	what := "no code errcodes can resolve"
	if len(fi.summary) > 0 {
		what = returnedText(fi.summary)
	}
	c.diags = append(c.diags, analysis.Diagnostic{
		Pos:      d.pos,
		End:      d.end,
		Category: CategoryEndpointPlaceholder,
		Message: fmt.Sprintf("endpoint %q has an unresolved \"?\" entry (%s); %s returns %s",
			name, c.cite(holes[0].Pos), fi.fd.Name.Name, what),
		Related: c.related(holes[0].Pos),
	})
}

// related returns p as a diagnostic's related information: the catalog
// entry a finding cites, positioned in the catalog file, with the
// citation the message writes (see cite) as its message. Editors, SARIF
// and baselines read it there rather than from the message.
func (c *checker) related(p catalog.Pos) []analysis.RelatedInformation {
	pos := c.catFiles.pos(c.pass.Fset, p)
	if !pos.IsValid() {
		return nil
	}
	return []analysis.RelatedInformation{{Pos: pos, Message: c.cite(p)}}
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

// report reports a finding at e, an expression of site s, unless an
// //errcodes:ignore directive suppresses it.
func (c *checker) report(s *site, e ast.Expr, category, msg string) {
	c.reportDiagnostic(s, analysis.Diagnostic{Pos: e.Pos(), End: e.End(), Category: category, Message: msg})
}

// reportCiting is report for a message that cites the catalog entry at p.
func (c *checker) reportCiting(s *site, e ast.Expr, category, msg string, p catalog.Pos) {
	c.reportDiagnostic(s, analysis.Diagnostic{Pos: e.Pos(), End: e.End(), Category: category, Message: msg, Related: c.related(p)})
}

func (c *checker) reportDiagnostic(s *site, d analysis.Diagnostic) {
	if c.ignored(d.Pos, d.Category) || c.ignored(s.node.Pos(), d.Category) {
		return
	}
	c.recordVerdict(s, d)
	c.diags = append(c.diags, d)
}

// ignored reports whether an //errcodes:ignore on the line of p, or on
// the line above, in p's file, suppresses a finding of category at p.
func (c *checker) ignored(p token.Pos, category string) bool {
	tf := c.pass.Fset.File(p)
	if tf == nil {
		return false
	}
	ignores := c.ignores[tf.Name()]
	line := tf.Line(p)
	for _, l := range []int{line, line - 1} {
		if d := ignores[l]; d != nil && (d.categories == nil || slices.Contains(d.categories, category)) {
			d.used = true
			return true
		}
	}
	return false
}

// reportUnusedIgnores reports each //errcodes:ignore that suppressed no
// finding, as staticcheck reports a //lint:ignore that matched nothing: a
// stale one would hide the next finding on its line.
func (c *checker) reportUnusedIgnores() {
	for _, ignores := range c.ignores {
		for _, d := range ignores {
			if !d.used {
				c.reportDirective(d, "errcodes:ignore suppresses no finding; remove it")
			}
		}
	}
}

func (c *checker) reportDirective(d *directive, msg string) {
	c.diags = append(c.diags, analysis.Diagnostic{Pos: d.pos, End: d.end, Category: CategoryDirective, Message: msg})
}
