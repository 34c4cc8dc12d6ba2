// Package inventory serves stock levels per store and variant.
package inventory

import (
	"encoding/json"
	"errors"
	"fmt"
	"net/http"

	"github.com/errcodes/errcodes/testdata/inventory/legacy"
	"github.com/errcodes/errcodes/testdata/inventory/problem"
)

// Documented codes, as constants: errcodes resolves them through the type
// checker like literals.
const (
	codeStoreNotFound      = "store_not_found"
	codeInvalidInventories = "invalid_inventories"
)

// A Store holds stores, variants and their stock.
type Store interface {
	StoreActive(store string) (active, ok bool)
	HasVariant(store, variant string) bool
	SetQuantity(store, variant string, qty int) error
	SetOutOfStock(store, variant string) error
	SaveSettings(store, variant string, s Settings) error
}

// An Item is one stock level in an Add / Update Inventory request.
type Item struct {
	VariantCode string `json:"variant_code"`
	Quantity    int    `json:"quantity"`
}

// Settings are a variant's inventory settings in one store.
type Settings struct {
	Aggregators []Aggregator `json:"aggregator_setting"`
}

// An Aggregator adds up stock of a group of stores.
type Aggregator struct {
	Type  int    `json:"type"`
	Group string `json:"group"`
}

// Handler serves /stores/{store}/inventories.
type Handler struct {
	Store Store
}

// Routes registers the inventory endpoints.
func (h *Handler) Routes(mux *http.ServeMux) {
	mux.HandleFunc("POST /stores/{store}/inventories", h.Upsert)
	mux.HandleFunc("POST /stores/{store}/inventories/{variant}/out-of-stock", h.OutOfStock)
	mux.HandleFunc("PUT /stores/{store}/inventories/{variant}/settings", h.UpdateSettings)
	mux.HandleFunc("POST /v1/stock", h.legacyStock)
}

// Upsert sets the stock of several variants in a store.
//
//errcodes:endpoint "Add / Update Inventory"
func (h *Handler) Upsert(w http.ResponseWriter, r *http.Request) {
	store := r.PathValue("store")
	if _, ok := h.Store.StoreActive(store); !ok {
		// Wrong: the service answers store_not_found with 404 everywhere else.
		problem.Write(w, http.StatusBadRequest, codeStoreNotFound, "Store not found")
		return
	}
	var items []Item
	if err := json.NewDecoder(r.Body).Decode(&items); err != nil || len(items) == 0 {
		// Wrong message: the docs say "There is no inventories to be updated".
		problem.Write(w, http.StatusBadRequest, codeInvalidInventories, "No inventories to update")
		return
	}
	for _, it := range items {
		if !h.Store.HasVariant(store, it.VariantCode) {
			// Wrong: a typo of variant_not_found.
			problem.Write(w, http.StatusNotFound, "variant_not_fond", "Cannot find variant with code "+it.VariantCode)
			return
		}
		if err := h.Store.SetQuantity(store, it.VariantCode, it.Quantity); err != nil {
			problem.Respond(w, err)
			return
		}
	}
	w.WriteHeader(http.StatusNoContent)
}

// OutOfStock marks a variant out of stock in a store.
//
//errcodes:endpoint "Update Out of Stock Inventory"
func (h *Handler) OutOfStock(w http.ResponseWriter, r *http.Request) {
	store, variant := r.PathValue("store"), r.PathValue("variant")
	active, ok := h.Store.StoreActive(store)
	if !ok {
		// Wrong: the docs list store_not_found for Add / Update Inventory
		// only; this endpoint documents no code for an unknown store.
		problem.Write(w, http.StatusNotFound, "store_not_found", "Store not found")
		return
	}
	if !active {
		// Wrong: the docs give "Store is inactive" with no error_code, and
		// the code the team made up for it is not documented.
		problem.Write(w, http.StatusConflict, "store_inactive", "Store is inactive")
		return
	}
	if !h.Store.HasVariant(store, variant) {
		// Silent: a documented code and status; each verb of the message
		// stands where the docs' template has a {placeholder}.
		problem.Write(w, http.StatusBadRequest, "invalid_code", fmt.Sprintf("%s is not a valid variant in store %s", variant, store))
		return
	}
	if err := h.Store.SetOutOfStock(store, variant); err != nil {
		problem.Respond(w, err)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

// UpdateSettings replaces a variant's inventory settings.
//
//errcodes:endpoint "Add / Update Inventory Settings"
func (h *Handler) UpdateSettings(w http.ResponseWriter, r *http.Request) {
	store, variant := r.PathValue("store"), r.PathValue("variant")
	var s Settings
	if err := json.NewDecoder(r.Body).Decode(&s); err != nil {
		// Silent: the status is not a constant (it depends on the error),
		// so it is not compared; the code is documented here.
		problem.Write(w, decodeStatus(err), "invalid_aggregator_settings", "Field 'aggregator_setting' is not a valid JSON array")
		return
	}
	seen := make(map[Aggregator]bool)
	for _, a := range s.Aggregators {
		if seen[a] {
			// Silent: the docs list duplicate_aggregator_setting for this
			// endpoint under the Group section, not under Inventory; the
			// endpoint is the same, so it is documented here.
			problem.Write(w, http.StatusBadRequest, "duplicate_aggregator_setting",
				fmt.Sprintf("Duplicate aggregator settings: settings for group %s already exists in this request", a.Group))
			return
		}
		seen[a] = true
	}
	if !h.Store.HasVariant(store, variant) {
		// Silent: right code, right status.
		problem.Write(w, http.StatusNotFound, "inventory_not_found", "Can't find variant "+variant+" in store "+store)
		return
	}
	if err := h.Store.SaveSettings(store, variant, s); err != nil {
		problem.Respond(w, err)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

// decodeStatus tells a body too large from a malformed one.
func decodeStatus(err error) int {
	var tooLarge *http.MaxBytesError
	if errors.As(err, &tooLarge) {
		return http.StatusRequestEntityTooLarge
	}
	return http.StatusBadRequest
}

// legacyStock serves the v1 stock endpoint for old clients.
func (h *Handler) legacyStock(w http.ResponseWriter, r *http.Request) {
	// Silent: legacy.Write is not problem.Write, whatever its name; v1
	// codes are not in this API's docs.
	legacy.Write(w, http.StatusGone, "E_V1_REMOVED", "use /stores/{store}/inventories")
}
