package analyzer

import (
	"go/ast"
	"go/types"
	"slices"
)

// The echo preset: c.JSON(status, body), c.JSONPretty, and
// echo.NewHTTPError(status, body).
//
//	return c.JSON(http.StatusNotFound, echo.Map{"code": "order_not_found"})
func init() {
	registerPreset(&preset{
		name:     "echo",
		packages: []string{echoPkg},
		call:     echoCall,
		// e.GET(path, handler, middleware...) on the *echo.Echo only: a
		// group may have a prefix errcodes cannot see.
		routes: methodRoutes(func(m string) (string, routeFunc) {
			return echoPkg + ".Echo." + m, routeFunc{handler: 1, method: m, recv: echoPkg + ".Echo"}
		}),
		handler: func(sig *types.Signature) bool {
			// func(echo.Context) error
			return returnsError(sig) && slices.Equal(typeStrings(sig.Params()), []string{echoPkg + ".Context"})
		},
	})
}

const echoPkg = "github.com/labstack/echo/v4"

// The calls the echo preset recognises, as funcKey names them: methods of
// the echo.Context interface by the interface type.
const (
	keyEchoJSON      = echoPkg + ".Context.JSON"
	keyEchoPretty    = echoPkg + ".Context.JSONPretty"
	keyEchoHTTPError = echoPkg + ".NewHTTPError"
)

func echoCall(c *checker, call *ast.CallExpr, _ *types.Func, key string) *site {
	if key != keyEchoJSON && key != keyEchoPretty && key != keyEchoHTTPError {
		return nil
	}
	args := c.presetArgs(call)
	switch key {
	case keyEchoJSON, keyEchoPretty:
		if len(args) >= 2 {
			return c.bodySite(call, args[0], args[1], false)
		}
	case keyEchoHTTPError:
		// NewHTTPError(status, message...): a message that is a map or a
		// struct with a code; a plain string has none.
		if len(args) == 2 && !call.Ellipsis.IsValid() {
			return c.bodySite(call, args[0], args[1], true)
		}
	}
	return nil
}
