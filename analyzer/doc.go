// Package analyzer defines an Analyzer that checks the error codes Go
// handlers return against a catalog of documented codes.
//
// # Analyzer errcodes
//
// errcodes: check returned error codes against the documented catalog
//
// Public APIs document their error codes: the code, the HTTP status it
// goes with, its message, the endpoints that return it. errcodes reads
// that catalog through errcodes.yaml (found by walking up from each
// package's directory, or named by -config) and reports, at each place
// the code returns an error code through a configured emitter (a function,
// a method or a struct type) or a framework preset (net/http with
// encoding/json, JSON error structs, gin, echo, chi, fiber, gRPC):
//
//   - undocumented: a constant code the catalog does not document. When a
//     documented code is one or two edits away, the message names it and a
//     suggested fix replaces the string literal.
//   - status: a code returned with a constant HTTP status other than the
//     documented one. The suggested fix writes the documented status, as a
//     net/http constant when the file imports net/http.
//   - placeholder: a code or message "?" returned in Go code, or a handler
//     marked //errcodes:endpoint NAME whose endpoint has an unresolved "?"
//     entry in the catalog; the message lists the codes the handler returns,
//     so whoever writes the docs can resolve it.
//   - directive: a malformed //errcodes: directive.
//
// Values are resolved through the type checker: literals, named and typed
// constants, iota and constant expressions. A value that is not a constant
// is skipped without a word: errcodes reports only what it is sure of.
// Emitters are matched by type identity, never by name. Test files are
// not checked.
//
// A finding is suppressed by //errcodes:ignore REASON on its line or the
// line above; the reason is required.
//
// # Examples
//
//	handlers.go:31:28: code "invalid_order_numbr" is not in the catalog; did you mean "invalid_order_number"?
//	handlers.go:40:33: code "already_paid" is documented with status 409 Conflict but returned with 400 Bad Request
package analyzer
