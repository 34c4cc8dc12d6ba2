// Package payments serves the payment endpoints of the billing API. It
// predates package httperr and writes some of its errors by hand.
package payments

import (
	"encoding/json"
	"net/http"

	"github.com/errcodes/errcodes/testdata/billing/httperr"
)

// Gateway charges cards.
type Gateway interface {
	Charge(token string, cents int) (declined bool, err error)
}

// Handler serves the payment endpoints.
type Handler struct {
	Gateway Gateway
}

// Routes registers the payment endpoints on mux.
func (h *Handler) Routes(mux *http.ServeMux) {
	mux.HandleFunc("POST /payments", h.Create)
}

// Create charges a card.
func (h *Handler) Create(w http.ResponseWriter, r *http.Request) {
	var req struct {
		Token string `json:"token"`
		Cents int    `json:"cents"`
	}
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
		httperr.Write(w, http.StatusBadRequest, "invalid_request", "Body is not valid JSON")
		return
	}
	declined, err := h.Gateway.Charge(req.Token, req.Cents)
	if err != nil {
		httperr.Internal(w)
		return
	}
	if declined {
		// Written by hand, the way the first endpoints were.
		w.WriteHeader(http.StatusPaymentRequired)
		json.NewEncoder(w).Encode(map[string]string{"code": "card_declined", "message": "The card was declined"})
		return
	}
	w.WriteHeader(http.StatusCreated)
}

// Refund refunds a charge. It predates Handler: cmd/billing registers it
// by itself.
func Refund(w http.ResponseWriter, r *http.Request) {
	if r.FormValue("charge") == "" {
		httperr.Write(w, http.StatusBadRequest, "invalid_request", "charge is required")
		return
	}
	// The code comes from the client: no constant, so errcodes says
	// nothing of it.
	httperr.Write(w, http.StatusUnprocessableEntity, r.FormValue("reason"), "Refund refused")
}
