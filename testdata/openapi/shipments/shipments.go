// Package shipments serves the shipment endpoints of the Parcel API.
package shipments

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"

	"github.com/errcodes/errcodes/testdata/openapi/apierr"
	"github.com/errcodes/errcodes/testdata/openapi/legacy"
)

// Shipment is a shipment as the API shows it.
type Shipment struct {
	ID       string `json:"id"`
	Status   string `json:"status"` // draft, labelled, in_transit, delivered, cancelled
	LabelURL string `json:"label_url,omitempty"`
}

// NewShipment is the body of createShipment.
type NewShipment struct {
	From        *Address `json:"from"`
	To          *Address `json:"to"`
	WeightGrams int      `json:"weight_grams"`
}

// Address is a postal address.
type Address struct {
	Name       string `json:"name"`
	Line1      string `json:"line1"`
	PostalCode string `json:"postal_code"`
	Country    string `json:"country"`
}

// Store keeps shipments.
type Store interface {
	List(ctx context.Context, account, cursor, status string) ([]Shipment, string, error)
	Get(ctx context.Context, account, id string) (*Shipment, error)
	Create(ctx context.Context, account string, s NewShipment) (*Shipment, error)
	Cancel(ctx context.Context, account, id string) error
	Deliveries(ctx context.Context, account, id string) ([]json.RawMessage, error)
}

// Store errors.
var (
	ErrNotFound     = errors.New("shipment not found")
	ErrBadCursor    = errors.New("bad cursor")
	ErrQuota        = errors.New("monthly quota used up")
	ErrUnverifiable = errors.New("address cannot be verified")
	ErrRejected     = errors.New("carrier rejected the shipment")
)

// Carrier checks a shipment with the carrier before it is created.
type Carrier interface {
	Quote(ctx context.Context, s NewShipment) error
}

// maxWeight is the heaviest parcel the carriers take, in grams.
const maxWeight = 30_000

// Handler serves the shipment endpoints.
type Handler struct {
	Store   Store
	Carrier Carrier
}

// Routes registers the endpoints.
func (h *Handler) Routes(mux *http.ServeMux) {
	mux.HandleFunc("GET /v3/shipments", h.List)
	mux.HandleFunc("POST /v3/shipments", h.Create)
	mux.HandleFunc("GET /v3/shipments/{shipmentId}", h.Get)
	mux.HandleFunc("DELETE /v3/shipments/{shipmentId}", h.Cancel)
	mux.HandleFunc("GET /v3/shipments/{shipmentId}/events", h.Events)
	mux.HandleFunc("GET /v2/shipments/{shipmentId}", h.GetV2)
}

func account(r *http.Request) string { return r.Header.Get("X-Account") }

// List serves listShipments.
//
//errcodes:endpoint "listShipments"
func (h *Handler) List(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	switch q.Get("status") {
	case "", "draft", "labelled", "in_transit", "delivered", "cancelled":
	default:
		// Right: invalid_parameter is a 400 of listShipments.
		apierr.Write(w, http.StatusBadRequest, "invalid_parameter", "status is not a shipment status")
		return
	}
	page, next, err := h.Store.List(r.Context(), account(r), q.Get("cursor"), q.Get("status"))
	if errors.Is(err, ErrBadCursor) {
		apierr.Write(w, http.StatusBadRequest, "invalid_cursor", "cursor is not a cursor this API gave")
		return
	} else if err != nil {
		apierr.Respond(w, err)
		return
	}
	writeJSON(w, http.StatusOK, map[string]any{"shipments": page, "next_cursor": next})
}

// Create serves createShipment.
//
//errcodes:endpoint "createShipment"
func (h *Handler) Create(w http.ResponseWriter, r *http.Request) {
	var in NewShipment
	if err := json.NewDecoder(r.Body).Decode(&in); err != nil {
		apierr.Write(w, http.StatusBadRequest, "invalid_parameter", "The body is not a shipment")
		return
	}
	if in.From == nil || in.To == nil {
		apierr.Write(w, http.StatusBadRequest, "missing_parameter", "from and to are required")
		return
	}
	if in.WeightGrams > maxWeight {
		apierr.Write(w, http.StatusUnprocessableEntity, "parcel_too_heavy", "Parcels over 30 kg need a freight service")
		return
	}
	if err := h.Carrier.Quote(r.Context(), in); errors.Is(err, ErrUnverifiable) {
		// Wrong: a typo of address_unverifiable.
		apierr.Write(w, http.StatusUnprocessableEntity, "adress_unverifiable", "The carrier cannot verify the address")
		return
	} else if errors.Is(err, ErrRejected) {
		// Wrong: createShipment documents carrier_rejected with 422.
		apierr.Write(w, http.StatusBadRequest, "carrier_rejected", "The carrier refused the shipment")
		return
	}
	s, err := h.Store.Create(r.Context(), account(r), in)
	if errors.Is(err, ErrQuota) {
		// Wrong: createShipment documents quota_exceeded with 403; 429 is
		// createLabel's status for it.
		apierr.Write(w, http.StatusTooManyRequests, "quota_exceeded", "Monthly shipment quota reached")
		return
	} else if err != nil {
		apierr.Respond(w, err)
		return
	}
	writeJSON(w, http.StatusCreated, s)
}

// Get serves getShipment.
//
//errcodes:endpoint "getShipment"
func (h *Handler) Get(w http.ResponseWriter, r *http.Request) {
	s, err := h.Store.Get(r.Context(), account(r), r.PathValue("shipmentId"))
	if errors.Is(err, ErrNotFound) {
		apierr.Write(w, http.StatusNotFound, "shipment_not_found", "No shipment has this id")
		return
	} else if err != nil {
		apierr.Respond(w, err)
		return
	}
	if s.Status == "cancelled" {
		// Wrong: shipment_not_found goes with 404 everywhere, 410 nowhere.
		apierr.Write(w, http.StatusGone, "shipment_not_found", "The shipment was cancelled")
		return
	}
	writeJSON(w, http.StatusOK, s)
}

// Cancel serves cancelShipment.
//
//errcodes:endpoint "cancelShipment"
func (h *Handler) Cancel(w http.ResponseWriter, r *http.Request) {
	s, err := h.Store.Get(r.Context(), account(r), r.PathValue("shipmentId"))
	if err != nil {
		notFound(w, err)
		return
	}
	switch s.Status {
	case "cancelled":
		apierr.Respond(w, &apierr.Error{Status: http.StatusConflict, Code: "shipment_already_cancelled", Message: "?"})
		return
	case "in_transit":
		apierr.Respond(w, &apierr.Error{Status: http.StatusConflict, Code: "shipment_in_transit",
			Message: "The carrier has collected the parcel"})
		return
	case "delivered":
		// Wrong: label_already_purchased is documented for createLabel only.
		apierr.Write(w, http.StatusConflict, "label_already_purchased", "The label was used")
		return
	}
	if err := h.Store.Cancel(r.Context(), account(r), s.ID); err != nil {
		apierr.Respond(w, err)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

// Events serves GET /shipments/{shipmentId}/events, which has no
// operationId: the spec's endpoint name is its method and path.
//
//errcodes:endpoint "GET /shipments/{shipmentId}/events"
func (h *Handler) Events(w http.ResponseWriter, r *http.Request) {
	events, err := h.Store.Deliveries(r.Context(), account(r), r.PathValue("shipmentId"))
	if errors.Is(err, ErrNotFound) {
		apierr.Write(w, http.StatusNotFound, "shipment_not_found", "No shipment has this id")
		return
	} else if err != nil {
		// Silent: internal_error is documented under default, with no
		// particular status.
		apierr.Write(w, http.StatusServiceUnavailable, "internal_error", "Webhook deliveries are unavailable")
		return
	}
	writeJSON(w, http.StatusOK, events)
}

// GetV2 serves the v2 endpoint for the clients that still call it.
func (h *Handler) GetV2(w http.ResponseWriter, r *http.Request) {
	s, err := h.Store.Get(r.Context(), account(r), r.PathValue("shipmentId"))
	if err != nil {
		// Silent: legacy.Write is another package's Write, with v2 codes.
		legacy.Write(w, http.StatusNotFound, "SHIPMENT_NOT_FOUND", "not found")
		return
	}
	writeJSON(w, http.StatusOK, s)
}

// notFound answers a failed lookup. It serves several operations, so it
// is checked against every status the spec gives a code.
func notFound(w http.ResponseWriter, err error) {
	if errors.Is(err, ErrNotFound) {
		apierr.Write(w, http.StatusNotFound, "shipment_not_found", "No shipment has this id")
		return
	}
	if errors.Is(err, ErrQuota) {
		// No status finding: no endpoint is marked here, and 403 is one of
		// the statuses the spec gives quota_exceeded (createShipment's).
		apierr.Write(w, http.StatusForbidden, "quota_exceeded", "Monthly shipment quota reached")
		return
	}
	apierr.Respond(w, err)
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(v)
}
