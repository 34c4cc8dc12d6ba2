// Package legacy keeps the v1 error writer that old mobile clients still
// parse: {"code": ..., "msg": ...}. It is not the documented API.
package legacy

import (
	"encoding/json"
	"net/http"
)

// Write writes a v1 error body. It has the same name and signature as
// problem.Write, but errcodes matches emitters by package, not by name.
func Write(w http.ResponseWriter, status int, code, msg string) {
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(map[string]string{"code": code, "msg": msg})
}
