// Package enums returns codes that are integer constants whose String
// method names them on the wire: with a hand-written switch, an array,
// and the table the stringer tool generates.
package enums

import (
	"net/http"
)

// Code is written with a switch.
type Code int // want Code:`enum\(1=ORDER_NOT_FOUND 2=ORDER_PAID 3=ORDER_LOST\)`

const (
	OrderNotFound Code = iota + 1
	OrderPaid
	OrderLost
	OrderOther
)

func (c Code) String() string {
	switch c {
	case OrderNotFound:
		return "ORDER_NOT_FOUND"
	case OrderPaid:
		return "ORDER_PAID"
	case OrderLost:
		return "ORDER_LOST"
	}
	return "ORDER_" + http.StatusText(int(c))
}

// Kind is named through an array.
type Kind uint8 // want Kind:`enum\(0=QuotaExceeded 1=Conflict 2=Teapot\)`

const (
	KindQuota Kind = iota
	KindConflict
	KindTeapot
)

var kindNames = [...]string{"QuotaExceeded", "Conflict", "Teapot"}

func (k Kind) String() string { return kindNames[k] }

// Reason is named by the stringer tool's table.
type Reason int // want Reason:`enum\(3=QuotaExceeded 4=Conflict\)`

const (
	ReasonQuota Reason = iota + 3
	ReasonConflict
)

const _Reason_name = "QuotaExceededConflict"

var _Reason_index = [...]uint8{0, 13, 21}

func (i Reason) String() string {
	i -= 3
	if i < 0 || i >= Reason(len(_Reason_index)-1) {
		return "Reason(" + string(rune(i+3)) + ")"
	}
	return _Reason_name[_Reason_index[i]:_Reason_index[i+1]]
}

// Opaque has a String method errcodes cannot read.
type Opaque int

const OpaqueOne Opaque = 1

func (o Opaque) String() string { return lookup(int(o)) }

func lookup(int) string { return "ORDER_NOT_FOUND" }

// Numbered is documented by number; String describes it.
type Numbered int // want Numbered:`enum\(1001=the order cannot be placed\)`

const OrderError Numbered = 1001

func (n Numbered) String() string {
	switch n {
	case OrderError:
		return "the order cannot be placed"
	}
	return "unknown"
}

// Fail writes code with status.
func Fail(w http.ResponseWriter, status int, code interface{ String() string }) {
	w.WriteHeader(status)
}

// Handlers.
func Handlers(w http.ResponseWriter, r *http.Request) { // want Handlers:`returns\(1001 \(400\), 1001 \(404\), "Conflict" \(400\), "ORDER_LOST" \(410\), "ORDER_NOT_FOUND" \(404\), "ORDER_PAID" \(404\), "QuotaExceeded" \(429\), "Teapot" \(418\)\)`
	Fail(w, http.StatusNotFound, OrderNotFound)           // ok
	Fail(w, http.StatusNotFound, OrderPaid)               // want `code "ORDER_PAID" is documented with status 409 Conflict \(errcodes.yaml:\d+\) but returned with 404 Not Found`
	Fail(w, http.StatusGone, OrderLost)                   // want `code "ORDER_LOST" is not in the catalog`
	Fail(w, http.StatusTooManyRequests, KindQuota)        // ok
	Fail(w, http.StatusBadRequest, KindConflict)          // want `code "Conflict" is documented with status 409 Conflict \(errcodes.yaml:\d+\) but returned with 400 Bad Request`
	Fail(w, http.StatusTeapot, KindTeapot)                // want `code "Teapot" is not in the catalog`
	Fail(w, http.StatusTooManyRequests, ReasonQuota)      // ok
	Fail(w, http.StatusBadRequest, ReasonConflict)        // want `code "Conflict" is documented with status 409 Conflict \(errcodes.yaml:\d+\) but returned with 400 Bad Request`
	Fail(w, http.StatusBadRequest, OrderOther)            // ok: String gives it no constant name
	Fail(w, http.StatusBadRequest, OrderError)            // ok: the catalog documents 1001
	Fail(w, http.StatusNotFound, OrderError)              // want `code 1001 is documented with status 400 Bad Request \(errcodes.yaml:\d+\) but returned with 404 Not Found`
	Fail(w, http.StatusBadRequest, OpaqueOne)             // ok: String cannot be read
	Fail(w, http.StatusBadRequest, Code(len(r.URL.Path))) // ok: not a constant
}
