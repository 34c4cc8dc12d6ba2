// Package transactions serves Transactions: charges and refunds the
// connector records against a payment.
package transactions

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"slices"
	"strconv"

	"github.com/errcodes/errcodes/testdata/checkout/apierror"
	"github.com/errcodes/errcodes/testdata/checkout/psp"
)

// maxPerPayment is how many transactions one payment may have.
const maxPerPayment = 50

// currencies the provider accepts.
var currencies = []string{"EUR", "USD", "GBP"}

// errTimeout is what the provider answers when it gives up. Silent: a
// psp.Error is not an apierror.Error, so its code is none of ours.
var errTimeout = &psp.Error{Status: http.StatusGatewayTimeout, Code: "timeout", Message: "provider timed out"}

// A Transaction is one charge or refund.
type Transaction struct {
	ID        string `json:"id"`
	PaymentID string `json:"paymentId"`
	Type      string `json:"type"`
	Amount    struct {
		CentAmount   int64  `json:"centAmount"`
		CurrencyCode string `json:"currencyCode"`
	} `json:"amount"`
	State  string `json:"state"`
	PSPRef string `json:"pspRef,omitempty"`
}

// Store keeps transactions.
type Store interface {
	Get(ctx context.Context, id string) (Transaction, bool)
	PaymentExists(ctx context.Context, paymentID string) bool
	Count(ctx context.Context, paymentID string) int
	Add(ctx context.Context, t Transaction) error
	ReadOnly() bool
}

// Handler serves /{projectKey}/transactions.
type Handler struct {
	Store Store
	PSP   psp.Client
}

// Routes registers the transaction endpoints.
func (h *Handler) Routes(mux *http.ServeMux) {
	mux.Handle("POST /{projectKey}/transactions", apierror.RequireProject(http.HandlerFunc(h.Create)))
	mux.Handle("GET /{projectKey}/transactions/{id}", apierror.RequireProject(http.HandlerFunc(h.Get)))
	mux.Handle("POST /{projectKey}/transactions/{id}/refunds", apierror.RequireProject(http.HandlerFunc(h.Refund)))
}

// Create validates a transaction and charges it at the provider.
//
//errcodes:endpoint "Transactions"
func (h *Handler) Create(w http.ResponseWriter, r *http.Request) {
	if h.Store.ReadOnly() {
		// Wrong: the docs answer General with 500 (the request may still
		// complete), not 503.
		apierror.Write(w, http.StatusServiceUnavailable, apierror.General, "Write operations are temporarily unavailable", nil)
		return
	}
	var t Transaction
	if err := json.NewDecoder(r.Body).Decode(&t); err != nil {
		apierror.Write(w, http.StatusBadRequest, apierror.InvalidJsonInput, "Request body does not contain valid JSON.",
			apierror.Fields{"detailedErrorMessage": err.Error()})
		return
	}
	var errs apierror.Collector
	if t.Type == "" {
		// Silent: right code, status and required field.
		errs.Add(http.StatusBadRequest, "RequiredField", "A value is required for field type.", apierror.Fields{"field": "type"})
	} else if t.Type != "Charge" {
		// Wrong: InvalidField requires invalidValue (the struct's JSON
		// names are what errcodes compares).
		errs.Add(http.StatusBadRequest, apierror.InvalidField, "The value "+t.Type+" is not valid for field type.",
			apierror.InvalidValue{Field: "type"})
	}
	if !slices.Contains(currencies, t.Amount.CurrencyCode) {
		// Silent: field and invalidValue given by their JSON names;
		// allowedValues is documented as "if any", so optional.
		errs.Add(http.StatusBadRequest, apierror.InvalidField, "The value "+t.Amount.CurrencyCode+" is not valid for field amount.currencyCode.",
			apierror.InvalidValue{Field: "amount.currencyCode", InvalidValue: t.Amount.CurrencyCode, AllowedValues: currencies})
	}
	if !h.Store.PaymentExists(r.Context(), t.PaymentID) {
		// Wrong: a typo of ReferencedResourceNotFound.
		errs.Add(http.StatusBadRequest, "ReferenceResourceNotFound", "The referenced object of type payment "+t.PaymentID+" was not found.",
			apierror.Fields{"typeId": "payment", "id": t.PaymentID})
	} else if h.Store.Count(r.Context(), t.PaymentID) >= maxPerPayment {
		// Wrong: MaxResourceLimitExceeded requires resourceTypeId.
		errs.Add(http.StatusBadRequest, "MaxResourceLimitExceeded", "You have exceeded the limit of 50 resources of type transaction.",
			apierror.Fields{"limit": maxPerPayment})
	}
	if errs.Len() > 0 {
		errs.Write(w)
		return
	}
	ref, err := h.PSP.Charge(r.Context(), t.PaymentID, t.Amount.CentAmount, t.Amount.CurrencyCode)
	var pe *psp.Error
	switch {
	case errors.Is(err, psp.ErrUnreachable):
		// Silent: API-specific to Transactions, with its status.
		apierror.Write(w, http.StatusBadGateway, "ConnectorFailed", "The connector could not be reached.", nil)
		return
	case errors.As(err, &pe) && pe.Code == "insufficient_funds":
		// Wrong: the docs have no code for a decline; PaymentFailure is
		// the documented one.
		apierror.Write(w, http.StatusBadGateway, "PaymentDeclined", "Payment was declined by the provider.", nil)
		return
	case errors.As(err, &pe) && pe.Code == "card_declined":
		// Wrong: PaymentFailure is documented with 502, not 402.
		apierror.Write(w, http.StatusPaymentRequired, "PaymentFailure", "Payment could not be completed successfully.", nil)
		return
	case errors.As(err, &pe) && pe == errTimeout:
		// Silent: the status is the provider's, not a constant.
		apierror.Write(w, pe.Status, "PaymentFailure", "Payment could not be completed successfully.", nil)
		return
	case err != nil:
		apierror.Respond(w, err)
		return
	}
	t.PSPRef, t.State = ref, "Success"
	if err := h.Store.Add(r.Context(), t); err != nil {
		apierror.Respond(w, err)
		return
	}
	w.WriteHeader(http.StatusCreated)
	json.NewEncoder(w).Encode(t)
}

// Get returns one transaction.
//
//errcodes:endpoint "Transactions"
func (h *Handler) Get(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	t, ok := h.Store.Get(r.Context(), id)
	if !ok {
		// Wrong: resourceType is not one of ResourceNotFound's fields.
		apierror.Write(w, http.StatusNotFound, apierror.ResourceNotFound, "The Resource with ID "+id+" was not found.",
			apierror.Fields{"resourceIdentifier": "id", "resourceId": id, "resourceType": "transaction"})
		return
	}
	json.NewEncoder(w).Encode(t)
}

// Refund refunds part of a charged transaction.
//
//errcodes:endpoint "Transactions"
func (h *Handler) Refund(w http.ResponseWriter, r *http.Request) {
	t, ok := h.Store.Get(r.Context(), r.PathValue("id"))
	if !ok {
		w.WriteHeader(http.StatusNotFound)
		return
	}
	if t.State != "Success" {
		// Wrong: InvalidOperation is documented with 400, not 409.
		apierror.Write(w, http.StatusConflict, apierror.InvalidOperation, "Only successful charges can be refunded.", nil)
		return
	}
	raw := r.URL.Query().Get("centAmount")
	if raw == "" {
		// Silent: the fields are built before the call, not a literal
		// errcodes can read in full.
		extra := apierror.Fields{}
		extra["field"] = "centAmount"
		apierror.Write(w, http.StatusBadRequest, apierror.RequiredField, "A value is required for field centAmount.", extra)
		return
	}
	cents, err := strconv.ParseInt(raw, 10, 64)
	if err != nil {
		// Silent: right code and status; InvalidInput documents no extra
		// fields, so passing none is right.
		apierror.Write(w, http.StatusBadRequest, apierror.InvalidInput, "centAmount must be an integer.", nil)
		return
	}
	if cents > t.Amount.CentAmount {
		// Wrong: the message was left for the docs team.
		apierror.Write(w, http.StatusBadRequest, apierror.InvalidOperation, "?", nil)
		return
	}
	if err := h.PSP.Refund(r.Context(), t.PSPRef, cents); err != nil {
		apierror.Respond(w, err)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}
