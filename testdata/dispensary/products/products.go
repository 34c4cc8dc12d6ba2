// Package products serves the menu and purchase-order endpoints.
package products

import (
	"encoding/json"
	"net/http"
	"strconv"
	"time"

	"github.com/errcodes/errcodes/testdata/dispensary/apierr"
)

// A PurchaseOrder is an order from a supplier.
type PurchaseOrder struct {
	ID                 int        `json:"id"`
	Status             string     `json:"status"` // open or closed
	PaymentStatus      string     `json:"paymentStatus"`
	PaymentTerms       string     `json:"paymentTerms"`
	PaymentTermsDueDay *time.Time `json:"paymentTermsDueDate"`
}

// Store is the menu's persistence.
type Store interface {
	Inventory(productID int) (units int, ok bool)
	OptionOf(optionID int) (productID int, ok bool)
	DeleteProduct(id int) error
	Category(name string) (products []int, ok bool)
	PurchaseOrder(id int) (PurchaseOrder, bool)
	LineReceived(poID, lineID int) bool
	SavePurchaseOrder(po PurchaseOrder) error
}

// Handler serves /products, /product-categories and /purchase-orders.
type Handler struct {
	Store Store
}

// Routes registers the endpoints.
func (h *Handler) Routes(mux *http.ServeMux) {
	mux.HandleFunc("DELETE /products/{id}", h.DeleteProduct)
	mux.HandleFunc("DELETE /products/{id}/options/{option}", h.DeleteOption)
	mux.HandleFunc("GET /product-categories/{name}/products", h.Category)
	mux.HandleFunc("PATCH /purchase-orders/{id}", h.UpdatePurchaseOrder)
	mux.HandleFunc("DELETE /purchase-orders/{id}/lines/{line}", h.DeleteLine)
}

// DeleteProduct deletes a product with no inventory left.
func (h *Handler) DeleteProduct(w http.ResponseWriter, r *http.Request) {
	id, err := strconv.Atoi(r.PathValue("id"))
	if err != nil {
		apierr.Write(w, http.StatusBadRequest, apierr.CodeInvalidParams, "id must be a number.", nil)
		return
	}
	if units, _ := h.Store.Inventory(id); units != 0 {
		// Must stay silent: errcodes.yaml gives NON_ZERO_INVENTORY no
		// status, so 409 is not compared with anything.
		apierr.Write(w, http.StatusConflict, "NON_ZERO_INVENTORY", "This operation may not be performed while a product has inventory.", nil)
		return
	}
	if err := h.Store.DeleteProduct(id); err != nil {
		apierr.WriteError(w, err)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

// DeleteOption deletes one option of a product.
func (h *Handler) DeleteOption(w http.ResponseWriter, r *http.Request) {
	id, _ := strconv.Atoi(r.PathValue("id"))
	option, _ := strconv.Atoi(r.PathValue("option"))
	if owner, ok := h.Store.OptionOf(option); !ok || owner != id {
		apierr.Write(w, http.StatusUnprocessableEntity, "INVALID_CHILD_RESOURCE", "That child resource does not belong to the specified parent.", nil)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

// Category lists the products of a primary category.
func (h *Handler) Category(w http.ResponseWriter, r *http.Request) {
	ids, ok := h.Store.Category(r.PathValue("name"))
	if !ok {
		err := &apierr.Error{
			Status:  http.StatusBadRequest,
			Code:    apierr.CodeCategoryAbsent,
			Message: "A primary category with that name was not found.",
		}
		apierr.WriteError(w, err)
		return
	}
	json.NewEncoder(w).Encode(ids)
}

// A patch is the body of PATCH /purchase-orders/{id}.
type patch struct {
	PaymentStatus       *string    `json:"paymentStatus"`
	PaymentTerms        *string    `json:"paymentTerms"`
	PaymentTermsDueDate *time.Time `json:"paymentTermsDueDate"`
}

// UpdatePurchaseOrder updates a purchase order's payment.
//
//errcodes:endpoint "Update Purchase Order"
func (h *Handler) UpdatePurchaseOrder(w http.ResponseWriter, r *http.Request) {
	id, _ := strconv.Atoi(r.PathValue("id"))
	po, ok := h.Store.PurchaseOrder(id)
	if !ok {
		apierr.Write(w, http.StatusNotFound, "PURCHASE_ORDER_NOT_FOUND", "No purchase order with that id.", nil) //errcodes:ignore
		return
	}
	var p patch
	if err := json.NewDecoder(r.Body).Decode(&p); err != nil {
		apierr.Write(w, http.StatusBadRequest, apierr.CodeInvalidParams, err.Error(), nil)
		return
	}
	if po.Status == "closed" && (p.PaymentTerms != nil || p.PaymentStatus == nil || *p.PaymentStatus != "paid") {
		// TODO: copy the wording from the docs.
		apierr.Write(w, http.StatusConflict, "PURCHASE_ORDER_CLOSED", "?", nil)
		return
	}
	if p.PaymentTerms != nil && *p.PaymentTerms == "Custom" && p.PaymentTermsDueDate == nil {
		apierr.WriteError(w, &apierr.Error{
			Status:  http.StatusBadRequest,
			Code:    apierr.CodeMissingParams,
			Message: "Purchase Orders with paymentTerms: Custom must have a paymentTermsDueDate",
			Meta:    apierr.Meta{"missing": []string{"paymentTermsDueDate"}, "paymentTerms": *p.PaymentTerms},
		})
		return
	}
	if p.PaymentStatus != nil {
		po.PaymentStatus = *p.PaymentStatus
	}
	if p.PaymentTerms != nil {
		po.PaymentTerms, po.PaymentTermsDueDay = *p.PaymentTerms, p.PaymentTermsDueDate
	}
	if err := h.Store.SavePurchaseOrder(po); err != nil {
		apierr.WriteError(w, err)
		return
	}
	json.NewEncoder(w).Encode(po)
}

// DeleteLine deletes a line item of a purchase order.
func (h *Handler) DeleteLine(w http.ResponseWriter, r *http.Request) {
	id, _ := strconv.Atoi(r.PathValue("id"))
	line, _ := strconv.Atoi(r.PathValue("line"))
	if h.Store.LineReceived(id, line) {
		// TODO: which code do received lines get? Ask the Meadow team.
		apierr.Write(w, http.StatusConflict, "?", "Purchase Order Line Items that already have receptions may not be edited.", nil)
		return
	}
	if code := r.URL.Query().Get("simulate"); code != "" {
		// Must stay silent: a code from the request is not a constant
		// (the staging storefront uses this to test its error screens).
		apierr.Write(w, http.StatusTeapot, apierr.Code(code), "Simulated error.", nil)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}
