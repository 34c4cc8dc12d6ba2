// Package tracking serves a shipment's tracking events.
package tracking

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"

	"github.com/errcodes/errcodes/testdata/openapi/apierr"
)

// Event is one tracking event.
type Event struct {
	At       string `json:"at"`
	Status   string `json:"status"`
	Location string `json:"location"`
}

// Errors of Tracker.
var (
	ErrNotFound    = errors.New("shipment not found")
	ErrCarrierDown = errors.New("carrier tracking failed")
	ErrTimeout     = errors.New("carrier tracking timed out")
)

// Tracker asks the carrier where a shipment is.
type Tracker interface {
	Events(ctx context.Context, account, shipmentID string) ([]Event, error)
}

// Handler serves getTracking.
type Handler struct {
	Tracker Tracker
}

// Routes registers the endpoint.
func (h *Handler) Routes(mux *http.ServeMux) {
	mux.HandleFunc("GET /v3/shipments/{shipmentId}/tracking", h.Get)
}

// Get serves getTracking. The spec's 502 example has code "?": the docs
// team has not picked the code yet, so errcodes lists what Get returns.
//
//errcodes:endpoint "getTracking"
func (h *Handler) Get(w http.ResponseWriter, r *http.Request) {
	events, err := h.Tracker.Events(r.Context(), r.Header.Get("X-Account"), r.PathValue("shipmentId"))
	switch {
	case errors.Is(err, ErrNotFound):
		apierr.Write(w, http.StatusNotFound, "shipment_not_found", "No shipment has this id")
	case errors.Is(err, ErrCarrierDown):
		// Wrong: not in the spec, where the 502 entry is still "?".
		apierr.Write(w, http.StatusBadGateway, "carrier_unavailable", "The carrier did not answer; try again later")
	case errors.Is(err, ErrTimeout):
		// Wrong: a code nobody picked yet.
		apierr.Write(w, http.StatusGatewayTimeout, "?", "The carrier did not answer in time")
	case err != nil:
		apierr.Respond(w, err)
	default:
		w.Header().Set("Content-Type", "application/json")
		json.NewEncoder(w).Encode(events)
	}
}
