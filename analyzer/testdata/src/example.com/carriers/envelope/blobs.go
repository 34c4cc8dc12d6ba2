// Package envelope serves a registry's blob API the way handlers that
// keep their answer in a struct of their own do: the error goes into a
// field of a response envelope or of the handler's state first, and is
// written from there.
package envelope

import (
	"encoding/json"
	"net/http"

	"example.com/carriers/apierr"
	zcommon "example.com/carriers/common"
	"example.com/carriers/errcode"
	v2 "example.com/carriers/v2"
	"github.com/gin-gonic/gin"
)

// errorResponse is what a handler answers with when it fails.
type errorResponse struct {
	Err       error  `json:"error"`
	RequestID string `json:"request_id"`
}

// uploadState is what a blob handler learns before it answers.
type uploadState struct {
	repo   string
	digest string
	err    error
}

// envelope wraps a zot-style error for gin.
type envelope struct {
	Error *apierr.Error `json:"error"`
	Trace string        `json:"trace,omitempty"`
}

// GetBlob serves a blob.
//
//errcodes:endpoint Blob
func GetBlob(w http.ResponseWriter, r *http.Request) { // want GetBlob:`returns\("BLOB_UNKNOWN" \(404\), "DIGEST_INVALID" \(404\), "MANIFEST_UNKNOWN" \(404\)\)`
	resp := &errorResponse{RequestID: r.Header.Get("X-Request-Id")}
	digest := r.URL.Query().Get("digest")
	if digest == "" {
		resp.Err = v2.ErrorCodeDigestInvalid.WithDetail(digest)
		zcommon.WriteJSON(w, http.StatusNotFound, resp.Err) // want `code "DIGEST_INVALID" is documented with status 400 Bad Request \(errcodes.yaml:\d+\) but returned with 404 Not Found`
		return
	}
	if r.URL.Query().Get("manifest") != "" {
		wrapped := &errorResponse{Err: v2.ErrorCodeManifestUnknown.WithDetail(digest)}
		zcommon.WriteJSON(w, http.StatusNotFound, wrapped.Err) // want `code "MANIFEST_UNKNOWN" is not documented for endpoint "Blob" \(only for "Manifest"\)`
		return
	}
	env := errorResponse{Err: v2.ErrorCodeBlobUnknown.WithArgs(digest)}
	zcommon.WriteJSON(w, http.StatusNotFound, env.Err) // ok
}

// checkUpload returns why an upload cannot go on.
//
//errcodes:endpoint Blob Upload
func checkUpload(r *http.Request) error {
	st := uploadState{repo: r.URL.Query().Get("repo")}
	st.err = v2.ErrorCodeManifestUnknown.WithDetail(st.repo)
	return st.err // want `code "MANIFEST_UNKNOWN" is not documented for endpoint "Blob Upload" \(only for "Manifest"\)`
}

// GinBlob writes an envelope's error through gin.
func GinBlob(c *gin.Context) { // want GinBlob:`returns\("NAME_INVALID", "NAME_INVALID" \(404\)\)`
	env := envelope{Error: apierr.NewError(apierr.NAME_INVALID), Trace: c.Query("trace")}
	c.JSON(http.StatusNotFound, env.Error) // want `code "NAME_INVALID" is documented with status 400 Bad Request \(errcodes.yaml:\d+\) but returned with 404 Not Found`
}

// Traps: fields whose value errcodes cannot be sure of.

// PutBlob is marked for Blob; none of its uses is certain.
//
//errcodes:endpoint Blob
func PutBlob(w http.ResponseWriter, r *http.Request, fromCaller error) {
	// Stored twice: which one is written?
	resp := &errorResponse{Err: v2.ErrorCodeManifestUnknown}
	if r.ContentLength == 0 {
		resp.Err = errcode.ErrorCodeUnknown
	}
	zcommon.WriteJSON(w, http.StatusNotFound, resp.Err) // ok: stored twice

	// The struct's address passed on: annotate may change it.
	sent := &errorResponse{Err: v2.ErrorCodeManifestUnknown.WithDetail("x")}
	annotate(sent, r)
	zcommon.WriteJSON(w, http.StatusNotFound, sent.Err) // ok: its address escaped

	// From a parameter.
	given := errorResponse{Err: fromCaller}
	zcommon.WriteJSON(w, http.StatusNotFound, given.Err) // ok: a parameter

	// Stored on one path only: the zero value on the other.
	var st uploadState
	if r.URL.Query().Get("digest") == "" {
		st.err = v2.ErrorCodeManifestUnknown
	}
	zcommon.WriteJSON(w, http.StatusNotFound, st.err) // ok: not stored on every path

	// The field's address passed to a decoder.
	var decoded errorResponse
	decoded.Err = v2.ErrorCodeManifestUnknown
	_ = json.NewDecoder(r.Body).Decode(&decoded.Err)
	zcommon.WriteJSON(w, http.StatusNotFound, decoded.Err) // ok: its address escaped

	// Assigned whole after its literal.
	whole := errorResponse{Err: v2.ErrorCodeManifestUnknown}
	if r.Method == http.MethodHead {
		whole = errorResponse{}
	}
	zcommon.WriteJSON(w, http.StatusNotFound, whole.Err) // ok: assigned whole

	// Captured by a closure that may change it before the write.
	deferred := &errorResponse{Err: v2.ErrorCodeManifestUnknown}
	retry(func() { deferred.Err = fromCaller })
	zcommon.WriteJSON(w, http.StatusNotFound, deferred.Err) // ok: captured
}

// retry calls f until it succeeds.
func retry(f func()) { f() }

// annotate may replace resp's error.
func annotate(resp *errorResponse, r *http.Request) {
	if r.Header.Get("X-Debug") != "" {
		resp.Err = errcode.ErrorCodeUnknown
	}
}
