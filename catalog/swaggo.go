package catalog

import (
	"errors"
	"go/ast"
	"go/parser"
	"go/scanner"
	"go/token"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
)

// SwaggoFormat is the format of a catalog source that is Go code
// annotated for swaggo (github.com/swaggo/swag): each handler's doc
// comment documents its endpoint.
//
//	// PutManifest uploads a manifest.
//	//
//	// @ID       putManifest
//	// @Accept   json
//	// @Failure  400,404  {object}  ErrorList  "invalid manifest or unknown repository"
//	// @Failure  415      {object}  ErrorList  "unsupported manifest media type"
//	// @Router   /v2/{name}/manifests/{reference} [put]
//	func (h *Handler) PutManifest(w http.ResponseWriter, r *http.Request) {
//
// The endpoint is the @ID (swag's operationId), else "PUT /path"; its
// failure statuses are those of its @Failure lines (and @Response lines
// of 4xx and 5xx). The source's path names directories relative to the
// config, "dir/..." for a directory and those below it, as go list
// does; test files, testdata and vendor directories are not read. The
// annotations document statuses, not codes: the analyzer reports a
// handler that returns a failure status its own @Failure lines do not
// list. A handler with no @Failure line documents none, and is not held
// to any.
const SwaggoFormat = "swaggo"

// An EndpointDoc is what an endpoint's own documentation says of its
// failures as a whole, whatever the code (swaggo's @Failure lines).
type EndpointDoc struct {
	Endpoint  string
	Statuses  []int // the failure statuses documented, in order
	AnyStatus bool  // a default failure: any status may be right
	Pos       Pos   // the first failure line
}

// EndpointDoc returns what the catalog documents of endpoint e as a
// whole, or nil.
func (cat *Catalog) EndpointDoc(e string) *EndpointDoc {
	for i := range cat.EndpointDocs {
		if cat.EndpointDocs[i].Endpoint == e {
			return &cat.EndpointDocs[i]
		}
	}
	return nil
}

// addEndpointDoc merges d into the catalog's endpoint docs.
func (cat *Catalog) addEndpointDoc(d EndpointDoc) {
	if prev := cat.EndpointDoc(d.Endpoint); prev != nil {
		prev.Statuses = appendNew(prev.Statuses, d.Statuses...)
		prev.AnyStatus = prev.AnyStatus || d.AnyStatus
		return
	}
	d.Statuses = append([]int(nil), d.Statuses...)
	cat.EndpointDocs = append(cat.EndpointDocs, d)
}

// SwaggoRoutes returns the routes the @Router lines of a doc comment's
// text name, for the analyzer to tie a handler to its endpoint.
func SwaggoRoutes(text string) []string {
	var routes []string
	for _, line := range strings.Split(text, "\n") {
		attr, rest, ok := swaggoAttr(line)
		if !ok || attr != "@router" {
			continue
		}
		if r, ok := swaggoRoute(rest); ok {
			routes = append(routes, r)
		}
	}
	return routes
}

// swaggoAttr splits a comment line into its lowercased @attribute and the
// rest; ok is false for a line that is not an annotation.
func swaggoAttr(line string) (attr, rest string, ok bool) {
	line = strings.TrimSpace(line)
	line = strings.TrimSpace(strings.TrimPrefix(line, "//"))
	if !strings.HasPrefix(line, "@") {
		return "", "", false
	}
	attr, rest, _ = strings.Cut(line, " ")
	if i := strings.IndexByte(attr, '\t'); i >= 0 {
		attr, rest = attr[:i], attr[i:]+" "+rest
	}
	return strings.ToLower(attr), strings.TrimSpace(rest), true
}

// swaggoRoute reads "/path [method]" as "METHOD /path".
func swaggoRoute(s string) (string, bool) {
	path, method, ok := strings.Cut(s, "[")
	path = strings.TrimSpace(path)
	method, _, closed := strings.Cut(method, "]")
	method = strings.ToUpper(strings.TrimSpace(method))
	if !ok || !closed || !strings.HasPrefix(path, "/") || strings.ContainsAny(path, " \t") || !contains(httpMethods, method) {
		return "", false
	}
	return method + " " + path, true
}

var httpMethods = []string{"GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"}

// ParseSwaggo reads the swaggo annotations of one Go file: its handlers'
// endpoints, routes and failure statuses, and any @BasePath.
func ParseSwaggo(filename string, data []byte) (*Doc, error) {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, filename, data, parser.ParseComments|parser.SkipObjectResolution)
	if err != nil {
		var list scanner.ErrorList
		if errors.As(err, &list) && len(list) > 0 {
			p := list[0].Pos
			return nil, ErrorList{errorf(Pos{File: filename, Line: p.Line, Col: p.Column}, "invalid Go: %s", list[0].Msg)}
		}
		return nil, ErrorList{wrapf(Pos{File: filename, Line: 1}, err, "invalid Go: %v", err)}
	}
	doc := &Doc{}
	var errs ErrorList
	pos := func(p token.Pos) Pos {
		at := fset.Position(p)
		return Pos{File: filename, Line: at.Line, Col: at.Column}
	}
	var bases []string
	for _, cg := range f.Comments {
		for _, c := range cg.List {
			if attr, rest, ok := swaggoAttr(c.Text); ok && attr == "@basepath" && strings.HasPrefix(rest, "/") {
				bases = appendNew(bases, strings.TrimSuffix(rest, "/"))
			}
		}
	}
	for _, decl := range f.Decls {
		fd, ok := decl.(*ast.FuncDecl)
		if !ok || fd.Doc == nil {
			continue
		}
		var routes []string
		var id string
		var routePos Pos
		ed := EndpointDoc{}
		for _, c := range fd.Doc.List {
			attr, rest, ok := swaggoAttr(c.Text)
			if !ok {
				continue
			}
			switch attr {
			case "@router":
				r, ok := swaggoRoute(rest)
				if !ok {
					errs = append(errs, errorf(pos(c.Pos()), "@Router %q is not of the form /path [method]", rest))
					continue
				}
				if len(routes) == 0 {
					routePos = pos(c.Pos())
				}
				routes = append(routes, r)
			case "@id":
				id = strings.TrimSpace(rest)
			case "@failure", "@response":
				codes, _, _ := strings.Cut(rest, " ")
				codes, _, _ = strings.Cut(codes, "\t")
				for _, code := range strings.Split(codes, ",") {
					code = strings.TrimSpace(code)
					if strings.EqualFold(code, "default") {
						if attr == "@failure" {
							ed.AnyStatus = true
							if !ed.Pos.IsValid() {
								ed.Pos = pos(c.Pos())
							}
						}
						continue
					}
					n, err := strconv.Atoi(code)
					if err != nil || n < 100 || n > 599 {
						errs = append(errs, errorf(pos(c.Pos()), "%s status %q is not an HTTP status", swaggoName(attr), code))
						continue
					}
					if n < 400 {
						continue // a success, documented with @Response
					}
					if !ed.Pos.IsValid() {
						ed.Pos = pos(c.Pos())
					}
					ed.Statuses = appendNew(ed.Statuses, n)
				}
			}
		}
		if len(routes) == 0 {
			continue
		}
		endpoint := id
		if endpoint == "" {
			endpoint = routes[0]
		}
		if doc.Routes == nil {
			doc.Routes = make(map[string]string)
		}
		for _, r := range routes {
			doc.Routes[r] = endpoint
		}
		if len(ed.Statuses) == 0 && !ed.AnyStatus {
			continue // documents no failure: held to none
		}
		ed.Endpoint = endpoint
		if !ed.Pos.IsValid() {
			ed.Pos = routePos
		}
		doc.EndpointDocs = append(doc.EndpointDocs, ed)
	}
	if err := errs.err(); err != nil {
		return nil, err
	}
	doc.basePaths = bases
	return doc, nil
}

// withBasePaths adds to each route of docs its form under each @BasePath
// any of them gives (swag's general API info, on main, names it once).
func withBasePaths(docs []*Doc) {
	var bases []string
	for _, d := range docs {
		bases = appendNew(bases, d.basePaths...)
	}
	for _, d := range docs {
		for r, ep := range d.Routes {
			method, path, _ := strings.Cut(r, " ")
			for _, b := range bases {
				if !strings.HasPrefix(path, b+"/") {
					d.Routes[method+" "+b+path] = ep
				}
			}
		}
	}
}

// swaggoName spells an annotation as swaggo's docs do.
func swaggoName(attr string) string {
	switch attr {
	case "@failure":
		return "@Failure"
	case "@response":
		return "@Response"
	}
	return attr
}

// swaggoFiles returns the Go files of a swaggo source path: a directory,
// or dir/... for it and those below it, as go list reads a pattern.
func swaggoFiles(path string) ([]string, error) {
	dir, recursive := strings.CutSuffix(filepath.ToSlash(path), "/...")
	if dir == "..." {
		dir, recursive = ".", true
	}
	dir = filepath.FromSlash(dir)
	fi, err := os.Stat(dir)
	if err != nil {
		return nil, err
	}
	if !fi.IsDir() {
		return nil, &fs.PathError{Op: "read", Path: dir, Err: errors.New("not a directory (a swaggo source names directories of Go code, dir or dir/...)")}
	}
	var files []string
	err = filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		name := d.Name()
		if d.IsDir() {
			if p != dir && (!recursive || name == "testdata" || name == "vendor" || strings.HasPrefix(name, ".") || strings.HasPrefix(name, "_")) {
				return filepath.SkipDir
			}
			return nil
		}
		if strings.HasSuffix(name, ".go") && !strings.HasSuffix(name, "_test.go") && !strings.HasPrefix(name, ".") && !strings.HasPrefix(name, "_") && d.Type().IsRegular() {
			files = append(files, p)
		}
		return nil
	})
	sort.Strings(files)
	return files, err
}

// swaggoStatPath returns the directory a swaggo source path names.
func swaggoStatPath(path string) string {
	dir, _ := strings.CutSuffix(filepath.ToSlash(path), "/...")
	if dir == "..." {
		dir = "."
	}
	return filepath.FromSlash(dir)
}
