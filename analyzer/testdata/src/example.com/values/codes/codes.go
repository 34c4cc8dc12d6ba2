// Package codes declares the shop's error codes as package-level
// variables, the way many codebases do before they learn about constants.
package codes

// Kind pairs a code with its status.
type Kind struct {
	Code   string
	Status int
}

// Kinds used as an enum by the handlers.
var (
	OrderNotFound = Kind{Code: "invalid_order_number", Status: 404}    // want OrderNotFound:`global\(Code=s:invalid_order_number Status=i:404\)`
	AlreadyPaid   = Kind{Code: "already_paid", Status: 400}            // want AlreadyPaid:`global\(Code=s:already_paid Status=i:400\)`
	Typo          = Kind{Code: "order_already_cancelled", Status: 409} // want Typo:`global\(Code=s:order_already_cancelled Status=i:409\)`
)

// RateLimited is a plain string variable.
var RateLimited = "rate_limit_exceeded" // want RateLimited:`global\(s:rate_limit_exceeded\)`

// Mutable is reassigned by SetMutable: its value is not certain.
var Mutable = "invalid_order_number"

// SetMutable changes Mutable.
func SetMutable(s string) { Mutable = s }

// Fallback takes its value from an unexported variable that nothing
// reassigns: it holds that value.
var Fallback = fallbackCode // want Fallback:`global\(s:payment_required\)`

var fallbackCode = "payment_required"

// Derived takes its value from defaultCode, which reset reassigns
// without naming Derived: its value is not certain.
var Derived = defaultCode

var defaultCode = "invalid_order_number"

func reset() { defaultCode = "order_not_paid" }

// Hijacked is reassigned by the initialiser of another variable.
var Hijacked = "invalid_order_number"

var _ = func() int { Hijacked = "order_not_paid"; return 0 }()

// Pointed is written through a pointer another initialiser takes.
var Pointed = "invalid_order_number"

var pointed = &Pointed

func setPointed(s string) { *pointed = s }
