package main

import (
	"fmt"
	"go/types"
	"strings"
	"testing"
)

func TestMergeEdits(t *testing.T) {
	for _, tc := range []struct {
		name   string
		x, y   []edit
		want   []edit
		wantOK bool
	}{
		{"disjoint", []edit{{0, 1, "a"}}, []edit{{2, 3, "b"}}, []edit{{0, 1, "a"}, {2, 3, "b"}}, true},
		// A file of both p and "p [p.test]" gets each fix twice.
		{"identical", []edit{{4, 7, "409"}}, []edit{{4, 7, "409"}}, []edit{{4, 7, "409"}}, true},
		{"conflict", []edit{{4, 7, "409"}}, []edit{{4, 7, "410"}}, nil, false},
		{"overlap", []edit{{2, 6, "x"}}, []edit{{4, 8, "y"}}, nil, false},
		{"insertions at one point", []edit{{3, 3, "a"}}, []edit{{3, 3, "b"}}, []edit{{3, 3, "a"}, {3, 3, "b"}}, true},
		{"insertion before a deletion", []edit{{3, 3, "a"}}, []edit{{3, 5, ""}}, []edit{{3, 3, "a"}, {3, 5, ""}}, true},
	} {
		got, ok := mergeEdits(tc.x, tc.y)
		if ok != tc.wantOK || fmt.Sprint(got) != fmt.Sprint(tc.want) {
			t.Errorf("%s: mergeEdits = %v, %v; want %v, %v", tc.name, got, ok, tc.want, tc.wantOK)
		}
	}
}

func TestApplyEdits(t *testing.T) {
	got, err := applyEdits([]byte("return 404, x"), []edit{{0, 0, "\t"}, {7, 10, "http.StatusConflict"}})
	if err != nil || string(got) != "\treturn http.StatusConflict, x" {
		t.Errorf("applyEdits = %q, %v", got, err)
	}
	for _, edits := range [][]edit{
		{{2, 6, "x"}, {4, 8, "y"}}, // overlapping
		{{4, 8, "y"}, {0, 1, "x"}}, // out of order
		{{4, 20, "y"}},             // beyond the end
	} {
		if _, err := applyEdits([]byte("0123456789"), edits); err == nil {
			t.Errorf("applyEdits(%v) succeeded", edits)
		}
	}
}

func TestFormatFixed(t *testing.T) {
	// The fix replaced consts.NotFound with http.StatusConflict: consts
	// is no longer used, and goes; the imports end up sorted.
	src := `package api

import (
	"example.com/api/consts"
	"net/http"
	_ "embed"
)

func f(w http.ResponseWriter) {   w.WriteHeader(http.StatusConflict) }
`
	want := `package api

import (
	_ "embed"
	"net/http"
)

func f(w http.ResponseWriter) { w.WriteHeader(http.StatusConflict) }
`
	pkg := types.NewPackage("example.com/api", "api")
	pkg.SetImports([]*types.Package{types.NewPackage("example.com/api/consts", "consts"), types.NewPackage("net/http", "http")})
	got, err := formatFixed(pkg, []byte(src))
	if err != nil || string(got) != want {
		t.Errorf("formatFixed = %v\n%s\nwant:\n%s", err, got, want)
	}
	if _, err := formatFixed(pkg, []byte("package api\nfunc (")); err == nil {
		t.Error("formatFixed of a file that does not parse succeeded")
	}
}

// numbered returns n lines "l1".."ln", with lines at the given 1-based
// numbers replaced.
func numbered(n int, repl map[int]string) string {
	var b strings.Builder
	for i := 1; i <= n; i++ {
		if r, ok := repl[i]; ok {
			b.WriteString(r + "\n")
		} else {
			fmt.Fprintf(&b, "l%d\n", i)
		}
	}
	return b.String()
}

func TestUnified(t *testing.T) {
	before := numbered(50, nil)
	after := numbered(50, map[int]string{2: "X", 4: "Y", 40: "Z"})
	want := `--- f (old)
+++ f (new)
@@ -1,7 +1,7 @@
 l1
-l2
+X
 l3
-l4
+Y
 l5
 l6
 l7
@@ -37,7 +37,7 @@
 l37
 l38
 l39
-l40
+Z
 l41
 l42
 l43
`
	if got := unified("f (old)", "f (new)", before, after); got != want {
		t.Errorf("unified:\n%s\nwant:\n%s", got, want)
	}

	// Of two equal lines, the first is the one changed.
	got := unified("a", "b", "x\nx\ny\n", "z\nx\ny\n")
	want = "--- a\n+++ b\n@@ -1,3 +1,3 @@\n-x\n+z\n x\n y\n"
	if got != want {
		t.Errorf("unified:\n%s\nwant:\n%s", got, want)
	}

	got = unified("a", "b", "x\ny", "x\nz")
	want = "--- a\n+++ b\n@@ -1,2 +1,2 @@\n x\n-y\n\\ No newline at end of file\n+z\n\\ No newline at end of file\n"
	if got != want {
		t.Errorf("unified without final newline:\n%s\nwant:\n%s", got, want)
	}

	if got := unified("a", "b", before, before); got != "" {
		t.Errorf("unified of equal texts: %q", got)
	}
}

func TestLineDiff(t *testing.T) {
	for _, tc := range []struct{ before, after string }{
		{"", "a\n"},
		{"a\n", ""},
		{"a\nb\nc\n", "a\nc\n"},
		{"a\nb\nc\n", "c\nb\na\n"},
		{"a\nb", "a\nb\n"},
		{numbered(30, nil), numbered(30, map[int]string{1: "x", 15: "y", 30: "z"})},
	} {
		got, err := applyEdits([]byte(tc.before), lineDiff(tc.before, tc.after))
		if err != nil || string(got) != tc.after {
			t.Errorf("lineDiff(%q, %q) applied gives %q, %v", tc.before, tc.after, got, err)
		}
	}
	// Past maxDiffLines differing lines, the lines between the common
	// start and end are one edit.
	var a, b strings.Builder
	for i := range 3 * maxDiffLines {
		fmt.Fprintf(&a, "a%d\n", i)
		fmt.Fprintf(&b, "b%d\n", i)
	}
	before, after := "head\n"+a.String()+"tail\n", "head\n"+b.String()+"tail\n"
	edits := lineDiff(before, after)
	if got, err := applyEdits([]byte(before), edits); len(edits) != 1 || err != nil || string(got) != after {
		t.Errorf("lineDiff of %d changed lines: %d edits, %v", 3*maxDiffLines, len(edits), err)
	}
}

func TestVetInvocation(t *testing.T) {
	for _, tc := range []struct {
		args []string
		want bool
	}{
		{[]string{"-flags"}, true},
		{[]string{"--flags"}, true},
		{[]string{"-config=x.yaml", "-flags=true"}, true},
		{[]string{"-flags=false", "./..."}, false},
		{[]string{"-config=errcodes.yaml", "-json", "/tmp/go-build1/b001/vet.cfg"}, true},
		{[]string{"./..."}, false},
		{[]string{"-json", "./..."}, false},
		{[]string{"-config", "x.cfg"}, true}, // singlechecker reads x.cfg as -config's value and shows its usage, as checkMain would
		{[]string{"--", "-flags"}, false},
	} {
		if got := vetInvocation(tc.args); got != tc.want {
			t.Errorf("vetInvocation(%q) = %v, want %v", tc.args, got, tc.want)
		}
	}
}

// A later hunk's new line number counts every line the hunks before it
// added or removed, also between the edits within one.
func TestUnifiedLineNumbers(t *testing.T) {
	before := numbered(60, nil)
	after := strings.Replace(numbered(60, map[int]string{2: "X", 4: "Y", 40: "Z"}), "X\n", "X1\nX2\nX3\n", 1)
	after = strings.Replace(after, "l50\n", "", 1)
	got := unified("a/f", "b/f", before, after)
	var headers []string
	for _, l := range strings.Split(got, "\n") {
		if strings.HasPrefix(l, "@@") {
			headers = append(headers, l)
		}
	}
	want := []string{"@@ -1,7 +1,9 @@", "@@ -37,7 +39,7 @@", "@@ -47,7 +49,6 @@"}
	if strings.Join(headers, "\n") != strings.Join(want, "\n") {
		t.Errorf("hunk headers\n%s\nwant\n%s\nin:\n%s", strings.Join(headers, "\n"), strings.Join(want, "\n"), got)
	}
}
