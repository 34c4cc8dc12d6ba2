// Package printable makes text from code and docs safe to print: a code,
// a message or an endpoint name is the program's or the docs' text, and
// may hold a terminal escape sequence or a newline.
package printable

import (
	"strconv"
	"strings"
	"unicode"
)

// Text returns s with each control character written as a Go escape
// ("\x1b", "\n"), so that a terminal shows it rather than acts on it and
// a table row stays one line.
func Text(s string) string {
	if !strings.ContainsFunc(s, unicode.IsControl) {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		if unicode.IsControl(r) {
			q := strconv.QuoteRune(r)
			b.WriteString(q[1 : len(q)-1])
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}
