// want package:"wraps"

// Package respond holds the helpers handlers use to write errors. None is
// configured: errcodes infers which of them are wrappers.
package respond

import (
	"net/http"
	"strings"

	"example.com/shop/apierr"
)

// Error writes code with status.
func Error(w http.ResponseWriter, status int, code string) { // want Error:`emitter\(code=arg2 status=arg1\)`
	apierr.Write(w, status, code, http.StatusText(status))
}

// NotFound fixes the status and forwards the code.
func NotFound(w http.ResponseWriter, code string) { // want NotFound:`emitter\(code=arg1 status=i:404\)`
	Error(w, http.StatusNotFound, code)
}

// Conflict is a wrapper of a wrapper.
func Conflict(w http.ResponseWriter, code string) { // want Conflict:`emitter\(code=arg1 status=i:409\)`
	NotFoundOr(w, code, http.StatusConflict)
}

// NotFoundOr forwards both.
func NotFoundOr(w http.ResponseWriter, code string, status int) { // want NotFoundOr:`emitter\(code=arg1 status=arg2\)`
	Error(w, status, code)
}

// Slow fixes the status and the message.
func Slow(w http.ResponseWriter, code string) { // want Slow:`emitter\(code=arg1 message=s:Slow down status=i:429\)`
	apierr.Write(w, http.StatusTooManyRequests, code, "Slow down")
}

// Responder writes errors for one request.
type Responder struct{ W http.ResponseWriter }

// Fail is a wrapper method.
func (r *Responder) Fail(status int, code string) { // want Fail:`emitter\(code=arg1 status=arg0\)`
	Error(r.W, status, code)
}

// Lower transforms the code before writing it: not a wrapper.
func Lower(w http.ResponseWriter, code string) {
	code = strings.ToLower(code)
	Error(w, http.StatusBadRequest, code)
}

// Prefixed builds a new code from its parameter: not a wrapper.
func Prefixed(w http.ResponseWriter, code string) {
	Error(w, http.StatusBadRequest, "legacy_"+code)
}

// Either picks the status at run time: a wrapper with no known status.
func Either(w http.ResponseWriter, code string, retry bool) { // want Either:`emitter\(code=arg1\)`
	if retry {
		Error(w, http.StatusServiceUnavailable, code)
		return
	}
	Error(w, http.StatusBadRequest, code)
}

// Queue hands the code to another goroutine through a channel; inference
// cannot see that it is written, so the directive declares it.
//
//errcodes:emitter code=code status=status
func Queue(errs chan<- [2]string, status int, code string) { // want Queue:`emitter\(code=arg2 status=arg1\)`
	errs <- [2]string{http.StatusText(status), code}
}

// Writer is an interface: calls through it have many implementations.
type Writer interface {
	WriteError(status int, code string)
}

// unexported wrappers are used in this package but export no fact.
func badRequest(w http.ResponseWriter, code string) {
	Error(w, http.StatusBadRequest, code)
}

// Validate uses the unexported wrapper.
func Validate(w http.ResponseWriter, qty int) { // want Validate:`returns\("invalid_quantity" \(400\)\)`
	if qty < 0 {
		badRequest(w, "invalid_quantity") // want `code "invalid_quantity" is not in the catalog`
	}
}

// Publish declares itself an emitter with a role errcodes does not know.
// The directive is reported once, however many rounds wrapper inference
// takes in this package (Conflict needs two), and Publish is then
// inferred like any other function: nothing here writes a code.
//
//errcodes:emitter code=code topic=topic // want `errcodes:emitter takes role=parameter words \(roles: code, status, message, fields, reason, retryable\), not "topic=topic"`
func Publish(errs chan<- [2]string, topic, code string) {
	errs <- [2]string{topic, code}
}
