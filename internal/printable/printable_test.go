package printable_test

import (
	"testing"

	"github.com/errcodes/errcodes/internal/printable"
)

func TestText(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"order_gone", "order_gone"},
		{"Bestellung ungültig", "Bestellung ungültig"},
		{"\x1b[2Jgone", `\x1b[2Jgone`},
		{"two\nlines\ttab", `two\nlines\ttab`},
		{"\u0085next line", `\u0085next line`},
	} {
		if got := printable.Text(tc.in); got != tc.want {
			t.Errorf("Text(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
