package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"text/tabwriter"

	"github.com/errcodes/errcodes/catalog"
	"github.com/errcodes/errcodes/internal/printable"
)

const catalogUsage = `usage: errcodes catalog lint [path]
       errcodes catalog show [-json] [path]
       errcodes catalog convert [path]

lint     checks a config (errcodes.yaml) or a single catalog file, prints every
         problem and every unresolved "?" placeholder as file:line: message,
         and exits 1 if there are any.
show     prints the catalog as loaded: a table (each named catalog after the
         default one), or with -json the stable JSON form (top-level "codes",
         "placeholders" and "catalogs", the named ones).
convert  prints the catalog as a canonical YAML catalog file.

path is an errcodes.yaml or any single catalog file (a docs page, an OpenAPI
spec), its format detected; the default is the errcodes.yaml nearest to the
working directory.
`

func catalogMain(args []string) int {
	if len(args) == 0 {
		fmt.Fprint(os.Stderr, catalogUsage)
		return 2
	}
	switch args[0] {
	case "lint":
		return catalogLint(args[1:], os.Stdout, os.Stderr)
	case "show":
		return catalogShow(args[1:], os.Stdout, os.Stderr)
	case "convert":
		return catalogConvert(args[1:], os.Stdout, os.Stderr)
	case "-h", "-help", "--help", "help":
		fmt.Fprint(os.Stdout, catalogUsage)
		return 0
	}
	fmt.Fprintf(os.Stderr, "errcodes catalog: unknown command %q\n%s", args[0], catalogUsage)
	return 2
}

// openCatalog loads path, a config or a catalog file; "" means the
// errcodes.yaml nearest to the working directory. It returns the config,
// or nil when path is a catalog file, and the catalog.
func openCatalog(path string) (*catalog.Config, *catalog.Catalog, error) {
	if path == "" {
		wd, err := os.Getwd()
		if err != nil {
			return nil, nil, err
		}
		if path = catalog.FindConfig(wd); path == "" {
			return nil, nil, fmt.Errorf("no %s in %s or any directory above it", catalog.ConfigName, wd)
		}
	}
	fi, err := os.Stat(path)
	if err != nil {
		return nil, nil, err
	}
	if !fi.Mode().IsRegular() || fi.Size() > catalog.MaxFileSize {
		// Not read here: a FIFO would block. Loading says what is wrong.
		cat, err := catalog.LoadCatalogFile(path, "")
		return nil, cat, err
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, nil, err
	}
	if !catalog.IsConfig(path, data) {
		cat, err := catalog.LoadCatalogFile(path, "")
		return nil, cat, err
	}
	cfg, err := catalog.LoadConfig(path)
	if err != nil {
		return nil, nil, err
	}
	cat, err := cfg.LoadCatalog()
	return cfg, cat, err
}

// printLoadError prints an error from loading a catalog, one problem a
// line.
func printLoadError(err error, stdout, stderr io.Writer) {
	var list catalog.ErrorList
	if errors.As(err, &list) {
		for _, e := range list {
			fmt.Fprintln(stdout, e)
		}
		return
	}
	fmt.Fprintf(stderr, "errcodes: %v\n", err)
}

// parseCatalogArgs parses the flags of a catalog subcommand and loads the
// catalog named by its one optional argument. It returns the catalog, the
// argument, the config (nil for a catalog file) and, if the catalog is
// nil, the exit code.
//
// The usage asked for goes to stdout; a catalog that does not load is
// printed to problems (stdout for lint, whose output is its problems;
// stderr for show, whose stdout is the catalog alone).
func parseCatalogArgs(fs *flag.FlagSet, args []string, stdout, problems, stderr io.Writer) (*catalog.Catalog, string, *catalog.Config, int) {
	if code, ok := parseFlags(fs, args, withDefaults(fs, catalogUsage), stdout, stderr); !ok {
		return nil, "", nil, code
	}
	if fs.NArg() > 1 {
		fmt.Fprint(stderr, catalogUsage)
		return nil, "", nil, 2
	}
	cfg, cat, err := openCatalog(fs.Arg(0))
	if err != nil {
		printLoadError(err, problems, stderr)
		return nil, "", nil, 1
	}
	return cat, fs.Arg(0), cfg, 0
}

func catalogShow(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("errcodes catalog show", flag.ContinueOnError)
	asJSON := fs.Bool("json", false, "print the stable JSON form")
	// Problems go to stderr: stdout is the catalog alone (with -json,
	// only JSON).
	cat, _, _, code := parseCatalogArgs(fs, args, stdout, stderr, stderr)
	if cat == nil {
		return code
	}
	if *asJSON {
		data, err := cat.JSON()
		if err != nil {
			fmt.Fprintf(stderr, "errcodes: %v\n", err)
			return 1
		}
		fmt.Fprintf(stdout, "%s\n", data)
		for _, c := range append([]*catalog.Catalog{cat}, namedCatalogs(cat)...) {
			for _, w := range c.Warnings {
				fmt.Fprintln(stderr, w)
			}
		}
		return 0
	}
	showTable(stdout, cat)
	codes, holes, warnings := len(cat.Codes), len(cat.Holes), len(cat.Warnings)
	for _, name := range catalogNames(cat) {
		nc := cat.Named[name]
		fmt.Fprintf(stdout, "\ncatalog %s:\n", name)
		showTable(stdout, nc)
		codes, holes, warnings = codes+len(nc.Codes), holes+len(nc.Holes), warnings+len(nc.Warnings)
	}
	for _, c := range append([]*catalog.Catalog{cat}, namedCatalogs(cat)...) {
		for _, w := range c.Warnings {
			fmt.Fprintf(stderr, "warning: %s\n", w)
		}
	}
	fmt.Fprintf(stderr, "%d codes, %d unresolved placeholders, %d warnings\n", codes, holes, warnings)
	return 0
}

// namedCatalogs returns cat's named catalogs, by name.
func namedCatalogs(cat *catalog.Catalog) []*catalog.Catalog {
	var out []*catalog.Catalog
	for _, n := range catalogNames(cat) {
		out = append(out, cat.Named[n])
	}
	return out
}

// catalogNames returns the names of cat's named catalogs, sorted.
func catalogNames(cat *catalog.Catalog) []string {
	names := make([]string, 0, len(cat.Named))
	for n := range cat.Named {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

// showTable prints one catalog's codes as a table, then its unresolved
// placeholders.
func showTable(stdout io.Writer, cat *catalog.Catalog) {
	tw := tabwriter.NewWriter(stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "CODE\tNAME\tSTATUS\tENDPOINTS\tMESSAGE\tFLAGS\tDOCUMENTED AT")
	for _, c := range cat.Codes {
		var statuses, flags []string
		for _, s := range c.Statuses {
			statuses = append(statuses, fmt.Sprint(s))
		}
		if c.Deprecated {
			flags = append(flags, "deprecated")
		}
		if c.Retryable {
			flags = append(flags, "retryable")
		}
		if len(c.Fields) > 0 {
			flags = append(flags, "fields: "+strings.Join(c.Fields, ","))
		}
		if len(c.Reasons) > 0 {
			flags = append(flags, fmt.Sprintf("%d reasons", len(c.Reasons)))
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\t%s\n", printable.Text(c.Code), printable.Text(dash(c.Name)), dash(strings.Join(statuses, ",")),
			printable.Text(dash(strings.Join(c.Endpoints, "; "))), printable.Text(dash(messageText(c))), printable.Text(dash(strings.Join(flags, " "))), c.Pos.Short())
	}
	tw.Flush()
	if len(cat.EndpointDocs) > 0 {
		// What endpoints' own docs (swaggo @Failure lines) say of their
		// failures, whatever the code.
		fmt.Fprintln(stdout)
		tw = tabwriter.NewWriter(stdout, 0, 4, 2, ' ', 0)
		fmt.Fprintln(tw, "ENDPOINT\tROUTE\tFAILURE STATUSES\tDOCUMENTED AT")
		for _, d := range cat.EndpointDocs {
			var statuses []string
			for _, s := range d.Statuses {
				statuses = append(statuses, fmt.Sprint(s))
			}
			if d.AnyStatus {
				statuses = append(statuses, "default")
			}
			fmt.Fprintf(tw, "%s\t%s\t%s\t%s\n", printable.Text(d.Endpoint), printable.Text(dash(cat.RouteOf[d.Endpoint])), strings.Join(statuses, ","), d.Pos.Short())
		}
		tw.Flush()
	}
	for _, h := range cat.Holes {
		fmt.Fprintf(stdout, "%s: %s\n", h.Pos.Short(), printable.Text(holeText(h)))
	}
}

// messageText shows a code's messages in the table: the first, with how
// many more there are. Examples (an OpenAPI example's message, a
// Description column), which are never compared, read "e.g. ...".
func messageText(c *catalog.Code) string {
	if len(c.Messages) == 0 {
		return ""
	}
	m := c.Messages[0]
	if len(c.Templates) == 0 {
		m = "e.g. " + m
	}
	if r := []rune(m); len(r) > 60 {
		m = string(r[:57]) + "..."
	}
	if n := len(c.Messages) - 1; n > 0 {
		m += fmt.Sprintf(" (+%d)", n)
	}
	return m
}

func dash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

func catalogConvert(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("errcodes catalog convert", flag.ContinueOnError)
	cat, path, _, code := parseCatalogArgs(fs, args, stdout, stderr, stderr)
	if cat == nil {
		return code
	}
	if path == "" {
		path = catalog.ConfigName
	}
	data, err := cat.YAML(filepath.ToSlash(path))
	if err != nil {
		fmt.Fprintf(stderr, "errcodes: %v\n", err)
		return 1
	}
	if names := catalogNames(cat); len(names) > 0 {
		fmt.Fprintf(stderr, "errcodes: only the default catalog is converted, not the named ones (%s)\n", strings.Join(names, ", "))
	}
	stdout.Write(data)
	return 0
}

func catalogLint(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("errcodes catalog lint", flag.ContinueOnError)
	cat, path, cfg, code := parseCatalogArgs(fs, args, stdout, stdout, stderr)
	if cat == nil {
		return code
	}
	var problems []problem
	if cfg == nil {
		fmt.Fprintf(stderr, "catalog file %s\n", printable.Text(absPath(path)))
	} else {
		for _, f := range catalogFiles(cfg) {
			fmt.Fprintf(stderr, "%s: catalog file %s\n", f.src.Pos, printable.Text(f.where()))
			if f.outside != "" {
				problems = append(problems, problem{f.src.Pos, fmt.Sprintf("%s: catalog file %s is outside the config's module (%s)",
					f.src.Pos, printable.Text(f.src.Path), printable.Text(f.outside))})
			}
		}
	}
	codes := 0
	for _, c := range append([]*catalog.Catalog{cat}, namedCatalogs(cat)...) {
		problems = append(problems, catalogProblems(c)...)
		codes += len(c.Codes)
	}
	sortProblems(problems)
	for _, p := range problems {
		fmt.Fprintln(stdout, p.text)
	}
	if len(problems) > 0 {
		return 1
	}
	fmt.Fprintf(stderr, "%d codes, no problems\n", codes)
	return 0
}

// A problem is a line catalog lint prints, at its position.
type problem struct {
	pos  catalog.Pos
	text string
}

// catalogProblems returns the warnings and unresolved placeholders of
// cat in file order: by file, then line and column.
func catalogProblems(cat *catalog.Catalog) []problem {
	var list []problem
	for _, w := range cat.Warnings {
		list = append(list, problem{w.Pos, w.Error()})
	}
	for _, h := range cat.Holes {
		list = append(list, problem{h.Pos, fmt.Sprintf("%s: %s", h.Pos, printable.Text(holeText(h)))})
	}
	sortProblems(list)
	return list
}

// sortProblems sorts list in file order: by file, then line and column.
func sortProblems(list []problem) {
	sort.SliceStable(list, func(i, j int) bool {
		a, b := list[i].pos, list[j].pos
		if a.File != b.File {
			return a.File < b.File
		}
		if a.Line != b.Line {
			return a.Line < b.Line
		}
		return a.Col < b.Col
	})
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
	if h.Field == "status" {
		return fmt.Sprintf("unresolved placeholder: code %q has status \"?\"%s", h.Code, where)
	}
	return fmt.Sprintf("unresolved placeholder: code %q has message \"?\"%s", h.Code, where)
}

// A catalogFile is where a catalog file of a config is.
type catalogFile struct {
	src     catalog.Source
	abs     string // its absolute path
	real    string // with symbolic links resolved, if that differs
	outside string // the config's module, when the file is outside it
}

func (f catalogFile) where() string {
	if f.real != "" {
		return f.abs + " (a link to " + f.real + ")"
	}
	return f.abs
}

// catalogFiles says where each catalog file of cfg is, and which lie
// outside the config's module: the directory of the go.mod nearest above
// the config (else the config's own), or the repository around it, the
// nearest directory above it with .git. Reading them is allowed; a path
// such as ../../../etc/passwd is worth a word.
func catalogFiles(cfg *catalog.Config) []catalogFile {
	cfgDir := filepath.Dir(absPath(cfg.File))
	root := cfgDir
	for d := cfgDir; ; d = filepath.Dir(d) {
		if fi, err := os.Stat(filepath.Join(d, "go.mod")); err == nil && fi.Mode().IsRegular() {
			root = d
			break
		}
		if filepath.Dir(d) == d {
			break
		}
	}
	within := []string{root}
	for d := root; ; d = filepath.Dir(d) {
		if _, err := os.Stat(filepath.Join(d, ".git")); err == nil {
			within = append(within, d)
			break
		}
		if filepath.Dir(d) == d {
			break
		}
	}
	for i, d := range within {
		within[i] = realPath(d)
	}
	var files []catalogFile
	for _, src := range cfg.Sources {
		f := catalogFile{src: src, abs: absPath(cfg.SourcePath(src))}
		real := realPath(f.abs)
		if real != f.abs {
			f.real = real
		}
		in := false
		for _, d := range within {
			if rel, err := filepath.Rel(d, real); err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
				in = true
			}
		}
		if !in {
			f.outside = root
		}
		files = append(files, f)
	}
	return files
}

// absPath returns path made absolute, or path if it cannot be.
func absPath(path string) string {
	if abs, err := filepath.Abs(path); err == nil {
		return abs
	}
	return path
}

// realPath returns path with symbolic links resolved, or path if they
// cannot be.
func realPath(path string) string {
	if real, err := filepath.EvalSymlinks(path); err == nil {
		return real
	}
	return path
}
