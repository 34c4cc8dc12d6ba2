// Package payments serves Payment Intents: the actions a client asks the
// connector to perform on a payment (capture, cancel, refund).
package payments

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"

	"github.com/errcodes/errcodes/testdata/checkout/apierror"
	"github.com/errcodes/errcodes/testdata/checkout/psp"
)

// A Payment is the connector's view of a payment.
type Payment struct {
	ID      string
	Version int
	PSPRef  string
	Cents   int64
}

// Store keeps payments.
type Store interface {
	Get(ctx context.Context, id string) (Payment, bool)
	Save(ctx context.Context, p Payment, expectedVersion int) (current int, err error)
}

// ErrVersion is returned by Save when the payment changed meanwhile.
var ErrVersion = errors.New("payment version conflict")

// An Action is one payment intent action.
type Action struct {
	Action string `json:"action"`
	Amount *struct {
		CentAmount   int64  `json:"centAmount"`
		CurrencyCode string `json:"currencyCode"`
	} `json:"amount,omitempty"`
}

type request struct {
	Version int      `json:"version"`
	Actions []Action `json:"actions"`
}

// Handler serves /{projectKey}/payment-intents.
type Handler struct {
	Store Store
	PSP   psp.Client
}

// Routes registers the payment intent endpoints.
func (h *Handler) Routes(mux *http.ServeMux) {
	mux.Handle("POST /{projectKey}/payment-intents/{paymentId}", apierror.RequireProject(http.HandlerFunc(h.Update)))
}

// Update applies one action to a payment.
//
//errcodes:endpoint "Payment Intents"
func (h *Handler) Update(w http.ResponseWriter, r *http.Request) {
	var req request
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
		// Silent: right code and status, with its required field.
		apierror.Write(w, http.StatusBadRequest, apierror.InvalidJsonInput, "Request body does not contain valid JSON.",
			apierror.Fields{"detailedErrorMessage": err.Error()})
		return
	}
	switch {
	case len(req.Actions) == 0:
		// Wrong: RequiredField must say which field is missing.
		apierror.Write(w, http.StatusBadRequest, apierror.RequiredField, "A value is required for field actions.", nil)
		return
	case len(req.Actions) > 1:
		// Silent: an API-specific code, documented for Payment Intents.
		apierror.Write(w, http.StatusBadRequest, "MultipleActionsNotAllowed", "Actions accepts only one action at time. Array size must be 1.", nil)
		return
	}
	id := r.PathValue("paymentId")
	p, ok := h.Store.Get(r.Context(), id)
	if !ok {
		// Silent: ResourceNotFound is returned by all APIs, so it is
		// documented for this endpoint too, and carries its fields.
		apierror.Write(w, http.StatusNotFound, apierror.ResourceNotFound, "The Resource with ID "+id+" was not found.",
			apierror.Fields{"resourceIdentifier": "id", "resourceId": id})
		return
	}
	if err := h.apply(r.Context(), &p, req.Actions[0]); err != nil {
		apierror.Respond(w, err)
		return
	}
	if current, err := h.Store.Save(r.Context(), p, req.Version); errors.Is(err, ErrVersion) {
		// Wrong: ConcurrentModification requires currentVersion too.
		apierror.Respond(w, &apierror.Error{
			Status:  http.StatusConflict,
			Code:    apierror.ConcurrentModification,
			Message: fmt.Sprintf("Object %s has a different version than expected. Expected: %d - Actual: %d.", id, req.Version, current),
			Extra:   apierror.Fields{"resourceId": id, "expectedVersion": req.Version},
		})
		return
	} else if err != nil {
		apierror.Respond(w, err)
		return
	}
	w.WriteHeader(http.StatusOK)
}

func (h *Handler) apply(ctx context.Context, p *Payment, a Action) error {
	switch a.Action {
	case "capturePayment":
		if a.Amount == nil {
			// Silent: right code, status and required field; this
			// function is not a handler, so no endpoint is checked.
			return &apierror.Error{Status: http.StatusBadRequest, Code: apierror.RequiredField,
				Message: "A value is required for field amount.", Extra: apierror.Fields{"field": "amount"}}
		}
		ref, err := h.PSP.Charge(ctx, p.ID, a.Amount.CentAmount, a.Amount.CurrencyCode)
		if err != nil {
			return err
		}
		p.PSPRef = ref
		return nil
	case "refundPayment":
		return h.PSP.Refund(ctx, p.PSPRef, p.Cents)
	}
	return &apierror.Error{Status: http.StatusBadRequest, Code: apierror.InvalidField,
		Message: "The value " + a.Action + " is not valid for field action.",
		Extra:   apierror.Fields{"field": "action", "invalidValue": a.Action, "allowedValues": []string{"capturePayment", "refundPayment"}}}
}

// Cancel cancels a payment at the provider.
//
//errcodes:endpoint "Payment Intents"
func (h *Handler) Cancel(w http.ResponseWriter, r *http.Request) {
	p, ok := h.Store.Get(r.Context(), r.PathValue("paymentId"))
	if !ok {
		w.WriteHeader(http.StatusNotFound)
		return
	}
	if err := h.PSP.Refund(r.Context(), p.PSPRef, p.Cents); errors.Is(err, psp.ErrUnreachable) {
		// Wrong: the docs list ConnectorFailed for Transactions only.
		apierror.Write(w, http.StatusBadGateway, "ConnectorFailed", "The connector could not be reached.", nil)
		return
	}
	w.WriteHeader(http.StatusOK)
}
