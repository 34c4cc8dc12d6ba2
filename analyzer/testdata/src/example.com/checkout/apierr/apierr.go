// Package apierr writes checkout API errors as problem details.
package apierr

import (
	"encoding/json"
	"net/http"
)

// Problem is an RFC 9457 problem-details body with the API's extensions.
type Problem struct {
	Kind      string `json:"kind"`
	Status    int    `json:"status"`
	Retryable bool   `json:"retryable,omitempty"`
	Meta      *Meta  `json:"meta,omitempty"`
}

// Meta holds the extra fields of a problem.
type Meta struct {
	Field         string   `json:"field,omitempty"`
	InvalidValue  any      `json:"invalidValue,omitempty"`
	AllowedValues []string `json:"allowedValues,omitempty"`
	TraceID       string   `json:"traceId,omitempty"`
}

// Fail writes an error with extra fields.
func Fail(w http.ResponseWriter, status int, code string, fields map[string]any) {
	body := map[string]any{"code": code}
	for k, v := range fields {
		body[k] = v
	}
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(body)
}

// Reject returns an order error with a numeric code and a sub-code.
func Reject(code int, reason string) error {
	return &rejection{code, reason}
}

type rejection struct {
	code   int
	reason string
}

func (r *rejection) Error() string { return r.reason }
