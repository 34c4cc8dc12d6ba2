// Package other has functions and methods named like the emitters that
// are not emitters.
package other

// New is not apierr.New.
func New(code string, status int, message string) error { return nil }

// Logger is not apierr.Writer.
type Logger struct{}

// Fail logs; it returns nothing to a client.
func (Logger) Fail(status int, code string, message string) {}
