// Package middleware holds the registry's HTTP middleware: adapters that
// take a handler and return one that calls it, exported as facts so that
// a route registered through them in another package is read.
package middleware

import (
	"log"
	"net/http"
)

// Logging logs each request, then serves it with h.
func Logging(h http.Handler) http.Handler { // want Logging:`adapter\(arg0\)`
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		log.Printf("%s %s", r.Method, r.URL.Path)
		h.ServeHTTP(w, r)
	})
}

// Timeout returns an adapter that bounds how long a request may take.
func Timeout(seconds int) func(http.HandlerFunc) http.HandlerFunc { // want Timeout:`makesAdapter\(arg0\)`
	return func(next http.HandlerFunc) http.HandlerFunc {
		return func(w http.ResponseWriter, r *http.Request) {
			next(w, r)
		}
	}
}

// Deny answers every request with 403 and never calls h: no adapter.
func Deny(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(http.StatusForbidden)
	})
}
