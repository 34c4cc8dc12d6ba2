package audit_test

import (
	"bytes"
	"strings"
	"testing"

	"github.com/errcodes/errcodes/audit"
)

// Codes and endpoint names are the program's and the docs' text: a
// terminal escape in one is shown, not sent to the terminal, and a
// newline does not break a Markdown table row.
func TestReportsQuoteControlCharacters(t *testing.T) {
	r := sampleReport(t)
	evil := "order_gone\x1b[2J\nrow"
	r.Codes = append(r.Codes, &audit.CodeReport{Code: evil, Problems: []string{audit.ProblemUndocumented}})
	r.Endpoints = append(r.Endpoints, &audit.Endpoint{Name: "Get\x1b]0;pwned\x07 Order", Undocumented: []string{evil},
		Returns: []audit.CodeStatus{{Code: evil, Status: 410}}})
	for name, write := range map[string]func(*bytes.Buffer) error{
		"text":     func(b *bytes.Buffer) error { return audit.WriteText(b, r, audit.TextOptions{}) },
		"markdown": func(b *bytes.Buffer) error { return audit.WriteMarkdown(b, r) },
	} {
		var b bytes.Buffer
		if err := write(&b); err != nil {
			t.Fatal(err)
		}
		out := b.String()
		if strings.ContainsAny(out, "\x1b\x07") {
			t.Errorf("%s report holds raw control characters", name)
		}
		if !strings.Contains(out, `order_gone\x1b[2J\nrow`) {
			t.Errorf("%s report does not show the code with its escapes", name)
		}
		for _, line := range strings.Split(out, "\n") {
			if strings.HasPrefix(line, "row") {
				t.Errorf("%s report: a code's newline broke a line: %q", name, line)
			}
		}
	}
}
