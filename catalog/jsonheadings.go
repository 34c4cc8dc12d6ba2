package catalog

// The json-headings format: an errors page (Markdown or MDX, or the same
// page scraped from a browser as plain text) where each code is a heading
// followed by a description and a JSON example of the error envelope.
//
//	## INVALID_PARAMS
//
//	One or more of the properties in the request body is invalid.
//
//	```json
//	{
//	  "error": {
//	    "message": "type must be one of: delivery, pickup.",
//	    "code": "INVALID_PARAMS",
//	    "meta": {"param": "type"}
//	  }
//	}
//	```
//
// In the scraped form the headings are bare UPPER_SNAKE lines and the JSON
// is not fenced. Each code heading gives an entry: the code (the example's
// "code" when it differs from the heading, which is then kept as the name),
// the example's "message", and the keys of its "meta" as fields. A
// malformed example is read by a tolerant scan and reported as a warning.

import (
	"encoding/json"
	"sort"
	"strconv"
	"strings"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/text"
)

func init() {
	register(&Format{
		Name:     "json-headings",
		Priority: 25,
		Detect:   detectJSONHeadings,
		Parse:    parseJSONHeadings,
	})
}

// detectJSONHeadings says yes to a Markdown or text page with code headings
// whose JSON examples carry a code: one is enough in a .md or .mdx file, a
// .txt (or extensionless) file needs two.
func detectJSONHeadings(filename string, data []byte) (ok bool) {
	need := 2
	switch {
	case hasExt(filename, ".md", ".mdx", ".markdown"):
		need = 1
	case hasExt(filename, ".txt", ""):
	default:
		return false
	}
	if !jhMayHave(data) {
		return false
	}
	defer func() {
		if recover() != nil {
			ok = false
		}
	}()
	p := jhParse("", data)
	n := 0
	for _, e := range p.entries {
		if e.fromExample {
			n++
		}
	}
	return n >= need
}

// jhMayHave is a cheap test that data has a JSON example with a code.
func jhMayHave(data []byte) bool {
	s := string(data)
	return strings.Contains(s, "{") && jhCodeKey.MatchString(s)
}

var jhCodeKey = lazyRegexp(`"(?:code|error_code|errorCode)"\s*:`)

func parseJSONHeadings(filename string, data []byte) (*Doc, error) {
	p := jhParse(filename, data)
	doc := &Doc{Warnings: p.warnings}
	for _, e := range p.entries {
		doc.Entries = append(doc.Entries, e.Entry)
	}
	return doc, nil
}

// A jhMark is a heading, or a bare line of scraped text that may be one.
type jhMark struct {
	line    int
	level   int    // the heading's level; 7 for a bare line
	token   string // the code the heading names, "" when it names none
	strong  bool   // surely a code: UPPER_SNAKE with an underscore, or in backticks
	bare    bool   // a line of a paragraph, not a Markdown heading
	status  int    // a status the heading gives: "INVALID_PARAMS (400)"
	statusQ bool   // the heading writes its status "?": "INVALID_PARAMS (?)"
}

// A jhBlock is a fenced or indented code block.
type jhBlock struct {
	line    int // line of its first content line
	text    string
	scanned bool
	ex      jhExample
	ok      bool
}

// A jhExample is what the scan of one JSON example found.
type jhExample struct {
	line      int // line of its opening brace
	code      string
	message   string
	hasMsg    bool
	fields    []string
	status    int
	statusQ   bool   // the status is written "?": undecided
	malformed string // why the JSON is not valid, "" when it is
}

type jhEntry struct {
	Entry
	fromExample bool // the code was read from the example
}

// Limits that keep the work linear on any input: an example is read from
// at most jhMaxExampleLines lines and jhMaxExampleBytes bytes, and at most
// jhMaxTries candidates are tried after a heading.
const (
	jhMaxExampleLines = 200
	jhMaxExampleBytes = 16 << 10
	jhMaxTries        = 5
)

type jhParser struct {
	file      string
	data      []byte
	lines     []string // the raw lines of data
	idx       mdtLineIndex
	marks     []jhMark
	blocks    []jhBlock
	nextBrace []int // nextBrace[l]: the first line >= l that starts with a brace
	braces    map[int]jhExample
	entries   []jhEntry
	warnings  ErrorList
}

func jhParse(filename string, data []byte) *jhParser {
	p := &jhParser{file: filename, data: data, idx: mdtNewLineIndex(data), braces: make(map[int]jhExample)}
	p.lines = strings.Split(string(data), "\n")
	root := goldmark.New().Parser().Parse(text.NewReader(data))
	ast.Walk(root, p.visit)
	sort.SliceStable(p.marks, func(i, j int) bool { return p.marks[i].line < p.marks[j].line })
	sort.SliceStable(p.blocks, func(i, j int) bool { return p.blocks[i].line < p.blocks[j].line })
	n := len(p.lines)
	p.nextBrace = make([]int, n+2)
	p.nextBrace[n+1] = n + 1
	for l := n; l >= 1; l-- {
		p.nextBrace[l] = p.nextBrace[l+1]
		if strings.HasPrefix(strings.TrimSpace(p.lines[l-1]), "{") {
			p.nextBrace[l] = l
		}
	}
	p.build()
	return p
}

func (p *jhParser) visit(n ast.Node, entering bool) (ast.WalkStatus, error) {
	if !entering {
		return ast.WalkContinue, nil
	}
	switch n := n.(type) {
	case *ast.Heading:
		raw := mdtLinesText(n.Lines(), p.data, " ")
		tok, strong := jhHeadingToken(raw)
		level := min(max(n.Level, 1), 6)
		m := jhMark{line: p.nodeLine(n), level: level, token: tok, strong: strong}
		if sm := jhHeadingStatus.FindStringSubmatch(raw); tok != "" && sm != nil {
			m.status, _ = strconv.Atoi(sm[1])
		} else if tok != "" && jhHeadingHole.MatchString(raw) {
			m.statusQ = true
		}
		p.marks = append(p.marks, m)
		return ast.WalkSkipChildren, nil
	case *ast.FencedCodeBlock, *ast.CodeBlock:
		lines := n.Lines()
		if lines.Len() > 0 {
			p.blocks = append(p.blocks, jhBlock{
				line: p.idx.line(lines.At(0).Start),
				text: mdtLinesText(lines, p.data, ""),
			})
		}
		return ast.WalkSkipChildren, nil
	case *ast.Paragraph:
		if !jhInList(n) {
			lines := n.Lines()
			for i := 0; i < lines.Len(); i++ {
				seg := lines.At(i)
				tok, strong := jhBareToken(string(seg.Value(p.data)))
				if tok != "" {
					p.marks = append(p.marks, jhMark{line: p.idx.line(seg.Start), level: 7, token: tok, strong: strong, bare: true})
				}
			}
		}
		return ast.WalkSkipChildren, nil
	}
	return ast.WalkContinue, nil
}

func (p *jhParser) nodeLine(n ast.Node) int {
	if pos := n.Pos(); pos >= 0 {
		return p.idx.line(pos)
	}
	if l := n.Lines(); l.Len() > 0 {
		return p.idx.line(l.At(0).Start)
	}
	return 1
}

func jhInList(n ast.Node) bool {
	for ; n != nil; n = n.Parent() {
		if _, ok := n.(*ast.ListItem); ok {
			return true
		}
	}
	return false
}

var (
	jhUpperSnake = lazyRegexp(`^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$`)
	jhIdent      = lazyRegexp(`^[A-Za-z][A-Za-z0-9_.:-]*$`)
	jhAnchor     = lazyRegexp(`\s*\{#[^}]*\}\s*$`)
	jhCodeSpan   = lazyRegexp("^`+([^`]+)`+$")

	jhHeadingStatus = lazyRegexp(`^\S+\s+\(\s*(?:HTTP\s*)?([1-5][0-9][0-9])\b[^)]*\)`)
	jhHeadingHole   = lazyRegexp(`^\S+\s+\(\s*(?:HTTP\s*)?\?\s*\)`)
)

// jhHeadingToken returns the code a Markdown heading names: its text when
// that is one identifier (in backticks or emphasis or not), or its first
// word when the rest is a parenthesis or a dash ("INVALID_PARAMS (400)").
func jhHeadingToken(raw string) (tok string, strong bool) {
	s := strings.TrimSpace(jhAnchor.ReplaceAllString(raw, ""))
	if f := strings.Fields(s); len(f) > 1 && (strings.HasSuffix(f[0], ":") || jhAside(f[1])) {
		s = f[0]
	}
	s = strings.TrimSuffix(s, ":")
	s = strings.Trim(s, "*_")
	if m := jhCodeSpan.FindStringSubmatch(s); m != nil {
		t := strings.TrimSpace(m[1])
		if jhIdent.MatchString(t) {
			return t, true
		}
		return "", false
	}
	if !jhIdent.MatchString(s) {
		return "", false
	}
	return s, jhUpperSnake.MatchString(s)
}

// jhAside reports whether a heading word starts an aside after the code.
func jhAside(w string) bool {
	for _, p := range []string{"(", "-", "\u2013", "\u2014", "|"} {
		if strings.HasPrefix(w, p) {
			return true
		}
	}
	return false
}

// jhBareToken returns the code a line of scraped text names, when the line
// is one identifier and nothing else.
func jhBareToken(line string) (tok string, strong bool) {
	s := strings.TrimSpace(line)
	if len(s) > 100 || !jhIdent.MatchString(s) {
		return "", false
	}
	switch s {
	case "true", "false", "null":
		return "", false // a line of a JSON example
	}
	return s, jhUpperSnake.MatchString(s)
}

// build turns marks into entries. A heading is a code heading when it
// surely names a code (UPPER_SNAKE, or in backticks) or when the code of the
// example after it is the heading itself (a bare line of scraped text must
// also have an example). An entry runs to the next code heading or the next
// Markdown heading of the same or a higher level.
func (p *jhParser) build() {
	n := len(p.marks)
	// nextLE[L][i] is the first Markdown heading at or after i with a level
	// of at most L; nextStrong and nextCode the first sure or taken code
	// heading at or after i (n when there is none).
	var nextLE [8][]int
	for L := 1; L <= 7; L++ {
		nextLE[L] = jhNext(n, func(i int) bool { return !p.marks[i].bare && p.marks[i].level <= L })
	}
	nextStrong := jhNext(n, func(i int) bool { return p.marks[i].strong })
	lineAt := func(i int) int {
		if i >= n {
			return len(p.lines) + 1
		}
		return p.marks[i].line
	}
	code := make([]bool, n)
	for i, m := range p.marks {
		switch {
		case m.token == "":
		case m.strong && !m.bare:
			code[i] = true
		default:
			ex, ok := p.example(m.line, lineAt(min(nextLE[m.level][i+1], nextStrong[i+1])))
			code[i] = ok && (m.strong || ex.code == m.token)
		}
	}
	nextCode := jhNext(n, func(i int) bool { return code[i] })
	for i, m := range p.marks {
		if !code[i] {
			continue
		}
		ex, ok := p.example(m.line, lineAt(min(nextLE[m.level][i+1], nextCode[i+1])))
		e := jhEntry{Entry: Entry{Code: m.token, Status: m.status, Pos: Pos{File: p.file, Line: m.line}}}
		if m.statusQ {
			e.StatusPlaceholder, e.StatusPos = true, e.Pos
		}
		if ok {
			if ex.code != "" {
				e.fromExample = true
				if ex.code != m.token {
					e.Code, e.Name = ex.code, m.token
				}
			}
			if ex.hasMsg {
				e.Messages = []string{ex.message}
				e.ExampleMessages = true // an example response, not the only text
			}
			e.Fields = ex.fields
			if ex.status != 0 && e.Status == 0 {
				e.Status = ex.status
				e.StatusPos = Pos{File: p.file, Line: ex.line}
			} else if ex.statusQ && e.Status == 0 && !m.statusQ {
				e.StatusPlaceholder, e.StatusPos = true, Pos{File: p.file, Line: ex.line}
			}
			if ex.malformed != "" {
				p.warnings = append(p.warnings, errorf(Pos{File: p.file, Line: ex.line},
					"malformed JSON example for %s (%s); its code and message were read by a tolerant scan", e.Code, ex.malformed))
			}
		}
		p.entries = append(p.entries, e)
	}
}

// jhNext returns next with next[i] the first j >= i with is(j), or n; it
// has n+1 elements.
func jhNext(n int, is func(int) bool) []int {
	next := make([]int, n+1)
	next[n] = n
	for i := n - 1; i >= 0; i-- {
		next[i] = next[i+1]
		if is(i) {
			next[i] = i
		}
	}
	return next
}

// example returns the first JSON example with a code or a message in lines
// from < line < to: in a code block, or else in the raw text from a line
// that starts with a brace.
func (p *jhParser) example(from, to int) (jhExample, bool) {
	i := sort.Search(len(p.blocks), func(i int) bool { return p.blocks[i].line > from })
	for tries := 0; i < len(p.blocks) && p.blocks[i].line < to && tries < jhMaxTries; i, tries = i+1, tries+1 {
		b := &p.blocks[i]
		if !b.scanned {
			b.scanned = true
			b.ex, b.ok = jhScanExample(jhCap(b.text))
			b.ex.line += b.line - 1
		}
		if b.ok {
			return b.ex, true
		}
	}
	l := p.nextBrace[min(max(from+1, 1), len(p.nextBrace)-1)]
	for tries := 0; l < to && l < len(p.nextBrace)-1 && tries < jhMaxTries; tries++ {
		ex, ok := p.braceExample(l)
		if ok {
			return ex, true
		}
		l = p.nextBrace[l+1]
	}
	return jhExample{}, false
}

// braceExample scans the raw text from line l up to the next heading or
// bare code line, within the limits.
func (p *jhParser) braceExample(l int) (jhExample, bool) {
	if ex, ok := p.braces[l]; ok {
		return ex, ex.line != 0
	}
	end := min(l+jhMaxExampleLines, len(p.lines)+1)
	if j := sort.Search(len(p.marks), func(j int) bool { return p.marks[j].line > l }); j < len(p.marks) {
		end = min(end, p.marks[j].line)
	}
	ex, ok := jhScanExample(jhCap(string(p.data[p.idx.start(l, len(p.data)):p.idx.start(end, len(p.data))])))
	if ok {
		ex.line += l - 1
	} else {
		ex = jhExample{}
	}
	p.braces[l] = ex
	return ex, ok
}

func jhCap(s string) string {
	if len(s) > jhMaxExampleBytes {
		return s[:jhMaxExampleBytes]
	}
	return s
}

// jhScanExample reads the first JSON value in s tolerantly and finds the
// error in it: the shallowest object with a code key (or, lacking one, a
// message key). ex.line is relative to s (1 for its first line).
func jhScanExample(s string) (jhExample, bool) {
	start := strings.IndexAny(s, "{[")
	if start < 0 {
		return jhExample{}, false
	}
	sc := &jhScanner{s: s, i: start, closed: true}
	root := sc.value(0)
	if root == nil {
		return jhExample{}, false
	}
	env := jhFind(root, "code", "error_code", "errorCode")
	if env == nil {
		env = jhFind(root, "message", "error_message", "errorMessage")
	}
	if env == nil {
		return jhExample{}, false
	}
	ex := jhExample{line: strings.Count(s[:start], "\n") + 1}
	if v := env.get("code", "error_code", "errorCode"); v != nil {
		ex.code = v.scalar()
	}
	if v := env.get("message", "error_message", "errorMessage"); v != nil && v.kind == 's' {
		ex.message, ex.hasMsg = v.str, true
	}
	if v := env.get("meta"); v != nil && v.kind == 'o' {
		ex.fields = append([]string(nil), v.keys...)
	}
	for _, o := range []*jhValue{env, root} {
		if v := o.get("status", "statusCode", "status_code", "httpStatus"); v != nil && ex.status == 0 {
			if n, err := strconv.Atoi(v.scalar()); err == nil && n >= 100 && n <= 599 {
				ex.status = n
			} else if v.scalar() == Placeholder {
				ex.statusQ = true
			}
		}
	}
	var v any
	if err := json.Unmarshal(sc.uncommented(start), &v); err != nil {
		ex.malformed = err.Error()
	} else if !sc.closed {
		ex.malformed = "unclosed object"
	}
	return ex, true
}

// jhFind returns the shallowest object under v with one of the keys.
func jhFind(v *jhValue, keys ...string) *jhValue {
	level := []*jhValue{v}
	for depth := 0; len(level) > 0 && depth < jhMaxDepth; depth++ {
		var next []*jhValue
		for _, x := range level {
			if x.kind == 'o' && x.get(keys...) != nil {
				return x
			}
			next = append(next, x.vals...)
		}
		level = next
	}
	return nil
}

// A jhValue is a JSON value as the tolerant scanner read it.
type jhValue struct {
	kind byte     // 'o' object, 'a' array, 's' string, 'n' any other scalar
	str  string   // a string's value, or a scalar's text
	keys []string // an object's keys
	vals []*jhValue
}

func (v *jhValue) get(keys ...string) *jhValue {
	if v.kind != 'o' {
		return nil
	}
	for _, k := range keys {
		for i, vk := range v.keys {
			if vk == k {
				return v.vals[i]
			}
		}
	}
	return nil
}

// scalar returns a string or number as a code: numbers in decimal, null as "".
func (v *jhValue) scalar() string {
	switch v.kind {
	case 's':
		return strings.TrimSpace(v.str)
	case 'n':
		if v.str == "null" {
			return ""
		}
		if n, err := strconv.ParseInt(v.str, 0, 64); err == nil {
			return strconv.FormatInt(n, 10)
		}
		return v.str
	}
	return ""
}

const jhMaxDepth = 100

// A jhScanner reads JSON leniently: missing commas, colons and closing
// brackets, comments, unquoted keys and single-quoted strings are all
// accepted. Every step consumes input, so it always ends.
type jhScanner struct {
	s        string
	i        int
	closed   bool     // false once a container ended at the end of the input
	comments [][2]int // where comments are, to drop them before validating
}

func (sc *jhScanner) space() {
	for sc.i < len(sc.s) {
		switch c := sc.s[sc.i]; {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r':
			sc.i++
		case strings.HasPrefix(sc.s[sc.i:], "//"):
			start := sc.i
			if j := strings.IndexByte(sc.s[sc.i:], '\n'); j >= 0 {
				sc.i += j
			} else {
				sc.i = len(sc.s)
			}
			sc.comments = append(sc.comments, [2]int{start, sc.i})
		case strings.HasPrefix(sc.s[sc.i:], "/*"):
			start := sc.i
			if j := strings.Index(sc.s[sc.i+2:], "*/"); j >= 0 {
				sc.i += j + 4
			} else {
				sc.i = len(sc.s)
			}
			sc.comments = append(sc.comments, [2]int{start, sc.i})
		default:
			return
		}
	}
}

// uncommented returns what was read from start on, without comments
// (documentation often annotates JSON with them).
func (sc *jhScanner) uncommented(start int) []byte {
	var b []byte
	at := start
	for _, c := range sc.comments {
		if c[0] < at {
			continue
		}
		b = append(b, sc.s[at:c[0]]...)
		at = c[1]
	}
	return append(b, sc.s[at:max(sc.i, at)]...)
}

// value reads one value, or returns nil without consuming anything when
// none starts here.
func (sc *jhScanner) value(depth int) *jhValue {
	sc.space()
	if sc.i >= len(sc.s) {
		return nil
	}
	switch c := sc.s[sc.i]; c {
	case '{', '[':
		if depth >= jhMaxDepth {
			return nil
		}
		return sc.container(depth, c)
	case '"', '\'':
		return &jhValue{kind: 's', str: sc.str(c)}
	}
	if t := sc.word(); t != "" {
		return &jhValue{kind: 'n', str: t}
	}
	return nil
}

func (sc *jhScanner) container(depth int, open byte) *jhValue {
	v := &jhValue{kind: 'o'}
	closer := byte('}')
	if open == '[' {
		v.kind, closer = 'a', ']'
	}
	sc.i++
	for {
		sc.space()
		if sc.i >= len(sc.s) {
			sc.closed = false
			return v
		}
		c := sc.s[sc.i]
		switch {
		case c == closer:
			sc.i++
			return v
		case c == ',':
			sc.i++
			continue
		case c == '}' || c == ']':
			// A closer of the other kind: this container is unclosed.
			sc.closed = false
			return v
		}
		if v.kind == 'a' {
			if x := sc.value(depth + 1); x != nil {
				v.vals = append(v.vals, x)
			} else {
				sc.i++
			}
			continue
		}
		var key string
		switch {
		case c == '"' || c == '\'':
			key = sc.str(c)
		default:
			key = sc.word()
			if key == "" {
				sc.i++
				continue
			}
		}
		sc.space()
		if sc.i < len(sc.s) && sc.s[sc.i] == ':' {
			sc.i++
		}
		x := sc.value(depth + 1)
		if x == nil {
			x = &jhValue{kind: 'n'}
		}
		v.keys = append(v.keys, key)
		v.vals = append(v.vals, x)
	}
}

// str reads a string quoted with q; a string left open ends at the line.
func (sc *jhScanner) str(q byte) string {
	start := sc.i
	sc.i++
	for sc.i < len(sc.s) {
		switch sc.s[sc.i] {
		case '\\':
			sc.i += 2
			continue
		case '\n':
			return sc.s[start+1 : sc.i]
		case q:
			sc.i++
			raw := sc.s[start:sc.i]
			if q == '"' {
				var out string
				if json.Unmarshal([]byte(raw), &out) == nil {
					return out
				}
			}
			return raw[1 : len(raw)-1]
		}
		sc.i++
	}
	sc.i = min(sc.i, len(sc.s))
	return sc.s[min(start+1, len(sc.s)):]
}

// word reads a bare literal, number or unquoted key.
func (sc *jhScanner) word() string {
	start := sc.i
	for sc.i < len(sc.s) {
		c := sc.s[sc.i]
		if c == '_' || c == '$' || c == '.' || c == '+' || c == '-' ||
			'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' {
			sc.i++
			continue
		}
		break
	}
	return sc.s[start:sc.i]
}
