package registry

import (
	"net/http"

	"example.com/muxshop/errcode"
	"github.com/gorilla/mux"
)

// getBlob is GET /v2/{name}/blobs/{digest}.
func (app *App) getBlob(w http.ResponseWriter, r *http.Request) {
	if mux.Vars(r)["digest"] == "" {
		errcode.Serve(w, http.StatusBadRequest, "DIGEST_INVALID", "invalid digest") // want `code "DIGEST_INVALID" is not documented for endpoint "GET /v2/\{name\}/blobs/\{digest\}" \(only for "PUT /v2/\{name\}/blobs/uploads/\{uuid\}", "PUT /v2/\{name\}/manifests/\{reference\}"\)`
		return
	}
	errcode.Serve(w, http.StatusNotFound, "BLOB_UNKNOWN", "blob unknown to registry") // ok
}

// putManifest is PUT /v2/{name}/manifests/{reference}.
func (app *App) putManifest(w http.ResponseWriter, r *http.Request) {
	errcode.Serve(w, http.StatusBadRequest, "DIGEST_INVALID", "digest did not match content") // ok
	errcode.Serve(w, http.StatusNotFound, "NAME_UNKNOWN", "repository name not known")        // want `code "NAME_UNKNOWN" is not documented for endpoint "PUT /v2/\{name\}/manifests/\{reference\}"`
}

// removeBlob is DELETE /v2/{name}/blobs/{digest}, through two adapters.
func (app *App) removeBlob(w http.ResponseWriter, r *http.Request) {
	errcode.Serve(w, http.StatusNotFound, "BLOB_UNKNOWN", "blob unknown to registry") // ok
	errcode.Serve(w, http.StatusBadRequest, "DIGEST_INVALID", "invalid digest")       // want `code "DIGEST_INVALID" is not documented for endpoint "DELETE /v2/\{name\}/blobs/\{digest\}"`
}

// manifestGetter returns the handler of GET and HEAD
// /v2/{name}/manifests/{reference}; the catalog names GET only.
func (app *App) manifestGetter() http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		errcode.Serve(w, http.StatusNotFound, "MANIFEST_UNKNOWN", "manifest unknown") // ok
		errcode.Serve(w, http.StatusNotFound, "BLOB_UNKNOWN", "blob unknown")         // want `code "BLOB_UNKNOWN" is not documented for endpoint "GET /v2/\{name\}/manifests/\{reference\}"`
	})
}

// listTags is GET /v2/{name}/tags/list, from the route table.
func (app *App) listTags(w http.ResponseWriter, r *http.Request) {
	errcode.Serve(w, http.StatusNotFound, "NAME_UNKNOWN", "repository name not known") // ok
	errcode.Serve(w, http.StatusNotFound, "MANIFEST_UNKNOWN", "manifest unknown")      // want `code "MANIFEST_UNKNOWN" is not documented for endpoint "GET /v2/\{name\}/tags/list"`
}

// putUpload is PUT /v2/{name}/blobs/uploads/{uuid}, from the route table.
func (app *App) putUpload(w http.ResponseWriter, r *http.Request) {
	errcode.Serve(w, http.StatusBadRequest, "DIGEST_INVALID", "invalid digest") // ok
	errcode.Serve(w, http.StatusNotFound, "BLOB_UNKNOWN", "blob unknown")       // want `code "BLOB_UNKNOWN" is not documented for endpoint "PUT /v2/\{name\}/blobs/uploads/\{uuid\}"`
}

// garbageCollect is POST /admin/gc, on the admin ServeMux.
func (app *App) garbageCollect(w http.ResponseWriter, r *http.Request) {
	errcode.Serve(w, http.StatusMethodNotAllowed, "UNSUPPORTED", "garbage collection is disabled") // ok
	errcode.Serve(w, http.StatusForbidden, "DENIED", "requested access to the resource is denied") // want `code "DENIED" is not documented for endpoint "POST /admin/gc"`
}

// patchUpload is PATCH /v2/{name}/blobs/uploads/{uuid}.
func (app *App) patchUpload(w http.ResponseWriter, r *http.Request) {
	errcode.Serve(w, http.StatusNotFound, "BLOB_UPLOAD_UNKNOWN", "blob upload unknown") // ok
	errcode.Serve(w, http.StatusNotFound, "BLOB_UNKNOWN", "blob unknown")               // want `code "BLOB_UNKNOWN" is not documented for endpoint "PATCH /v2/\{name\}/blobs/uploads/\{uuid\}"`
}

// listTagsV2 is GET /v2/{name}/tags/list too.
func (app *App) listTagsV2(w http.ResponseWriter, r *http.Request) {
	errcode.Serve(w, http.StatusBadRequest, "DIGEST_INVALID", "invalid digest") // want `code "DIGEST_INVALID" is not documented for endpoint "GET /v2/\{name\}/tags/list"`
}

// deleteManifest is DELETE /v2/{name}/manifests/{reference}, through the
// middleware package's adapters.
func (app *App) deleteManifest(w http.ResponseWriter, r *http.Request) {
	errcode.Serve(w, http.StatusNotFound, "MANIFEST_UNKNOWN", "manifest unknown") // ok
	errcode.Serve(w, http.StatusNotFound, "BLOB_UNKNOWN", "blob unknown")         // want `code "BLOB_UNKNOWN" is not documented for endpoint "DELETE /v2/\{name\}/manifests/\{reference\}"`
}

// The handlers of the traps: each returns codes its route's endpoint does
// not document, and none is reported, since no route of theirs is read.

func (app *App) deleteBlob(w http.ResponseWriter, r *http.Request) {
	errcode.Serve(w, http.StatusNotFound, "MANIFEST_UNKNOWN", "manifest unknown") // ok: a route with a path from the environment
}

func (app *App) startUpload(w http.ResponseWriter, r *http.Request) {
	errcode.Serve(w, http.StatusNotFound, "BLOB_UNKNOWN", "blob unknown") // ok: the handler is chosen at run time
}

func (app *App) denyUpload(w http.ResponseWriter, r *http.Request) {
	errcode.Serve(w, http.StatusNotFound, "BLOB_UNKNOWN", "blob unknown") // ok: the handler is chosen at run time
}

func (app *App) statBlob(w http.ResponseWriter, r *http.Request) {
	errcode.Serve(w, http.StatusNotFound, "MANIFEST_UNKNOWN", "manifest unknown") // ok: never called by its adapter
}

func (app *App) listTagsV1(w http.ResponseWriter, r *http.Request) {
	errcode.Serve(w, http.StatusNotFound, "BLOB_UNKNOWN", "blob unknown") // ok: no method errcodes can be sure of
}

func (app *App) patchUploadV1(w http.ResponseWriter, r *http.Request) {
	errcode.Serve(w, http.StatusNotFound, "BLOB_UNKNOWN", "blob unknown") // ok: a path with a run-time part outside its variables
}

func (app *App) blobOps(w http.ResponseWriter, r *http.Request) {
	errcode.Serve(w, http.StatusNotFound, "MANIFEST_UNKNOWN", "manifest unknown") // ok: which endpoint it is depends on the method
}

func (app *App) deleteManifestV1(w http.ResponseWriter, r *http.Request) {
	errcode.Serve(w, http.StatusNotFound, "BLOB_UNKNOWN", "blob unknown") // ok: its adapter never calls it
}
