// Package entries serves the ledger's posting endpoints.
package entries

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"

	"github.com/errcodes/errcodes/testdata/ledger/apierr"
)

// Entry is one posting.
type Entry struct {
	Account  string `json:"account"`
	Amount   int64  `json:"amount"`
	Currency string `json:"currency"`
}

// Ledger errors.
var (
	ErrNoAccount   = errors.New("no such account")
	ErrFrozen      = errors.New("account frozen")
	ErrFunds       = errors.New("insufficient funds")
	ErrCurrency    = errors.New("currency mismatch")
	ErrReplayed    = errors.New("idempotency key replayed")
	ErrUnavailable = errors.New("ledger unavailable")
)

// Ledger posts entries.
type Ledger interface {
	Post(ctx context.Context, key string, e Entry) error
	PostBatch(ctx context.Context, key string, es []Entry) error
	Close(ctx context.Context, account string) error
}

// maxBatch is the most entries a batch may hold.
const maxBatch = 500

// Handler serves the posting endpoints.
type Handler struct {
	Ledger    Ledger
	Overdraft bool // the v1 behaviour, for old clients
}

// Post posts one entry.
func (h *Handler) Post(w http.ResponseWriter, r *http.Request) {
	var e Entry
	if err := json.NewDecoder(r.Body).Decode(&e); err != nil {
		http.Error(w, "bad body", http.StatusBadRequest)
		return
	}
	err := h.Ledger.Post(r.Context(), r.Header.Get("Idempotency-Key"), e)
	switch {
	case err == nil:
		w.WriteHeader(http.StatusCreated)
	case errors.Is(err, ErrNoAccount):
		apierr.Fail(w, http.StatusNotFound, "ACCOUNT_NOT_FOUND", "account not found")
	case errors.Is(err, ErrFrozen):
		apierr.Fail(w, http.StatusLocked, "ACCOUNT_FROZEN", "account is frozen")
	case errors.Is(err, ErrFunds) && h.Overdraft:
		// Wrong: LEGACY_OVERDRAFT is deprecated.
		apierr.Fail(w, http.StatusPaymentRequired, "LEGACY_OVERDRAFT", "overdraft not allowed")
	case errors.Is(err, ErrFunds):
		apierr.Fail(w, http.StatusPaymentRequired, "INSUFFICIENT_FUNDS", "insufficient funds")
	case errors.Is(err, ErrCurrency):
		// Wrong: CURRENCY_MISMATCH is documented with 422.
		apierr.Fail(w, http.StatusBadRequest, "CURRENCY_MISMATCH", "currency differs from the account's")
	case errors.Is(err, ErrReplayed):
		// Wrong: the catalog has not decided this code's status yet.
		apierr.Fail(w, http.StatusConflict, "IDEMPOTENCY_REPLAYED", "request was already processed")
	case errors.Is(err, ErrUnavailable):
		apierr.Fail(w, http.StatusServiceUnavailable, "LEDGER_UNAVAILABLE", "ledger is unavailable, retry later")
	default:
		http.Error(w, "internal error", http.StatusInternalServerError)
	}
}

// PostBatch posts entries together, all or none.
func (h *Handler) PostBatch(w http.ResponseWriter, r *http.Request) {
	var es []Entry
	if err := json.NewDecoder(r.Body).Decode(&es); err != nil {
		http.Error(w, "bad body", http.StatusBadRequest)
		return
	}
	if len(es) > maxBatch {
		// Right: BATCH_TOO_LARGE is an array-of-tables entry, with 413.
		apierr.Fail(w, http.StatusRequestEntityTooLarge, "BATCH_TOO_LARGE", "batch has too many entries")
		return
	}
	var sum int64
	for _, e := range es {
		sum += e.Amount
	}
	if sum != 0 {
		// Wrong: a typo of ENTRY_UNBALANCED.
		apierr.Fail(w, http.StatusUnprocessableEntity, "ENTRY_UNBALANCD", "debits and credits differ")
		return
	}
	if err := h.Ledger.PostBatch(r.Context(), r.Header.Get("Idempotency-Key"), es); errors.Is(err, ErrNoAccount) {
		// Wrong: ACCOUNT_NOT_FOUND is documented with 404.
		apierr.Fail(w, http.StatusGone, "ACCOUNT_NOT_FOUND", "account not found")
		return
	} else if err != nil {
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusCreated)
}
