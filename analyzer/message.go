package analyzer

import (
	"fmt"
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"strings"
	"unicode/utf8"

	"github.com/errcodes/errcodes/catalog"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/types/typeutil"
)

// checkMessage finds a constant message that is no instance of any
// message the catalog documents for the code.
func (c *checker) checkMessage(ds []analysis.Diagnostic, s *site, code value, doc *catalog.Code) []analysis.Diagnostic {
	e, ok := s.args[catalog.RoleMessage]
	if !ok {
		return c.checkFixedMessage(ds, s, doc)
	}
	var templates []pattern
	for _, m := range doc.Templates {
		if p := templatePattern(m); !p.empty() {
			templates = append(templates, p)
		}
	}
	if len(templates) == 0 {
		return ds // the docs give no message for this code
	}
	text, got, ok := c.messagePattern(s, e)
	if !ok || text == catalog.Placeholder || got.empty() {
		return ds // not a constant, already reported as a placeholder, or empty
	}
	if matchesAny(got, templates) {
		return ds
	}
	d := analysis.Diagnostic{Pos: e.Pos(), End: e.End(), Category: CategoryMessage}
	if len(doc.Templates) == 1 {
		d.Message = fmt.Sprintf("message %q does not match the documented %q", text, doc.Templates[0])
	} else {
		d.Message = fmt.Sprintf("message %q does not match any documented message (%s)", text, quoteList(doc.Templates, 5))
	}
	if lit, ok := ast.Unparen(e).(*ast.BasicLit); ok && lit.Kind == token.STRING && len(doc.Templates) == 1 && len(got) == 1 && len(templates[0]) == 1 {
		want := strings.TrimSpace(doc.Templates[0])
		if c.isFormat(s, e) {
			want = strings.ReplaceAll(want, "%", "%%")
		}
		d.SuggestedFixes = []analysis.SuggestedFix{{
			Message:   "Replace with the documented message",
			TextEdits: []analysis.TextEdit{{Pos: lit.Pos(), End: lit.End(), NewText: []byte(quoteLike(lit.Value, want))}},
		}}
	}
	return append(ds, d)
}

// checkFixedMessage checks the message a wrapper writes itself, for every
// code passed to it (func notFound(w, code) { write(w, 404, code, "Not
// found") }), finding it at the code argument.
func (c *checker) checkFixedMessage(ds []analysis.Diagnostic, s *site, doc *catalog.Code) []analysis.Diagnostic {
	enc, ok := s.fixed[catalog.RoleMessage]
	codeExpr, hasCode := s.args[catalog.RoleCode]
	if !ok || !hasCode {
		return ds
	}
	v := decodeConst(enc)
	if v.Kind() != constant.String {
		return ds
	}
	text := constant.StringVal(v)
	got := literalPattern(text)
	if text == catalog.Placeholder || got.empty() {
		return ds
	}
	var templates []pattern
	for _, m := range doc.Templates {
		if p := templatePattern(m); !p.empty() {
			templates = append(templates, p)
		}
	}
	if len(templates) == 0 || matchesAny(got, templates) {
		return ds
	}
	msg := fmt.Sprintf("message %q (by %s) does not match the documented %q", text, s.via, doc.Templates[0])
	if len(doc.Templates) > 1 {
		msg = fmt.Sprintf("message %q (by %s) does not match any documented message (%s)", text, s.via, quoteList(doc.Templates, 5))
	}
	return append(ds, diagnostic(codeExpr, CategoryMessage, msg))
}

// messagePattern returns the text of a constant message e and the pattern
// it stands for: a constant string (a format, when the emitter formats it),
// or fmt.Sprintf or fmt.Errorf of a constant format, whose verbs match any
// text.
func (c *checker) messagePattern(s *site, e ast.Expr) (string, pattern, bool) {
	if text, ok := c.constString(e); ok {
		if !c.isFormat(s, e) {
			return text, literalPattern(text), true
		}
		p, ok := formatPattern(text)
		return text, p, ok
	}
	call, ok := ast.Unparen(e).(*ast.CallExpr)
	if !ok || len(call.Args) == 0 {
		return "", nil, false
	}
	fn, ok := typeutil.Callee(c.pass.TypesInfo, call).(*types.Func)
	if !ok || fn.Pkg() == nil || fn.Pkg().Path() != "fmt" || (fn.Name() != "Sprintf" && fn.Name() != "Errorf") {
		return "", nil, false
	}
	text, ok := c.constString(call.Args[0])
	if !ok {
		return "", nil, false
	}
	p, ok := formatPattern(text)
	return text, p, ok
}

// constString returns the value of e if it is a constant string.
func (c *checker) constString(e ast.Expr) (string, bool) {
	tv, ok := c.pass.TypesInfo.Types[e]
	if !ok || tv.Value == nil || tv.Value.Kind() != constant.String {
		return "", false
	}
	return constant.StringVal(tv.Value), true
}

// isFormat reports whether the message argument e of call site s is a
// printf format: the emitter's last parameters are (format string, args
// ...any), as for apierr.Newf(code, status, "order %s", id).
func (c *checker) isFormat(s *site, e ast.Expr) bool {
	call, ok := s.node.(*ast.CallExpr)
	if !ok {
		return false
	}
	fn, ok := typeutil.Callee(c.pass.TypesInfo, call).(*types.Func)
	if !ok {
		return false
	}
	sig := fn.Type().(*types.Signature)
	n := sig.Params().Len()
	if !sig.Variadic() || n < 2 {
		return false
	}
	if b, ok := sig.Params().At(n - 2).Type().Underlying().(*types.Basic); !ok || b.Kind() != types.String {
		return false
	}
	elem := sig.Params().At(n - 1).Type().(*types.Slice).Elem()
	if it, ok := elem.Underlying().(*types.Interface); !ok || !it.Empty() {
		return false
	}
	args := call.Args
	if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok {
		if s := c.pass.TypesInfo.Selections[sel]; s != nil && s.Kind() == types.MethodExpr {
			args = args[min(1, len(args)):] // T.Method(recv, args...)
		}
	}
	return len(args) >= n-1 && args[n-2] == e
}

// A pattern is message text with wildcards: the literal segments between
// them, so a pattern of n segments has n-1 wildcards. A wildcard matches
// any text: a printf verb in Go, a {name} or $name placeholder in the
// docs.
type pattern []string

func (p pattern) empty() bool { return len(p) == 1 && p[0] == "" }

// normalize trims surrounding white space and one trailing period, the
// differences between a message and its documentation that do not count.
func (p pattern) normalize() pattern {
	p[0] = strings.TrimLeftFunc(p[0], isSpace)
	last := len(p) - 1
	p[last] = strings.TrimRightFunc(p[last], isSpace)
	p[last] = strings.TrimSuffix(p[last], ".")
	return p
}

func isSpace(r rune) bool { return r == ' ' || r == '\t' || r == '\n' || r == '\r' }

// literalPattern returns the pattern of text without wildcards.
func literalPattern(text string) pattern { return pattern{text}.normalize() }

// A patternBuilder collects the segments of a pattern.
type patternBuilder struct {
	segs []string
	cur  strings.Builder
}

func (b *patternBuilder) wildcard() {
	if len(b.segs) > 0 && b.cur.Len() == 0 {
		return // two wildcards in a row are one
	}
	b.segs = append(b.segs, b.cur.String())
	b.cur.Reset()
}

func (b *patternBuilder) pattern() pattern {
	return pattern(append(b.segs, b.cur.String())).normalize()
}

// formatPattern returns the pattern of a printf format: each verb is a
// wildcard, %% a percent sign. A format with a verb cut short is not
// read.
func formatPattern(format string) (pattern, bool) {
	var b patternBuilder
	for i := 0; i < len(format); {
		if format[i] != '%' {
			b.cur.WriteByte(format[i])
			i++
			continue
		}
		i++
		// Flags, argument indexes, width and precision: %-8.2f, %[1]*d.
		for i < len(format) && strings.IndexByte("+-# 0123456789.*[]", format[i]) >= 0 {
			i++
		}
		if i == len(format) {
			return nil, false
		}
		verb, size := utf8.DecodeRuneInString(format[i:])
		i += size
		if verb == '%' {
			b.cur.WriteByte('%') // %% (also %5%) prints a percent sign
			continue
		}
		b.wildcard()
	}
	return b.pattern(), true
}

// templatePattern returns the pattern of a documented message: {name},
// {expr.call()["key"]}, ${name} and $name are placeholders. An empty {}
// is text, as in "must be a JSON dictionary ({})", and so is a $ not
// followed by a name ($5).
func templatePattern(tmpl string) pattern {
	var b patternBuilder
	for i := 0; i < len(tmpl); {
		switch ch := tmpl[i]; {
		case ch == '{':
			if end := closingBrace(tmpl, i); end > 0 {
				b.wildcard()
				i = end + 1
				continue
			}
		case ch == '$' && i+1 < len(tmpl) && tmpl[i+1] == '{':
			if end := closingBrace(tmpl, i+1); end > 0 {
				b.wildcard()
				i = end + 1
				continue
			}
		case ch == '$' && i+1 < len(tmpl) && isIdentStart(tmpl[i+1]):
			i += 2
			for i < len(tmpl) && (isIdentStart(tmpl[i]) || tmpl[i] >= '0' && tmpl[i] <= '9') {
				i++
			}
			b.wildcard()
			continue
		}
		b.cur.WriteByte(tmpl[i])
		i++
	}
	return b.pattern()
}

// closingBrace returns the index of the brace that closes the one at
// s[open], counting nested braces, or -1 when there is none on the same
// line or the braces hold only white space.
func closingBrace(s string, open int) int {
	depth := 0
	for i := open; i < len(s); i++ {
		switch s[i] {
		case '{':
			depth++
		case '}':
			depth--
			if depth == 0 {
				if strings.TrimSpace(s[open+1:i]) == "" {
					return -1
				}
				return i
			}
		case '\n':
			return -1
		}
	}
	return -1
}

func isIdentStart(ch byte) bool {
	return ch == '_' || 'a' <= ch && ch <= 'z' || 'A' <= ch && ch <= 'Z'
}

// matchesAny reports whether the message got may be an instance of one of
// the documented templates.
func matchesAny(got pattern, templates []pattern) bool {
	for _, t := range templates {
		if got.matches(t) {
			return true
		}
	}
	return false
}

// matches reports whether some text is an instance of both p and q:
// whether a message written as p can be the one documented as q, a
// wildcard on either side matching any text, wildcards of the other side
// included. It runs in time linear in the patterns' lengths (up to the
// cost of strings.Index), never backtracking.
func (p pattern) matches(q pattern) bool {
	switch {
	case len(p) == 1 && len(q) == 1:
		return p[0] == q[0]
	case len(q) == 1:
		return p.matchText(q[0])
	case len(p) == 1:
		return q.matchText(p[0])
	}
	// Both have a wildcard: if their fixed starts agree (one is a prefix of
	// the other) and so do their fixed ends, the text made of the longer
	// start, every middle segment of p, every middle segment of q and the
	// longer end is an instance of both, each side's wildcards taking in
	// the other's segments.
	ps, qs := p[0], q[0]
	pe, qe := p[len(p)-1], q[len(q)-1]
	return (strings.HasPrefix(ps, qs) || strings.HasPrefix(qs, ps)) &&
		(strings.HasSuffix(pe, qe) || strings.HasSuffix(qe, pe))
}

// matchText reports whether text is an instance of p. Matching each
// middle segment at its leftmost place is enough: wildcards match any
// text, so an earlier match never leaves less room for the rest.
func (p pattern) matchText(text string) bool {
	first, last := p[0], p[len(p)-1]
	if len(text) < len(first)+len(last) || !strings.HasPrefix(text, first) || !strings.HasSuffix(text, last) {
		return false
	}
	rest := text[len(first) : len(text)-len(last)]
	for _, seg := range p[1 : len(p)-1] {
		i := strings.Index(rest, seg)
		if i < 0 {
			return false
		}
		rest = rest[i+len(seg):]
	}
	return true
}
