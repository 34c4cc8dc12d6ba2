// Package resolvers maps the API's GraphQL operations to their resolvers.
package resolvers

import (
	"context"
	"encoding/json"

	"github.com/errcodes/errcodes/testdata/graphqlapi/billing"
	"github.com/errcodes/errcodes/testdata/graphqlapi/customers"
	"github.com/errcodes/errcodes/testdata/graphqlapi/orders"
)

// A Resolve runs one operation for a shop.
type Resolve func(ctx context.Context, shopID string, vars json.RawMessage) (any, error)

// Resolvers holds the resolvers of each domain.
type Resolvers struct {
	Orders    *orders.Resolver
	Customers *customers.Resolver
	Billing   *billing.Resolver
}

// Operation returns the resolver of the operation called name.
func (rs *Resolvers) Operation(name string) (Resolve, bool) {
	ops := map[string]Resolve{
		"checkout":       rs.Orders.Checkout,
		"refundOrder":    rs.Orders.RefundOrder,
		"cancelOrder":    rs.Orders.CancelOrder,
		"updateCustomer": rs.Customers.UpdateCustomer,
		"switchPlan":     rs.Billing.SwitchPlan,
		"addProducts":    rs.Billing.AddProducts,
	}
	op, ok := ops[name]
	return op, ok
}
