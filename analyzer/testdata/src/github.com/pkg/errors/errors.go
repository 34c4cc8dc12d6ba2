// Package errors is a stub of github.com/pkg/errors for errcodes' tests:
// it declares only what they rely on, the wrappers that keep the error
// they are given as its cause.
package errors

// WithStack returns err with a stack.
func WithStack(err error) error { return err }

// Wrap returns err with a message and a stack.
func Wrap(err error, message string) error { return err }
