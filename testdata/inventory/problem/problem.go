// Package problem writes the inventory API's error responses, in the shape
// the published docs give them: {"error_code": ..., "error_message": ...}.
package problem

import (
	"encoding/json"
	"errors"
	"log/slog"
	"net/http"
	"strconv"
)

// Problem is an error a handler returns to be written by Respond.
type Problem struct {
	Status  int    `json:"-"`
	Code    string `json:"error_code"`
	Message string `json:"error_message"`

	// Retryable asks the client to try again later: Respond sends a
	// Retry-After header with it.
	Retryable bool `json:"-"`
}

func (p *Problem) Error() string { return p.Code + ": " + p.Message }

// RetryAfterSeconds is the Retry-After value sent with a retryable problem.
const RetryAfterSeconds = 30

// Write writes an error response with its status.
func Write(w http.ResponseWriter, status int, code, message string) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(Problem{Code: code, Message: message})
}

// Respond writes err: a *Problem as it is, anything else as a bare 500 (the
// docs document no code for server errors, so none is made up here).
func Respond(w http.ResponseWriter, err error) {
	var p *Problem
	if !errors.As(err, &p) {
		http.Error(w, http.StatusText(http.StatusInternalServerError), http.StatusInternalServerError)
		return
	}
	if p.Retryable {
		w.Header().Set("Retry-After", strconv.Itoa(RetryAfterSeconds))
	}
	// Silent: the code and status come from the error value, not constants.
	Write(w, p.Status, p.Code, p.Message)
}

// A Responder writes error responses and logs them with the request.
type Responder struct {
	Log *slog.Logger
}

// Error logs the error and writes it.
func (rs Responder) Error(w http.ResponseWriter, r *http.Request, status int, code, message string) {
	if rs.Log != nil {
		rs.Log.Info("request failed", "method", r.Method, "path", r.URL.Path, "status", status, "code", code)
	}
	Write(w, status, code, message)
}
