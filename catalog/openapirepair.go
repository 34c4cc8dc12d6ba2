package catalog

import (
	"encoding/json"
	"fmt"
	"net/url"
	"strconv"
	"strings"

	"github.com/getkin/kin-openapi/openapi2"
	"github.com/getkin/kin-openapi/openapi3"
	"go.yaml.in/yaml/v3"
)

// A published spec is often not quite valid: a $ref to a schema someone
// renamed, a key written twice, a schema with a typo in its type. Such a
// spec is still the API's documentation, and everything sound in it is
// read: each flaw is a warning at its line (catalog lint shows it), and
// the part it spoils is left out, as if it were not written:
//
//   - a key written twice in a mapping: the first is read;
//   - a $ref that points to nothing in the document, or to another file
//     (not followed): what holds the $ref reads as empty;
//   - a schema kin-openapi cannot read (type: 12, enum: not-a-list): the
//     keys it cannot read are left out, in the deepest schema they are in.
//
// The repairs work on the yaml.v3 nodes, which know every line, before
// kin-openapi sees the document.

// repairDuplicates warns about each key that a mapping under n repeats;
// nodeValue reads the first.
func (p *openapiParser) repairDuplicates(n *yaml.Node, depth int) {
	if n == nil || depth > 256 || n.Kind == yaml.AliasNode {
		return
	}
	if n.Kind == yaml.MappingNode {
		first := make(map[string]int, len(n.Content)/2)
		for i := 0; i+1 < len(n.Content); i += 2 {
			k := n.Content[i]
			if line, dup := first[k.Value]; dup && k.Kind == yaml.ScalarNode {
				p.warn(k.Line, "key %q appears twice in this mapping (first at line %d); this one is ignored", k.Value, line)
				continue
			}
			first[k.Value] = k.Line
		}
	}
	for _, c := range n.Content {
		p.repairDuplicates(c, depth+1)
	}
}

// repairRefs empties each mapping under n whose $ref does not resolve in
// the document, with a warning at the $ref.
func (p *openapiParser) repairRefs(root, n *yaml.Node, depth int) {
	if n == nil || depth > 256 || n.Kind == yaml.AliasNode {
		return
	}
	if n.Kind == yaml.MappingNode {
		if v := mappingValue(n, "$ref"); v != nil && v.Kind == yaml.ScalarNode {
			if problem := refProblem(root, v.Value); problem != "" {
				p.warn(v.Line, "%s; what refers to it is read as empty", problem)
				n.Content = nil
				return
			}
		}
	}
	for _, c := range n.Content {
		p.repairRefs(root, c, depth+1)
	}
}

// refProblem says what is wrong with a $ref, or "" if it resolves in the
// document root.
func refProblem(root *yaml.Node, ref string) string {
	frag, ok := strings.CutPrefix(ref, "#")
	if !ok {
		return fmt.Sprintf("external $ref %q is not followed (bundle the spec into one file)", ref)
	}
	if unescaped, err := url.PathUnescape(frag); err == nil {
		frag = unescaped
	}
	if frag == "" {
		return ""
	}
	if !strings.HasPrefix(frag, "/") {
		return fmt.Sprintf("$ref %q is not a JSON pointer (#/...)", ref)
	}
	n := root
	for _, tok := range strings.Split(frag[1:], "/") {
		tok = strings.ReplaceAll(strings.ReplaceAll(tok, "~1", "/"), "~0", "~")
		n = deref(n)
		var next *yaml.Node
		switch n.Kind {
		case yaml.MappingNode:
			next = mappingValue(n, tok)
		case yaml.SequenceNode:
			if i, err := strconv.Atoi(tok); err == nil && i >= 0 && i < len(n.Content) {
				next = n.Content[i]
			}
		}
		if next == nil {
			return fmt.Sprintf("$ref %q points to nothing in this document", ref)
		}
		n = next
	}
	return ""
}

// repairSchemas leaves out, with a warning, the keys of the schemas under
// n that kin-openapi cannot read; swagger says they are Swagger 2.0
// schemas. It reports whether it changed anything.
func (p *openapiParser) repairSchemas(n *yaml.Node, swagger bool) bool {
	changed := false
	var walk func(n *yaml.Node, depth int)
	walk = func(n *yaml.Node, depth int) {
		if n == nil || depth > 256 || n.Kind != yaml.MappingNode {
			return
		}
		for i := 0; i+1 < len(n.Content); i += 2 {
			k, v := n.Content[i], n.Content[i+1]
			switch {
			case k.Value == "schema":
				changed = p.repairSchema(v, swagger, 0) || changed
			case k.Value == "schemas" || k.Value == "definitions":
				if v.Kind == yaml.MappingNode {
					for j := 1; j < len(v.Content); j += 2 {
						changed = p.repairSchema(v.Content[j], swagger, 0) || changed
					}
				}
			default:
				walk(v, depth+1)
			}
		}
	}
	walk(n, 0)
	return changed
}

// readsAsSchema reports whether kin-openapi reads n as a schema, and if
// not, why.
func readsAsSchema(n *yaml.Node, swagger bool) (string, bool) {
	data, err := json.Marshal(nodeValue(n, 0))
	if err != nil {
		return err.Error(), false
	}
	if swagger {
		err = json.Unmarshal(data, new(openapi2.Schema))
	} else {
		err = json.Unmarshal(data, new(openapi3.Schema))
	}
	if err != nil {
		return strings.TrimPrefix(err.Error(), "json: "), false
	}
	return "", true
}

var unmarshalTypeRE = lazyRegexp(`cannot unmarshal (\w+) into (?:Go struct )?field \S+ of type (.+)$`)

// article returns "a" or "an" for a JSON type's name.
func article(word string) string {
	if strings.ContainsRune("aeiou", rune(word[0])) {
		return "an"
	}
	return "a"
}

// schemaChildren are the keys of a schema whose values are schemas, or
// lists or maps of schemas.
var schemaChildren = map[string]string{
	"items": "one", "additionalProperties": "one", "not": "one",
	"allOf": "list", "oneOf": "list", "anyOf": "list",
	"properties": "map",
}

// repairSchema repairs schema n, the deepest flaws first; it reports
// whether it changed anything.
func (p *openapiParser) repairSchema(n *yaml.Node, swagger bool, depth int) bool {
	n = deref(n)
	if depth > 64 {
		return false
	}
	if _, ok := readsAsSchema(n, swagger); ok {
		return false
	}
	if n.Kind != yaml.MappingNode {
		p.warn(n.Line, "invalid schema: a schema is a mapping, not %s; it is read as empty", kind(n))
		*n = yaml.Node{Kind: yaml.MappingNode, Tag: "!!map", Line: n.Line, Column: n.Column}
		return true
	}
	changed := false
	for i := 0; i+1 < len(n.Content); i += 2 {
		v := deref(n.Content[i+1])
		switch schemaChildren[n.Content[i].Value] {
		case "one":
			if v.Kind == yaml.MappingNode {
				changed = p.repairSchema(v, swagger, depth+1) || changed
			}
		case "list":
			if v.Kind == yaml.SequenceNode {
				for _, item := range v.Content {
					changed = p.repairSchema(item, swagger, depth+1) || changed
				}
			}
		case "map":
			if v.Kind == yaml.MappingNode {
				for j := 1; j < len(v.Content); j += 2 {
					changed = p.repairSchema(v.Content[j], swagger, depth+1) || changed
				}
			}
		}
	}
	if _, ok := readsAsSchema(n, swagger); ok {
		return changed
	}
	// The flaw is this schema's own: leave out each key that does not
	// read on its own.
	kept := n.Content[:0:0]
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		one := &yaml.Node{Kind: yaml.MappingNode, Tag: "!!map", Content: []*yaml.Node{k, v}}
		if why, ok := readsAsSchema(one, swagger); !ok {
			if m := unmarshalTypeRE.FindStringSubmatch(why); m != nil {
				why = fmt.Sprintf("%s is %s %s, where a schema has %s", k.Value, article(m[1]), m[1], strings.TrimPrefix(m[2], "[]interface {}"))
				if m[2] == "[]interface {}" {
					why = fmt.Sprintf("%s is %s %s, where a schema has a list", k.Value, article(m[1]), m[1])
				}
			}
			p.warn(k.Line, "invalid schema: %s; %q is left out", why, k.Value)
			changed = true
			continue
		}
		kept = append(kept, k, v)
	}
	n.Content = kept
	return changed
}
