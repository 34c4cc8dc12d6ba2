package main

import (
	"context"
	"fmt"
	"os"

	"github.com/errcodes/errcodes/lsp"
)

const lspUsage = `usage: errcodes lsp

Serves errcodes' findings to an editor as a Language Server, over stdin and
stdout: the editor starts it for Go files, beside gopls. See doc/editors.md
for each editor's setup.
`

func lspMain(args []string) int {
	if len(args) > 0 {
		fmt.Fprint(os.Stderr, lspUsage)
		if args[0] == "-h" || args[0] == "-help" || args[0] == "--help" {
			return 0
		}
		return 2
	}
	if err := lsp.Serve(context.Background(), os.Stdin, os.Stdout); err != nil {
		fmt.Fprintf(os.Stderr, "errcodes lsp: %v\n", err)
		return 1
	}
	return 0
}
