package catalog

// The markdown-table format: a Markdown page whose error codes are rows of
// tables. Columns are found by their header, in any order: the code
// (Code, Error code, Kind, Type), the HTTP status (any header with
// "status"), the message (Message, Title, Description), and optionally
// Deprecated and Retryable columns.
//
//	## Error codes
//
//	**DEPRECATED since March 2021**
//
//	Code | HTTP Status Code | Description
//	-----|------------------|------------
//	1001 | 401              | Unauthorized
//
//	## Error kinds
//
//	Kind         | Description
//	-------------|------------------------
//	OrderHold    | Order has been put on hold.
//
//	## Retryable kinds
//
//	- `OrderHold`
//
// A notice with "deprecated" between a table and the heading before it
// marks the table's codes deprecated; a bullet list after a heading or
// paragraph that speaks of retryable codes marks the listed codes
// retryable.

import (
	"sort"
	"strconv"
	"strings"
	"unicode"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	east "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/text"
)

func init() {
	register(&Format{
		Name:     "markdown-table",
		Priority: 35,
		Detect:   detectMarkdownTable,
		Parse:    parseMarkdownTable,
	})
}

// detectMarkdownTable says yes to a Markdown or text page with a table that
// has a code column and a status or message column.
func detectMarkdownTable(filename string, data []byte) (ok bool) {
	if !hasExt(filename, ".md", ".mdx", ".markdown", ".txt", "") {
		return false
	}
	if !strings.Contains(string(data), "|") || !strings.Contains(string(data), "-") {
		return false
	}
	defer func() {
		if recover() != nil {
			ok = false
		}
	}()
	p := mdtParse("", data)
	return p.codeTables > 0
}

func parseMarkdownTable(filename string, data []byte) (*Doc, error) {
	p := mdtParse(filename, data)
	return &Doc{Entries: p.entries, Warnings: p.warnings, PerEndpoint: p.scoped, Routes: p.routes}, nil
}

type mdtParser struct {
	file     string
	data     []byte
	idx      mdtLineIndex
	entries  []Entry
	warnings ErrorList

	codeTables int // tables with a code column and a status or message column

	depPara  bool   // a deprecation notice since the last heading
	depLevel int    // level of a heading that says deprecated, 0 if none
	lastText string // text of the heading or paragraph just before

	sections   []*mdtSection     // the headings over the current block, outermost first
	routes     map[string]string // route as written -> endpoint
	routeNames map[string]string // normalised route -> endpoint
	nameRoutes map[string]string // endpoint -> normalised route
	scoped     bool              // some entry is documented for an endpoint
}

func mdtParse(filename string, data []byte) *mdtParser {
	p := &mdtParser{file: filename, data: data, idx: mdtNewLineIndex(data)}
	md := goldmark.New(goldmark.WithExtensions(extension.Table))
	root := md.Parser().Parse(text.NewReader(data))
	ast.Walk(root, p.visit)
	return p
}

var (
	mdtDeprecatedRE = lazyRegexp(`(?i)^\W*(?:(?:note|warning|important|caution)\W+)?deprecated\b|\b(?:is|are|was|were|been|now)\s+deprecated\b`)
	mdtRetryRE      = lazyRegexp(`(?i)\bretr(?:[iy]able|ied|y)\b`)
	mdtNoRetryRE    = lazyRegexp(`(?i)\b(?:not|non|never|cannot|can't)[\s-]*(?:be\s+)?retr`)
	mdtInlineRetry  = lazyRegexp(`(?i)retr[iy]able[^:]*:(.*)$`)
	mdtBacktick     = lazyRegexp("`([^`\n]+)`")
	mdtSeparators   = lazyRegexp(`^(?:\s|,|;|\.|\band\b|\bor\b)*$`)
)

func (p *mdtParser) visit(n ast.Node, entering bool) (ast.WalkStatus, error) {
	if !entering {
		return ast.WalkContinue, nil
	}
	switch n := n.(type) {
	case *ast.Heading:
		t := mdtPlain(n, p.data)
		p.depPara = false
		if p.depLevel > 0 && n.Level <= p.depLevel {
			p.depLevel = 0
		}
		if mdtDeprecatedRE.MatchString(t) {
			p.depLevel = n.Level
		}
		p.heading(n)
		p.lastText = t
		return ast.WalkSkipChildren, nil
	case *ast.FencedCodeBlock, *ast.CodeBlock:
		if l := n.Lines(); l.Len() > 0 {
			seg := l.At(0)
			p.block(string(seg.Value(p.data)), p.idx.line(seg.Start))
		}
		p.lastText = ""
		return ast.WalkSkipChildren, nil
	case *ast.Paragraph:
		if l := n.Lines(); l.Len() > 0 {
			seg := l.At(0)
			p.block(mdtLinesText(l, p.data, " "), p.idx.line(seg.Start))
		}
		t := mdtPlain(n, p.data)
		if mdtDeprecatedRE.MatchString(t) {
			p.depPara = true
		}
		p.inlineRetry(n)
		p.lastText = t
		return ast.WalkSkipChildren, nil
	case *east.Table:
		p.table(n)
		p.lastText = ""
		return ast.WalkSkipChildren, nil
	case *ast.List:
		if mdtRetryRE.MatchString(p.lastText) && !mdtNoRetryRE.MatchString(p.lastText) {
			p.retryList(n)
		}
		p.lastText = ""
		return ast.WalkSkipChildren, nil
	case *ast.Document, *ast.Blockquote:
		return ast.WalkContinue, nil
	}
	if n.Type() == ast.TypeBlock {
		p.lastText = ""
	}
	return ast.WalkSkipChildren, nil
}

// A column role found from a table header.
type mdtColumns struct {
	code, status, message, deprecated, retryable int

	// described: the message column describes the error (Description,
	// Meaning) rather than giving the text the API returns.
	described bool
}

// mdtFindColumns finds the columns by their headers; -1 when absent.
func mdtFindColumns(headers []string) mdtColumns {
	c := mdtColumns{-1, -1, -1, -1, -1, false}
	codeRank, msgRank := 0, 0
	for i, h := range headers {
		h = strings.Join(strings.Fields(strings.ToLower(strings.Trim(h, " *_:"))), " ")
		switch {
		case strings.Contains(h, "status") || h == "http" || h == "http code":
			if c.status < 0 {
				c.status = i
			}
			continue
		case strings.Contains(h, "deprecat"):
			if c.deprecated < 0 {
				c.deprecated = i
			}
			continue
		case strings.Contains(h, "retr"):
			if c.retryable < 0 {
				c.retryable = i
			}
			continue
		}
		if r := mdtCodeRank(h, i); r > codeRank {
			c.code, codeRank = i, r
			continue
		}
		if r := mdtMessageRank(h); r > msgRank {
			c.message, msgRank = i, r
			c.described = r < 4 // not a Message or Title column
		}
	}
	return c
}

// mdtCodeRank says how surely a header names the code column (0: not).
// "Code" must be a word of it: "Truncated Encoded" names no code.
func mdtCodeRank(h string, col int) int {
	words := strings.FieldsFunc(h, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	switch {
	case h == "code" || h == "error code" || h == "error_code" || h == "errorcode" || h == "error codes":
		return 4
	case (contains(words, "code") || contains(words, "codes") || contains(words, "errorcode")) && !contains(words, "http"):
		return 3
	case h == "kind" || h == "error kind" || h == "error type" || h == "error" || h == "error name" || h == "problem type":
		return 2
	case col == 0 && (h == "type" || h == "id" || h == "error id" || h == "identifier"):
		return 1
	}
	return 0
}

// mdtMessageRank says how surely a header names the message column.
func mdtMessageRank(h string) int {
	switch {
	case strings.Contains(h, "message"):
		return 5
	case h == "title":
		return 4
	case strings.Contains(h, "description"):
		return 3
	case strings.Contains(h, "detail"):
		return 2
	case h == "meaning" || h == "explanation" || h == "summary" || h == "reason":
		return 1
	}
	return 0
}

func (p *mdtParser) table(t *east.Table) {
	var header []string
	var rows []*east.TableRow
	for c := t.FirstChild(); c != nil; c = c.NextSibling() {
		switch c := c.(type) {
		case *east.TableHeader:
			for cell := c.FirstChild(); cell != nil; cell = cell.NextSibling() {
				header = append(header, mdtPlain(cell, p.data))
			}
		case *east.TableRow:
			rows = append(rows, c)
		}
	}
	cols := mdtFindColumns(header)
	if cols.code < 0 || cols.status < 0 && cols.message < 0 {
		return
	}
	type row struct {
		cells []ast.Node
		code  string
	}
	var body []row
	var codes []string
	for _, r := range rows {
		var cells []ast.Node
		empty := true
		for cell := r.FirstChild(); cell != nil; cell = cell.NextSibling() {
			cells = append(cells, cell)
			if strings.TrimSpace(mdtPlain(cell, p.data)) != "" {
				empty = false
			}
		}
		if empty {
			continue
		}
		code := ""
		if cols.code < len(cells) {
			code = mdtCode(cells[cols.code], p.data)
		}
		body = append(body, row{cells, code})
		codes = append(codes, code)
	}
	if !mdtCodeColumn(codes) {
		return
	}
	p.codeTables++
	endpoint, scopeStatus, scopePos, inStatus := p.scope()
	if s := len(p.sections); s > 0 {
		p.sections[s-1].tables++
	}
	deprecated := p.depPara || p.depLevel > 0
	for _, r := range body {
		cells := r.cells
		cellText := func(i int) string {
			if i < 0 || i >= len(cells) {
				return ""
			}
			return mdtPlain(cells[i], p.data)
		}
		line := p.nodeLine(cells[0].Parent())
		pos := Pos{File: p.file, Line: line}
		if r.code != "" && r.code != Placeholder && !mdtLooksLikeCode(r.code) {
			p.warnings = append(p.warnings, errorf(pos, "%q in the code column is not a code; row skipped", cellText(cols.code)))
			continue
		}
		e := Entry{Pos: pos, Deprecated: deprecated, Code: r.code}
		if s := cellText(cols.status); cols.status >= 0 {
			st, ok := mdtStatus(s)
			switch {
			case strings.Trim(s, "`*_ ") == Placeholder:
				e.StatusPlaceholder, e.StatusPos = true, pos
			case !ok && mdtSaysDeprecated(s):
				e.Deprecated = true // a lifecycle "Status" column
			case !ok:
				p.warnings = append(p.warnings, errorf(pos, "status %q of code %q is not an HTTP status", s, e.Code))
			}
			e.Status = st
		}
		if e.Status == 0 && !e.StatusPlaceholder && scopeStatus != 0 {
			e.Status, e.StatusPos = scopeStatus, scopePos
		}
		if endpoint != "" {
			e.Endpoints = []string{endpoint}
			p.scoped = true
			if e.Status == 0 && !inStatus {
				// Under an endpoint but under no status: the code may
				// come with any.
				e.StatusPos = Pos{}
			}
		}
		if m := cellText(cols.message); m != "" {
			e.Messages = []string{m}
			e.ExampleMessages = cols.described
		}
		if cols.deprecated >= 0 && mdtTruthy(cellText(cols.deprecated)) {
			e.Deprecated = true
		}
		if cols.retryable >= 0 && mdtTruthy(cellText(cols.retryable)) {
			e.Retryable = true
		}
		if mdtSaysDeprecated(cellText(cols.code)) || strings.HasPrefix(strings.ToLower(cellText(cols.message)), "deprecated") {
			e.Deprecated = true
		}
		p.entries = append(p.entries, e)
	}
}

var (
	mdtNumberCode = lazyRegexp(`^(?:[+-]?[0-9]+|0[xX][0-9a-fA-F]+)$`)
	mdtNameCode   = lazyRegexp(`^[\p{L}_][\p{L}\p{N}_]*(?:[.\-/:][\p{L}\p{N}_]+)*$`)
	mdtHashCode   = lazyRegexp(`^(?:[0-9a-fA-F]{16,}|[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}|[a-z0-9+.-]+:[0-9a-fA-F]{16,})$`)
	mdtIDCode     = lazyRegexp(`^([a-z]+)-[0-9]+[a-z]?$`)
)

// mdtParamKinds are what a parameters table's Kind or Type column holds.
var mdtParamKinds = []string{"header", "path", "query", "body", "form", "formdata", "cookie",
	"string", "integer", "int", "number", "boolean", "bool", "array", "object", "file"}

// mdtLooksLikeCode reports whether a code cell holds a code: a number,
// or one word (an identifier, UPPER_SNAKE, dotted or dashed), not a hash.
func mdtLooksLikeCode(s string) bool {
	if len(s) > 80 || mdtHashCode.MatchString(s) {
		return false
	}
	return mdtNumberCode.MatchString(s) || mdtNameCode.MatchString(s)
}

// mdtCodeColumn reports whether the cells of a column named as a code
// column hold codes: most of them look like codes, and they are not
// parameter kinds (header, path, query), nor a list of ids (end-1,
// end-2), nor hashes. A table whose column fails is no code table.
func mdtCodeColumn(codes []string) bool {
	n, like, kinds, ids := 0, 0, 0, 0
	idPrefix := ""
	for _, c := range codes {
		if c == "" || c == Placeholder {
			continue
		}
		n++
		if mdtLooksLikeCode(c) {
			like++
		}
		if contains(mdtParamKinds, strings.ToLower(c)) {
			kinds++
		}
		if m := mdtIDCode.FindStringSubmatch(c); m != nil && (idPrefix == "" || idPrefix == m[1]) {
			idPrefix = m[1]
			ids++
		}
	}
	switch {
	case n == 0:
		return len(codes) > 0 // a table of "?" and empty codes is still one
	case kinds == n, ids == n && n > 1:
		return false
	}
	return like > 0 && 2*like >= n
}

// retryList marks the codes a bullet list names retryable. An item names a
// code when it is one word, or starts with a code span.
func (p *mdtParser) retryList(l *ast.List) {
	for item := l.FirstChild(); item != nil; item = item.NextSibling() {
		code := ""
		if s := mdtFirstCodeSpan(item, p.data); s != "" {
			code = s
		} else if f := strings.Fields(mdtPlain(item, p.data)); len(f) == 1 {
			code = strings.Trim(f[0], ".,;:*_")
		}
		if code == "" || strings.ContainsAny(code, " \t") {
			continue
		}
		p.entries = append(p.entries, Entry{
			Code:      mdtNormCode(code),
			Retryable: true,
			Pos:       Pos{File: p.file, Line: p.nodeLine(item)},
		})
	}
}

// inlineRetry reads "Retryable kinds: `A`, `B` and `C`." from a paragraph.
func (p *mdtParser) inlineRetry(n *ast.Paragraph) {
	raw := mdtLinesText(n.Lines(), p.data, " ")
	if mdtNoRetryRE.MatchString(raw) {
		return
	}
	m := mdtInlineRetry.FindStringSubmatch(raw)
	if m == nil {
		return
	}
	codes := mdtBacktick.FindAllStringSubmatch(m[1], -1)
	if len(codes) == 0 || !mdtSeparators.MatchString(mdtBacktick.ReplaceAllString(m[1], "")) {
		return
	}
	for _, c := range codes {
		p.entries = append(p.entries, Entry{
			Code:      mdtNormCode(strings.TrimSpace(c[1])),
			Retryable: true,
			Pos:       Pos{File: p.file, Line: p.nodeLine(n)},
		})
	}
}

func (p *mdtParser) nodeLine(n ast.Node) int {
	if pos := n.Pos(); pos >= 0 {
		return p.idx.line(pos)
	}
	if n.Type() == ast.TypeBlock {
		if l := n.Lines(); l.Len() > 0 {
			return p.idx.line(l.At(0).Start)
		}
	}
	return 1
}

// mdtCode reads the code in a table cell: its text when that is one word,
// else its first code span, else the word before an aside ("1001 (old)").
func mdtCode(cell ast.Node, src []byte) string {
	t := mdtPlain(cell, src)
	f := strings.Fields(t)
	switch {
	case len(f) == 0:
		return ""
	case len(f) == 1:
		t = f[0]
	case mdtFirstCodeSpan(cell, src) != "":
		t = mdtFirstCodeSpan(cell, src)
	case jhAside(f[1]):
		t = f[0]
	}
	switch t {
	case "-", "\u2013", "\u2014", "\u2026", "...":
		return ""
	}
	return mdtNormCode(t)
}

var (
	mdtDecimal = lazyRegexp(`^[+-]?[0-9]+$`)
	mdtHex     = lazyRegexp(`^0[xX][0-9a-fA-F]+$`)
)

// mdtNormCode writes numeric codes in decimal.
func mdtNormCode(s string) string {
	var n int64
	var err error
	switch {
	case mdtDecimal.MatchString(s):
		n, err = strconv.ParseInt(s, 10, 64)
	case mdtHex.MatchString(s):
		n, err = strconv.ParseInt(s[2:], 16, 64)
	default:
		return s
	}
	if err != nil {
		return s
	}
	return strconv.FormatInt(n, 10)
}

var (
	mdtStatusRE   = lazyRegexp(`\b([1-5][0-9][0-9])\b`)
	mdtStatusMask = lazyRegexp(`^[1-5][xX]{2}$`)
)

// mdtStatus reads an HTTP status cell; ok is false when a non-empty cell
// holds no status.
func mdtStatus(s string) (int, bool) {
	s = strings.TrimSpace(s)
	switch strings.ToLower(s) {
	case "", "-", "\u2013", "\u2014", "n/a", "none":
		return 0, true
	}
	if m := mdtStatusRE.FindStringSubmatch(s); m != nil {
		n, _ := strconv.Atoi(m[1])
		return n, true
	}
	return 0, mdtStatusMask.MatchString(s)
}

// mdtSaysDeprecated reports whether a cell says "deprecated".
func mdtSaysDeprecated(s string) bool {
	return strings.Contains(strings.ToLower(s), "deprecat")
}

func mdtTruthy(s string) bool {
	switch strings.ToLower(strings.Trim(s, " *_`.")) {
	case "", "-", "no", "false", "n", "\u2013", "\u2014", "\u2717", "\u274c":
		return false
	}
	return true
}

// mdtPlain returns the text of a node without its markup, with runs of
// spaces and line breaks made one space.
func mdtPlain(n ast.Node, src []byte) string {
	var b strings.Builder
	_ = ast.Walk(n, func(c ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch c := c.(type) {
		case *ast.Text:
			b.Write(c.Value(src))
			if c.SoftLineBreak() || c.HardLineBreak() {
				b.WriteByte(' ')
			}
		case *ast.String:
			b.Write(c.Value)
		case *ast.AutoLink:
			b.Write(c.Label(src))
		case *ast.RawHTML:
			b.WriteByte(' ')
		}
		return ast.WalkContinue, nil
	})
	return strings.Join(strings.Fields(b.String()), " ")
}

// mdtFirstCodeSpan returns the text of the first code span under n.
func mdtFirstCodeSpan(n ast.Node, src []byte) string {
	var out string
	_ = ast.Walk(n, func(c ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering || out != "" {
			return ast.WalkSkipChildren, nil
		}
		if cs, ok := c.(*ast.CodeSpan); ok {
			out = strings.TrimSpace(mdtPlain(cs, src))
			return ast.WalkStop, nil
		}
		return ast.WalkContinue, nil
	})
	return out
}

// mdtLinesText joins the source of a block's lines with sep.
func mdtLinesText(lines *text.Segments, src []byte, sep string) string {
	var b strings.Builder
	for i := 0; i < lines.Len(); i++ {
		if i > 0 {
			b.WriteString(sep)
		}
		seg := lines.At(i)
		b.Write(seg.Value(src))
	}
	return b.String()
}

// mdtLineIndex maps byte offsets to 1-based lines: it holds the offset at
// which each line starts.
type mdtLineIndex []int

func mdtNewLineIndex(data []byte) mdtLineIndex {
	idx := mdtLineIndex{0}
	for i, c := range data {
		if c == '\n' {
			idx = append(idx, i+1)
		}
	}
	return idx
}

// line returns the line of byte offset off.
func (x mdtLineIndex) line(off int) int {
	return max(sort.Search(len(x), func(i int) bool { return x[i] > off }), 1)
}

// start returns the offset at which line l starts, or size (the length of
// the data) for a line past the last.
func (x mdtLineIndex) start(l, size int) int {
	switch {
	case l < 1:
		return 0
	case l > len(x):
		return size
	}
	return x[l-1]
}
