// Package orders declares handlers that another package registers.
package orders

import (
	"net/http"

	"example.com/routes/store"
)

// Get serves an order; api registers it for getOrder.
func Get(w http.ResponseWriter, r *http.Request) { // want Get:`returns\("order_not_found" \(404\), "out_of_stock" \(409\)\)`
	if err := store.Find(r.PathValue("id")); err != nil {
		return
	}
	_ = store.Reserve(r.FormValue("sku"))
}
