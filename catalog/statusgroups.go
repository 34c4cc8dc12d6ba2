package catalog

// The status-groups format: an error reference page (text scraped from a
// rendered page, or its Markdown) that groups codes under HTTP status
// headings; each code has a heading, a description, and rows of typed
// fields: code, message and the extra fields the error carries.
//
//	General errors
//	400 Bad Request
//	400:RequiredField
//	Returned when a value is not defined for a required field.
//	codeString | "RequiredField" |
//	messageString | "A value is required for field $field." |
//	fieldString | Name of the field missing the value. |
//	API-specific errors
//	Payment Intents
//	400 Bad Request
//	400:MultipleActionsNotAllowed
//	codeString | "MultipleActionsNotAllowed" |
//
// A status heading ("400 Bad Request") gives its status to the codes under
// it; a "400:Name" heading starts a code and gives its status too. A code
// heading that differs from its code row ("GeneralError" for "General")
// becomes the code's Name. Field rows are "name<Type> | description |",
// the type glued to the name as scraping leaves it ("fieldString",
// "allowedValuesArray of String") or apart ("field String", or a cell of
// its own in a Markdown table). A message row is a template only when it
// is quoted; otherwise it describes the message. A heading ending in
// "errors" ("General errors", "API-specific errors") opens a top-level
// part. In the API-specific part, a section heading ("Payment Intents", or
// a one-word heading with no rows of its own followed by another heading,
// "Transactions") names the API the codes after it are specific to, which
// becomes their endpoint; section headings in the general part, and page
// titles before the first code, name none. A page that marks no part
// takes section headings after its first codes as APIs.
//
// A field is required unless the docs say it may be absent: "optional",
// "if any", "if known", "if available" and the like in its type or its
// description.

import (
	"sort"
	"strconv"
	"strings"
)

func init() {
	register(&Format{
		Name:     "status-groups",
		Priority: 25,
		Detect:   detectStatusGroups,
		Parse:    parseStatusGroups,
	})
}

var (
	// A code row with a quoted code, possibly glued to the prose before it.
	sgDetectRowRE = lazyRegexp("(?m)(?:^|[^A-Za-z0-9_\\s])[\\s`*]*code`?\\s*(?:String)?`?\\s*\\|\\s*(?:`?String`?\\s*\\|\\s*)?[\"“]")
	// A status heading or a status:name heading.
	sgDetectStatusRE = lazyRegexp(`(?m)^\s*(?:#+\s*)?[1-5]\d\d(?:\s*:\s*[A-Za-z_]\w*|\s+[A-Z][A-Za-z'-]*(?: [A-Za-z'-]+){0,4})\s*$`)

	sgStatusNameRE = lazyRegexp(`^([1-5]\d\d|\?)\s*:\s*([A-Za-z_][A-Za-z0-9_.-]*)$`)
	sgStatusRE     = lazyRegexp(`^([1-5]\d\d)\s+([A-Z][A-Za-z'-]*(?: [A-Za-z'-]+){0,4})$`)
	sgIdentRE      = lazyRegexp(`^[A-Z][A-Za-z0-9_]*$`)
	sgWordRE       = lazyRegexp(`^(?:[A-Z0-9][\w&'/-]*|and|of|for|the|to|in|on|by|with|or|&|/|-)$`)
	// A heading glued to the end of a sentence: "...endpoints.General errors".
	sgGluedRE = lazyRegexp(`[a-z0-9)\]][.!?]([A-Z][A-Za-z0-9 '&/-]*)$`)
	// The field spec at the end of a row's first cell: a lowerCamel name,
	// its type glued or apart, maybe "of <Type>".
	sgSpecRE = lazyRegexp(`(?:^|[^A-Za-z0-9_\s])\s*([a-z][A-Za-z0-9_]*(?:\s+[A-Z][A-Za-z0-9_]*)?(?:\s+of\s+[A-Z][A-Za-z0-9_]*)?)$`)
	// A cell of its own holding a type.
	sgTypeCellRE = lazyRegexp(`^[A-Z][A-Za-z0-9_]*(?:\s+of\s+[A-Z][A-Za-z0-9_]*)?(?:\s*\(?(?:[Oo]ptional|[Rr]equired)\)?)?$`)
	// Words saying a field may be absent.
	sgOptionalRE = lazyRegexp(`(?i)\b(?:optional(?:ly)?|if (?:any|known|available|applicable|present|provided|set|specified|relevant)|when (?:available|known|applicable|present|provided|relevant)|may be (?:absent|omitted|empty|missing|null|undefined)|can be (?:absent|omitted|empty|missing|null|undefined))\b`)
)

// sgTypes are the type names glued to field names, longest first once
// sorted.
var sgTypes = func() []string {
	t := []string{
		"String", "LocalizedString", "Int", "Integer", "Long", "Short", "Float", "Double",
		"Number", "Decimal", "Boolean", "Bool", "Any", "Object", "Array", "List", "Map",
		"Set", "Collection", "Date", "DateTime", "Time", "Timestamp", "Json", "JSON",
		"UUID", "Uuid", "Reference", "ReferenceTypeId", "ResourceIdentifier", "Money",
		"TypedMoney", "CentPrecisionMoney", "Address", "Enum", "Null", "Byte", "Bytes",
		"Char", "Uri", "URI", "Url", "URL", "Email", "Duration", "Unknown",
	}
	sort.SliceStable(t, func(i, j int) bool { return len(t[i]) > len(t[j]) })
	return t
}()

// detectStatusGroups reports whether the file is a docs page (not YAML,
// JSON or source) with a "code | ..." row and a status heading.
func detectStatusGroups(filename string, data []byte) bool {
	if hasExt(filename, ".yaml", ".yml", ".json", ".go", ".ts", ".js") {
		return false
	}
	return sgDetectRowRE.Match(data) && sgDetectStatusRE.Match(data)
}

// An sgRow is one "name<Type> | value |" row.
type sgRow struct {
	name, typ string
	value     string
	quoted    bool // the value is a quoted literal, not a description
	line      int
}

// sgParseRow reads a row, or reports false when the line is not one.
func sgParseRow(line string) (sgRow, string, bool) {
	s := strings.TrimSpace(line)
	s = strings.TrimSpace(strings.TrimPrefix(s, "|"))
	i := strings.IndexByte(s, '|')
	if i < 0 {
		return sgRow{}, "", false
	}
	first := strings.NewReplacer("`", "", "*", "").Replace(strings.TrimSpace(s[:i]))
	m := sgSpecRE.FindStringSubmatch(first)
	if m == nil {
		return sgRow{}, "", false
	}
	var r sgRow
	var warn string
	rest := strings.TrimSpace(s[i+1:])
	// A type in a cell of its own, before the value (a Markdown table):
	// the name is written alone.
	if j := strings.IndexByte(rest, '|'); j >= 0 && !strings.ContainsAny(m[1], " \t") && strings.TrimSpace(rest[j+1:]) != "" {
		if c := strings.TrimSpace(strings.Trim(rest[:j], "`* ")); sgTypeCellRE.MatchString(c) {
			r.name, r.typ = m[1], c
			rest = strings.TrimSpace(rest[j+1:])
		}
	}
	if r.name == "" {
		r.name, r.typ, warn = sgSplitSpec(m[1])
	}
	rest = strings.TrimSpace(strings.TrimSuffix(rest, "|"))
	r.value, r.quoted = sgUnquote(rest)
	return r, warn, true
}

// sgSplitSpec splits a field spec into the field's name and its type.
func sgSplitSpec(spec string) (name, typ, warn string) {
	words := strings.Fields(spec)
	head := words[0]
	if len(words) > 1 {
		if words[1] != "of" {
			return head, strings.Join(words[1:], " "), ""
		}
		// "allowedValuesArray of String": the collection type is glued.
		for _, t := range sgTypes {
			if len(head) > len(t) && strings.HasSuffix(head, t) {
				return head[:len(head)-len(t)], t + " " + strings.Join(words[1:], " "), ""
			}
		}
		return head, strings.Join(words[1:], " "), ""
	}
	for _, t := range sgTypes {
		if len(head) > len(t) && strings.HasSuffix(head, t) {
			return head[:len(head)-len(t)], t, ""
		}
	}
	// An unknown type: it starts at the last capitalised word.
	for i := len(head) - 1; i > 0; i-- {
		if isUpper(head[i]) && !isUpper(head[i-1]) {
			return head[:i], head[i:], "cannot tell the type of field " + strconv.Quote(head) + "; read it as field " + strconv.Quote(head[:i])
		}
	}
	return head, "", ""
}

// sgCodeLike reports whether a heading looks like a code (InvalidField,
// INVALID_FIELD) rather than a plain word of the page (Example).
func sgCodeLike(s string) bool {
	return len(s) > 1 && (strings.ContainsAny(s[1:], "ABCDEFGHIJKLMNOPQRSTUVWXYZ_0123456789"))
}

func isUpper(c byte) bool { return 'A' <= c && c <= 'Z' }

// sgUnquote returns the literal inside quotes, or s as a description.
func sgUnquote(s string) (string, bool) {
	for _, q := range [][2]string{{`"`, `"`}, {"“", "”"}, {"`", "`"}, {"'", "'"}} {
		if len(s) >= len(q[0])+len(q[1]) && strings.HasPrefix(s, q[0]) && strings.HasSuffix(s, q[1]) {
			inner := s[len(q[0]) : len(s)-len(q[1])]
			if q[0] == "'" && strings.Contains(inner, "'") {
				continue
			}
			return strings.TrimSpace(inner), true
		}
	}
	return s, false
}

// An sgBlock is a code's heading and rows.
type sgBlock struct {
	name      string
	pos       Pos
	status    int
	statusPos Pos
	endpoint  string
	titled    bool // the heading was "400:Name", so it names a code
	statusQ   bool // the heading was "?:Name": the status is undecided
	prose     bool // a description line was seen
	rows      []sgRow
	code      int // index in rows of the code row, or -1
}

// sgKind classifies a line that is not a row.
type sgKind int

const (
	sgProse sgKind = iota
	sgStatus
	sgStatusName
	sgIdent
	sgPhrase
)

// sgClassify says what a non-row line is, and returns the parts of
// interest.
func sgClassify(s string) (sgKind, int, string) {
	if m := sgStatusNameRE.FindStringSubmatch(s); m != nil {
		n, _ := strconv.Atoi(m[1])
		return sgStatusName, n, m[2]
	}
	if m := sgStatusRE.FindStringSubmatch(s); m != nil {
		n, _ := strconv.Atoi(m[1])
		return sgStatus, n, m[2]
	}
	if sgIdentRE.MatchString(s) {
		return sgIdent, 0, s
	}
	if sgIsPhrase(s) {
		return sgPhrase, 0, s
	}
	return sgProse, 0, ""
}

// sgIsPhrase reports whether s reads as a section heading: a few words,
// capitalised or ending in "errors", with no closing punctuation.
func sgIsPhrase(s string) bool {
	words := strings.Fields(s)
	if len(words) < 2 || len(words) > 6 || !isUpper(s[0]) || strings.ContainsAny(s, "|.:;,!?()\"") {
		return false
	}
	if sgTopLevel(s) {
		return true
	}
	for _, w := range words {
		if !sgWordRE.MatchString(w) {
			return false
		}
	}
	return true
}

// The parts of a page.
const (
	sgPartNone     = iota // not said (or a page title)
	sgPartGeneral         // "General errors": codes of every API
	sgPartSpecific        // "API-specific errors": codes of some APIs
)

// sgPartOf says which part a top-level heading opens.
func sgPartOf(s string) int {
	l := strings.ToLower(s)
	switch {
	case strings.Contains(l, "specific"):
		return sgPartSpecific
	case strings.Contains(l, "general") || strings.Contains(l, "common") || strings.Contains(l, "global") || strings.Contains(l, "shared"):
		return sgPartGeneral
	}
	return sgPartNone
}

// sgTopLevel reports whether a heading opens a top-level part of the
// page ("General errors", "API-specific errors") rather than an API group.
func sgTopLevel(s string) bool {
	words := strings.Fields(s)
	return len(words) >= 2 && strings.EqualFold(words[len(words)-1], "errors")
}

func parseStatusGroups(filename string, data []byte) (*Doc, error) {
	doc := &Doc{}
	warn := func(line int, format string, args ...any) {
		doc.Warnings = append(doc.Warnings, errorf(Pos{File: filename, Line: line}, format, args...))
	}
	var (
		status    int
		statusPos Pos
		endpoint  string
		cur       *sgBlock
		part      = sgPartNone
		seenCode  bool // a status or a code was seen: past the page's title
	)
	// group starts a group of codes under a section heading. Only a group
	// of API-specific errors (or, on a page that does not say which part
	// is which, one after the first codes) names an endpoint; headings in
	// the general part and page titles do not.
	group := func(name string) {
		status, statusPos = 0, Pos{}
		endpoint = ""
		if part == sgPartSpecific || part == sgPartNone && seenCode {
			endpoint = name
		}
	}
	// close ends the current block; next is what follows it.
	closeBlock := func(next sgKind) {
		b := cur
		cur = nil
		if b == nil {
			return
		}
		if len(b.rows) == 0 {
			switch {
			case b.name == "":
			case b.titled:
				doc.Entries = append(doc.Entries, sgEntry(b))
			case next == sgStatus || next == sgStatusName || (next == sgIdent || next == sgPhrase) && !b.prose:
				// A heading with nothing of its own before the next
				// heading names a group.
				group(b.name)
			case sgCodeLike(b.name):
				warn(b.pos.Line, "heading %q has no code or message rows; skipped", b.name)
			}
			return
		}
		doc.Entries = append(doc.Entries, sgEntry(b))
		seenCode = true
	}
	open := func(name string, pos Pos, titled bool) {
		cur = &sgBlock{name: name, pos: pos, status: status, statusPos: statusPos, endpoint: endpoint, titled: titled, code: -1}
	}

	lines := strings.Split(string(data), "\n")
	for i, raw := range lines {
		pos := Pos{File: filename, Line: i + 1}
		line := strings.TrimSpace(strings.TrimRight(raw, "\r"))
		if line == "" {
			continue
		}
		if r, w, ok := sgParseRow(line); ok {
			r.line = pos.Line
			if w != "" {
				warn(pos.Line, "%s", w)
			}
			if r.name == "code" && cur != nil && cur.code >= 0 {
				// A second code row: its heading is missing.
				closeBlock(sgIdent)
			}
			if cur == nil {
				open("", pos, false)
			}
			cur.rows = append(cur.rows, r)
			if r.name == "code" && cur.code < 0 {
				cur.code = len(cur.rows) - 1
			}
			continue
		}
		text := strings.TrimSpace(strings.Trim(strings.TrimLeft(line, "#"), "*"))
		kind, n, name := sgClassify(text)
		if kind == sgProse {
			if m := sgGluedRE.FindStringSubmatch(text); m != nil {
				if k, n2, name2 := sgClassify(m[1]); k != sgProse && k != sgStatus {
					if cur != nil {
						cur.prose = true
					}
					kind, n, name = k, n2, name2
				}
			}
		}
		switch kind {
		case sgProse:
			if cur != nil {
				cur.prose = true
			}
		case sgStatus:
			closeBlock(kind)
			status, statusPos = n, pos
			seenCode = true
		case sgStatusName:
			closeBlock(kind)
			// The code's own status; the codes after it under the same
			// status heading take theirs from that heading.
			if status == 0 {
				status, statusPos = n, pos
			}
			open(name, pos, true)
			cur.status, cur.statusPos = n, pos
			cur.statusQ = n == 0 // "?:Name"
			seenCode = true
		case sgIdent:
			closeBlock(kind)
			open(name, pos, false)
		case sgPhrase:
			closeBlock(kind)
			if sgTopLevel(name) {
				status, statusPos, endpoint = 0, Pos{}, ""
				if p := sgPartOf(name); p != sgPartNone {
					part = p
				}
			} else {
				group(name)
			}
		}
	}
	closeBlock(sgProse)
	return doc, nil
}

// sgEntry makes the entry of a block with rows.
func sgEntry(b *sgBlock) Entry {
	e := Entry{Name: b.name, Pos: b.pos, Status: b.status}
	if b.status != 0 && b.statusPos.IsValid() && b.statusPos.Line != b.pos.Line {
		e.StatusPos = b.statusPos
	}
	if b.statusQ {
		e.StatusPlaceholder, e.StatusPos = true, b.statusPos // undecided, as in YAML
	}
	if c := sgCodeOf(b); c != "" {
		e.Code = c
	} else {
		e.Code = b.name // the heading names the code
	}
	if e.Name == e.Code {
		e.Name = ""
	}
	if b.endpoint != "" {
		e.Endpoints = []string{b.endpoint}
	}
	for _, r := range b.rows {
		switch r.name {
		case "code":
		case "message":
			if r.quoted && r.value != "" {
				e.Messages = appendNew(e.Messages, r.value)
			}
		case "status", "statusCode", "httpStatus":
			if s, err := strconv.Atoi(r.value); err == nil && s >= 100 && s <= 599 && e.Status == 0 {
				e.Status, e.StatusPos = s, Pos{File: b.pos.File, Line: r.line}
			} else if r.value == Placeholder && e.Status == 0 && !e.StatusPlaceholder {
				e.StatusPlaceholder, e.StatusPos = true, Pos{File: b.pos.File, Line: r.line} // undecided, as in YAML
			}
		default:
			e.Fields = appendNew(e.Fields, r.name)
			if !sgOptionalRE.MatchString(r.typ) && !sgOptionalRE.MatchString(r.value) {
				e.Required = appendNew(e.Required, r.name)
			}
		}
	}
	return e
}

// sgCodeOf returns the code a block's code row gives, or "".
func sgCodeOf(b *sgBlock) string {
	if b.code < 0 {
		return ""
	}
	r := b.rows[b.code]
	if r.quoted || !strings.ContainsAny(r.value, " \t") {
		return r.value
	}
	return "" // a description of the code, not a code
}
