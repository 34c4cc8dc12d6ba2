// Package billing resolves the operations the shop's plan limits: plan
// switches and bulk product creation.
package billing

import (
	"context"
	"encoding/json"

	"github.com/errcodes/errcodes/testdata/graphqlapi/gqlerr"
)

// Plans keeps the shop's subscription plan.
type Plans interface {
	CanSwitch(ctx context.Context, shopID, plan string) (ok bool, why string)
	Switch(ctx context.Context, shopID, plan string) error
	Products(ctx context.Context, shopID string) (count, limit int)
}

// Resolver resolves the billing operations.
type Resolver struct {
	Plans Plans
}

// SwitchPlan moves the shop to another plan.
//
// Wrong: the docs tie no code to an operation, so the catalog has no
// endpoint switchPlan to check this resolver against.
//
//errcodes:endpoint "switchPlan"
func (rs *Resolver) SwitchPlan(ctx context.Context, shopID string, vars json.RawMessage) (any, error) {
	var in struct {
		Plan string `json:"plan"`
	}
	if err := json.Unmarshal(vars, &in); err != nil {
		return nil, gqlerr.New(gqlerr.ParsingFailure, "Cannot parse the variables")
	}
	if in.Plan == "legacy" {
		// Silent: the docs type CannotSwitchToPlan's reason as a plain
		// string, with no set of sub-codes to check it against.
		return nil, &gqlerr.Error{Code: gqlerr.CannotSwitchToPlan, Reason: "plan_retired", Message: "The legacy plan is closed"}
	}
	if ok, why := rs.Plans.CanSwitch(ctx, shopID, in.Plan); !ok {
		return nil, &gqlerr.Error{Code: gqlerr.CannotSwitchToPlan, Reason: why, Message: "Cannot switch to " + in.Plan}
	}
	return nil, rs.Plans.Switch(ctx, shopID, in.Plan)
}

// AddProducts creates products in bulk.
func (rs *Resolver) AddProducts(ctx context.Context, shopID string, vars json.RawMessage) (any, error) {
	var in struct {
		Products []json.RawMessage `json:"products"`
	}
	if err := json.Unmarshal(vars, &in); err != nil {
		return nil, gqlerr.New(gqlerr.ParsingFailure, "Cannot parse the variables")
	}
	count, limit := rs.Plans.Products(ctx, shopID)
	if count+len(in.Products) > limit {
		// Wrong: LimitExceeded's only documented field is "what".
		return nil, &gqlerr.Error{Code: gqlerr.LimitExceeded, Message: "Your plan's product limit is reached",
			Meta: gqlerr.Meta{"what": "products", "limit": limit}}
	}
	if len(in.Products) == 0 {
		// Right: InvalidInputCount, with no meta, as documented.
		return nil, gqlerr.New(gqlerr.InvalidInputCount, "Add at least one product")
	}
	meta := gqlerr.Meta{"what": "products", "max_per_call": 100}
	if len(in.Products) > 100 {
		// Silent: the meta is a variable, not a literal errcodes reads.
		return nil, &gqlerr.Error{Code: gqlerr.LimitExceeded, Message: "At most 100 products at once", Meta: meta}
	}
	if count > limit*10 {
		// Wrong: the docs team has not named the code for a catalog that
		// is being re-indexed yet.
		return nil, gqlerr.Named("?", "The catalog is being re-indexed")
	}
	return nil, nil
}
