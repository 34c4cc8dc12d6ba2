package catalog_test

import (
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/errcodes/errcodes/catalog"
)

// doc/formats.md shows a minimal example of each format; each must be
// detected as that format and yield codes, so the page stays true.
func TestReadmeFormatExamples(t *testing.T) {
	data, err := os.ReadFile("../doc/formats.md")
	if err != nil {
		t.Fatal(err)
	}
	section, ok := strings.CutPrefix(string(data), "# Catalog formats\n")
	if !ok {
		t.Fatal("doc/formats.md does not start with # Catalog formats")
	}
	names := map[string]string{
		"yaml": "errors.yaml", "sectioned-list": "errors.md", "json-headings": "errors.md",
		"typescript": "errors.md", "markdown-table": "errors.md", "status-groups": "errors.txt",
		"openapi": "openapi.yaml", "toml": "errors.toml",
	}
	heading := regexp.MustCompile(`(?m)^## ([a-z-]+)$`)
	locs := heading.FindAllStringSubmatchIndex(section, -1)
	seen := 0
	for i, loc := range locs {
		format := section[loc[2]:loc[3]]
		end := len(section)
		if i+1 < len(locs) {
			end = locs[i+1][0]
		}
		example, ok := firstFence(section[loc[1]:end])
		if !ok {
			t.Errorf("doc/formats.md format %s has no example", format)
			continue
		}
		filename := names[format]
		if filename == "" {
			t.Errorf("doc/formats.md documents unknown format %q", format)
			continue
		}
		seen++
		if got := catalog.DetectFormat(filename, []byte(example)); got != format {
			t.Errorf("doc/formats.md example of %s is detected as %q", format, got)
		}
		doc, err := catalog.ParseFile(filename, []byte(example), format)
		if err != nil || len(doc.Entries) == 0 {
			t.Errorf("doc/formats.md example of %s: %v, %d entries", format, err, len(doc.Entries))
		}
	}
	if seen != len(catalog.Formats()) {
		t.Errorf("doc/formats.md shows %d formats, errcodes has %d: %v", seen, len(catalog.Formats()), catalog.Formats())
	}
}

// firstFence returns the content of the first fenced code block in s; the
// block ends at a line that is its opening fence without the info string.
func firstFence(s string) (string, bool) {
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		if !strings.HasPrefix(l, "```") {
			continue
		}
		fence := l[:len(l)-len(strings.TrimLeft(l, "`"))]
		for j := i + 1; j < len(lines); j++ {
			if lines[j] == fence {
				return strings.Join(lines[i+1:j], "\n") + "\n", true
			}
		}
		return "", false
	}
	return "", false
}
