package holdtraps

import (
	"net/http"
)

// HeadBucketHandler answers through accessors called with constants;
// the bait, NoSuchKey, is documented for Object only.
//
//errcodes:endpoint Bucket
func (api objectAPIHandlers) HeadBucketHandler(w http.ResponseWriter, r *http.Request) { // want HeadBucketHandler:`returns\("AccessDenied" \(403\), "InternalError" \(500\), "NoSuchBucket" \(404\), "NoSuchKey" \(404\), "SlowDown" \(503\)\)`
	ctx := r.Context()
	q := r.URL.Query()
	switch q.Get("case") {
	case "strict":
		// NoSuchKey in strict mode, which the environment sets.
		writeErrorResponse(ctx, w, apiErrFor(ErrNoSuchBucket), r.URL) // want `code "NoSuchKey" is not documented for endpoint "Bucket" \(only for "Object"\)`
	case "default":
		writeErrorResponse(ctx, w, unservedErr(ErrNone), r.URL) // ok: a key from a variable
	case "unserved":
		writeErrorResponse(ctx, w, unservedErr(ErrNoSuchBucket), r.URL) // ok: the branch the constant takes
	case "pick":
		// The second argument is the request's: either branch.
		writeErrorResponse(ctx, w, pickErr(ErrNoSuchBucket, q.Has("object")), r.URL) // want `code "NoSuchKey" is not documented for endpoint "Bucket" \(only for "Object"\)`
	case "pick-other":
		writeErrorResponse(ctx, w, pickErr(ErrAccessDenied, q.Has("object")), r.URL) // ok: code decides the condition
	case "switch":
		writeErrorResponse(ctx, w, switchErr(ErrNoSuchBucket), r.URL) // ok: the case the constant takes
	case "switch-list":
		writeErrorResponse(ctx, w, switchErr(ErrSlowDown), r.URL) // ok
	case "switch-key":
		writeErrorResponse(ctx, w, switchErr(ErrNoSuchKey), r.URL) // want `code "NoSuchKey" is not documented for endpoint "Bucket" \(only for "Object"\)`
	case "must":
		writeErrorResponse(ctx, w, mustErr(ErrNoSuchBucket), r.URL) // ok
	case "deferred":
		writeErrorResponse(ctx, w, deferredErr(ErrNoSuchKey), r.URL) // ok: a deferred function may change it
	case "recovered":
		writeErrorResponse(ctx, w, recoveredErr(ErrNoSuchKey), r.URL) // ok: recovers
	case "nested":
		writeErrorResponse(ctx, w, nestedErr(ErrNoSuchBucket), r.URL) // ok: the branches the constant takes, two calls deep
	case "retry":
		writeErrorResponse(ctx, w, retryErr(ErrNoSuchKey, 3), r.URL) // ok: recursive
	case "generic":
		// A generic helper is not followed: the map it is passed is
		// not known to be only read, and none of its entries resolves.
		writeErrorResponse(ctx, w, lookupIn(objectCodes, ErrNoSuchKey), r.URL) // ok: a generic helper
		writeErrorResponse(ctx, w, objectCodes[ErrNoSuchKey], r.URL)           // ok: passed to a generic helper
	case "closure":
		lookup := func(code APIErrorCode) APIError { return errorCodes[code] }
		writeErrorResponse(ctx, w, lookup(ErrNoSuchBucket), r.URL) // ok
	case "bool":
		writeErrorResponse(ctx, w, boolErr(false), r.URL) // ok: the branch false takes
	case "hidden":
		writeErrorResponse(ctx, w, hideExistence(errorCodes[ErrNoSuchKey]), r.URL) // ok: AccessDenied in its place
	case "anonymous":
		writeErrorResponse(ctx, w, errorCodes[ErrNoSuchKey].forAnonymous(), r.URL) // ok: AccessDenied in its place
	case "described":
		writeErrorResponse(ctx, w, errorCodes[ErrNoSuchKey].withDescription("The key was removed."), r.URL) // want `code "NoSuchKey" is not documented for endpoint "Bucket" \(only for "Object"\)`
	case "recoded":
		writeErrorResponse(ctx, w, errorCodes[ErrNoSuchKey].withCode(q.Get("code")), r.URL) // ok: the code is the request's
	case "resource":
		writeError(w, errNoSuchKey.withResource(r.URL.Path)) // want `code "NoSuchKey" is not documented for endpoint "Bucket" \(only for "Object"\)`
	case "masked":
		writeError(w, errNoSuchKey.masked()) // ok: AccessDenied in its place
	case "internal":
		writeErrorResponse(ctx, w, errorCodes[ErrNoSuchKey].internalErr(), r.URL) // ok: InternalError in its place
	case "two-results":
		apiErr, _ := codeOf(ErrNoSuchKey)
		writeErrorResponse(ctx, w, apiErr, r.URL) // ok: not followed, two results
	case "changed-map":
		writeErrorResponse(ctx, w, lookupErr(lateCodes, ErrNoSuchKey), r.URL) // ok: a map init changes
	case "rewritten":
		writeErrorResponse(ctx, w, rewrittenErr(ErrNoSuchKey, r), r.URL) // ok: the code is the request's
	}
}
