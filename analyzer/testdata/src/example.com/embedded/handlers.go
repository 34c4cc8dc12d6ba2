// Package embedded is checked by an analyzer whose catalog is embedded in
// it, as in a Bazel nogo build: no errcodes.yaml is searched for (there is
// none above this directory), and no file is read.
package embedded

import (
	"net/http"

	"example.com/shop/apierr"
)

func getOrder(w http.ResponseWriter, r *http.Request) {
	if r.URL.Query().Get("id") == "" {
		apierr.Write(w, http.StatusNotFound, "invalid_order_number", "Order not found")
		return
	}
	apierr.Write(w, http.StatusBadRequest, "already_paid", "Order already paid") // want `code "already_paid" is documented with status 409 Conflict \(docs/errors.md:6\) but returned with 400 Bad Request`
	apierr.Write(w, http.StatusNotFound, "order_gone", "Order is gone")          // want `code "order_gone" is not in the catalog`
}
