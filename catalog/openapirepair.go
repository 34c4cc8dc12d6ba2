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
//   - an object kin-openapi cannot read (a schema's type: 12, an enum
//     that is not a list, responses: 5): the keys it cannot read are left
//     out, in the deepest object (schema, response, operation...) they
//     are in.
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

// A kinType is an object of the document as kin-openapi reads it: what
// it is called in a warning, how to make a value to decode one into, and
// which of its keys hold other objects.
type kinType struct {
	name     string
	new      func() any
	children map[string]kinChild
}

// A kinChild is a key of an object that holds one object (one), a list of
// them (list) or a map of them (map).
type kinChild struct {
	shape string
	typ   *kinType
}

// The objects of an OpenAPI 3 document that errcodes reads, and those
// around them.
var (
	oa3Schema    = &kinType{name: "schema", new: func() any { return new(openapi3.SchemaRef) }}
	oa3Example   = &kinType{name: "example", new: func() any { return new(openapi3.ExampleRef) }}
	oa3Media     = &kinType{name: "media type", new: func() any { return new(openapi3.MediaType) }}
	oa3Header    = &kinType{name: "header", new: func() any { return new(openapi3.HeaderRef) }}
	oa3Response  = &kinType{name: "response", new: func() any { return new(openapi3.ResponseRef) }}
	oa3Parameter = &kinType{name: "parameter", new: func() any { return new(openapi3.ParameterRef) }}
	oa3Body      = &kinType{name: "request body", new: func() any { return new(openapi3.RequestBodyRef) }}
	oa3Operation = &kinType{name: "operation", new: func() any { return new(openapi3.Operation) }}
	oa3PathItem  = &kinType{name: "path item", new: func() any { return new(openapi3.PathItem) }}
	oa3Comps     = &kinType{name: "components", new: func() any { return new(openapi3.Components) }}
	oa3Doc       = &kinType{name: "document", new: func() any { return new(openapi3.T) }}

	oa2Schema    = &kinType{name: "schema", new: func() any { return new(openapi2.SchemaRef) }}
	oa2Header    = &kinType{name: "header", new: func() any { return new(openapi2.Header) }}
	oa2Response  = &kinType{name: "response", new: func() any { return new(openapi2.Response) }}
	oa2Parameter = &kinType{name: "parameter", new: func() any { return new(openapi2.Parameter) }}
	oa2Operation = &kinType{name: "operation", new: func() any { return new(openapi2.Operation) }}
	oa2PathItem  = &kinType{name: "path item", new: func() any { return new(openapi2.PathItem) }}
	oa2Doc       = &kinType{name: "document", new: func() any { return new(openapi2.T) }}
)

func init() {
	schema := func(s *kinType) map[string]kinChild {
		return map[string]kinChild{
			"items": {"one", s}, "additionalProperties": {"one", s}, "not": {"one", s},
			"allOf": {"list", s}, "oneOf": {"list", s}, "anyOf": {"list", s},
			"properties": {"map", s},
		}
	}
	oa3Schema.children = schema(oa3Schema)
	oa3Media.children = map[string]kinChild{"schema": {"one", oa3Schema}, "examples": {"map", oa3Example}}
	oa3Header.children = map[string]kinChild{"schema": {"one", oa3Schema}, "content": {"map", oa3Media}}
	oa3Response.children = map[string]kinChild{"content": {"map", oa3Media}, "headers": {"map", oa3Header}}
	oa3Parameter.children = map[string]kinChild{"schema": {"one", oa3Schema}, "content": {"map", oa3Media}, "examples": {"map", oa3Example}}
	oa3Body.children = map[string]kinChild{"content": {"map", oa3Media}}
	oa3Operation.children = map[string]kinChild{"responses": {"map", oa3Response}, "parameters": {"list", oa3Parameter}, "requestBody": {"one", oa3Body}}
	oa3PathItem.children = map[string]kinChild{"parameters": {"list", oa3Parameter}}
	oa2PathItem.children = map[string]kinChild{"parameters": {"list", oa2Parameter}}
	for _, m := range []string{"get", "put", "post", "delete", "options", "head", "patch", "trace"} {
		oa3PathItem.children[m] = kinChild{"one", oa3Operation}
		oa2PathItem.children[m] = kinChild{"one", oa2Operation}
	}
	oa3Comps.children = map[string]kinChild{
		"schemas": {"map", oa3Schema}, "responses": {"map", oa3Response}, "parameters": {"map", oa3Parameter},
		"examples": {"map", oa3Example}, "requestBodies": {"map", oa3Body}, "headers": {"map", oa3Header},
	}
	oa3Doc.children = map[string]kinChild{"paths": {"map", oa3PathItem}, "components": {"one", oa3Comps}}

	oa2Schema.children = schema(oa2Schema)
	oa2Header.children = map[string]kinChild{}
	oa2Response.children = map[string]kinChild{"schema": {"one", oa2Schema}, "headers": {"map", oa2Header}}
	oa2Parameter.children = map[string]kinChild{"schema": {"one", oa2Schema}}
	oa2Operation.children = map[string]kinChild{"responses": {"map", oa2Response}, "parameters": {"list", oa2Parameter}}
	oa2Doc.children = map[string]kinChild{
		"paths": {"map", oa2PathItem}, "definitions": {"map", oa2Schema},
		"parameters": {"map", oa2Parameter}, "responses": {"map", oa2Response},
	}
}

// repairObjects leaves out, with a warning, what kin-openapi cannot read
// in the document root: in each object that does not decode, the keys
// that do not decode on their own, in the deepest object they are in.
// swagger says it is a Swagger 2.0 document. It reports whether it
// changed anything.
func (p *openapiParser) repairObjects(root *yaml.Node, swagger bool) bool {
	t := oa3Doc
	if swagger {
		t = oa2Doc
	}
	return p.repairObject(root, t, 0)
}

// decodes reports whether kin-openapi decodes n as a t, and if not, why.
func decodes(n *yaml.Node, t *kinType) (string, bool) {
	data, err := json.Marshal(nodeValue(n, 0))
	if err != nil {
		return err.Error(), false
	}
	if err := json.Unmarshal(data, t.new()); err != nil {
		return strings.TrimPrefix(err.Error(), "json: "), false
	}
	return "", true
}

// repairObject repairs n, a t, the deepest flaws first; it reports
// whether it changed anything.
func (p *openapiParser) repairObject(n *yaml.Node, t *kinType, depth int) bool {
	n = deref(n)
	if depth > 64 {
		return false
	}
	if _, ok := decodes(n, t); ok {
		return false
	}
	if n.Kind != yaml.MappingNode {
		p.warn(n.Line, "invalid %s: it must be a mapping, not %s; it is read as empty", t.name, kind(n))
		*n = yaml.Node{Kind: yaml.MappingNode, Tag: "!!map", Line: n.Line, Column: n.Column}
		return true
	}
	changed := false
	for i := 0; i+1 < len(n.Content); i += 2 {
		child, ok := t.children[n.Content[i].Value]
		if !ok {
			continue
		}
		v := deref(n.Content[i+1])
		switch {
		case child.shape == "one":
			changed = p.repairObject(v, child.typ, depth+1) || changed
		case child.shape == "list" && v.Kind == yaml.SequenceNode:
			for _, item := range v.Content {
				changed = p.repairObject(item, child.typ, depth+1) || changed
			}
		case child.shape == "map" && v.Kind == yaml.MappingNode:
			for j := 1; j < len(v.Content); j += 2 {
				changed = p.repairObject(v.Content[j], child.typ, depth+1) || changed
			}
		}
	}
	if _, ok := decodes(n, t); ok {
		return changed
	}
	// The flaw is this object's own: leave out each key that does not
	// decode on its own.
	kept := n.Content[:0:0]
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		one := &yaml.Node{Kind: yaml.MappingNode, Tag: "!!map", Content: []*yaml.Node{k, v}}
		if why, ok := decodes(one, t); !ok {
			if m := unmarshalTypeRE.FindStringSubmatch(why); m != nil {
				want := m[2]
				switch {
				case strings.HasPrefix(want, "[]"), strings.HasSuffix(want, "Parameters"), strings.HasSuffix(want, "SchemaRefs"):
					want = "a list"
				case strings.HasPrefix(want, "map["):
					want = "a mapping"
				case strings.HasPrefix(want, "openapi"):
					want = "a mapping"
				case want == "string":
					want = "a string"
				case want == "bool":
					want = "true or false"
				case strings.HasPrefix(want, "int"), strings.HasPrefix(want, "uint"), strings.HasPrefix(want, "float"):
					want = "a number"
				}
				why = fmt.Sprintf("%s is %s %s, where %s %s has %s", k.Value, article(m[1]), m[1], article(t.name), t.name, want)
			}
			p.warn(k.Line, "invalid %s: %s; %q is left out", t.name, why, k.Value)
			changed = true
			continue
		}
		kept = append(kept, k, v)
	}
	n.Content = kept
	return changed
}

var unmarshalTypeRE = lazyRegexp(`cannot unmarshal (\w+) into (?:Go struct )?field \S+ of type (.+)$`)

// article returns "a" or "an" for a word.
func article(word string) string {
	if word != "" && strings.ContainsRune("aeiou", rune(word[0])) {
		return "an"
	}
	return "a"
}
