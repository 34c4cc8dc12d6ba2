// Package yaml is checked with a broken errcodes.yaml.
package yaml

import "example.com/shop/apierr"

func pay() error { return apierr.New("already_paid", 409, "Order already paid") }
