// Package registry serves the manifest and blob endpoints of the registry
// HTTP API that docs/api.md documents.
package registry

import (
	"context"
	"errors"
	"io"
	"net/http"
	"regexp"
	"strings"

	"github.com/errcodes/errcodes/testdata/registry/apierr"
)

// Storage errors.
var (
	ErrRepoUnknown     = errors.New("repository unknown")
	ErrManifestUnknown = errors.New("manifest unknown")
	ErrBlobUnknown     = errors.New("blob unknown")
	ErrRateLimited     = errors.New("rate limited")
)

// Storage keeps manifests and blobs.
type Storage interface {
	Manifest(ctx context.Context, repo, reference string) ([]byte, string, error)
	PutManifest(ctx context.Context, repo, reference string, body []byte) (missing []string, err error)
	DeleteManifest(ctx context.Context, repo, digest string) error
	Blob(ctx context.Context, repo, digest string) (io.ReadCloser, error)
	Tags(ctx context.Context, repo string) ([]string, error)
}

// Handler serves the registry API.
type Handler struct {
	Storage       Storage
	DeleteEnabled bool
	MaxManifest   int64
	Authenticate  func(*http.Request) bool
}

// Routes registers the endpoints: their routes are those of docs/api.md,
// which makes each handler the endpoint the page documents there.
func (h *Handler) Routes(mux *http.ServeMux) {
	mux.HandleFunc("GET /v2/", h.Base)
	mux.HandleFunc("GET /v2/{name}/manifests/{reference}", h.GetManifest)
	mux.HandleFunc("PUT /v2/{name}/manifests/{reference}", h.PutManifest)
	mux.HandleFunc("DELETE /v2/{name}/manifests/{reference}", h.DeleteManifest)
	mux.HandleFunc("GET /v2/{name}/blobs/{digest}", h.GetBlob)
	mux.HandleFunc("GET /v2/{name}/tags/list", h.Tags)
}

var (
	nameRE   = regexp.MustCompile(`^[a-z0-9]+(?:[._-][a-z0-9]+)*$`)
	tagRE    = regexp.MustCompile(`^[\w][\w.-]{0,127}$`)
	digestRE = regexp.MustCompile(`^[a-z0-9]+(?:[+._-][a-z0-9]+)*:[a-zA-Z0-9=_-]+$`)
)

// Base answers the version check. Its route is not in the reference: its
// codes are checked against what the reference says of them anywhere.
func (h *Handler) Base(w http.ResponseWriter, r *http.Request) {
	if !h.Authenticate(r) {
		// Right: UNAUTHORIZED is documented with 401.
		apierr.Write(w, http.StatusUnauthorized, "UNAUTHORIZED", "authentication required")
		return
	}
	w.WriteHeader(http.StatusOK)
}

// GetManifest serves GET Manifest.
func (h *Handler) GetManifest(w http.ResponseWriter, r *http.Request) {
	name, ref := r.PathValue("name"), r.PathValue("reference")
	if !nameRE.MatchString(name) {
		apierr.Write(w, http.StatusBadRequest, "NAME_INVALID", "invalid repository name")
		return
	}
	if !tagRE.MatchString(ref) && !digestRE.MatchString(ref) {
		apierr.Write(w, http.StatusBadRequest, "TAG_INVALID", "manifest tag did not match URI")
		return
	}
	body, mediaType, err := h.Storage.Manifest(r.Context(), name, ref)
	switch {
	case errors.Is(err, ErrRepoUnknown):
		// Wrong: the reference gives this code's message as "repository
		// name not known to registry".
		apierr.Write(w, http.StatusNotFound, "NAME_UNKNOWN", "repository not found")
		return
	case errors.Is(err, ErrManifestUnknown):
		apierr.Write(w, http.StatusNotFound, "MANIFEST_UNKNOWN", "manifest unknown")
		return
	case errors.Is(err, ErrRateLimited):
		// Right: TOOMANYREQUESTS is only in the list of all codes, with no
		// endpoint and no status: any endpoint may return it.
		apierr.Write(w, http.StatusTooManyRequests, "TOOMANYREQUESTS", "too many requests")
		return
	case err != nil:
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", mediaType)
	w.Write(body)
}

// PutManifest serves PUT Manifest.
func (h *Handler) PutManifest(w http.ResponseWriter, r *http.Request) {
	name, ref := r.PathValue("name"), r.PathValue("reference")
	if !nameRE.MatchString(name) {
		apierr.Write(w, http.StatusBadRequest, "NAME_INVALID", "invalid repository name")
		return
	}
	if r.ContentLength > h.MaxManifest {
		// Right: PUT Manifest documents MANIFEST_INVALID with 413 as well
		// as with 400.
		apierr.Write(w, http.StatusRequestEntityTooLarge, "MANIFEST_INVALID", "manifest invalid")
		return
	}
	body, err := io.ReadAll(io.LimitReader(r.Body, h.MaxManifest+1))
	if err != nil || int64(len(body)) > h.MaxManifest {
		apierr.Write(w, http.StatusRequestEntityTooLarge, "SIZE_INVALID", "provided length did not match content length")
		return
	}
	missing, err := h.Storage.PutManifest(r.Context(), name, ref, body)
	if len(missing) > 0 {
		// Wrong: PUT Manifest documents BLOB_UNKNOWN with 400; 404 is
		// what GET of a blob answers with it.
		apierr.Write(w, http.StatusNotFound, "BLOB_UNKNOWN", "blob unknown to registry")
		return
	}
	if err != nil {
		apierr.Write(w, http.StatusBadRequest, "MANIFEST_INVALID", "manifest invalid")
		return
	}
	w.WriteHeader(http.StatusCreated)
}

// DeleteManifest serves DELETE Manifest.
func (h *Handler) DeleteManifest(w http.ResponseWriter, r *http.Request) {
	if !h.DeleteEnabled {
		apierr.Write(w, http.StatusMethodNotAllowed, "UNSUPPORTED", "the operation is unsupported")
		return
	}
	name, ref := r.PathValue("name"), r.PathValue("reference")
	if !nameRE.MatchString(name) {
		apierr.Write(w, http.StatusBadRequest, "NAME_INVALID", "invalid repository name")
		return
	}
	if !digestRE.MatchString(ref) {
		if tagRE.MatchString(ref) {
			// Wrong: DELETE Manifest documents DIGEST_INVALID for a
			// reference that is not a digest; TAG_INVALID is GET's.
			apierr.Write(w, http.StatusBadRequest, "TAG_INVALID", "manifest tag did not match URI")
			return
		}
		apierr.Write(w, http.StatusBadRequest, "DIGEST_INVALID", "provided digest did not match uploaded content")
		return
	}
	if err := h.Storage.DeleteManifest(r.Context(), name, ref); errors.Is(err, ErrManifestUnknown) {
		apierr.Write(w, http.StatusNotFound, "MANIFEST_UNKNOWN", "manifest unknown")
		return
	} else if err != nil {
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusAccepted)
}

// GetBlob serves GET /v2/<name>/blobs/<digest>.
func (h *Handler) GetBlob(w http.ResponseWriter, r *http.Request) {
	name, digest := r.PathValue("name"), r.PathValue("digest")
	if !digestRE.MatchString(digest) {
		apierr.Write(w, http.StatusBadRequest, "DIGEST_INVALID", "provided digest did not match uploaded content")
		return
	}
	rc, err := h.Storage.Blob(r.Context(), name, digest)
	switch {
	case errors.Is(err, ErrRepoUnknown):
		apierr.Write(w, http.StatusNotFound, "NAME_UNKNOWN", "repository name not known to registry")
		return
	case errors.Is(err, ErrBlobUnknown) && strings.HasPrefix(digest, "sha512:"):
		// Wrong: a typo of BLOB_UNKNOWN.
		apierr.Write(w, http.StatusNotFound, "BLOB_UNKOWN", "blob unknown to registry")
		return
	case errors.Is(err, ErrBlobUnknown):
		// Right: here BLOB_UNKNOWN goes with 404, as this endpoint's
		// section says, though PUT Manifest documents it with 400.
		apierr.Write(w, http.StatusNotFound, "BLOB_UNKNOWN", "blob unknown to registry")
		return
	case err != nil:
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	defer rc.Close()
	w.Header().Set("Content-Type", "application/octet-stream")
	io.Copy(w, rc)
}

// Tags lists a repository's tags. Its route is not in the reference.
func (h *Handler) Tags(w http.ResponseWriter, r *http.Request) {
	tags, err := h.Storage.Tags(r.Context(), r.PathValue("name"))
	if errors.Is(err, ErrRepoUnknown) {
		// Right: NAME_UNKNOWN goes with 404 wherever it is documented.
		apierr.Write(w, http.StatusNotFound, "NAME_UNKNOWN", "repository name not known to registry")
		return
	} else if err != nil {
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	io.WriteString(w, `{"tags":["`+strings.Join(tags, `","`)+`"]}`)
}
