// Package echo is a stub of github.com/labstack/echo/v4 for the
// analyzer's tests: it declares what the echo preset matches and the
// handlers in example.com/echoshop call, with the real library's shapes.
//
//   - Context is an interface: the preset matches its methods JSON and
//     JSONPretty by the interface type (github.com/labstack/echo/v4.Context.JSON),
//     so that they are matched when promoted through a struct that embeds
//     Context, and a same-named method of another type is not.
//   - NewHTTPError(code int, message ...any) *HTTPError is variadic: a
//     call with exactly one message, not spread, is a site.
//   - Map is a named map type (map[string]any), read as a body literal.
//   - GET and POST are methods of *Echo, taken as routes only on an *Echo;
//     Group returns a *Group, whose GET is not.
//   - A handler is func(Context) error (isHandlerSig).
//
// The real types have many more methods; bodies here do nothing.
// TestFrameworks runs the same handlers against the real echo.
package echo

// Map is a shortcut for map[string]any.
type Map map[string]interface{}

// Context is a request's context.
type Context interface {
	QueryParam(name string) string
	JSON(code int, i any) error
	JSONPretty(code int, i any, indent string) error
}

// HandlerFunc serves a request.
type HandlerFunc func(c Context) error

// MiddlewareFunc wraps a handler.
type MiddlewareFunc func(next HandlerFunc) HandlerFunc

// HTTPError is an error with an HTTP status.
type HTTPError struct{}

// NewHTTPError returns an error with status code and message.
func NewHTTPError(code int, message ...interface{}) *HTTPError {
	return &HTTPError{}
}

func (he *HTTPError) Error() string { return "" }

// Route is a registered route.
type Route struct{}

// Echo is the framework's instance.
type Echo struct{}

func (e *Echo) GET(path string, h HandlerFunc, m ...MiddlewareFunc) *Route  { return nil }
func (e *Echo) POST(path string, h HandlerFunc, m ...MiddlewareFunc) *Route { return nil }
func (e *Echo) Group(prefix string, m ...MiddlewareFunc) (g *Group)         { return nil }

// Group registers routes under a path prefix.
type Group struct{}

func (g *Group) GET(path string, h HandlerFunc, m ...MiddlewareFunc) *Route { return nil }
