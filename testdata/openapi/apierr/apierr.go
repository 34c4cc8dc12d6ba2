// Package apierr writes the Parcel API's error bodies, as
// docs/openapi.yaml defines Error.
package apierr

import (
	"encoding/json"
	"errors"
	"log/slog"
	"net/http"
)

// Error is an error a handler's helpers return, with the status it goes
// with.
type Error struct {
	Status  int    `json:"-"`
	Code    string `json:"code"`
	Message string `json:"message"`
}

func (e *Error) Error() string { return e.Code + ": " + e.Message }

// Write writes an Error body with status.
func Write(w http.ResponseWriter, status int, code, message string) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(Error{Code: code, Message: message})
}

// Respond writes err: an *Error as it is, anything else as a 500.
func Respond(w http.ResponseWriter, err error) {
	var e *Error
	if errors.As(err, &e) {
		Write(w, e.Status, e.Code, e.Message)
		return
	}
	slog.Error("unhandled error", "err", err)
	// Silent: the status is a constant but the code is not.
	Write(w, http.StatusInternalServerError, internalCode(), "Something went wrong on our side")
}

// internalCode is the code of an unexpected error; only the events
// endpoint documents one (internal_error, under default).
func internalCode() string { return "internal_error" }
