// Package psp is the client of the payment service provider that the
// Checkout connector talks to.
package psp

import (
	"context"
	"errors"
)

// Error is an error the provider answers with. It has the same name and
// fields as apierror.Error, but it is not the Checkout API's error:
// errcodes matches emitter types by package, never by name.
type Error struct {
	Status  int
	Code    string
	Message string
}

func (e *Error) Error() string { return e.Code + ": " + e.Message }

// ErrUnreachable is returned when the provider cannot be reached.
var ErrUnreachable = errors.New("psp: provider unreachable")

// A Client charges and refunds payments at the provider.
type Client interface {
	Charge(ctx context.Context, paymentID string, cents int64, currency string) (pspRef string, err error)
	Refund(ctx context.Context, pspRef string, cents int64) error
}
