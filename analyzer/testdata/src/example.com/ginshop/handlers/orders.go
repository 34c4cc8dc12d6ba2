// Package handlers serves the shop's orders with gin.
package handlers

import (
	"net/http"

	"github.com/gin-gonic/gin"
)

type apiError struct {
	Code    string `json:"code"`
	Message string `json:"message"`
}

// Routes registers the order handlers.
func Routes(r *gin.Engine) { // want Routes:`returns\("order_deleted" \(410\)\)`
	r.GET("/orders/:id", GetOrder)
	r.DELETE("/orders/:id", func(c *gin.Context) {
		c.JSON(http.StatusGone, gin.H{"code": "order_deleted"}) // want `code "order_deleted" is not in the catalog$`
	})
}

// GetOrder serves GET /orders/:id.
func GetOrder(c *gin.Context) { // want GetOrder:`returns\("already_paid" \(400\), "already_paid" \(402\), "invalid_order_number" \(404\), "invalid_order_numbr" \(404\), "order_canceled" \(409\), "order_locked" \(423\), "rate_limit_exceded" \(429\)\)`
	switch c.Query("state") {
	case "missing":
		c.JSON(http.StatusNotFound, gin.H{"code": "invalid_order_number", "message": "Order not found"}) // ok: documented, right status
	case "paid":
		c.AbortWithStatusJSON(http.StatusBadRequest, gin.H{"code": "already_paid"}) // want `code "already_paid" is documented with status 409 Conflict \(errcodes.yaml:9\) but returned with 400 Bad Request`
	case "typo":
		c.IndentedJSON(http.StatusNotFound, apiError{Code: "invalid_order_numbr"}) // want `code "invalid_order_numbr" is not in the catalog; did you mean "invalid_order_number"\?`
	case "locked":
		c.PureJSON(http.StatusLocked, &apiError{Code: "order_locked", Message: "?"}) // want `code "order_locked" is not in the catalog$` `message "\?" is an unresolved placeholder`
	case "nested":
		c.SecureJSON(http.StatusConflict, gin.H{"error": gin.H{"code": "order_canceled"}}) // want `code "order_canceled" is not in the catalog$`
	case "slow":
		body := gin.H{"code": "rate_limit_exceded"} // want `code "rate_limit_exceded" is not in the catalog; did you mean "rate_limit_exceeded"\?`
		c.JSON(http.StatusTooManyRequests, body)
	case "method expression":
		(*gin.Context).JSON(c, http.StatusPaymentRequired, gin.H{"code": "already_paid"}) // want `code "already_paid" is documented with status 409 Conflict \(errcodes.yaml:9\) but returned with 402 Payment Required`
	}
}

// fakeContext has a JSON method like gin.Context's: a same-named method
// of another type is not matched.
type fakeContext struct{}

func (fakeContext) JSON(code int, obj any) {}

// Silent holds what the gin preset must not report.
func Silent(c *gin.Context, status int, code, key string) { // want Silent:`returns\("already_paid"\)`
	switch c.Query("case") {
	case "success":
		// 200 OK: the code of a success body is no error code.
		c.JSON(http.StatusOK, gin.H{"code": 0, "data": gin.H{"id": 1}})
	case "variable status":
		// Not a constant: a documented code is not compared.
		c.JSON(status, gin.H{"code": "already_paid"})
	case "variable code":
		c.JSON(http.StatusConflict, gin.H{"code": code})
	case "echo":
		// The body repeats the status as its code.
		c.JSON(http.StatusNotFound, gin.H{"code": 404, "msg": "not found"})
	case "not a literal":
		c.JSON(http.StatusConflict, errorBody("not_a_literal"))
	case "key not constant":
		// A key known only at run time could be "code": nothing is certain.
		c.JSON(http.StatusConflict, gin.H{key: "x", "code": "dynamic_keys"})
	case "text":
		// Not a JSON body.
		c.String(http.StatusConflict, "already_paid_text")
	case "other type":
		fakeContext{}.JSON(http.StatusConflict, gin.H{"code": "fake_code"})
	}
}

func errorBody(code string) gin.H { return gin.H{"code": code} }
