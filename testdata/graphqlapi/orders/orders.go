// Package orders resolves the order operations: checkout, refunds and
// cancellations.
package orders

import (
	"context"
	"encoding/json"
	"errors"

	"github.com/errcodes/errcodes/testdata/graphqlapi/gqlerr"
)

// LineItem is one line of a cart or an order.
type LineItem struct {
	ProductID string
	Quantity  int
}

// Order is an order as the store keeps it.
type Order struct {
	ID       string
	State    string // "open", "paid", "fulfilled", "canceled"
	Paid     int64  // cents
	Refunded int64
	Items    []LineItem
}

// Store keeps orders and stock.
type Store interface {
	Order(ctx context.Context, shopID, id string) (*Order, error)
	InStock(ctx context.Context, productID string) (int, error)
	Banned(ctx context.Context, productID string) bool
	Save(ctx context.Context, shopID string, o *Order) error
}

// Payments talks to the payment gateway.
type Payments interface {
	Charge(ctx context.Context, o *Order) error
	Refund(ctx context.Context, o *Order, cents int64) (declineCode string, err error)
}

// ErrDeclined is returned by Payments for a declined card.
var ErrDeclined = errors.New("declined")

// ErrNoOrder is returned by Store.Order for an unknown id.
var ErrNoOrder = errors.New("no such order")

// Resolver resolves the order operations.
type Resolver struct {
	Orders   Store
	Payments Payments
}

// Checkout places an order from the cart in vars.
func (rs *Resolver) Checkout(ctx context.Context, shopID string, vars json.RawMessage) (any, error) {
	var in struct {
		Items []LineItem `json:"items"`
	}
	if err := json.Unmarshal(vars, &in); err != nil {
		return nil, gqlerr.New(gqlerr.ParsingFailure, "Cannot parse the variables")
	}
	for i, item := range in.Items {
		if item.Quantity <= 0 {
			// Right: invalid_product_quantity is an OrderLineItemErrorCode.
			return nil, &gqlerr.Error{Code: gqlerr.OrderError, Reason: "invalid_product_quantity", LineItem: i,
				Message: "Quantity must be at least 1"}
		}
		if rs.Orders.Banned(ctx, item.ProductID) {
			// Wrong: "banned" is no OrderLineItemErrorCode (product_banned is).
			return nil, &gqlerr.Error{Code: gqlerr.OrderError, Reason: "banned", LineItem: i,
				Message: "This product cannot be sold"}
		}
		n, err := rs.Orders.InStock(ctx, item.ProductID)
		if err != nil {
			return nil, err
		}
		if n < item.Quantity {
			// Wrong: order_not_payable is an InvalidOperationReason; an
			// OrderError allows only the OrderLineItemErrorCode values.
			return nil, &gqlerr.Error{Code: gqlerr.OrderError, Reason: "order_not_payable", LineItem: i,
				Message: "Not enough stock"}
		}
	}
	o := &Order{State: "open", Items: in.Items}
	if err := rs.Payments.Charge(ctx, o); errors.Is(err, ErrDeclined) {
		// Wrong: PaymentDeclined (1124) is a code of ours the docs do not list.
		return nil, gqlerr.New(gqlerr.PaymentDeclined, "The card was declined")
	} else if err != nil {
		// Wrong: the field is "error", as the docs write it, not "details".
		return nil, &gqlerr.Error{Code: gqlerr.GatewayTransactionError, Message: "Payment failed",
			Meta: gqlerr.Meta{"details": err.Error()}}
	}
	o.State = "paid"
	return o, rs.Orders.Save(ctx, shopID, o)
}

// RefundOrder refunds an order in full or in part.
func (rs *Resolver) RefundOrder(ctx context.Context, shopID string, vars json.RawMessage) (any, error) {
	var in struct {
		OrderID string `json:"orderId"`
		Cents   int64  `json:"cents"`
	}
	if err := json.Unmarshal(vars, &in); err != nil {
		return nil, gqlerr.New(gqlerr.ParsingFailure, "Cannot parse the variables")
	}
	o, err := rs.Orders.Order(ctx, shopID, in.OrderID)
	if errors.Is(err, ErrNoOrder) {
		// Right: NotFound, with the field at fault.
		return nil, &gqlerr.Error{Code: gqlerr.NotFound, Field: "orderId", Message: "No order has this id"}
	} else if err != nil {
		return nil, err
	}
	switch {
	case o.State != "paid" && o.State != "fulfilled":
		// Right: order_not_refundable is an InvalidOperationReason.
		return nil, &gqlerr.Error{Code: gqlerr.InvalidOperation, Reason: "order_not_refundable",
			Message: "Only paid orders can be refunded"}
	case o.Paid-o.Refunded < in.Cents:
		// Wrong: a near miss of cannot_refund_more_than_paid.
		return nil, &gqlerr.Error{Code: gqlerr.InvalidOperation, Reason: "cannot_refund_more_than_payed",
			Message: "The refund is larger than what is left to refund"}
	}
	declineCode, err := rs.Payments.Refund(ctx, o, in.Cents)
	if err != nil {
		// Right: decline_code and message are StripeAPICallFailure's fields.
		return nil, &gqlerr.Error{Code: gqlerr.StripeAPICallFailure, Message: "Stripe refused the refund",
			Meta: gqlerr.Meta{"decline_code": declineCode, "message": err.Error()}}
	}
	o.Refunded += in.Cents
	return o, rs.Orders.Save(ctx, shopID, o)
}

// CancelOrder cancels an open order.
func (rs *Resolver) CancelOrder(ctx context.Context, shopID string, vars json.RawMessage) (any, error) {
	var in struct {
		OrderID string `json:"orderId"`
	}
	if err := json.Unmarshal(vars, &in); err != nil {
		return nil, gqlerr.New(gqlerr.ParsingFailure, "Cannot parse the variables")
	}
	o, err := rs.Orders.Order(ctx, shopID, in.OrderID)
	if err != nil {
		return nil, err
	}
	if o.State == "canceled" {
		// Silent: "already_canceled" is no InvalidOperationReason, but the
		// finding is suppressed with its reason.
		//errcodes:ignore the v1 mobile app matches on already_canceled until it is retired
		return nil, &gqlerr.Error{Code: gqlerr.InvalidOperation, Reason: "already_canceled", Message: "Already canceled"}
	}
	if o.State != "open" {
		reason := reasonFor(o.State)
		// Silent: the reason is not a constant.
		return nil, &gqlerr.Error{Code: gqlerr.InvalidOperation, Reason: reason, Message: "The order cannot be canceled"}
	}
	o.State = "canceled"
	return o, rs.Orders.Save(ctx, shopID, o)
}

func reasonFor(state string) string {
	if state == "fulfilled" {
		return "fulfillment_must_be_canceled"
	}
	return "order_not_cancelable"
}
