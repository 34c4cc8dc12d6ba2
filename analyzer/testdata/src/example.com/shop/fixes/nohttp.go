package fixes

import "example.com/shop/apierr"

// Cancel returns the error for a canceled order. This file does not
// import net/http, so the fix writes the status as a number.
func Cancel() error { // want Cancel:`returns\("order_already_canceled" \(400\)\)`
	return apierr.New("order_already_canceled", 400, "Order already canceled") // want `documented with status 409 Conflict \(docs/errors.yaml:10\) but returned with 400 Bad Request`
}
