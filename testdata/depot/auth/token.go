// Package auth serves the registry's OAuth token endpoint, which answers
// with RFC 6749's error codes, not the registry's.
package auth

import (
	"encoding/json"
	"net/http"

	"github.com/errcodes/errcodes/testdata/depot/errcode"
)

func tokenError(w http.ResponseWriter, status int, errCode, description string) {
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(map[string]string{"error": errCode, "error_description": description})
}

// Token issues a bearer token for a grant.
func Token(w http.ResponseWriter, r *http.Request) {
	switch r.PostFormValue("grant_type") {
	case "":
		tokenError(w, http.StatusBadRequest, "invalid_request", "grant_type is required")
	case "password":
		tokenError(w, http.StatusBadRequest, "unsupported_grant_type", "")
	case "refresh_token":
		tokenError(w, http.StatusBadRequest, "invalid_grnat", "refresh token expired")
	default:
		if _, _, ok := r.BasicAuth(); !ok {
			// The registry's writer, not OAuth's: its catalog has no such code.
			errcode.ServeJSON(w, http.StatusUnauthorized, "invalid_client", "client authentication failed")
			return
		}
		tokenError(w, http.StatusUnauthorized, "invalid_client", "")
	}
}
