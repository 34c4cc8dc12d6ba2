package catalog

import (
	"bytes"
	"io"
	"slices"
	"strconv"
	"strings"

	"github.com/errcodes/errcodes/internal/editdist"
	"go.yaml.in/yaml/v3"
)

// The canonical catalog format: YAML with the same codes: list as
// errcodes.yaml.
//
//	version: 1
//	codes:
//	  - code: invalid_order_number
//	    status: 404
//	    message: Order not found
func init() {
	register(&Format{
		Name:     "yaml",
		Priority: 50,
		Detect: func(filename string, data []byte) bool {
			return hasExt(filename, ".yaml", ".yml") && topLevelKey(data, "codes")
		},
		Parse: parseYAMLCatalog,
	})
}

// topLevelKey reports whether a line of data starts with "key:".
func topLevelKey(data []byte, key string) bool {
	for _, line := range bytes.Split(data, []byte("\n")) {
		if bytes.HasPrefix(line, []byte(key+":")) {
			return true
		}
	}
	return false
}

func parseYAMLCatalog(filename string, data []byte) (*Doc, error) {
	d := &yamlDecoder{file: filename}
	root := d.parse(data)
	doc := &Doc{Strict: true}
	if root != nil {
		d.mapping(root, "catalog file", []string{"version", "codes"}, func(key string, k, v *yaml.Node) {
			switch key {
			case "version":
				d.version(k, v)
			case "codes":
				doc.Entries = d.entries(v)
			}
		})
	}
	if len(d.errs) > 0 {
		return nil, d.errs.err()
	}
	doc.Warnings = d.warns
	return doc, nil
}

// A yamlDecoder walks a yaml.v3 node tree and collects every problem with
// its position, rather than stopping at the first.
type yamlDecoder struct {
	file  string
	errs  ErrorList
	warns ErrorList // problems that leave the rest usable
}

func (d *yamlDecoder) pos(n *yaml.Node) Pos { return Pos{File: d.file, Line: n.Line, Col: n.Column} }

func (d *yamlDecoder) errorf(n *yaml.Node, format string, args ...any) {
	d.errs = append(d.errs, errorf(d.pos(n), format, args...))
}

var yamlLineErr = lazyRegexp(`^yaml: line (\d+): (.*)$`)

// parse returns the document's top node, or nil after recording an error.
func (d *yamlDecoder) parse(data []byte) *yaml.Node {
	var root yaml.Node
	if err := yaml.Unmarshal(data, &root); err != nil {
		msg := err.Error()
		pos := Pos{File: d.file}
		if m := yamlLineErr.FindStringSubmatch(msg); m != nil {
			pos.Line, _ = strconv.Atoi(m[1])
			msg = m[2]
		} else {
			msg = strings.TrimPrefix(msg, "yaml: ")
		}
		d.errs = append(d.errs, wrapf(pos, err, "invalid YAML: %s", msg))
		return nil
	}
	if root.Kind == 0 || len(root.Content) == 0 {
		d.errs = append(d.errs, errorf(Pos{File: d.file, Line: 1, Col: 1}, "file is empty"))
		return nil
	}
	d.checkOneDocument(data)
	if alias, written, expanded := aliasExpansion(&root); alias != nil {
		d.errorf(alias, "YAML aliases expand this file from %d nodes to over %d; errcodes reads at most %d times what is written",
			written, expanded, maxAliasRatio)
		return nil
	}
	return root.Content[0]
}

// checkOneDocument warns about a second YAML document in data: errcodes
// reads the first, and a file of two (two catalogs concatenated, a stray
// "---") would lose the second without a word.
func (d *yamlDecoder) checkOneDocument(data []byte) {
	dec := yaml.NewDecoder(bytes.NewReader(data))
	var first, second yaml.Node
	if dec.Decode(&first) != nil {
		return
	}
	if err := dec.Decode(&second); err == io.EOF {
		return
	}
	line := 0
	if len(second.Content) > 0 {
		line = second.Content[0].Line
	}
	d.warns = append(d.warns, errorf(Pos{File: d.file, Line: line}, "a second YAML document (after ---) is ignored; errcodes reads the first"))
}

// maxAliasRatio and minAliasBudget bound what YAML aliases may add to a
// document, as yaml.v3 bounds its own decoding: an anchor reused a few
// times is fine, a few KB that expand to millions of nodes (a "billion
// laughs") would take minutes and gigabytes to walk, in every go vet
// process that reads the file.
const (
	maxAliasRatio  = 10
	minAliasBudget = 10_000
)

// aliasExpansion returns, if the document's aliases expand it beyond the
// budget, the first alias, how many nodes are written, and how many it
// expands to (at least); nil if within the budget. It is linear in the
// document: each anchor's expanded size is computed once.
func aliasExpansion(root *yaml.Node) (alias *yaml.Node, written, expanded int) {
	var count func(n *yaml.Node) int
	count = func(n *yaml.Node) int {
		c := 1
		for _, k := range n.Content {
			c += count(k)
		}
		return c
	}
	written = count(root)
	budget := max(minAliasBudget, maxAliasRatio*written)
	sizes := make(map[*yaml.Node]int)
	var size func(n *yaml.Node) int
	size = func(n *yaml.Node) int {
		if n.Kind == yaml.AliasNode {
			if alias == nil {
				alias = n
			}
			if n.Alias == nil {
				return 1
			}
			n = n.Alias
		}
		if s, ok := sizes[n]; ok {
			return s
		}
		sizes[n] = 1 // an anchor that contains itself counts once
		s := 1
		for _, k := range n.Content {
			if s += size(k); s > budget {
				break
			}
		}
		sizes[n] = s
		return s
	}
	if expanded = size(root); expanded > budget {
		return alias, written, budget
	}
	return nil, written, expanded
}

// deref follows YAML aliases.
func deref(n *yaml.Node) *yaml.Node {
	for i := 0; n.Kind == yaml.AliasNode && n.Alias != nil && i < 100; i++ {
		n = n.Alias
	}
	return n
}

// mapping calls fn for each key of the mapping n, in order; unknown and
// repeated keys are errors.
func (d *yamlDecoder) mapping(n *yaml.Node, what string, known []string, fn func(key string, k, v *yaml.Node)) bool {
	n = deref(n)
	if n.Kind != yaml.MappingNode {
		d.errorf(n, "%s must be a mapping, not %s", what, kind(n))
		return false
	}
	seen := make(map[string]bool)
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], deref(n.Content[i+1])
		if k.Kind != yaml.ScalarNode {
			d.errorf(k, "%s keys must be plain names", what)
			continue
		}
		if k.Value == "<<" {
			d.errorf(k, "merge keys (<<) are not supported")
			continue
		}
		if !contains(known, k.Value) {
			if s, ok := closest(k.Value, known); ok {
				d.errorf(k, "unknown key %q in %s; did you mean %q?", k.Value, what, s)
			} else {
				d.errorf(k, "unknown key %q in %s (known keys: %s)", k.Value, what, strings.Join(known, ", "))
			}
			continue
		}
		if seen[k.Value] {
			d.errorf(k, "key %q appears twice in %s", k.Value, what)
			continue
		}
		seen[k.Value] = true
		fn(k.Value, k, v)
	}
	return true
}

// closest returns the known key nearest to s, if it is a likely typo.
func closest(s string, known []string) (string, bool) {
	best, bestDist := "", 3
	for _, k := range known {
		if d := editdist.Distance(strings.ToLower(s), k, bestDist); d < bestDist {
			best, bestDist = k, d
		}
	}
	return best, best != ""
}

func kind(n *yaml.Node) string {
	switch n.Kind {
	case yaml.MappingNode:
		return "a mapping"
	case yaml.SequenceNode:
		return "a list"
	case yaml.ScalarNode:
		switch n.Tag {
		case "!!int":
			return "an integer"
		case "!!float":
			return "a number"
		case "!!bool":
			return "a boolean"
		case "!!null":
			return "empty"
		}
		return "a string"
	}
	return "empty"
}

// str decodes a string scalar. Numbers and booleans are taken as written
// only where a string is meant (a message that reads "404").
func (d *yamlDecoder) str(k, v *yaml.Node) (string, bool) {
	if v.Kind != yaml.ScalarNode || v.Tag == "!!null" {
		d.errorf(k, "%s must be a string, not %s", k.Value, kind(v))
		return "", false
	}
	return v.Value, true
}

// integer decodes an integer scalar.
func (d *yamlDecoder) integer(k, v *yaml.Node) (int64, bool) {
	var i int64
	if v.Kind != yaml.ScalarNode || v.Tag != "!!int" || v.Decode(&i) != nil {
		d.errorf(k, "%s must be an integer, not %s", k.Value, kind(v))
		return 0, false
	}
	return i, true
}

func (d *yamlDecoder) boolean(k, v *yaml.Node) bool {
	var b bool
	if v.Kind != yaml.ScalarNode || v.Tag != "!!bool" || v.Decode(&b) != nil {
		d.errorf(k, "%s must be true or false, not %s", k.Value, kind(v))
	}
	return b
}

// strings decodes a list of strings; a single string is a list of one.
func (d *yamlDecoder) strings(k, v *yaml.Node) []string {
	if v.Kind == yaml.ScalarNode {
		s, ok := d.str(k, v)
		if !ok {
			return nil
		}
		return []string{s}
	}
	if v.Kind != yaml.SequenceNode {
		d.errorf(k, "%s must be a list of strings, not %s", k.Value, kind(v))
		return nil
	}
	out := make([]string, 0, len(v.Content))
	for _, item := range v.Content {
		item = deref(item)
		if item.Kind != yaml.ScalarNode || item.Tag == "!!null" {
			d.errorf(item, "%s must be a list of strings; this item is %s", k.Value, kind(item))
			continue
		}
		out = append(out, item.Value)
	}
	return out
}

// version checks the version key.
func (d *yamlDecoder) version(k, v *yaml.Node) {
	if n, ok := d.integer(k, v); ok && n != 1 {
		d.errorf(k, "version %d is not supported; this errcodes reads version 1", n)
	}
}

// code decodes a code: a string, or an integer written in decimal.
func (d *yamlDecoder) code(k, v *yaml.Node) (string, bool) {
	if v.Kind == yaml.ScalarNode && v.Tag == "!!int" {
		var i int64
		if err := v.Decode(&i); err != nil {
			d.errorf(k, "code %s is not a valid integer", v.Value)
			return "", false
		}
		return strconv.FormatInt(i, 10), true
	}
	if v.Kind != yaml.ScalarNode || v.Tag != "!!str" {
		d.errorf(k, "code must be a string or an integer, not %s", kind(v))
		return "", false
	}
	code := strings.TrimSpace(v.Value) // "order_gone " is a slip, not another code
	if code == "" {
		d.errorf(k, "code is empty")
		return "", false
	}
	return code, true
}

// sameStatuses reports whether a and b hold the same statuses, in any
// order.
func sameStatuses(a, b []int) bool {
	a, b = slices.Clone(a), slices.Clone(b)
	slices.Sort(a)
	slices.Sort(b)
	return slices.Equal(a, b)
}

// status decodes a status: an HTTP status, a list of them (a code an
// API returns with 400, 413 or 414), a gRPC code, or "?".
func (d *yamlDecoder) status(k, v *yaml.Node, e *Entry) {
	if v.Kind == yaml.SequenceNode {
		if len(v.Content) == 0 {
			d.errorf(k, "status list is empty")
			return
		}
		var list []int
		for _, item := range v.Content {
			item = deref(item)
			var s int64
			if item.Kind != yaml.ScalarNode || item.Tag != "!!int" || item.Decode(&s) != nil {
				d.errorf(item, "a list of statuses holds HTTP statuses; this item is %s", kind(item))
				continue
			}
			if s < 100 || s > 599 {
				d.errorf(item, "status %d is not an HTTP status", s)
				continue
			}
			list = appendNew(list, int(s))
		}
		if len(list) > 0 {
			e.Status, e.MoreStatuses = list[0], list[1:]
			e.StatusPos = d.pos(k)
			e.set |= keyStatus
		}
		return
	}
	if v.Kind == yaml.ScalarNode && v.Tag == "!!str" && v.Value == Placeholder {
		e.StatusPlaceholder = true // undecided: checked as a placeholder
		e.StatusPos = d.pos(k)
		e.set |= keyStatus
		return
	}
	if v.Kind == yaml.ScalarNode && v.Tag == "!!str" && !isNumber(v.Value) {
		// A gRPC API documents canonical codes, not HTTP statuses.
		if g, ok := GRPCCode(v.Value); ok {
			e.GRPCStatus = g
			e.StatusPos = d.pos(k)
			e.set |= keyStatus
		} else {
			d.errorf(k, "status %q is neither an HTTP status nor a gRPC code", v.Value)
		}
		return
	}
	if s, ok := d.integer(k, v); ok {
		if s < 100 || s > 599 {
			d.errorf(k, "status %d is not an HTTP status", s)
		} else {
			e.Status = int(s)
			e.StatusPos = d.pos(k)
			e.set |= keyStatus
		}
	}
}

var entryKeys = []string{"code", "name", "status", "message", "endpoints", "fields", "required", "reasons", "deprecated", "retryable"}

// entries decodes a codes: list.
func (d *yamlDecoder) entries(list *yaml.Node) []Entry {
	if list.Kind != yaml.SequenceNode {
		d.errorf(list, "codes must be a list of entries, not %s", kind(list))
		return nil
	}
	out := make([]Entry, 0, len(list.Content))
	statusAt := make(map[string]Entry) // the first entry giving each code a status
	for _, n := range list.Content {
		n = deref(n)
		e := Entry{Pos: d.pos(n)}
		sawCode := false
		ok := d.mapping(n, "code entry", entryKeys, func(key string, k, v *yaml.Node) {
			switch key {
			case "code":
				sawCode = true
				e.Code, _ = d.code(k, v) // "" when invalid, reported
			case "name":
				e.Name, _ = d.str(k, v)
				e.set |= keyName
			case "status":
				d.status(k, v, &e)
			case "message":
				e.Messages = d.strings(k, v)
				e.set |= keyMessages
			case "endpoints":
				e.Endpoints = d.strings(k, v)
				e.set |= keyEndpoints
			case "fields":
				e.Fields = d.strings(k, v)
				e.set |= keyFields
			case "required":
				e.Required = d.strings(k, v)
				e.set |= keyRequired
			case "reasons":
				e.Reasons = d.strings(k, v)
				e.set |= keyReasons
			case "deprecated":
				e.Deprecated = d.boolean(k, v)
				e.set |= keyDeprecated
			case "retryable":
				e.Retryable = d.boolean(k, v)
				e.set |= keyRetryable
			}
		})
		if !ok {
			continue
		}
		if !sawCode {
			d.errorf(n, "code entry has no code")
		}
		if e.Code == "" {
			continue
		}
		e.Fields = appendNew(e.Fields, e.Required...)
		if prev, ok := statusAt[e.Code]; ok && e.Status != 0 && !sameStatuses(e.statuses(), prev.statuses()) {
			d.errs = append(d.errs, errorf(e.StatusPos, "code %q has status %s here but %s at %s", e.Code, statusList(e.statuses()), statusList(prev.statuses()), prev.StatusPos.Short()))
		} else if !ok && e.Status != 0 && e.Code != Placeholder {
			statusAt[e.Code] = e
		}
		out = append(out, e)
	}
	return out
}
