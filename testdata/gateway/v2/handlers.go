package v2

import (
	"encoding/json"
	"net/http"

	"github.com/errcodes/errcodes/testdata/gateway/apierr"
)

// getBlob is getBlob.
func (a *App) getBlob(w http.ResponseWriter, r *http.Request) {
	if r.PathValue("digest") == "" {
		apierr.Write(w, http.StatusBadRequest, "MANIFEST_INVALID", "manifest invalid")
		return
	}
	apierr.Write(w, http.StatusNotFound, "BLOB_UNKNOWN", "blob unknown to registry")
}

// deleteBlob is deleteBlob.
func (a *App) deleteBlob(w http.ResponseWriter, r *http.Request) {
	if !a.deletesEnabled {
		apierr.Write(w, http.StatusMethodNotAllowed, "UNSUPPORTED", "the operation is unsupported")
		return
	}
	apierr.Write(w, http.StatusNotFound, "BLOB_UNKNOWN", "blob unknown to registry")
}

// putManifest is putManifest.
func (a *App) putManifest(w http.ResponseWriter, r *http.Request) {
	apierr.Write(w, http.StatusBadRequest, "MANIFEST_INVALID", "manifest invalid")
	apierr.Write(w, http.StatusNotFound, "NAME_UNKNOWN", "repository name not known to registry")
}

// tagsHandler makes the handler of listTags.
func (a *App) tagsHandler() http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		apierr.Write(w, http.StatusNotFound, "NAME_UNKNOWN", "repository name not known to registry")
		apierr.Write(w, http.StatusNotFound, "BLOB_UNKNOWN", "blob unknown to registry")
	})
}

// The handlers of the routes that are not read: each returns a code its
// operation would not document, and nothing is said.

func (a *App) legacyTags(w http.ResponseWriter, r *http.Request) {
	apierr.Write(w, http.StatusNotFound, "BLOB_UNKNOWN", "blob unknown to registry")
}

func (a *App) startUpload(w http.ResponseWriter, r *http.Request) {
	apierr.Write(w, http.StatusNotFound, "NAME_UNKNOWN", "repository name not known to registry")
}

func (a *App) denyUpload(w http.ResponseWriter, r *http.Request) {
	apierr.Write(w, http.StatusForbidden, "DENIED", "requested access to the resource is denied")
	apierr.Write(w, http.StatusMethodNotAllowed, "UNSUPPORTED", "the operation is unsupported")
}

// relay passes on an upstream registry's error: neither its code nor its
// body is one errcodes can read, and the audit lists both sites among
// those it could not resolve.
func (a *App) relay(w http.ResponseWriter, upstream *http.Response) {
	var body struct {
		Errors []struct {
			Code    string `json:"code"`
			Message string `json:"message"`
		} `json:"errors"`
	}
	if err := json.NewDecoder(upstream.Body).Decode(&body); err != nil || len(body.Errors) == 0 {
		w.WriteHeader(http.StatusBadGateway)
		json.NewEncoder(w).Encode(body)
		return
	}
	apierr.Write(w, http.StatusBadGateway, body.Errors[0].Code, body.Errors[0].Message)
}

// fail writes a message with no code: no site, since there is no code
// errcodes could have missed.
func (a *App) fail(w http.ResponseWriter, err error) {
	w.WriteHeader(http.StatusInternalServerError)
	json.NewEncoder(w).Encode(map[string]string{"error": err.Error()})
}
