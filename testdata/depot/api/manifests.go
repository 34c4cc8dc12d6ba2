// Package api serves the registry's manifests and blobs. Its handlers are
// annotated for swag, which generates docs/swagger.yaml from them.
package api

import (
	"net/http"
	"strings"

	"github.com/errcodes/errcodes/testdata/depot/errcode"
)

const maxManifestSize = 4 << 20

// Handler serves one registry.
type Handler struct {
	deletes bool
}

// PutManifest godoc
//
//	@Summary	Upload a manifest
//	@ID			putManifest
//	@Accept		application/vnd.oci.image.manifest.v1+json
//	@Param		name		path	string	true	"repository name"
//	@Param		reference	path	string	true	"tag or digest"
//	@Success	201
//	@Failure	400	{object}	errcode.ManifestInvalidError
//	@Failure	404	{object}	errcode.NameUnknownError
//	@Router		/v2/{name}/manifests/{reference} [put]
func (h *Handler) PutManifest(w http.ResponseWriter, r *http.Request) {
	ref := r.PathValue("reference")
	if strings.ContainsAny(ref, " /") {
		errcode.ServeJSON(w, http.StatusBadRequest, "TAG_INVALID", "manifest tag did not match URI")
		return
	}
	if r.ContentLength > maxManifestSize {
		// The config allows MANIFEST_INVALID 413; the annotations do not list 413.
		errcode.ServeJSON(w, http.StatusRequestEntityTooLarge, "MANIFEST_INVALID", "manifest too large")
		return
	}
	if r.Header.Get("Docker-Content-Digest") != "" && !h.hasBlob(r) {
		// BLOB_UNKNOWN is documented for getBlob only: its 404 there says
		// nothing of the status here.
		errcode.ServeJSON(w, http.StatusBadRequest, "BLOB_UNKNOWN", "blob unknown to registry")
		return
	}
	w.WriteHeader(http.StatusCreated)
}

// GetManifest godoc
//
//	@Summary	Fetch a manifest
//	@ID			getManifest
//	@Failure	404		{object}	errcode.ManifestUnknownError
//	@Failure	default	{object}	errcode.ManifestUnknownError
//	@Router		/v2/{name}/manifests/{reference} [get]
func (h *Handler) GetManifest(w http.ResponseWriter, r *http.Request) {
	if r.PathValue("reference") == "" {
		nameUnknown(w)
		return
	}
	errcode.ServeJSON(w, http.StatusNotFound, "MANIFEST_UNKOWN", "manifest unknown")
}

// DeleteManifest godoc
//
//	@Summary	Delete a manifest
//	@ID			deleteManifest
//	@Failure	404	{object}	errcode.ManifestUnknownError
//	@Failure	405	{object}	errcode.ManifestUnknownError
//	@Router		/v2/{name}/manifests/{reference} [delete]
func (h *Handler) DeleteManifest(w http.ResponseWriter, r *http.Request) {
	if !h.deletes {
		errcode.ServeJSON(w, http.StatusMethodNotAllowed, "UNSUPPORTED", "deletes are disabled")
		return
	}
	errcode.ServeJSON(w, http.StatusGone, "MANIFEST_UNKNOWN", "manifest deleted")
}

// GetBlob godoc
//
//	@Summary	Fetch a blob
//	@ID			getBlob
//	@Failure	404	{object}	errcode.BlobUnknownError
//	@Router		/v2/{name}/blobs/{digest} [get]
func (h *Handler) GetBlob(w http.ResponseWriter, r *http.Request) {
	if r.PathValue("name") == "" {
		nameUnknown(w)
		return
	}
	errcode.ServeJSON(w, http.StatusNotFound, "BLOB_UNKNOWN", "blob unknown to registry")
}

func (h *Handler) hasBlob(r *http.Request) bool { return r.ContentLength > 0 }

func nameUnknown(w http.ResponseWriter) {
	errcode.ServeJSON(w, http.StatusNotFound, "NAME_UNKNOWN", "repository name not known to registry")
}
