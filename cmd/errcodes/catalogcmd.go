package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/errcodes/errcodes/catalog"
)

const catalogUsage = `usage: errcodes catalog lint [path]

lint   checks a config (errcodes.yaml) or a single catalog file, prints every
       problem and every unresolved "?" placeholder as file:line: message,
       and exits 1 if there are any. The default path is the errcodes.yaml
       nearest to the working directory.
`

func catalogMain(args []string) int {
	if len(args) == 0 {
		fmt.Fprint(os.Stderr, catalogUsage)
		return 2
	}
	switch args[0] {
	case "lint":
		return catalogLint(args[1:], os.Stdout, os.Stderr)
	case "-h", "-help", "--help", "help":
		fmt.Fprint(os.Stdout, catalogUsage)
		return 0
	}
	fmt.Fprintf(os.Stderr, "errcodes catalog: unknown command %q\n%s", args[0], catalogUsage)
	return 2
}

// openCatalog loads path, a config or a catalog file; "" means the
// errcodes.yaml nearest to the working directory.
func openCatalog(path string) (*catalog.Catalog, error) {
	if path == "" {
		wd, err := os.Getwd()
		if err != nil {
			return nil, err
		}
		if path = catalog.FindConfig(wd); path == "" {
			return nil, fmt.Errorf("no %s in %s or any directory above it", catalog.ConfigName, wd)
		}
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	if !catalog.IsConfig(path, data) {
		return catalog.LoadCatalogFile(path, "")
	}
	cfg, err := catalog.LoadConfig(path)
	if err != nil {
		return nil, err
	}
	return cfg.LoadCatalog()
}

func catalogLint(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("errcodes catalog lint", flag.ContinueOnError)
	fs.SetOutput(stderr)
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() > 1 {
		fmt.Fprint(stderr, catalogUsage)
		return 2
	}
	cat, err := openCatalog(fs.Arg(0))
	if err != nil {
		var list catalog.ErrorList
		if errors.As(err, &list) {
			for _, e := range list {
				fmt.Fprintln(stdout, e)
			}
		} else {
			fmt.Fprintf(stderr, "errcodes: %v\n", err)
		}
		return 1
	}
	problems := 0
	for _, w := range cat.Warnings {
		fmt.Fprintln(stdout, w)
		problems++
	}
	for _, h := range cat.Holes {
		fmt.Fprintf(stdout, "%s: %s\n", h.Pos, holeText(h))
		problems++
	}
	if problems > 0 {
		return 1
	}
	fmt.Fprintf(stderr, "%d codes, no problems\n", len(cat.Codes))
	return 0
}

// holeText describes an unresolved placeholder.
func holeText(h catalog.Hole) string {
	where := ""
	if h.Endpoint != "" {
		where = fmt.Sprintf(" for endpoint %q", h.Endpoint)
	}
	if h.Code == catalog.Placeholder {
		return "unresolved placeholder: code \"?\"" + where
	}
	return fmt.Sprintf("unresolved placeholder: code %q has message \"?\"%s", h.Code, where)
}
