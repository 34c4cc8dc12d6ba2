// Package unrelated serves a health check; it returns no error codes.
package unrelated

import "net/http"

// Health serves GET /healthz.
func Health(w http.ResponseWriter, r *http.Request) {
	http.Error(w, "not_ready", http.StatusServiceUnavailable)
}
