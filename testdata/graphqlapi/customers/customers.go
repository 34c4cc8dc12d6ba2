// Package customers resolves the customer operations.
package customers

import (
	"context"
	"encoding/json"
	"net/mail"
	"strings"

	"github.com/errcodes/errcodes/testdata/graphqlapi/gqlerr"
)

// Customer is a shop's customer.
type Customer struct {
	ID    string `json:"id"`
	Email string `json:"email"`
	Phone string `json:"phone"`
	Name  string `json:"name"`
}

// Store keeps customers.
type Store interface {
	Customer(ctx context.Context, shopID, id string) (*Customer, error)
	EmailTaken(ctx context.Context, shopID, email string) bool
	Save(ctx context.Context, shopID string, c *Customer) error
}

// Resolver resolves the customer operations.
type Resolver struct {
	Customers Store
}

// A Problem is an InvalidInputProblem found by a validator.
type Problem string

// UpdateCustomer changes a customer's contact details. It checks every
// field before it fails, and reports the first problem.
func (rs *Resolver) UpdateCustomer(ctx context.Context, shopID string, vars json.RawMessage) (any, error) {
	var in Customer
	if err := json.Unmarshal(vars, &in); err != nil {
		return nil, gqlerr.New(gqlerr.ParsingFailure, "Cannot parse the variables")
	}
	var errs gqlerr.Errors
	if in.Name == "" {
		// Right: mandatory is an InvalidInputProblem.
		errs.Add(gqlerr.InvalidInput, "name", "mandatory", "A name is required")
	} else if len(in.Name) > 255 {
		errs.Add(gqlerr.InvalidInput, "name", "max_length_exceeded", "The name is too long")
	}
	if _, err := mail.ParseAddress(in.Email); err != nil {
		errs.Add(gqlerr.InvalidInput, "email", "invalid_email", "Not an email address")
	} else if rs.Customers.EmailTaken(ctx, shopID, in.Email) {
		// Right: already_exists is an InvalidInputProblem too.
		errs.Add(gqlerr.InvalidInput, "email", "already_exists", "Another customer has this email")
	}
	if p := checkPhone(in.Phone); p != "" {
		// Silent: the problem comes from the validator, not a constant.
		errs.Add(gqlerr.InvalidInput, "phone", string(p), "Not a phone number")
	}
	if strings.ContainsAny(in.Name, "<>") {
		// Wrong: no InvalidInputProblem is called invalid_characters.
		errs.Add(gqlerr.InvalidInput, "name", "invalid_characters", "The name has < or >")
	}
	if err := errs.Err(); err != nil {
		return nil, err
	}
	return &in, rs.Customers.Save(ctx, shopID, &in)
}

func checkPhone(s string) Problem {
	if s == "" {
		return ""
	}
	if strings.Trim(s, "+0123456789 ") != "" {
		return "invalid_phone"
	}
	return ""
}
