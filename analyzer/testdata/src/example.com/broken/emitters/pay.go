// Package emitters is checked with a config whose emitters do not exist.
package emitters

import "example.com/shop/apierr"

func pay() error { return apierr.New("already_paid", 409, "Order already paid") }
