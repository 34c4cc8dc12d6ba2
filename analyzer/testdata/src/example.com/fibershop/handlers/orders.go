// Package handlers serves the shop's orders with fiber.
package handlers

import (
	"github.com/gofiber/fiber/v2"
)

type apiError struct {
	Code    string `json:"code"`
	Message string `json:"message"`
}

// Routes registers the order handlers.
func Routes(app *fiber.App) { // want Routes:`returns\("order_deleted" \(410\)\)`
	app.Get("/orders/:id", GetOrder)
	app.Delete("/orders/:id", func(c *fiber.Ctx) error {
		return c.Status(fiber.StatusGone).JSON(fiber.Map{"code": "order_deleted"}) // want `code "order_deleted" is not in the catalog$`
	})
}

// GetOrder serves GET /orders/:id.
func GetOrder(c *fiber.Ctx) error { // want GetOrder:`returns\("already_paid" \(400\), "already_payd", "invalid_order_number" \(404\), "invalid_order_numbr" \(404\), "order_locked" \(423\)\)`
	switch c.Query("state") {
	case "missing":
		return c.Status(fiber.StatusNotFound).JSON(fiber.Map{"code": "invalid_order_number", "message": "Order not found"}) // ok: documented, right status
	case "paid":
		return c.Status(fiber.StatusBadRequest).JSON(fiber.Map{"code": "already_paid"}) // want `code "already_paid" is documented with status 409 Conflict \(errcodes.yaml:9\) but returned with 400 Bad Request`
	case "typo":
		return c.Status(404).JSON(apiError{Code: "invalid_order_numbr", Message: "?"}) // want `code "invalid_order_numbr" is not in the catalog; did you mean "invalid_order_number"\?` `message "\?" is an unresolved placeholder`
	case "locked":
		return c.Status(fiber.StatusLocked).JSON(&apiError{Code: "order_locked"}, "application/problem+json") // want `code "order_locked" is not in the catalog$`
	case "no status":
		// No status: only a likely typo of a documented code is reported.
		return c.JSON(fiber.Map{"code": "already_payd"}) // want `code "already_payd" is not in the catalog; did you mean "already_paid"\?`
	}
	return c.JSON(fiber.Map{"code": 0, "id": c.Params("id")})
}

// fakeCtx has Status and JSON methods like fiber.Ctx's: same-named
// methods of another type are not matched.
type fakeCtx struct{}

func (f *fakeCtx) Status(int) *fakeCtx { return f }
func (f *fakeCtx) JSON(any) error      { return nil }

// Silent holds what the fiber preset must not report.
func Silent(c *fiber.Ctx, status int) error { // want Silent:`returns\("already_paid"\)`
	switch c.Query("case") {
	case "no status":
		// 200 OK unless set before: a code that is no likely typo of a
		// documented one may be a success code.
		return c.JSON(fiber.Map{"code": "order_listed"})
	case "success":
		return c.Status(fiber.StatusOK).JSON(fiber.Map{"code": "ok"})
	case "variable status":
		// Not a constant: a documented code is not compared.
		return c.Status(status).JSON(fiber.Map{"code": "already_paid"})
	case "fiber error":
		// fiber.NewError's message is plain text: no code.
		return fiber.NewError(fiber.StatusConflict, "already_paid_text")
	case "other type":
		return (&fakeCtx{}).Status(fiber.StatusConflict).JSON(fiber.Map{"code": "fake_code"})
	}
	return nil
}
