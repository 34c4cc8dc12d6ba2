// Package handlers serves an order API whose docs give a message, or a
// message template, for most codes.
package handlers

import (
	"errors"
	"fmt"
	"net/http"

	"example.com/messages/apierr"
)

// Store is what the handlers read.
type Store interface {
	Order(id string) (string, error)
	Variant(store, code string) bool
	Quota() int
}

// Handler serves the API.
type Handler struct {
	Store Store
}

const msgNotFound = "Order not found"

// GetOrder serves GET /orders/{id}.
func (h *Handler) GetOrder(w http.ResponseWriter, r *http.Request) { // want GetOrder:`returns\("order_not_found" \(404\)\)`
	id := r.PathValue("id")
	_, err := h.Store.Order(id)
	switch {
	case id == "":
		apierr.Write(w, http.StatusNotFound, "order_not_found", "Order not foud") // want `message "Order not foud" does not match the documented "Order not found"`
	case id == "0":
		// Case counts: the docs capitalise it.
		apierr.Write(w, http.StatusNotFound, "order_not_found", "order not found") // want `message "order not found" does not match the documented "Order not found"`
	case id == "-":
		// Silent: the documented text, through a named constant.
		apierr.Write(w, http.StatusNotFound, "order_not_found", msgNotFound)
	case id == "_":
		// Silent: a trailing period and surrounding space do not count.
		apierr.Write(w, http.StatusNotFound, "order_not_found", " Order not found. ")
	case err != nil:
		// Silent: the message is not a constant.
		apierr.Write(w, http.StatusNotFound, "order_not_found", err.Error())
	case len(id) > 64:
		// Silent: built at run time, not a constant either.
		apierr.Write(w, http.StatusNotFound, "order_not_found", "Order "+id+" not found")
	case id == "?":
		// Reported once, as a placeholder: not also as a wrong message.
		apierr.Write(w, http.StatusNotFound, "order_not_found", "?") // want `message "\?" is an unresolved placeholder`
	case id == "!":
		// Silent: no message at all is not a wrong one.
		apierr.Write(w, http.StatusNotFound, "order_not_found", "")
	}
}

// GetVariant serves GET /stores/{store}/variants/{code}.
func (h *Handler) GetVariant(w http.ResponseWriter, r *http.Request) { // want GetVariant:`returns\("variant_not_found" \(404\)\)`
	store, code := r.PathValue("store"), r.PathValue("code")
	if !h.Store.Variant(store, code) {
		// Silent: each verb stands where the docs have a placeholder.
		apierr.Write(w, http.StatusNotFound, "variant_not_found", fmt.Sprintf("Cannot find variant %q in store %s", code, store))
		return
	}
	if code == "" {
		// Silent: a constant instance of the template.
		apierr.Write(w, http.StatusNotFound, "variant_not_found", "Cannot find variant default in store main")
		return
	}
	if store == "" {
		apierr.Write(w, http.StatusNotFound, "variant_not_found", fmt.Sprintf("No variant %s in store %s", code, store)) // want `message "No variant %s in store %s" does not match the documented "Cannot find variant \{variant.code\} in store \{store.name\}"`
		return
	}
	// Silent: an emitter that formats its message, read as a format.
	apierr.Writef(w, http.StatusNotFound, "variant_not_found", "Cannot find variant %s in store %s", code, store)
	apierr.Writef(w, http.StatusNotFound, "variant_not_found", "Variant %s is unknown", code) // want `message "Variant %s is unknown" does not match the documented "Cannot find variant \{variant.code\} in store \{store.name\}"`
}

// CreateOrder serves POST /orders.
func (h *Handler) CreateOrder(w http.ResponseWriter, r *http.Request) { // want CreateOrder:`returns\("discount_too_high" \(400\), "internal_error" \(500\), "invalid_metadata" \(400\), "quota_exceded" \(429\), "quota_exceeded" \(429\), "required_field" \(400\)\)`
	if r.FormValue("sku") == "" {
		// Silent: the $field placeholder takes the field's name.
		apierr.Write(w, http.StatusBadRequest, "required_field", "A value is required for field sku.")
		return
	}
	if r.FormValue("qty") == "" {
		// Silent: %s and %w of fmt.Errorf match $field.
		apierr.Fail(w, http.StatusBadRequest, "required_field", fmt.Errorf("A value is required for field %s: %w", "qty", errors.ErrUnsupported))
		return
	}
	if r.FormValue("note") == "" {
		apierr.Fail(w, http.StatusBadRequest, "required_field", fmt.Errorf("field %s is required", "note")) // want `message "field %s is required" does not match the documented "A value is required for field \$field."`
		return
	}
	if r.FormValue("metadata") != "" {
		// Silent: an empty {} in the docs is text, and the text is right.
		apierr.Write(w, http.StatusBadRequest, "invalid_metadata", `"metadata" must be a JSON dictionary ({})`)
		apierr.Write(w, http.StatusBadRequest, "invalid_metadata", `"metadata" must be a JSON object`) // want `message "\\"metadata\\" must be a JSON object" does not match the documented "\\"metadata\\" must be a JSON dictionary \(\{\}\)"`
		return
	}
	if r.FormValue("discount") > "50" {
		// Silent: a plain string is no format, "% n" in it is no verb;
		// through Writef the format says %%.
		apierr.Write(w, http.StatusBadRequest, "discount_too_high", "Discounts over 50% need approval")
		apierr.Writef(w, http.StatusBadRequest, "discount_too_high", "Discounts over %d%% need approval", 50)
		return
	}
	switch q := h.Store.Quota(); {
	case q > 1000:
		// Silent: the second documented wording.
		apierr.Write(w, http.StatusTooManyRequests, "quota_exceeded", "The carrier allows 100 labels an hour; retry later.")
	case q > 100:
		apierr.Write(w, http.StatusTooManyRequests, "quota_exceeded", "Monthly quota reached") // want `message "Monthly quota reached" does not match any documented message \("Monthly order quota reached; upgrade your plan.", "The carrier allows \$limit labels an hour; retry later."\)`
	case q > 10:
		//errcodes:ignore v1 clients match on this wording until 2027
		apierr.Write(w, http.StatusTooManyRequests, "quota_exceeded", "Too many orders")
	case q > 1:
		// Silent: the docs give internal_error no message.
		apierr.Write(w, http.StatusInternalServerError, "internal_error", "Something broke")
	case q > 0:
		// Only the code is reported: an undocumented code has no messages.
		apierr.Write(w, http.StatusTooManyRequests, "quota_exceded", "Monthly quota reached") // want `code "quota_exceded" is not in the catalog; did you mean "quota_exceeded"\?`
	}
}

// Sprintf is not fmt.Sprintf: its format is not read.
func Sprintf(format string, args ...any) string { return format }

// Errors returns errors as values, through the emitter type.
func Errors(id string) []*apierr.Error { // want Errors:`returns\("order_not_found" \(404\), "variant_not_found" \(404\)\)`
	return []*apierr.Error{
		{Status: 404, Code: "order_not_found", Message: "Order not found"},                    // silent: the documented text
		{Status: 404, Code: "order_not_found", Message: "No such order"},                      // want `message "No such order" does not match the documented "Order not found"`
		{Status: 404, Code: "order_not_found", Message: Sprintf("Order %s gone", id)},         // silent: not fmt's Sprintf
		{Status: 404, Code: "order_not_found", Message: fmt.Sprintf(fmt.Sprint("%s"), id)},    // silent: the format is not a constant
		{Status: 404, Code: "variant_not_found", Message: fmt.Sprintf("%v", id)},              // silent: a verb alone matches any text
		{Status: 404, Code: "variant_not_found", Message: fmt.Sprintf("Cannot find variant")}, // want `message "Cannot find variant" does not match the documented "Cannot find variant \{variant.code\} in store \{store.name\}"`
	}
}
