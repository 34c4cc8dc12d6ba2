package catalog

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// The typescript format: error codes declared as TypeScript in a docs page
// (GraphQL API error docs and the like), prose and other code around them
// ignored.
//
//	export enum ErrorCode {
//	  NotFound = 404,
//	  OrderError = 1001,
//	}
//	export type OrderLineItemErrorCode = | "out_of_stock" | "no_inventory";
//	export type APIError =
//	  | { code: ErrorCode.NotFound }
//	  | { code: ErrorCode.OrderError; meta?: { errors?: { code: OrderLineItemErrorCode }[] } };
//
// Each member of the code enum is a code (Code "1001", Name "OrderError";
// the numbers are codes, not HTTP statuses). A discriminated union whose
// members are objects with a code property set to an enum member (or to a
// literal) ties each code to its meta: the keys of its meta object are the
// code's Fields (Required when neither the key nor meta is optional), and the
// string-union types (or enums) used inside meta are its Reasons. Without
// such a union, the code set is an enum or string union that an error
// object's code property names, else one whose name says code or error.
// A @deprecated JSDoc tag on a member or union arm marks the code deprecated.
// A GraphQL SDL enum (values without commas or initializers) lists codes that
// are their own names, @deprecated directives included.
func init() {
	register(&Format{
		Name:     "typescript",
		Priority: 25,
		Detect:   detectTypeScript,
		Parse:    parseTypeScript,
	})
}

var tsDeclRE = lazyRegexp(`(?m)^[ \t]*(?:export[ \t]+)?(?:declare[ \t]+)?(?:const[ \t]+)?(?:enum|type|interface)[ \t]+\w*(?i:code|error)\w*[ \t]*(?:[={<]|extends|$)`)

// detectTypeScript looks for a declaration named like codes or errors, and
// then for codes in the declarations: a page that shows an error interface
// with code: string in passing is not a TypeScript catalog. A page whose
// codes cannot be read is one, so that loading says why.
func detectTypeScript(filename string, data []byte) bool {
	if hasExt(filename, ".yaml", ".yml", ".json") || !tsDeclRE.Match(data) {
		return false
	}
	doc, broken, err := parseTypeScriptPage(filename, data)
	return broken || err == nil && len(doc.Entries) > 0
}

// --- tokens ---

type tsTokKind uint8

const (
	tsEOF tsTokKind = iota
	tsIdent
	tsNumber
	tsString
	tsPunct
)

type tsTok struct {
	kind tsTokKind
	text string // for strings, the unquoted value
	line int
	doc  string // the comments just before the token
}

// tsTokenize splits the whole page into TypeScript tokens. It never fails:
// prose becomes identifiers and punctuation, an unterminated quote is a
// punctuation token, and strings do not span lines.
func tsTokenize(src string) []tsTok {
	var toks []tsTok
	line := 1
	var doc strings.Builder
	// Where the last "*/" and `"""` start: a comment or block string
	// opening before them is closed, one opening after them is not. Asking
	// the rest of the page at each opening would make a page of many
	// unclosed ones quadratic.
	lastCommentEnd := strings.LastIndex(src, "*/")
	lastBlockQuote := strings.LastIndex(src, `"""`)
	// Where a quote of each kind failed to close: a later quote of that
	// kind before the end of the same line cannot close either.
	var unclosed [2]int
	emit := func(kind tsTokKind, text string) {
		toks = append(toks, tsTok{kind: kind, text: text, line: line, doc: doc.String()})
		doc.Reset()
	}
	for i := 0; i < len(src); {
		c := src[i]
		switch {
		case c == '\n':
			line++
			i++
		case c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v':
			i++
		case c == '/' && i+1 < len(src) && src[i+1] == '/':
			end := strings.IndexByte(src[i:], '\n')
			if end < 0 {
				end = len(src) - i
			}
			doc.WriteString(src[i : i+end])
			doc.WriteByte('\n')
			i += end
		case c == '/' && i+1 < len(src) && src[i+1] == '*' && lastCommentEnd >= i+2:
			end := i + 2 + strings.Index(src[i+2:], "*/") + 2
			doc.WriteString(src[i:end])
			doc.WriteByte('\n')
			line += strings.Count(src[i:end], "\n")
			i = end
		case strings.HasPrefix(src[i:], `"""`) && lastBlockQuote >= i+3:
			end := i + 3 + strings.Index(src[i+3:], `"""`)
			emit(tsString, strings.TrimSpace(src[i+3:end])) // a GraphQL block string
			line += strings.Count(src[i:end], "\n")
			i = end + 3
		case c == '"' || c == '\'':
			q := 0
			if c == '\'' {
				q = 1
			}
			s, n, ok := "", 0, false
			if i >= unclosed[q] {
				s, n, ok = tsScanString(src[i:])
			}
			if !ok {
				if i >= unclosed[q] {
					unclosed[q] = len(src)
					if nl := strings.IndexByte(src[i:], '\n'); nl >= 0 {
						unclosed[q] = i + nl
					}
				}
				emit(tsPunct, string(c))
				i++
				break
			}
			emit(tsString, s)
			i += n
		case c >= '0' && c <= '9':
			j := i
			for j < len(src) && (isASCIIAlnum(src[j]) || src[j] == '_' || src[j] == '.') {
				j++
			}
			emit(tsNumber, src[i:j])
			i = j
		case c == '=' && i+1 < len(src) && src[i+1] == '>':
			emit(tsPunct, "=>")
			i += 2
		case c == '.' && strings.HasPrefix(src[i:], "..."):
			emit(tsPunct, "...")
			i += 3
		default:
			r, n := utf8.DecodeRuneInString(src[i:])
			if r == '_' || r == '$' || unicode.IsLetter(r) {
				j := i + n
				for j < len(src) {
					r, m := utf8.DecodeRuneInString(src[j:])
					if r != '_' && r != '$' && !unicode.IsLetter(r) && !unicode.IsDigit(r) {
						break
					}
					j += m
				}
				emit(tsIdent, src[i:j])
				i = j
				break
			}
			emit(tsPunct, src[i:i+n])
			i += n
		}
	}
	toks = append(toks, tsTok{kind: tsEOF, line: line})
	return toks
}

func isASCIIAlnum(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}

// tsScanString reads a quoted string at the start of s, on one line. It
// returns the value and the length of the literal.
func tsScanString(s string) (string, int, bool) {
	q := s[0]
	var b strings.Builder
	for i := 1; i < len(s); i++ {
		c := s[i]
		switch {
		case c == q:
			return b.String(), i + 1, true
		case c == '\n':
			return "", 0, false
		case c == '\\' && i+1 < len(s) && s[i+1] != '\n':
			i++
			switch s[i] {
			case 'n':
				b.WriteByte('\n')
			case 't':
				b.WriteByte('\t')
			case 'r':
				b.WriteByte('\r')
			default:
				b.WriteByte(s[i])
			}
		default:
			b.WriteByte(c)
		}
	}
	return "", 0, false
}

// --- types ---

type tsTypeKind uint8

const (
	tsOther   tsTypeKind = iota // anything we do not look into
	tsUnion                     // elems
	tsInter                     // elems
	tsObject                    // members
	tsArray                     // elems[0]
	tsRef                       // text (dotted name), elems are type arguments
	tsStrLit                    // text
	tsNumLit                    // text, in decimal when it is an integer
	tsKeyword                   // text: string, undefined, ...
)

type tsType struct {
	kind    tsTypeKind
	text    string
	elems   []*tsType
	members []*tsMember
	line    int
	doc     string
}

type tsMember struct {
	name     string
	optional bool
	typ      *tsType
	line     int
	doc      string
}

type tsEnum struct {
	name    string
	line    int
	members []tsEnumMember
	index   map[string]int // the first member of each name, by name
}

// member returns the index of the first member named name, or -1.
func (e *tsEnum) member(name string) int {
	if i, ok := e.index[name]; ok {
		return i
	}
	return -1
}

func (e *tsEnum) addMember(m tsEnumMember) {
	if _, ok := e.index[m.name]; !ok {
		e.index[m.name] = len(e.members)
	}
	e.members = append(e.members, m)
}

type tsEnumMember struct {
	name  string
	value string // "" when it could not be evaluated
	str   bool   // a string member
	line  int
	doc   string
}

type tsDecl struct {
	name string
	typ  *tsType // type aliases and interfaces
	line int
}

// --- parser ---

type tsParser struct {
	file  string
	toks  []tsTok
	pos   int
	depth int
	bad   *tsTok // the token a declaration failed at
	why   string // what was expected there, when more can be said

	enums    []*tsEnum
	badEnums []*tsBadEnum // enums that could not be read
	decls    []*tsDecl
	warnings ErrorList
}

// A tsBadEnum is an enum declaration that could not be read. None of its
// members is kept: an enum read in part would number its members wrongly
// or take the declarations after it for members. It is an error if the
// catalog would take codes from it, else a warning.
type tsBadEnum struct {
	name string
	err  *Error
}

const tsMaxDepth = 64

// tsMaxResolveDepth bounds how deep the catalog follows type aliases
// through the types that name them, when it resolves a code set, a meta
// object or its sub-codes: far beyond any real page, and an error, not a
// cut, on a page that goes beyond it.
const tsMaxResolveDepth = 10000

// tsMaxResolveWork bounds the types visited in resolving the meta objects
// and sub-codes of all arms together, which may name the same large types
// again and again: an error, not a cut, beyond it.
const tsMaxResolveWork = 20_000_000

func (p *tsParser) peek() tsTok { return p.peekN(0) }

func (p *tsParser) peekN(n int) tsTok {
	if p.pos+n < len(p.toks) {
		return p.toks[p.pos+n]
	}
	return p.toks[len(p.toks)-1]
}

func (p *tsParser) next() tsTok {
	t := p.peek()
	if p.pos < len(p.toks)-1 {
		p.pos++
	}
	return t
}

// is reports whether the next token is the punctuation or keyword s.
func (p *tsParser) is(s string) bool {
	t := p.peek()
	return (t.kind == tsPunct || t.kind == tsIdent) && t.text == s
}

func (p *tsParser) accept(s string) bool {
	if p.is(s) {
		p.next()
		return true
	}
	return false
}

func (p *tsParser) fail() {
	if p.bad == nil {
		t := p.peek()
		p.bad = &t
	}
}

func (p *tsParser) failed() bool { return p.bad != nil }

func (p *tsParser) expect(s string) {
	if !p.accept(s) {
		p.fail()
	}
}

// skipBalanced skips an opening bracket and everything up to its match.
func (p *tsParser) skipBalanced() {
	open := p.next().text
	close := map[string]string{"(": ")", "[": "]", "{": "}", "<": ">"}[open]
	depth := 1
	for depth > 0 {
		t := p.next()
		switch {
		case t.kind == tsEOF:
			p.fail()
			return
		case t.kind != tsPunct:
		case t.text == open:
			depth++
		case t.text == close:
			depth--
		}
	}
}

// skipTo skips to the next of the stop tokens outside brackets, without
// consuming it.
func (p *tsParser) skipTo(stops ...string) {
	depth := 0
	for {
		t := p.peek()
		if t.kind == tsEOF {
			return
		}
		if t.kind == tsPunct {
			switch t.text {
			case "(", "[", "{":
				depth++
			case ")", "]", "}":
				if depth == 0 {
					if contains(stops, t.text) {
						return
					}
					p.fail()
					return
				}
				depth--
			default:
				if depth == 0 && contains(stops, t.text) {
					return
				}
			}
		}
		p.next()
	}
}

// scan finds the declarations in the page.
func (p *tsParser) scan() {
	for p.peek().kind != tsEOF {
		t := p.peek()
		n1, n2 := p.peekN(1), p.peekN(2)
		start := p.pos
		if t.kind == tsIdent && n1.kind == tsIdent && (n2.kind == tsPunct || n2.kind == tsIdent) {
			p.bad, p.why = nil, ""
			isEnum := false
			switch {
			case t.text == "enum" && n2.text == "{":
				p.pos += 2
				e := p.parseEnum(n1.text, t.line)
				if !p.failed() {
					p.enums = append(p.enums, e)
					continue
				}
				isEnum = true
			case t.text == "type" && (n2.text == "=" || n2.text == "<"):
				p.pos += 2
				if p.is("<") {
					p.skipBalanced()
				}
				if !p.is("=") {
					p.pos = start + 1 // prose, not a declaration
					continue
				}
				p.next()
				typ := p.parseType()
				if !p.failed() {
					p.decls = append(p.decls, &tsDecl{name: n1.text, typ: typ, line: t.line})
					continue
				}
			case t.text == "interface" && (n2.text == "{" || n2.text == "<" || n2.text == "extends"):
				p.pos += 2
				typ := p.parseInterface()
				if !p.failed() {
					p.decls = append(p.decls, &tsDecl{name: n1.text, typ: typ, line: t.line})
					continue
				}
			default:
				p.next()
				continue
			}
			bad := p.bad
			what := "unexpected end of the page"
			if bad.kind != tsEOF {
				what = "unexpected " + strconv.Quote(bad.text)
			}
			if p.why != "" {
				what = p.why + ", found " + strconv.Quote(bad.text)
				if bad.kind == tsEOF {
					what = p.why + ", found the end of the page"
				}
			}
			err := errorf(Pos{File: p.file, Line: bad.line}, "cannot read the declaration of %s: %s", n1.text, what)
			if isEnum {
				p.badEnums = append(p.badEnums, &tsBadEnum{name: n1.text, err: err})
			} else {
				p.warnings = append(p.warnings, err)
			}
			p.bad, p.why = nil, ""
			p.pos = start + 1
			continue
		}
		p.next()
	}
}

func (p *tsParser) parseEnum(name string, line int) *tsEnum {
	e := &tsEnum{name: name, line: line, index: make(map[string]int)}
	p.expect("{")
	next, haveNext := int64(0), true
	sawComma, sawInit, sawSDL := false, false, false
	deprecated := -1 // the member a @deprecated directive marked last
	// The first member not followed by a comma or the closing brace, and
	// the token after it: a TypeScript enum (one with a comma or an
	// initializer) separates its members with commas, a GraphQL one by
	// space alone.
	noComma, noCommaInit := "", false
	var afterNoComma tsTok
	for !p.failed() {
		t := p.peek()
		if p.accept("}") {
			break
		}
		if p.accept(",") {
			sawComma = true
			continue
		}
		// GraphQL SDL: # comments, "descriptions" and @directives.
		if t.kind == tsPunct && t.text == "#" {
			for p.peek().kind != tsEOF && p.peek().line == t.line {
				p.next()
			}
			continue
		}
		if n := p.peekN(1); t.kind == tsString && (n.kind == tsString || n.kind == tsIdent) {
			p.next()
			sawSDL = true
			continue
		}
		if t.kind == tsPunct && t.text == "@" && p.peekN(1).kind == tsIdent {
			directive := p.peekN(1).text
			p.pos += 2
			if p.is("(") {
				p.skipBalanced()
			}
			if n := len(e.members); n > 0 && directive == "deprecated" && deprecated != n-1 {
				e.members[n-1].doc += "\n@deprecated" // once: more would say no more
				deprecated = n - 1
			}
			sawSDL = true
			continue
		}
		if t.kind != tsIdent && t.kind != tsString {
			p.fail()
			break
		}
		p.next()
		m := tsEnumMember{name: t.text, line: t.line, doc: t.doc}
		sawInitHere := p.is("=")
		if p.accept("=") {
			sawInit = true
			from := p.pos
			p.skipTo(",", "}")
			if p.failed() || p.pos == from {
				p.fail()
				break
			}
			init := p.toks[from:p.pos]
			if i := tsAdjacentOperands(init); i > 0 {
				// 404 OrderError = 1001: a comma is missing, and the
				// next member is not part of this one's value.
				p.pos = from + i
				if noComma == "" {
					noComma, noCommaInit, afterNoComma = m.name, true, p.peek()
				}
				p.fail()
				break
			}
			m.value, m.str = p.enumValue(e, init)
		} else if haveNext {
			m.value = strconv.FormatInt(next, 10)
		}
		haveNext = false
		if !m.str && m.value != "" {
			if v, err := strconv.ParseInt(m.value, 10, 64); err == nil && v < 1<<62 {
				next, haveNext = v+1, true
			}
		}
		e.addMember(m)
		if noComma == "" && !p.is(",") && !p.is("}") {
			noComma, noCommaInit, afterNoComma = m.name, sawInitHere, p.peek()
		}
	}
	// The member before the problem is the better place to report it, as
	// is one that a comma should have followed, which comes first.
	if noComma != "" && (sawComma || sawInit || p.failed() && *p.bad == afterNoComma) {
		p.bad, p.why = &afterNoComma, fmt.Sprintf("expected \",\" or \"}\" after member %s", noComma)
		if !noCommaInit {
			p.why = fmt.Sprintf("expected \"=\", \",\" or \"}\" after member %s", noComma)
		}
		return e
	}
	if !sawComma && !sawInit && (len(e.members) > 1 || sawSDL) {
		// A GraphQL enum: each value is its own name.
		for i := range e.members {
			e.members[i].value, e.members[i].str = e.members[i].name, true
		}
	}
	for _, m := range e.members {
		if m.value == "" && !m.str {
			p.warnings = append(p.warnings, errorf(Pos{File: p.file, Line: m.line}, "cannot tell the value of enum member %s.%s", name, m.name))
		}
	}
	return e
}

// tsAdjacentOperands returns the index of the second of two operands in a
// row (names, numbers, strings) in an expression's tokens, or 0: no
// expression has them, where a list missing a comma does.
func tsAdjacentOperands(toks []tsTok) int {
	operand := func(t tsTok) bool { return t.kind == tsIdent || t.kind == tsNumber || t.kind == tsString }
	for i := 1; i < len(toks); i++ {
		if operand(toks[i-1]) && operand(toks[i]) {
			return i
		}
	}
	return 0
}

// enumValue evaluates an enum initializer: a number, a string, or another
// member of the enum.
func (p *tsParser) enumValue(e *tsEnum, toks []tsTok) (string, bool) {
	for len(toks) >= 2 && toks[0].text == "(" && toks[len(toks)-1].text == ")" {
		toks = toks[1 : len(toks)-1]
	}
	neg := false
	if len(toks) == 2 && toks[0].kind == tsPunct && (toks[0].text == "-" || toks[0].text == "+") {
		neg = toks[0].text == "-"
		toks = toks[1:]
	}
	var ref string
	switch {
	case len(toks) == 1 && toks[0].kind == tsNumber:
		v, ok := tsNumberValue(toks[0].text)
		if !ok {
			return "", false
		}
		if neg {
			v = "-" + v
		}
		return v, false
	case neg:
		return "", false
	case len(toks) == 1 && toks[0].kind == tsString:
		return toks[0].text, true
	case len(toks) == 1 && toks[0].kind == tsIdent:
		ref = toks[0].text
	case len(toks) == 3 && toks[0].text == e.name && toks[1].text == "." && toks[2].kind == tsIdent:
		ref = toks[2].text
	case len(toks) == 4 && toks[0].text == e.name && toks[1].text == "[" && toks[2].kind == tsString && toks[3].text == "]":
		ref = toks[2].text
	}
	if i := e.member(ref); i >= 0 {
		return e.members[i].value, e.members[i].str
	}
	return "", false
}

// tsNumberValue returns a numeric literal in decimal.
func tsNumberValue(s string) (string, bool) {
	s = strings.ReplaceAll(s, "_", "")
	if v, err := strconv.ParseInt(s, 0, 64); err == nil {
		return strconv.FormatInt(v, 10), true
	}
	if v, err := strconv.ParseUint(s, 0, 64); err == nil {
		return strconv.FormatUint(v, 10), true
	}
	if f, err := strconv.ParseFloat(s, 64); err == nil {
		if f == float64(int64(f)) && f < 1e18 && f > -1e18 {
			return strconv.FormatInt(int64(f), 10), true
		}
		return s, true
	}
	return "", false
}

func (p *tsParser) parseInterface() *tsType {
	if p.is("<") {
		p.skipBalanced()
	}
	var bases []*tsType
	if p.accept("extends") {
		for !p.failed() && !p.is("{") {
			if p.accept(",") {
				continue
			}
			bases = append(bases, p.parsePostfix())
		}
	}
	if !p.is("{") {
		p.fail()
		return nil
	}
	obj := p.parsePrimary()
	if len(bases) == 0 {
		return obj
	}
	return &tsType{kind: tsInter, elems: append(bases, obj), line: obj.line}
}

func (p *tsParser) parseType() *tsType {
	return p.parseSeq(tsUnion, "|", func() *tsType { return p.parseSeq(tsInter, "&", p.parsePostfix) })
}

// parseSeq parses a union or intersection, with its optional leading
// operator.
func (p *tsParser) parseSeq(kind tsTypeKind, op string, elem func() *tsType) *tsType {
	lead := p.peek()
	p.accept(op)
	first := elem()
	if first.doc == "" {
		first.doc = lead.doc
	}
	if !p.is(op) {
		return first
	}
	t := &tsType{kind: kind, elems: []*tsType{first}, line: first.line}
	for !p.failed() && p.is(op) {
		lead := p.next()
		e := elem()
		if e.doc == "" {
			e.doc = lead.doc
		}
		t.elems = append(t.elems, e)
	}
	return t
}

func (p *tsParser) parsePostfix() *tsType {
	t := p.parsePrimary()
	for !p.failed() && p.is("[") {
		if p.peekN(1).text == "]" {
			p.pos += 2
			t = &tsType{kind: tsArray, elems: []*tsType{t}, line: t.line, doc: t.doc}
			continue
		}
		p.skipBalanced() // indexed access
		t = &tsType{kind: tsOther, line: t.line}
	}
	return t
}

var tsKeywords = map[string]bool{
	"string": true, "number": true, "boolean": true, "bigint": true, "symbol": true,
	"object": true, "any": true, "unknown": true, "never": true, "void": true,
	"undefined": true, "null": true, "true": true, "false": true, "this": true,
}

func (p *tsParser) parsePrimary() *tsType {
	t := p.peek()
	typ := &tsType{line: t.line, doc: t.doc}
	p.depth++
	defer func() { p.depth-- }()
	if p.depth > tsMaxDepth {
		p.fail()
	}
	if p.failed() {
		return typ
	}
	switch t.kind {
	case tsString:
		p.next()
		typ.kind, typ.text = tsStrLit, t.text
	case tsNumber:
		p.next()
		v, ok := tsNumberValue(t.text)
		if !ok {
			p.fail()
		}
		typ.kind, typ.text = tsNumLit, v
	case tsIdent:
		switch {
		case tsKeywords[t.text]:
			p.next()
			typ.kind, typ.text = tsKeyword, t.text
		case t.text == "typeof" || t.text == "keyof" || t.text == "readonly" || t.text == "unique" || t.text == "infer":
			p.next()
			inner := p.parsePostfix()
			if t.text == "readonly" {
				return inner
			}
		case t.text == "new" && p.peekN(1).text == "(":
			p.next()
			p.skipFunction()
		default:
			p.next()
			name := t.text
			if p.is(".") && p.peekN(1).kind == tsIdent {
				var b strings.Builder // not +=, quadratic in a long dotted name
				b.WriteString(name)
				for p.is(".") && p.peekN(1).kind == tsIdent {
					b.WriteString(".")
					b.WriteString(p.peekN(1).text)
					p.pos += 2
				}
				name = b.String()
			}
			typ.kind, typ.text = tsRef, name
			if p.accept("<") {
				for !p.failed() && !p.accept(">") {
					if p.accept(",") {
						continue
					}
					typ.elems = append(typ.elems, p.parseType())
				}
			}
		}
	case tsPunct:
		switch t.text {
		case "-":
			if n := p.peekN(1); n.kind == tsNumber {
				p.pos += 2
				v, ok := tsNumberValue(n.text)
				if !ok {
					p.fail()
				}
				typ.kind, typ.text = tsNumLit, "-"+v
				break
			}
			p.fail()
		case "{":
			p.next()
			typ.kind = tsObject
			typ.members = p.parseMembers()
		case "(":
			start := p.pos
			p.next()
			inner := p.parseType()
			if !p.failed() && p.accept(")") && !p.is("=>") {
				if inner.doc == "" {
					inner.doc = t.doc
				}
				return inner
			}
			p.bad = nil // a function type
			p.pos = start
			p.skipFunction()
		case "[":
			p.next()
			for !p.failed() && !p.accept("]") {
				if p.accept(",") || p.accept("...") {
					continue
				}
				if p.peek().kind == tsIdent && (p.peekN(1).text == ":" || p.peekN(1).text == "?" && p.peekN(2).text == ":") {
					p.pos += 2 // a labeled element
					p.accept(":")
				}
				typ.elems = append(typ.elems, p.parseType())
				p.accept("?")
			}
		default:
			p.fail()
		}
	default:
		p.fail()
	}
	return typ
}

// skipFunction skips a function type: (params) => result.
func (p *tsParser) skipFunction() {
	if p.is("<") {
		p.skipBalanced()
	}
	if !p.is("(") {
		p.fail()
		return
	}
	p.skipBalanced()
	p.expect("=>")
	if !p.failed() {
		p.parseType()
	}
}

// parseMembers parses the members of an object type after its "{". A
// member whose type cannot be read is kept, with an opaque type.
func (p *tsParser) parseMembers() []*tsMember {
	var ms []*tsMember
	for !p.failed() {
		t := p.peek()
		switch {
		case t.kind == tsEOF:
			p.fail()
			return ms
		case p.accept("}"):
			return ms
		case p.accept(";") || p.accept(","):
			continue
		case p.is("[") || p.is("(") || p.is("<") || p.is("-") || p.is("+"):
			// index signature, mapped type, call signature
			p.skipTo(";", ",", "}")
			continue
		}
		if t.kind == tsIdent && (t.text == "readonly" || t.text == "get" || t.text == "set") {
			if n := p.peekN(1); n.kind == tsIdent || n.kind == tsString {
				p.next()
				t = p.peek()
			}
		}
		if t.kind != tsIdent && t.kind != tsString && t.kind != tsNumber {
			p.next() // not TypeScript; keep going to the closing brace
			continue
		}
		p.next()
		m := &tsMember{name: t.text, line: t.line, doc: t.doc, typ: &tsType{line: t.line}}
		m.optional = p.accept("?")
		from := p.pos
		switch {
		case p.accept(":"):
			m.typ = p.parseType()
		case p.is("(") || p.is("<"):
			p.skipTo(";", ",", "}")
		}
		if p.failed() {
			p.bad = nil
			p.pos = from
			m.typ = &tsType{line: t.line}
			p.skipTo(";", ",", "}")
			if p.failed() {
				return ms
			}
		}
		ms = append(ms, m)
	}
	return ms
}

// --- from declarations to entries ---

type tsArm struct {
	obj  *tsType
	disc *tsMember
}

type tsCatalog struct {
	p       *tsParser
	enums   map[string]*tsEnum
	bad     map[string]*tsBadEnum // enums that could not be read, by name
	aliases map[string]*tsType
	arms    []tsArm
	isCode  map[string]bool // enums and aliases that are code sets
	memo    map[string]*tsMemo
	isLits  map[string]int8 // literalUnion's answers, by alias name: tsYes, tsNo or tsBusy
	deep    *Error          // an alias chain beyond tsMaxResolveDepth, or too much work
	work    int             // types visited by flatten and reasons
	entries []Entry
	byCode  map[string]int
	sets    map[int]*tsEntrySets // by index in entries, for addArm
	sets0   map[string]bool      // isSet's answers, by name
}

// tsEntrySets index the lists of an entry, which several arms may add to.
type tsEntrySets struct {
	fields, required, reasons valueSet[string]
}

func parseTypeScript(filename string, data []byte) (*Doc, error) {
	doc, _, err := parseTypeScriptPage(filename, data)
	return doc, err
}

// parseTypeScriptPage parses a page as parseTypeScript does, and reports
// whether its error is that the page declares codes that cannot be read
// (an enum, aliases too deep), not that it declares none.
func parseTypeScriptPage(filename string, data []byte) (doc *Doc, broken bool, err error) {
	p := &tsParser{file: filename, toks: tsTokenize(string(data))}
	p.scan()
	c := &tsCatalog{
		p:       p,
		enums:   make(map[string]*tsEnum),
		bad:     make(map[string]*tsBadEnum),
		aliases: make(map[string]*tsType),
		isCode:  make(map[string]bool),
		memo:    make(map[string]*tsMemo),
		isLits:  make(map[string]int8),
		byCode:  make(map[string]int),
		sets:    make(map[int]*tsEntrySets),
		sets0:   make(map[string]bool),
	}
	for _, e := range p.enums {
		if c.enums[e.name] == nil {
			c.enums[e.name] = e
		}
	}
	for _, b := range p.badEnums {
		if c.enums[b.name] == nil && c.bad[b.name] == nil {
			c.bad[b.name] = b
		}
	}
	for _, d := range p.decls {
		if c.aliases[d.name] == nil {
			c.aliases[d.name] = d.typ
		}
	}
	for _, d := range p.decls {
		c.findArms(d.typ, 0)
	}
	c.findCodeSets()
	if errs, used := c.badEnumErrors(); len(errs) > 0 {
		return nil, used, errs
	}
	c.addCodeSets()
	for _, a := range c.arms {
		c.addArm(a)
	}
	if c.deep != nil {
		return nil, true, ErrorList{c.deep}
	}
	if len(c.entries) == 0 {
		return nil, false, ErrorList{errorf(Pos{File: filename, Line: 1}, "no error codes found: expected an enum of codes (enum ErrorCode { NotFound = 404 }) or a union of error objects with a code property")}
	}
	return &Doc{Entries: c.entries, Warnings: p.warnings}, false, nil
}

// badEnumErrors returns the errors of the enums that could not be read and
// that the catalog would use: a code set, or one a declaration names. The
// others are warnings: a page may show enums in other languages too. used
// reports whether a declaration names one of them: then the page is a
// TypeScript catalog for sure, not one with a code set by its name only.
func (c *tsCatalog) badEnumErrors() (errs ErrorList, used bool) {
	if len(c.bad) == 0 {
		return nil, false
	}
	named := make(map[string]bool)
	for _, d := range c.p.decls {
		tsRefs(d.typ, 0, named)
	}
	for name := range named {
		if enum, _, ok := strings.Cut(name, "."); ok {
			named[enum] = true
		}
	}
	for _, b := range c.p.badEnums {
		if c.bad[b.name] == b && (c.isCode[b.name] || named[b.name]) {
			errs = append(errs, b.err)
			used = used || named[b.name]
		} else {
			c.p.warnings = append(c.p.warnings, b.err)
		}
	}
	return errs, used
}

func (c *tsCatalog) warn(line int, format string, args ...any) {
	c.p.warnings = append(c.p.warnings, errorf(Pos{File: c.p.file, Line: line}, format, args...))
}

// tsIsCodeKey reports whether an object key names the error code.
func tsIsCodeKey(name string) bool {
	n := strings.ToLower(strings.NewReplacer("_", "", "-", "").Replace(name))
	return n == "code" || n == "errorcode"
}

func tsDiscriminant(obj *tsType) *tsMember {
	for _, m := range obj.members {
		if tsIsCodeKey(m.name) {
			return m
		}
	}
	return nil
}

// tsArmCodes returns the parts of a discriminant's type that name codes:
// enum members (E.M) and literals. ok is false when the type is anything
// else (string, a whole enum, undefined).
func tsArmCodes(t *tsType) (parts []*tsType, ok bool) {
	switch t.kind {
	case tsStrLit, tsNumLit:
		return []*tsType{t}, t.text != ""
	case tsRef:
		return []*tsType{t}, strings.Contains(t.text, ".") && len(t.elems) == 0
	case tsUnion:
		for _, e := range t.elems {
			if e.kind == tsKeyword && (e.text == "undefined" || e.text == "null") {
				continue
			}
			sub, ok := tsArmCodes(e)
			if !ok {
				return nil, false
			}
			parts = append(parts, sub...)
		}
		return parts, len(parts) > 0
	}
	return nil, false
}

// findArms collects the objects whose code property is an enum member or
// a literal: the members of a discriminated union of errors.
func (c *tsCatalog) findArms(t *tsType, depth int) {
	if t == nil || depth > tsMaxDepth {
		return
	}
	if t.kind == tsObject {
		if d := tsDiscriminant(t); d != nil {
			if _, ok := tsArmCodes(d.typ); ok {
				c.arms = append(c.arms, tsArm{obj: t, disc: d})
				return
			}
		}
		for _, m := range t.members {
			c.findArms(m.typ, depth+1)
		}
		return
	}
	for _, e := range t.elems {
		c.findArms(e, depth+1)
	}
}

// findCodeSets decides which enums and string unions list the codes.
func (c *tsCatalog) findCodeSets() {
	for _, a := range c.arms {
		parts, _ := tsArmCodes(a.disc.typ)
		for _, t := range parts {
			if t.kind == tsRef {
				enum, _, _ := strings.Cut(t.text, ".")
				if c.enums[enum] != nil || c.bad[enum] != nil {
					c.isCode[enum] = true
				}
			}
		}
	}
	if len(c.arms) > 0 {
		return
	}
	// An error object's code property names the set.
	sub := make(map[string]bool)
	for _, d := range c.p.decls {
		c.codeProps(d.typ, 0, sub)
	}
	if len(c.isCode) > 0 {
		return
	}
	// Else go by names.
	nameRE := regexp.MustCompile(`(?i)code|error`)
	for _, e := range c.p.enums {
		if nameRE.MatchString(e.name) && !sub[e.name] {
			c.isCode[e.name] = true
		}
	}
	for _, b := range c.p.badEnums {
		if nameRE.MatchString(b.name) && !sub[b.name] {
			c.isCode[b.name] = true
		}
	}
	if len(c.isCode) > 0 {
		return
	}
	for _, d := range c.p.decls {
		if nameRE.MatchString(d.name) && !sub[d.name] {
			if c.literalUnion(d.typ, 0) {
				c.isCode[d.name] = true
			}
		}
	}
}

// codeProps marks the sets named by the code property of outermost objects,
// and records in sub the names used deeper (sub-code types).
func (c *tsCatalog) codeProps(t *tsType, depth int, sub map[string]bool) {
	if t == nil || depth > tsMaxDepth {
		return
	}
	switch t.kind {
	case tsObject:
		for _, m := range t.members {
			if tsIsCodeKey(m.name) && m.typ.kind == tsRef && c.isSet(m.typ.text) {
				c.isCode[m.typ.text] = true
				continue
			}
			tsRefs(m.typ, 0, sub)
		}
	case tsRef:
		tsRefs(t, 0, sub)
	default:
		for _, e := range t.elems {
			c.codeProps(e, depth+1, sub)
		}
	}
}

func tsRefs(t *tsType, depth int, into map[string]bool) {
	if t == nil || depth > tsMaxDepth {
		return
	}
	if t.kind == tsRef {
		into[t.text] = true
	}
	for _, e := range t.elems {
		tsRefs(e, depth+1, into)
	}
	for _, m := range t.members {
		tsRefs(m.typ, depth+1, into)
	}
}

// isSet reports whether name is an enum or a union of literals. It
// remembers its answers: many objects may name one long union.
func (c *tsCatalog) isSet(name string) bool {
	if c.enums[name] != nil || c.bad[name] != nil {
		return true
	}
	if ok, done := c.sets0[name]; done {
		return ok
	}
	ok := false
	if t := c.aliases[name]; t != nil {
		ok = c.literalUnion(t, 0)
	}
	c.sets0[name] = ok
	return ok
}

// tsMemo holds what stringMembers found for an alias.
type tsMemo struct {
	lits []*tsType
	ok   bool
}

// tooDeep records that resolving t went beyond tsMaxResolveDepth.
func (c *tsCatalog) tooDeep(t *tsType) {
	if c.deep == nil {
		c.deep = errorf(Pos{File: c.p.file, Line: t.line}, "types and the aliases they name nest more than %d deep; errcodes does not resolve them", tsMaxResolveDepth)
	}
}

// visit counts one type visited by flatten or reasons, and reports
// whether the work is still within tsMaxResolveWork.
func (c *tsCatalog) visit(t *tsType) bool {
	c.work++
	if c.work <= tsMaxResolveWork {
		return true
	}
	if c.deep == nil {
		c.deep = errorf(Pos{File: c.p.file, Line: t.line}, "the error objects' types name other types more than %d times in all; errcodes does not resolve them", tsMaxResolveWork)
	}
	return false
}

const (
	tsBusy int8 = iota + 1
	tsYes
	tsNo
)

// literalUnion reports whether t is a union of literals, following
// aliases and enums. An alias that refers back to itself is not one.
func (c *tsCatalog) literalUnion(t *tsType, depth int) bool {
	if t == nil {
		return false
	}
	if depth > tsMaxResolveDepth {
		c.tooDeep(t)
		return false
	}
	switch t.kind {
	case tsStrLit, tsNumLit:
		return true
	case tsUnion:
		for _, e := range t.elems {
			if !c.literalUnion(e, depth+1) {
				return false
			}
		}
		return true
	case tsRef:
		if c.enums[t.text] != nil {
			return true
		}
		if a := c.aliases[t.text]; a != nil && len(t.elems) == 0 {
			switch c.isLits[t.text] {
			case tsYes:
				return true
			case tsNo, tsBusy:
				return false
			}
			c.isLits[t.text] = tsBusy
			ok := c.literalUnion(a, depth+1)
			c.isLits[t.text] = tsNo
			if ok {
				c.isLits[t.text] = tsYes
			}
			return ok
		}
	}
	return false
}

// stringMembers returns the literals of a union of literals, without
// repeats, following aliases and enums. It remembers its answer for an
// alias: many objects may name one long union.
func (c *tsCatalog) stringMembers(t *tsType) ([]*tsType, bool) {
	alias := t != nil && t.kind == tsRef && c.aliases[t.text] != nil && len(t.elems) == 0
	if alias {
		if m := c.memo[t.text]; m != nil {
			return m.lits, m.ok
		}
	}
	var lits []*tsType
	ok := c.literalUnion(t, 0)
	if ok {
		lits = c.literals(t, make(map[string]bool), make(map[string]bool), nil)
	}
	if alias {
		c.memo[t.text] = &tsMemo{lits: lits, ok: ok}
	}
	return lits, ok
}

// literals appends to out the literals of t, a union of literals (see
// literalUnion), in the order of the page, but for those in seen and
// those of the aliases in visited; it adds to both. It keeps its own
// stack: a chain of aliases may be as long as the page.
func (c *tsCatalog) literals(t *tsType, visited, seen map[string]bool, out []*tsType) []*tsType {
	stack := []*tsType{t}
	for len(stack) > 0 {
		t := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		switch t.kind {
		case tsStrLit, tsNumLit:
			if !seen[t.text] {
				seen[t.text] = true
				out = append(out, t)
			}
		case tsUnion:
			for i := len(t.elems) - 1; i >= 0; i-- {
				stack = append(stack, t.elems[i])
			}
		case tsRef:
			if e := c.enums[t.text]; e != nil {
				for _, m := range e.members {
					if m.value != "" && !seen[m.value] {
						seen[m.value] = true
						out = append(out, &tsType{kind: tsStrLit, text: m.value, line: m.line})
					}
				}
			} else if !visited[t.text] {
				visited[t.text] = true
				stack = append(stack, c.aliases[t.text])
			}
		}
	}
	return out
}

func (c *tsCatalog) add(e Entry) int {
	if i, ok := c.byCode[e.Code]; ok {
		return i
	}
	c.entries = append(c.entries, e)
	c.byCode[e.Code] = len(c.entries) - 1
	return len(c.entries) - 1
}

func tsDeprecated(doc string) bool { return strings.Contains(doc, "@deprecated") }

// addCodeSets adds an entry for each member of the code sets, in the order
// of the page.
func (c *tsCatalog) addCodeSets() {
	for _, e := range c.p.enums {
		if !c.isCode[e.name] || c.enums[e.name] != e {
			continue
		}
		for _, m := range e.members {
			code := strings.TrimSpace(m.value) // "gone " is a slip, not another code
			if code == "" {
				continue
			}
			en := Entry{Code: code, Pos: Pos{File: c.p.file, Line: m.line}, Deprecated: tsDeprecated(m.doc)}
			if m.name != code {
				en.Name = m.name
			}
			c.add(en)
		}
	}
	// One walk for all: what a code set shares with one before it was
	// added with that one.
	visited, seen := make(map[string]bool), make(map[string]bool)
	for _, d := range c.p.decls {
		if !c.isCode[d.name] || c.aliases[d.name] != d.typ || !c.literalUnion(d.typ, 0) {
			continue
		}
		visited[d.name] = true
		lits := c.literals(d.typ, visited, seen, nil)
		for _, l := range lits {
			code := strings.TrimSpace(l.text)
			if code == "" {
				continue
			}
			c.add(Entry{Code: code, Pos: Pos{File: c.p.file, Line: l.line}, Deprecated: tsDeprecated(l.doc)})
		}
	}
}

// addArm applies one member of the discriminated union to its codes.
func (c *tsCatalog) addArm(a tsArm) {
	parts, _ := tsArmCodes(a.disc.typ)
	var fields, required, reasons []string
	var fieldSet, requiredSet, reasonSet valueSet[string]
	for _, m := range a.obj.members {
		if m == a.disc || m.name == "message" || m.name == "__typename" {
			continue
		}
		inner, isObj := c.flatten(m.typ, false, make(map[string]bool), 0)
		if tsIsMetaKey(m.name) && isObj {
			for _, im := range inner {
				fields = fieldSet.appendNew(fields, im.name)
				if !im.optional && !m.optional {
					required = requiredSet.appendNew(required, im.name)
				}
			}
		} else {
			fields = fieldSet.appendNew(fields, m.name)
			if !m.optional {
				required = requiredSet.appendNew(required, m.name)
			}
		}
		reasons = c.reasons(m.typ, m.name, reasons, &reasonSet, make(map[string]bool), 0)
	}
	deprecated := tsDeprecated(a.obj.doc) || tsDeprecated(a.disc.doc)
	merged := make(map[int]bool) // entries this arm gave its keys already
	for _, t := range parts {
		code, name := t.text, ""
		if t.kind == tsRef {
			enum, member, _ := strings.Cut(t.text, ".")
			e := c.enums[enum]
			if e == nil {
				c.warn(t.line, "code %s names enum %s, which is not declared here", t.text, enum)
				continue
			}
			i := e.member(member)
			if i < 0 {
				c.warn(t.line, "enum %s has no member %s", enum, member)
				continue
			}
			code, name = strings.TrimSpace(e.members[i].value), e.members[i].name
			if code == "" {
				continue // its value was reported with the enum
			}
			if name == code {
				name = ""
			}
		}
		if code = strings.TrimSpace(code); code == "" {
			continue // a literal of spaces
		}
		i := c.add(Entry{Code: code, Name: name, Pos: Pos{File: c.p.file, Line: t.line}})
		if merged[i] {
			continue // another name for a code of this arm: nothing to add
		}
		merged[i] = true
		en := &c.entries[i]
		sets := c.sets[i]
		if sets == nil {
			sets = new(tsEntrySets)
			c.sets[i] = sets
		}
		en.Fields = sets.fields.appendNew(en.Fields, fields...)
		en.Required = sets.required.appendNew(en.Required, required...)
		en.Reasons = sets.reasons.appendNew(en.Reasons, reasons...)
		en.Deprecated = en.Deprecated || deprecated
	}
}

func tsIsMetaKey(name string) bool {
	switch strings.ToLower(name) {
	case "meta", "metadata", "details", "data", "extensions", "context", "params":
		return true
	}
	return false
}

// flatten returns the keys of an object type, through intersections,
// unions (whose keys are all optional) and aliases. ok is false when t is
// not an object type.
func (c *tsCatalog) flatten(t *tsType, optional bool, seen map[string]bool, depth int) (ms []*tsMember, ok bool) {
	if t == nil {
		return nil, false
	}
	if depth > tsMaxResolveDepth {
		c.tooDeep(t)
		return nil, false
	}
	if !c.visit(t) {
		return nil, false
	}
	switch t.kind {
	case tsObject:
		for _, m := range t.members {
			ms = append(ms, &tsMember{name: m.name, optional: m.optional || optional})
		}
		return ms, true
	case tsInter, tsUnion:
		byName := make(map[string]*tsMember) // ms holds each name once
		for _, e := range t.elems {
			if e.kind == tsKeyword && (e.text == "undefined" || e.text == "null") {
				continue
			}
			sub, subOK := c.flatten(e, optional || t.kind == tsUnion, seen, depth+1)
			ok = ok || subOK
			for _, m := range sub {
				if have := byName[m.name]; have != nil {
					have.optional = have.optional && m.optional
					continue
				}
				byName[m.name] = m
				ms = append(ms, m)
			}
		}
		return ms, ok
	case tsRef:
		if a := c.aliases[t.text]; a != nil && len(t.elems) == 0 && !seen[t.text] {
			seen[t.text] = true
			return c.flatten(a, optional, seen, depth+1)
		}
		if len(t.elems) == 1 && (t.text == "Partial" || t.text == "Readonly") {
			return c.flatten(t.elems[0], optional || t.text == "Partial", seen, depth+1)
		}
	}
	return nil, false
}

var tsReasonKeyRE = lazyRegexp(`(?i)code|reason|problem|cause`)

// reasons adds the sub-codes found in a meta type: the members of the
// enums and string unions it names, and inline literal unions of keys that
// say code, reason, problem or cause.
func (c *tsCatalog) reasons(t *tsType, key string, out []string, outSet *valueSet[string], seen map[string]bool, depth int) []string {
	if t == nil {
		return out
	}
	if depth > tsMaxResolveDepth {
		c.tooDeep(t)
		return out
	}
	if !c.visit(t) {
		return out
	}
	switch t.kind {
	case tsStrLit, tsNumLit:
		if tsReasonKeyRE.MatchString(key) && t.text != "" {
			out = outSet.appendNew(out, t.text)
		}
	case tsRef:
		if seen[t.text] || c.isCode[t.text] {
			break
		}
		seen[t.text] = true
		if c.enums[t.text] != nil || c.aliases[t.text] != nil {
			if lits, ok := c.stringMembers(t); ok {
				for _, l := range lits {
					if l.text != "" {
						out = outSet.appendNew(out, l.text)
					}
				}
				break
			}
			out = c.reasons(c.aliases[t.text], key, out, outSet, seen, depth+1)
		}
		for _, e := range t.elems {
			out = c.reasons(e, key, out, outSet, seen, depth+1)
		}
	case tsObject:
		for _, m := range t.members {
			out = c.reasons(m.typ, m.name, out, outSet, seen, depth+1)
		}
	default:
		for _, e := range t.elems {
			out = c.reasons(e, key, out, outSet, seen, depth+1)
		}
	}
	return out
}
