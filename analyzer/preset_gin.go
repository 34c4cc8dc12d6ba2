package analyzer

import (
	"go/ast"
	"go/types"
	"slices"
	"strings"
)

// The gin preset: c.JSON(status, body) and the other methods of
// *gin.Context that write (status, body) as JSON.
//
//	c.JSON(http.StatusNotFound, gin.H{"code": "order_not_found"})
func init() {
	registerPreset(&preset{
		name:     "gin",
		packages: []string{ginPkg},
		call:     ginCall,
		// engine.GET(path, handlers...), methods promoted from
		// RouterGroup, on the *gin.Engine only: a group may have a
		// prefix errcodes cannot see.
		routes: methodRoutes(func(m string) (string, routeFunc) {
			return ginPkg + ".RouterGroup." + m, routeFunc{handler: -1, method: m, recv: ginPkg + ".Engine"}
		}),
		handler: func(sig *types.Signature) bool {
			// func(*gin.Context)
			return sig.Results().Len() == 0 && slices.Equal(typeStrings(sig.Params()), []string{"*" + ginPkg + ".Context"})
		},
	})
}

const ginPkg = "github.com/gin-gonic/gin"

// ginWriters are the methods of *gin.Context that write (status, body) as
// JSON.
var ginWriters = []string{"JSON", "AbortWithStatusJSON", "IndentedJSON", "PureJSON", "SecureJSON", "AsciiJSON"}

func ginCall(c *checker, call *ast.CallExpr, _ *types.Func, key string) *site {
	method, ok := strings.CutPrefix(key, ginPkg+".Context.")
	if !ok || !slices.Contains(ginWriters, method) {
		return nil
	}
	if args := c.presetArgs(call); len(args) == 2 {
		return c.bodySite(call, args[0], args[1], false)
	}
	return nil
}
