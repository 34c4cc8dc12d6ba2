// Package upstream is the client of the key supplier behind this API. The
// supplier answers with problem details of its own.
package upstream

import (
	"context"
	"fmt"
)

// A Problem is the supplier's error body. It has the shape of
// problem.Problem, but it is another type: errcodes matches emitter types
// by identity, not by name.
type Problem struct {
	Kind      string `json:"kind"`
	Status    int    `json:"status"`
	Detail    string `json:"detail"`
	Retryable bool   `json:"retryable"`
}

func (p *Problem) Error() string {
	return fmt.Sprintf("supplier: %s (%d): %s", p.Kind, p.Status, p.Detail)
}

// A Line is one product of an order.
type Line struct {
	ProductID string `json:"productId"`
	Qty       int    `json:"qty"`
	Price     int64  `json:"price"` // cents
}

// An Order is the supplier's view of an order.
type Order struct {
	ID         string   `json:"orderId"`
	Status     string   `json:"status"` // processing, hold, preorder, dispatched, partial
	DispatchID string   `json:"dispatchId"`
	Keys       []string `json:"keys"`
	Stuck      bool     `json:"-"` // processing for more than an hour
}

// Client calls the supplier. Errors are *Problem when the supplier
// answered.
type Client interface {
	PlaceOrder(ctx context.Context, lines []Line) (Order, error)
	Order(ctx context.Context, id string) (Order, error)
}
