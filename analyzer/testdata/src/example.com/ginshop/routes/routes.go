// Package routes registers gin handlers for routes the catalog names.
package routes

import (
	"net/http"

	"github.com/gin-gonic/gin"
)

// Register registers the order routes.
func Register(r *gin.Engine) {
	r.GET("/orders/:id", getOrder)
	r.POST("/orders/:id/pay", authRequired, payOrder) // the handler is the last argument
	// A group may prefix its routes with a path errcodes does not follow:
	// handlers registered on it are not taken for the catalog's routes.
	v2 := r.Group("/v2")
	v2.GET("/orders/:id", getOrderV2)
}

func authRequired(c *gin.Context) { c.Next() }

func getOrder(c *gin.Context) {
	if c.Query("paid") != "" {
		c.JSON(http.StatusConflict, gin.H{"code": "already_paid"}) // want `code "already_paid" is not documented for endpoint "GET /orders/\{orderId\}" \(only for "POST /orders/\{orderId\}/pay"\)`
		return
	}
	c.JSON(http.StatusNotFound, gin.H{"code": "invalid_order_number"}) // ok: documented for this route
}

func payOrder(c *gin.Context) {
	c.JSON(http.StatusConflict, gin.H{"code": "already_paid"}) // ok
}

func getOrderV2(c *gin.Context) {
	c.JSON(http.StatusConflict, gin.H{"code": "already_paid"}) // ok: no endpoint known for a grouped route
}
