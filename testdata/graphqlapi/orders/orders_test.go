package orders

import (
	"testing"

	"github.com/errcodes/errcodes/testdata/graphqlapi/gqlerr"
)

// Silent: test files are not checked; tests build wrong errors on purpose.
func TestAPIErrorShapes(t *testing.T) {
	for _, e := range []*gqlerr.Error{
		gqlerr.New(gqlerr.PaymentDeclined, "?"),
		{Code: gqlerr.OrderError, Reason: "order_not_payable", Meta: gqlerr.Meta{"nope": 1}},
		gqlerr.Named("QuickBooksFailure", "x"),
	} {
		if e.APIError()["code"] != e.Code {
			t.Errorf("code of %v", e)
		}
	}
}
