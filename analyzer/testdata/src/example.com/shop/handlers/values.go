package handlers

import (
	"net/http"

	"example.com/shop/apierr"
)

// typedCode is a named string type for codes.
type typedCode string

const paidTyped typedCode = "already_paid"

// Numeric legacy codes, counted with iota.
const (
	legacyProductNotFound = 1003 + iota
	legacyProductGone
)

// Legacy serves the v1 API, whose codes are numbers.
func Legacy(w http.ResponseWriter, r *http.Request) *apierr.Error { // want Legacy:`returns\("1003" \(404\), "1004" \(410\)\)`
	if r.Method == http.MethodHead {
		return &apierr.Error{Code: "1003", Status: 404} // ok: numeric code written as a string
	}
	if r.Method == http.MethodDelete {
		return &apierr.Error{Code: "1004", Status: 410} // want `code "1004" is not in the catalog$`
	}
	return nil
}

// Typed returns codes through typed constants and conversions.
func Typed(r *http.Request) *apierr.Error { // want Typed:`returns\("already_paid" \(400\), "already_paid" \(402\)\)`
	if r.Method == http.MethodPost {
		return apierr.New(string(paidTyped), http.StatusPaymentRequired, "") // want `code "already_paid" is documented with status 409 Conflict \(errcodes.yaml:6\) but returned with 402 Payment Required`
	}
	// Generic emitter: the type argument is inferred from the typed constant.
	return apierr.Newf(paidTyped, 400, "order %s already paid", r.PathValue("id")) // want `code "already_paid" is documented with status 409 Conflict \(errcodes.yaml:6\) but returned with 400 Bad Request` `message "order %s already paid" does not match the documented "Order already paid"`
}

// Literals checks composite literals of the emitter type.
func Literals(id string) []apierr.Error { // want Literals:`returns\("already_paid" \(409\), "order_already_canceled" \(404\), "order_already_canceled" \(409\), "payment_failed" \(500\)\)`
	return []apierr.Error{
		{Code: "already_paid", Status: 409},      // ok
		{Status: 500, Code: "payment_failed"},    // want `code "payment_failed" is not in the catalog$`
		{Status: 409, Message: "no code at all"}, // ok: no code field
		{409, "order_already_canceled", "Order already canceled"},
		{404, "order_already_canceled", "Order already canceled"}, // want `code "order_already_canceled" is documented with status 409 Conflict \(docs/errors.yaml:10\) but returned with 404 Not Found`
	}
}

// Pointer returns a pointer literal.
func Pointer() error { // want Pointer:`returns\("not_documented" \(400\)\)`
	return &apierr.Error{Code: "not_documented", Status: 400} // want `code "not_documented" is not in the catalog$`
}

// Embedded embeds the writer, so Fail is promoted.
type Embedded struct {
	*apierr.Writer
	log []string
}

// Reject writes through the promoted method.
func (e *Embedded) Reject() { // want Reject:`returns\("already_paid" \(400\), "already_paid" \(409\), "already_shipped" \(409\)\)`
	e.Fail(http.StatusConflict, "already_paid", "Order already paid")   // ok
	e.Fail(http.StatusConflict, "already_shipped", "Order was shipped") // want `code "already_shipped" is not in the catalog$`
	(*apierr.Writer).Fail(e.Writer, 400, "already_paid", "")            // want `code "already_paid" is documented with status 409 Conflict \(errcodes.yaml:6\) but returned with 400 Bad Request`
}
