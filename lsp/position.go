package lsp

import (
	"unicode/utf8"

	"go.lsp.dev/protocol"
)

// lineStarts returns the offsets at which the lines of data start.
func lineStarts(data []byte) []int {
	starts := []int{0}
	for i, b := range data {
		if b == '\n' {
			starts = append(starts, i+1)
		}
	}
	return starts
}

// utf16Position converts a 1-based line and byte column of data, whose
// lines start at starts, to an LSP position: a 0-based line and a
// character offset counted in UTF-16 code units, as LSP counts by
// default. A column past the end of its line is the line's end; a line
// past the end of data is the end of data.
func utf16Position(data []byte, starts []int, line, col int) protocol.Position {
	if line < 1 {
		return protocol.Position{}
	}
	if line > len(starts) {
		line = len(starts)
		col = len(data) + 1
	}
	start := starts[line-1]
	end := len(data)
	if line < len(starts) {
		end = starts[line] - 1 // the newline
	}
	if end > start && data[end-1] == '\r' && line < len(starts) {
		end-- // a CRLF line ends before its CR
	}
	stop := min(start+max(col-1, 0), end)
	n := 0
	for b := data[start:stop]; len(b) > 0; {
		r, size := utf8.DecodeRune(b)
		if r >= 0x10000 {
			n += 2 // a surrogate pair
		} else {
			n++ // an invalid byte counts as one U+FFFD
		}
		b = b[size:]
	}
	return protocol.Position{Line: uint32(line - 1), Character: uint32(n)}
}
