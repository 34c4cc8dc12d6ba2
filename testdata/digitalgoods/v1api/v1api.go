// Package v1api serves /api/v1, the reseller API of before September
// 2020. It answers in the deprecated numeric format; resellers are moving
// to /api/v2.
package v1api

import (
	"encoding/json"
	"errors"
	"net/http"

	"github.com/errcodes/errcodes/testdata/digitalgoods/legacy"
	"github.com/errcodes/errcodes/testdata/digitalgoods/orders"
	"github.com/errcodes/errcodes/testdata/digitalgoods/upstream"
)

// Handler serves the v1 endpoints.
type Handler struct {
	Accounts orders.Accounts
	Supplier upstream.Client
}

// Routes registers the endpoints.
func (h *Handler) Routes(mux *http.ServeMux) {
	mux.HandleFunc("GET /api/v1/order/{orderId}", h.GetV1)
	mux.HandleFunc("GET /api/v1/dispatch/{dispatchId}", h.DispatchV1)
	mux.HandleFunc("POST /api/v1/order", h.CreateV1)
}

// GetV1 returns an order: GET /api/v1/order/{orderId}.
func (h *Handler) GetV1(w http.ResponseWriter, r *http.Request) {
	if _, ok := h.Accounts.Reseller(r.Header.Get("Authorization")); !ok {
		//errcodes:ingore v1 is frozen until the last reseller moves to v2
		legacy.Write(w, http.StatusUnauthorized, legacy.Unauthorized, "Unauthorized")
		return
	}
	order, err := h.Supplier.Order(r.Context(), r.PathValue("orderId"))
	if err != nil {
		legacy.Write(w, http.StatusNotFound, legacy.OrderNotFound, "Order not found")
		return
	}
	if order.Status == "dispatched" {
		// "Order already dispatched": the v1 team invented it.
		legacy.Write(w, http.StatusConflict, 2606, "Order already dispatched")
		return
	}
	json.NewEncoder(w).Encode(order)
}

// DispatchV1 returns a dispatch's keys: GET /api/v1/dispatch/{dispatchId}.
func (h *Handler) DispatchV1(w http.ResponseWriter, r *http.Request) {
	order, err := h.Supplier.Order(r.Context(), r.PathValue("dispatchId"))
	if err != nil || order.DispatchID == "" {
		legacy.Write(w, http.StatusBadRequest, legacy.DispatchNotFound, "Dispatch not found")
		return
	}
	json.NewEncoder(w).Encode(order.Keys)
}

// CreateV1 places an order: POST /api/v1/order.
func (h *Handler) CreateV1(w http.ResponseWriter, r *http.Request) {
	if r.Header.Get("Content-Type") != "application/json" {
		// Must stay silent: suppressed with a reason.
		//errcodes:ignore v1 is frozen until the last reseller moves to v2 (2026-06)
		legacy.Write(w, http.StatusBadRequest, legacy.InvalidContentType, "Invalid content type (should be json)")
		return
	}
	reseller, _ := h.Accounts.Reseller(r.Header.Get("Authorization"))
	err := h.Accounts.Charge(reseller, 0)
	// Must stay silent: the code is a function's result.
	legacy.Write(w, http.StatusBadRequest, v1Code(err), "Order request validation error")
}

// v1Code maps an error to its v1 code.
func v1Code(err error) legacy.Code {
	if errors.Is(err, orders.ErrInsufficient) {
		return legacy.InsufficientFunds
	}
	return legacy.OrderValidation
}
