package catalog

import (
	"bytes"
	"encoding/json"
	"strconv"

	"go.yaml.in/yaml/v3"
)

// The JSON form of a catalog, as `errcodes catalog show -json` prints it.
// It is a stable interface: keys are only ever added.
type jsonCatalog struct {
	Codes        []jsonCode        `json:"codes"`
	Placeholders []jsonPlaceholder `json:"placeholders"`

	// Catalogs are the named catalogs, by name.
	Catalogs map[string]*jsonNamed `json:"catalogs"`

	// EndpointDocs are what endpoints' own docs (swaggo @Failure lines)
	// say of their failures, whatever the code.
	EndpointDocs []jsonEndpointDoc `json:"endpoint_docs"`
}

type jsonEndpointDoc struct {
	Endpoint  string `json:"endpoint"`
	Route     string `json:"route"`
	Statuses  []int  `json:"statuses"`
	AnyStatus bool   `json:"any_status"`
	Pos       string `json:"pos"`
}

// jsonNamed is the JSON form of a named catalog.
type jsonNamed struct {
	Codes        []jsonCode        `json:"codes"`
	Placeholders []jsonPlaceholder `json:"placeholders"`
}

type jsonCode struct {
	Code       string   `json:"code"`
	Name       string   `json:"name"`
	Status     int      `json:"status"`
	Statuses   []int    `json:"statuses"`
	GRPCStatus string   `json:"grpc_status"`
	Messages   []string `json:"messages"`
	Endpoints  []string `json:"endpoints"`
	Fields     []string `json:"fields"`
	Required   []string `json:"required"`
	Reasons    []string `json:"reasons"`
	Deprecated bool     `json:"deprecated"`
	Retryable  bool     `json:"retryable"`
	Pos        string   `json:"pos"`

	// ByEndpoint lists the statuses documented at each endpoint.
	ByEndpoint []jsonEndpoint `json:"by_endpoint"`
}

// jsonEndpoint is the statuses of a code at one endpoint: the endpoint
// as the doc names it, with its route where the doc gives one.
type jsonEndpoint struct {
	Endpoint  string `json:"endpoint"`
	Route     string `json:"route"`
	Statuses  []int  `json:"statuses"`
	AnyStatus bool   `json:"any_status"`
}

type jsonPlaceholder struct {
	Code     string `json:"code"`
	Endpoint string `json:"endpoint"`
	Pos      string `json:"pos"`
}

// nonNil returns s, or an empty slice for nil, so JSON has [] not null.
func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}

// JSON returns the catalog in its stable JSON form.
func (cat *Catalog) JSON() ([]byte, error) {
	def := cat.jsonForm()
	out := jsonCatalog{Codes: def.Codes, Placeholders: def.Placeholders, Catalogs: make(map[string]*jsonNamed), EndpointDocs: []jsonEndpointDoc{}}
	for _, d := range cat.EndpointDocs {
		out.EndpointDocs = append(out.EndpointDocs, jsonEndpointDoc{d.Endpoint, cat.RouteOf[d.Endpoint], nonNil(d.Statuses), d.AnyStatus, d.Pos.Short()})
	}
	for name, nc := range cat.Named {
		out.Catalogs[name] = nc.jsonForm()
	}
	return json.MarshalIndent(out, "", "  ")
}

// jsonForm returns the codes and placeholders of cat, without its named
// catalogs.
func (cat *Catalog) jsonForm() *jsonNamed {
	out := &jsonNamed{Codes: []jsonCode{}, Placeholders: []jsonPlaceholder{}}
	for _, c := range cat.Codes {
		by := []jsonEndpoint{}
		for _, es := range c.EndpointStatuses() {
			by = append(by, jsonEndpoint{Endpoint: es.Endpoint, Route: cat.RouteOf[es.Endpoint], Statuses: nonNil(es.Statuses), AnyStatus: es.AnyStatus})
		}
		out.Codes = append(out.Codes, jsonCode{
			ByEndpoint: by,
			Code:       c.Code,
			Name:       c.Name,
			Status:     c.Status(),
			Statuses:   nonNil(c.Statuses),
			GRPCStatus: c.GRPCStatus,
			Messages:   nonNil(c.Messages),
			Endpoints:  nonNil(c.Endpoints),
			Fields:     nonNil(c.Fields),
			Required:   nonNil(c.Required),
			Reasons:    nonNil(c.Reasons),
			Deprecated: c.Deprecated,
			Retryable:  c.Retryable,
			Pos:        c.Pos.Short(),
		})
	}
	for _, h := range cat.Holes {
		out.Placeholders = append(out.Placeholders, jsonPlaceholder{Code: h.Code, Endpoint: h.Endpoint, Pos: h.Pos.Short()})
	}
	return out
}

// YAML returns the catalog as a canonical YAML catalog file, for teams
// that move off a docs page. A code documented with several statuses
// lists them all (status: [400, 413]), as allowed wherever it is
// returned: the per-endpoint statuses of a spec are not kept. source
// names the file it came from, in the header comment.
func (cat *Catalog) YAML(source string) ([]byte, error) {
	seq := &yaml.Node{Kind: yaml.SequenceNode}
	for _, c := range cat.Codes {
		m := &yaml.Node{Kind: yaml.MappingNode, HeadComment: "from " + c.Pos.Short()}
		add := func(key string, v *yaml.Node) {
			m.Content = append(m.Content, &yaml.Node{Kind: yaml.ScalarNode, Value: key}, v)
		}
		add("code", codeNode(c.Code))
		if c.Name != "" {
			add("name", str(c.Name))
		}
		if c.StatusHole.IsValid() && len(c.Statuses) == 0 && c.GRPCStatus == "" {
			add("status", str(Placeholder))
		} else if c.GRPCStatus != "" {
			add("status", str(c.GRPCStatus))
		} else if len(c.Statuses) == 1 {
			add("status", intNode(c.Statuses[0]))
		} else if len(c.Statuses) > 1 {
			// Several statuses: all allowed, wherever the code is returned.
			n := &yaml.Node{Kind: yaml.SequenceNode, Style: yaml.FlowStyle}
			for _, st := range c.Statuses {
				n.Content = append(n.Content, intNode(st))
			}
			add("status", n)
		}
		switch len(c.Messages) {
		case 0:
		case 1:
			add("message", str(c.Messages[0]))
		default:
			add("message", strList(c.Messages))
		}
		for _, kv := range []struct {
			key  string
			list []string
		}{{"endpoints", c.Endpoints}, {"fields", c.Fields}, {"required", c.Required}, {"reasons", c.Reasons}} {
			if len(kv.list) > 0 {
				add(kv.key, strList(kv.list))
			}
		}
		if c.Deprecated {
			add("deprecated", &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!bool", Value: "true"})
		}
		if c.Retryable {
			add("retryable", &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!bool", Value: "true"})
		}
		seq.Content = append(seq.Content, m)
	}
	for _, h := range cat.Holes {
		if h.Field == "status" {
			continue // written with its code
		}
		m := &yaml.Node{Kind: yaml.MappingNode, HeadComment: "unresolved, from " + h.Pos.Short()}
		m.Content = append(m.Content, str("code"), codeNode(h.Code))
		if h.Code != Placeholder {
			m.Content = append(m.Content, str("message"), str(Placeholder))
		}
		if h.Endpoint != "" {
			m.Content = append(m.Content, str("endpoints"), strList([]string{h.Endpoint}))
		}
		seq.Content = append(seq.Content, m)
	}
	doc := &yaml.Node{Kind: yaml.MappingNode, HeadComment: "Converted by errcodes catalog convert from " + source + "."}
	doc.Content = []*yaml.Node{
		str("version"), {Kind: yaml.ScalarNode, Tag: "!!int", Value: "1"},
		str("codes"), seq,
	}
	var buf bytes.Buffer
	enc := yaml.NewEncoder(&buf)
	enc.SetIndent(2)
	if err := enc.Encode(doc); err != nil {
		return nil, err
	}
	return buf.Bytes(), enc.Close()
}

func intNode(i int) *yaml.Node {
	return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!int", Value: strconv.Itoa(i)}
}

func str(s string) *yaml.Node { return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: s} }

// codeNode writes a code that is an integer in canonical decimal as an
// integer, any other as a string: "0123", "+1" or "09" read back as 83, 1
// or an error if written bare, and are not the codes they were.
func codeNode(code string) *yaml.Node {
	if n, err := strconv.Atoi(code); err == nil && strconv.Itoa(n) == code {
		return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!int", Value: code}
	}
	return str(code)
}

func strList(list []string) *yaml.Node {
	n := &yaml.Node{Kind: yaml.SequenceNode, Style: yaml.FlowStyle}
	for _, s := range list {
		n.Content = append(n.Content, str(s))
	}
	return n
}
