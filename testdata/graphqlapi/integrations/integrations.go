// Package integrations connects a shop to other systems: its accounting
// software and its webhooks.
package integrations

import (
	"context"
	"errors"
	"net/url"

	"github.com/errcodes/errcodes/testdata/graphqlapi/gqlerr"
)

// Ledger pushes invoices to the shop's accounting system.
type Ledger interface {
	Push(ctx context.Context, shopID string) (system string, err error)
}

// ErrBusy is returned by Ledger.Push while a sync runs.
var ErrBusy = errors.New("sync in progress")

// SyncAccounting pushes the shop's invoices to Xero or QuickBooks. The
// admin tools configure the error of each system by the enum member's name.
func SyncAccounting(ctx context.Context, ledger Ledger, shopID string) error {
	system, err := ledger.Push(ctx, shopID)
	switch {
	case errors.Is(err, ErrBusy):
		// Right: the enum member's name is an alias of its code.
		return gqlerr.Named("TaskTypeInProgress", "A sync is already running")
	case err == nil:
		return nil
	case system == "xero":
		return gqlerr.Named("XeroFailure", err.Error())
	case system == "quickbooks":
		// Wrong: the docs spell the member QuickbooksFailure; errcodes
		// suggests it.
		return gqlerr.Named("QuickBooksFailure", err.Error())
	}
	// Silent: a name from a variable.
	return gqlerr.Named(system+"Failure", err.Error())
}

// CheckWebhook fetches a webhook URL once before saving it.
func CheckWebhook(ctx context.Context, raw string) error {
	u, err := url.Parse(raw)
	if err != nil {
		return &gqlerr.Error{Code: gqlerr.InvalidInput, Field: "url", Reason: "invalid_url", Message: "Not a URL"}
	}
	if u.Scheme != "https" {
		// Right: invalid_web_url is an InvalidInputProblem.
		return &gqlerr.Error{Code: gqlerr.InvalidInput, Field: "url", Reason: "invalid_web_url", Message: "Use https"}
	}
	if err := ping(ctx, u); err != nil {
		// Right: url is URLFetchFailure's field.
		return &gqlerr.Error{Code: gqlerr.URLFetchFailure, Message: "The URL did not answer",
			Meta: gqlerr.Meta{"url": u.String()}}
	}
	return nil
}

func ping(ctx context.Context, u *url.URL) error { return ctx.Err() }
