// Package fixes exercises the message fix.
package fixes

import (
	"fmt"
	"net/http"

	"example.com/messages/apierr"
)

// Get serves GET /orders/{id}.
func Get(w http.ResponseWriter, r *http.Request) { // want Get:`returns\("discount_too_high" \(400\), "order_not_found" \(404\), "quota_exceeded" \(429\), "required_field" \(400\)\)`
	apierr.Write(w, http.StatusNotFound, "order_not_found", "Order not foud")          // want `message "Order not foud" does not match the documented "Order not found"`
	apierr.Write(w, http.StatusNotFound, "order_not_found", `Order not found!`)        // want `message "Order not found!" does not match the documented "Order not found"`
	apierr.Writef(w, http.StatusNotFound, "order_not_found", "Order was not found")    // want `message "Order was not found" does not match the documented "Order not found"`
	apierr.Writef(w, http.StatusBadRequest, "discount_too_high", "Discount over 50%%") // want `message "Discount over 50%%" does not match the documented "Discounts over 50% need approval"`
	// No fix: the docs give a template, whose placeholders only a person
	// can fill in.
	apierr.Write(w, http.StatusBadRequest, "required_field", "Field sku is required") // want `message "Field sku is required" does not match the documented "A value is required for field \$field."`
	// No fix: two messages are documented.
	apierr.Write(w, http.StatusTooManyRequests, "quota_exceeded", "Monthly quota reached") // want `does not match any documented message`
	// No fix: the message is formatted; replacing the format would leave
	// its argument over.
	apierr.Write(w, http.StatusNotFound, "order_not_found", fmt.Sprintf("Order %s is missing", r.PathValue("id"))) // want `message "Order %s is missing" does not match the documented "Order not found"`
	apierr.Writef(w, http.StatusNotFound, "order_not_found", "Order %s is missing", r.PathValue("id"))             // want `message "Order %s is missing" does not match the documented "Order not found"`
}
