// Package stripehook receives Stripe webhooks. Its errors are Stripe's
// retry protocol, not the API's: errcodes must not take its New for
// gqlerr.New.
package stripehook

import (
	"encoding/json"
	"net/http"

	"github.com/errcodes/errcodes/testdata/graphqlapi/gqlerr"
)

// Error is a webhook failure; Stripe retries on any non-2xx status.
type Error struct {
	Code    gqlerr.ErrorCode
	Message string
}

func (e *Error) Error() string { return e.Message }

// New returns a webhook failure.
func New(code gqlerr.ErrorCode, message string) *Error {
	return &Error{Code: code, Message: message}
}

// Handler serves POST /webhooks/stripe.
type Handler struct {
	Secret string
}

// Routes registers the webhook endpoint.
func (h *Handler) Routes(mux *http.ServeMux) {
	mux.HandleFunc("POST /webhooks/stripe", h.receive)
}

func (h *Handler) receive(w http.ResponseWriter, r *http.Request) {
	var event struct {
		Type string `json:"type"`
	}
	if err := json.NewDecoder(r.Body).Decode(&event); err != nil {
		// Silent: stripehook.New is not gqlerr.New, though 1124 is no
		// documented code.
		fail(w, New(gqlerr.PaymentDeclined, "bad payload"))
		return
	}
	if event.Type == "" {
		// Silent: this Error is not gqlerr.Error.
		fail(w, &Error{Code: 1124, Message: "event without a type"})
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

func fail(w http.ResponseWriter, e *Error) {
	w.WriteHeader(http.StatusBadRequest)
	json.NewEncoder(w).Encode(e)
}
