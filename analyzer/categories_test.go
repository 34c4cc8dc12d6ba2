package analyzer_test

import (
	"flag"
	"net/url"
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/errcodes/errcodes/analyzer"
)

var updateDoc = flag.Bool("update", false, "rewrite doc.go's list of categories from analyzer.Categories")

func TestCategories(t *testing.T) {
	seen := make(map[string]bool)
	for _, c := range analyzer.Categories {
		if c.Name == "" || c.Title == "" || c.Doc == "" {
			t.Errorf("category %+v: every field must be set", c)
		}
		if seen[c.Name] {
			t.Errorf("category %q appears twice", c.Name)
		}
		seen[c.Name] = true
		if got, ok := analyzer.LookupCategory(c.Name); !ok || got != c {
			t.Errorf("LookupCategory(%q) = %+v, %v", c.Name, got, ok)
		}
		// The title follows "errcodes reports": lowercase, one line, no period.
		if c.Title != strings.ToLower(c.Title[:1])+c.Title[1:] || strings.HasSuffix(c.Title, ".") || strings.Contains(c.Title, "\n") {
			t.Errorf("category %s: title %q is not a lowercase line with no period", c.Name, c.Title)
		}
		if !strings.HasSuffix(c.Doc, ".") {
			t.Errorf("category %s: doc %q does not end with a period", c.Name, c.Doc)
		}
		// A driver resolves "#"+Category against the Analyzer's URL
		// (go/analysis.Diagnostic.URL); that must be URL(category).
		base, err := url.Parse(analyzer.Analyzer.URL)
		if err != nil {
			t.Fatal(err)
		}
		if got := base.ResolveReference(&url.URL{Fragment: c.Name}).String(); got != analyzer.URL(c.Name) {
			t.Errorf("a driver links category %s to %s, URL gives %s", c.Name, got, analyzer.URL(c.Name))
		}
	}
	if _, ok := analyzer.LookupCategory("no-such-category"); ok {
		t.Error("LookupCategory found an unknown category")
	}
	if got, want := analyzer.URL(analyzer.CategoryStatus), "https://github.com/errcodes/errcodes/blob/main/doc/checks.md#status"; got != want {
		t.Errorf("URL(status) = %s, want %s", got, want)
	}
}

// Each category has its "## name" section in doc/checks.md, in the
// table's order, and the page documents no other. The README's table of
// checks lists them too, in the same order, each linked to its section.
func TestReadmeCategories(t *testing.T) {
	data, err := os.ReadFile("../doc/checks.md")
	if err != nil {
		t.Fatal(err)
	}
	section, ok := strings.CutPrefix(string(data), "# The checks\n")
	if !ok {
		t.Fatal(`doc/checks.md does not start with "# The checks"`)
	}
	var headings []string
	fenced := false
	for _, line := range strings.Split(section, "\n") {
		if strings.HasPrefix(line, "```") {
			fenced = !fenced
			continue
		}
		if name, ok := strings.CutPrefix(line, "## "); ok && !fenced {
			headings = append(headings, strings.TrimSpace(name))
		}
	}
	var names []string
	for _, c := range analyzer.Categories {
		names = append(names, c.Name)
		if !slices.Contains(headings, c.Name) {
			t.Errorf("doc/checks.md has no section ## %s", c.Name)
		}
	}
	for _, h := range headings {
		if _, ok := analyzer.LookupCategory(h); !ok {
			t.Errorf("doc/checks.md documents ## %s, which is not in analyzer.Categories", h)
		}
	}
	if !t.Failed() && !slices.Equal(headings, names) {
		t.Errorf("doc/checks.md's sections are in the order\n\t%s\nanalyzer.Categories in\n\t%s", strings.Join(headings, " "), strings.Join(names, " "))
	}

	readme, err := os.ReadFile("../README.md")
	if err != nil {
		t.Fatal(err)
	}
	var rows []string
	for _, m := range regexp.MustCompile(`(?m)^\| \[([a-z-]+)\]\(doc/checks\.md#([a-z-]+)\) \|`).FindAllStringSubmatch(string(readme), -1) {
		if m[1] != m[2] {
			t.Errorf("README's table of checks links %s to #%s", m[1], m[2])
		}
		rows = append(rows, m[1])
	}
	if !slices.Equal(rows, names) {
		t.Errorf("README's table of checks lists\n\t%s\nanalyzer.Categories are\n\t%s", strings.Join(rows, " "), strings.Join(names, " "))
	}
}

// doc.go's list of categories is analyzer.Categories, as docList writes
// it; -update rewrites it.
func TestDocCategories(t *testing.T) {
	data, err := os.ReadFile("doc.go")
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(string(data), "\n")
	start, end := -1, -1
	for i, line := range lines {
		item := strings.HasPrefix(line, "//   - ") || strings.HasPrefix(line, "//     ")
		switch {
		case item && start < 0:
			start = i
		case !item && start >= 0 && end < 0:
			end = i
		case item && end >= 0:
			t.Fatalf("doc.go:%d: a second list; the categories must be the only one", i+1)
		}
	}
	if start < 0 {
		t.Fatal("doc.go has no list of categories")
	}
	got := strings.Join(lines[start:end], "\n")
	want := docList()
	if got == want {
		return
	}
	if *updateDoc {
		out := slices.Concat(lines[:start], []string{want}, lines[end:])
		if err := os.WriteFile("doc.go", []byte(strings.Join(out, "\n")), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	t.Errorf("doc.go:%d: the list of categories is not analyzer.Categories; edit the table, then run\n\tgo test ./analyzer -run TestDocCategories -update\ngot:\n%s\nwant:\n%s", start+1, got, want)
}

// docList returns the categories as a doc comment list, each item "name:
// doc", wrapped as gofmt leaves it.
func docList() string {
	const width = 76
	var out []string
	for _, c := range analyzer.Categories {
		line := "//   -"
		for _, w := range strings.Fields(c.Name + ": " + c.Doc) {
			if len(line)+1+len(w) > width && len(line) > len("//     ") {
				out = append(out, line)
				line = "//    "
			}
			line += " " + w
		}
		out = append(out, line)
	}
	return strings.Join(out, "\n")
}

// Each example in doc.go's "# Examples" is a line the README quotes as
// errcodes' output; TestReadme in cmd/errcodes checks that each of those
// is one errcodes prints for the repository's testdata.
func TestDocExamples(t *testing.T) {
	doc, err := os.ReadFile("doc.go")
	if err != nil {
		t.Fatal(err)
	}
	readme, err := os.ReadFile("../README.md")
	if err != nil {
		t.Fatal(err)
	}
	quoted := make(map[string]bool)
	for _, line := range strings.Split(string(readme), "\n") {
		quoted[line] = true
	}
	_, examples, ok := strings.Cut(string(doc), "\n// # Examples\n")
	if !ok {
		t.Fatal("doc.go has no # Examples")
	}
	example := regexp.MustCompile(`(?m)^//\t(.*)$`)
	n := 0
	for _, m := range example.FindAllStringSubmatch(examples, -1) {
		n++
		if !quoted[m[1]] {
			t.Errorf("doc.go example is not a line the README quotes: %s", m[1])
		}
	}
	if n == 0 {
		t.Error("doc.go's # Examples has no example")
	}
}
