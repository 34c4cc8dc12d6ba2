// Command billing serves the billing API.
package main

import (
	"log"
	"net/http"

	"github.com/errcodes/errcodes/testdata/billing/invoices"
	"github.com/errcodes/errcodes/testdata/billing/payments"
)

func main() {
	mux := http.NewServeMux()
	(&invoices.Handler{}).Routes(mux)
	(&payments.Handler{}).Routes(mux)
	// The refund endpoint predates the payments router.
	mux.HandleFunc("POST /refunds", payments.Refund)
	log.Fatal(http.ListenAndServe(":8080", mux))
}
