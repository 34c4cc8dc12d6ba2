// Package routes registers chi handlers for routes the catalog names.
package routes

import (
	"net/http"

	"github.com/go-chi/chi/v5"
	"github.com/go-chi/render"
)

// Router registers the order routes.
func Router() http.Handler {
	r := chi.NewRouter()
	r.Get("/orders/{id}", getOrder)
	r.Post("/orders/{id}/pay", payOrder)
	// A sub-router under a prefix: GET /v2/orders/{id}, which the catalog
	// does not name.
	r.Route("/v2", func(sub chi.Router) {
		sub.Get("/orders/{id}", getOrderV2)
	})
	return r
}

func getOrder(w http.ResponseWriter, r *http.Request) {
	if r.URL.Query().Get("paid") != "" {
		render.Status(r, http.StatusConflict)
		render.JSON(w, r, render.M{"code": "already_paid"}) // want `code "already_paid" is not documented for endpoint "GET /orders/\{orderId\}" \(only for "POST /orders/\{orderId\}/pay"\)`
		return
	}
	render.Status(r, http.StatusNotFound)
	render.JSON(w, r, render.M{"code": "invalid_order_number"}) // ok
}

func payOrder(w http.ResponseWriter, r *http.Request) {
	render.Status(r, http.StatusConflict)
	render.JSON(w, r, render.M{"code": "already_paid"}) // ok
}

func getOrderV2(w http.ResponseWriter, r *http.Request) {
	render.Status(r, http.StatusConflict)
	render.JSON(w, r, render.M{"code": "already_paid"}) // ok: GET /v2/orders/{id} is no catalog endpoint
}
