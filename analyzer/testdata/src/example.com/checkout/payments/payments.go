// Package payments serves the checkout's payment endpoints.
package payments

import (
	"net/http"

	"example.com/checkout/apierr"
)

// Order error codes, numbered as the docs number them.
const (
	orderError      = 1001
	productNotFound = 1003
)

// CreateIntent serves POST /payment-intents.
//
//errcodes:endpoint "Payment Intents"
func CreateIntent(w http.ResponseWriter, r *http.Request) { // want CreateIntent:`returns\("InvalidValue" \(400\), "PaymentFailure" \(502\), "RequiredField" \(400\), "TransactionNotFound" \(502\)\)`
	amount := r.FormValue("amount")
	if amount == "" {
		apierr.Fail(w, 400, "RequiredField", map[string]any{"field": "amount"}) // ok: the required field is there
		return
	}
	if r.FormValue("currency") == "" {
		apierr.Fail(w, 400, "RequiredField", nil) // want `code "RequiredField" is returned without its required field "field" \(errcodes.yaml:3\)`
		return
	}
	if amount == "0" {
		apierr.Fail(w, 400, "InvalidValue", map[string]any{"field": "amount", "invalidValue": amount, "reason": "zero"}) // want `field "reason" is not documented for code "InvalidValue" \(documented: "field", "invalidValue", "allowedValues"\)`
		return
	}
	if amount == "-1" {
		apierr.Fail(w, 502, "TransactionNotFound", nil) // want `code "TransactionNotFound" is not documented for endpoint "Payment Intents" \(only for "Transactions"\)` `code "TransactionNotFound" is documented with status 404 Not Found \(errcodes.yaml:29\) but returned with 502 Bad Gateway`
		return
	}
	apierr.Fail(w, http.StatusBadGateway, "PaymentFailure", nil) // ok: documented for this endpoint
}

// Capture serves POST /payment-intents/{id}/capture.
func Capture(w http.ResponseWriter, r *http.Request, extra map[string]any) error { // want Capture:`returns\(1001, 1003, "RequiredField" \(400\), "TransactionNotFound" \(404\)\)`
	// Fields that are not a literal: nothing certain to say.
	apierr.Fail(w, 400, "RequiredField", extra)
	// Not marked with an endpoint: endpoint scoping is not checked.
	apierr.Fail(w, 404, "TransactionNotFound", nil)
	if r.FormValue("legacy") != "" {
		return apierr.Reject(productNotFound, "") // want `code 1003 is deprecated \(errcodes.yaml:22\)`
	}
	if r.FormValue("qty") == "0" {
		return apierr.Reject(orderError, "invalid_product_quantity") // ok: an allowed reason
	}
	if r.FormValue("qty") == "-1" {
		return apierr.Reject(orderError, "negative_quantity") // want `reason "negative_quantity" is not allowed with code 1001 \(allowed: "invalid_product_quantity", "out_of_stock", "no_inventory"\)`
	}
	// A reason that is not a constant is not checked.
	return apierr.Reject(orderError, r.FormValue("reason"))
}

// Problems returns problem-details bodies.
func Problems(traceID string, retry bool) []*apierr.Problem { // want Problems:`returns\("InvalidValue" \(400\), "RequiredField" \(400\), "gateway_timeout" \(504\), "rate_limited" \(429\)\)`
	return []*apierr.Problem{
		{Kind: "rate_limited", Status: 429, Retryable: true},                                    // ok
		{Kind: "rate_limited", Status: 429, Retryable: false},                                   // want `code "rate_limited" is documented as retryable \(errcodes.yaml:16\) but returned without its retryable flag`
		{Kind: "gateway_timeout", Status: 504},                                                  // want `code "gateway_timeout" is documented as retryable \(errcodes.yaml:19\) but returned without its retryable flag`
		{Kind: "gateway_timeout", Status: 504, Retryable: retry},                                // ok: not a constant
		{Kind: "RequiredField", Status: 400, Meta: &apierr.Meta{Field: "email"}},                // ok
		{Kind: "RequiredField", Status: 400, Meta: &apierr.Meta{TraceID: traceID}},              // want `field "traceId" is not documented for code "RequiredField" \(documented: "field"\)` `code "RequiredField" is returned without its required field "field"`
		{Kind: "RequiredField", Status: 400},                                                    // want `code "RequiredField" is returned without its required field "field"`
		{Kind: "InvalidValue", Status: 400, Meta: &apierr.Meta{Field: "qty", InvalidValue: -1}}, // ok
	}
}
