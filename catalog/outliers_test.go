package catalog

import (
	"strings"
	"testing"
)

func TestOutliers(t *testing.T) {
	for _, tc := range []struct {
		name  string
		codes string
		want  string // the codes warned about
	}{
		{"lowercase word among UPPER_SNAKE", "A_B C_D E_F G_H I_J header", "header"},
		{"CamelCase among UPPER_SNAKE", "A_B C_D E_F G_H I_J OrderLost", "OrderLost"},
		// Silent: a legacy number among names, a name among numbers (a
		// TypeScript enum with one string member).
		{"number among UPPER_SNAKE", "A_B C_D E_F G_H 500", ""},
		{"name among numbers", "1001 1002 1003 1004 1005 maintenance", ""},
		// Silent: too few codes to have a convention.
		{"four codes", "A_B C_D E_F path", ""},
		// Silent: no convention (three kinds of four codes each).
		{"mixed", "1 2 3 4 A_B C_D E_F G_H OrderHold OrderLost OrderGone OrderLate", ""},
		// Silent: 3 of 4 (75%) is no convention strong enough.
		{"75 percent", "A_B C_D E_F x_y G_H I_J K_L q_r", ""},
		// Silent: one-word UPPER codes are UPPER_SNAKE, and digits do not matter.
		{"upper words", "DENIED UNSUPPORTED E1001 NAME_INVALID TOOMANYREQUESTS", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			b := newBuilder()
			for i, c := range strings.Fields(tc.codes) {
				b.add(Entry{Code: c, Pos: Pos{File: "e.md", Line: i + 1}}, false, false)
			}
			cat, err := b.finish()
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, w := range cat.Warnings {
				got = append(got, strings.Fields(w.Msg)[1])
			}
			want := ""
			if tc.want != "" {
				want = `"` + tc.want + `"`
			}
			if g := strings.Join(got, " "); g != want {
				t.Errorf("warned about %s, want %s (%v)", g, want, cat.Warnings)
			}
		})
	}
}
