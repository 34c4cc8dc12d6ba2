package analyzer

import (
	"fmt"
	"go/ast"
	"go/constant"
	"go/token"
	"path/filepath"
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
	configDir string // to cite catalog positions relative to the config

	file    *ast.File
	ignores map[int]*directive // this file's //errcodes:ignore, by line
	diags   []analysis.Diagnostic
}

// A directive is one //errcodes: comment.
type directive struct {
	name string // "ignore", "endpoint", ...
	arg  string
	pos  token.Pos
	end  token.Pos
	used bool
}

const directivePrefix = "//errcodes:"

func (c *checker) run() {
	for _, f := range c.pass.Files {
		name := c.pass.Fset.File(f.FileStart).Name()
		if strings.HasSuffix(name, "_test.go") {
			// Tests build deliberately wrong errors to test error paths;
			// the API's documentation is about what handlers return.
			continue
		}
		c.checkFile(f)
	}
	// Report in position order: a handler's finding is found after the
	// sites in its body, but reads best before them.
	sort.SliceStable(c.diags, func(i, j int) bool { return c.diags[i].Pos < c.diags[j].Pos })
	for _, d := range c.diags {
		c.pass.Report(d)
	}
}

func (c *checker) checkFile(f *ast.File) {
	c.file = f
	c.ignores = make(map[int]*directive)
	endpoints := make(map[token.Pos]*directive) // by comment position
	for _, cg := range f.Comments {
		for _, cm := range cg.List {
			d := parseDirective(cm)
			if d == nil {
				continue
			}
			switch d.name {
			case "ignore":
				if d.arg == "" {
					c.reportDirective(d, "errcodes:ignore needs a reason: //errcodes:ignore why this finding is wrong or accepted")
					continue
				}
				c.ignores[c.line(d.pos)] = d
			case "endpoint":
				endpoints[d.pos] = d
			default:
				c.reportDirective(d, fmt.Sprintf("unknown directive errcodes:%s (known: ignore, endpoint)", d.name))
			}
		}
	}

	for _, decl := range f.Decls {
		fd, ok := decl.(*ast.FuncDecl)
		if !ok {
			ast.Inspect(decl, func(n ast.Node) bool { c.visit(n); return true })
			continue
		}
		var sites []*site
		ast.Inspect(fd, func(n ast.Node) bool {
			if s := c.visit(n); s != nil {
				sites = append(sites, s)
			}
			return true
		})
		if fd.Doc == nil {
			continue
		}
		for _, cm := range fd.Doc.List {
			if d := endpoints[cm.Slash]; d != nil {
				d.used = true
				c.checkEndpoint(fd, d, sites)
			}
		}
	}
	for _, d := range endpoints {
		if !d.used {
			c.reportDirective(d, "errcodes:endpoint belongs in the doc comment of a handler function")
		}
	}
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
		s = c.match.callSite(c.pass.TypesInfo, n)
	case *ast.CompositeLit:
		s = c.match.litSite(c.pass.TypesInfo, n)
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

// constStatus returns the constant HTTP status e evaluates to, if it is
// one.
func (c *checker) constStatus(e ast.Expr) (int, bool) {
	tv, ok := c.pass.TypesInfo.Types[e]
	if !ok || tv.Value == nil || tv.Value.Kind() != constant.Int {
		return 0, false
	}
	s, exact := constant.Int64Val(tv.Value)
	if !exact || s < 100 || s > 599 {
		return 0, false
	}
	return int(s), true
}

func (c *checker) checkSite(s *site) {
	if e, ok := s.args[catalog.RoleMessage]; ok {
		if v, ok := c.constCode(e); ok && v.quoted && v.text == catalog.Placeholder {
			c.report(s, e, CategoryPlaceholder, `message "?" is an unresolved placeholder`)
		}
	}
	codeExpr, ok := s.args[catalog.RoleCode]
	if !ok {
		return
	}
	code, ok := c.constCode(codeExpr)
	if !ok {
		return // not a constant: nothing certain to say
	}
	if code.text == catalog.Placeholder {
		c.report(s, codeExpr, CategoryPlaceholder, `code "?" is an unresolved placeholder`)
		return
	}
	doc := c.cat.Lookup(code.text)
	if doc == nil {
		c.checkUndocumented(s, codeExpr, code)
		return
	}
	statusExpr, ok := s.args[catalog.RoleStatus]
	if !ok || len(doc.Statuses) == 0 {
		return
	}
	if status, ok := c.constStatus(statusExpr); ok && !doc.HasStatus(status) {
		c.checkStatus(s, statusExpr, code, doc, status)
	}
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

func (c *checker) checkStatus(s *site, e ast.Expr, code value, doc *catalog.Code, status int) {
	documented := make([]string, len(doc.Statuses))
	for i, st := range doc.Statuses {
		documented[i] = statusText(st)
	}
	d := analysis.Diagnostic{
		Pos:      e.Pos(),
		End:      e.End(),
		Category: CategoryStatus,
		Message: fmt.Sprintf("code %s is documented with status %s but returned with %s",
			code, strings.Join(documented, " or "), statusText(status)),
	}
	if len(doc.Statuses) == 1 {
		want := doc.Statuses[0]
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
func (c *checker) checkEndpoint(fd *ast.FuncDecl, d *directive, sites []*site) {
	name := d.arg
	if q, err := strconv.QuotedPrefix(name); err == nil {
		name, _ = strconv.Unquote(q)
	}
	if name == "" {
		c.reportDirective(d, `errcodes:endpoint needs the endpoint's name as the catalog writes it: //errcodes:endpoint "Get Order"`)
		return
	}
	if !c.cat.HasEndpoint(name) {
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
	returns := c.returnedCodes(sites)
	what := "no code errcodes can resolve"
	if len(returns) > 0 {
		what = strings.Join(returns, ", ")
	}
	c.diags = append(c.diags, analysis.Diagnostic{
		Pos:      d.pos,
		End:      d.end,
		Category: CategoryPlaceholder,
		Message: fmt.Sprintf("endpoint %q has an unresolved \"?\" entry (%s); %s returns %s",
			name, c.cite(holes[0].Pos), fd.Name.Name, what),
	})
}

// returnedCodes lists the constant codes of sites, with their constant
// statuses, sorted: "already_paid" (409).
func (c *checker) returnedCodes(sites []*site) []string {
	seen := make(map[string]bool)
	var out []string
	for _, s := range sites {
		e, ok := s.args[catalog.RoleCode]
		if !ok {
			continue
		}
		code, ok := c.constCode(e)
		if !ok || code.text == catalog.Placeholder {
			continue
		}
		text := code.String()
		if se, ok := s.args[catalog.RoleStatus]; ok {
			if st, ok := c.constStatus(se); ok {
				text += fmt.Sprintf(" (%d)", st)
			}
		}
		if !seen[text] {
			seen[text] = true
			out = append(out, text)
		}
	}
	sort.Strings(out)
	return out
}

// cite formats a catalog position for a message: relative to the config's
// directory, file:line.
func (c *checker) cite(p catalog.Pos) string {
	if rel, err := filepath.Rel(c.configDir, p.File); err == nil && !strings.HasPrefix(rel, "..") {
		p.File = filepath.ToSlash(rel)
	}
	return p.Short()
}

func (c *checker) line(p token.Pos) int { return c.pass.Fset.Position(p).Line }

// report reports a finding at e, an expression of site s, unless an
// //errcodes:ignore directive suppresses it.
func (c *checker) report(s *site, e ast.Expr, category, msg string) {
	c.reportDiagnostic(s, analysis.Diagnostic{Pos: e.Pos(), End: e.End(), Category: category, Message: msg})
}

func (c *checker) reportDiagnostic(s *site, d analysis.Diagnostic) {
	if c.ignored(d.Pos) || c.ignored(s.node.Pos()) {
		return
	}
	c.diags = append(c.diags, d)
}

// ignored reports whether an //errcodes:ignore on the line of p, or on
// the line above, suppresses a finding at p.
func (c *checker) ignored(p token.Pos) bool {
	line := c.line(p)
	for _, l := range []int{line, line - 1} {
		if d := c.ignores[l]; d != nil {
			d.used = true
			return true
		}
	}
	return false
}

func (c *checker) reportDirective(d *directive, msg string) {
	c.diags = append(c.diags, analysis.Diagnostic{Pos: d.pos, End: d.end, Category: CategoryDirective, Message: msg})
}
