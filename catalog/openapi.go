package catalog

import (
	"bytes"
	"encoding/json"
	"errors"
	"math"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/getkin/kin-openapi/openapi3"
	"go.yaml.in/yaml/v3"
)

// The openapi format: an OpenAPI 3.0 or 3.1 document, or a Swagger 2.0
// one (see swagger.go), YAML or JSON. Each
// error response of each operation documents the codes its schema's code
// property enumerates and the codes of its examples:
//
//	openapi: 3.0.3
//	paths:
//	  /orders/{id}:
//	    get:
//	      operationId: getOrder
//	      responses:
//	        "404":
//	          description: Not found
//	          content:
//	            application/json:
//	              schema:
//	                type: object
//	                properties:
//	                  code: {type: string, enum: [order_not_found]}
//	              example: {code: order_not_found, message: Order not found}
//
// The endpoint is the operationId, else "METHOD /path"; the status is the
// response's. The code property is code, error_code or errorCode, at the top
// of the body, under an error object or in the items of an errors array,
// through $ref, allOf, oneOf and anyOf; enum and const give its values.
// Examples give codes and messages. The 4XX and 5XX ranges and default
// document codes for the endpoint with no particular status (Status 0);
// 1xx-3xx responses are skipped. External $refs are not followed, and a
// flawed document loads what is sound in it (see openapirepair.go).
func init() {
	register(&Format{
		Name:     "openapi",
		Priority: 10,
		Detect:   detectOpenAPI,
		Parse:    parseOpenAPI,
	})
}

var openapiFirstKeyRE = lazyRegexp(`^\s*\{\s*"(openapi|swagger)"\s*:`)

// detectOpenAPI recognises an OpenAPI 3 document, or a Swagger 2.0 one, by
// its top-level openapi or swagger key.
func detectOpenAPI(filename string, data []byte) bool {
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	switch {
	case hasExt(filename, ".json"):
		var top map[string]json.RawMessage
		if json.Unmarshal(data, &top) == nil {
			_, ok := top["openapi"]
			_, ok2 := top["swagger"]
			return ok || ok2
		}
		return openapiFirstKeyRE.Match(data) // broken JSON: report its error as OpenAPI
	case hasExt(filename, ".yaml", ".yml"):
		for _, key := range []string{"openapi", "swagger"} {
			if topLevelKey(data, key) || topLevelKey(data, `"`+key+`"`) || topLevelKey(data, `'`+key+`'`) {
				return true
			}
		}
	}
	return false
}

var (
	openapiYAMLErrRE = lazyRegexp(`yaml: line (\d+): (.*)$`)
	openapiExtRefRE  = lazyRegexp(`disallowed external reference: "([^"]+)"`)
	openapiRefRE     = lazyRegexp(`"(#/[^"]*)"`)
	openapiFieldRE   = lazyRegexp(`field T\.([\w.]+)`)
)

func parseOpenAPI(filename string, data []byte) (doc *Doc, err error) {
	// kin-openapi is not ours; a panic in it is still a file we cannot
	// read, not a crash.
	defer func() {
		if r := recover(); r != nil {
			doc, err = nil, ErrorList{wrapf(Pos{File: filename, Line: 1}, recovered(r), "cannot load the OpenAPI document: %v", r)}
		}
	}()
	p := &openapiParser{file: filename, data: data, doc: &Doc{PerEndpoint: true}}
	t, extraBases, err := p.load()
	if err != nil {
		return nil, err
	}
	p.operations(t, extraBases)
	if len(p.doc.Entries) == 0 {
		// The warnings may say why: a $ref that spoilt every response.
		return nil, append(ErrorList{errorf(Pos{File: filename, Line: 1}, "no error codes found: no 4xx or 5xx response has a code enum or an example with a code")}, p.doc.Warnings...)
	}
	return p.doc, nil
}

// load reads the document, OpenAPI 3 or Swagger 2.0 (converted to
// OpenAPI 3 by kin-openapi's openapi2conv), and returns it with the
// Swagger basePath, which handlers may be registered under.
func (p *openapiParser) load() (*openapi3.T, []string, error) {
	root, ok := p.nodes()
	if !ok {
		// Not YAML or JSON: kin-openapi's own error, positioned.
		_, err := openapi3.NewLoader().LoadFromData(p.data)
		if err == nil {
			err = errors.New("the document is not YAML or JSON")
		}
		return nil, nil, ErrorList{p.loadError(err)}
	}
	if alias, written, expanded := aliasExpansion(root); alias != nil {
		return nil, nil, ErrorList{errorf(p.pos(alias.Line), "YAML aliases expand this file from %d nodes to over %d; errcodes reads at most %d times what is written",
			written, expanded, maxAliasRatio)}
	}
	p.repairDuplicates(root, 0)
	p.repairRefs(root, root, 0)
	swagger := mappingValue(root, "swagger")
	read := p.readOpenAPI3
	if swagger != nil {
		if swagger.Kind != yaml.ScalarNode || swagger.Value != "2.0" {
			return nil, nil, ErrorList{errorf(p.pos(swagger.Line), "Swagger version %q is not supported; errcodes reads Swagger 2.0 and OpenAPI 3.x", swagger.Value)}
		}
		read = p.readSwagger
	}
	t, bases, err := read(root)
	if err != nil && p.repairObjects(root, swagger != nil) {
		t, bases, err = read(root)
	}
	if err != nil {
		return nil, nil, ErrorList{err}
	}
	return t, bases, nil
}

// readOpenAPI3 reads the OpenAPI 3 document root, repaired.
func (p *openapiParser) readOpenAPI3(root *yaml.Node) (*openapi3.T, []string, *Error) {
	data, err := json.Marshal(nodeValue(root, 0))
	if err != nil {
		return nil, nil, errorf(p.pos(1), "cannot load the OpenAPI document: %v", err)
	}
	loader := openapi3.NewLoader()
	loader.IsExternalRefsAllowed = false
	t, err := loader.LoadFromData(data)
	if err != nil {
		return nil, nil, p.loadError(err)
	}
	if !strings.HasPrefix(t.OpenAPI, "3.") {
		return nil, nil, errorf(p.pos(p.line("openapi")), "OpenAPI version %q is not supported; errcodes reads 3.x and Swagger 2.0", t.OpenAPI)
	}
	return t, nil, nil
}

// nodes parses the document into yaml.v3 nodes (JSON is YAML), which
// keep every line; false when it is neither.
func (p *openapiParser) nodes() (*yaml.Node, bool) {
	if !p.parsed {
		p.parsed = true
		var n yaml.Node
		if yaml.Unmarshal(p.data, &n) == nil && n.Kind == yaml.DocumentNode && len(n.Content) > 0 {
			p.root = n.Content[0]
		}
	}
	return p.root, p.root != nil && p.root.Kind == yaml.MappingNode
}

// mappingValue returns the value of key in mapping n, or nil.
func mappingValue(n *yaml.Node, key string) *yaml.Node {
	n = deref(n)
	if n.Kind != yaml.MappingNode {
		return nil
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		if n.Content[i].Value == key {
			return n.Content[i+1]
		}
	}
	return nil
}

// nodeValue returns the value a node stands for, as encoding/json
// decodes it: maps, slices, strings, numbers, booleans and nil.
func nodeValue(n *yaml.Node, depth int) any {
	n = deref(n)
	if depth > 256 {
		return nil
	}
	switch n.Kind {
	case yaml.MappingNode:
		m := make(map[string]any, len(n.Content)/2)
		for i := 0; i+1 < len(n.Content); i += 2 {
			k := deref(n.Content[i])
			if k.Kind != yaml.ScalarNode {
				continue
			}
			if _, dup := m[k.Value]; dup {
				continue // the first wins; repair warned about the others
			}
			m[k.Value] = nodeValue(n.Content[i+1], depth+1)
		}
		return m
	case yaml.SequenceNode:
		l := make([]any, len(n.Content))
		for i, item := range n.Content {
			l[i] = nodeValue(item, depth+1)
		}
		return l
	case yaml.ScalarNode:
		switch n.Tag {
		case "!!null":
			return nil
		case "!!bool":
			var b bool
			if n.Decode(&b) == nil {
				return b
			}
		case "!!int":
			var i int64
			if n.Decode(&i) == nil {
				return i
			}
			var f float64
			if n.Decode(&f) == nil {
				return f
			}
		case "!!float":
			var f float64
			if n.Decode(&f) == nil && !math.IsInf(f, 0) && !math.IsNaN(f) {
				return f
			}
		}
		return n.Value
	}
	return nil
}

type openapiParser struct {
	file string
	data []byte
	doc  *Doc

	root   *yaml.Node // the document as YAML nodes, for lines kin-openapi does not record
	parsed bool
}

func (p *openapiParser) pos(line int) Pos { return Pos{File: p.file, Line: line} }

func (p *openapiParser) warn(line int, format string, args ...any) {
	p.doc.Warnings = append(p.doc.Warnings, errorf(p.pos(line), format, args...))
}

// loadError turns a loader error into a positioned one, which wraps it
// (or the JSON error that tells where it is).
func (p *openapiParser) loadError(err error) *Error {
	msg := err.Error()
	if rest, ok := strings.CutPrefix(msg, "failed to unmarshal data: "); ok {
		var v any
		if t := bytes.TrimSpace(p.data); len(t) > 0 && t[0] == '{' {
			if jerr := json.Unmarshal(p.data, &v); jerr != nil {
				line := 1
				if se, ok := jerr.(*json.SyntaxError); ok {
					line = lineOf(p.data, int(se.Offset))
				}
				return wrapf(p.pos(line), jerr, "invalid JSON: %s", strings.TrimPrefix(jerr.Error(), "json: "))
			}
			rest, _, _ = strings.Cut(strings.TrimPrefix(rest, "json error: "), ", yaml error: ")
		} else {
			if m := openapiYAMLErrRE.FindStringSubmatch(msg); m != nil && yaml.Unmarshal(p.data, &v) != nil {
				line, _ := strconv.Atoi(m[1])
				return wrapf(p.pos(line), err, "invalid YAML: %s", m[2])
			}
			if _, after, ok := strings.Cut(rest, "yaml error: "); ok {
				rest = after
			}
		}
		for _, prefix := range []string{"error unmarshaling JSON: ", "while decoding JSON: ", "json: "} {
			rest = strings.TrimPrefix(rest, prefix)
		}
		msg = rest
	}
	line := 1
	if m := openapiExtRefRE.FindStringSubmatch(msg); m != nil {
		if i := bytes.Index(p.data, []byte(m[1])); i >= 0 {
			line = lineOf(p.data, i)
		}
		return wrapf(p.pos(line), err, "cannot load the OpenAPI document: external $ref %q is not followed; bundle the spec into one file", m[1])
	}
	if m := openapiRefRE.FindStringSubmatch(msg); m != nil {
		if i := bytes.Index(p.data, []byte(m[1])); i >= 0 {
			line = lineOf(p.data, i)
		}
	} else if m := openapiFieldRE.FindStringSubmatch(msg); m != nil {
		line = p.line(strings.Split(m[1], ".")...)
	}
	return wrapf(p.pos(line), err, "cannot load the OpenAPI document: %s", msg)
}

// line returns the line of the key at path in the document, or of the
// deepest part of the path found, read from yaml.v3's node tree (which
// reads JSON too).
func (p *openapiParser) line(path ...string) int {
	p.nodes()
	line, n := 1, p.root
	for _, key := range path {
		if n == nil {
			break
		}
		if n = deref(n); n.Kind != yaml.MappingNode {
			break
		}
		var next *yaml.Node
		for i := 0; i+1 < len(n.Content); i += 2 {
			if n.Content[i].Value == key {
				line, next = n.Content[i].Line, n.Content[i+1]
				break
			}
		}
		if next == nil {
			break
		}
		n = next
	}
	return line
}

// byLine sorts keys by their line, then by name.
func byLine(keys []string, line func(string) int) []string {
	lines := make(map[string]int, len(keys))
	for _, k := range keys {
		lines[k] = line(k)
	}
	sort.SliceStable(keys, func(i, j int) bool {
		a, b := lines[keys[i]], lines[keys[j]]
		if a != b {
			return a < b
		}
		return keys[i] < keys[j]
	})
	return keys
}

// openapiBasePaths returns the path prefixes of the spec's servers
// ("/v3" for https://api.example.com/v3), and "" for the paths as
// written: a handler may be registered under either.
func openapiBasePaths(t *openapi3.T) []string {
	bases := []string{""}
	for _, srv := range t.Servers {
		if srv == nil || strings.Contains(srv.URL, "{") {
			continue
		}
		u := srv.URL
		if i := strings.Index(u, "//"); i >= 0 {
			u = u[i+2:]
			j := strings.IndexByte(u, '/')
			if j < 0 {
				continue
			}
			u = u[j:]
		}
		if u = strings.TrimSuffix(u, "/"); u != "" && !slices.Contains(bases, u) {
			bases = append(bases, u)
		}
	}
	return bases
}

func (p *openapiParser) operations(t *openapi3.T, extraBases []string) {
	if t.Paths == nil {
		return
	}
	bases := openapiBasePaths(t)
	for _, b := range extraBases {
		if b = strings.TrimSuffix(b, "/"); b != "" && !slices.Contains(bases, b) {
			bases = append(bases, b)
		}
	}
	items := t.Paths.Map()
	paths := make([]string, 0, len(items))
	for path := range items {
		paths = append(paths, path)
	}
	byLine(paths, func(path string) int { return p.line("paths", path) })
	for _, path := range paths {
		item := items[path]
		if item == nil {
			continue
		}
		ops := item.Operations()
		methods := make([]string, 0, len(ops))
		for m := range ops {
			methods = append(methods, m)
		}
		byLine(methods, func(m string) int {
			if op := ops[m]; op != nil {
				return p.line("paths", path, strings.ToLower(m))
			}
			return 0
		})
		for _, method := range methods {
			op := ops[method]
			if op == nil || op.Responses == nil {
				continue
			}
			route := strings.ToUpper(method) + " " + path
			endpoint := op.OperationID
			if endpoint == "" {
				endpoint = route
			}
			if p.doc.Routes == nil {
				p.doc.Routes = make(map[string]string)
			}
			for _, base := range bases {
				p.doc.Routes[strings.ToUpper(method)+" "+base+path] = endpoint
			}
			p.responses(op, endpoint, []string{"paths", path, strings.ToLower(method), "responses"})
		}
	}
}

// openapiStatus maps a response key to a status: 4xx and 5xx codes are
// themselves, the 4XX and 5XX ranges and default are 0 (an error at no
// particular status); ok is false for other responses.
func openapiStatus(key string) (int, bool) {
	switch k := strings.ToUpper(key); k {
	case "DEFAULT", "4XX", "5XX":
		return 0, true
	}
	n, err := strconv.Atoi(key)
	if err != nil || n < 400 || n > 599 {
		return 0, false
	}
	return n, true
}

// openapiCode is a code a response documents, with the messages its
// examples give.
type openapiCode struct {
	code     string
	messages []string
}

func (p *openapiParser) responses(op *openapi3.Operation, endpoint string, path []string) {
	resps := op.Responses.Map()
	keys := make([]string, 0, len(resps))
	for k := range resps {
		keys = append(keys, k)
	}
	byLine(keys, func(k string) int {
		return p.line(append(path, k)...)
	})
	for _, key := range keys {
		status, ok := openapiStatus(key)
		ref := resps[key]
		if !ok || ref == nil || ref.Value == nil {
			continue
		}
		line := p.line(append(path, key)...)
		var codes []openapiCode
		add := func(c openapiCode) {
			for i := range codes {
				if codes[i].code == c.code {
					codes[i].messages = appendNew(codes[i].messages, c.messages...)
					return
				}
			}
			codes = append(codes, c)
		}
		mediaTypes := make([]string, 0, len(ref.Value.Content))
		for mt := range ref.Value.Content {
			mediaTypes = append(mediaTypes, mt)
		}
		sort.Strings(mediaTypes)
		for _, mt := range mediaTypes {
			media := ref.Value.Content[mt]
			if media == nil {
				continue
			}
			enum := openapiSchemaCodes(media.Schema, make(map[*openapi3.Schema]bool), 0)
			for _, c := range enum {
				add(c)
			}
			var examples []any
			if media.Example != nil {
				examples = append(examples, media.Example)
			}
			names := make([]string, 0, len(media.Examples))
			for name := range media.Examples {
				names = append(names, name)
			}
			sort.Strings(names)
			for _, name := range names {
				if ex := media.Examples[name]; ex != nil && ex.Value != nil && ex.Value.Value != nil {
					examples = append(examples, ex.Value.Value)
				}
			}
			for _, ex := range examples {
				for _, c := range openapiExampleCodes(ex, 0) {
					if len(enum) > 0 && !openapiHasCode(enum, c.code) {
						p.warn(line, "an example of the %s response of %s has code %q, which its schema does not list", key, endpoint, c.code)
					}
					add(c)
				}
			}
		}
		for _, c := range codes {
			p.doc.Entries = append(p.doc.Entries, Entry{
				Code:     c.code,
				Status:   status,
				Messages: c.messages,
				// Response examples illustrate; they are not the only text.
				ExampleMessages: true,
				Endpoints:       []string{endpoint},
				Pos:             p.pos(line),
			})
		}
	}
}

func openapiHasCode(cs []openapiCode, code string) bool {
	for _, c := range cs {
		if c.code == code {
			return true
		}
	}
	return false
}

// openapiKey normalises a property name for matching: lower case, without
// _ and -.
func openapiKey(name string) string {
	return strings.ToLower(strings.NewReplacer("_", "", "-", "").Replace(name))
}

func openapiIsCodeKey(name string) bool {
	k := openapiKey(name)
	return k == "code" || k == "errorcode"
}

func openapiIsMessageKey(name string) bool {
	k := openapiKey(name)
	return k == "message" || k == "errormessage"
}

// openapiSchemaCodes returns the values of the code property of an error
// schema.
func openapiSchemaCodes(ref *openapi3.SchemaRef, seen map[*openapi3.Schema]bool, depth int) []openapiCode {
	if ref == nil || ref.Value == nil || seen[ref.Value] || depth > 32 {
		return nil
	}
	s := ref.Value
	seen[s] = true
	var out []openapiCode
	for _, group := range []openapi3.SchemaRefs{s.AllOf, s.OneOf, s.AnyOf} {
		for _, sub := range group {
			out = append(out, openapiSchemaCodes(sub, seen, depth+1)...)
		}
	}
	out = append(out, openapiSchemaCodes(s.Items, seen, depth+1)...)
	names := make([]string, 0, len(s.Properties))
	for name := range s.Properties {
		names = append(names, name)
	}
	sort.Strings(names)
	var codes, messages []string
	for _, name := range names {
		prop := s.Properties[name]
		switch {
		case openapiIsCodeKey(name):
			codes = append(codes, openapiValues(prop, make(map[*openapi3.Schema]bool), 0)...)
		case openapiIsMessageKey(name):
			messages = append(messages, openapiValues(prop, make(map[*openapi3.Schema]bool), 0)...)
		case name == "error" || name == "errors":
			out = append(out, openapiSchemaCodes(prop, seen, depth+1)...)
		}
	}
	for _, c := range codes {
		oc := openapiCode{code: c}
		if len(codes) == 1 {
			oc.messages = messages // a schema for one code may fix its message
		}
		out = append(out, oc)
	}
	return out
}

// openapiValues returns the values a schema allows by enum or const,
// through allOf, oneOf and anyOf.
func openapiValues(ref *openapi3.SchemaRef, seen map[*openapi3.Schema]bool, depth int) []string {
	if ref == nil || ref.Value == nil || seen[ref.Value] || depth > 32 {
		return nil
	}
	s := ref.Value
	seen[s] = true
	var out []string
	for _, v := range s.Enum {
		if c, ok := openapiScalar(v); ok {
			out = appendNew(out, c)
		}
	}
	// OpenAPI 3.1's const, which this kin-openapi keeps among the
	// schema's extensions.
	if c, ok := openapiScalar(s.Extensions["const"]); ok {
		out = appendNew(out, c)
	}
	for _, group := range []openapi3.SchemaRefs{s.AllOf, s.OneOf, s.AnyOf} {
		for _, sub := range group {
			out = appendNew(out, openapiValues(sub, seen, depth+1)...)
		}
	}
	return out
}

// openapiScalar formats a code or message value; numbers in decimal.
func openapiScalar(v any) (string, bool) {
	switch v := v.(type) {
	case string:
		return v, true
	case float64:
		if v == math.Trunc(v) && math.Abs(v) < 1e18 {
			return strconv.FormatInt(int64(v), 10), true
		}
		return strconv.FormatFloat(v, 'g', -1, 64), true
	case int:
		return strconv.Itoa(v), true
	case int64:
		return strconv.FormatInt(v, 10), true
	case uint64:
		return strconv.FormatUint(v, 10), true
	case json.Number:
		return v.String(), true
	}
	return "", false
}

// openapiExampleCodes returns the codes and messages of an example body:
// {code, message}, {error: {code, message}}, {errors: [{code, message}]}
// or a list of those.
func openapiExampleCodes(v any, depth int) []openapiCode {
	if depth > 8 {
		return nil
	}
	var out []openapiCode
	switch v := v.(type) {
	case []any:
		for _, item := range v {
			out = append(out, openapiExampleCodes(item, depth+1)...)
		}
	case map[string]any:
		keys := make([]string, 0, len(v))
		for k := range v {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		var c openapiCode
		found := false
		for _, k := range keys {
			switch {
			case openapiIsCodeKey(k):
				c.code, found = openapiScalar(v[k])
			case openapiIsMessageKey(k):
				if m, ok := v[k].(string); ok && m != "" {
					c.messages = append(c.messages, m)
				}
			}
		}
		if found {
			return []openapiCode{c}
		}
		for _, k := range []string{"error", "errors"} {
			if sub, ok := v[k]; ok {
				out = append(out, openapiExampleCodes(sub, depth+1)...)
			}
		}
	}
	return out
}
