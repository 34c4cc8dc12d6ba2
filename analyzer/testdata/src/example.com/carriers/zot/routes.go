// Package zot serves an OCI registry the way project-zot/zot's routes
// do: the code in one value, the status in the writer's call.
package zot

import (
	"net/http"

	"example.com/carriers/apierr"
	zcommon "example.com/carriers/common"
	"example.com/carriers/errcode"
	"github.com/gin-gonic/gin"
)

// UpdateManifest updates a manifest.
func UpdateManifest(response http.ResponseWriter, request *http.Request) { // want UpdateManifest:`returns\("MANIFEST_INVALID", "MANIFEST_INVALID" \(404\), "MANIFEST_UNKNOWN", "MANIFEST_UNKNOWN" \(400\), "NAME_INVALID", "NAME_INVALID" \(400\), "UNSUPPORTED", "UNSUPPORTED" \(405\)\)`
	if request.ContentLength == 0 {
		err := apierr.NewError(apierr.MANIFEST_INVALID).AddDetail(map[string]string{"reason": "empty"})
		zcommon.WriteJSON(response, http.StatusNotFound, apierr.NewErrorList(err)) // want `code "MANIFEST_INVALID" is documented with status 400 Bad Request \(errcodes.yaml:\d+\) but returned with 404 Not Found`
		return
	}
	if request.URL.Query().Get("name") == "" {
		zcommon.WriteJSON(response, http.StatusBadRequest, apierr.NewErrorList(apierr.NewError(apierr.NAME_INVALID))) // ok
		return
	}
	if request.Method == http.MethodPatch {
		zcommon.WriteJSON(response, http.StatusMethodNotAllowed, apierr.NewErrorList(apierr.NewError(apierr.UNSUPPORTED))) // want `code "UNSUPPORTED" is not in the catalog`
		return
	}
	e := apierr.NewError(apierr.MANIFEST_UNKNOWN)
	zcommon.WriteJSON(response, http.StatusBadRequest, apierr.NewErrorList(e)) // want `code "MANIFEST_UNKNOWN" is documented with status 404 Not Found \(errcodes.yaml:\d+\) but returned with 400 Bad Request`
}

// ServeAll answers with each code's own status.
func ServeAll(response http.ResponseWriter, request *http.Request) { // want ServeAll:`returns\("UNAUTHORIZED" \(401\)\)`
	zcommon.ServeErrors(response, errcode.ErrorCodeUnauthorized) // ok: written with its own status
}

// Traps.

// Unknown: the errors come from elsewhere, or the status is not known.
func Unknown(response http.ResponseWriter, request *http.Request, status int, fromCaller *apierr.Error) { // want Unknown:`returns\("MANIFEST_INVALID"\)`
	zcommon.WriteJSON(response, status, apierr.NewErrorList(apierr.NewError(apierr.MANIFEST_INVALID))) // ok: status unknown
	zcommon.WriteJSON(response, http.StatusNotFound, apierr.NewErrorList(fromCaller))                  // ok: a parameter
	err := apierr.NewError(apierr.MANIFEST_INVALID)
	if request.ContentLength > 0 {
		err = fromCaller
	}
	zcommon.WriteJSON(response, http.StatusNotFound, apierr.NewErrorList(err)) // ok: reassigned on a path
	swapped := apierr.NewError(apierr.MANIFEST_INVALID).WithCode(request.FormValue("code"))
	zcommon.WriteJSON(response, http.StatusNotFound, apierr.NewErrorList(swapped)) // ok: the code is swapped
	code := apierr.ErrorCode(len(request.URL.Path))
	zcommon.WriteJSON(response, http.StatusNotFound, apierr.NewErrorList(apierr.NewError(code))) // ok: code not constant
	zcommon.WriteJSON(response, http.StatusNotFound, map[string]string{"ok": "true"})            // ok: no error in it
}

// GinManifest writes a code-carrying value through gin.
func GinManifest(c *gin.Context) { // want GinManifest:`returns\("NAME_INVALID", "NAME_INVALID" \(400\), "NAME_INVALID" \(404\)\)`
	apiErr := apierr.NewError(apierr.NAME_INVALID)
	if c.Query("tag") == "" {
		c.JSON(http.StatusNotFound, apiErr) // want `code "NAME_INVALID" is documented with status 400 Bad Request \(errcodes.yaml:\d+\) but returned with 404 Not Found`
		return
	}
	c.JSON(http.StatusBadRequest, apierr.NewErrorList(apiErr)) // ok
	c.JSON(http.StatusOK, gin.H{"tag": c.Query("tag")})        // ok: no error
}
