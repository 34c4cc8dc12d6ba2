// Package orders serves the shop's order endpoints.
package orders

import (
	"encoding/json"
	"net/http"

	"github.com/errcodes/errcodes/testdata/shop/apierr"
	"github.com/errcodes/errcodes/testdata/shop/respond"
)

// Order states.
const (
	statusOpen      = "open"
	statusPaid      = "paid"
	statusCompleted = "completed"
	statusCanceled  = "canceled"
)

// Store looks orders up.
type Store interface {
	State(id string) (state string, ok bool)
	SetState(id, state string)
}

// Handler serves /orders.
type Handler struct {
	Store Store
}

// Routes registers the order endpoints.
func (h *Handler) Routes(mux *http.ServeMux) {
	mux.HandleFunc("POST /orders/{id}/pay", h.Pay)
	mux.HandleFunc("POST /orders/{id}/complete", h.Complete)
	mux.HandleFunc("POST /orders/{id}/cancel", h.Cancel)
	mux.HandleFunc("GET /orders/{id}/details", h.Details)
	mux.HandleFunc("POST /orders/{id}/confirm", h.Confirm)
	mux.HandleFunc("POST /orders/{id}/reserve", h.Reserve)
}

// Pay serves "Paid Order".
func (h *Handler) Pay(w http.ResponseWriter, r *http.Request) {
	state, ok := h.Store.State(r.PathValue("id"))
	if !ok {
		apierr.Write(w, http.StatusNotFound, "invalid_order_numbr", "Order not found")
		return
	}
	if state == statusPaid {
		apierr.Write(w, http.StatusBadRequest, "already_paid", "Order already paid")
		return
	}
	h.Store.SetState(r.PathValue("id"), statusPaid)
	w.WriteHeader(http.StatusNoContent)
}

// Complete serves "Complete Order".
func (h *Handler) Complete(w http.ResponseWriter, r *http.Request) {
	if err := h.complete(r.PathValue("id")); err != nil {
		apierr.Respond(w, err)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

func (h *Handler) complete(id string) error {
	state, ok := h.Store.State(id)
	switch {
	case !ok:
		return &apierr.Error{Status: http.StatusNotFound, Code: "invalid_order_number", Message: "Order not found"}
	case state == statusCompleted:
		return &apierr.Error{Status: http.StatusConflict, Code: "order_already_completed", Message: "Order already completed"}
	case state == statusCanceled:
		return &apierr.Error{Status: http.StatusGone, Code: "order_already_canceled", Message: "Order already canceled"}
	}
	h.Store.SetState(id, statusCompleted)
	return nil
}

// Cancel serves "Cancel Order".
func (h *Handler) Cancel(w http.ResponseWriter, r *http.Request) {
	state, ok := h.Store.State(r.PathValue("id"))
	switch {
	case !ok:
		apierr.Write(w, http.StatusNotFound, "invalid_order_number", "No order with this id")
	case state == statusCanceled:
		// TODO: the docs team will tell us the message.
		apierr.Write(w, http.StatusConflict, "order_already_canceled", "?")
	case state == statusCompleted:
		apierr.Write(w, http.StatusConflict, "order_completed", "Order already completed") //errcodes:ignore
	default:
		h.Store.SetState(r.PathValue("id"), statusCanceled)
		w.WriteHeader(http.StatusNoContent)
	}
}

// Details serves "Get Order Details".
//
//errcodes:endpoint "Get Order Details"
func (h *Handler) Details(w http.ResponseWriter, r *http.Request) {
	state, ok := h.Store.State(r.PathValue("id"))
	if !ok {
		apierr.Write(w, http.StatusNotFound, "invalid_order_number", "Order not found")
		return
	}
	if state == statusOpen {
		apierr.Write(w, http.StatusConflict, "order_not_paid", "Order is not paid yet")
		return
	}
	w.Write([]byte(`{"state":"` + state + `"}`))
}

// Confirm serves "Confirm Order", through the respond shortcuts.
func (h *Handler) Confirm(w http.ResponseWriter, r *http.Request) {
	state, ok := h.Store.State(r.PathValue("id"))
	switch {
	case !ok:
		respond.NotFound(w, "invalid_order_number", "Order not found")
	case state == statusCanceled:
		respond.NotFound(w, "order_already_canceled", "Order already canceled")
	case state == statusCompleted:
		respond.Conflict(w, "order_already_completed", "Order already completed")
	default:
		h.Store.SetState(r.PathValue("id"), statusCompleted)
		w.WriteHeader(http.StatusNoContent)
	}
}

// Reserve serves "Reserve Stock". It writes its error body by hand:
// errcodes' nethttp preset reads WriteHeader and the encoded body.
func (h *Handler) Reserve(w http.ResponseWriter, r *http.Request) {
	if _, ok := h.Store.State(r.PathValue("id")); !ok {
		w.WriteHeader(http.StatusNotFound)
		json.NewEncoder(w).Encode(map[string]string{"code": "invalid_order_number", "message": "Order not found"})
		return
	}
	w.WriteHeader(http.StatusConflict)
	json.NewEncoder(w).Encode(map[string]string{"code": "out_of_stock", "message": "Not enough stock"})
}

// Get serves "Get Order". The docs list only the rate limit for it; an
// unknown order is answered with the code the order actions use.
//
//errcodes:endpoint "Get Order"
func (h *Handler) Get(w http.ResponseWriter, r *http.Request) {
	state, ok := h.Store.State(r.PathValue("id"))
	if !ok {
		apierr.Write(w, http.StatusNotFound, "invalid_order_number", "Order not found")
		return
	}
	w.Write([]byte(`{"state":"` + state + `"}`))
}
