// Package routes serves manifests: the code in one value, the status in
// the write.
package routes

import (
	"net/http"

	"github.com/errcodes/errcodes/testdata/blobstore/apierr"
	zcommon "github.com/errcodes/errcodes/testdata/blobstore/common"
)

// UpdateManifest updates a manifest.
//
//errcodes:endpoint Manifest
func UpdateManifest(response http.ResponseWriter, request *http.Request) {
	if request.ContentLength == 0 {
		err := apierr.NewError(apierr.MANIFEST_INVALID)
		zcommon.WriteJSON(response, http.StatusNotFound, apierr.NewErrorList(err))
		return
	}
	if request.URL.Query().Get("blob") != "" {
		zcommon.WriteJSON(response, http.StatusBadRequest, apierr.NewErrorList(apierr.NewError(apierr.MANIFEST_BLOB_UNKNOWN)))
		return
	}
	if request.Method == http.MethodPatch {
		zcommon.WriteJSON(response, http.StatusMethodNotAllowed, apierr.NewErrorList(apierr.NewError(apierr.UNSUPPORTED)))
		return
	}
	e := apierr.NewError(apierr.NAME_UNKNOWN)
	zcommon.WriteJSON(response, http.StatusNotFound, apierr.NewErrorList(e))
}

// DeleteManifests deletes the manifests a request names, and answers with
// the errors it met: a list built in a loop, whose codes errcodes does
// not follow.
//
//errcodes:endpoint Manifest
func DeleteManifests(response http.ResponseWriter, request *http.Request) {
	var errs []*apierr.Error
	for _, ref := range request.URL.Query()["reference"] {
		if ref == "" {
			errs = append(errs, apierr.NewError(apierr.NAME_UNKNOWN))
		}
	}
	if len(errs) > 0 {
		zcommon.WriteJSON(response, http.StatusNotFound, apierr.NewErrorList(errs...))
	}
}
