// Package apierr writes the ordering API's error envelope:
//
//	{"error": {"message": "...", "code": "OUT_OF_STOCK", "meta": {...}}}
package apierr

import (
	"encoding/json"
	"errors"
	"log/slog"
	"net/http"
)

// Code is an error code of the ordering API, as errors.mdx documents it.
type Code string

// The codes handlers return most often.
const (
	CodeInvalidParams  Code = "INVALID_PARAMS"
	CodeMissingParams  Code = "MISSING_PARAMS"
	CodeOutOfStock     Code = "OUT_OF_STOCK"
	CodeRetryExceeded  Code = "TRANSACTION_RETRY_EXCEEDED"
	CodeInvalidCreds   Code = "INVALID_API_CREDENTIALS"
	CodeNoPermission   Code = "INSUFFICIENT_PERMISSIONS"
	CodeInactive       Code = "PRODUCT_IS_INACTIVE"
	CodeLimitExceeded  Code = "PURCHASE_LIMIT_EXCEEDED"
	CodeOrderMinimum   Code = "ORDER_MINIMUM_NOT_MET"
	CodeCategoryAbsent Code = "PRODUCT_CATEGORY_NOT_FOUND"
)

// Meta is the "meta" object some codes carry.
type Meta map[string]any

// Error is an API error: a store or service returns it, and WriteError
// sends it.
type Error struct {
	Status  int    `json:"-"`
	Message string `json:"message"`
	Code    Code   `json:"code"`
	Meta    Meta   `json:"meta,omitempty"`
}

func (e *Error) Error() string { return string(e.Code) + ": " + e.Message }

type envelope struct {
	Error *Error `json:"error"`
}

// Write writes an error envelope with its status.
func Write(w http.ResponseWriter, status int, code Code, message string, meta Meta) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(envelope{&Error{Code: code, Message: message, Meta: meta}})
}

// WriteError writes err when it is an *Error, or a 500.
func WriteError(w http.ResponseWriter, err error) {
	var e *Error
	if errors.As(err, &e) {
		// Code and status come from the error value: not constants, so
		// errcodes checks them where the *Error literal is built instead.
		Write(w, e.Status, e.Code, e.Message, e.Meta)
		return
	}
	// Must stay silent: suppressed with a reason.
	//errcodes:ignore panics and unknown errors only; the docs team tracks INTERNAL_ERROR in DOCS-112
	Write(w, http.StatusInternalServerError, "INTERNAL_ERROR", "Something went wrong on our side.", nil)
}

// A Responder writes errors and logs the 5xx ones.
type Responder struct {
	Log *slog.Logger
}

// Fail writes an error without meta.
func (r *Responder) Fail(w http.ResponseWriter, status int, code Code, message string) {
	if status >= 500 {
		r.Log.Error("request failed", "code", code, "status", status)
	}
	Write(w, status, code, message, nil)
}
