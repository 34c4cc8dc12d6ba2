package holdtraps

import (
	"net/http"
)

// objectAPIHandlers serves the S3 API.
type objectAPIHandlers struct{}

// ListObjectsHandler lists a bucket. Every map it looks an error up in
// has been changed: none of the lookups is certain.
//
//errcodes:endpoint Bucket
func (api objectAPIHandlers) ListObjectsHandler(w http.ResponseWriter, r *http.Request) { // want ListObjectsHandler:`returns\("NoSuchKey" \(404\), "SlowDown"\)`
	ctx := r.Context()
	switch r.URL.Query().Get("list-type") {
	case "alias":
		writeErrorResponse(ctx, w, aliasCodes[ErrNoSuchKey], r.URL) // ok: changed through an alias
	case "set":
		writeErrorResponse(ctx, w, setCodes[ErrNoSuchKey], r.URL) // ok: changed by a method
	case "reset":
		writeErrorResponse(ctx, w, resetCodes[ErrNoSuchKey], r.URL) // ok: replaced by a pointer method
	case "copied":
		writeErrorResponse(ctx, w, copiedCodes[ErrNoSuchKey], r.URL) // ok: maps.Copy in init
	case "late":
		writeErrorResponse(ctx, w, lateCodes[ErrNoSuchKey], r.URL) // ok: updated in init, another file
	case "swapped":
		writeErrorResponse(ctx, w, swappedCodes[ErrNoSuchKey], r.URL) // ok: reassigned in init
	case "cleared":
		writeErrorResponse(ctx, w, clearedCodes[ErrNoSuchKey], r.URL) // ok: cleared
	case "deleted":
		writeErrorResponse(ctx, w, deletedCodes[ErrNoSuchKey], r.URL) // ok: deleted from
	case "generic":
		writeErrorResponse(ctx, w, genericCodes[ErrNoSuchKey], r.URL) // ok: a generic helper updates it
	case "exported":
		writeErrorResponse(ctx, w, exportedCodes[ErrNoSuchKey], r.URL) // ok: returned by Codes
	case "hooked":
		writeErrorResponse(ctx, w, hookedCodes[ErrNoSuchKey], r.URL) // ok: a hook updates it
	case "async":
		writeErrorResponse(ctx, w, asyncCodes[ErrNoSuchKey], r.URL) // ok: a goroutine updates it
	case "bound":
		writeErrorResponse(ctx, w, boundCodes[ErrNoSuchKey], r.URL) // ok: updated through a method value
	case "held":
		writeErrorResponse(ctx, w, heldCodes[ErrNoSuchKey], r.URL) // ok: kept in a struct field
	case "pointer":
		writeError(w, pointerCodes[ErrNoSuchKey]) // ok: a pointer behind an interface
	case "legacy":
		// A key of another type converted: the same entry, certain.
		writeErrorResponse(ctx, w, errorCodes[APIErrorCode(legacyNoSuchKey)], r.URL) // want `code "NoSuchKey" is not documented for endpoint "Bucket" \(only for "Object"\)`
	default:
		// Ranging over the map by value changes copies only.
		writeErrorResponse(ctx, w, rangedCodes[ErrNoSuchKey], r.URL) // want `code "NoSuchKey" is not documented for endpoint "Bucket" \(only for "Object"\)`
	}
	adminReload()
}
