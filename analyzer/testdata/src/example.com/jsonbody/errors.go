// Package jsonbody builds its error envelopes as struct literals; a
// middleware writes them. The json preset reads them.
package jsonbody

import "net/http"

// APIError is the error envelope: tagged code, a status kept out of the
// JSON (the middleware writes it with WriteHeader).
type APIError struct {
	Code    string `json:"code"`
	Status  int    `json:"-"`
	Message string `json:"message,omitempty"`
}

func (e *APIError) Error() string { return e.Code }

// ErrNotFound is a sentinel: package-level literals are checked too.
var ErrNotFound = &APIError{Code: "invalid_order_number", Status: http.StatusNotFound} // ok: documented, right status

// v1Error is the legacy envelope: numeric codes, other key names.
type v1Error struct {
	ErrorCode  int `json:"error_code"`
	HTTPStatus int `json:"http_status"`
}

func pay(paid, locked, legacy bool) error {
	switch {
	case paid:
		return &APIError{Code: "already_paid", Status: http.StatusBadRequest} // want `code "already_paid" is documented with status 409 Conflict \(errcodes.yaml:9\) but returned with 400 Bad Request`
	case locked:
		return &APIError{Code: "order_locked", Status: http.StatusLocked, Message: "Order is locked"} // want `code "order_locked" is not in the catalog$`
	case legacy:
		return &APIError{Code: "order_legacy", Status: http.StatusGone} // want `code "order_legacy" is deprecated \(errcodes.yaml:10\)`
	}
	return &APIError{"invalid_order_numbr", http.StatusNotFound, "?"} // want `code "invalid_order_numbr" is not in the catalog; did you mean "invalid_order_number"\?` `message "\?" is an unresolved placeholder`
}

func legacyErrors() []v1Error {
	return []v1Error{
		{ErrorCode: 1003, HTTPStatus: http.StatusNotFound}, // ok: documented, right status
		{ErrorCode: 1004, HTTPStatus: http.StatusNotFound}, // want `code 1004 is not in the catalog$`
		{ErrorCode: 1003, HTTPStatus: http.StatusConflict}, // want `code 1003 is documented with status 404 Not Found \(errcodes.yaml:14\) but returned with 409 Conflict`
	}
}

// upstreamError has Code and Status fields but no json tags: it is not a
// JSON body the API writes (an upstream's error the code compares with).
type upstreamError struct {
	Code   string
	Status int
}

// detail has a code but no status: too common a shape to be an envelope.
type detail struct {
	Code string `json:"code"`
}

// page has a status that is a string, not an HTTP status.
type page struct {
	Code   string `json:"code"`
	Status string `json:"status"`
}

func silent(code string) []any {
	return []any{
		upstreamError{Code: "upstream_timeout", Status: http.StatusGatewayTimeout},
		detail{Code: "field_invalid"},
		page{Code: "page_state", Status: "draft"},
		// Not a constant.
		&APIError{Code: code, Status: http.StatusConflict},
		// A success status: the code of a success body is not checked.
		APIError{Code: "accepted", Status: http.StatusAccepted},
		// The code repeats the status.
		v1Error{ErrorCode: 404, HTTPStatus: http.StatusNotFound},
		// No status: the literal gets it from whatever writes it (see
		// write.go), or from a middleware errcodes cannot follow.
		APIError{Code: "already_payd"},
	}
}
