// Package orders serves the orders placed against store inventory.
package orders

import (
	"encoding/json"
	"errors"
	"net/http"

	"github.com/errcodes/errcodes/testdata/inventory/problem"
)

// An Order is a customer order.
type Order struct {
	Number string   `json:"order_number"`
	Status string   `json:"status"`
	Items  []string `json:"items"`
}

// Store keeps orders and reserves stock for them.
type Store interface {
	Get(number string) (Order, bool)
	List(store string) []Order
	Reserve(items []string) (unavailable []string, err error)
	Add(o Order) error
}

// ErrLocked is returned by Reserve when another order holds the stock lock.
var ErrLocked = errors.New("stock lock held")

// A Limiter allows or refuses a request.
type Limiter interface {
	Allow(r *http.Request) bool
}

// Handler serves /orders.
type Handler struct {
	Store   Store
	Limiter Limiter
}

// Routes registers the order endpoints.
func (h *Handler) Routes(mux *http.ServeMux) {
	mux.HandleFunc("GET /orders/{number}", h.wrap(h.Get))
	mux.HandleFunc("GET /orders/{number}/details", h.Details)
	mux.HandleFunc("GET /stores/{store}/orders", h.wrap(h.List))
	mux.HandleFunc("POST /orders", h.wrap(h.Add))
}

func (h *Handler) wrap(f func(w http.ResponseWriter, r *http.Request) error) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if err := f(w, r); err != nil {
			problem.Respond(w, err)
		}
	}
}

// Get returns one order.
//
//errcodes:endpoint "Get Order"
func (h *Handler) Get(w http.ResponseWriter, r *http.Request) error {
	if !h.Limiter.Allow(r) {
		// Silent: retryable (errcodes.yaml) with its flag set, so the
		// client gets a Retry-After, and the right status.
		return &problem.Problem{Status: http.StatusTooManyRequests, Code: "rate_limit_exceeded", Message: "Please wait for a few minutes and try again", Retryable: true}
	}
	o, ok := h.Store.Get(r.PathValue("number"))
	if !ok {
		w.WriteHeader(http.StatusNotFound)
		return nil
	}
	return json.NewEncoder(w).Encode(o)
}

// List returns a store's orders. Wrong: the docs have "Get Order", no
// "Get Orders" endpoint.
//
//errcodes:endpoint "Get Orders"
func (h *Handler) List(w http.ResponseWriter, r *http.Request) error {
	return json.NewEncoder(w).Encode(h.Store.List(r.PathValue("store")))
}

// Details returns an order with its items. The docs have not documented
// this endpoint's errors yet ("? | ?"); errcodes lists what it returns.
//
//errcodes:endpoint "Get Order Details"
func (h *Handler) Details(w http.ResponseWriter, r *http.Request) {
	o, ok := h.Store.Get(r.PathValue("number"))
	if !ok {
		// The docs' only entry for this endpoint is "? | ?", which may be
		// this very code: the placeholder finding lists it, nothing else.
		problem.Write(w, http.StatusNotFound, "invalid_order_number", "Order not found")
		return
	}
	json.NewEncoder(w).Encode(o)
}

// Add places an order, reserving its items.
//
//errcodes:endpoint "Add Order"
func (h *Handler) Add(w http.ResponseWriter, r *http.Request) error {
	var o Order
	if err := json.NewDecoder(r.Body).Decode(&o); err != nil {
		return err
	}
	unavailable, err := h.Store.Reserve(o.Items)
	switch {
	case errors.Is(err, ErrLocked):
		// Silent: retryable with its flag, the right code (the docs spell
		// it "aquisition") and status.
		return &problem.Problem{Status: http.StatusConflict, Code: "aquisition_error", Message: "Please wait for a few seconds and try again", Retryable: true}
	case err != nil:
		return err
	case len(unavailable) > 0:
		// Silent: right code, right status, for this endpoint.
		return &problem.Problem{Status: http.StatusBadRequest, Code: "has_invalid_items", Message: "Sorry, the following item(s) are not available"}
	}
	if err := h.Store.Add(o); err != nil {
		return err
	}
	w.WriteHeader(http.StatusCreated)
	return nil
}
