package lsp

import (
	"testing"

	"go.lsp.dev/protocol"
)

func TestUTF16Position(t *testing.T) {
	data := []byte("ascii\n\tdéjà vu\n🎉x\r\nbad \xff byte\nlast")
	starts := lineStarts(data)
	for _, tc := range []struct {
		line, col int // 1-based, bytes
		want      protocol.Position
	}{
		{1, 1, protocol.Position{Line: 0, Character: 0}},
		{1, 4, protocol.Position{Line: 0, Character: 3}},
		{2, 2, protocol.Position{Line: 1, Character: 1}},                  // after the tab
		{2, len("\tdéjà ") + 1, protocol.Position{Line: 1, Character: 6}}, // é and à are 2 bytes, 1 unit
		{3, len("🎉") + 1, protocol.Position{Line: 2, Character: 2}},       // 4 bytes, a surrogate pair
		{3, 100, protocol.Position{Line: 2, Character: 3}},                // past the end: before the CR
		{4, len("bad \xff") + 1, protocol.Position{Line: 3, Character: 5}},
		{5, 5, protocol.Position{Line: 4, Character: 4}}, // no newline at the end
		{9, 1, protocol.Position{Line: 4, Character: 4}}, // past the last line: the end
		{0, 1, protocol.Position{}},
	} {
		if got := utf16Position(data, starts, tc.line, tc.col); got != tc.want {
			t.Errorf("%d:%d: got %+v, want %+v", tc.line, tc.col, got, tc.want)
		}
	}
}

func TestPathOf(t *testing.T) {
	for u, want := range map[protocol.DocumentURI]string{
		"file:///tmp/a%20b/x.go": "/tmp/a b/x.go",
		"file:///tmp/x.go":       "/tmp/x.go",
		"untitled:Untitled-1":    "",
		"https://example.com/x":  "",
	} {
		got, ok := pathOf(u)
		if ok != (want != "") || got != want {
			t.Errorf("pathOf(%s) = %q, %v; want %q", u, got, ok, want)
		}
	}
}

func TestOverlaps(t *testing.T) {
	r := func(l1, c1, l2, c2 uint32) protocol.Range {
		return protocol.Range{Start: protocol.Position{Line: l1, Character: c1}, End: protocol.Position{Line: l2, Character: c2}}
	}
	diag := r(4, 10, 4, 20)
	for _, tc := range []struct {
		cursor protocol.Range
		want   bool
	}{
		{r(4, 10, 4, 10), true}, // at the start
		{r(4, 20, 4, 20), true}, // at the end
		{r(4, 15, 4, 15), true},
		{r(4, 21, 4, 21), false},
		{r(3, 0, 5, 0), true}, // a selection around it
		{r(4, 0, 4, 9), false},
	} {
		if got := overlaps(diag, tc.cursor); got != tc.want {
			t.Errorf("overlaps(%v, %v) = %v, want %v", diag, tc.cursor, got, tc.want)
		}
	}
}
