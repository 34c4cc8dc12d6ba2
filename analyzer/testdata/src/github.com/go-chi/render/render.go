// Package render is a stub of github.com/go-chi/render for the analyzer's
// tests: the chi preset matches the functions Status, then JSON or
// DefaultResponder on the same request, by this package's path; M is a
// named map type, read as a body literal.
//
// The real package has more; bodies here do nothing. TestFrameworks runs
// the same handlers against the real render.
package render

import "net/http"

// M is a convenience alias for quickly building a map structure.
type M map[string]interface{}

// Status sets the HTTP status of r's response.
func Status(r *http.Request, status int) {}

// DefaultResponder writes v as the negotiated content type.
func DefaultResponder(w http.ResponseWriter, r *http.Request, v interface{}) {}

// JSON writes v as JSON.
func JSON(w http.ResponseWriter, r *http.Request, v interface{}) {}
