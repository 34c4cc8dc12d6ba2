// want package:"wraps"

// Package web wraps respond once more: a chain across three packages.
package web

import (
	"net/http"

	"example.com/wrappers/respond"
)

// Gone forwards to a wrapper in another package.
func Gone(w http.ResponseWriter, code string) { // want Gone:`emitter\(code=arg1 status=i:409\)`
	respond.Conflict(w, code)
}
