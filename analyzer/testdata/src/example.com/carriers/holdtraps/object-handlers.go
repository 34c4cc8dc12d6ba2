package holdtraps

import (
	"encoding/json"
	"net/http"
)

// errorBody is the part of a response that says what went wrong.
type errorBody struct {
	Err APIError
}

// response is what an object handler answers with.
type response struct {
	errorBody
	RequestID string
	Inner     errorBody
}

// setErr records apiErr as the answer.
func (resp *response) setErr(apiErr APIError) { resp.Inner.Err = apiErr }

// objectState is what an object handler learns before it answers.
type objectState struct {
	apiErr APIError
	bucket string
}

// fail records apiErr as the answer.
func (st *objectState) fail(apiErr APIError) { st.apiErr = apiErr }

// pending holds the states a background job may still change.
var pending []*objectState

// GetObjectHandler serves an object. Each answer is stored in a field
// of a struct of its own first; the bait is NoSuchKey, documented for
// Object only, stored where a later change makes the answer another.
//
//errcodes:endpoint Bucket
func (api objectAPIHandlers) GetObjectHandler(w http.ResponseWriter, r *http.Request) { // want GetObjectHandler:`returns\("NoSuchKey" \(404\), "SlowDown" \(503\)\)`
	ctx := r.Context()
	q := r.URL.Query()
	switch q.Get("case") {
	case "method":
		st := objectState{apiErr: errorCodes[ErrNoSuchKey]}
		st.fail(errorCodes[ErrSlowDown])
		writeErrorResponse(ctx, w, st.apiErr, r.URL) // ok: changed by a method
	case "pending":
		st := objectState{apiErr: errorCodes[ErrNoSuchKey]}
		pending = append(pending, &st)
		writeErrorResponse(ctx, w, st.apiErr, r.URL) // ok: its address stored
	case "decoded":
		st := objectState{apiErr: errorCodes[ErrNoSuchKey]}
		_ = json.NewDecoder(r.Body).Decode(&st)
		writeErrorResponse(ctx, w, st.apiErr, r.URL) // ok: decoded into
	case "deferred":
		st := &objectState{apiErr: errorCodes[ErrNoSuchKey]}
		defer func() { st.apiErr = errorCodes[ErrSlowDown] }()
		writeErrorResponse(ctx, w, st.apiErr, r.URL) // ok: captured
	case "goroutine":
		st := &objectState{apiErr: errorCodes[ErrNoSuchKey]}
		done := make(chan struct{})
		go func() { st.apiErr = errorCodes[ErrSlowDown]; close(done) }()
		<-done
		writeErrorResponse(ctx, w, st.apiErr, r.URL) // ok: captured
	case "embedded":
		var resp response
		resp.Err = errorCodes[ErrNoSuchKey]
		resp.errorBody = errorBody{Err: errorCodes[ErrSlowDown]}
		writeErrorResponse(ctx, w, resp.Err, r.URL) // ok: the embedded struct assigned whole
	case "nested":
		resp := response{Inner: errorBody{Err: errorCodes[ErrNoSuchKey]}}
		resp.setErr(errorCodes[ErrSlowDown])
		writeErrorResponse(ctx, w, resp.Inner.Err, r.URL) // ok: changed by a method
	case "array":
		var states [2]objectState
		states[0].apiErr = errorCodes[ErrNoSuchKey]
		i := len(q.Get("part")) % 2
		states[i].apiErr = errorCodes[ErrSlowDown]
		writeErrorResponse(ctx, w, states[0].apiErr, r.URL) // ok: an element stored through an index
	case "copy":
		st := objectState{apiErr: errorCodes[ErrNoSuchKey]}
		p := &st
		p.apiErr = errorCodes[ErrSlowDown]
		writeErrorResponse(ctx, w, st.apiErr, r.URL) // ok: changed through a pointer to it
	case "loop":
		var st objectState
		for attempt := 0; attempt < 3; attempt++ {
			if attempt > 0 {
				writeErrorResponse(ctx, w, st.apiErr, r.URL) // ok: stored in the previous iteration
				return
			}
			st.apiErr = errorCodes[ErrNoSuchKey]
		}
	case "branch":
		var st objectState
		if q.Get("bucket") == "" {
			st.apiErr = errorCodes[ErrNoSuchKey]
		} else {
			st.apiErr = errorCodes[ErrSlowDown]
		}
		writeErrorResponse(ctx, w, st.apiErr, r.URL) // ok: either
	case "goto":
		st := objectState{bucket: q.Get("bucket")}
		if st.bucket != "" {
			goto write
		}
		st.apiErr = errorCodes[ErrNoSuchKey]
	write:
		writeErrorResponse(ctx, w, st.apiErr, r.URL) // ok: the zero value on the goto's path
	case "snapshot":
		// A snapshot taken before the state is filled in: the zero
		// value.
		var st objectState
		st.bucket = q.Get("bucket")
		prev := st
		st.apiErr = errorCodes[ErrNoSuchKey]
		writeErrorResponse(ctx, w, prev.apiErr, r.URL) // ok: copied before the store
	case "snapshot-branch":
		var st objectState
		if q.Get("bucket") == "" {
			st.apiErr = errorCodes[ErrNoSuchKey]
		}
		prev := st
		writeErrorResponse(ctx, w, prev.apiErr, r.URL) // ok: stored on one path only
	case "prev":
		// The error as it was before the code was set: empty.
		var apiErr APIError
		apiErr.Description = "The specified key does not exist."
		prev := apiErr
		apiErr.Code, apiErr.HTTPStatusCode = "NoSuchKey", http.StatusNotFound
		writeErrorResponse(ctx, w, prev, r.URL) // ok: copied before the code was set
		_ = apiErr
	case "copied":
		// A copy changed: the original still holds its literal's.
		st := objectState{apiErr: errorCodes[ErrNoSuchKey]}
		cp := st
		cp.apiErr = errorCodes[ErrSlowDown]
		writeErrorResponse(ctx, w, cp.apiErr, r.URL) // ok
		writeErrorResponse(ctx, w, st.apiErr, r.URL) // want `code "NoSuchKey" is not documented for endpoint "Bucket" \(only for "Object"\)`
	}
}
