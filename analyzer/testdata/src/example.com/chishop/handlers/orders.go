// Package handlers serves the shop's orders with chi and go-chi/render.
package handlers

import (
	"net/http"

	"github.com/go-chi/chi/v5"
	"github.com/go-chi/render"
)

type errResponse struct {
	Code    string `json:"code"`
	Message string `json:"message,omitempty"`
}

// Routes registers the order handlers.
func Routes() http.Handler { // want Routes:`returns\("order_deleted" \(410\)\)`
	r := chi.NewRouter()
	r.Get("/orders/{id}", GetOrder)
	r.Delete("/orders/{id}", func(w http.ResponseWriter, r *http.Request) {
		render.Status(r, http.StatusGone)
		render.JSON(w, r, render.M{"code": "order_deleted"}) // want `code "order_deleted" is not in the catalog$`
	})
	return r
}

// GetOrder serves GET /orders/{id}.
func GetOrder(w http.ResponseWriter, r *http.Request) { // want GetOrder:`returns\("already_paid" \(400\), "invalid_order_number" \(404\), "invalid_order_numbr" \(404\), "order_locked" \(423\)\)`
	switch chi.URLParam(r, "id") {
	case "missing":
		render.Status(r, http.StatusNotFound)
		render.JSON(w, r, errResponse{Code: "invalid_order_number", Message: "Order not found"}) // ok: documented, right status
		return
	case "paid":
		render.Status(r, http.StatusBadRequest) // want `code "already_paid" is documented with status 409 Conflict \(errcodes.yaml:9\) but returned with 400 Bad Request`
		render.JSON(w, r, render.M{"code": "already_paid"})
		return
	case "typo":
		render.Status(r, http.StatusNotFound)
		render.JSON(w, r, &errResponse{Code: "invalid_order_numbr", Message: "?"}) // want `code "invalid_order_numbr" is not in the catalog; did you mean "invalid_order_number"\?` `message "\?" is an unresolved placeholder`
		return
	case "negotiated":
		render.Status(r, http.StatusLocked)
		render.DefaultResponder(w, r, render.M{"code": "order_locked"}) // want `code "order_locked" is not in the catalog$`
		return
	}
	// The order itself, with 200 OK: no status set, no site.
	render.JSON(w, r, render.M{"code": 0, "id": chi.URLParam(r, "id")})
}

// Status is the handlers' own function, named like render.Status: it is
// not taken for it.
func Status(r *http.Request, status int) {}

// Silent holds what the chi preset must not report.
func Silent(w http.ResponseWriter, r *http.Request, status int) { // want Silent:`returns\("already_paid"\)`
	other := r.WithContext(r.Context())
	switch r.URL.Query().Get("case") {
	case "own status":
		Status(r, http.StatusConflict)
		render.JSON(w, r, render.M{"code": "own_status_code"})
	case "other request":
		// The status is set on another request than the one rendered.
		render.Status(other, http.StatusConflict)
		render.JSON(w, r, render.M{"code": "other_request_code"})
	case "variable status":
		// Not a constant: a documented code is not compared.
		render.Status(r, status)
		render.JSON(w, r, render.M{"code": "already_paid"})
	}
}
