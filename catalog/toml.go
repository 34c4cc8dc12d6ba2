package catalog

// The toml format: an error-code catalog in TOML, read with
// github.com/pelletier/go-toml/v2. A catalog is a table per code, the
// table's key being the code, or an array of tables whose elements name
// their code; a code's table may also be inline.
//
//	[ORDER_NOT_FOUND]
//	status = 404
//	message = "order {id} not found"
//	resolution = "Check the order id."
//
//	[[errors]]
//	code = "PAYMENT_DECLINED"
//	http_status = 402
//	description = "The card was declined."
//	retryable = true
//
// Read in each code's table: status, http_status or http_status_code (a
// number, or "?" when undecided); message or error (the text the API
// returns) or description (what the error means); deprecated; retryable; name;
// endpoints. Other keys (resolution, category, ...) are the docs' own and
// left alone. A table with none of these keys, such as [errors] over
// [errors.not_found], only groups codes: the code is the last part of the
// key of the table that has them, or its code key.

import (
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/pelletier/go-toml/v2"
	"github.com/pelletier/go-toml/v2/unstable"
)

func init() {
	register(&Format{
		Name:     "toml",
		Priority: 5,
		Detect:   func(filename string, _ []byte) bool { return hasExt(filename, ".toml") },
		Parse:    parseTOML,
	})
}

// tomlKeys are the keys of a code's table that errcodes reads.
var tomlKeys = []string{"code", "status", "http_status", "http_status_code", "message", "error", "description",
	"deprecated", "retryable", "name", "endpoints"}

// A tomlTable is one table as the file builds it: its key, where its
// header is, and its key/value pairs in order.
type tomlTable struct {
	path  []string
	array bool // an element of an array of tables: its key is no code
	line  int
	pairs []tomlPair
}

type tomlPair struct {
	key  string // the last part of a dotted key
	line int
	val  *tomlValue
	sub  []string // the parts of a dotted key before key
}

// A tomlValue is a value copied out of the parser, whose nodes live only
// until it reads the next expression.
type tomlValue struct {
	kind  unstable.Kind
	data  string
	elems []*tomlValue // of an array
	pairs []tomlPair   // of an inline table
}

// tomlCopy copies a value node, with the lines of its keys.
func tomlCopy(n *unstable.Node, line func(*unstable.Node) int, depth int) *tomlValue {
	v := &tomlValue{kind: n.Kind, data: string(n.Data)}
	if depth > 64 {
		return v
	}
	switch n.Kind {
	case unstable.Array:
		it := n.Children()
		for it.Next() {
			v.elems = append(v.elems, tomlCopy(it.Node(), line, depth+1))
		}
	case unstable.InlineTable:
		it := n.Children()
		for it.Next() {
			kv := it.Node()
			if kv.Kind != unstable.KeyValue {
				continue
			}
			if pair, ok := tomlKeyValue(kv, line, depth+1); ok {
				v.pairs = append(v.pairs, pair)
			}
		}
	}
	return v
}

// tomlKeyValue copies a key/value expression.
func tomlKeyValue(kv *unstable.Node, line func(*unstable.Node) int, depth int) (tomlPair, bool) {
	var parts []string
	l := 0
	it := kv.Key()
	for it.Next() {
		k := it.Node()
		if l == 0 {
			l = line(k)
		}
		parts = append(parts, string(k.Data))
	}
	if len(parts) == 0 {
		return tomlPair{}, false
	}
	return tomlPair{key: parts[len(parts)-1], sub: parts[:len(parts)-1], line: l, val: tomlCopy(kv.Value(), line, depth)}, true
}

func parseTOML(filename string, data []byte) (*Doc, error) {
	// The library's decoder validates the whole file: syntax, duplicate
	// keys, tables defined twice. Its error says where.
	var v map[string]any
	if err := toml.Unmarshal(data, &v); err != nil {
		var de *toml.DecodeError
		if errors.As(err, &de) {
			line, col := de.Position()
			return nil, ErrorList{wrapf(Pos{File: filename, Line: line, Col: col}, err, "invalid TOML: %s", strings.TrimPrefix(err.Error(), "toml: "))}
		}
		return nil, ErrorList{wrapf(Pos{File: filename, Line: 1}, err, "invalid TOML: %v", err)}
	}
	// The parser gives positions, which the decoded map does not.
	p := &unstable.Parser{}
	p.Reset(data)
	idx := mdtNewLineIndex(data) // Parser.Shape counts lines from the start each time
	line := func(n *unstable.Node) int {
		if n == nil {
			return 1
		}
		return idx.line(int(n.Raw.Offset))
	}
	root := &tomlTable{line: 1}
	tables := []*tomlTable{root}
	cur := root
	for p.NextExpression() {
		expr := p.Expression()
		switch expr.Kind {
		case unstable.Table, unstable.ArrayTable:
			var path []string
			first := 0
			it := expr.Key()
			for it.Next() {
				k := it.Node()
				if first == 0 {
					first = line(k)
				}
				path = append(path, string(k.Data))
			}
			cur = &tomlTable{path: path, array: expr.Kind == unstable.ArrayTable, line: first}
			tables = append(tables, cur)
		case unstable.KeyValue:
			if pair, ok := tomlKeyValue(expr, line, 0); ok {
				cur.pairs = append(cur.pairs, pair)
			}
		}
	}
	if err := p.Error(); err != nil {
		return nil, ErrorList{wrapf(Pos{File: filename, Line: 1}, err, "invalid TOML: %v", err)}
	}
	r := &tomlReader{file: filename, doc: &Doc{}}
	for _, t := range tables {
		r.table(t)
	}
	return r.doc, nil
}

type tomlReader struct {
	file string
	doc  *Doc
}

func (r *tomlReader) pos(line int) Pos { return Pos{File: r.file, Line: line} }

func (r *tomlReader) warn(line int, format string, args ...any) {
	r.doc.Warnings = append(r.doc.Warnings, errorf(r.pos(line), format, args...))
}

// table reads a table: a code's, when it has keys of one; else its inline
// tables and arrays of inline tables may be codes.
func (r *tomlReader) table(t *tomlTable) {
	own := tomlOwn(t.pairs)
	if t.path != nil && tomlIsCode(own) {
		code := ""
		if !t.array {
			code = t.path[len(t.path)-1]
		}
		r.entry(code, t.line, own)
		return
	}
	for _, kv := range own {
		switch kv.val.kind {
		case unstable.InlineTable:
			if pairs := tomlOwn(kv.val.pairs); tomlIsCode(pairs) {
				r.entry(kv.key, kv.line, pairs)
			}
		case unstable.Array:
			for _, el := range kv.val.elems {
				if el.kind != unstable.InlineTable {
					continue
				}
				if pairs := tomlOwn(el.pairs); tomlIsCode(pairs) {
					r.entry("", pairs[0].line, pairs)
				}
			}
		}
	}
}

// tomlOwn returns the pairs whose keys are not dotted.
func tomlOwn(pairs []tomlPair) []tomlPair {
	var own []tomlPair
	for _, kv := range pairs {
		if len(kv.sub) == 0 {
			own = append(own, kv)
		}
	}
	return own
}

// tomlIsCode reports whether the pairs of a table are a code's: one of
// them is a key errcodes reads (other than name and endpoints, which
// alone say nothing of an error).
func tomlIsCode(pairs []tomlPair) bool {
	for _, kv := range pairs {
		switch kv.key {
		case "name", "endpoints":
		default:
			if contains(tomlKeys, kv.key) {
				return true
			}
		}
	}
	return false
}

// entry reads a code's pairs; code is its table's key, or "" when a code
// key must give it.
func (r *tomlReader) entry(code string, line int, pairs []tomlPair) {
	e := Entry{Code: code, Pos: r.pos(line)}
	seen := make(map[string]int)
	var message, description string
	for _, kv := range pairs {
		kind := kv.key
		switch kind {
		case "http_status", "http_status_code":
			kind = "status"
		case "description", "error":
			kind = "message"
		}
		if !contains(tomlKeys, kv.key) {
			continue
		}
		dupKey := kv.key
		if kind == "status" {
			dupKey = kind // status and http_status say the same
		}
		if prev, ok := seen[dupKey]; ok {
			r.warn(kv.line, "code %q gives its %s twice (first at line %d); keeping the first", e.Code, kind, prev)
			continue
		}
		seen[dupKey] = kv.line
		v := kv.val
		switch kind {
		case "code":
			s, ok := tomlScalar(v)
			if !ok {
				r.warn(kv.line, "code must be a string or an integer, not %s", tomlKind(v))
				continue
			}
			if code != "" && s != code {
				e.Name = code // [not_found] with code = "NOT_FOUND"
			}
			e.Code = s
		case "status":
			s, ok := tomlScalar(v)
			switch n, err := strconv.Atoi(s); {
			case ok && s == Placeholder:
				e.StatusPlaceholder, e.StatusPos = true, r.pos(kv.line)
			case ok && err == nil && n >= 100 && n <= 599:
				e.Status, e.StatusPos = n, r.pos(kv.line)
			default:
				r.warn(kv.line, "%s %s of code %q is not an HTTP status", kv.key, tomlText(v), e.Code)
			}
		case "message":
			s, ok := tomlString(v)
			if !ok {
				r.warn(kv.line, "%s of code %q must be a string, not %s", kv.key, e.Code, tomlKind(v))
				continue
			}
			if s = strings.TrimSpace(s); s != "" {
				if kv.key != "description" {
					message = s // message, or error as pingcap's errors.toml writes it
				} else {
					description = s
				}
			}
		case "deprecated", "retryable":
			if v.kind != unstable.Bool {
				r.warn(kv.line, "%s of code %q must be true or false, not %s", kv.key, e.Code, tomlKind(v))
				continue
			}
			b := v.data == "true"
			if kind == "deprecated" {
				e.Deprecated = b
			} else {
				e.Retryable = b
			}
		case "name":
			if s, ok := tomlString(v); ok {
				e.Name = s
			}
		case "endpoints":
			if v.kind != unstable.Array {
				r.warn(kv.line, "endpoints of code %q must be a list of strings, not %s", e.Code, tomlKind(v))
				continue
			}
			for _, el := range v.elems {
				if s, ok := tomlString(el); ok && strings.TrimSpace(s) != "" {
					e.Endpoints = append(e.Endpoints, strings.TrimSpace(s))
				}
			}
		}
	}
	// A message is the text the API returns; a description says what the
	// error means, and stands in for a message only when there is none.
	switch {
	case message != "":
		e.Messages = []string{message}
	case description != "":
		e.Messages, e.ExampleMessages = []string{description}, true
	}
	e.Code = strings.TrimSpace(e.Code)
	r.doc.Entries = append(r.doc.Entries, e)
}

// tomlString returns a string value.
func tomlString(n *tomlValue) (string, bool) {
	if n.kind != unstable.String {
		return "", false
	}
	return n.data, true
}

// tomlScalar returns a string or an integer as text; integers in decimal.
func tomlScalar(n *tomlValue) (string, bool) {
	switch n.kind {
	case unstable.String:
		return strings.TrimSpace(n.data), true
	case unstable.Integer:
		s := strings.ReplaceAll(n.data, "_", "")
		if i, err := strconv.ParseInt(s, 0, 64); err == nil {
			return strconv.FormatInt(i, 10), true
		}
		return s, true
	}
	return "", false
}

// tomlText shows a value as the file writes it, for a message.
func tomlText(n *tomlValue) string {
	if n.kind == unstable.String {
		return strconv.Quote(n.data)
	}
	if s, ok := tomlScalar(n); ok {
		return s
	}
	if n.kind == unstable.Float || n.kind == unstable.Bool {
		return n.data
	}
	return tomlKind(n)
}

// tomlKind names a value's kind as a TOML user would.
func tomlKind(n *tomlValue) string {
	switch n.kind {
	case unstable.String:
		return "a string"
	case unstable.Integer:
		return "an integer"
	case unstable.Float:
		return "a float"
	case unstable.Bool:
		return "a boolean"
	case unstable.Array:
		return "an array"
	case unstable.InlineTable:
		return "a table"
	}
	return fmt.Sprintf("a %s", strings.ToLower(n.kind.String()))
}
