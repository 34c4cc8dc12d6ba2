// Package store returns API errors from its lookups.
package store

// Error is an API error.
type Error struct {
	Status int
	Code   string
}

func (e *Error) Error() string { return e.Code }

// Find looks an order up.
func Find(id string) error { // want Find:`returns\("order_not_found" \(404\)\)`
	if id == "" {
		return &Error{Status: 404, Code: "order_not_found"}
	}
	return nil
}

// Reserve reserves stock.
func Reserve(sku string) error { // want Reserve:`returns\("out_of_stock" \(409\)\)`
	if sku == "" {
		return &Error{Status: 409, Code: "out_of_stock"}
	}
	return nil
}
