// Package holdtraps serves an S3-compatible object store whose API
// errors live in maps and response structs, as in minio/minio's cmd
// package, and are changed in the ways real services change them: the
// traps errcodes must stay silent on when it follows a code through a
// map entry, a struct field or an accessor.
package holdtraps

import (
	"context"
	"encoding/xml"
	"net/http"
	"net/url"
)

// APIError is an error of the S3 API.
type APIError struct {
	Code           string
	Description    string
	HTTPStatusCode int
}

func (e *APIError) Error() string { return e.Code + ": " + e.Description }

// APIErrorCode is the kind of an API error.
type APIErrorCode int

// The API errors.
const (
	ErrNone APIErrorCode = iota
	ErrAccessDenied
	ErrInternalError
	ErrSlowDown
	ErrNoSuchBucket
	ErrNoSuchKey
	ErrNotImplemented
)

type errorCodeMap map[APIErrorCode]APIError

// errorCodes is every API error, by its code. Nothing changes it.
var errorCodes = errorCodeMap{
	ErrAccessDenied:  {Code: "AccessDenied", Description: "Access Denied.", HTTPStatusCode: http.StatusForbidden},
	ErrInternalError: {Code: "InternalError", Description: "We encountered an internal error.", HTTPStatusCode: http.StatusInternalServerError},
	ErrSlowDown:      {Code: "SlowDown", Description: "Please reduce your request rate.", HTTPStatusCode: http.StatusServiceUnavailable},
	ErrNoSuchBucket:  {Code: "NoSuchBucket", Description: "The specified bucket does not exist", HTTPStatusCode: http.StatusNotFound},
	ErrNoSuchKey:     {Code: "NoSuchKey", Description: "The specified key does not exist.", HTTPStatusCode: http.StatusNotFound},
}

// APIErrorResponse is the XML body of an error.
type APIErrorResponse struct {
	XMLName  xml.Name `xml:"Error" json:"-"`
	Code     string
	Message  string
	Resource string
}

// writeErrorResponse writes err with the status it carries.
func writeErrorResponse(ctx context.Context, w http.ResponseWriter, err APIError, reqURL *url.URL) {
	w.Header().Set("Content-Type", "application/xml")
	w.WriteHeader(err.HTTPStatusCode)
	_ = xml.NewEncoder(w).Encode(APIErrorResponse{Code: err.Code, Message: err.Description, Resource: reqURL.Path})
}

// writeError writes an error of the object layer.
func writeError(w http.ResponseWriter, err error) {
	if apiErr, ok := err.(*APIError); ok {
		w.WriteHeader(apiErr.HTTPStatusCode)
		_ = xml.NewEncoder(w).Encode(APIErrorResponse{Code: apiErr.Code, Message: apiErr.Description})
		return
	}
	w.WriteHeader(http.StatusInternalServerError)
}
