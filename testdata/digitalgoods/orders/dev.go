package orders

import (
	"context"

	"github.com/errcodes/errcodes/testdata/digitalgoods/upstream"
)

// DevSupplier stands in for the supplier on a laptop: every order is on
// hold.
type DevSupplier struct{}

// PlaceOrder puts the order on hold.
func (DevSupplier) PlaceOrder(ctx context.Context, lines []upstream.Line) (upstream.Order, error) {
	// Must stay silent: upstream.Problem is the supplier's type, not
	// problem.Problem, so the missing retryable flag is not this API's.
	return upstream.Order{}, &upstream.Problem{Kind: "OrderHold", Status: 409, Detail: "dev: on hold"}
}

// Order finds no order.
func (DevSupplier) Order(ctx context.Context, id string) (upstream.Order, error) {
	return upstream.Order{}, &upstream.Problem{Kind: "OrderNotFound", Status: 404, Detail: "dev: no orders"}
}
