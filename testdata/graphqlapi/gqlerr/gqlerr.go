// Package gqlerr builds the API's errors: the apiError extension of a
// GraphQL error, as the API docs define APIError.
package gqlerr

import (
	"encoding/json"
	"net/http"
)

// Meta is APIError.meta: the extra fields the docs give each code.
type Meta map[string]any

// Error is one APIError. Resolvers return it; the server writes it in the
// errors array of the GraphQL response.
type Error struct {
	Code    ErrorCode
	Message string
	Field   string // APIError.field: the input field at fault, if any
	// Reason is the code's sub-code, where the docs type one: the
	// InvalidOperationReason of an InvalidOperation, the problem of an
	// InvalidInput field, the OrderLineItemErrorCode of an OrderError.
	Reason   string
	LineItem int // for an OrderError: the index of the line item at fault
	Meta     Meta
}

func (e *Error) Error() string { return e.Message }

// New returns an error with a code and a message.
func New(code ErrorCode, message string) *Error {
	return &Error{Code: code, Message: message}
}

// Named returns an error for the enum member called name, as the docs
// spell it; the admin tools configure codes by name. An unknown name is an
// InternalServerError.
func Named(name, message string) *Error {
	code, ok := names[name]
	if !ok {
		code = InternalServerError
	}
	return &Error{Code: code, Message: message}
}

// APIError returns the body of the apiError extension.
func (e *Error) APIError() map[string]any {
	meta := Meta{}
	for k, v := range e.Meta {
		meta[k] = v
	}
	switch e.Code {
	case InvalidOperation, CannotSwitchToPlan, ReviewOutOfDate:
		if e.Reason != "" {
			meta["reason"] = e.Reason
		}
	case InvalidInput:
		if e.Reason != "" {
			meta["fields"] = []map[string]any{{"field": e.Field, "problem": e.Reason}}
		}
	case OrderError:
		if e.Reason != "" {
			meta["errors"] = []map[string]any{{"code": e.Reason, "line_item_index": e.LineItem}}
		}
	}
	body := map[string]any{"code": e.Code}
	if e.Message != "" {
		body["message"] = e.Message
	}
	if e.Field != "" {
		body["field"] = e.Field
	}
	if len(meta) > 0 {
		body["meta"] = meta
	}
	return body
}

// Errors collects the errors of a mutation that validates all its input
// before it fails.
type Errors struct {
	list []*Error
}

// Add records an error for an input field, with its sub-code.
func (l *Errors) Add(code ErrorCode, field, reason, message string) {
	l.list = append(l.list, &Error{Code: code, Field: field, Reason: reason, Message: message})
}

// Err returns the first error recorded, or nil.
func (l *Errors) Err() error {
	if len(l.list) == 0 {
		return nil
	}
	return l.list[0]
}

// Write answers a request that failed before any query ran (auth, rate
// limits) with status and a GraphQL response holding one error.
func Write(w http.ResponseWriter, status int, code ErrorCode, message string) {
	WriteError(w, status, &Error{Code: code, Message: message})
}

// WriteError writes a GraphQL response with one error.
func WriteError(w http.ResponseWriter, status int, e *Error) {
	w.Header().Set("Content-Type", "application/graphql-response+json")
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(map[string]any{
		"errors": []any{map[string]any{
			"message":    e.Message,
			"extensions": map[string]any{"apiError": e.APIError()},
		}},
	})
}
