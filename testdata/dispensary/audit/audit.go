// Package audit records what the ordering API refused, for compliance
// reports. Its codes are internal event codes, not API error codes.
package audit

import (
	"fmt"
	"io"
)

// Write appends an audit line. It has the shape of apierr.Write, but it is
// another function: errcodes matches emitters by identity, not by name.
func Write(w io.Writer, status int, code, message string, meta map[string]any) {
	fmt.Fprintf(w, "%d %s %q %v\n", status, code, message, meta)
}
