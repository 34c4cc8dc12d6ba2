// Package apierror writes the Checkout API's error responses:
//
//	{"statusCode": 400, "message": "...", "errors": [{"code": "InvalidField", "message": "...", "field": "..."}]}
//
// Each error object carries its code, its message and the extra fields the
// error reference documents for that code.
package apierror

import (
	"encoding/json"
	"errors"
	"maps"
	"net/http"
)

// A Code is an error code of the Checkout API.
type Code string

// The codes this service returns, as the error reference spells them.
const (
	RequiredField          Code = "RequiredField"
	InvalidInput           Code = "InvalidInput"
	InvalidJsonInput       Code = "InvalidJsonInput"
	InvalidOperation       Code = "InvalidOperation"
	InvalidField           Code = "InvalidField"
	MissingProjectKey      Code = "MissingProjectKey"
	ResourceNotFound       Code = "ResourceNotFound"
	ConcurrentModification Code = "ConcurrentModification"
	General                Code = "General"
)

// Fields are an error's extra fields, written beside code and message.
type Fields map[string]any

// InvalidValue are the extra fields of an InvalidField error.
type InvalidValue struct {
	Field         string   `json:"field"`
	InvalidValue  any      `json:"invalidValue,omitempty"`
	AllowedValues []string `json:"allowedValues,omitempty"`
}

// Error is an error a handler returns, written by Respond.
type Error struct {
	Status  int
	Code    Code
	Message string
	Extra   Fields
}

func (e *Error) Error() string { return string(e.Code) + ": " + e.Message }

// MarshalJSON writes the error object: code, message and the extra fields.
func (e *Error) MarshalJSON() ([]byte, error) {
	obj := maps.Clone(e.Extra)
	if obj == nil {
		obj = Fields{}
	}
	obj["code"], obj["message"] = e.Code, e.Message
	return json.Marshal(obj)
}

type envelope struct {
	StatusCode int               `json:"statusCode"`
	Message    string            `json:"message"`
	Errors     []json.RawMessage `json:"errors"`
}

func write(w http.ResponseWriter, status int, errs []json.RawMessage, message string) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(envelope{StatusCode: status, Message: message, Errors: errs})
}

// Write writes a response holding one error.
func Write(w http.ResponseWriter, status int, code Code, message string, extra Fields) {
	obj, err := (&Error{Code: code, Message: message, Extra: extra}).MarshalJSON()
	if err != nil {
		http.Error(w, http.StatusText(http.StatusInternalServerError), http.StatusInternalServerError)
		return
	}
	write(w, status, []json.RawMessage{obj}, message)
}

// Respond writes err: an *Error as it is, anything else as a General error.
func Respond(w http.ResponseWriter, err error) {
	var e *Error
	if errors.As(err, &e) {
		// Silent: code, status and fields come from the error value.
		Write(w, e.Status, e.Code, e.Message, e.Extra)
		return
	}
	// Silent: General is documented with 500 and no extra fields.
	Write(w, http.StatusInternalServerError, General, "Internal error", nil)
}

// A Collector gathers the validation errors of one request, so that the
// client sees them all at once.
type Collector struct {
	status  int
	message string
	errs    []json.RawMessage
}

// Add adds an error. details are its extra fields: Fields, or a struct
// such as InvalidValue.
func (c *Collector) Add(status int, code Code, message string, details any) {
	obj := Fields{}
	if details != nil {
		b, _ := json.Marshal(details)
		json.Unmarshal(b, &obj)
	}
	obj["code"], obj["message"] = code, message
	b, _ := json.Marshal(obj)
	if c.status == 0 {
		c.status, c.message = status, message
	}
	c.errs = append(c.errs, b)
}

// Len returns the number of errors gathered.
func (c *Collector) Len() int { return len(c.errs) }

// Write writes the gathered errors, with the first one's status.
func (c *Collector) Write(w http.ResponseWriter) { write(w, c.status, c.errs, c.message) }

// RequireProject answers requests without a project key in the path.
func RequireProject(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.PathValue("projectKey") == "" {
			// Silent: right code and status, no extra fields documented.
			Write(w, http.StatusBadRequest, MissingProjectKey, "Missing project key in the request path.", nil)
			return
		}
		next.ServeHTTP(w, r)
	})
}
