// Package variants serves products, their variants and variant groups.
package variants

import (
	"encoding/json"
	"net/http"
	"strings"

	"github.com/errcodes/errcodes/testdata/inventory/problem"
)

// A Product has one or more variants.
type Product struct {
	Code     string    `json:"code"`
	Variants []Variant `json:"variants"`
}

// A Variant is one sellable version of a product.
type Variant struct {
	Code      string         `json:"code"`
	ExtraData any            `json:"extra_data"`
	Dimension map[string]any `json:"dimension"`
}

// Store keeps products.
type Store interface {
	PutProduct(p Product) error
	PutVariant(group string, v Variant) error
}

// Handler serves /products and /variant-groups.
type Handler struct {
	Store Store
}

// Routes registers the product endpoints.
func (h *Handler) Routes(mux *http.ServeMux) {
	mux.HandleFunc("PUT /products/{code}", h.PutProduct)
	mux.HandleFunc("PUT /variant-groups/{group}/variants/{code}", h.PutVariant)
}

// PutProduct adds or updates a product and its variants. The docs have
// not documented this endpoint's errors yet ("? | ?"), and neither has
// this handler: errcodes says it returns no code it can resolve.
//
//errcodes:endpoint "Add / Update Product & Variant"
func (h *Handler) PutProduct(w http.ResponseWriter, r *http.Request) {
	var p Product
	if err := json.NewDecoder(r.Body).Decode(&p); err != nil {
		// Wrong: a placeholder code, waiting for the docs.
		problem.Write(w, http.StatusBadRequest, "?", "Invalid product")
		return
	}
	if err := h.Store.PutProduct(p); err != nil {
		problem.Respond(w, err)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

// PutVariant adds or updates a variant of a variant group.
//
//errcodes:endpoint "Add / Update Variant Group"
func (h *Handler) PutVariant(w http.ResponseWriter, r *http.Request) {
	v := Variant{Code: r.PathValue("code")}
	if err := json.NewDecoder(r.Body).Decode(&v); err != nil {
		problem.Respond(w, err)
		return
	}
	if _, ok := v.ExtraData.(map[string]any); v.ExtraData != nil && !ok {
		// Silent: right code, right status, for this endpoint.
		problem.Write(w, http.StatusBadRequest, "invalid_extra_data_format", `"extra data" must be a JSON dictionary ({})`)
		return
	}
	for key, val := range v.Dimension {
		if strings.TrimSpace(key) == "" {
			// Wrong: the docs give three messages for this code; which
			// one this is was left for later.
			problem.Write(w, http.StatusBadRequest, "invalid_dimension_format", "?")
			return
		}
		if _, ok := val.(float64); !ok {
			// Silent: "?" inside a longer message is not a placeholder.
			problem.Write(w, http.StatusBadRequest, "invalid_dimension_format", `"dimension.`+key+`" must be a float or integer (got a string?)`)
			return
		}
	}
	if err := h.Store.PutVariant(r.PathValue("group"), v); err != nil {
		problem.Respond(w, err)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}
