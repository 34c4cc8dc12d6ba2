// Command errcodes checks the error codes Go handlers return against a
// catalog of documented codes.
//
// Usage:
//
//	errcodes [flags] packages          # check packages (standalone)
//	go vet -vettool=$(which errcodes)  # check packages under go vet
//	errcodes catalog lint [path]       # check a config or catalog file alone
//
// See the README for the config file and the checks.
package main

import (
	"os"

	"github.com/errcodes/errcodes/analyzer"
	"golang.org/x/tools/go/analysis/singlechecker"
)

func main() {
	if len(os.Args) > 1 {
		switch os.Args[1] {
		case "catalog":
			os.Exit(catalogMain(os.Args[2:]))
		case "-V=full", "--V=full":
			os.Exit(printVersion())
		}
	}
	singlechecker.Main(analyzer.Analyzer)
}
