// Package api serves the shop's API on chi, behind the service's own
// handler type: handlers return an error, and wrap adapts them to
// http.HandlerFunc. Routes sit in a Route group with its middleware, and
// an admin router is mounted under /admin.
package api

import (
	"log"
	"net/http"
	"os"

	"github.com/go-chi/chi/v5"
	"github.com/go-chi/render"
)

// Server serves the API.
type Server struct {
	legacy http.Handler
}

// handlerFunc is the service's handler: an error it returns is logged.
type handlerFunc func(w http.ResponseWriter, r *http.Request) error

// wrap adapts a handlerFunc to chi.
func (s *Server) wrap(h handlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if err := h(w, r); err != nil {
			log.Printf("%s %s: %v", r.Method, r.URL.Path, err)
		}
	}
}

// Routes returns the API's router.
func (s *Server) Routes() http.Handler {
	r := chi.NewRouter()
	r.Route("/api/v1", func(r chi.Router) {
		r.Use(s.authenticate)
		r.Group(func(r chi.Router) {
			r.With(s.paginate).Get("/orders/{id}", s.wrap(s.getOrder))
			r.Post("/orders/{id}/pay", s.wrap(s.payOrder))
		})
	})
	r.Mount("/admin", s.adminRouter())

	// Traps: routes errcodes cannot read with certainty.
	r.Route(os.Getenv("API_BASE"), func(r chi.Router) {
		r.Get("/orders/{id}", s.wrap(s.getOrderV2)) // ok: a prefix from the environment
	})
	r.Mount("/api/v1", s.legacy) // a handler mounted under a prefix: no one route
	return r
}

// adminRouter is mounted under /admin.
func (s *Server) adminRouter() http.Handler {
	r := chi.NewRouter()
	r.Delete("/orders/{id}", s.wrap(s.purgeOrder))
	return r
}

func (s *Server) authenticate(next http.Handler) http.Handler { return next }

func (s *Server) paginate(next http.Handler) http.Handler { return next }

// getOrder is GET /api/v1/orders/{id}.
func (s *Server) getOrder(w http.ResponseWriter, r *http.Request) error {
	if chi.URLParam(r, "id") == "paid" {
		render.Status(r, http.StatusConflict)
		render.JSON(w, r, render.M{"code": "already_paid"}) // want `code "already_paid" is not documented for endpoint "GET /api/v1/orders/\{orderId\}" \(only for "POST /api/v1/orders/\{orderId\}/pay"\)`
		return nil
	}
	render.Status(r, http.StatusNotFound)
	render.JSON(w, r, render.M{"code": "invalid_order_number"}) // ok
	return nil
}

// payOrder is POST /api/v1/orders/{id}/pay.
func (s *Server) payOrder(w http.ResponseWriter, r *http.Request) error {
	render.Status(r, http.StatusConflict)
	render.JSON(w, r, render.M{"code": "already_paid"}) // ok
	render.Status(r, http.StatusLocked)
	render.JSON(w, r, render.M{"code": "order_locked"}) // want `code "order_locked" is not documented for endpoint "POST /api/v1/orders/\{orderId\}/pay" \(only for "DELETE /admin/orders/\{orderId\}"\)`
	return nil
}

// purgeOrder is DELETE /admin/orders/{id}, on the mounted admin router.
func (s *Server) purgeOrder(w http.ResponseWriter, r *http.Request) error {
	render.Status(r, http.StatusLocked)
	render.JSON(w, r, render.M{"code": "order_locked"}) // ok
	render.Status(r, http.StatusConflict)
	render.JSON(w, r, render.M{"code": "already_paid"}) // want `code "already_paid" is not documented for endpoint "DELETE /admin/orders/\{orderId\}"`
	return nil
}

// getOrderV2 is served under a prefix errcodes cannot read.
func (s *Server) getOrderV2(w http.ResponseWriter, r *http.Request) error {
	render.Status(r, http.StatusLocked)
	render.JSON(w, r, render.M{"code": "order_locked"}) // ok: its route is not read
	return nil
}
