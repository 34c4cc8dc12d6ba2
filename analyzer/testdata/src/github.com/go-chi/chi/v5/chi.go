// Package chi is a stub of github.com/go-chi/chi/v5 for the analyzer's
// tests: it declares what route matching relies on and the handlers in
// example.com/chishop call, with the real library's shapes.
//
//   - NewRouter returns a *Mux, and Get, Post and their kin are methods of
//     *Mux: a route is taken only on a *Mux receiver.
//   - Router is an interface that *Mux implements; the router that Route
//     passes to its function is one, and a route registered on it (under
//     a prefix errcodes does not follow) is not taken.
//   - A handler is an http.HandlerFunc.
//
// The real Router has many more methods; bodies here do nothing.
// TestFrameworks runs the same handlers against the real chi.
package chi

import "net/http"

// Router consists of the core routing methods.
type Router interface {
	http.Handler
	Route(pattern string, fn func(r Router)) Router
	Delete(pattern string, h http.HandlerFunc)
	Get(pattern string, h http.HandlerFunc)
	Post(pattern string, h http.HandlerFunc)
}

// Mux is a router.
type Mux struct{}

// NewRouter returns a new Mux.
func NewRouter() *Mux { return &Mux{} }

func (mx *Mux) ServeHTTP(w http.ResponseWriter, r *http.Request)  {}
func (mx *Mux) Route(pattern string, fn func(r Router)) Router    { return mx }
func (mx *Mux) Delete(pattern string, handlerFn http.HandlerFunc) {}
func (mx *Mux) Get(pattern string, handlerFn http.HandlerFunc)    {}
func (mx *Mux) Post(pattern string, handlerFn http.HandlerFunc)   {}

// URLParam returns the URL parameter key of r's route.
func URLParam(r *http.Request, key string) string { return "" }
