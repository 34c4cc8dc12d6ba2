// Package handlers serves the API and the OAuth token endpoint, which
// return codes of two catalogs through two functions.
package handlers

import (
	"net/http"

	"example.com/authserver/apierr"
	"example.com/authserver/oauth2"
)

// Token serves POST /oauth/token.
func Token(w http.ResponseWriter, r *http.Request) { // want Token:`returns\(oauth:"invalid_client" \(401\), oauth:"invalid_grant" \(400\), oauth:"invalid_request" \(400\), oauth:"invalid_scoep" \(400\), oauth:"unsupported_grant_type" \(400\), oauth:"user_not_found" \(400\)\)`
	switch r.PostFormValue("grant_type") {
	case "":
		oauth2.WriteError(w, http.StatusBadRequest, "invalid_request", "grant_type is required") // ok: 400 in the oauth catalog (the API's says 422)
	case "password":
		oauth2.WriteError(w, http.StatusBadRequest, "unsupported_grant_type", "") // ok
	case "client_credentials":
		oauth2.WriteError(w, http.StatusUnauthorized, "invalid_client", "") // ok: one of its statuses
	case "refresh_token":
		tokenError(w, "invalid_grant")  // ok: through a wrapper of the oauth emitter
		tokenError(w, "user_not_found") // want `code "user_not_found" is not in catalog "oauth"`
	default:
		oauth2.WriteError(w, http.StatusBadRequest, "invalid_scoep", "") // want `code "invalid_scoep" is not in catalog "oauth"; did you mean "invalid_scope"\?`
	}
}

// tokenError answers a refresh that failed.
func tokenError(w http.ResponseWriter, code string) {
	oauth2.WriteError(w, http.StatusBadRequest, code, "")
}

// GetUser serves GET /users/{id}.
func GetUser(w http.ResponseWriter, r *http.Request) { // want GetUser:`returns\("invalid_client" \(401\), "invalid_request" \(400\), "user_not_found" \(404\)\)`
	if r.PathValue("id") == "" {
		apierr.Write(w, http.StatusBadRequest, "invalid_request", "no id") // want `code "invalid_request" is documented with status 422 Unprocessable Entity \(docs/errors.yaml:3\) but returned with 400 Bad Request`
		return
	}
	if r.Header.Get("Authorization") == "" {
		apierr.Write(w, http.StatusUnauthorized, "invalid_client", "") // want `code "invalid_client" is not in the catalog`
		return
	}
	apierr.Write(w, http.StatusNotFound, "user_not_found", "no such user") // ok
}
