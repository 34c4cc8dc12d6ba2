// Package handlers serves the shop's orders with echo.
package handlers

import (
	"net/http"

	"github.com/labstack/echo/v4"
)

type apiError struct {
	Code    string `json:"code"`
	Message string `json:"message"`
}

// shopContext is the shop's own context: echo.Context's methods are
// promoted, and matched.
type shopContext struct {
	echo.Context
}

// Routes registers the order handlers.
func Routes(e *echo.Echo) {
	e.GET("/orders/:id", GetOrder)
}

// GetOrder serves GET /orders/:id.
func GetOrder(c echo.Context) error { // want GetOrder:`returns\("already_paid" \(400\), "invalid_order_number" \(404\), "invalid_order_numbr" \(404\), "order_gone" \(410\), "order_locked" \(423\)\)`
	switch c.QueryParam("state") {
	case "missing":
		return c.JSON(http.StatusNotFound, echo.Map{"code": "invalid_order_number", "message": "Order not found"}) // ok: documented, right status
	case "paid":
		return c.JSON(http.StatusBadRequest, echo.Map{"code": "already_paid"}) // want `code "already_paid" is documented with status 409 Conflict \(errcodes.yaml:9\) but returned with 400 Bad Request`
	case "typo":
		return c.JSONPretty(http.StatusNotFound, apiError{Code: "invalid_order_numbr"}, "  ") // want `code "invalid_order_numbr" is not in the catalog; did you mean "invalid_order_number"\?`
	case "locked":
		return echo.NewHTTPError(http.StatusLocked, echo.Map{"code": "order_locked"}) // want `code "order_locked" is not in the catalog$`
	case "conflict":
		return echo.NewHTTPError(http.StatusBadRequest, &apiError{Code: "already_paid", Message: "?"}) // want `code "already_paid" is documented with status 409 Conflict \(errcodes.yaml:9\) but returned with 400 Bad Request` `message "\?" is an unresolved placeholder`
	case "own context":
		sc := shopContext{c}
		return sc.JSON(http.StatusGone, echo.Map{"code": "order_gone"}) // want `code "order_gone" is not in the catalog$`
	}
	return nil
}

// fail builds an error with a status it is given: NewHTTPError always
// builds an error, so an undocumented code is reported all the same.
func fail(status int) error {
	return echo.NewHTTPError(status, echo.Map{"code": "order_failed"}) // want `code "order_failed" is not in the catalog$`
}

// renderer has a JSON method like echo.Context's: a same-named method of
// another type is not matched.
type renderer struct{}

func (renderer) JSON(code int, i any) error { return nil }

// Silent holds what the echo preset must not report.
func Silent(c echo.Context, status int, msgs []any) error { // want Silent:`returns\("already_paid"\)`
	switch c.QueryParam("case") {
	case "success":
		return c.JSON(http.StatusOK, echo.Map{"code": 0, "data": "ok"})
	case "variable status":
		// Not a constant: a documented code is not compared.
		return echo.NewHTTPError(status, echo.Map{"code": "already_paid"})
	case "plain message":
		// A string message carries no code.
		return echo.NewHTTPError(http.StatusConflict, "already_paid_text")
	case "spread":
		return echo.NewHTTPError(http.StatusConflict, msgs...)
	case "other type":
		return renderer{}.JSON(http.StatusConflict, echo.Map{"code": "rendered_code"})
	}
	return nil
}
