// Package fixes exercises the suggested fixes.
package fixes

import (
	"net/http"

	"example.com/shop/apierr"
)

// Pay serves POST /orders/{id}/pay.
func Pay(w http.ResponseWriter, r *http.Request) { // want Pay:`returns\("already_paid" \(400\), "invalid_order_numbr" \(404\), "order_already_canceld" \(404\)\)`
	apierr.Write(w, http.StatusNotFound, "invalid_order_numbr", "Order not found") // want `did you mean "invalid_order_number"\?`
	apierr.Write(w, http.StatusBadRequest, "already_paid", "Order already paid")   // want `documented with status 409 Conflict \(errcodes.yaml:6\) but returned with 400 Bad Request`
	apierr.Write(w, 404, `order_already_canceld`, "Order already canceled")        // want `did you mean "order_already_canceled"\?`
}
