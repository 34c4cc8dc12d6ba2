package audit

import (
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"
	"text/tabwriter"

	"github.com/errcodes/errcodes/internal/printable"
)

// WriteJSON writes the report as indented JSON, the schema of which the
// doc/audit.md documents.
func WriteJSON(w io.Writer, r *Report) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(r)
}

// TextOptions configure WriteText.
type TextOptions struct {
	Color bool // colour problems, for a terminal
}

// WriteText writes the report as tables for a terminal.
func WriteText(w io.Writer, r *Report, opts TextOptions) error {
	ew := &errWriter{w: w}
	red, yellow, bold, reset := "", "", "", ""
	if opts.Color {
		red, yellow, bold, reset = "\x1b[31m", "\x1b[33m", "\x1b[1m", "\x1b[0m"
	}
	heading := func(s string) { fmt.Fprintf(ew, "\n%s%s%s\n", bold, s, reset) }

	fmt.Fprintf(ew, "%serrcodes audit%s: %s\n", bold, reset, summaryLine(r))

	heading("Coverage")
	tw := tabwriter.NewWriter(ew, 0, 8, 2, ' ', 0)
	for _, row := range coverageRows(r) {
		fmt.Fprintf(tw, "  %s\t%d/%d\t%s\n", row.label, row.part, row.whole, row.percent())
	}
	tw.Flush()

	heading(fmt.Sprintf("Codes (%d)", len(r.Codes)))
	tw = tabwriter.NewWriter(ew, 0, 8, 2, ' ', 0)
	fmt.Fprintln(tw, "  CODE\tDOCUMENTED\tSTATUS\tSITES\tFIRST SITE\tPROBLEMS")
	for _, c := range r.Codes {
		doc := "no"
		if c.Doc != nil {
			doc = c.Doc.Short()
		}
		first := "-"
		if len(c.Sites) > 0 {
			first = c.Sites[0].Pos.Short()
		}
		problems := strings.Join(c.Problems, ", ")
		if problems != "" {
			colour := yellow
			if c.hasProblem(ProblemUndocumented, ProblemStatusMismatch, ProblemDeprecated) {
				colour = red
			}
			problems = colour + problems + reset
		}
		fmt.Fprintf(tw, "  %s\t%s\t%s\t%d\t%s\t%s\n", printable.Text(c.Display()), doc, statusText(c), c.Emitted, first, problems)
	}
	tw.Flush()

	heading(fmt.Sprintf("Endpoints (%d)", len(r.Endpoints)))
	if len(r.Endpoints) == 0 {
		fmt.Fprintln(ew, "  none found: no handler registered with a constant route, marked //errcodes:endpoint or returning a code")
	} else {
		tw = tabwriter.NewWriter(ew, 0, 8, 2, ' ', 0)
		routes := routesBesideNames(r.Endpoints)
		if routes {
			fmt.Fprintln(tw, "  ENDPOINT\tROUTE\tHANDLER\tRETURNS\tUNDOCUMENTED")
		} else {
			fmt.Fprintln(tw, "  ENDPOINT\tHANDLER\tRETURNS\tUNDOCUMENTED")
		}
		for _, ep := range r.Endpoints {
			undoc := printable.Text(strings.Join(ep.Undocumented, ", "))
			if undoc != "" {
				undoc = red + undoc + reset
			}
			name := printable.Text(ep.Name)
			if routes {
				route := ep.Route
				if route == ep.Name {
					route = "" // named by its route
				}
				name += "\t" + printable.Text(orDash(route))
			}
			fmt.Fprintf(tw, "  %s\t%s\t%s\t%s\n", name, orDash(ep.Handler), printable.Text(orDash(codeStatusList(ep.Returns))), undoc)
		}
		tw.Flush()
	}

	if len(r.Placeholders) > 0 {
		heading(fmt.Sprintf("Placeholders (%d)", len(r.Placeholders)))
		for _, p := range r.Placeholders {
			fmt.Fprintf(ew, "  %s: %s", p.Pos.Short(), printable.Text(p.Message))
			if len(p.Resolve) > 0 {
				fmt.Fprintf(ew, "; its handlers return %s", printable.Text(codeStatusList(p.Resolve)))
			}
			fmt.Fprintln(ew)
		}
	}

	if len(r.Unresolved) > 0 {
		heading(fmt.Sprintf("Unresolved sites (%d): codes errcodes could not resolve", len(r.Unresolved)))
		for i, s := range r.Unresolved {
			if i == maxListed {
				fmt.Fprintf(ew, "  and %d more (-format=json lists them all)\n", len(r.Unresolved)-maxListed)
				break
			}
			fmt.Fprintf(ew, "  %s: %s", s.Pos.Short(), orDash(s.Via))
			if s.Func != "" {
				fmt.Fprintf(ew, " in %s", s.Func)
			}
			fmt.Fprintln(ew)
		}
	}

	heading(fmt.Sprintf("Findings (%d)", len(r.Findings)))
	for _, f := range r.Findings {
		fmt.Fprintf(ew, "  %s: %s\n", f.Pos.Short(), printable.Text(f.Message))
	}
	return ew.err
}

// summaryLine describes what was audited.
func summaryLine(r *Report) string {
	var b strings.Builder
	b.WriteString(orDefault(r.Module, "(no module)"))
	fmt.Fprintf(&b, ", %s, ", plural(r.Packages, "package"))
	if r.Config == "" {
		b.WriteString("no errcodes.yaml (every framework preset, no catalog)")
	} else {
		b.WriteString("config " + r.Config)
	}
	return b.String()
}

type coverageRow struct {
	label       string
	part, whole int
}

// percent formats the row's share, "-" when there is nothing to count.
func (r coverageRow) percent() string {
	if r.whole == 0 {
		return "-"
	}
	return fmt.Sprintf("%.0f%%", Percent(r.part, r.whole))
}

func coverageRows(r *Report) []coverageRow {
	c := r.Coverage
	return []coverageRow{
		{"emit sites resolved to constants", c.ResolvedSites, c.Sites},
		{"codes returned that are documented", c.CodesDocumented, c.CodesEmitted},
		{"documented codes returned", c.CatalogCodesEmitted, c.CatalogCodes},
		{"endpoints fully documented", c.EndpointsDocumented, c.Endpoints},
	}
}

// Short formats p as file:line:column.
func (p Pos) Short() string {
	if p.Column == 0 {
		return fmt.Sprintf("%s:%d", p.File, p.Line)
	}
	return fmt.Sprintf("%s:%d:%d", p.File, p.Line, p.Column)
}

// Display returns the code as Go would write it: quoted unless an integer.
func (c *CodeReport) Display() string {
	if c.Integer {
		return c.Code
	}
	return strconv.Quote(c.Code)
}

func (c *CodeReport) hasProblem(ps ...string) bool {
	for _, p := range c.Problems {
		for _, q := range ps {
			if p == q {
				return true
			}
		}
	}
	return false
}

// statusText shows a code's documented and returned statuses: "409",
// "409 → 400", "→ 400, 404".
func statusText(c *CodeReport) string {
	doc, ret := intList(c.DocStatuses), intList(c.Statuses)
	switch {
	case doc == "" && ret == "":
		return "-"
	case doc == ret:
		return doc
	case ret == "":
		return doc
	}
	return strings.TrimSpace(doc + " → " + ret)
}

func intList(ns []int) string {
	var parts []string
	for _, n := range ns {
		parts = append(parts, strconv.Itoa(n))
	}
	return strings.Join(parts, ", ")
}

// maxListed is how many unresolved sites the text and Markdown forms list.
const maxListed = 20

// codeStatusList lists codes with their statuses: a (404), b. A code
// also returned with no known status is listed once, with its statuses.
func codeStatusList(cs []CodeStatus) string {
	withStatus := make(map[string]bool)
	for _, x := range cs {
		if x.Status != 0 {
			withStatus[x.Code] = true
		}
	}
	var parts []string
	for _, x := range cs {
		if x.Status == 0 && withStatus[x.Code] {
			continue
		}
		if x.Status != 0 {
			parts = append(parts, fmt.Sprintf("%s (%d)", x.Code, x.Status))
		} else {
			parts = append(parts, x.Code)
		}
	}
	return strings.Join(parts, ", ")
}

func orDash(s string) string { return orDefault(s, "-") }

func orDefault(s, def string) string {
	if s == "" {
		return def
	}
	return s
}

// An errWriter remembers the first write error, so that a renderer can
// write freely and check once.
type errWriter struct {
	w   io.Writer
	err error
}

func (e *errWriter) Write(p []byte) (int, error) {
	if e.err != nil {
		return len(p), nil
	}
	n, err := e.w.Write(p)
	if err != nil {
		e.err = err
	}
	return n, nil
}

// routesBesideNames reports whether some endpoint has a route other than
// its name (a catalog endpoint named by an operation), so that a table of
// endpoints needs a column for routes.
func routesBesideNames(eps []*Endpoint) bool {
	for _, ep := range eps {
		if ep.Route != "" && ep.Route != ep.Name {
			return true
		}
	}
	return false
}
