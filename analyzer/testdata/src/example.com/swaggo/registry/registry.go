// Package registry serves manifests, documented for swaggo: each
// handler's doc comment lists the failures of its endpoint.
//
//	@title		Registry API
//	@version	2.0
//	@BasePath	/
package registry

import (
	"encoding/json"
	"net/http"
)

// ErrorList is the body of every error response.
type ErrorList struct {
	Errors []Error `json:"errors"`
}

// Error is one error of an ErrorList.
type Error struct {
	Code    string `json:"code"`
	Message string `json:"message,omitempty"`
}

func serveError(w http.ResponseWriter, status int, code string) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(ErrorList{Errors: []Error{{Code: code}}})
}

// Handler serves the registry's manifests.
type Handler struct {
	maxSize int64
}

// PutManifest godoc
//
//	@Summary	Upload a manifest
//	@ID			putManifest
//	@Accept		json
//	@Param		name		path	string	true	"repository name"
//	@Param		reference	path	string	true	"tag or digest"
//	@Success	201
//	@Failure	400,404	{object}	ErrorList	"invalid manifest or unknown repository"
//	@Router		/v2/{name}/manifests/{reference} [put]
func (h *Handler) PutManifest(w http.ResponseWriter, r *http.Request) { // want PutManifest:`returns\("MANIFEST_INVALID" \(400\), "NAME_UNKNOWN" \(404\), "SIZE_INVALID" \(413\), "UNSUPPORTED" \(400\), "UNSUPPORTED" \(415\)\)`
	if r.Body == nil {
		serveError(w, http.StatusBadRequest, "MANIFEST_INVALID") // ok: 400 is listed
		return
	}
	switch r.Header.Get("Content-Type") {
	case "":
		serveError(w, http.StatusBadRequest, "UNSUPPORTED") // ok: 400 is listed
		return
	case "text/plain":
		serveError(w, http.StatusUnsupportedMediaType, "UNSUPPORTED") // want `status 415 Unsupported Media Type is not documented for endpoint "putManifest" \(only 400 Bad Request, 404 Not Found; registry/registry.go:44\)`
		return
	}
	if r.ContentLength > h.maxSize {
		h.tooLarge(w) // want `status 413 Request Entity Too Large \(returned through Handler.tooLarge\) is not documented for endpoint "putManifest" \(only 400 Bad Request, 404 Not Found; registry/registry.go:44\)`
		return
	}
	h.unknown(w) // ok: 404 is listed
	w.WriteHeader(http.StatusCreated)
}

// GetManifest godoc
//
//	@Summary	Fetch a manifest
//	@ID			getManifest
//	@Failure	404		{object}	ErrorList
//	@Failure	default	{object}	ErrorList	"any other failure"
//	@Router		/v2/{name}/manifests/{reference} [get]
func (h *Handler) GetManifest(w http.ResponseWriter, r *http.Request) { // want GetManifest:`returns\("MANIFEST_UNKNOWN" \(404\), "UNAVAILABLE" \(503\)\)`
	if r.URL.Query().Has("down") {
		serveError(w, http.StatusServiceUnavailable, "UNAVAILABLE") // ok: a default failure allows any status
		return
	}
	serveError(w, http.StatusNotFound, "MANIFEST_UNKNOWN")
}

// DeleteManifest documents no failure at all: it is held to none.
//
//	@Summary	Delete a manifest
//	@Success	202
//	@Router		/v2/{name}/manifests/{reference} [delete]
func (h *Handler) DeleteManifest(w http.ResponseWriter, r *http.Request) { // want DeleteManifest:`returns\("UNAVAILABLE" \(503\)\)`
	serveError(w, http.StatusServiceUnavailable, "UNAVAILABLE")
}

// tooLarge and unknown serve no endpoint of their own: their statuses are
// checked where a handler calls them.
func (h *Handler) tooLarge(w http.ResponseWriter) {
	serveError(w, http.StatusRequestEntityTooLarge, "SIZE_INVALID")
}

func (h *Handler) unknown(w http.ResponseWriter) {
	serveError(w, http.StatusNotFound, "NAME_UNKNOWN")
}
