// Package fiber is a stub of github.com/gofiber/fiber/v2 for the
// analyzer's tests: it declares what the fiber preset matches and the
// handlers in example.com/fibershop call, with the real library's shapes.
//
//   - Ctx is a struct whose methods have pointer receivers. Status returns
//     the *Ctx, so that c.Status(s).JSON(body) chains: the preset matches
//     (*Ctx).JSON and reads the status from the (*Ctx).Status call it is
//     made on.
//   - JSON(data any, ctype ...string) is variadic: the body is argument 0.
//   - Map is a named map type, read as a body literal.
//   - The Status* constants are untyped integer constants.
//   - NewError's message is a plain string: it is no site.
//   - A handler is func(*Ctx) error (isHandlerSig); Handler is an alias of
//     that type, as in the real library.
//
// The real types have many more fields and methods; bodies here do
// nothing. TestFrameworks runs the same handlers against the real fiber.
package fiber

// Map is a shortcut for map[string]interface{}.
type Map map[string]interface{}

// Handler serves a request.
type Handler = func(*Ctx) error

// HTTP status codes.
const (
	StatusOK         = 200
	StatusBadRequest = 400
	StatusNotFound   = 404
	StatusConflict   = 409
	StatusGone       = 410
	StatusLocked     = 423
)

// Ctx is a request's context.
type Ctx struct{}

func (c *Ctx) Status(status int) *Ctx                           { return c }
func (c *Ctx) JSON(data interface{}, ctype ...string) error     { return nil }
func (c *Ctx) Query(key string, defaultValue ...string) string  { return "" }
func (c *Ctx) Params(key string, defaultValue ...string) string { return "" }

// Error is an error with an HTTP status.
type Error struct {
	Code    int    `json:"code"`
	Message string `json:"message"`
}

func (e *Error) Error() string { return e.Message }

// NewError returns an error with status code and message.
func NewError(code int, message ...string) *Error {
	return &Error{Code: code}
}

// Router registers routes.
type Router interface {
	Get(path string, handlers ...Handler) Router
	Delete(path string, handlers ...Handler) Router
}

// App is the framework's instance.
type App struct{}

func (app *App) Get(path string, handlers ...Handler) Router    { return app }
func (app *App) Delete(path string, handlers ...Handler) Router { return app }
