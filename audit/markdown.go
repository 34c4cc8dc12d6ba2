package audit

import (
	"fmt"
	"io"
	"strings"

	"github.com/errcodes/errcodes/internal/printable"
)

// WriteMarkdown writes the report as GitHub-flavoured Markdown, to paste
// in a pull request or a wiki page.
func WriteMarkdown(w io.Writer, r *Report) error {
	ew := &errWriter{w: w}
	fmt.Fprintf(ew, "# errcodes audit\n\n%s\n\n", mdEscape(summaryLine(r)))

	fmt.Fprintf(ew, "## Coverage\n\n| | | |\n| --- | ---: | ---: |\n")
	for _, row := range coverageRows(r) {
		fmt.Fprintf(ew, "| %s | %d/%d | %s |\n", row.label, row.part, row.whole, row.percent())
	}

	fmt.Fprintf(ew, "\n## Codes (%d)\n\n", len(r.Codes))
	fmt.Fprintf(ew, "| code | documented | status | sites | endpoints | problems |\n| --- | --- | --- | ---: | --- | --- |\n")
	for _, c := range r.Codes {
		doc := "no"
		if c.Doc != nil {
			doc = "`" + c.Doc.Short() + "`"
		}
		sites := fmt.Sprint(c.Emitted)
		if len(c.Sites) > 0 {
			sites += " (`" + c.Sites[0].Pos.Short() + "`)"
		}
		var problems []string
		for _, p := range c.Problems {
			problems = append(problems, "**"+p+"**")
		}
		fmt.Fprintf(ew, "| `%s` | %s | %s | %s | %s | %s |\n", mdCode(c.Code), doc, mdEscape(statusText(c)), sites,
			mdEscape(strings.Join(c.Endpoints, ", ")), strings.Join(problems, ", "))
	}

	fmt.Fprintf(ew, "\n## Endpoints (%d)\n\n", len(r.Endpoints))
	if len(r.Endpoints) > 0 {
		routes := routesBesideNames(r.Endpoints)
		if routes {
			fmt.Fprintf(ew, "| endpoint | route | handler | returns | documented | undocumented |\n| --- | --- | --- | --- | --- | --- |\n")
		} else {
			fmt.Fprintf(ew, "| endpoint | handler | returns | documented | undocumented |\n| --- | --- | --- | --- | --- |\n")
		}
		for _, ep := range r.Endpoints {
			handler := "-"
			if ep.Handler != "" {
				handler = "`" + mdCode(ep.Handler) + "`"
			}
			name := mdEscape(ep.Name)
			if routes {
				route := "-"
				if ep.Route != "" && ep.Route != ep.Name {
					route = "`" + mdCode(ep.Route) + "`"
				}
				name += " | " + route
			}
			fmt.Fprintf(ew, "| %s | %s | %s | %s | %s |\n", name, handler,
				mdEscape(codeStatusList(ep.Returns)), mdEscape(strings.Join(ep.Documented, ", ")), mdEscape(strings.Join(ep.Undocumented, ", ")))
		}
	}

	if len(r.Placeholders) > 0 {
		fmt.Fprintf(ew, "\n## Placeholders (%d)\n\n", len(r.Placeholders))
		for _, p := range r.Placeholders {
			fmt.Fprintf(ew, "- `%s`: %s", p.Pos.Short(), mdEscape(p.Message))
			if len(p.Resolve) > 0 {
				fmt.Fprintf(ew, "; its handlers return %s", mdEscape(codeStatusList(p.Resolve)))
			}
			fmt.Fprintln(ew)
		}
	}

	if len(r.Unresolved) > 0 {
		fmt.Fprintf(ew, "\n## Unresolved sites (%d)\n\nCodes errcodes could not resolve:\n\n", len(r.Unresolved))
		for i, s := range r.Unresolved {
			if i == maxListed {
				fmt.Fprintf(ew, "- and %d more\n", len(r.Unresolved)-maxListed)
				break
			}
			fmt.Fprintf(ew, "- `%s` %s", s.Pos.Short(), mdEscape(orDash(s.Via)))
			if s.Func != "" {
				fmt.Fprintf(ew, " in `%s`", mdCode(s.Func))
			}
			fmt.Fprintln(ew)
		}
	}

	fmt.Fprintf(ew, "\n## Findings (%d)\n\n", len(r.Findings))
	for _, f := range r.Findings {
		fmt.Fprintf(ew, "- `%s` %s: %s\n", f.Pos.Short(), f.Category, mdEscape(f.Message))
	}
	return ew.err
}

var mdReplacer = strings.NewReplacer(`\`, `\\`, "|", `\|`, "*", `\*`, "_", `\_`, "`", "\\`", "<", "&lt;", ">", "&gt;", "[", `\[`, "]", `\]`)

// mdEscape escapes text for a Markdown table cell or list item.
func mdEscape(s string) string { return mdReplacer.Replace(printable.Text(s)) }

// mdCode makes s safe inside a code span in a table cell.
func mdCode(s string) string {
	return strings.NewReplacer("`", "'", "|", `\|`).Replace(printable.Text(s))
}
