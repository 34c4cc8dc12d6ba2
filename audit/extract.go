package audit

import (
	"bytes"
	"fmt"
	"io"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/errcodes/errcodes/catalog"
	"go.yaml.in/yaml/v3"
)

// WriteConfig writes, as an errcodes.yaml, the catalog the code implies:
// every code it returns, sorted, with the status, messages and endpoints
// it is returned with and a comment naming where. A code returned with
// several statuses gets status "?", a placeholder errcodes reports at each
// site until a human decides. The config's emitters are kept, and its
// presets, or, when it named none, the presets that found a code. Checked
// against the file, the same code reports only those placeholders.
func WriteConfig(w io.Writer, r *Report) error {
	cfg := r.cfg
	// Only endpoints a catalog can name: routes, and the endpoints
	// handlers are marked with. A handler found by its signature alone
	// serves no endpoint errcodes knows.
	endpointOf := make(map[string]string) // report name -> catalog endpoint
	for _, ep := range r.Endpoints {
		if ep.Handler == "" {
			continue
		}
		// An endpoint a handler is marked with stays its name, so
		// that the mark still names a catalog endpoint.
		if ep.Endpoint != "" {
			endpointOf[ep.Name] = ep.Endpoint
		} else if ep.Route != "" {
			endpointOf[ep.Name] = ep.Route
		}
	}

	codes := &yaml.Node{Kind: yaml.SequenceNode}
	conflicts := 0
	for _, c := range r.Codes {
		if c.Emitted == 0 {
			continue // documented, returned nowhere: not the code's to say
		}
		m := &yaml.Node{Kind: yaml.MappingNode, HeadComment: siteComment(c)}
		add := func(key string, v *yaml.Node) {
			m.Content = append(m.Content, strNode(key), v)
		}
		if c.Integer {
			add("code", &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!int", Value: c.Code})
		} else {
			add("code", strNode(c.Code))
		}
		switch len(c.Statuses) {
		case 0:
		case 1:
			add("status", &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!int", Value: strconv.Itoa(c.Statuses[0])})
		default:
			conflicts++
			n := strNode(catalog.Placeholder)
			n.LineComment = "returned with " + byStatusText(c) + ": decide"
			add("status", n)
		}
		var msgs []string
		for _, msg := range c.Messages {
			if plainMessage(msg) {
				msgs = append(msgs, msg)
			}
		}
		if len(msgs) == len(c.Messages) {
			switch len(msgs) {
			case 0:
			case 1:
				add("message", strNode(msgs[0]))
			default:
				add("message", flowList(msgs))
			}
		}
		var eps []string
		for _, name := range c.Endpoints {
			if ep := endpointOf[name]; ep != "" && !slices.Contains(eps, ep) {
				eps = append(eps, ep)
			}
		}
		sort.Strings(eps)
		if len(eps) > 0 {
			add("endpoints", flowList(eps))
		}
		codes.Content = append(codes.Content, m)
	}

	head := fmt.Sprintf(`Extracted by errcodes extract from %s (%s).
Every code the code returns, with the status, messages and endpoints it is
returned with. Review it, then keep it as the catalog or move the codes
into your docs.`, orDefault(r.Module, "the code"), plural(r.Packages, "package"))
	if conflicts > 0 {
		head += fmt.Sprintf("\n%s returned with several statuses: status \"?\" until you decide.", plural(conflicts, "code"))
	}
	doc := &yaml.Node{Kind: yaml.MappingNode, HeadComment: head}
	doc.Content = append(doc.Content, strNode("version"), &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!int", Value: "1"})
	presets := cfg.Presets
	if presets == nil {
		presets = r.Presets
	}
	doc.Content = append(doc.Content, strNode("presets"), flowList(presets))
	if len(cfg.Emitters) > 0 {
		doc.Content = append(doc.Content, strNode("emitters"), emittersNode(cfg.Emitters))
	}
	doc.Content = append(doc.Content, strNode("codes"), codes)

	var buf bytes.Buffer
	enc := yaml.NewEncoder(&buf)
	enc.SetIndent(2)
	if err := enc.Encode(doc); err != nil {
		return err
	}
	if err := enc.Close(); err != nil {
		return err
	}
	_, err := w.Write(buf.Bytes())
	return err
}

// siteComment names where a code is returned: its first site and how many
// there are.
func siteComment(c *CodeReport) string {
	s := c.Sites[0]
	text := s.Pos.Short()
	if s.Func != "" {
		text += " in " + s.Func
	}
	if c.Emitted > 1 {
		text += " and " + plural(c.Emitted-1, "more site")
	}
	return text
}

// byStatusText lists each status a code is returned with and its first
// site: 404 at a.go:1:2, 409 at b.go:3:4.
func byStatusText(c *CodeReport) string {
	var parts []string
	for _, st := range c.Statuses {
		part := strconv.Itoa(st)
		for _, bs := range c.ByStatus {
			if bs.Status == st {
				part += " at " + bs.First.Pos.Short()
				if bs.Sites > 1 {
					part += fmt.Sprintf(" (+%d)", bs.Sites-1)
				}
			}
		}
		parts = append(parts, part)
	}
	return strings.Join(parts, ", ")
}

// plainMessage reports whether a message can be written as documented
// text as it is: not a format string, nor anything errcodes would read as
// a template.
func plainMessage(msg string) bool {
	return msg != "" && !strings.ContainsAny(msg, "%{}$") && msg != catalog.Placeholder
}

// emittersNode writes a config's emitters back as it documents them.
func emittersNode(emitters []catalog.Emitter) *yaml.Node {
	seq := &yaml.Node{Kind: yaml.SequenceNode}
	for _, e := range emitters {
		m := &yaml.Node{Kind: yaml.MappingNode}
		if e.Func != "" {
			m.Content = append(m.Content, strNode("func"), strNode(e.Func))
		} else {
			m.Content = append(m.Content, strNode("type"), strNode(e.Type))
		}
		for _, role := range catalog.Roles {
			a, ok := e.Args[role]
			if !ok {
				continue
			}
			v := strNode(a.Name)
			if a.Fixed {
				tag := map[string]string{"int": "!!int", "bool": "!!bool"}[a.Value.Kind]
				val := &yaml.Node{Kind: yaml.ScalarNode, Value: a.Value.Text, Tag: tag}
				if tag == "" {
					val = strNode(a.Value.Text)
				}
				v = &yaml.Node{Kind: yaml.MappingNode, Style: yaml.FlowStyle, Content: []*yaml.Node{strNode("value"), val}}
			} else if a.Name == "" {
				v = &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!int", Value: strconv.Itoa(a.Index)}
			}
			m.Content = append(m.Content, strNode(string(role)), v)
		}
		seq.Content = append(seq.Content, m)
	}
	return seq
}

// plural formats n things: "1 package", "3 packages".
func plural(n int, thing string) string {
	if n == 1 {
		return "1 " + thing
	}
	return fmt.Sprintf("%d %ss", n, thing)
}

func strNode(s string) *yaml.Node { return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: s} }

func flowList(list []string) *yaml.Node {
	n := &yaml.Node{Kind: yaml.SequenceNode, Style: yaml.FlowStyle}
	for _, s := range list {
		n.Content = append(n.Content, strNode(s))
	}
	return n
}
