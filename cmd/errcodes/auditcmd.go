package main

import (
	"fmt"
	"os"
)

// auditMain runs "errcodes audit".
func auditMain(args []string) int {
	fmt.Fprintln(os.Stderr, "errcodes: audit is not implemented yet")
	return 1
}

// extractMain runs "errcodes extract".
func extractMain(args []string) int {
	fmt.Fprintln(os.Stderr, "errcodes: extract is not implemented yet")
	return 1
}
