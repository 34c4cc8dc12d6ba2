// Package problem writes the API's problem-details errors:
//
//	{"kind": "ConstraintViolation", "status": 400, "title": "Bad Request", "detail": "...", ...}
package problem

import (
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"net/http"
	"time"
)

// Kind is an error kind, as errors.md lists them.
type Kind string

// The kinds this service returns.
const (
	KindConstraintViolation      Kind = "ConstraintViolation"
	KindError                    Kind = "Error"
	KindAuthorization            Kind = "Authorization"
	KindInsufficientBalance      Kind = "InsufficientBalance"
	KindBalanceRequired          Kind = "BalanceRequired"
	KindOrderFailed              Kind = "OrderFailed"
	KindOrderHold                Kind = "OrderHold"
	KindOrderNotDispatchedYet    Kind = "OrderNotDispatchedYet"
	KindOrderPartiallyDispatched Kind = "OrderPartiallyDispatched"
	KindProcessingPreorder       Kind = "ProcessingPreorder"
	KindProductUnavailable       Kind = "ProductUnavailable"
	KindOrderNotFound            Kind = "OrderNotFound"
	KindDispatchNotFound         Kind = "DispatchNotFound"
)

// A Problem is an error response body. Kinds the docs list as retryable
// must set Retryable: clients poll until the order is done.
type Problem struct {
	Kind         Kind      `json:"kind"`
	Status       int       `json:"status"`
	Title        string    `json:"title"`
	Detail       string    `json:"detail"`
	Path         string    `json:"path"`
	Method       string    `json:"method"`
	Trace        string    `json:"trace"`
	Timestamp    time.Time `json:"timestamp"`
	PropertyPath string    `json:"propertyPath,omitempty"`
	InvalidValue any       `json:"invalidValue,omitempty"`
	Retryable    bool      `json:"retryable,omitempty"`
}

func (p *Problem) Error() string { return string(p.Kind) + ": " + p.Detail }

// Write fills in the request fields of p and writes it.
func Write(w http.ResponseWriter, r *http.Request, p *Problem) {
	var trace [5]byte
	rand.Read(trace[:])
	p.Title = http.StatusText(p.Status)
	p.Path, p.Method = r.URL.Path, r.Method
	p.Trace = hex.EncodeToString(trace[:])
	p.Timestamp = time.Now().UTC().Truncate(time.Second)
	w.Header().Set("Content-Type", "application/problem+json")
	w.WriteHeader(p.Status)
	json.NewEncoder(w).Encode(p)
}

// Send writes a problem without property details.
func Send(w http.ResponseWriter, r *http.Request, status int, kind Kind, detail string, retryable bool) {
	Write(w, r, &Problem{Kind: kind, Status: status, Detail: detail, Retryable: retryable})
}

// A Responder writes the problems of one API version.
type Responder struct {
	// RetryStatus is the status of retryable problems: 202 on /api/v2,
	// 409 for resellers that treat 2xx as final.
	RetryStatus int
}

// Retry writes a retryable problem: the order is still being processed.
func (rs *Responder) Retry(w http.ResponseWriter, r *http.Request, kind Kind, detail string) {
	Send(w, r, rs.RetryStatus, kind, detail, true)
}
