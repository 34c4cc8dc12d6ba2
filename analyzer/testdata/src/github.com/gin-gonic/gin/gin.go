// Package gin is a stub of github.com/gin-gonic/gin for the analyzer's
// tests: it declares what the gin preset matches and the handlers in
// example.com/ginshop call, with the real library's shapes.
//
//   - Context is a struct whose methods have pointer receivers: the preset
//     matches (*Context).JSON, AbortWithStatusJSON, IndentedJSON, PureJSON,
//     SecureJSON and AsciiJSON by the key github.com/gin-gonic/gin.Context.M.
//   - H is a named map type (map[string]any), read as a body literal.
//   - Engine embeds RouterGroup: GET, POST and their kin are declared on
//     *RouterGroup and promoted into *Engine; a route is taken only when
//     the receiver is an *Engine, and Group returns a *RouterGroup, which
//     is not one.
//   - A handler is func(*Context), with no result (isHandlerSig).
//
// The real types have many more fields and methods; bodies here do
// nothing. TestFrameworks runs the same handlers against the real gin.
package gin

// H is a shortcut for map[string]any.
type H map[string]any

// HandlerFunc is a handler or middleware.
type HandlerFunc func(*Context)

// Context is a request's context.
type Context struct{}

func (c *Context) Next()                                         {}
func (c *Context) Query(key string) string                       { return "" }
func (c *Context) JSON(code int, obj any)                        {}
func (c *Context) AbortWithStatusJSON(code int, jsonObj any)     {}
func (c *Context) IndentedJSON(code int, obj any)                {}
func (c *Context) SecureJSON(code int, obj any)                  {}
func (c *Context) PureJSON(code int, obj any)                    {}
func (c *Context) AsciiJSON(code int, obj any)                   {}
func (c *Context) String(code int, format string, values ...any) {}

// IRoutes is what a route registration returns.
type IRoutes interface {
	GET(string, ...HandlerFunc) IRoutes
	POST(string, ...HandlerFunc) IRoutes
	DELETE(string, ...HandlerFunc) IRoutes
}

// RouterGroup registers routes under a path prefix.
type RouterGroup struct{}

func (group *RouterGroup) Group(relativePath string, handlers ...HandlerFunc) *RouterGroup {
	return group
}
func (group *RouterGroup) GET(relativePath string, handlers ...HandlerFunc) IRoutes    { return group }
func (group *RouterGroup) POST(relativePath string, handlers ...HandlerFunc) IRoutes   { return group }
func (group *RouterGroup) DELETE(relativePath string, handlers ...HandlerFunc) IRoutes { return group }

// Engine is the framework's instance: its RouterGroup's methods are
// promoted.
type Engine struct {
	RouterGroup
}
