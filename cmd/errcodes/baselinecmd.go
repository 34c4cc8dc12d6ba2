package main

import (
	"fmt"
	"os"
)

// baselineFlag reports whether args check packages against a baseline
// (-baseline=FILE), and returns the file and the other arguments.
func baselineFlag(args []string) (string, []string, bool) {
	return "", args, false
}

// checkWithBaseline checks the packages args name and reports only the
// findings the baseline does not record, and its stale entries.
func checkWithBaseline(path string, args []string) int {
	fmt.Fprintln(os.Stderr, "errcodes: -baseline is not implemented yet")
	return 1
}

// baselineMain runs "errcodes baseline write".
func baselineMain(args []string) int {
	fmt.Fprintln(os.Stderr, "errcodes: baseline is not implemented yet")
	return 1
}
