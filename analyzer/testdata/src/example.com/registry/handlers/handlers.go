// Package handlers serves manifests and blob uploads. The spec documents
// each code at the operations that return it, with their statuses; the
// config allows an invalid manifest 413 and 414 beside the spec's 400.
package handlers

import (
	"net/http"

	"example.com/registry/errcode"
)

const maxManifestSize = 4 << 20

// PutManifest stores a manifest.
//
//errcodes:endpoint "putManifest"
func PutManifest(w http.ResponseWriter, r *http.Request) { // want PutManifest:`returns\("MANIFEST_INVALID" \(413\), "MANIFEST_INVALID" \(414\), "MANIFEST_INVALID" \(415\), "NAME_UNKNOWN" \(404\)\)`
	if r.ContentLength > maxManifestSize {
		// ok: the overlay adds 413 to the spec's 400 for this operation
		errcode.ServeJSON(w, http.StatusRequestEntityTooLarge, "MANIFEST_INVALID", "manifest invalid")
		return
	}
	if len(r.PathValue("reference")) > 255 {
		errcode.ServeJSON(w, http.StatusRequestURITooLong, "MANIFEST_INVALID", "manifest invalid") // ok: 414, from the overlay
		return
	}
	if r.Header.Get("Content-Type") == "" {
		errcode.ServeJSON(w, http.StatusUnsupportedMediaType, "MANIFEST_INVALID", "manifest invalid") // want `code "MANIFEST_INVALID" is documented with status 400 Bad Request or 413 Request Entity Too Large or 414 Request URI Too Long \(openapi.yaml:9\) but returned with 415 Unsupported Media Type`
		return
	}
	errcode.ServeJSON(w, http.StatusNotFound, "NAME_UNKNOWN", "repository name not known to registry") // ok: the spec's 404 for this operation
}

// PutBlobUpload completes a blob upload.
//
//errcodes:endpoint "putBlobUpload"
func PutBlobUpload(w http.ResponseWriter, r *http.Request) { // want PutBlobUpload:`returns\("DIGEST_INVALID" \(400\), "NAME_UNKNOWN" \(400\)\)`
	if r.URL.Query().Get("digest") == "" {
		errcode.ServeJSON(w, http.StatusBadRequest, "DIGEST_INVALID", "digest invalid") // ok: documented here with 400
		return
	}
	// The spec documents NAME_UNKNOWN for putManifest only, with 404: that
	// says nothing of the status it has here, so only the endpoint is
	// reported, not the status.
	errcode.ServeJSON(w, http.StatusBadRequest, "NAME_UNKNOWN", "repository name not known to registry") // want `code "NAME_UNKNOWN" is not documented for endpoint "putBlobUpload" \(only for "putManifest"\)`
}

// cancelUpload serves no endpoint errcodes knows: any status the spec
// gives the code, at any operation, is right.
func cancelUpload(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodDelete {
		errcode.ServeJSON(w, http.StatusBadRequest, "DIGEST_INVALID", "digest invalid") // ok
		return
	}
	errcode.ServeJSON(w, http.StatusGone, "BLOB_UPLOAD_UNKNOWN", "blob upload unknown to registry") // want `code "BLOB_UPLOAD_UNKNOWN" is documented with status 404 Not Found \(openapi.yaml:36\) but returned with 410 Gone`
}
