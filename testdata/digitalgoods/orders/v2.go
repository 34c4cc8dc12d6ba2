// Package orders serves the reseller order API, /api/v2, in the
// problem-details format.
package orders

import (
	"encoding/json"
	"errors"
	"fmt"
	"net/http"

	"github.com/errcodes/errcodes/testdata/digitalgoods/problem"
	"github.com/errcodes/errcodes/testdata/digitalgoods/upstream"
)

// Accounts holds the resellers' prepaid balances, in cents.
type Accounts interface {
	Reseller(token string) (id string, ok bool)
	Balance(reseller string) int64
	MinimumBalance() int64
	Charge(reseller string, cents int64) error
}

// ErrInsufficient is returned by Accounts.Charge.
var ErrInsufficient = errors.New("orders: insufficient balance")

// Handler serves the order endpoints.
type Handler struct {
	Accounts Accounts
	Supplier upstream.Client
	Resp     *problem.Responder
}

// Routes registers the endpoints.
func (h *Handler) Routes(mux *http.ServeMux) {
	mux.HandleFunc("POST /api/v2/order", h.Create)
	mux.HandleFunc("GET /api/v2/order/{orderId}", h.Get)
	mux.HandleFunc("GET /api/v2/order/{orderId}/dispatch", h.Dispatch)
	mux.HandleFunc("POST /api/v2/order/{orderId}/refund", h.Refund)
}

// maxQty is the most keys one order can buy.
const maxQty = 100

// Create places an order: POST /api/v2/order.
func (h *Handler) Create(w http.ResponseWriter, r *http.Request) {
	reseller, ok := h.Accounts.Reseller(r.Header.Get("Authorization"))
	if !ok {
		problem.Send(w, r, http.StatusUnauthorized, problem.KindAuthorization, "Bad authorization credentials.", false)
		return
	}
	var body struct {
		Products []upstream.Line `json:"products"`
	}
	if err := json.NewDecoder(r.Body).Decode(&body); err != nil {
		problem.Send(w, r, http.StatusBadRequest, problem.KindConstraintViolation, err.Error(), false)
		return
	}
	qty, total := 0, int64(0)
	for _, l := range body.Products {
		qty += l.Qty
		total += int64(l.Qty) * l.Price
	}
	if qty > maxQty {
		problem.Write(w, r, &problem.Problem{
			Kind:         problem.KindConstraintViolation,
			Status:       http.StatusBadRequest,
			Detail:       fmt.Sprintf(`Invalid "products" property. Sum of total values of "qty" must be lower than or equal %d.`, maxQty),
			PropertyPath: "products",
			InvalidValue: qty,
		})
		return
	}
	if h.Accounts.Balance(reseller) < h.Accounts.MinimumBalance() {
		problem.Send(w, r, http.StatusBadRequest, "BalanceRequired", "The balance value is lower than minimum balance required to place order.", false)
		return
	}
	if err := h.Accounts.Charge(reseller, total); errors.Is(err, ErrInsufficient) {
		problem.Send(w, r, http.StatusPaymentRequired, "InsufficentBalance", "There are not enough funds to place order.", false)
		return
	}
	order, err := h.Supplier.PlaceOrder(r.Context(), body.Products)
	if err != nil {
		h.supplierFailed(w, r, err)
		return
	}
	if order.Status == "preorder" {
		problem.Send(w, r, http.StatusAccepted, problem.KindProcessingPreorder, "Order will be dispatched after product release date.", true)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(http.StatusCreated)
	json.NewEncoder(w).Encode(order)
}

// supplierFailed passes a supplier's problem on.
func (h *Handler) supplierFailed(w http.ResponseWriter, r *http.Request, err error) {
	var up *upstream.Problem
	if !errors.As(err, &up) {
		// Must stay silent: OrderFailed has no documented status, so 502
		// is not compared.
		problem.Send(w, r, http.StatusBadGateway, problem.KindOrderFailed, "Order has not been created.", false)
		return
	}
	// Must stay silent: kind, status and retryable come from the
	// supplier's answer, not from constants.
	problem.Write(w, r, &problem.Problem{
		Kind:      problem.Kind(up.Kind),
		Status:    up.Status,
		Detail:    up.Detail,
		Retryable: up.Retryable,
	})
}

// Get returns an order: GET /api/v2/order/{orderId}.
func (h *Handler) Get(w http.ResponseWriter, r *http.Request) {
	order, err := h.Supplier.Order(r.Context(), r.PathValue("orderId"))
	if err != nil {
		problem.Send(w, r, http.StatusBadRequest, problem.KindOrderNotFound, "Order not found - invalid orderId value", false)
		return
	}
	if order.Status == "hold" {
		problem.Write(w, r, &problem.Problem{
			Kind:   problem.KindOrderHold,
			Status: http.StatusConflict,
			Detail: "Order has been hold. Dispatch has been blocked.",
		})
		return
	}
	json.NewEncoder(w).Encode(order)
}

// Dispatch returns an order's keys: GET /api/v2/order/{orderId}/dispatch.
func (h *Handler) Dispatch(w http.ResponseWriter, r *http.Request) {
	order, err := h.Supplier.Order(r.Context(), r.PathValue("orderId"))
	switch {
	case err != nil:
		problem.Send(w, r, http.StatusNotFound, problem.KindOrderNotFound, "Order not found - invalid orderId value", false)
	case order.Status == "processing":
		problem.Send(w, r, http.StatusAccepted, problem.KindOrderNotDispatchedYet, "Order has not been dispatched yet. Please try send request again.", false)
	case order.Status == "partial":
		// Must stay silent: Retry sets retryable itself, and its emitter
		// maps no retryable flag.
		h.Resp.Retry(w, r, problem.KindOrderPartiallyDispatched, "Not of all products has been dispatched yet. Please try send request again.")
	case order.Status == "preorder":
		// Must stay silent: the flag is a variable (a stuck order is not
		// worth retrying; clients should contact support).
		retry := !order.Stuck
		problem.Send(w, r, http.StatusAccepted, problem.KindProcessingPreorder, "Order will be dispatched after product release date.", retry)
	case order.DispatchID == "":
		problem.Send(w, r, http.StatusNotFound, problem.KindDispatchNotFound, "?", false)
	default:
		json.NewEncoder(w).Encode(order.Keys)
	}
}

// Refund refunds an undispatched order: POST /api/v2/order/{orderId}/refund.
func (h *Handler) Refund(w http.ResponseWriter, r *http.Request) {
	order, err := h.Supplier.Order(r.Context(), r.PathValue("orderId"))
	if err != nil {
		// Must stay silent: the right kind with the right status.
		problem.Send(w, r, http.StatusNotFound, problem.KindOrderNotFound, "Order not found - invalid orderId value", false)
		return
	}
	if order.Status == "dispatched" {
		// TODO: the docs have no kind for this yet.
		problem.Send(w, r, http.StatusConflict, "?", "Dispatched orders cannot be refunded.", false)
		return
	}
	if order.Status == "hold" {
		// The retryable flag is set; the detail stops short of the docs'.
		problem.Write(w, r, &problem.Problem{Kind: problem.KindOrderHold, Status: http.StatusAccepted, Detail: "Order has been hold.", Retryable: true})
		return
	}
	w.WriteHeader(http.StatusAccepted)
}
