// Package analyzer defines an Analyzer that checks the error codes Go
// handlers return against a catalog of documented codes.
//
// # Analyzer errcodes
//
// errcodes: check returned error codes against the documented catalog
//
// Public APIs document their error codes: the code, the HTTP status it
// goes with, its message, its fields, the endpoints that return it.
// errcodes reads that catalog through errcodes.yaml (found by walking up
// from each package's directory, or named by -config), from YAML or
// straight from the published docs, and reports, at each place the code
// returns an error code through an emitter (a configured function, method
// or struct type, a wrapper inferred from them, or a framework preset:
// net/http with encoding/json, JSON error structs, gin, echo, chi, fiber,
// gRPC):
//
//   - undocumented: a code the catalog does not document. When a documented
//     code is one or two edits away, the message names it and a suggested
//     fix replaces the string literal.
//   - status: a code returned with an HTTP status other than the documented
//     one. The suggested fix writes the documented status, as a net/http
//     constant when the file imports net/http.
//   - placeholder: a code or message "?" returned in Go code; or a code
//     whose status the catalog writes "?", with the status it is returned
//     with.
//   - endpoint-placeholder: a handler marked //errcodes:endpoint NAME whose
//     endpoint has an unresolved "?" entry in the catalog, with the codes
//     the handler may return, so whoever writes the docs can resolve it.
//   - directive: a malformed //errcodes: directive: an ignore without a
//     reason (it then suppresses nothing), an endpoint outside a function's
//     doc comment or naming an endpoint the catalog does not have, an
//     unknown directive; and an ignore that suppresses no finding.
//   - endpoint: a code a handler serving an endpoint may return, directly
//     or through the functions it calls, that the catalog documents only
//     for other endpoints; or a failure status that the endpoint's own
//     documentation (swaggo @Failure lines) does not list.
//   - deprecated: a code the catalog marks deprecated, still returned.
//   - fields: extra fields (a map or struct literal an emitter takes) that
//     set one the docs do not list for the code, or leave out one they mark
//     required.
//   - reason: a sub-code (reason) the docs do not allow with its code.
//   - retryable: a code the docs list as retryable, returned without its
//     retryable flag.
//   - message: a constant message (a string, or fmt.Sprintf or fmt.Errorf
//     of a constant format) that matches no message the docs give its code.
//     The docs' {name} and $name placeholders and Go's printf verbs match
//     any text; surrounding space and a trailing period do not count. When
//     one message with no placeholders is documented, a suggested fix
//     replaces the string literal with it.
//
// Values are resolved when they are certain: constants through the type
// checker; locals assigned only constants on every path, package-level
// variables nothing reassigns, fields of enum-like struct variables and
// map literal lookups through the package's SSA form. Anything else is
// skipped without a word: errcodes reports only what it is sure of.
// Emitters are matched by type identity, never by name. Wrappers, the
// per-function code sets and package-level values are carried across
// packages as facts. Test files are not checked.
//
// A finding is suppressed by //errcodes:ignore REASON on its line or the
// line above; the reason is required.
//
// # Examples
//
// On testdata/shop, the order service in errcodes' repository:
//
//	testdata/shop/orders/orders.go:45:40: code "invalid_order_numbr" is not in the catalog; did you mean "invalid_order_number"?
//	testdata/shop/orders/orders.go:49:19: code "already_paid" is documented with status 409 Conflict (errcodes.yaml:7) but returned with 400 Bad Request
//	testdata/shop/orders/orders.go:84:64: message "No order with this id" does not match the documented "Order not found"
//	testdata/shop/orders/orders.go:87:66: message "?" is an unresolved placeholder
//	testdata/shop/orders/orders.go:119:23: code "order_already_canceled" is documented with status 409 Conflict (docs/errors.yaml:15) but returned with 404 Not Found (by respond.NotFound)
package analyzer
