// Package routes registers echo handlers for routes the catalog names.
package routes

import (
	"net/http"

	"github.com/labstack/echo/v4"
)

// Register registers the order routes.
func Register(e *echo.Echo) {
	e.GET("/orders/:id", getOrder)
	e.POST("/orders/:id/pay", payOrder)
	// A group prefixes its routes: not taken for the catalog's routes.
	g := e.Group("/v2")
	g.GET("/orders/:id", getOrderV2)
}

func getOrder(c echo.Context) error {
	if c.QueryParam("paid") != "" {
		return c.JSON(http.StatusConflict, echo.Map{"code": "already_paid"}) // want `code "already_paid" is not documented for endpoint "GET /orders/\{orderId\}" \(only for "POST /orders/\{orderId\}/pay"\)`
	}
	return c.JSON(http.StatusNotFound, echo.Map{"code": "invalid_order_number"}) // ok
}

func payOrder(c echo.Context) error {
	return c.JSON(http.StatusConflict, echo.Map{"code": "already_paid"}) // ok
}

func getOrderV2(c echo.Context) error {
	return c.JSON(http.StatusConflict, echo.Map{"code": "already_paid"}) // ok: a grouped route
}
