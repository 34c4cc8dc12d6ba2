// Package chi is a stub of github.com/go-chi/chi/v5 for the analyzer's
// tests: it declares what route matching relies on and the handlers in
// example.com/chishop call, with the real library's shapes.
//
//   - NewRouter returns a *Mux, and Get, Post and their kin are methods of
//     *Mux: a route is taken only on a *Mux receiver.
//   - Router is an interface that *Mux implements; the router that Route
//     and Group pass to their function is one, under Route's prefix, and
//     so is the one With returns.
//   - Mount serves a router under a prefix.
//   - A handler is an http.HandlerFunc, or an http.Handler for Handle,
//     Method and Mount.
//
// The real Router has many more methods; bodies here do nothing.
// TestFrameworks runs the same handlers against the real chi.
package chi

import "net/http"

// Router consists of the core routing methods.
type Router interface {
	http.Handler
	Use(middlewares ...func(http.Handler) http.Handler)
	With(middlewares ...func(http.Handler) http.Handler) Router
	Group(fn func(r Router)) Router
	Route(pattern string, fn func(r Router)) Router
	Mount(pattern string, h http.Handler)
	Handle(pattern string, h http.Handler)
	HandleFunc(pattern string, h http.HandlerFunc)
	Method(method, pattern string, h http.Handler)
	Delete(pattern string, h http.HandlerFunc)
	Get(pattern string, h http.HandlerFunc)
	Post(pattern string, h http.HandlerFunc)
	Put(pattern string, h http.HandlerFunc)
}

// Mux is a router.
type Mux struct{}

// NewRouter returns a new Mux.
func NewRouter() *Mux { return &Mux{} }

func (mx *Mux) ServeHTTP(w http.ResponseWriter, r *http.Request)           {}
func (mx *Mux) Use(middlewares ...func(http.Handler) http.Handler)         {}
func (mx *Mux) With(middlewares ...func(http.Handler) http.Handler) Router { return mx }
func (mx *Mux) Group(fn func(r Router)) Router                             { return mx }
func (mx *Mux) Route(pattern string, fn func(r Router)) Router             { return mx }
func (mx *Mux) Mount(pattern string, handler http.Handler)                 {}
func (mx *Mux) Handle(pattern string, handler http.Handler)                {}
func (mx *Mux) HandleFunc(pattern string, handlerFn http.HandlerFunc)      {}
func (mx *Mux) Method(method, pattern string, handler http.Handler)        {}
func (mx *Mux) Put(pattern string, handlerFn http.HandlerFunc)             {}
func (mx *Mux) Delete(pattern string, handlerFn http.HandlerFunc)          {}
func (mx *Mux) Get(pattern string, handlerFn http.HandlerFunc)             {}
func (mx *Mux) Post(pattern string, handlerFn http.HandlerFunc)            {}

// URLParam returns the URL parameter key of r's route.
func URLParam(r *http.Request, key string) string { return "" }
