// Package invoices serves the invoice endpoints of the billing API.
package invoices

import (
	"errors"
	"net/http"

	"github.com/errcodes/errcodes/testdata/billing/httperr"
)

// The codes of invoice errors.
const (
	CodeInvoiceNotFound = "invoice_not_found"
	CodeInvoiceVoided   = "invoice_voided"
	CodeInvoicePaid     = "invoice_already_paid"
)

// Invoice is a bill sent to a customer.
type Invoice struct {
	ID     string
	Status string // "open", "paid" or "void"
}

// Store loads invoices.
type Store interface {
	Get(id string) (*Invoice, error)
}

// ErrNotFound is returned by a Store for an unknown invoice.
var ErrNotFound = errors.New("invoice not found")

// Handler serves the invoice endpoints.
type Handler struct {
	Store Store
}

// Routes registers the invoice endpoints on mux.
func (h *Handler) Routes(mux *http.ServeMux) {
	mux.HandleFunc("GET /invoices/{id}", h.Get)
	mux.HandleFunc("POST /invoices/{id}/pay", h.Pay)
	mux.HandleFunc("POST /invoices/{id}/void", h.Void)
}

// Get returns an invoice.
func (h *Handler) Get(w http.ResponseWriter, r *http.Request) {
	inv, ok := h.load(w, r)
	if !ok {
		return
	}
	if inv.Status == "void" {
		// A voided invoice is gone for the customer.
		httperr.Write(w, http.StatusGone, CodeInvoiceVoided, "Invoice was voided")
		return
	}
	w.WriteHeader(http.StatusOK)
}

// Pay pays an open invoice.
func (h *Handler) Pay(w http.ResponseWriter, r *http.Request) {
	inv, ok := h.load(w, r)
	if !ok {
		return
	}
	code, msg := "", ""
	switch inv.Status {
	case "paid":
		code, msg = CodeInvoicePaid, "Invoice is already paid"
	case "void":
		code, msg = CodeInvoiceVoided, "Invoice was voided"
	}
	if code != "" {
		httperr.Conflict(w, code, msg)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

// Void voids an open invoice.
func (h *Handler) Void(w http.ResponseWriter, r *http.Request) {
	inv, ok := h.load(w, r)
	if !ok {
		return
	}
	if inv.Status == "paid" {
		httperr.Conflict(w, CodeInvoicePaid, "Invoice is already paid")
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

// load loads the invoice of the request's path, or writes the error.
func (h *Handler) load(w http.ResponseWriter, r *http.Request) (*Invoice, bool) {
	inv, err := h.Store.Get(r.PathValue("id"))
	switch {
	case errors.Is(err, ErrNotFound):
		httperr.NotFound(w, CodeInvoiceNotFound, "No such invoice")
		return nil, false
	case err != nil:
		httperr.Internal(w)
		return nil, false
	}
	return inv, true
}
